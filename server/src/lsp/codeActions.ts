import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { addIgnoreEdits } from '../core/catalog';
import type { EngineDiagnostic } from '../core/types';
import { t } from './messages';
import type { Session } from './session';
import { catalogWorkspaceEdit, currentCatalog } from './catalogEdits';
import { lineIndexFor, toOffset } from './positions';
import { codeActionParams, validated } from './params';
import { entityCodeActions } from './entityActions';

interface DiagnosticData {
  fingerprint?: string;
}

export function registerCodeActions(session: Session): void {
  session.connection.onCodeAction(validated(codeActionParams, (params) => {
    const uri = params.textDocument.uri;
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics as Diagnostic[]) {
      if (diagnostic.source !== 'Release Lens') continue;
      const data = (diagnostic.data ?? {}) as DiagnosticData;
      const fix = findingAt(session, uri, diagnostic)?.fix;
      if (fix) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [session.clientUri(uri)]: [{ range: diagnostic.range, newText: fix.newText }] } },
        });
      }
      const catalog = currentCatalog(session);
      if (catalog && typeof diagnostic.code === 'string') {
        const result = addIgnoreEdits(catalog.text, {
          code: diagnostic.code,
          file: session.relativePath(uri),
          text: session.textOf(uri)?.slice(...offsets(session, uri, diagnostic)),
          fingerprint: data.fingerprint,
        });
        if ('edits' in result) {
          actions.push({
            title: t(session.locale, 'ignore', path.basename(session.catalogPath!)),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: catalogWorkspaceEdit(catalog, result.edits),
          });
        }
      }
    }
    actions.push(...entityCodeActions(session, params));
    return actions;
  }));
}

/** The engine's finding behind a published diagnostic: same check, same span. */
function findingAt(session: Session, uri: string, diagnostic: Diagnostic): EngineDiagnostic | undefined {
  const [start, end] = offsets(session, uri, diagnostic);
  return session.index.diagnostics(uri).find((d) => d.code === diagnostic.code && d.start === start && d.end === end);
}

function offsets(session: Session, uri: string, d: Diagnostic): [number, number] {
  const lines = lineIndexFor(uri, session.textOf(uri) ?? '');
  return [toOffset(lines, d.range.start), toOffset(lines, d.range.end)];
}
