import { createHash } from 'node:crypto';
import type { DocumentAnalysis } from '../types';
import { DATE_WEIGHT, documentFeatures, ENTITY_CAP, ENTITY_WEIGHT, PRECISE_WEIGHT, type DocumentFeatures } from './features';
import { fileNameOf, matchGlob, relativePathOf } from './glob';
import { namingPairs } from './naming';
import { shareStrong, typoFeature } from './nearFeatures';
import { runSteps, sortInSteps, type Steps } from '../steps';

export { fileNameOf, matchGlob, relativePathOf, uriToPath } from './glob';
export { namingKey, namingPairs } from './naming';
export { parseDate, sameDate, isDatelineFigure, dimensionOfFigure, numericBase } from './features';

/** Versions of one release: translations, wire re-issues, a longer report of the same event. */
export interface Family {
  id: string;
  /** Sorted. */
  uris: string[];
  /** True when the catalog set it. */
  explicit: boolean;
}

export interface CatalogFamily {
  id: string;
  files: string[];
}

export interface FamilyOptions {
  catalogFamilies?: CatalogFamily[];
  /** Folder the catalog globs are relative to. */
  rootPath?: string;
  /** A feature shared by more documents than this is not distinctive (default max(50, 2 % of documents)). */
  maxDocumentFrequency?: number;
  /** The entity keys of each document's mentions, when not those in `mention.id`. */
  entityIds?: (uri: string) => readonly string[] | undefined;
}

/** Evidence that two documents are versions of one release. */
export interface PairEvidence {
  score: number;
  sharedFigures: number;
  sharedDate: boolean;
  sharedEntities: number;
  /** The share of the shorter document's evidence that the other states too. */
  share?: number;
  /** True when the two are in different languages (a summary is a translation's kind of version). */
  crossLanguage?: boolean;
}

/**
 * Two documents are versions of one release when they share an event date and at
 * least one distinctive figure, or at least four distinctive figures (two releases
 * about one zone may restate its area and a figure or two; a translation shares
 * nearly all). Shared entities add weight but never group on their own.
 */
export function isSameRelease(e: PairEvidence): boolean {
  if (e.sharedDate && e.sharedFigures >= 1 && e.score >= 3.5) return true;
  // A short summary in another language states a few figures, most of them in the long report.
  if (e.crossLanguage && e.sharedFigures >= 3 && e.score >= 4 && (e.share ?? 0) >= SUMMARY_SHARE) return true;
  if (e.crossLanguage && e.sharedFigures >= 2 && e.score >= 3.5 && (e.share ?? 0) >= MIN_SUMMARY_SHARE) return true;
  return e.sharedFigures >= 4 && e.score >= 5.5;
}

/** The share of a summary's evidence that its report must state for three shared figures to group. */
export const SUMMARY_SHARE = 0.75;
/** Two shared figures group versions in two languages only when precise (91.4 billion, 228) or dated alike. */
export const MIN_SUMMARY_SHARE = 0.6;
/** Names that differ only in a language tag (name.ja.txt / name.en.txt): grouped before any evidence. */
export const NAMING_SCORE = 1000;

/**
 * A version states most of what the shorter of the two states: at least this share of
 * the smaller document's date and figure evidence must be shared. Two releases of one
 * zone on one day share a date and a figure or two out of dozens; a translation shares
 * nearly everything (0.63-1.0 between the versions of the bench corpus, 0.22-0.55
 * between releases that only collide).
 */
export const MIN_SHARED_SHARE = 0.5;
/**
 * Two documents in one language are versions of one release only when nearly
 * identical (a wire re-issue): a family is otherwise one version per language, which
 * stops chains of chance collisions from joining unrelated releases into one family.
 */
export const SAME_LANGUAGE_SHARE = 0.8;

/** The heaviest a single feature weighs (an event date, a precise figure). */
const MAX_FEATURE_WEIGHT = Math.max(DATE_WEIGHT, PRECISE_WEIGHT);
/** A typo is looked for, and evidence of the pair required, among event dates and precise figures only. */
const TYPO_WEIGHT = Math.min(DATE_WEIGHT, PRECISE_WEIGHT);

interface Candidate {
  i: number;
  j: number;
  score: number;
  share: number;
}

/**
 * Groups documents into release families. Catalog families win; the other documents
 * are grouped from shared evidence, using an inverted index from distinctive features
 * to documents so that only documents sharing something are ever compared, strongest
 * pairs first. Only families of two or more documents are returned (plus catalog
 * families).
 */
export function computeFamilies(analyses: DocumentAnalysis[], options: FamilyOptions = {}): Family[] {
  return runSteps(computeFamiliesInSteps(analyses, options));
}

/** computeFamilies in steps of one document's features or pairs (see steps.ts): the end of the cold index runs it in slices. */
export function* computeFamiliesInSteps(analyses: DocumentAnalysis[], options: FamilyOptions = {}): Steps<Family[]> {
  const families: Family[] = [];
  const usedIds = new Set<string>();
  const taken = new Set<string>();

  // 1. Catalog families, in catalog order; a document belongs to the first that matches it.
  for (const cf of options.catalogFamilies ?? []) {
    const uris = analyses
      .map((a) => a.uri)
      .filter((uri) => !taken.has(uri) && cf.files.some((g) => matchGlob(g, relativePathOf(uri, options.rootPath))))
      .sort();
    if (uris.length === 0) continue;
    for (const u of uris) taken.add(u);
    const id = uniqueId(cf.id, uris, usedIds);
    families.push({ id, uris, explicit: true });
  }

  // 2. Automatic grouping of the rest.
  const docs = analyses.filter((a) => !taken.has(a.uri)).sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : 0));
  const features: DocumentFeatures[] = [];
  for (const d of docs) {
    features.push(documentFeatures(d, options.entityIds?.(d.uri)));
    yield;
  }
  const candidates = yield* scorePairs(features, options.maxDocumentFrequency ?? Math.max(50, Math.ceil(docs.length * 0.02)), docs.map((d) => d.language));
  for (const [i, j] of namingPairs(docs.map((d) => d.uri))) candidates.push({ i, j, score: NAMING_SCORE, share: 1 });
  yield* sortInSteps(candidates, (p, q) => q.score - p.score || p.i - q.i || p.j - q.j);

  const parent = docs.map((_, i) => i);
  const languages = docs.map((d) => new Set([d.language]));
  // A family holds one version per language and at most one re-issue: near-identical
  // drafts would otherwise chain into one family of dozens of "versions".
  const sizes = docs.map(() => 1);
  const reissued = docs.map(() => false);
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
    return i;
  };
  for (const { i, j, share } of candidates) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const sharesLanguage = [...languages[ri]].some((l) => languages[rj].has(l));
    // A re-issue joins alone (a single document, to a family that has none yet): a
    // family of translations grouped by name still takes its wire re-issue.
    if (sharesLanguage && (share < SAME_LANGUAGE_SHARE || (sizes[ri] > 1 && sizes[rj] > 1) || reissued[ri] || reissued[rj])) continue;
    if (reissued[ri] && reissued[rj]) continue;
    const [root, child] = ri < rj ? [ri, rj] : [rj, ri];
    parent[child] = root;
    for (const l of languages[child]) languages[root].add(l);
    sizes[root] += sizes[child];
    reissued[root] = reissued[root] || reissued[child] || sharesLanguage;
  }
  const groups = new Map<number, string[]>();
  docs.forEach((d, i) => {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(d.uri);
  });
  const auto = [...groups.values()].filter((g) => g.length >= 2).map((g) => g.sort());
  auto.sort((p, q) => (p[0] < q[0] ? -1 : 1));
  for (const uris of auto) families.push({ id: uniqueId(baseId(uris), uris, usedIds), uris, explicit: false });
  return families;
}

/**
 * The pairs of documents that pass `isSameRelease` and share enough of their evidence.
 * Scores are summed feature by feature from the inverted index, one document at a time,
 * into arrays indexed by the other document: the cost is the number of (feature,
 * document, document) visits, and memory stays one document's worth of partners.
 */
function* scorePairs(features: DocumentFeatures[], maxDf: number, languages: string[]): Steps<Candidate[]> {
  // Postings per feature: the documents stating it (ascending) and their weights.
  const index = new Map<string, { docs: number[]; weights: number[] }>();
  features.forEach((f, i) => {
    for (const [key, w] of f.figures) {
      let posting = index.get(key);
      if (!posting) index.set(key, (posting = { docs: [], weights: [] }));
      posting.docs.push(i);
      posting.weights.push(w);
    }
  });
  // Features stated by too many documents are not distinctive: they neither pair documents nor count as evidence.
  const totals = features.map((f) => {
    let total = 0;
    // A dateline is a bonus, not evidence a version must share: wire versions are often dated apart.
    for (const [key, w] of f.figures) if (index.get(key)!.docs.length <= maxDf && !key.startsWith('dateline:') && key !== f.datelineDay) total += w;
    return total;
  });

  const n = features.length;
  const score = new Float64Array(n);
  const sharedFigures = new Int32Array(n);
  const sharedDate = new Uint8Array(n);
  const touched: number[] = [];
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    for (const [key, w] of features[i].figures) {
      const { docs, weights } = index.get(key)!;
      if (docs.length < 2 || docs.length > maxDf) continue;
      const isDate = key.startsWith('date:');
      const isDateline = key.startsWith('dateline:');
      for (let k = firstAfter(docs, i); k < docs.length; k++) {
        const j = docs[k];
        // two datelines of one day meet as datelines only (unrelated releases of a day share one)
        if (isDate && (key === features[i].datelineDay || key === features[j].datelineDay) && datedApart(features[i], features[j], key)) continue;
        if (score[j] === 0) touched.push(j);
        score[j] += Math.min(w, weights[k]);
        if (isDate) sharedDate[j] = 1;
        else if (!isDateline) sharedFigures[j]++;
      }
    }
    for (const j of touched) {
      const least = Math.min(totals[i], totals[j]);
      const crossLanguage = languages[i] !== languages[j];
      let found = judgePair(features, i, j, least, crossLanguage, score[j], sharedFigures[j], sharedDate[j] === 1);
      // One figure typed with a digit changed, in versions that otherwise state the same (see nearFeatures.ts).
      if (!found && (score[j] + MAX_FEATURE_WEIGHT) / least >= SAME_LANGUAGE_SHARE) {
        const typo = shareStrong(features[i].figures, features[j].figures, TYPO_WEIGHT) ? typoFeature(features[i].figures, features[j].figures, TYPO_WEIGHT) : undefined;
        if (typo && (score[j] + typo.weight) / least >= SAME_LANGUAGE_SHARE) {
          const isDate = typo.key.startsWith('date:');
          found = judgePair(features, i, j, least, crossLanguage, score[j] + typo.weight, sharedFigures[j] + (isDate ? 0 : 1), sharedDate[j] === 1 || isDate);
        }
      }
      if (found) out.push(found);
      score[j] = 0;
      sharedFigures[j] = 0;
      sharedDate[j] = 0;
    }
    touched.length = 0;
    yield;
  }
  return out;
}

/** The candidate pair when its evidence passes; entities are counted last, for the few pairs that can still pass. */
function judgePair(features: DocumentFeatures[], i: number, j: number, least: number, crossLanguage: boolean, s: number, figures: number, date: boolean): Candidate | undefined {
  const share = s / least;
  if (share < MIN_SHARED_SHARE || !isSameRelease({ score: s + ENTITY_CAP, sharedFigures: figures, sharedDate: date, sharedEntities: 0, share, crossLanguage })) return undefined;
  let sharedEntities = 0;
  for (const id of features[i].entities) if (features[j].entities.has(id)) sharedEntities++;
  const evidence: PairEvidence = { score: s + Math.min(ENTITY_CAP, sharedEntities * ENTITY_WEIGHT), sharedFigures: figures, sharedDate: date, sharedEntities, share, crossLanguage };
  return isSameRelease(evidence) ? { i, j, score: evidence.score, share } : undefined;
}

/**
 * A dateline's day meets an event date of the other version only: not the other's
 * dateline day (releases of one day), nor a version dated in another year.
 */
function datedApart(a: DocumentFeatures, b: DocumentFeatures, key: string): boolean {
  if (key === a.datelineDay && key === b.datelineDay) return true;
  return a.datelineYear !== undefined && b.datelineYear !== undefined && a.datelineYear !== b.datelineYear;
}

/** The position of the first element greater than `value` in an ascending list. */
function firstAfter(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** uri -> family, for the documents that are in one. */
export function familyIndex(families: Family[]): Map<string, Family> {
  const map = new Map<string, Family>();
  for (const f of families) for (const u of f.uris) if (!map.has(u)) map.set(u, f);
  return map;
}

const LANGUAGE_SUFFIX = /[._-](?:en|ja|jp|zh|cn|zh-cn|zh-tw|zh-hans|zh-hant|ko)$/i;

/** The name the versions share: "hunnan-2026-conference" for hunnan-2026-conference.{en,ja,zh}.txt. */
export function baseId(uris: string[]): string {
  const stems = uris.map((u) => fileNameOf(u).replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(LANGUAGE_SUFFIX, ''));
  let prefix = stems[0] ?? '';
  for (const s of stems) {
    let k = 0;
    while (k < prefix.length && k < s.length && prefix[k] === s[k]) k++;
    prefix = prefix.slice(0, k);
  }
  if (!stems.every((s) => s === prefix)) prefix = prefix.replace(/[^-_. ]*$/, '');
  prefix = prefix.replace(/[-_. ]+$/, '');
  return prefix.length >= 3 ? prefix : `family-${shortHash(uris.join('\n'))}`;
}

function uniqueId(id: string, uris: string[], used: Set<string>): string {
  let result = id;
  if (used.has(result)) result = `${id}-${shortHash(uris.join('\n'))}`;
  used.add(result);
  return result;
}

export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}
