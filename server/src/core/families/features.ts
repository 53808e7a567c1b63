import { baseValue, dimensionOf } from '../figures';
import type { DocumentAnalysis, Figure } from '../types';

/**
 * The evidence a document offers for being a version of another: event dates,
 * distinctive figures and canonical entity ids, each a feature key with a weight.
 * Generic figures (years, ranks, durations, small counts, bare numbers) give nothing:
 * two documents that share only "2025" and "three" are never grouped.
 */
export interface DocumentFeatures {
  /** Date and figure features: key -> weight. */
  figures: Map<string, number>;
  /** Canonical entity ids mentioned. */
  entities: Set<string>;
  /**
   * The day of the dateline as an event date's key (date:11-19), when the text states no
   * such event date: a report dated on the day of the event it reports meets another
   * version's event date there. A bonus, not evidence a version must share; two datelines
   * alone do not meet through it.
   */
  datelineDay?: string;
  /** The dateline's year: a dateline day meets no event date of a version dated in another year. */
  datelineYear?: number;
}

export const DATE_WEIGHT = 2;
/** Two wire versions often carry one publication date; so do many unrelated releases of a day. */
export const DATELINE_WEIGHT = 1;
export const DISTINCTIVE_WEIGHT = 1.5;
/** A figure written with three or more significant digits (91.4 billion, 228) is rarer than a round one. */
export const PRECISE_WEIGHT = 2;
export const COUNT_WEIGHT = 1;
export const PERCENT_WEIGHT = 0.5;
export const ENTITY_WEIGHT = 0.5;
export const ENTITY_CAP = 1.5;

export interface DateParts { y?: number; m?: number; d?: number }

/** Reads "YYYY-MM-DD", "YYYY-MM" and "--MM-DD". */
export function parseDate(value: unknown): DateParts | undefined {
  if (typeof value !== 'string') return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { y: +m[1], m: +m[2], d: +m[3] };
  m = /^--(\d{2})-(\d{2})$/.exec(value);
  if (m) return { m: +m[1], d: +m[2] };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { y: +m[1], m: +m[2] };
  return undefined;
}

/** Same day, with the year compared only when both know it. */
export function sameDate(a: unknown, b: unknown): boolean {
  const pa = parseDate(a);
  const pb = parseDate(b);
  if (!pa || !pb) return a === b;
  if (pa.m !== pb.m || pa.d !== pb.d) return false;
  return pa.y === undefined || pb.y === undefined || pa.y === pb.y;
}

/** True for a date figure that is (only) the document's publication date. */
export function isDatelineFigure(f: Figure, dateline: string | undefined): boolean {
  if (f.unit !== 'date' || !dateline) return false;
  return sameDate(f.value, dateline) && parseDate(f.value)?.d !== undefined;
}

export function dimensionOfFigure(f: Figure): string {
  return dimensionOf(f.unit);
}

export function numericBase(f: Figure): number | undefined {
  if (typeof f.value !== 'number') return undefined;
  const v = baseValue(f);
  return typeof v === 'number' && Number.isFinite(v) ? v : f.value;
}

/**
 * A canonical text for a number, so 0.5 km² and 500,000 m² give one key. Three
 * significant digits: a rounded restatement (约38.2亿元 / 3.82 billion, 近848億元 /
 * 84.76 billion) and a bound on a round figure (more than 100 billion / 1000億元超)
 * give the key of the precise figure.
 */
export function numberKey(v: number): string {
  return Number(v.toPrecision(FEATURE_DIGITS)).toString();
}
export const FEATURE_DIGITS = 3;

/** The weight of a figure as family evidence (0 = generic). */
export function figureWeight(f: Figure, dim: string): number {
  if (typeof f.value !== 'number') return 0;
  switch (dim) {
    case 'area': case 'length': case 'money': case 'compute':
      return f.value === 0 ? 0 : writtenDigits(f, true) >= 3 ? PRECISE_WEIGHT : DISTINCTIVE_WEIGHT;
    case 'count':
      if (!(f.value > 10 && Number.isInteger(f.value))) return 0;
      return f.value >= 100 && f.value % 10 !== 0 ? DISTINCTIVE_WEIGHT : COUNT_WEIGHT;
    case 'percent':
      return PERCENT_WEIGHT;
    default:
      return 0; // years, ranks, durations, bare numbers
  }
}

/**
 * Significant digits as written: "3.82 billion" 3, "1224億6000万" 8, "100 billion" 3,
 * "38.0亿" 3; with `roundNumber`, the trailing zeros of a whole number do not count
 * (约4000万, 60%近く). Numbers in words or Han numerals: the value's own digits.
 */
export function writtenDigits(f: Figure, roundNumber = false): number {
  const runs = f.text.normalize('NFKC').match(/\d[\d,]*(?:\.\d+)?/g);
  if (runs && runs.length > 0) {
    let digits = '';
    let decimals = false;
    for (const r of runs) {
      digits += r.replace(/[,.]/g, '');
      decimals = decimals || r.includes('.');
    }
    digits = digits.replace(/^0+/, '');
    if (!decimals && roundNumber) digits = digits.replace(/0+$/, '');
    return Math.max(1, digits.length);
  }
  const v = typeof f.value === 'number' ? f.value : 0;
  const plain = Math.abs(v).toPrecision(15).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, plain.length);
}

/** `entityIds`: the mentions' entity keys, when not those in `mention.id`. */
export function documentFeatures(a: DocumentAnalysis, entityIds: readonly string[] = a.mentions.map((m) => m.id)): DocumentFeatures {
  const figures = new Map<string, number>();
  if (a.dateline && /^\d{4}-\d{2}-\d{2}$/.test(a.dateline)) figures.set(`dateline:${a.dateline}`, DATELINE_WEIGHT);
  for (const f of a.figures) {
    const dim = dimensionOfFigure(f);
    if (dim === 'date') {
      if (isDatelineFigure(f, a.dateline)) continue;
      const p = parseDate(f.value);
      if (!p || p.m === undefined || p.d === undefined) continue;
      figures.set(`date:${p.m}-${p.d}`, DATE_WEIGHT);
      continue;
    }
    const w = figureWeight(f, dim);
    if (w === 0) continue;
    const v = numericBase(f);
    if (v === undefined) continue;
    const key = `${dim}:${numberKey(v)}`;
    figures.set(key, Math.max(figures.get(key) ?? 0, w));
  }
  const entities = new Set(entityIds);
  const day = parseDate(a.dateline);
  const datelineDay = day?.m !== undefined && day.d !== undefined && !figures.has(`date:${day.m}-${day.d}`) ? `date:${day.m}-${day.d}` : undefined;
  if (datelineDay) figures.set(datelineDay, DATE_WEIGHT);
  return { figures, entities, datelineDay, datelineYear: day?.y };
}
