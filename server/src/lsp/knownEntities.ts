// The entities the workspace knows (a client picks one for "Same Entity as…" and annotation).
import { knownEntitiesRequest, type KnownEntity } from '../../../common/src/protocol';
import type { Session } from './session';

export function registerKnownEntities(session: Session): void {
  session.connection.onRequest(knownEntitiesRequest, (): KnownEntity[] =>
    [...session.index.entities().values()].map((e) => ({ id: e.id, type: e.type, names: e.names, mentionCount: session.index.mentionsOf(e.id).length })),
  );
}
