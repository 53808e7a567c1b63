// The shape of `release-lens check --format json` (README: "JSON output"), a public
// interface: one zod schema, from which schemas/release-lens-report.schema.json is
// generated (npm run generate: scripts/generate.ts; a test fails when it is stale, and a
// test validates the CLI's output against it).
import { z } from 'zod';
import { BOUNDS, ENTITY_TYPE_NAMES, UNITS } from '../core/export/vocabulary';

/** How much of a date the text gives; the value is its first day (as Wikidata's timestamp + precision). */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * The engine's date value ("2021-12", "--12", "2028", "2026-02-24", "--02-24", "---24") as
 * the report writes it: always a whole date, "2021-12-01" with precision "month".
 */
export function reportDate(value: string): { value: string; precision: DatePrecision } {
  if (/^(?:\d{4}|-)-\d{2}$/.test(value)) return { value: `${value}-01`, precision: 'month' };
  if (/^\d{4}$/.test(value)) return { value: `${value}-01-01`, precision: 'year' };
  return { value, precision: 'day' };
}

const offset = z.number().int().min(0);
const place = {
  start: offset.describe('UTF-16 code-unit offset into the file as read (after a byte order mark)'),
  end: offset.describe('UTF-16 code-unit offset, exclusive'),
  line: offset.describe('0-based line of start'),
  character: offset.describe('0-based UTF-16 column of start'),
};

export const reportEntitySchema = z.strictObject({
  id: z.string().describe('Canonical entity id: the same real entity has the same id in every document and language'),
  type: z.enum(ENTITY_TYPE_NAMES),
  text: z.string(),
  ...place,
});

export const reportFigureSchema = z.strictObject({
  text: z.string(),
  ...place,
  value: z.union([z.number(), z.string().regex(/^(?:(?:\d{4}|-)-\d{2}-\d{2}|---\d{2})$/)])
    .describe('A number, or a date: "YYYY-MM-DD", "--MM-DD" (no year known) or "---DD" (a bare day, no month known); a month or a year is its first day, with its precision'),
  precision: z.enum(DATE_PRECISIONS).optional().describe('Dates only: what the text gives of the date in value, "day", "month" (Jan. 2021: "2021-01-01") or "year" (2028年春: "2028-01-01")'),
  unit: z.enum(UNITS),
  bound: z.enum(BOUNDS),
  counted: z.string().optional().describe('Counts only: the noun that is counted'),
  note: z.string().optional().describe('Why a reading is uncertain'),
  normalised: z.string().optional().describe('The quantity normalised, in the unit as written (12千米 -> "12 km"); units of other systems with their metric equivalent ("91 sq mi = 235.7 km²")'),
});

export const reportDiagnosticSchema = z.strictObject({
  code: z.string().describe('figure-mismatch, unit-mismatch, date-mismatch, count-claim, entity-figure-conflict, figure-missing, or a document notice (file-too-large, impossible-date)'),
  severity: z.enum(['error', 'warning', 'information', 'hint']),
  message: z.string(),
  ...place,
  related: z.array(z.strictObject({
    path: z.string().describe('Relative to the folder the CLI ran in'),
    start: offset,
    end: offset,
    message: z.string(),
  })),
});

export const reportDocumentSchema = z.strictObject({
  path: z.string().describe('The file as named on the command line (or found in a folder given there)'),
  language: z.enum(['ja', 'zh', 'en', 'mixed']),
  family: z.string().nullable().describe('The id of the release family (versions of one release), or null'),
  entities: z.array(reportEntitySchema),
  figures: z.array(reportFigureSchema),
  diagnostics: z.array(reportDiagnosticSchema),
});

export const reportSchema = z
  .strictObject({
    version: z.literal(1),
    documents: z.array(reportDocumentSchema),
  })
  .describe('The output of release-lens check --format json');

export type JsonReport = z.infer<typeof reportSchema>;

/** The JSON schema (draft-07) of the JSON output. */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(reportSchema, { target: 'draft-07', io: 'output' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://release-lens.invalid/schemas/release-lens-report.schema.json', title: 'Release Lens check report (release-lens check --format json)' };
}
