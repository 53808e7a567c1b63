// The catalog file (release-lens.json): schema, parsing with located problems, edits.
import { z } from 'zod';
import { catalogSchema } from './schema';

export { catalogSchema, catalogEntitySchema, catalogFamilySchema, catalogIgnoreSchema, catalogRejectSchema, entityTypeSchema } from './schema';
export type { Catalog, CatalogEntity, CatalogFamily, CatalogIgnore } from './schema';
export { parseCatalog } from './parse';
export type { CatalogProblem, ParsedCatalog } from './parse';
export { addAliasEdits, addEntityEdits, addIgnoreEdits, applyCatalogEdits, newEntityId, renameEntityEdits } from './edits';
export type { CatalogEdit, EditResult } from './edits';
export { changeTypeEdits, mergeEdits, rejectEdits, unlinkEdits } from './corrections';
export type { RecognizedEntity } from './corrections';

/** The JSON schema of release-lens.json (draft-07, which VS Code's JSON support reads), generated from the zod schema. */
export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(catalogSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://release-lens.invalid/schemas/release-lens.schema.json', title: 'Release Lens catalog (release-lens.json)' };
}
