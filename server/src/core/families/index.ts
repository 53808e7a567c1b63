import { createHash } from 'node:crypto';
import type { DocumentAnalysis } from '../types';
import { documentFeatures, ENTITY_CAP, ENTITY_WEIGHT, type DocumentFeatures } from './features';
import { fileNameOf, matchGlob, relativePathOf } from './glob';

export { fileNameOf, matchGlob, relativePathOf, uriToPath } from './glob';
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
}

/** Evidence that two documents are versions of one release. */
export interface PairEvidence {
  score: number;
  sharedFigures: number;
  sharedDate: boolean;
  sharedEntities: number;
}

/**
 * Two documents are versions of one release when they share an event date and at
 * least one distinctive figure, or at least four distinctive figures (two releases
 * about one zone may restate its area and a figure or two; a translation shares
 * nearly all). Shared entities add weight but never group on their own.
 */
export function isSameRelease(e: PairEvidence): boolean {
  if (e.sharedDate && e.sharedFigures >= 1 && e.score >= 3.5) return true;
  return e.sharedFigures >= 4 && e.score >= 5.5;
}

export function pairEvidence(a: DocumentFeatures, b: DocumentFeatures, common?: Set<string>): PairEvidence {
  let score = 0;
  let sharedFigures = 0;
  let sharedDate = false;
  for (const [key, w] of a.figures) {
    const wb = b.figures.get(key);
    if (wb === undefined || common?.has(key)) continue;
    score += Math.min(w, wb);
    if (key.startsWith('date:')) sharedDate = true;
    else sharedFigures++;
  }
  let sharedEntities = 0;
  for (const id of a.entities) if (b.entities.has(id)) sharedEntities++;
  score += Math.min(ENTITY_CAP, sharedEntities * ENTITY_WEIGHT);
  return { score, sharedFigures, sharedDate, sharedEntities };
}

/**
 * Groups documents into release families. Catalog families win; the other documents
 * are grouped from shared evidence, using an inverted index from distinctive features
 * to documents so that only documents sharing something are ever compared. Only
 * families of two or more documents are returned (plus catalog families).
 */
export function computeFamilies(analyses: DocumentAnalysis[], options: FamilyOptions = {}): Family[] {
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
  const features = docs.map(documentFeatures);
  const index = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const key of f.figures.keys()) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(i);
    }
  });
  const maxDf = options.maxDocumentFrequency ?? Math.max(50, Math.ceil(docs.length * 0.02));
  const candidates = new Set<number>();
  // Features stated by too many documents are not distinctive: they neither make candidates nor count as evidence.
  const common = new Set<string>();
  for (const [key, list] of index) {
    if (list.length > maxDf) { common.add(key); continue; }
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) candidates.add(list[x] * docs.length + list[y]);
    }
  }
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
    return i;
  };
  for (const pair of [...candidates].sort((p, q) => p - q)) {
    const i = Math.floor(pair / docs.length);
    const j = pair % docs.length;
    if (find(i) === find(j)) continue;
    if (isSameRelease(pairEvidence(features[i], features[j], common))) {
      const ri = find(i);
      const rj = find(j);
      if (ri < rj) parent[rj] = ri; else parent[ri] = rj;
    }
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
