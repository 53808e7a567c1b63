// The engine's findings as LSP diagnostics: the severity the settings give each check,
// the message in the client's display language, related places in the editor's spelling.
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { isCheckCode, severityOf, type Settings } from '../../../common/src/settings';
import { localizeFinding } from '../core/checks/messages';
import type { EngineDiagnostic } from '../core/types';
import type { WorkspaceIndex } from '../core/workspace/workspaceIndex';
import type { UiLocale } from './messages';
import { lineIndexFor, toRange } from './positions';

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticContext {
  index: WorkspaceIndex;
  settings: Settings;
  locale: UiLocale;
  clientUri(uri: string): string;
  /** Whether a document is still open or on disk (one deleted on disk stays indexed until its event is handled). */
  stillThere(uri: string): boolean;
}

/** One finding in `uri` (whose indexed text is `text`); undefined when the settings turn its check off. */
export function toLspDiagnostic(context: DiagnosticContext, uri: string, text: string, d: EngineDiagnostic): Diagnostic | undefined {
  const configured = isCheckCode(d.code) ? severityOf(context.settings, d.code) : d.severity;
  if (configured === 'off') return undefined;
  const lines = lineIndexFor(uri, text);
  // Findings in the client's display language, as the hover cards.
  const words = localizeFinding(d, context.locale);
  return {
    range: toRange(lines, d.start, d.end),
    severity: SEVERITY[configured],
    code: d.code,
    source: 'Release Lens',
    message: words.message,
    // A place in a document that is gone (deleted on disk, its event not handled yet) is left out.
    relatedInformation: d.related.flatMap((r, i) => {
      const otherText = context.index.get(r.uri)?.text;
      if (otherText === undefined || !context.stillThere(r.uri)) return [];
      return [{ location: { uri: context.clientUri(r.uri), range: toRange(lineIndexFor(r.uri, otherText), r.start, r.end) }, message: words.related[i] }];
    }),
    // The quick fix is looked up when asked for (codeActions.ts): most findings never need theirs written out.
    data: { fingerprint: d.fingerprint },
  };
}

/** Every finding of an indexed document, as LSP diagnostics. */
export function lspDiagnostics(context: DiagnosticContext, uri: string): Diagnostic[] {
  const doc = context.index.get(uri);
  if (!doc) return [];
  return context.index.diagnostics(uri).flatMap((d) => toLspDiagnostic(context, uri, doc.text, d) ?? []);
}
