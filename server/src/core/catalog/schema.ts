import { z } from 'zod';
import { ENTITY_TYPES } from '../types';

/**
 * The catalog file (release-lens.json): the single source of truth for its shape. The
 * TypeScript type, the runtime validation and the JSON schema contributed to VS Code
 * (schemas/release-lens.schema.json, via `contributes.jsonValidation`) all come from here.
 */
const nonEmpty = z.string().trim().min(1, 'Must not be empty');

export const entityTypeSchema = z.enum(ENTITY_TYPES as unknown as ['zone', 'lab', 'project', 'organization']).describe(
  'zone: science cities, high-tech zones, new areas, core areas; lab: laboratories, institutes, academies; project: centres, bases, parks, signed projects; organization: committees, governments, companies, universities, banks',
);

export const catalogNamesSchema = z
  .strictObject({
    ja: nonEmpty.optional().describe('The name in Japanese'),
    zh: nonEmpty.optional().describe('The name in Chinese (simplified or traditional)'),
    en: nonEmpty.optional().describe('The name in English'),
  })
  .refine((n) => n.ja !== undefined || n.zh !== undefined || n.en !== undefined, { message: 'Give at least one name (ja, zh or en)' });

export const catalogEntitySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[^\s:]+(?::[^\s]+)?$/u, 'An id is a slug without spaces, optionally after a type and a colon: "qinglan-valley" or "zone:qinglan-valley"')
    .describe('Stable id of the entity, used in every document and language ("qinglan-valley" or "zone:qinglan-valley")'),
  type: entityTypeSchema,
  names: catalogNamesSchema.describe('The canonical name in each language'),
  aliases: z.array(nonEmpty).optional().describe('Other names and short forms, in any language'),
});

export const catalogFamilySchema = z.strictObject({
  id: nonEmpty.describe('Name of the release family'),
  files: z.array(nonEmpty).min(1).describe('Glob patterns (relative to the workspace folder) of the files that are versions of one release'),
});

export const catalogIgnoreSchema = z.strictObject({
  code: nonEmpty.describe('The diagnostic code to silence, e.g. figure-mismatch'),
  file: nonEmpty.optional().describe('Glob or path of the file the finding is in'),
  text: z.string().optional().describe('The text the finding is about'),
  fingerprint: nonEmpty.optional().describe('The stable fingerprint of one finding'),
  reason: z.string().optional().describe('Why the finding is ignored'),
});

export const catalogRejectSchema = nonEmpty.describe('A name that is not an entity: it is not highlighted in any document');

export const catalogSchema = z
  .strictObject({
    $schema: z.string().optional(),
    entities: z.array(catalogEntitySchema).describe('Known zones, labs, projects and organizations'),
    families: z.array(catalogFamilySchema).optional().describe('Groups of files that are versions of one release (overrides automatic grouping)'),
    ignore: z.array(catalogIgnoreSchema).optional().describe('Findings that are silenced for the whole project'),
    reject: z.array(catalogRejectSchema).optional().describe('Names that are never entities (false positives), in any language; matched ignoring case and character forms'),
  })
  .superRefine((c, ctx) => {
    const seen = new Map<string, number>();
    c.entities.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', message: `Duplicate entity id "${e.id}" (also at entities[${seen.get(e.id)}])`, path: ['entities', i, 'id'] });
      else seen.set(e.id, i);
    });
  })
  .describe('Release Lens catalog: known entities, release families and ignored findings');

export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogEntity = z.infer<typeof catalogEntitySchema>;
export type CatalogIgnore = z.infer<typeof catalogIgnoreSchema>;
export type CatalogFamily = z.infer<typeof catalogFamilySchema>;
