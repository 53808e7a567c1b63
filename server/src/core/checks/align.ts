import type { Family } from '../families';
import { formatFigure } from '../figures';
import type { DocumentAnalysis, Figure } from '../types';
import { consistent } from './consistency';
import { aroundSimilarity, buildItems, sameCurrency, contextSimilarity, figuresFollowedBy, physicalSwap, sameValue, timesStated, type DocumentItems, type FigureItem } from './context';
import { confidence, leftoverEvidence, neighbourSupport, sentenceDimensionCount, sentenceItems, stated, statedForOthers, sumOfParts } from './pairEvidence';
import { conceptRelation, conceptsDiffer } from './counters';
import { typoTwins } from './typoTwins';

export { typoApart } from './typoTwins';

/** One fact stated (or not) by each version of a release. */
export interface AlignedFact {
  label: string;
  /** Every version of the family: its figure for this fact, or null. */
  figures: Map<string, Figure | null>;
  /** True when the versions that state it disagree. */
  mismatch: boolean;
}

/** The internal form, with the prepared items. */
export interface Fact {
  members: Map<string, FigureItem>;
  /** Strongest kind of evidence that put the members together. */
  anchored: boolean;
  /** A version's second statement of a fact, with the other versions' statements (see echoes.ts). */
  echo?: boolean;
}

export interface PairMatch {
  a: FigureItem;
  b: FigureItem;
  score: number;
  /** True for equal values (an anchor); false for a pairing made from position and context. */
  equal: boolean;
  /** For a pairing made from position and context: how sure it is one fact (see CONFIDENT). */
  confidence?: number;
}

/**
 * A pairing of unequal figures is kept (and can become a mismatch) only from this
 * confidence up: a paired neighbour in the same sentence (0.5), being the only figure
 * of its dimension left in its stretch (0.25) or the only one at all (0.15), the same
 * place in the stretch (0.1), the entities around it (0.3) and, for counts, the counted
 * class (0.2 same, 0.1 a counter that can count it). Two sums of money in stretches
 * that cover different parts are not one fact just because both are money.
 */
export const CONFIDENT = 0.5;

const MIN_WINDOW_SCORE = 0.25;
/** The least similarity of the words around two unequal figures of versions in one language. */
const SAME_LANGUAGE_AROUND = 0.3;
const MAX_ALL_PAIRS = 12;
const NEIGHBOURS = 4;

/**
 * Aligns the figures of two versions.
 * 1. Anchors, order-free (so reordered paragraphs still pair up): distinctive figures
 *    (areas, lengths, money, event dates, big counts) equal after normalisation,
 *    paired one-to-one by context and position.
 * 2. The heaviest order-preserving chain of those (weighted LIS) cuts both documents
 *    into corresponding windows; generic figures (years, small counts) that are equal
 *    are paired inside their window only, since "three" or "2026" elsewhere in a
 *    longer version is rarely the same fact.
 * 3. Generic equal figures left over are paired across windows only with support:
 *    the same counted concept or the same entity right after them.
 * 4. With the chain of 1 + 2, the remaining figures of one dimension inside each window
 *    are paired, surest first (any order: sentences are reordered in translation),
 *    when the pairing is confident (see CONFIDENT): these are the candidate
 *    disagreements.
 * 5. Left-overs that are the only ones of their kind in both documents (the one
 *    event date, the one count of projects) are paired too.
 */
export function alignPair(A: DocumentItems, B: DocumentItems): PairMatch[] {
  const matches: PairMatch[] = [];
  // Restatements in parentheses are checked against what they translate, not aligned.
  const usedA = new Set<number>(A.items.filter((x) => x.restates).map((x) => x.idx));
  const usedB = new Set<number>(B.items.filter((x) => x.restates).map((x) => x.idx));
  const take = (candidates: PairMatch[]): PairMatch[] => {
    candidates.sort((x, y) => y.score - x.score || x.a.idx - y.a.idx || x.b.idx - y.b.idx);
    const taken: PairMatch[] = [];
    for (const c of candidates) {
      if (usedA.has(c.a.idx) || usedB.has(c.b.idx)) continue;
      usedA.add(c.a.idx);
      usedB.add(c.b.idx);
      taken.push(c);
      matches.push(c);
    }
    return taken;
  };
  const equalPairs = (as: FigureItem[], bs: FigureItem[], accept: (a: FigureItem, b: FigureItem) => boolean): PairMatch[] => {
    const byDim = new Map<string, FigureItem[]>();
    for (const b of bs) {
      if (usedB.has(b.idx)) continue;
      let list = byDim.get(b.dim);
      if (!list) byDim.set(b.dim, (list = []));
      list.push(b);
    }
    // A counted concept present on the other side is reserved: "three positions" is not
    // paired with an unlabelled 3 while the other version has a count of positions.
    const conceptsA = new Set(as.filter((x) => !usedA.has(x.idx) && x.concept).map((x) => x.concept));
    const conceptsB = new Set(bs.filter((x) => !usedB.has(x.idx) && x.concept).map((x) => x.concept));
    const out: PairMatch[] = [];
    const choicesA = new Map<number, number>();
    const choicesB = new Map<number, number>();
    for (const a of as) {
      if (usedA.has(a.idx)) continue;
      for (const b of byDim.get(a.dim) ?? []) {
        if (!sameValue(a, b) || !accept(a, b)) continue;
        if (conceptsDiffer(a.concept, b.concept)) continue; // three positions are not three shifts
        if (a.concept && !b.concept && conceptsB.has(a.concept)) continue;
        if (b.concept && !a.concept && conceptsA.has(b.concept)) continue;
        out.push({ a, b, score: 2 + 2 * contextSimilarity(a, b) + (1 - Math.abs(a.rel - b.rel)) + neighbourSupport(A, B, a, b), equal: true });
        choicesA.set(a.idx, (choicesA.get(a.idx) ?? 0) + 1);
        choicesB.set(b.idx, (choicesB.get(b.idx) ?? 0) + 1);
      }
    }
    // The words around settle a choice between equal figures; without one they add nothing.
    for (const m of out) if (choicesA.get(m.a.idx)! > 1 || choicesB.get(m.b.idx)! > 1) m.score += 2 * aroundSimilarity(m.a, m.b);
    return out;
  };

  // 1. Distinctive anchors.
  const distinctive = take(equalPairs(A.items, B.items, (a, b) => a.distinctive && b.distinctive));

  // 2. Generic equal figures inside the windows of the distinctive chain.
  const generic: PairMatch[] = [];
  for (const [as, bs] of windows(A, B, heaviestChain(distinctive))) generic.push(...take(equalPairs(as, bs, () => true)));

  // 2b. Typo twins: a distinctive left-over whose only counterpart of its kind among the
  //     other version's left-overs differs from it in one digit (847.6 / 847.7 billion),
  //     wherever the paragraphs put them: two different facts of one kind a digit apart are rare.
  //     Before the pairings by position, which would give its counterpart to another figure.
  for (const m of typoTwins(A, B, A.items.filter((x) => !usedA.has(x.idx)), B.items.filter((y) => !usedB.has(y.idx)), CONFIDENT)) {
    if (usedA.has(m.a.idx) || usedB.has(m.b.idx)) continue;
    if (sumOfParts(m.a, sentenceItems(B, m.b.sentence)) || sumOfParts(m.b, sentenceItems(A, m.a.sentence))) continue;
    usedA.add(m.a.idx);
    usedB.add(m.b.idx);
    matches.push(m);
  }

  const equalPartner = (x: FigureItem): FigureItem | undefined => {
    const m = matches.find((p) => p.equal && (p.a === x || p.b === x));
    return m && (m.a === x ? m.b : m.a);
  };
  const reworded = (a: FigureItem, b: FigureItem): boolean => !!A.language && A.language === B.language && aroundSimilarity(a, b) < SAME_LANGUAGE_AROUND;
  // Sentences that an equal pair ties together: a figure's neighbours vouch for it.
  const tied = new Set(matches.map((m) => `${m.a.sentence}:${m.b.sentence}`));
  const sentencePaired = (a: FigureItem, b: FigureItem): number =>
    tied.has(`${a.sentence}:${b.sentence}`) ? 1
      : [-1, 1].some((d) => tied.has(`${a.sentence + d}:${b.sentence}`) || tied.has(`${a.sentence}:${b.sentence + d}`) || tied.has(`${a.sentence + d}:${b.sentence + d}`)) ? 0.6 : 0;
  // Sole of its dimension in both sentences: "28 agreements worth 21.75 billion" is not
  // tied to one of four sums of a sentence that lists the agreements by size.
  const soleInSentences = (a: FigureItem, b: FigureItem): boolean =>
    sentenceDimensionCount(A, a.sentence, a.dim) === 1 && sentenceDimensionCount(B, b.sentence, b.dim) === 1;
  // Per figure and sentence of the other version, summed once (not again for every pair of a window).
  const partsOf = new Map<string, boolean>();
  const totalOfParts = (x: FigureItem, D: DocumentItems, sentence: number): boolean => {
    const k = `${x.uri}\u0000${x.idx}\u0000${sentence}`;
    let r = partsOf.get(k);
    if (r === undefined) partsOf.set(k, (r = sumOfParts(x, sentenceItems(D, sentence))));
    return r;
  };
  // Unequal pairings need confidence even when the values agree (more than 150 and 229):
  // a wrong pairing would hide the right one.
  const keep = (m: PairMatch, sole: boolean, tight: boolean, relDiff: number, nearest = false): boolean => {
    if (m.equal) return true;
    // A total in one version against its parts in the other (30 km² / 12 and 18 km²): no fact of one.
    if (totalOfParts(m.a, B, m.b.sentence) || totalOfParts(m.b, A, m.a.sentence)) return false;
    // Two versions in one language are worded alike: a figure whose words around differ is another statement.
    if (reworded(m.a, m.b)) return false;
    if (statedForOthers(m.a, m.b, A, B, equalPartner)) return false;
    m.confidence = confidence(m.a, m.b, sentencePaired(m.a, m.b) * (soleInSentences(m.a, m.b) ? 1 : 0.7), sole, tight, relDiff, nearest, CONFIDENT);
    return m.confidence >= CONFIDENT;
  };

  // 3. Disagreements inside sentences an equal pair ties together (a sentence's figures
  //    are reordered in translation: Japanese puts the sum before the count that English
  //    puts first), then (4) inside the windows of the chain. Any order within a stretch,
  //    surest first.
  const pairLeftovers = (as: FigureItem[], bs: FigureItem[]): void => {
    const la = as.filter((x) => !usedA.has(x.idx));
    const lb = bs.filter((x) => !usedB.has(x.idx));
    if (la.length === 0 || lb.length === 0 || la.length * lb.length > 250_000) return;
    const tight = la.length === 1 && lb.length === 1;
    const allowed = pairable(la, lb, A, B);
    const evidence = leftoverEvidence(la, lb, A, B);
    const placeA = placesAmong(la);
    const placeB = placesAmong(lb);
    const candidates: PairMatch[] = [];
    la.forEach((a, i) => lb.forEach((b, j) => {
      const relA = (i + 1) / (la.length + 1);
      const relB = (j + 1) / (lb.length + 1);
      const score = allowed(a, b) ? windowScore(a, b, relA, relB) : undefined;
      if (score === undefined) return;
      const m: PairMatch = { a, b, score, equal: sameValue(a, b) };
      // Sole of its dimension here, not counting restatements of figures the other version states (a third "2021").
      // The place in the stretch among the left-overs of its dimension: a year after a date
      // and a count is still the stretch's only year.
      if (keep(m, evidence.sole(a, b), tight, Math.abs(placeA.get(a)! - placeB.get(b)!), evidence.nearest(a, b))) candidates.push(m);
    }));
    candidates.sort((x, y) => Number(y.equal) - Number(x.equal) || (y.confidence ?? 1) - (x.confidence ?? 1) || y.score - x.score || x.a.idx - y.a.idx || x.b.idx - y.b.idx);
    for (const m of candidates) {
      if (usedA.has(m.a.idx) || usedB.has(m.b.idx)) continue;
      usedA.add(m.a.idx);
      usedB.add(m.b.idx);
      matches.push(m);
    }
  };
  // Sentences tied by steps 1 and 2 first: a sentence's own figures are the surest partners
  // (a title's year restated in a headline is not the year of the dateline's sentence).
  const pairTied = (): void => {
    const pairs = new Map<string, [number, number]>();
    for (const m of matches) {
      if (!m.equal) continue;
      const k = `${m.a.sentence}:${m.b.sentence}`;
      tied.add(k);
      pairs.set(k, [m.a.sentence, m.b.sentence]);
    }
    for (const k of [...pairs.keys()].sort()) {
      const [sa, sb] = pairs.get(k)!;
      const as = sentenceItems(A, sa);
      const bs = sentenceItems(B, sb);
      // Nothing to do in a sentence pair whose figures are all paired.
      if (as.some((x) => !usedA.has(x.idx)) && bs.some((y) => !usedB.has(y.idx))) pairLeftovers(as, bs);
    }
  };
  pairTied();

  // 3b. Generic equal figures across windows, with support: the same counted concept or
  //    entity, then a paired neighbour in the same or an adjacent sentence.
  const sameClass = (a: FigureItem, b: FigureItem): boolean => { const r = conceptRelation(a.concept, b.concept); return r === 'same' || r === 'compatible'; };
  // An entity right after a figure supports the pairing only when few figures are followed by it
  // (the release's own subject follows half of them).
  const nextCount = figuresFollowedBy;
  const sameNext = (a: FigureItem, b: FigureItem): boolean => !!a.nextEntity && a.nextEntity === b.nextEntity && nextCount(A, a.nextEntity) <= 2 && nextCount(B, b.nextEntity) <= 2;
  take(equalPairs(A.items, B.items, (a, b) => sameClass(a, b) || sameNext(a, b)));
  const near = (x: FigureItem, y: FigureItem): boolean => Math.abs(x.sentence - y.sentence) <= 1;
  take(equalPairs(A.items, B.items, (a, b) => matches.some((m) => near(m.a, a) && near(m.b, b))));
  pairTied(); // and the sentences those tie

  for (const [as, bs] of windows(A, B, heaviestChain([...distinctive, ...generic]))) pairLeftovers(as, bs);
  // A value each version states exactly once is one fact wherever a moved paragraph put it
  // (2029 in the moved rail paragraph); the sentences it ties are paired again.
  const once = (D: DocumentItems, x: FigureItem): boolean => timesStated(x, D) === 1;
  take(equalPairs(A.items, B.items, (a, b) => once(A, a) && once(B, b)));
  pairTied();
  // 5. Unique left-overs of a kind.
  const leftA = A.items.filter((x) => !usedA.has(x.idx));
  const leftB = B.items.filter((x) => !usedB.has(x.idx));
  const kinds = (x: FigureItem): string | undefined => (x.dim === 'date' ? 'date' : x.concept && x.dim === 'count' ? `count:${x.concept}` : undefined);
  const groupA = groupBy(leftA, kinds);
  const groupB = groupBy(leftB, kinds);
  for (const [kind, as] of groupA) {
    const bs = groupB.get(kind);
    if (as.length !== 1 || bs?.length !== 1) continue;
    const allA = A.items.filter((x) => kinds(x) === kind).length;
    const allB = B.items.filter((x) => kinds(x) === kind).length;
    if (allA !== 1 || allB !== 1) continue; // only when it is the one of its kind in both documents
    const m: PairMatch = { a: as[0], b: bs[0], score: 0.5, equal: sameValue(as[0], bs[0]) };
    if (keep(m, true, false, Math.abs(m.a.rel - m.b.rel))) matches.push(m);
  }
  return matches;
}

/** 0..1 for each item: its place among the items of its dimension in `list` (made once per window, not per pair). */
function placesAmong(list: FigureItem[]): Map<FigureItem, number> {
  const byDim = groupBy(list, (x) => x.dim);
  const places = new Map<FigureItem, number>();
  for (const same of byDim.values()) same.forEach((x, k) => places.set(x, (k + 1) / (same.length + 1)));
  return places;
}

function groupBy(items: FigureItem[], key: (x: FigureItem) => string | undefined): Map<string, FigureItem[]> {
  const map = new Map<string, FigureItem[]>();
  for (const x of items) {
    const k = key(x);
    if (k === undefined) continue;
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(x);
  }
  return map;
}

/** The corresponding stretches of A and B between consecutive anchors of a chain. */
function windows(A: DocumentItems, B: DocumentItems, chain: PairMatch[]): [FigureItem[], FigureItem[]][] {
  const bounds: [number, number][] = [[-1, -1], ...chain.map((m): [number, number] => [m.a.idx, m.b.idx]), [A.items.length, B.items.length]];
  const out: [FigureItem[], FigureItem[]][] = [];
  for (let w = 0; w + 1 < bounds.length; w++) {
    const as = A.items.slice(bounds[w][0] + 1, bounds[w + 1][0]);
    const bs = B.items.slice(bounds[w][1] + 1, bounds[w + 1][1]);
    if (as.length > 0 && bs.length > 0) out.push([as, bs]);
  }
  return out;
}

/** Heaviest chain of anchors increasing in both documents (weighted LIS, O(k²)). */
function heaviestChain(anchors: PairMatch[]): PairMatch[] {
  const sorted = [...anchors].sort((x, y) => x.a.idx - y.a.idx);
  const n = sorted.length;
  if (n > 3000) return []; // pathological documents: no windows, anchors only
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let top = -1;
  for (let i = 0; i < n; i++) {
    best[i] = sorted[i].score;
    for (let j = 0; j < i; j++) {
      if (sorted[j].b.idx < sorted[i].b.idx && best[j] + sorted[i].score > best[i]) {
        best[i] = best[j] + sorted[i].score;
        prev[i] = j;
      }
    }
    if (top < 0 || best[i] > best[top]) top = i;
  }
  const chain: PairMatch[] = [];
  for (let i = top; i >= 0; i = prev[i]) chain.push(sorted[i]);
  return chain.reverse();
}

/** Score of pairing two unequal figures inside a window; undefined when they cannot be one fact. */
function windowScore(a: FigureItem, b: FigureItem, relA: number, relB: number): number | undefined {
  if (a.dim !== b.dim && !physicalSwap(a, b)) return undefined;
  if (a.dim === 'money' && !sameCurrency(a.figure, b.figure)) return undefined; // yen and yuan are not compared
  if (conceptsDiffer(a.concept, b.concept)) return undefined;
  const s = 1 + 2 * contextSimilarity(a, b) - 1.5 * Math.abs(relA - relB) - (a.dim !== b.dim ? 0.5 : 0);
  return s >= MIN_WINDOW_SCORE ? s : undefined;
}

/**
 * Whether two unequal left-overs of a window may be one fact. Distinctive figures of
 * one dimension may; generic ones (years, small counts, durations) need support: the
 * same counted concept, the same entity right after them, or being the only left-over
 * of their dimension on both sides of the window.
 */
function pairable(as: FigureItem[], bs: FigureItem[], A: DocumentItems, B: DocumentItems): (a: FigureItem, b: FigureItem) => boolean {
  // Per dimension: does the side state a single value (once, or restated: "2025 (2025年)"),
  // not counting values the other version states elsewhere (restatements of other facts)?
  const single = (items: FigureItem[], other: DocumentItems): Map<string, boolean> => {
    const first = new Map<string, FigureItem>();
    const ok = new Map<string, boolean>();
    for (const x of items) {
      if (stated(x, other)) continue;
      const f = first.get(x.dim);
      if (!f) { first.set(x.dim, x); ok.set(x.dim, true); } else if (!sameValue(f, x)) ok.set(x.dim, false);
    }
    return ok;
  };
  const singleA = single(as, B);
  const singleB = single(bs, A);
  return (a, b) => {
    if (a.distinctive && b.distinctive) return true;
    if (a.concept && b.concept) {
      const r = conceptRelation(a.concept, b.concept);
      if (r !== 'unknown') return r !== 'different';
    }
    if (a.nextEntity && a.nextEntity === b.nextEntity) return true;
    return singleA.get(a.dim) !== false && singleB.get(b.dim) !== false;
  };
}

const key = (x: FigureItem): string => `${x.uri}\u0000${x.idx}`;

/**
 * Aligns all versions of a family: pairwise alignments, merged into facts (strongest
 * pairings first; a fact never holds two figures of one version).
 */
export function alignItems(docs: DocumentItems[]): Fact[] {
  const all: PairMatch[] = [];
  // Every pair of versions; in a very large family, each version with its nearest few
  // (in family order), so that the work stays linear in the family size.
  const reach = docs.length > MAX_ALL_PAIRS ? NEIGHBOURS : docs.length;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length && j - i <= reach; j++) all.push(...alignPair(docs[i], docs[j]));
  }
  all.sort((x, y) => Number(y.equal) - Number(x.equal) || y.score - x.score || cmp(key(x.a), key(y.a)) || cmp(key(x.b), key(y.b)));
  const factOf = new Map<string, Fact>();
  const facts: Fact[] = [];
  for (const m of all) {
    const fa = factOf.get(key(m.a));
    const fb = factOf.get(key(m.b));
    if (fa && fa === fb) continue;
    if (!fa && !fb) {
      const fact: Fact = { members: new Map([[m.a.uri, m.a], [m.b.uri, m.b]]), anchored: m.equal };
      facts.push(fact);
      factOf.set(key(m.a), fact);
      factOf.set(key(m.b), fact);
    } else if (fa && !fb) {
      if (fa.members.has(m.b.uri)) continue;
      fa.members.set(m.b.uri, m.b);
      factOf.set(key(m.b), fa);
    } else if (!fa && fb) {
      if (fb.members.has(m.a.uri)) continue;
      fb.members.set(m.a.uri, m.a);
      factOf.set(key(m.a), fb);
    } else if (fa && fb) {
      if ([...fb.members.keys()].some((u) => fa.members.has(u))) continue;
      for (const [u, x] of fb.members) { fa.members.set(u, x); factOf.set(key(x), fa); }
      fa.anchored = fa.anchored || fb.anchored;
      facts.splice(facts.indexOf(fb), 1);
    }
  }
  // Document order of the first version that states the fact.
  const order = new Map(docs.map((d, i) => [d.uri, i]));
  const pos = (f: Fact): [number, number] => {
    let best: [number, number] = [Infinity, Infinity];
    for (const [u, x] of f.members) {
      const o = order.get(u) ?? 0;
      if (o < best[0] || (o === best[0] && x.idx < best[1])) best = [o, x.idx];
    }
    return best;
  };
  facts.sort((p, q) => {
    const a = pos(p);
    const b = pos(q);
    return a[0] - b[0] || a[1] - b[1];
  });
  return facts;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Partitions the members of a fact into classes of statements that agree (bounds and rounding allowed). */
export function valueClasses(fact: Fact): FigureItem[][] {
  const classes: FigureItem[][] = [];
  const members = [...fact.members.values()].sort((x, y) => cmp(x.uri, y.uri));
  for (const x of members) {
    const c = classes.find((cl) => cl.every((y) => consistent(y, x)));
    if (c) c.push(x);
    else classes.push([x]);
  }
  return classes;
}

export function describe(f: Figure): string {
  return formatFigure(f);
}

export function factLabel(fact: Fact): string {
  const first = [...fact.members.values()].sort((x, y) => cmp(x.uri, y.uri))[0];
  const counted = first.figure.counted ? ` ${first.figure.counted}` : '';
  return `${describe(first.figure)}${counted && !describe(first.figure).includes(counted.trim()) ? counted : ''}`;
}

/** Prepares items for each version of a family (in family order). */
export function familyItems(family: Family, analyses: Map<string, DocumentAnalysis>, texts: Map<string, string>): DocumentItems[] {
  const docs: DocumentItems[] = [];
  for (const uri of family.uris) {
    const a = analyses.get(uri);
    const t = texts.get(uri);
    if (a && t !== undefined) docs.push(buildItems(a, t));
  }
  return docs;
}

/** The aligned facts of a family, for the comparison view and the hover. */
export function alignFamily(family: Family, analyses: Map<string, DocumentAnalysis>, texts: Map<string, string>): AlignedFact[] {
  const docs = familyItems(family, analyses, texts);
  return alignItems(docs).map((fact) => {
    const figures = new Map<string, Figure | null>();
    for (const d of docs) figures.set(d.uri, fact.members.get(d.uri)?.figure ?? null);
    return { label: factLabel(fact), figures, mismatch: valueClasses(fact).length > 1 };
  });
}
