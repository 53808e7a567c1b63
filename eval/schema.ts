// The development sets' committed data: manifests (where each text comes from) and our
// annotations. The texts themselves are not ours: they are materialised into the
// git-ignored eval/.texts/ folder and never committed.
import { z } from 'zod';

export const DEVSET_LANGUAGES = ['ja', 'zh', 'en'] as const;

/** One text of a development set: enough to find it again, never the text itself. */
export const ManifestEntrySchema = z.object({
  /** File name stem under eval/.texts/<set>/: `<id>.txt`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  lang: z.enum(DEVSET_LANGUAGES),
  /** For Chinese: simplified (hans) or traditional (hant) characters. */
  script: z.enum(['hans', 'hant']).optional(),
  /** The `pages` corpus query that returned it, and the result's URL. */
  query: z.string().min(1),
  url: z.string().min(1),
  /** The first 40 code points of the excerpt: proves a re-materialised text is the same one. */
  first40: z.string(),
  /** SHA-256 of the excerpt as saved (UTF-8): a later re-materialisation is checked against it. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** Release families only: the family this version belongs to. */
  family: z.string().optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export const ManifestSchema = z.array(ManifestEntrySchema);

export const ENTITY_TYPES = ['zone', 'lab', 'project', 'organization'] as const;

/**
 * An annotated entity surface. Every occurrence of `surface` in the text is a mention,
 * except where it lies inside a longer annotated surface. `entity` groups the surfaces
 * of one real entity (a name, its short form, its acronym) within the document.
 */
export const EntityAnnotationSchema = z.object({
  surface: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  entity: z.string().min(1),
});

/**
 * Units of an annotated figure, by dimension. Values are in the base unit of the
 * dimension: areas in m², lengths in m, money in the amount of its own currency,
 * shares in percent (70 for 70 %), dates as YYYY-MM-DD / YYYY-MM / YYYY, years as YYYY,
 * durations in years.
 */
export const FIGURE_UNITS = [
  'm2', 'm', 'CNY', 'JPY', 'USD', 'HKD', 'TWD', 'KRW', 'SGD', 'EUR', 'INR', 'GBP',
  'percent', 'count', 'rank', 'date', 'year', 'year-duration', 'number',
] as const;
export const FIGURE_BOUNDS = ['exact', 'atLeast', 'over', 'approx', 'atMost', 'under'] as const;

/**
 * An annotated figure: the span as an editor would mark it (number, scale and unit:
 * "329億元", "38.5 square kilometers"), the nth occurrence of that surface (1-based),
 * and its normalised value as a decimal string.
 */
export const FigureAnnotationSchema = z.object({
  surface: z.string().min(1),
  occurrence: z.number().int().min(1).default(1),
  value: z.string().min(1),
  unit: z.enum(FIGURE_UNITS),
  bound: z.enum(FIGURE_BOUNDS).default('exact'),
  /** Counts: the counted noun class, in English (projects, companies, zones, people ...). */
  counted: z.string().optional(),
});

export const ReleaseAnnotationSchema = z.object({
  id: z.string(),
  entities: z.array(EntityAnnotationSchema),
  figures: z.array(FigureAnnotationSchema),
  /** Anything an evaluator should know (a truncated excerpt, an ambiguous reading). */
  notes: z.string().optional(),
});
export type ReleaseAnnotation = z.infer<typeof ReleaseAnnotationSchema>;

/**
 * A release family: which versions belong together, the facts they state (each with its
 * surface in every version that states it) and the entities they name.
 */
export const FamilyAnnotationSchema = z.object({
  family: z.string(),
  versions: z.array(z.string()).min(2),
  facts: z.array(
    z.object({
      fact: z.string(),
      unit: z.enum(FIGURE_UNITS),
      value: z.string(),
      /** version id -> the surface (and its occurrence) in that version. */
      surfaces: z.record(z.string(), z.object({ surface: z.string().min(1), occurrence: z.number().int().min(1).default(1), value: z.string().optional(), bound: z.enum(FIGURE_BOUNDS).default('exact') })),
    }),
  ),
  entities: z.array(
    z.object({
      entity: z.string(),
      type: z.enum(ENTITY_TYPES),
      /** version id -> the surfaces naming it there. */
      surfaces: z.record(z.string(), z.array(z.string().min(1)).min(1)),
    }),
  ),
  notes: z.string().optional(),
});
export type FamilyAnnotation = z.infer<typeof FamilyAnnotationSchema>;
