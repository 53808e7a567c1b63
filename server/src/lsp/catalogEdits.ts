import { pathToFileURL } from 'node:url';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { readFileSync } from 'node:fs';
import type { Session } from './session';
import { lineIndexFor, toRange } from './positions';

type OffsetEdit = { offset: number; length: number; content: string };

/** The catalog's current text (the editor's, if open) and its URI; an absent catalog reads as "". */
export function currentCatalog(session: Session): { uri: string; text: string; exists: boolean } | undefined {
  if (!session.catalogPath) return undefined;
  const uri = pathToFileURL(session.catalogPath).toString();
  const open = session.documents.get(uri);
  if (open) return { uri, text: open.getText(), exists: true };
  try {
    return { uri, text: readFileSync(session.catalogPath, 'utf8'), exists: true };
  } catch {
    return { uri, text: '', exists: false };
  }
}

/** Converts offset edits on the catalog text into LSP edits (a new catalog is created first). */
export function catalogWorkspaceEdit(catalog: { uri: string; text: string; exists: boolean }, edits: OffsetEdit[]): WorkspaceEdit {
  const lines = lineIndexFor(catalog.uri + '#catalog', catalog.text);
  const textEdits: TextEdit[] = edits.map((e) => ({ range: toRange(lines, e.offset, e.offset + e.length), newText: e.content }));
  if (catalog.exists) return { changes: { [catalog.uri]: textEdits } };
  return {
    documentChanges: [
      { kind: 'create', uri: catalog.uri, options: { ignoreIfExists: true } },
      { textDocument: { uri: catalog.uri, version: null }, edits: textEdits },
    ],
  };
}
