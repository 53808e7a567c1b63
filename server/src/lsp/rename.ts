// Renaming an entity renames it in the catalog (only catalog entities can be renamed).
import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { renameEntityEdits } from '../core/catalog';
import type { Session } from './session';
import { catalogLanguage, catalogWorkspaceEdit, currentCatalog } from './catalogEdits';
import { lineIndexFor, toOffset } from './positions';
import { positionParams, renameParams, validated } from './params';

export function registerRename(session: Session): void {
  const { connection } = session;

  connection.onPrepareRename(validated(positionParams, (params) => {
    const doc = session.index.get(params.textDocument.uri);
    if (!doc) return null;
    const lines = lineIndexFor(params.textDocument.uri, doc.text);
    const mention = session.index.mentionAt(params.textDocument.uri, toOffset(lines, params.position));
    if (!mention) return null;
    if (!session.index.entity(mention.id)?.fromCatalog) throw new ResponseError(0, 'Only entities in the project catalog can be renamed: annotate it first.');
    const start = lines.positionAt(mention.start);
    const end = lines.positionAt(mention.end);
    return { range: { start, end }, placeholder: mention.text };
  }));

  connection.onRenameRequest(validated(renameParams, (params): WorkspaceEdit | null => {
    const uri = params.textDocument.uri;
    const doc = session.index.get(uri);
    const catalog = currentCatalog(session);
    if (!doc || !catalog) return null;
    const mention = session.index.mentionAt(uri, toOffset(lineIndexFor(uri, doc.text), params.position));
    if (!mention) return null;
    const result = renameEntityEdits(catalog.text, mention.id, catalogLanguage(session, uri), params.newName);
    if ('error' in result) throw new ResponseError(0, result.error);
    return catalogWorkspaceEdit(catalog, result.edits);
  }));
}
