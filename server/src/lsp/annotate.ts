// Annotating a selection writes to the catalog; the client applies the edits (undoable).
import { addEntityEdits, mergeEdits } from '../core/catalog';
import { annotateRequest, type TextEditResult } from '../../../common/src/protocol';
import { recognizedEntity } from './entityActions';
import type { Session } from './session';
import { catalogLanguage, catalogWorkspaceEdit, currentCatalog } from './catalogEdits';
import { annotateParams, validated } from './params';

export function registerAnnotate(session: Session): void {
  session.connection.onRequest(annotateRequest, validated(annotateParams, (params): TextEditResult => {
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
}
