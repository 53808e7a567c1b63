import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { readFileSync } from 'node:fs';
import type { Session } from './session';
import { lineIndexFor, toRange } from './positions';
import { decodeCatalog } from '../core/catalog/file';

type OffsetEdit = { offset: number; length: number; content: string };

/** The catalog's current text (the editor's, if open) and its URI; an absent catalog reads as "". */
export function currentCatalog(session: Session): { uri: string; text: string; exists: boolean } | undefined {
  const key = session.catalogUri;
  if (!session.catalogPath || !key) return undefined;
  const uri = session.clientUri(key);
  const open = session.documents.get(key);
  if (open) return { uri, text: open.getText(), exists: true };
  let bytes: Buffer;
  try {
    bytes = readFileSync(session.catalogPath);
  } catch {
    // The disk: absent (or unreadable) reads as a catalog still to be created.
    return { uri, text: '', exists: false };
  }
  // Bytes that are not text are never rewritten: the edit helpers refuse this text.
  const decoded = decodeCatalog(bytes);
  return { uri, text: 'text' in decoded ? decoded.text : '\u0000', exists: true };
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

/** The language a document's names are recorded under in the catalog (English for any other). */
export function catalogLanguage(session: Session, uri: string): 'ja' | 'zh' | 'en' {
  const language = session.index.get(uri)?.analysis.language;
  return language === 'ja' || language === 'zh' ? language : 'en';
}
