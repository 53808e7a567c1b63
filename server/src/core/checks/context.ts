import { dimensionOfFigure, isDatelineFigure, numericBase, sameDate } from '../families/features';
import { sameQuantity } from '../figures';
import type { DocumentAnalysis, Figure } from '../types';

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
}

export interface DocumentItems {
  uri: string;
  items: FigureItem[];
  /** Where each sentence starts (see sentenceOf). */
  starts: number[];
}

/** Units with no comparable meaning across versions are left out: bare numbers. */
const SKIPPED_UNITS = new Set(['number']);

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

// Counted nouns across languages, as concepts. Type words only, no names.
const CONCEPTS: [string, RegExp][] = [
  ['project', /(?:projects?|プロジェクト|项目|項目|項目|案件)$/i],
  ['company', /(?:compan(?:y|ies)|enterprises?|firms?|企業|企业|公司|社|家)$/i],
  ['person', /(?:people|persons?|talents?|academicians?|人|名|人材|人才|院士)$/i],
  ['platform', /(?:platforms?|プラットフォーム|平台)$/i],
  ['achievement', /(?:achievements?|results?|成果)$/i],
  ['position', /(?:positions?|立場|定位)$/i],
  ['shift', /(?:shifts?|transitions?|移行|转变|轉變)$/i],
  ['field', /(?:fields?|areas?|sectors?|分野|领域|領域)$/i],
  ['province', /(?:provinces?|regions?|省|省区|地域)$/i],
  ['goal', /(?:goals?|targets?|objectives?|目標|目标)$/i],
  ['team', /(?:teams?|groups?|チーム|团|団)$/i],
  ['item', /(?:cases?|items?|件|项|項)$/i],
  ['point', /(?:points?|点|點)$/i],
];

export function conceptOf(counted: string | undefined): string | undefined {
  if (!counted) return undefined;
  const c = counted.trim();
  for (const [concept, re] of CONCEPTS) if (re.test(c)) return concept;
  return undefined; // unknown nouns say nothing across languages
}

/**
 * The concept of the words right after a count, when the counted noun says nothing
 * (三大 -> "核心定位", 3つ -> "の根本的な移行"): the longest stretch of up to six
 * characters, within the clause, that ends in a concept word.
 */
export function conceptAfter(text: string, end: number): string | undefined {
  const window = text.slice(end, end + 8);
  const cut = window.search(/[、，。,.;；：:（(「“”」\s]/u);
  const clause = cut >= 0 ? window.slice(0, cut) : window;
  for (let j = clause.length; j >= 2; j--) {
    const c = conceptOf(clause.slice(0, j));
    if (c) return c;
  }
  return undefined;
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
    .filter((f) => !SKIPPED_UNITS.has(f.unit) && !isDatelineFigure(f, analysis.dateline) && (f.confidence ?? 1) >= 0.5)
    .sort((a, b) => a.start - b.start);
  // One set of entity ids per sentence, shared (read-only) by the figures in it.
  const entitiesBySentence = new Map<number, Set<string>>();
  const items: FigureItem[] = figures.map((figure, idx) => {
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
      concept: dim === 'count' ? conceptOf(figure.counted) ?? conceptAfter(text, figure.end) : conceptOf(figure.counted),
      distinctive: isDistinctive(figure, dim),
    };
  });
  return { uri: analysis.uri, items, starts };
}

/** Equal after normalisation: same dimension and same quantity (dates by day, year when both know it). */
export function sameValue(a: FigureItem, b: FigureItem): boolean {
  if (a.dim !== b.dim) return false;
  if (a.dim === 'date') return sameDate(a.figure.value, b.figure.value);
  if (typeof a.figure.value !== 'number' || typeof b.figure.value !== 'number') return a.figure.value === b.figure.value;
  try {
    return sameQuantity(a.figure, b.figure);
  } catch {
    return numericBase(a.figure) === numericBase(b.figure);
  }
}

/** The same number written with incompatible units (91 km vs 91 km²). */
export function unitSwap(a: FigureItem, b: FigureItem): boolean {
  if (a.dim === b.dim) return false;
  const physical = new Set(['area', 'length']);
  if (!physical.has(a.dim) || !physical.has(b.dim)) return false;
  return typeof a.figure.value === 'number' && a.figure.value === b.figure.value;
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
    score += a.concept === b.concept ? 1 : 0;
    weight += 1;
  }
  return weight > 0 ? score / weight : 0;
}
