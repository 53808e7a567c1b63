// The entity types, shared by the engine, the protocol and the client's commands.
export type EntityType = 'zone' | 'lab' | 'project' | 'organization';
export const ENTITY_TYPES: readonly EntityType[] = ['zone', 'lab', 'project', 'organization'];
