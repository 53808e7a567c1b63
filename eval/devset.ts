// Loads a development set: manifest, materialised texts (git-ignored) and annotations,
// and resolves annotated surfaces to UTF-16 spans in the texts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  type FamilyAnnotation,
  FamilyAnnotationSchema,
  type ManifestEntry,
  ManifestSchema,
  type ReleaseAnnotation,
  ReleaseAnnotationSchema,
} from './schema';

export const EVAL_ROOT = __dirname;
/**
 * `heldout`: releases (same schemas as `releases`) never used for tuning, for honest scores;
 * `heldout-families`: release families (same schemas as `families`), likewise.
 */
export const RELEASE_SETS = ['releases', 'heldout'] as const;
export const FAMILY_SETS = ['families', 'heldout-families'] as const;
export type ReleaseSetName = (typeof RELEASE_SETS)[number];
export type FamilySetName = (typeof FAMILY_SETS)[number];
export type DevSetName = ReleaseSetName | FamilySetName;

/**
 * What `npm run eval -- --set NAME` scores: a release set (figures, entities) or a family
 * set (families). A release set keeps the development families for `--only families`.
 */
export function evalSets(name: string): { releaseSet?: ReleaseSetName; familySet: FamilySetName } {
  if ((RELEASE_SETS as readonly string[]).includes(name)) return { releaseSet: name as ReleaseSetName, familySet: 'families' };
  if (name === 'heldout-families') return { familySet: name };
  throw new Error(`--set: ${[...RELEASE_SETS, 'heldout-families'].join(', ')}; not ${name}`);
}

export interface DevText {
  entry: ManifestEntry;
  /** The materialised text, or undefined when it is not on this machine. */
  text?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** Where materialised texts live: eval/.texts/<set>/, or RELEASE_LENS_EVAL_TEXTS/<set>/. */
export function textsDir(set: DevSetName): string {
  return path.join(process.env.RELEASE_LENS_EVAL_TEXTS ?? path.join(EVAL_ROOT, '.texts'), set);
}

export function loadManifest(set: DevSetName): DevText[] {
  // A set's manifest may be split in parts (manifest.json, manifest.zh.json ...).
  const dir = path.join(EVAL_ROOT, 'devsets', set);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((n) => /^manifest[a-z0-9.-]*\.json$/.test(n)).sort();
  const entries = files.flatMap((n) => ManifestSchema.parse(JSON.parse(readFileSync(path.join(dir, n), 'utf8'))));
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new Error(`${set}: id ${e.id} is in two manifest entries`);
    seen.add(e.id);
  }
  return entries.map((entry) => {
    const textFile = path.join(textsDir(set), `${entry.id}.txt`);
    const text = existsSync(textFile) ? readFileSync(textFile, 'utf8') : undefined;
    if (text !== undefined && Array.from(text).slice(0, 40).join('') !== entry.first40) {
      throw new Error(`${set}/${entry.id}.txt does not start with the manifest's first40: materialised from another text?`);
    }
    if (text !== undefined && entry.sha256 && createHash('sha256').update(text, 'utf8').digest('hex') !== entry.sha256) {
      throw new Error(`${set}/${entry.id}.txt differs from the text the annotations were made on (sha256): re-materialise it`);
    }
    return { entry, text };
  });
}

export function loadReleaseAnnotations(set: ReleaseSetName = 'releases'): Map<string, ReleaseAnnotation> {
  return loadJsonDir(path.join(EVAL_ROOT, 'devsets', set, 'annotations'), (json) => ReleaseAnnotationSchema.parse(json), (a) => a.id);
}

export function loadFamilyAnnotations(set: FamilySetName = 'families'): Map<string, FamilyAnnotation> {
  return loadJsonDir(path.join(EVAL_ROOT, 'devsets', set, 'annotations'), (json) => FamilyAnnotationSchema.parse(json), (a) => a.family);
}

function loadJsonDir<T>(dir: string, parse: (json: unknown) => T, key: (t: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      const value = parse(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
      out.set(key(value), value);
    } catch (error) {
      throw new Error(`${path.join(dir, name)}: ${(error as Error).message}`);
    }
  }
  return out;
}

/** The span of the nth (1-based) occurrence of `surface` in `text`, or undefined. */
export function locate(text: string, surface: string, occurrence = 1): Span | undefined {
  let from = 0;
  for (let n = 1; ; n++) {
    const at = text.indexOf(surface, from);
    if (at < 0) return undefined;
    if (n === occurrence) return { start: at, end: at + surface.length };
    from = at + 1;
  }
}

/**
 * Every mention of annotated entity surfaces: all occurrences of each surface, longest
 * surfaces first, skipping occurrences inside a span already taken.
 */
export function locateAllMentions<T extends { surface: string }>(text: string, annotations: readonly T[]): Array<Span & { annotation: T }> {
  const sorted = [...annotations].sort((a, b) => b.surface.length - a.surface.length);
  const taken: Array<Span & { annotation: T }> = [];
  for (const annotation of sorted) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(annotation.surface, from);
      if (at < 0) break;
      const span = { start: at, end: at + annotation.surface.length };
      if (!taken.some((t) => t.start < span.end && span.start < t.end)) taken.push({ ...span, annotation });
      from = at + 1;
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

export interface Score {
  found: number;
  total: number;
}

export function ratio(s: Score): string {
  return s.total === 0 ? 'n/a' : (s.found / s.total).toFixed(2);
}
