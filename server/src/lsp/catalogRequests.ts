import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { addEntityEdits, mergeEdits, renameEntityEdits } from '../core/catalog';
import { recognizedEntity } from './entityActions';
import { annotateRequest, knownEntitiesRequest, type KnownEntity, type TextEditResult } from '../../../common/src/protocol';
import type { Session } from './session';
import { catalogWorkspaceEdit, currentCatalog } from './catalogEdits';
import { lineIndexFor, toOffset } from './positions';
import { annotateParams, positionParams, renameParams, validated } from './params';

function catalogLanguage(session: Session, uri: string): 'ja' | 'zh' | 'en' {
  const language = session.index.get(uri)?.analysis.language;
  return language === 'ja' || language === 'zh' ? language : 'en';
}

/** Annotating a selection writes to the catalog; the client applies the edits (undoable). */
export function registerCatalogRequests(session: Session): void {
  const { connection } = session;

  connection.onRequest(knownEntitiesRequest, (): KnownEntity[] =>
    [...session.index.entities().values()].map((e) => ({ id: e.id, type: e.type, names: e.names, mentionCount: session.index.mentionsOf(e.id).length })),
  );

  connection.onRequest(annotateRequest, validated(annotateParams, (params): TextEditResult => {
    const catalog = currentCatalog(session);
    if (!catalog) return { catalogUri: '', edits: [], error: 'Open a folder to keep a project catalog.' };
    const language = catalogLanguage(session, params.uri);
    // linking to an entity only recognised so far records it in the catalog with its names
    const target = params.entityId ? session.index.entity(params.entityId) : undefined;
    const result = params.entityId
      ? mergeEdits(catalog.text, target ? recognizedEntity(session, { id: target.id, type: target.type, start: 0, end: 0, text: '', source: target.fromCatalog ? 'catalog' : 'pattern' }) : { id: params.entityId, type: params.type ?? 'organization', names: {}, fromCatalog: true }, params.text)
      : addEntityEdits(catalog.text, { type: params.type ?? 'organization', name: params.text, language });
    if ('error' in result) return { catalogUri: catalog.uri, edits: [], error: result.error };
    const edit = catalogWorkspaceEdit({ ...catalog, exists: true }, result.edits);
    return { catalogUri: catalog.uri, edits: edit.changes![catalog.uri] };
  }));

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
