// The evidence that two unequal figures of two versions are one fact, and the
// confidence made from it (see CONFIDENT in align.ts).
import { numericBase, parseDate } from '../families/features';
import { aroundSimilarity, contextSimilarity, dateKey, sameValue, timesStated, type DocumentItems, type FigureItem } from './context';
import { conceptRelation } from './counters';

/** The figures of its dimension in the other version's sentence add up to this one (a total given per part). */
export function sumOfParts(total: FigureItem, sentence: FigureItem[]): boolean {
  const t = numericBase(total.figure);
  if (t === undefined || t === 0) return false;
  const parts = sentence.filter((x) => x.dim === total.dim && !sameValue(x, total));
  if (parts.length < 2) return false;
  let sum = 0;
  for (const p of parts) {
    const v = numericBase(p.figure);
    if (v === undefined) return false;
    sum += v;
  }
  return Math.abs(sum - t) <= 1e-9 * Math.abs(t);
}

/** The other version states this value somewhere (so a left-over with it is a restatement). */
export function stated(x: FigureItem, other: DocumentItems): boolean {
  return timesStated(x, other) > 0;
}

/**
 * Same digits but one (2003 / 2002, 36.8 / 36.9), or two neighbours swapped (47.3 /
 * 43.7): how a figure is mistyped.
 */
export function oneDigitApart(a: FigureItem, b: FigureItem): boolean {
  const da = digitsOf(a, b);
  const db = digitsOf(b, a);
  if (da.length === 0 || da.length !== db.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) diff.push(i);
  return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0] + 1 && da[diff[0]] === db[diff[1]] && da[diff[1]] === db[diff[0]]);
}

/** The digits compared: a date's month and day when both are dates (19日 in November / 11月18日: 1119 / 1118). */
function digitsOf(x: FigureItem, other: FigureItem): string {
  if (x.dim === 'date' && other.dim === 'date') {
    const p = parseDate(dateKey(x));
    const q = parseDate(dateKey(other));
    if (p?.m !== undefined && p.d !== undefined && q?.m !== undefined && q.d !== undefined) return `${p.m}`.padStart(2, '0') + `${p.d}`.padStart(2, '0');
  }
  return x.figure.text.normalize('NFKC').replace(/\D/g, '');
}

const gap = (x: number, y: number): number => Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1e-12);

/**
 * What pairing the left-overs of a window asks of every pair, made once per window:
 * `sole`, no other left-over of each figure's dimension on its side that the other
 * version does not state; `nearest`, each is the other's closest value among the
 * left-overs of its dimension, within a fifth. Asked pair by pair they cost n·m·(n + m)
 * for n × m left-overs (a list of 2,000 figures: seconds at every keystroke).
 */
export function leftoverEvidence(la: FigureItem[], lb: FigureItem[], A: DocumentItems, B: DocumentItems): { sole(a: FigureItem, b: FigureItem): boolean; nearest(a: FigureItem, b: FigureItem): boolean } {
  const soleIn = (items: FigureItem[], other: DocumentItems): ((x: FigureItem) => boolean) => {
    const unstated = new Set(items.filter((x) => !stated(x, other)));
    const perDim = new Map<string, number>();
    for (const x of unstated) perDim.set(x.dim, (perDim.get(x.dim) ?? 0) + 1);
    return (x) => (perDim.get(x.dim) ?? 0) - (unstated.has(x) ? 1 : 0) === 0;
  };
  const soleA = soleIn(la, B);
  const soleB = soleIn(lb, A);
  const value = new Map<FigureItem, number>();
  for (const x of [...la, ...lb]) {
    const v = numericBase(x.figure);
    if (v !== undefined) value.set(x, v);
  }
  // Each figure's smallest gap to a left-over of its dimension on the other side.
  const closest = (items: FigureItem[], others: FigureItem[]): Map<FigureItem, number> => {
    const out = new Map<FigureItem, number>();
    for (const x of items) {
      const v = value.get(x);
      if (v === undefined) continue;
      let min = Infinity;
      for (const y of others) {
        const w = value.get(y);
        if (w === undefined || y.dim !== x.dim) continue;
        const d = gap(v, w);
        if (d < min) min = d;
      }
      out.set(x, min);
    }
    return out;
  };
  const closestA = closest(la, lb);
  const closestB = closest(lb, la);
  return {
    sole: (a, b) => soleA(a) && soleB(b),
    nearest: (a, b) => {
      const va = value.get(a);
      const vb = value.get(b);
      if (va === undefined || vb === undefined || a.dim !== b.dim) return false;
      const g = gap(va, vb);
      if (g > 0.2) return false;
      // b is among a's candidates at gap g: nothing closer on either side means the smallest gap is g.
      return !(closestA.get(a)! < g) && !(closestB.get(b)! < g);
    },
  };
}

const bySentence = new WeakMap<DocumentItems, Map<number, FigureItem[]>>();
export function sentenceItems(D: DocumentItems, sentence: number): FigureItem[] {
  let map = bySentence.get(D);
  if (!map) {
    bySentence.set(D, (map = new Map()));
    for (const x of D.items) {
      let list = map.get(x.sentence);
      if (!list) map.set(x.sentence, (list = []));
      list.push(x);
    }
  }
  return map.get(sentence) ?? [];
}

/**
 * The count right before a figure in its sentence: the things a sum is stated for
 * ("28 agreements worth 21.75 billion", "15个项目…计划投资总额204.5亿元"). Not for counts.
 */
export function countBefore(D: DocumentItems, x: FigureItem): FigureItem | undefined {
  if (x.dim === 'count') return undefined;
  const list = sentenceItems(D, x.sentence);
  const prev = list[list.indexOf(x) - 1];
  return prev?.dim === 'count' ? prev : undefined;
}

/**
 * Two sums stated for different things: the count before one is paired, equal, with a
 * figure of the other version that is not the count before the other (28 agreements
 * against 15 projects, where the other version states the 28 elsewhere).
 */
export function statedForOthers(a: FigureItem, b: FigureItem, A: DocumentItems, B: DocumentItems, equalPartner: (x: FigureItem) => FigureItem | undefined): boolean {
  const ca = countBefore(A, a);
  const cb = countBefore(B, b);
  if (!ca || !cb) return false;
  const pa = equalPartner(ca);
  const pb = equalPartner(cb);
  return (pa !== undefined && pa !== cb) || (pb !== undefined && pb !== ca);
}

const dimsBySentence = new WeakMap<DocumentItems, Map<string, number>>();
/** How many figures of `dim` a sentence of `D` has (counted once per document). */
export function sentenceDimensionCount(D: DocumentItems, sentence: number, dim: string): number {
  let map = dimsBySentence.get(D);
  if (!map) {
    dimsBySentence.set(D, (map = new Map()));
    for (const x of D.items) map.set(`${x.sentence}\u0000${x.dim}`, (map.get(`${x.sentence}\u0000${x.dim}`) ?? 0) + 1);
  }
  return map.get(`${sentence}\u0000${dim}`) ?? 0;
}

/**
 * Equal distinctive figures beside two equal figures, in their sentences: when a
 * release states "180 projects" twice, the one whose sentence also has the 122.46
 * billion is the one beside 1224億6000万元 in the other version.
 */
export function neighbourSupport(A: DocumentItems, B: DocumentItems, a: FigureItem, b: FigureItem): number {
  const others = sentenceItems(B, b.sentence).filter((y) => y !== b && y.distinctive);
  if (others.length === 0) return 0;
  let support = 0;
  for (const x of sentenceItems(A, a.sentence)) {
    if (x !== a && x.distinctive && others.some((y) => sameValue(x, y))) support++;
  }
  return 1.5 * Math.min(2, support);
}

/** How sure a pairing of unequal figures is to be one fact (see CONFIDENT). */
export function confidence(a: FigureItem, b: FigureItem, sentence: number, sole: boolean, tight: boolean, relDiff: number, nearest = false, threshold = 0.5): number {
  let c = 0.5 * sentence;
  if (sole) c += 0.25;
  else if (nearest) c += 0.2;
  if (tight) c += 0.15;
  if (relDiff <= 0.2) c += 0.1;
  c += 0.3 * contextSimilarity(a, b);
  if (a.dim === 'count' || a.dim === 'rank') {
    const r = conceptRelation(a.concept, b.concept);
    c += r === 'same' ? 0.2 : r === 'compatible' ? 0.1 : -0.2;
  }
  if (a.dim !== b.dim) c -= 0.2;
  if (oneDigitApart(a, b)) c += 0.15;
  // The words around (up to 0.4) are read only when they can decide.
  if (c < threshold && c + AROUND_WEIGHT >= threshold) c += AROUND_WEIGHT * aroundSimilarity(a, b);
  return c;
}

const AROUND_WEIGHT = 0.4;
