import { dimensionOfFigure, isDatelineFigure, sameDate } from '../families/features';
import { sameQuantity } from '../figures';
import type { Bound, DocumentAnalysis, Figure } from '../types';
import { conceptAfter, conceptOf, conceptRelation, countConcept, ordinalConcept } from './counters';
import { isPublicationStamp } from './stamps';
import { foldText } from '../entities/fold';

/** Characters either side of a figure compared between versions in one script (a re-issue, hans / hant, ja / zh). */
const AROUND = 12;

// Character pairs around a figure, made once per item (pairs of items are compared many times).
const aroundPairs = new WeakMap<FigureItem, Map<string, number>>();
function pairsOf(x: FigureItem): Map<string, number> {
  let m = aroundPairs.get(x);
  if (!m) {
    m = new Map();
    const s = foldText(x.around); // simplified, traditional and Japanese forms alike
    for (let i = 0; i + 1 < s.length; i++) {
      const p = s.slice(i, i + 2);
      if (/[\s\d\u0000]/.test(p)) continue;
      m.set(p, (m.get(p) ?? 0) + 1);
    }
    aroundPairs.set(x, m);
  }
  return m;
}

/** 0..1: Dice similarity of the character pairs around two figures (near 0 across scripts). */
export function aroundSimilarity(a: FigureItem, b: FigureItem): number {
  const pa = pairsOf(a);
  const pb = pairsOf(b);
  let shared = 0;
  let total = 0;
  for (const [p, n] of pa) { shared += Math.min(n, pb.get(p) ?? 0); total += n; }
  for (const n of pb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * A figure prepared for comparison: its dimension, its place in the document and
 * the words and entities around it. Built once per document analysis.
 */
export interface FigureItem {
  uri: string;
  /** Index among the document's comparable items (document order). */
  idx: number;
  figure: Figure;
  dim: string;
  /** Position in the document, 0..1 by item order. */
  rel: number;
  sentence: number;
  /** Canonical ids of the entities in the same sentence. */
  entities: Set<string>;
  /** The entity mentioned right after the figure in its sentence, if any. */
  nextEntity?: string;
  /** Language-independent concept of the counted noun ("project"), if it is in the concept table. */
  concept?: string;
  /** Distinctive figures (areas, lengths, money, big counts, event dates) may be reported missing. */
  distinctive: boolean;
  /** The words either side of the figure (folded when first compared). */
  around: string;
  /** A translation of an earlier figure of the sentence, in parentheses: "Top Ten ... in 2025（2025年…トップ10…）". */
  restates?: FigureItem;
  /** A date whose year is not written (July 2, 7月2日): compared by month and day ("--MM-DD"). */
  date?: string;
}

export interface DocumentItems {
  uri: string;
  items: FigureItem[];
  /** Where each sentence starts (see sentenceOf). */
  starts: number[];
  /** The version's language: two of one language are a re-issue, worded alike. */
  language?: string;
}

/**
 * A figure as it is compared: a date that only knows its year (2019年秋季, a season) is
 * that year ("the 2019 golden autumn" in English); a bare number right before a class
 * noun (约750 初创企业) is a count of it; other bare numbers have no comparable meaning
 * across versions and are left out.
 */
function comparableFigure(f: Figure, text: string): Figure | undefined {
  if (f.unit === 'date' && typeof f.value === 'string' && /^\d{4}$/.test(f.value)) return { ...f, unit: 'year', value: Number(f.value) };
  if (f.unit !== 'number') return f;
  if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value <= 0 || !/^[ \u3000]?[^\s\d]/u.test(text.slice(f.end, f.end + 2))) return undefined;
  const concept = conceptAfter(text, f.end);
  return concept ? { ...f, unit: 'count', counted: undefined } : undefined;
}

/** Sentence starts, by a linear scan: 。！？!? and line breaks; "." before a space. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?' || c === '\n' || c === '；' || c === ';') starts.push(i + 1);
    else if (c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1])) && !/(?:^|\W)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Mr|Ms|Dr|St|Co|Ltd|Inc|vs|e\.g|i\.e)$/.test(text.slice(Math.max(0, i - 5), i))) starts.push(i + 1);
  }
  return starts;
}

export function sentenceOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export { conceptOf, conceptAfter } from './counters';

/** One side of an exchange rate (1元=約16円, US$1 = 7.1 yuan): a convention, not a fact of the release. */
export function isExchangeRate(f: Figure, text: string): boolean {
  if (f.unit !== 'CNY' && f.unit !== 'JPY' && f.unit !== 'USD' && dimensionOfFigure(f) !== 'money') return false;
  return /^\s?[=＝≈]/.test(text.slice(f.end, f.end + 2)) || /[=＝≈]\s?$/.test(text.slice(Math.max(0, f.start - 2), f.start));
}

export function isDistinctive(f: Figure, dim: string): boolean {
  switch (dim) {
    case 'area': case 'length': case 'money': case 'compute': case 'date':
      return true;
    case 'count':
      return typeof f.value === 'number' && f.value > 10;
    default:
      return false;
  }
}

export function buildItems(analysis: DocumentAnalysis, text: string): DocumentItems {
  const starts = sentenceStarts(text);
  const mentionsBySentence = new Map<number, { start: number; id: string }[]>();
  for (const m of analysis.mentions) {
    const s = sentenceOf(starts, m.start);
    let list = mentionsBySentence.get(s);
    if (!list) mentionsBySentence.set(s, (list = []));
    list.push({ start: m.start, id: m.id });
  }
  const figures = analysis.figures
    .map((f) => comparableFigure(f, text))
    .filter((f): f is Figure => !!f && !isDatelineFigure(f, analysis.dateline) && (f.confidence ?? 1) >= 0.5 && !isExchangeRate(f, text)
      && !isPublicationStamp(text, f.start, f.end, f.unit === 'date'))
    .sort((a, b) => a.start - b.start);
  // One set of entity ids per sentence, shared (read-only) by the figures in it.
  const entitiesBySentence = new Map<number, Set<string>>();
  const items: FigureItem[] = figures.map((read, idx) => {
    const figure = withTrailingBound(read, text);
    const dim = dimensionOfFigure(figure);
    const sentence = sentenceOf(starts, figure.start);
    const mentions = mentionsBySentence.get(sentence) ?? [];
    let entities = entitiesBySentence.get(sentence);
    if (!entities) entitiesBySentence.set(sentence, (entities = new Set(mentions.map((m) => m.id))));
    // The first mention after the figure (mentions are in text order): found by binary
    // search, since a sentence of a long unpunctuated line can hold thousands of them.
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start < figure.end) lo = mid + 1;
      else hi = mid;
    }
    const nextEntity = mentions[lo]?.id;
    const best = lo < mentions.length ? mentions[lo].start - figure.end : Infinity;
    return {
      uri: analysis.uri,
      idx,
      figure,
      dim,
      rel: figures.length > 1 ? idx / (figures.length - 1) : 0.5,
      sentence,
      entities,
      nextEntity: best <= 40 ? nextEntity : undefined,
      concept: dim === 'count' ? countConcept(figure.counted, text, figure.end)
        : dim === 'rank' ? conceptOf(figure.counted) ?? ordinalConcept(figure.text) ?? countConcept(undefined, text, figure.end) : conceptOf(figure.counted),
      distinctive: isDistinctive(figure, dim),
      around: text.slice(Math.max(0, figure.start - AROUND), figure.start) + '\u0000' + text.slice(figure.end, figure.end + AROUND),
      date: dim === 'date' ? dateWithoutUnwrittenYear(figure) : undefined,
    };
  });
  markRestatements(items, text);
  return { uri: analysis.uri, items, starts, language: analysis.language };
}

/**
 * A bound written after a parenthesis that follows the figure: 50億元（1元=約20円）を上回る
 * is more than 20 billion yuan, not exactly. Read here only for an exact figure whose
 * bound word the parenthesis separated from it; a short parenthesis (a rate, a gloss).
 */
const BOUND_AFTER_PARENTHESIS = /^\s?[（(][^（()）\n]{1,30}[)）]\s?(を上回|を超え|を超す|を突破|超え|超|余り|あまり|以上|を下回|未満|以下|弱|近く)/u;
const BOUND_OF_WORD: Record<string, Bound> = {
  'を上回': 'over', 'を超え': 'over', 'を超す': 'over', 'を突破': 'over', '超え': 'over', '超': 'over', '余り': 'over', 'あまり': 'over',
  '以上': 'atLeast', 'を下回': 'under', '未満': 'under', '以下': 'atMost', '弱': 'approx', '近く': 'approx',
};
export function withTrailingBound(f: Figure, text: string): Figure {
  if (f.bound !== 'exact' || typeof f.value !== 'number') return f;
  const m = BOUND_AFTER_PARENTHESIS.exec(text.slice(f.end, f.end + 48));
  return m ? { ...f, bound: BOUND_OF_WORD[m[1]] } : f;
}

/** "--MM-DD" for a date whose text writes no year (the year was taken from a dateline, which a re-issue changes). */
function dateWithoutUnwrittenYear(f: Figure): string | undefined {
  if (typeof f.value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(f.value)) return undefined;
  const written = f.text.normalize('NFKC');
  if (/\d{4}|\d{2}年|['’]\d{2}\b|[〇零一二三四五六七八九]{2,4}年/u.test(written)) return undefined;
  return `--${f.value.slice(5)}`;
}

/** The value compared for a date: without a year its text does not write. */
export function dateKey(x: FigureItem): unknown {
  return x.date ?? x.figure.value;
}

const DOLLARS = new Set(['USD', 'HKD', 'TWD', 'SGD', 'AUD', 'CAD', 'NZD']);
/** "$3 billion": a dollar sign no letters qualify, the dollar of the release's place. */
const bareDollar = (f: Figure): boolean => DOLLARS.has(f.unit) && /(?<![A-Za-z$])\$/.test(f.text) && !/\b(?:US|U\.S\.|HK|NT|Hong Kong|American|Singapore|Australian|Canadian)\b/i.test(f.text);

/** Two sums in one currency, or a bare "$" beside another dollar (the HK release's 元 and its English "$"). */
export function sameCurrency(a: Figure, b: Figure): boolean {
  if (a.unit === b.unit) return true;
  return DOLLARS.has(a.unit) && DOLLARS.has(b.unit) && (bareDollar(a) || bareDollar(b));
}

const LATIN = /[A-Za-z]/g;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/g;
const scriptOf = (s: string): 'latin' | 'cjk' | undefined => {
  const l = s.match(LATIN)?.length ?? 0;
  const c = s.match(CJK)?.length ?? 0;
  return l > c ? 'latin' : c > l ? 'cjk' : undefined;
};

/**
 * Bilingual releases restate a figure in parentheses in the other script: "Top Ten
 * Innovative Achievements … in 2025（2025年…のトップ10革新的成果）". Such a figure is not a
 * fact of its own (it would pair with the next statement of its value elsewhere); it is
 * checked against the figure it translates. Only when the parenthesis is in the other
 * script than the words before it: "30 km² (12 in the first phase)" is no restatement.
 */
function markRestatements(items: FigureItem[], text: string): void {
  for (const x of items) {
    const from = Math.max(0, x.figure.start - 120);
    const before = text.slice(from, x.figure.start); // a bounded look back: lastIndexOf on the text would scan to its start
    const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
    if (open < 0 || /[）)]/.test(before.slice(open))) continue;
    const parenAt = from + open;
    const inside = scriptOf(text.slice(parenAt + 1, Math.min(text.length, x.figure.end + 20)));
    const outside = scriptOf(text.slice(Math.max(0, parenAt - 40), parenAt));
    if (!inside || !outside || inside === outside) continue;
    let antecedent: FigureItem | undefined;
    for (let k = x.idx - 1; k >= 0; k--) {
      const y = items[k];
      if (y.sentence !== x.sentence || y.figure.end > parenAt) { if (y.sentence !== x.sentence) break; continue; }
      if (y.restates || y.dim !== x.dim || conceptRelation(y.concept, x.concept) === 'different') continue;
      antecedent = y;
      break;
    }
    if (antecedent && parenAt - antecedent.figure.end <= 120) x.restates = antecedent;
  }
}

// Per document, made once: its items by dimension, and how many figures each entity follows.
const byDimension = new WeakMap<DocumentItems, Map<string, FigureItem[]>>();
export function itemsOfDimension(D: DocumentItems, dim: string): FigureItem[] {
  let map = byDimension.get(D);
  if (!map) {
    byDimension.set(D, (map = new Map()));
    for (const x of D.items) {
      let list = map.get(x.dim);
      if (!list) map.set(x.dim, (list = []));
      list.push(x);
    }
  }
  return map.get(dim) ?? [];
}

/** How many figures of `D` state the value of `x` (any of them, `x` too when it is in `D`). */
export function timesStated(x: FigureItem, D: DocumentItems): number {
  let n = 0;
  for (const y of itemsOfDimension(D, x.dim)) if (sameValue(x, y)) n++;
  return n;
}

const followCounts = new WeakMap<DocumentItems, Map<string, number>>();
/** How many figures of `D` the entity follows right after. */
export function figuresFollowedBy(D: DocumentItems, id: string): number {
  let map = followCounts.get(D);
  if (!map) {
    followCounts.set(D, (map = new Map()));
    for (const x of D.items) if (x.nextEntity) map.set(x.nextEntity, (map.get(x.nextEntity) ?? 0) + 1);
  }
  return map.get(id) ?? 0;
}

/** Equal after normalisation: same dimension and same quantity (dates by day, year when both know it). */
export function sameValue(a: FigureItem, b: FigureItem): boolean {
  if (a.dim !== b.dim) return false;
  if (a.dim === 'date') return sameDate(dateKey(a), dateKey(b));
  if (typeof a.figure.value !== 'number' || typeof b.figure.value !== 'number') return a.figure.value === b.figure.value;
  if (a.dim === 'money' && a.figure.unit !== b.figure.unit && sameCurrency(a.figure, b.figure)) return sameQuantity(a.figure, { ...b.figure, unit: a.figure.unit });
  return sameQuantity(a.figure, b.figure);
}

const PHYSICAL = new Set(['area', 'length']);

/** The same number written with incompatible units (91 km vs 91 km²). */
export function unitSwap(a: FigureItem, b: FigureItem): boolean {
  return physicalSwap(a, b) && typeof a.figure.value === 'number' && a.figure.value === b.figure.value;
}

/** An area where the other version has a length (or the reverse): one fact only if the places agree. */
export function physicalSwap(a: FigureItem, b: FigureItem): boolean {
  return a.dim !== b.dim && PHYSICAL.has(a.dim) && PHYSICAL.has(b.dim);
}

/** 0..1: how much the surroundings of two figures agree (entities in the sentence, counted noun). */
export function contextSimilarity(a: FigureItem, b: FigureItem): number {
  let score = 0;
  let weight = 0;
  if (a.entities.size > 0 || b.entities.size > 0) {
    let shared = 0;
    for (const id of a.entities) if (b.entities.has(id)) shared++;
    const union = a.entities.size + b.entities.size - shared;
    score += union > 0 ? shared / union : 0;
    weight += 1;
  }
  if (a.nextEntity && b.nextEntity) {
    score += a.nextEntity === b.nextEntity ? 1 : 0;
    weight += 1;
  }
  if (a.concept && b.concept) {
    const r = conceptRelation(a.concept, b.concept);
    if (r !== 'unknown') {
      score += r === 'same' ? 1 : r === 'compatible' ? 0.75 : 0;
      weight += 1;
    }
  }
  return weight > 0 ? score / weight : 0;
}
