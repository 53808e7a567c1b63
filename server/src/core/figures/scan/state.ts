/**
 * The state of one scan (the normalised text, the figures found so far) and the types
 * every part of the scanner shares. The parts are plain functions that take this state.
 */
import type { Bound, Figure, Unit } from '../../types';
import type { UnitEntry } from '../lexicon';
import { isAsciiLetter, isDigit, KANA_RE } from './chars';
import { impossibleDateReason } from './dateValues';
import type { Dec } from '../decimal';

/** How the number core was written; used to rewrite a figure in the same style. */
export type CoreStyle = 'digits' | 'cjk' | 'mixed' | 'words' | 'cjkseq';

export type DateStyle =
  | { kind: 'iso'; sep: string; hasDay: boolean }
  | { kind: 'cjk'; hasYear: boolean; hasDay: boolean; dayChar: string }
  | { kind: 'en-mdy'; month: 'full' | 'abbr'; hasYear: boolean; hasDay: boolean }
  | { kind: 'en-dmy'; month: 'full' | 'abbr'; hasYear: boolean };

/** A figure with the details a rewrite needs. Offsets are in the original text. */
export interface ScannedFigure extends Figure {
  coreStart: number;
  coreEnd: number;
  style: CoreStyle;
  /** Power of ten of a scale written after the core as a separate token (billion, 万 in 50万 is in the core). */
  scaleWord?: { start: number; end: number; pow: number };
  /** Percent written in tenths (7割). */
  tenths?: boolean;
  dateStyle?: DateStyle;
}

/** A number as read, before any unit: 50万, 52.2, 五十二億二千万, twenty-five. */
export interface Core {
  start: number;
  end: number;
  value: Dec;
  style: CoreStyle;
  intDigits: number;
  hasSep: boolean;
  hasDecimal: boolean;
  /** a single CJK numeral character */
  single: boolean;
  /** CJK big scale inside the core (50万) */
  bigScale: boolean;
}

/** A figure as the scanner builds it; its text is cut from the original at the end. */
export type Raw = Omit<ScannedFigure, 'text'> & {
  /** a bare number before a range connector (30~50人): takes the unit of the number after it, or is dropped */
  rangeStart?: boolean;
  /** value ÷ the number as written: how a range's first number is scaled like its second (3-5亿元) */
  scale?: number;
};

/**
 * A span with the shape of a date whose day, month or year cannot exist (31 February 2026,
 * 2026年2月30日, 2026-13-05, Nov. 0000): no figure is emitted for it, and the analysis
 * reports it as an impossible-date notice. Offsets are in the scanned text.
 */
export interface ImpossibleDate {
  start: number;
  end: number;
  text: string;
  /** "February 2026 has 28 days" */
  reason: string;
}

export interface ScanOptions {
  /** The year a date without one takes (the dateline's year). */
  referenceYear?: number;
  /** The dateline's date, "YYYY-MM-DD": resolves 今年, 去年, last year, and a bare 8日. */
  referenceDate?: string;
  /**
   * Set when the document has no dated dateline: its year-less dateline ("--MM-DD"), or ""
   * when it has none. A bare day (19日) is then "--MM-DD" in that month, or "---DD".
   */
  yearlessDateline?: string;
  /** The document reads as Taiwanese: 114年 is a Minguo year (2025). */
  minguoYears?: boolean;
  /** What a bare 元 means in this document (新台幣 and 港元 texts): CNY unless said otherwise. */
  yuan?: 'CNY' | 'TWD' | 'HKD';
  /** What a bare $ means (S$, HK$, NT$ documents): USD unless said otherwise. */
  dollar?: 'USD' | 'SGD' | 'HKD' | 'TWD';
  /** What ¥ means outside Japanese text (a Japanese company's English release): CNY unless said otherwise. */
  yenSign?: 'CNY' | 'JPY';
}

export class Scan {
  readonly out: Raw[] = [];
  /** Date-shaped spans that cannot be dates (offsets in the normalised text; text filled in at the end). */
  readonly impossible: Omit<ImpossibleDate, 'text'>[] = [];
  private lastEnd = 0;
  readonly n: number;
  /** The text has kana: read ¥ as yen, ドル-style classifiers, の-counts. */
  readonly ja: boolean;

  constructor(readonly t: string, readonly opts: ScanOptions) {
    this.n = t.length;
    this.ja = KANA_RE.test(t);
  }

  /** The last year the text stated (2018年, in 2019): 同年 and 翌年 count from it. */
  lastYear?: number;

  emit(r: Raw): void {
    if (r.start < this.lastEnd) {
      if (r.coreStart < this.lastEnd) return;
      r.start = r.coreStart; // drop a left extension that overlaps the previous figure
    }
    this.out.push(r);
    this.lastEnd = r.end;
    if (r.unit === 'year' && typeof r.value === 'number') this.lastYear = r.value;
    else if (r.unit === 'date' && typeof r.value === 'string' && /^\d{4}/.test(r.value)) this.lastYear = Number(r.value.slice(0, 4));
  }

  /** Records a date-shaped span that cannot exist; returns its end (nothing else is read there). */
  impossibleDate(start: number, end: number, year: number | undefined, month: number, day?: number): number {
    this.impossible.push({ start, end, reason: impossibleDateReason(year, month, day) });
    if (end > this.lastEnd) this.lastEnd = end;
    return end;
  }

  skipWord(i: number): number {
    const t = this.t;
    while (i < this.n && (isAsciiLetter(t.charCodeAt(i)) || isDigit(t.charCodeAt(i)))) i++;
    return i;
  }

  /** Skips the rest of an alphanumeric/code token, so that AGT-110-5 does not restart inside. */
  skipToken(pos: number): number {
    const t = this.t;
    while (pos < this.n) {
      const c = t.charCodeAt(pos);
      if (isDigit(c) || isAsciiLetter(c) || ((c === 45 || c === 47 || c === 58 || c === 46 || c === 95) && pos + 1 < this.n &&
          (isDigit(t.charCodeAt(pos + 1)) || isAsciiLetter(t.charCodeAt(pos + 1))))) pos++;
      else break;
    }
    return pos;
  }

  wordBefore(i: number): string {
    const t = this.t;
    let s = i;
    while (s > 0 && isAsciiLetter(t.charCodeAt(s - 1)) && i - s < 20) s--;
    return t.slice(s, i);
  }
}

/** A figure being built by `tail`, step by step (scale, unit, currency, counted noun, bounds). */
export interface Draft {
  core: Core;
  value: Dec;
  /** where the next step reads */
  p: number;
  start: number;
  unitEnd: number;
  unit?: Unit;
  unitEntry?: UnitEntry;
  unitWord: string;
  bound: Bound;
  /** the bound came from 多/余 between number and scale: a right bound word does not override it */
  boundFromRight: boolean;
  scaleWord?: Raw['scaleWord'];
  hasScale: boolean;
  counted?: string;
  note?: string;
  confidence?: number;
  tenths: boolean;
  /** a value that is not an exact decimal (18 months = 1.5 years, 5 ft 2 in = 5.1666… ft), kept as a number */
  floatValue?: number;
  rangeStart?: boolean;
}
