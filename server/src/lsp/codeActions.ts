import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { addIgnoreEdits } from '../core/catalog';
import { t } from './messages';
import type { Session } from './session';
import { catalogWorkspaceEdit, currentCatalog } from './catalogEdits';
import { lineIndexFor, toOffset } from './positions';

interface DiagnosticData {
  fingerprint?: string;
  fix?: { title: string; newText: string };
}

export function registerCodeActions(session: Session): void {
  session.connection.onCodeAction((params) => {
    const uri = params.textDocument.uri;
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics as Diagnostic[]) {
      if (diagnostic.source !== 'Release Lens') continue;
      const data = (diagnostic.data ?? {}) as DiagnosticData;
      if (data.fix) {
        actions.push({
          title: data.fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [uri]: [{ range: diagnostic.range, newText: data.fix.newText }] } },
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
    return actions;
  });
}

function offsets(session: Session, uri: string, d: Diagnostic): [number, number] {
  const lines = lineIndexFor(uri, session.textOf(uri) ?? '');
  return [toOffset(lines, d.range.start), toOffset(lines, d.range.end)];
}
