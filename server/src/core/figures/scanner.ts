/**
 * The figures scanner: one left-to-right pass over the NFKC-normalised text. At each
 * number core (ASCII digits, CJK numerals, English number words) it reads the number,
 * then looks right for a scale, unit, classifier or bound word and left for a bound
 * word or currency prefix. Every character is visited a bounded number of times, so
 * the pass is linear; there are no regular expressions on the hot path.
 */
import type { Bound, Figure, Unit } from '../types';
import { fastNormalize } from './fastNormalize';
import { originalSpan, NormalizedText } from '../text/normalize';
import { Dec, add, dec, isInteger, isZero, shift, toNumber, ZERO } from './decimal';
import {
  CJK_BIG_SCALES, CJK_DIGITS, CJK_LEFT_BOUNDS, CJK_PAST_PREFIXES, CJK_RIGHT_BOUNDS, CJK_RIGHT_BOUND_NOT_BEFORE,
  CJK_SMALL_SCALES, CJK_UNITS, EN_IRREGULAR_NOUNS, EN_LEFT_BOUNDS, EN_MONTHS, EN_NOT_NOUNS, EN_RIGHT_BOUNDS,
  EN_SCALES, EN_SMALL_NUMBERS, EN_UNITS, EN_YEAR_CUES, JA_ERAS, MONEY_PREFIXES, ORDINAL_NOT_BEFORE, RANK_CLASSIFIERS,
  UnitEntry, ZH_COUNT_NOUNS,
} from './lexicon';

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

interface Core {
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

const MAX_DIGITS = 30;

// ---------------------------------------------------------------------------
// character classes

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005;
}
// Character tables for the CJK numerals: kind (1 digit, 2 small scale, 4 big scale) and value.
const NUM_KIND = new Uint8Array(0x10000);
const NUM_VALUE = new Int8Array(0x10000);
for (const [k, v] of Object.entries(CJK_DIGITS)) { NUM_KIND[k.charCodeAt(0)] = 1; NUM_VALUE[k.charCodeAt(0)] = v; }
for (const [k, v] of Object.entries(CJK_SMALL_SCALES)) { NUM_KIND[k.charCodeAt(0)] = 2; NUM_VALUE[k.charCodeAt(0)] = v; }
for (const [k, v] of Object.entries(CJK_BIG_SCALES)) { NUM_KIND[k.charCodeAt(0)] = 4; NUM_VALUE[k.charCodeAt(0)] = v; }

function isCjkScale(ch: string): boolean {
  return ch !== undefined && (NUM_KIND[ch.charCodeAt(0)] & 6) !== 0;
}

// ---------------------------------------------------------------------------
// number cores

interface DigitGroup {
  end: number;
  value: Dec;
  intDigits: number;
  hasSep: boolean;
  hasDecimal: boolean;
  bad: boolean; // too long, dotted (1.2.3) or leading zero id
}

function readDigits(t: string, pos: number): DigitGroup {
  const n = t.length;
  const start = pos;
  let digits = '';
  let count = 0;
  while (pos < n && isDigit(t.charCodeAt(pos))) {
    if (count < MAX_DIGITS + 1) digits += t[pos];
    count++;
    pos++;
  }
  const firstGroup = count;
  let hasSep = false;
  // thousands separators: ',' or a space, followed by exactly three digits
  if (firstGroup <= 3) {
    for (;;) {
      const sc = t.charCodeAt(pos);
      if ((sc === 44 /* , */ || sc === 32) && pos + 3 < n + 1 &&
          isDigit(t.charCodeAt(pos + 1)) && isDigit(t.charCodeAt(pos + 2)) && isDigit(t.charCodeAt(pos + 3)) &&
          !isDigit(t.charCodeAt(pos + 4))) {
        if (sc === 32 && !hasSep && t.charCodeAt(pos + 4) === 44) break;
        // a space-separated group only when followed by a non-digit word boundary
        if (count < MAX_DIGITS + 1) digits += t.slice(pos + 1, pos + 4);
        count += 3;
        pos += 4;
        hasSep = true;
        if (sc === 32) {
          // do not take "2 500" style groups when the next char is a comma list; keep going
        }
        continue;
      }
      break;
    }
  }
  const intDigits = count;
  let frac = '';
  let hasDecimal = false;
  let bad = false;
  if (t.charCodeAt(pos) === 46 /* . */ && isDigit(t.charCodeAt(pos + 1))) {
    pos++;
    hasDecimal = true;
    while (pos < n && isDigit(t.charCodeAt(pos))) {
      if (count < MAX_DIGITS + 1) frac += t[pos];
      count++;
      pos++;
    }
    if (t.charCodeAt(pos) === 46 && isDigit(t.charCodeAt(pos + 1))) {
      // 1.2.3: a version or a dotted date, not a decimal; consume the chain
      bad = true;
      while (pos < n && (isDigit(t.charCodeAt(pos)) || (t.charCodeAt(pos) === 46 && isDigit(t.charCodeAt(pos + 1))))) pos++;
    }
  }
  if (count > MAX_DIGITS) bad = true;
  if (!hasDecimal && intDigits > 1 && t.charCodeAt(start) === 48 && !hasSep) bad = true; // 0027: an id
  const value = bad ? ZERO : dec(BigInt((digits + frac) || '0'), -frac.length);
  return { end: pos, value, intDigits, hasSep, hasDecimal, bad };
}

interface ParsedNumber {
  ok: boolean;
  core?: Core;
  /** where scanning continues when !ok */
  end: number;
}

/** Skips a run of numeral characters (digits, CJK numerals, separators). */
function skipNumeralRun(t: string, pos: number): number {
  const n = t.length;
  while (pos < n) {
    const c = t.charCodeAt(pos);
    if (isDigit(c) || c === 44 || c === 46 || NUM_KIND[c] !== 0) pos++;
    else break;
  }
  return pos;
}

/**
 * Reads a number: ASCII digits, CJK numerals and scales, or a mix (3億5千万, 52.2亿,
 * 1.2万亿, 五十二億二千万, 二〇二六). Grammar: sections of up to four digits (with 十百千)
 * separated by strictly decreasing big scales (万 億 兆; 万亿 = 10^12).
 */
export function parseNumber(t: string, i: number): ParsedNumber {
  const n = t.length;
  let pos = i;
  let total: Dec = ZERO;
  let section: Dec = ZERO;
  let current: Dec | null = null;
  let lastSmall = 99;
  let lastBig = 99;
  let usedAscii = false;
  let usedCjk = false;
  let cjkDigitsOnly = true;
  let seq = '';
  let tokens = 0;
  let intDigits = 0;
  let hasSep = false;
  let hasDecimal = false;
  let bigScale = false;
  let invalid = false;
  let seqMode = false;
  while (pos < n) {
    const c = t.charCodeAt(pos);
    if (isDigit(c)) {
      if (current !== null || seqMode || (usedCjk && tokens > 0 && lastBig === 99 && lastSmall === 99)) {
        invalid = true;
        break;
      }
      const g = readDigits(t, pos);
      if (g.bad) return { ok: false, end: Math.max(skipNumeralRun(t, g.end), i + 1) };
      current = g.value;
      intDigits = g.intDigits;
      hasSep = hasSep || g.hasSep;
      hasDecimal = hasDecimal || g.hasDecimal;
      usedAscii = true;
      cjkDigitsOnly = false;
      pos = g.end;
      tokens++;
      continue;
    }
    const kind = c < 0x3000 ? 0 : NUM_KIND[c];
    if (kind === 1) {
      const d = NUM_VALUE[c];
      if (seqMode) {
        seq += String(d);
        pos++;
        tokens++;
        continue;
      }
      if (current !== null) {
        if (cjkDigitsOnly && !usedAscii) {
          seqMode = true;
          seq += String(d);
          pos++;
          tokens++;
          continue;
        }
        invalid = true;
        break;
      }
      if (d === 0 && tokens > 0 && !cjkDigitsOnly) {
        // 一千零五: 零 is a placeholder
        pos++;
        tokens++;
        continue;
      }
      if (usedAscii) {
        // 50万一体化: after digits, a CJK digit belongs to the number only before a scale
        const next = t[pos + 1];
        if (next === undefined || !isCjkScale(next)) break;
      }
      current = dec(d);
      seq += String(d);
      usedCjk = true;
      pos++;
      tokens++;
      continue;
    }
    if (kind === 2) {
      if (seqMode) { invalid = true; break; }
      const p = NUM_VALUE[c];
      if (p >= lastSmall) { invalid = true; break; }
      if (current === null) {
        if (tokens === 0 && p > 1) return { ok: false, end: skipNumeralRun(t, pos) };
        if (p > 1) { invalid = true; break; }
      }
      section = add(section, shift(current ?? dec(1), p));
      current = null;
      lastSmall = p;
      usedCjk = true;
      cjkDigitsOnly = false;
      pos++;
      tokens++;
      continue;
    }
    if (kind === 4) {
      if (seqMode) { invalid = true; break; }
      let p: number = NUM_VALUE[c];
      let width = 1;
      if (p === 4 && (t[pos + 1] === '亿' || t[pos + 1] === '億')) { p = 12; width = 2; }
      if (p >= lastBig) { invalid = true; break; }
      const sec = add(section, current ?? ZERO);
      if (isZero(sec)) {
        if (tokens === 0) return { ok: false, end: skipNumeralRun(t, pos) };
        invalid = true;
        break;
      }
      total = add(total, shift(sec, p));
      section = ZERO;
      current = null;
      lastSmall = 99;
      lastBig = p;
      usedCjk = true;
      bigScale = true;
      cjkDigitsOnly = false;
      pos += width;
      tokens++;
      continue;
    }
    break;
  }
  if (invalid) return { ok: false, end: Math.max(skipNumeralRun(t, pos), i + 1) };
  if (tokens === 0) return { ok: false, end: i + 1 };
  let value: Dec;
  let style: CoreStyle;
  if (seqMode) {
    value = dec(BigInt(seq));
    style = 'cjkseq';
    intDigits = seq.length;
  } else {
    value = add(add(total, section), current ?? ZERO);
    style = usedAscii ? (usedCjk ? 'mixed' : 'digits') : 'cjk';
    if (!usedAscii) intDigits = String(toNumber(value)).length;
  }
  return {
    ok: true,
    end: pos,
    core: {
      start: i, end: pos, value, style, intDigits, hasSep, hasDecimal,
      single: !usedAscii && pos - i === 1, bigScale,
    },
  };
}

// ---------------------------------------------------------------------------
// the scanner

/** A figure as the scanner builds it; its text is cut from the original at the end. */
type Raw = Omit<ScannedFigure, 'text'>;

export interface ScanOptions {
  referenceYear?: number;
}

const CJK_UNIT_MAX = Math.max(...Object.keys(CJK_UNITS).map((k) => k.length));
const CJK_LEFT_MAX = Math.max(...Object.keys(CJK_LEFT_BOUNDS).map((k) => k.length));
const CJK_RIGHT_MAX = Math.max(...Object.keys(CJK_RIGHT_BOUNDS).map((k) => k.length));

const CJK_UNIT_FIRST = new Set(Object.keys(CJK_UNITS).map((k) => k[0]));
const CJK_RIGHT_FIRST = new Set(Object.keys(CJK_RIGHT_BOUNDS).map((k) => k[0]));
const CJK_LEFT_LAST = new Set(Object.keys(CJK_LEFT_BOUNDS).map((k) => k[k.length - 1]));

const KANA_RE = /[\u3041-\u309f\u30a1-\u30fa]/;

class Scanner {
  readonly out: Raw[] = [];
  private lastEnd = 0;
  private readonly n: number;
  private readonly ja: boolean;

  constructor(private readonly t: string, private readonly opts: ScanOptions) {
    this.n = t.length;
    this.ja = KANA_RE.test(t);
  }

  run(): void {
    const t = this.t;
    const n = this.n;
    let i = 0;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (isDigit(c)) {
        i = this.atNumber(i);
        continue;
      }
      if (isAsciiLetter(c)) {
        if (i > 0 && (isAsciiLetter(t.charCodeAt(i - 1)) || isDigit(t.charCodeAt(i - 1)))) {
          i = this.skipWord(i);
          continue;
        }
        i = this.atWord(i);
        continue;
      }
      if (c >= 0x3000) {
        const ch = t[i];
        if (ch === '第') {
          const r = this.atOrdinal(i);
          if (r > i) { i = r; continue; }
        } else if (ch === '首' && t[i + 1] === '位') {
          this.emit({ start: i, end: i + 2, value: 1, unit: 'rank', bound: 'exact', coreStart: i, coreEnd: i + 2, style: 'cjk' });
          i += 2;
          continue;
        } else if (ch === '百' && t.startsWith('百分之', i)) {
          const r = this.atBaiFenZhi(i);
          if (r > i) { i = r; continue; }
        }
        if (NUM_KIND[c] !== 0) {
          i = this.atNumber(i);
          continue;
        }
      }
      i++;
    }
  }

  private emit(r: Raw): void {
    if (r.start < this.lastEnd) {
      if (r.coreStart < this.lastEnd) return;
      r.start = r.coreStart; // drop a left extension that overlaps the previous figure
    }
    this.out.push(r);
    this.lastEnd = r.end;
  }

  private skipWord(i: number): number {
    const t = this.t;
    while (i < this.n && (isAsciiLetter(t.charCodeAt(i)) || isDigit(t.charCodeAt(i)))) i++;
    return i;
  }

  // -------------------------------------------------------------------------
  // numbers

  private atNumber(i: number): number {
    const t = this.t;
    const parsed = parseNumber(t, i);
    if (!parsed.ok || !parsed.core) return Math.max(parsed.end, i + 1);
    const core = parsed.core;
    const end = core.end;
    if (core.style === 'digits' || core.style === 'mixed') {
      // ids and codes: P10, AGT-110, COVID-19, #3, /2024/, +86, 10:58
      const prev = t.charCodeAt(i - 1);
      if (isAsciiLetter(prev)) {
        const w = this.wordBefore(i).toLowerCase();
        if (!(w === 'top' || w === 'no' || w.toUpperCase() in MONEY_PREFIXES)) return this.skipToken(end);
      }
      if (prev === 45 /* - */ && i >= 2 && (isAsciiLetter(t.charCodeAt(i - 2)) || isDigit(t.charCodeAt(i - 2)))) return this.skipToken(end);
      if (prev === 35 || prev === 64 || prev === 47 || prev === 43 || prev === 95 || prev === 92 || prev === 61) return this.skipToken(end);
      if ((prev === 58 || prev === 46) && isDigit(t.charCodeAt(i - 2))) return this.skipToken(end);
      const nx = t.charCodeAt(end);
      if ((nx === 45 || nx === 47) && isDigit(t.charCodeAt(end + 1))) {
        const d = this.isoDate(core);
        if (d > 0) return d;
        return this.skipToken(end);
      }
      if (nx === 58 && isDigit(t.charCodeAt(end + 1))) return this.skipToken(end);
      if (nx === 46 && isDigit(t.charCodeAt(end + 1))) return this.skipToken(end);
    }
    // dates and years written with 年 / 月
    const integer = isInteger(core.value) && !core.hasSep;
    if (integer) {
      const r = this.cjkDate(core);
      if (r > 0) return r;
      if (core.style === 'digits' && core.intDigits <= 2) {
        const r2 = this.enDayMonth(core);
        if (r2 > 0) return r2;
      }
    }
    if (core.style === 'cjkseq') return end; // 一五五: not a number in running text
    return this.tail(core, i);
  }

  /** Skips the rest of an alphanumeric/code token, so that AGT-110-5 does not restart inside. */
  private skipToken(pos: number): number {
    const t = this.t;
    while (pos < this.n) {
      const c = t.charCodeAt(pos);
      if (isDigit(c) || isAsciiLetter(c) || ((c === 45 || c === 47 || c === 58 || c === 46 || c === 95) && pos + 1 < this.n &&
          (isDigit(t.charCodeAt(pos + 1)) || isAsciiLetter(t.charCodeAt(pos + 1))))) pos++;
      else break;
    }
    return pos;
  }

  private wordBefore(i: number): string {
    const t = this.t;
    let s = i;
    while (s > 0 && isAsciiLetter(t.charCodeAt(s - 1)) && i - s < 20) s--;
    return t.slice(s, i);
  }

  /** YYYY-MM-DD, YYYY/MM/DD */
  private isoDate(core: Core): number {
    const t = this.t;
    if (core.style !== 'digits' || core.intDigits !== 4 || core.hasDecimal || core.hasSep) return 0;
    const sep = t[core.end];
    const m = readSmallInt(t, core.end + 1, 2);
    if (!m || m.value < 1 || m.value > 12) return 0;
    let end = m.end;
    let day: number | undefined;
    if (t[end] === sep) {
      const d = readSmallInt(t, end + 1, 2);
      if (!d || d.value < 1 || d.value > 31) return 0;
      day = d.value;
      end = d.end;
    }
    if (isDigit(t.charCodeAt(end)) || (t[end] === sep && isDigit(t.charCodeAt(end + 1)))) return 0;
    const y = toNumber(core.value);
    const value = day === undefined ? `${y}-${pad2(m.value)}` : `${y}-${pad2(m.value)}-${pad2(day)}`;
    this.emit({
      start: core.start, end, value, unit: 'date', bound: 'exact', coreStart: core.start, coreEnd: end, style: 'digits',
      dateStyle: { kind: 'iso', sep, hasDay: day !== undefined },
    });
    return end;
  }

  /** 2026年2月24日, 2026年3月, 2月24日, 二〇二六年二月二十四日, 2025年, 2025年度. */
  private cjkDate(core: Core): number {
    const t = this.t;
    let p = core.end;
    if (t[p] === ' ' && (t[p + 1] === '年' || t[p + 1] === '月')) p++;
    const v = toNumber(core.value);
    if (t[p] === '年') {
      const yearLike = core.intDigits === 4 && v >= 1000 && v <= 2999 && core.style !== 'mixed';
      if (!yearLike) {
        // 令和3年, 平成2年度
        const era = core.start >= 2 ? t.slice(core.start - 2, core.start) : '';
        if (JA_ERAS[era] === undefined || !isInteger(core.value) || v < 1 || v > 99) return 0;
        let end = p + 1;
        if (t[end] === '度') end++;
        this.emit({
          start: core.start - 2, end, value: JA_ERAS[era] + v, unit: 'year', bound: 'exact', note: `Japanese era year (${era})`,
          coreStart: core.start, coreEnd: core.end, style: core.style,
        });
        return end;
      }
      if (t[p + 1] === '間' || t[p + 1] === '来' || t.startsWith('年以上', p) || t.startsWith('年余', p)) return 0;
      // month?
      let q = p + 1;
      if (t[q] === ' ') q++;
      const mp = this.monthDay(q);
      if (mp) {
        const value = mp.day === undefined ? `${v}-${pad2(mp.month)}` : `${v}-${pad2(mp.month)}-${pad2(mp.day)}`;
        this.emit({
          start: core.start, end: mp.end, value, unit: 'date', bound: 'exact', coreStart: core.start, coreEnd: mp.end,
          style: core.style, dateStyle: { kind: 'cjk', hasYear: true, hasDay: mp.day !== undefined, dayChar: mp.dayChar },
        });
        return mp.end;
      }
      let end = p + 1;
      if (t[end] === '度') end++;
      this.emit({ start: core.start, end, value: v, unit: 'year', bound: 'exact', coreStart: core.start, coreEnd: core.end, style: core.style });
      return end;
    }
    if (t[p] === '月') {
      const mp = this.monthDay(core.start);
      if (!mp || mp.day === undefined) return 0;
      const ref = this.opts.referenceYear;
      const md = `${pad2(mp.month)}-${pad2(mp.day)}`;
      this.emit({
        start: core.start, end: mp.end, value: ref !== undefined ? `${ref}-${md}` : `--${md}`, unit: 'date', bound: 'exact',
        note: ref !== undefined ? undefined : 'date without a year', confidence: ref !== undefined ? undefined : 0.9,
        coreStart: core.start, coreEnd: mp.end, style: core.style,
        dateStyle: { kind: 'cjk', hasYear: false, hasDay: true, dayChar: mp.dayChar },
      });
      return mp.end;
    }
    if (core.style === 'cjkseq') return 0;
    return 0;
  }

  /** Reads "M月" or "M月D日" at q. */
  private monthDay(q: number): { month: number; day?: number; end: number; dayChar: string } | undefined {
    const t = this.t;
    const m = parseNumber(t, q);
    if (!m.ok || !m.core || m.core.hasDecimal || m.core.hasSep || m.core.style === 'mixed') return undefined;
    let p = m.core.end;
    if (t[p] === ' ') p++;
    if (t[p] !== '月') return undefined;
    const month = toNumber(m.core.value);
    if (month < 1 || month > 12 || !isInteger(m.core.value)) return undefined;
    p++;
    let q2 = p;
    if (t[q2] === ' ') q2++;
    const d = parseNumber(t, q2);
    if (d.ok && d.core && !d.core.hasDecimal && !d.core.hasSep && d.core.style !== 'mixed') {
      let e = d.core.end;
      if (t[e] === ' ') e++;
      const dayChar = t[e];
      const day = toNumber(d.core.value);
      if ((dayChar === '日' || dayChar === '号' || dayChar === '號') && day >= 1 && day <= 31 && isInteger(d.core.value)) {
        return { month, day, end: e + 1, dayChar };
      }
    }
    return { month, end: p, dayChar: '日' };
  }

  /** 24 February 2026, 24 Feb. */
  private enDayMonth(core: Core): number {
    const t = this.t;
    if (t[core.end] !== ' ') return 0;
    const ws = core.end + 1;
    const we = wordEnd(t, ws);
    const w = t.slice(ws, we);
    const month = monthOf(w);
    if (!month) return 0;
    const day = toNumber(core.value);
    if (day < 1 || day > 31) return 0;
    let end = we;
    if (t[end] === '.' && w.length <= 4) end++;
    let year: number | undefined;
    if (t[end] === ' ' || t[end] === ',') {
      let q = end;
      if (t[q] === ',') q++;
      if (t[q] === ' ') q++;
      const y = readSmallInt(t, q, 4);
      if (y && y.end - q === 4 && !isDigit(t.charCodeAt(y.end)) && !isAsciiLetter(t.charCodeAt(y.end))) {
        year = y.value;
        end = y.end;
      }
    }
    const ref = year ?? this.opts.referenceYear;
    const md = `${pad2(month)}-${pad2(day)}`;
    this.emit({
      start: core.start, end, value: ref !== undefined ? `${ref}-${md}` : `--${md}`, unit: 'date', bound: 'exact',
      note: ref !== undefined ? undefined : 'date without a year', confidence: ref !== undefined ? undefined : 0.9,
      coreStart: core.start, coreEnd: end, style: 'digits',
      dateStyle: { kind: 'en-dmy', month: w.length <= 4 && w !== 'May' && w !== 'June' && w !== 'July' ? 'abbr' : 'full', hasYear: year !== undefined },
    });
    return end;
  }

  /** 第14位, 第1弾, 第二期, 第一 */
  private atOrdinal(i: number): number {
    const t = this.t;
    let q = i + 1;
    if (t[q] === ' ') q++;
    const c = t.charCodeAt(q);
    if (!(isDigit(c) || t[q] in CJK_DIGITS || t[q] === '十')) return i;
    const p = parseNumber(t, q);
    if (!p.ok || !p.core || p.core.hasDecimal || p.core.hasSep || p.core.style === 'cjkseq') return p.end > i ? p.end : i + 1;
    let end = p.core.end;
    if (t[end] === ' ' && RANK_CLASSIFIERS.includes(t[end + 1])) end++;
    if (RANK_CLASSIFIERS.includes(t[end])) end++;
    else if (t[end] !== undefined && ORDINAL_NOT_BEFORE.includes(t[end])) return end;
    const v = toNumber(p.core.value);
    this.emit({ start: i, end, value: v, unit: 'rank', bound: 'exact', coreStart: q, coreEnd: p.core.end, style: p.core.style });
    return end;
  }

  /** 百分之二十, 百分之20 */
  private atBaiFenZhi(i: number): number {
    const t = this.t;
    const q = i + 3;
    const p = parseNumber(t, q);
    if (!p.ok || !p.core || p.core.style === 'cjkseq') return i;
    let end = p.core.end;
    let bound: Bound = 'exact';
    const rb = this.rightBound(end);
    if (rb) { bound = rb.bound; end = rb.end; }
    const lb = this.leftBound(i);
    this.emit({
      start: lb ? lb.start : i, end, value: toNumber(p.core.value), unit: 'percent', bound: lb ? lb.bound : bound,
      coreStart: q, coreEnd: p.core.end, style: p.core.style,
    });
    return end;
  }

  // -------------------------------------------------------------------------
  // the common tail: scale, unit, bounds, counted noun

  private tail(core: Core, i: number, opts: { top?: number } = {}): number {
    const t = this.t;
    let value = core.value;
    let p = core.end;
    let bound: Bound = 'exact';
    let boundFromRight = false;
    let scaleWord: Raw['scaleWord'];
    let hasScale = core.bigScale;
    let note: string | undefined;
    let confidence: number | undefined;
    const cjkCore = core.style === 'cjk' || core.style === 'mixed';

    // 50多万 / 300余人: 多/余 between the number and its scale or classifier
    let midBound = false;
    if ((t[p] === '多' || t[p] === '余') && !core.hasDecimal) {
      let q = p + 1;
      if (t[p] === '余' && t[q] === 'り') q++;
      const sc = t[q];
      if (sc in CJK_BIG_SCALES || (sc in CJK_SMALL_SCALES && !isCjkScale(t[q - 2] ?? ''))) {
        const pp = sc in CJK_BIG_SCALES ? CJK_BIG_SCALES[sc] : CJK_SMALL_SCALES[sc];
        value = shift(value, pp);
        hasScale = true;
        p = q + 1;
        midBound = true;
      } else if (this.cjkUnitAt(q)) {
        p = q;
        midBound = true;
      }
    }

    // English scale words: 52.2 billion, 1.2 million, 3 thousand; 52.2bn
    if (!cjkCore && !midBound) {
      let q = p;
      if (t[q] === ' ') q++;
      if (isAsciiLetter(t.charCodeAt(q))) {
        const we = wordEnd(t, q);
        const w = t.slice(q, we).toLowerCase();
        const pw = EN_SCALES[w];
        if (pw !== undefined && (w !== 'hundred' || core.style === 'words' || core.intDigits <= 2) &&
            !((w === 'bn' || w === 'mn' || w === 'mln') && q === p + 1 && false)) {
          value = shift(value, pw);
          scaleWord = { start: q, end: we, pow: pw };
          hasScale = true;
          p = we;
        }
      }
    }

    // the unit
    let unitEntry: UnitEntry | undefined;
    let unitEnd = p;
    let unitWord = '';
    {
      let q = p;
      if (t[q] === ' ' && !cjkCore && (t.charCodeAt(q + 1) >= 0x3000)) q++;
      const cu = this.cjkUnitAt(q);
      if (cu) {
        unitEntry = cu.entry;
        unitEnd = cu.end;
        unitWord = cu.word;
      } else {
        const eu = this.enUnitAt(p, core);
        if (eu) {
          unitEntry = eu.entry;
          unitEnd = eu.end;
          unitWord = eu.word;
        }
      }
    }
    if (midBound && unitEntry) {
      bound = 'over';
      boundFromRight = true;
    } else if (midBound && hasScale) {
      bound = 'over';
      boundFromRight = true;
    } else if (midBound) {
      return core.end; // 3多 without anything after it
    }

    // rank suffix 14th; computing 200P
    let unit: Unit | undefined;
    let counted: string | undefined;
    let tenths = false;
    if (!unitEntry && core.style === 'digits') {
      const c0 = t.charCodeAt(p);
      if (isAsciiLetter(c0)) {
        const we = wordEnd(t, p);
        const w = t.slice(p, we).toLowerCase();
        if ((w === 'st' || w === 'nd' || w === 'rd' || w === 'th') && isInteger(value) && !core.hasSep) {
          unit = 'rank';
          unitEnd = we;
        } else if (w === 'p' && t[p] === 'P') {
          unit = 'pflops';
          unitEnd = we;
        } else {
          return this.skipToken(p); // 5G, 3D, 10x: codes
        }
      }
    }

    if (unitEntry) {
      unit = unitEntry.unit;
      note = unitEntry.note;
      if (unitEntry.pow) value = shift(value, unitEntry.pow);
      if (unitEntry.tenths) {
        value = shift(value, 1);
        tenths = true;
        // 3割5分
        if (t[unitEnd] && isDigit(t.charCodeAt(unitEnd)) && t[unitEnd + 1] === '分') {
          value = add(value, dec(t.charCodeAt(unitEnd) - 48));
          unitEnd += 2;
        }
      }
      if (unitEntry.kind === 'count') {
        counted = unitEntry.counted;
        if (unitEntry.generic) counted = this.countedAfter(unitEnd, counted);
        if (this.ja && unitWord === '位') unit = 'rank';
      }
      if (unitEntry.kind === 'duration' && unitWord === '年' && core.intDigits === 4 && !core.hasDecimal) {
        const v = toNumber(value);
        if (v >= 1000 && v <= 2999) unit = 'year';
      }
      if (unitEntry.kind === 'year') {
        const v = toNumber(value);
        if (!(core.intDigits === 4 && v >= 1000 && v <= 2999)) return unitEnd;
      }
      if (unitEntry.unit === 'CNY' && unitEntry.kind === 'money') {
        // 亿元人民币
        for (const tailWord of ['人民币', '人民幣']) {
          if (t.startsWith(tailWord, unitEnd)) unitEnd += tailWord.length;
        }
      }
    }

    // a lone 一 with a classifier is the article "a" (一个地方, 一家企业); a lone CJK digit
    // with nothing after it is a word (四方, 三峡)
    if (core.single && core.style === 'cjk') {
      const v = toNumber(core.value);
      if (v === 1 && !(unitEntry && unitEntry.kind === 'percent')) return core.end;
    }

    // currency before the number: RMB 52.2 billion, $1.2 million, ￥500万
    let start = core.start;
    const mp = this.moneyPrefix(core.start);
    if (mp) {
      if (!unit || unit === 'number') {
        unit = mp.unit;
        start = mp.start;
        if (mp.note) note = mp.note;
      } else if (unitEntry && unitEntry.kind === 'money') {
        start = mp.start;
      }
    }

    // Top 10 / トップ10
    if (opts.top !== undefined) {
      start = opts.top;
      if (!unit) {
        unit = 'count';
        counted = this.enNounAfter(unitEnd);
      }
    } else if (!unit && core.style === 'digits') {
      const tp = this.topBefore(core.start);
      if (tp >= 0) {
        start = tp;
        unit = 'count';
        counted = this.ja ? this.countedAfter(unitEnd, undefined) : this.enNounAfter(unitEnd);
      }
    }

    // English counted nouns: 23 platforms, Four key projects
    if (!unit && (core.style === 'digits' || core.style === 'words')) {
      const noun = this.enNounAfter(unitEnd, core);
      if (noun) {
        unit = 'count';
        counted = noun;
      }
    }

    // Japanese: 23の国家級研究開発プラットフォーム
    if (!unit && this.ja && core.style === 'digits' && isInteger(value) && !core.hasSep && t[unitEnd] === 'の') {
      const noun = this.jaRunAfter(unitEnd + 1);
      if (noun) {
        unit = 'count';
        counted = noun;
      }
    }

    // right bound
    const rb = this.rightBound(unitEnd);
    let end = unitEnd;
    if (rb && !boundFromRight) {
      bound = rb.bound;
      end = rb.end;
    }

    // bare numbers
    if (!unit) {
      const v = toNumber(value);
      const lbPeek = this.leftBound(start);
      if (core.style === 'digits' && !core.hasSep && !core.hasDecimal && core.intDigits === 4 && v >= 1900 && v <= 2099 && !scaleWord && !rb) {
        const cue = this.wordBefore(skipSpaceBack(t, core.start)).toLowerCase();
        unit = 'year';
        if (!EN_YEAR_CUES.has(cue)) {
          confidence = 0.8;
          note = 'bare four-digit number read as a year';
        }
      } else if (hasScale || core.hasSep || core.hasDecimal || (rb && core.style !== 'cjk') || (lbPeek && core.style === 'digits')) {
        unit = 'number';
        confidence = 0.6;
        note = 'number without a unit';
      } else {
        return Math.max(end, core.end);
      }
    }

    // left bound (or "past" prefix of a duration)
    let lb = this.leftBound(start);
    if (unit === 'year-duration') {
      const past = this.pastPrefix(start);
      if (past >= 0) {
        start = past;
        lb = undefined;
      }
    }
    if (lb && !(unit === 'year' || unit === 'date' || unit === 'rank')) {
      if (bound === 'exact' || boundFromRight) {
        if (bound === 'exact') bound = lb.bound;
      }
      start = lb.start;
    }

    this.emit({
      start, end, value: toNumber(value), unit, bound, counted, note, confidence,
      coreStart: core.start, coreEnd: core.end, style: core.style, scaleWord, tenths: tenths || undefined,
    });
    return Math.max(end, core.end);
  }

  private cjkUnitAt(q: number): { entry: UnitEntry; end: number; word: string } | undefined {
    const t = this.t;
    if (!CJK_UNIT_FIRST.has(t[q])) return undefined;
    for (let L = Math.min(CJK_UNIT_MAX, this.n - q); L >= 1; L--) {
      const w = t.substr(q, L);
      const e = CJK_UNITS[w];
      if (!e) continue;
      const after = t[q + L];
      if (after !== undefined && e.notBefore && e.notBefore.includes(after)) continue;
      if (isAsciiLetter(w.charCodeAt(w.length - 1)) && isAsciiLetter(t.charCodeAt(q + L))) continue;
      return { entry: e, end: q + L, word: w };
    }
    return undefined;
  }

  /** English units after a number: "28 kilometers", "91-square-kilometer", "5km", "three-year". */
  private enUnitAt(p: number, core: Core): { entry: UnitEntry; end: number; word: string } | undefined {
    const t = this.t;
    let q = p;
    const sepc = t.charCodeAt(q);
    if (sepc === 32 || sepc === 45) q++;
    if (!isAsciiLetter(t.charCodeAt(q))) return undefined;
    if (sepc !== 32 && sepc !== 45 && core.style !== 'digits') return undefined;
    // collect up to three words joined by single spaces or hyphens
    const words: string[] = [];
    const ends: number[] = [];
    let r = q;
    for (let k = 0; k < 3; k++) {
      const we = wordEnd(t, r);
      if (we === r) break;
      let w = t.slice(r, we);
      let e2 = we;
      // km2 / m2 (km², m² after NFKC)
      if ((w === 'km' || w === 'm') && t[we] === '2' && !isDigit(t.charCodeAt(we + 1))) { w += '2'; e2++; }
      if (t[we] === '.' && (w === 'sq' || w === 'u.s' || w === 'approx')) { w += '.'; e2++; }
      words.push(w.toLowerCase());
      ends.push(e2);
      const sc = t.charCodeAt(e2);
      if ((sc === 32 || sc === 45) && isAsciiLetter(t.charCodeAt(e2 + 1))) r = e2 + 1;
      else break;
    }
    for (let k = words.length; k >= 1; k--) {
      const key = words.slice(0, k).join(' ');
      const e = EN_UNITS[key];
      if (e) {
        // single-letter units only right after digits or after one space
        if ((key === 'm' || key === 'ha' || key === 'mu') && t[ends[k - 1]] !== undefined && isAsciiLetter(t.charCodeAt(ends[k - 1]))) continue;
        if (key === 'mu' && !isDigit(t.charCodeAt(p - 1))) continue;
        return { entry: e, end: ends[k - 1], word: key };
      }
    }
    return undefined;
  }

  private rightBound(p: number): { bound: Bound; end: number } | undefined {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (c >= 0x3000) {
      if (!CJK_RIGHT_FIRST.has(t[p])) return undefined;
      for (let L = Math.min(CJK_RIGHT_MAX, this.n - p); L >= 1; L--) {
        const w = t.substr(p, L);
        const b = CJK_RIGHT_BOUNDS[w];
        if (!b) continue;
        const nb = CJK_RIGHT_BOUND_NOT_BEFORE[w];
        if (nb && t[p + L] !== undefined && nb.includes(t[p + L])) continue;
        return { bound: b, end: p + L };
      }
      return undefined;
    }
    if (c === 32 && isAsciiLetter(t.charCodeAt(p + 1))) {
      const e1 = wordEnd(t, p + 1);
      const w1 = t.slice(p + 1, e1).toLowerCase();
      if (w1 === 'plus' && EN_RIGHT_BOUNDS[w1]) return { bound: EN_RIGHT_BOUNDS[w1], end: e1 };
      if (t[e1] === ' ') {
        const e2 = wordEnd(t, e1 + 1);
        const w2 = `${w1} ${t.slice(e1 + 1, e2).toLowerCase()}`;
        if (EN_RIGHT_BOUNDS[w2] && !isAsciiLetter(t.charCodeAt(e2))) return { bound: EN_RIGHT_BOUNDS[w2], end: e2 };
      }
    }
    return undefined;
  }

  private leftBound(start: number): { bound: Bound; start: number } | undefined {
    const t = this.t;
    let s = start;
    if (t[s - 1] === ' ') s--;
    const c = t.charCodeAt(s - 1);
    if (c >= 0x3000) {
      if (!CJK_LEFT_LAST.has(t[s - 1])) return undefined;
      for (let L = Math.min(CJK_LEFT_MAX, s); L >= 1; L--) {
        const w = t.substr(s - L, L);
        const b = CJK_LEFT_BOUNDS[w];
        if (!b) continue;
        if (w === '近' && s - 2 >= 0 && '附靠最亲親'.includes(t[s - 2])) continue;
        if (w === '超' && t[s - 2] === '超') continue;
        return { bound: b, start: s - L };
      }
      return undefined;
    }
    if (isAsciiLetter(c) || c === 46) {
      // up to three words back
      const ws: { w: string; s: number }[] = [];
      let e = s;
      for (let k = 0; k < 3; k++) {
        let b = e;
        if (t.charCodeAt(b - 1) === 46) b--; // approx.
        let a = b;
        while (a > 0 && isAsciiLetter(t.charCodeAt(a - 1))) a--;
        if (a === b) break;
        ws.unshift({ w: t.slice(a, e).toLowerCase(), s: a });
        if (t[a - 1] !== ' ') break;
        e = a - 1;
      }
      for (let k = 0; k < ws.length; k++) {
        const phrase = ws.slice(k).map((x) => x.w).join(' ');
        const b = EN_LEFT_BOUNDS[phrase];
        if (b) {
          const a = ws[k].s;
          if (a > 0 && isAsciiLetter(t.charCodeAt(a - 1))) continue;
          return { bound: b, start: a };
        }
      }
    }
    return undefined;
  }

  private pastPrefix(start: number): number {
    const t = this.t;
    let s = start;
    if (t[s - 1] === ' ') s--;
    for (const w of CJK_PAST_PREFIXES) {
      if (s >= w.length && t.startsWith(w, s - w.length)) return s - w.length;
    }
    return -1;
  }

  private moneyPrefix(start: number): { unit: Unit; start: number; note?: string } | undefined {
    const t = this.t;
    let s = start;
    const sym = t[s - 1];
    if (sym === '$' || sym === '¥' || sym === '￥') {
      let a = s - 1;
      while (a > 0 && isAsciiLetter(t.charCodeAt(a - 1)) && s - a < 5) a--;
      const w = t.slice(a, s);
      if (MONEY_PREFIXES[w]) {
        const u = MONEY_PREFIXES[w];
        if (w === '¥' || w === '￥') {
          return this.ja ? { unit: 'JPY', start: a, note: '¥ read as yen' } : { unit: 'CNY', start: a, note: '¥ read as yuan' };
        }
        return { unit: u, start: a };
      }
      return undefined;
    }
    if (t[s - 1] === ' ') s--;
    const b = s;
    let a = b;
    while (a > 0 && isAsciiLetter(t.charCodeAt(a - 1)) && b - a < 4) a--;
    if (a < b && !isAsciiLetter(t.charCodeAt(a - 1))) {
      const w = t.slice(a, b);
      const u = MONEY_PREFIXES[w];
      if (u && w === w.toUpperCase()) return { unit: u, start: a };
    }
    return undefined;
  }

  private topBefore(start: number): number {
    const t = this.t;
    let s = start;
    if (t[s - 1] === ' ') s--;
    if (s >= 3 && t.startsWith('トップ', s - 3)) return s - 3;
    if (s >= 3 && /^top$/i.test(t.slice(s - 3, s)) && !isAsciiLetter(t.charCodeAt(s - 4))) return s - 3;
    return -1;
  }

  /** The noun after a generic classifier: 68件のプロジェクト, 4つの主要プロジェクト, 四个项目. */
  private countedAfter(p: number, fallback: string | undefined): string | undefined {
    const t = this.t;
    if (this.ja) {
      let q = p;
      if (t[q] === 'の') q++;
      const run = this.jaRunAfter(q);
      return run ?? fallback;
    }
    for (let k = 0; k <= 2; k++) {
      for (const noun of ZH_COUNT_NOUNS) {
        if (t.startsWith(noun, p + k) && !'级級的'.includes(t[p + k + noun.length] ?? '-')) {
          for (let j = p; j < p + k; j++) if (!isHan(t.charCodeAt(j))) return fallback;
          return t.slice(p, p + k + noun.length);
        }
      }
    }
    return fallback;
  }

  /** A run of kanji/katakana (the noun phrase after の): 国家級研究開発プラットフォーム. */
  private jaRunAfter(q: number): string | undefined {
    const t = this.t;
    let e = q;
    while (e < this.n && e - q < 16) {
      const c = t.charCodeAt(e);
      if (isHan(c) || isKatakana(c)) e++;
      else break;
    }
    return e > q ? t.slice(q, e) : undefined;
  }

  /** English counted noun: the first plural noun within three words (Four key projects). */
  private enNounAfter(p: number, core?: Core): string | undefined {
    const t = this.t;
    let q = p;
    for (let k = 0; k < 3; k++) {
      if (t[q] !== ' ' && !(k === 0 && t[q] === '-')) return undefined;
      q++;
      const we = wordEndNoun(t, q);
      if (we === q) return undefined;
      const w = t.slice(q, we);
      const lw = w.toLowerCase();
      if (EN_NOT_NOUNS.has(lw) || EN_MONTHS[lw] !== undefined && /^[A-Z]/.test(w)) return undefined;
      if (EN_SCALES[lw] !== undefined || EN_SMALL_NUMBERS[lw] !== undefined) return undefined;
      if (EN_IRREGULAR_NOUNS.has(lw)) return lw;
      if (lw.length > 3 && lw.endsWith('s') && !lw.endsWith('ss') && !lw.endsWith('us') && !lw.endsWith('is') && /^[a-z]/i.test(lw)) {
        // a year followed by a capitalised noun (the 2024 Olympics) stays a year
        if (core && core.style === 'digits' && core.intDigits === 4 && /^[A-Z]/.test(w)) return undefined;
        return lw;
      }
      q = we;
    }
    return undefined;
  }

  // -------------------------------------------------------------------------
  // English words

  private atWord(i: number): number {
    const t = this.t;
    const we = wordEnd(t, i);
    const w = t.slice(i, we);
    const lw = w.toLowerCase();
    // URLs and e-mail addresses
    if ((lw === 'http' || lw === 'https') && t[we] === ':') return skipNonSpace(t, we);
    if (lw === 'www' && t[we] === '.') return skipNonSpace(t, we);
    if (t[we] === '@' || (t[we] === '.' && isAsciiLetter(t.charCodeAt(we + 1)) && /^(com|cn|jp|org|net|gov|edu)\b/.test(t.slice(we + 1, we + 5)))) return skipNonSpace(t, we);
    const month = monthOf(w);
    if (month) {
      const r = this.enMonthDate(i, we, w, month);
      if (r > 0) return r;
      return we;
    }
    if (w === 'No' || w === 'NO') {
      let q = we;
      if (t[q] === '.') q++;
      if (t[q] === ' ') q++;
      if (isDigit(t.charCodeAt(q)) && q > we) {
        const g = readDigits(t, q);
        if (!g.bad && !g.hasDecimal && !g.hasSep && g.intDigits <= 3 && !isAsciiLetter(t.charCodeAt(g.end)) && !isDigit(t.charCodeAt(g.end))) {
          this.emit({ start: i, end: g.end, value: toNumber(g.value), unit: 'rank', bound: 'exact', coreStart: q, coreEnd: g.end, style: 'digits' });
          return g.end;
        }
      }
      return we;
    }
    if (lw === 'top' && t[we] === ' ') {
      const q = we + 1;
      const w2e = wordEnd(t, q);
      const w2 = t.slice(q, w2e).toLowerCase();
      if (EN_SMALL_NUMBERS[w2] !== undefined) {
        const wc = this.readWordNumber(q);
        if (wc) return this.tail(wc, q, { top: i }) || wc.end;
      }
      return we;
    }
    if (EN_SMALL_NUMBERS[lw] !== undefined || (lw.includes('-') && EN_SMALL_NUMBERS[lw.split('-')[0]] !== undefined)) {
      const wc = this.readWordNumber(i);
      if (wc) {
        const before = this.out.length;
        const r = this.tail(wc, i);
        if (this.out.length > before) {
          const last = this.out[this.out.length - 1];
          if (last.unit === 'number') this.out.pop(); // a bare number word is not a figure
        }
        return Math.max(r, we);
      }
    }
    return we;
  }

  /** twenty-five, three hundred, one hundred and five, ten. */
  private readWordNumber(i: number): Core | undefined {
    const t = this.t;
    let pos = i;
    let total = 0;
    let current = 0;
    let any = false;
    let end = i;
    for (let k = 0; k < 12; k++) {
      const we = wordEnd(t, pos);
      if (we === pos) break;
      const lw = t.slice(pos, we).toLowerCase();
      let handled = false;
      if (EN_SMALL_NUMBERS[lw] !== undefined) {
        current += EN_SMALL_NUMBERS[lw];
        handled = true;
      } else if (lw === 'hundred' && any) {
        current = (current || 1) * 100;
        handled = true;
      } else if (lw === 'thousand' && any) {
        total += (current || 1) * 1000;
        current = 0;
        handled = true;
      } else if (lw === 'and' && any && current >= 100) {
        const ne = wordEnd(t, we + 1);
        if (t[we] === ' ' && EN_SMALL_NUMBERS[t.slice(we + 1, ne).toLowerCase()] !== undefined) {
          pos = we + 1;
          continue;
        }
      }
      if (!handled) break;
      any = true;
      end = we;
      if ((t[we] === ' ' || t[we] === '-') && isAsciiLetter(t.charCodeAt(we + 1))) {
        const ne = wordEnd(t, we + 1);
        const nw = t.slice(we + 1, ne).toLowerCase();
        if (EN_SMALL_NUMBERS[nw] !== undefined || nw === 'hundred' || nw === 'thousand' || nw === 'and') {
          pos = we + 1;
          continue;
        }
      }
      break;
    }
    if (!any) return undefined;
    const v = total + current;
    return { start: i, end, value: dec(v), style: 'words', intDigits: String(v).length, hasSep: false, hasDecimal: false, single: false, bigScale: false };
  }

  /** February 24, Feb. 27, 2026, February 2026 */
  private enMonthDate(i: number, we: number, w: string, month: number): number {
    const t = this.t;
    if (!/^[A-Z]/.test(w)) return 0;
    let p = we;
    const abbr = w.length <= 4 && !['May', 'June', 'July'].includes(w);
    if (t[p] === '.') {
      if (!abbr) return 0;
      p++;
    }
    if (t[p] !== ' ') return 0;
    p++;
    const d = readSmallInt(t, p, 4);
    if (!d) return 0;
    const digits = d.end - p;
    let end = d.end;
    if (digits === 4) {
      if (isDigit(t.charCodeAt(end)) || isAsciiLetter(t.charCodeAt(end))) return 0;
      this.emit({
        start: i, end, value: `${d.value}-${pad2(month)}`, unit: 'date', bound: 'exact', coreStart: i, coreEnd: end, style: 'digits',
        dateStyle: { kind: 'en-mdy', month: abbr ? 'abbr' : 'full', hasYear: true, hasDay: false },
      });
      return end;
    }
    if (digits > 2 || d.value < 1 || d.value > 31) return 0;
    if (w === 'May' || w === 'March') {
      // "May 5" fine; both are also words, but a capitalised month followed by a day is a date
    }
    const ord = t.slice(end, end + 2).toLowerCase();
    if ((ord === 'st' || ord === 'nd' || ord === 'rd' || ord === 'th') && !isAsciiLetter(t.charCodeAt(end + 2))) end += 2;
    if (isAsciiLetter(t.charCodeAt(end)) || isDigit(t.charCodeAt(end))) return 0;
    if (t[end] === '.' && isDigit(t.charCodeAt(end + 1))) return 0;
    let year: number | undefined;
    let q = end;
    if (t[q] === ',') q++;
    if (t[q] === ' ') {
      q++;
      const y = readSmallInt(t, q, 4);
      if (y && y.end - q === 4 && !isDigit(t.charCodeAt(y.end)) && !isAsciiLetter(t.charCodeAt(y.end)) && y.value >= 1000) {
        year = y.value;
        end = y.end;
      }
    }
    const ref = year ?? this.opts.referenceYear;
    const md = `${pad2(month)}-${pad2(d.value)}`;
    this.emit({
      start: i, end, value: ref !== undefined ? `${ref}-${md}` : `--${md}`, unit: 'date', bound: 'exact',
      note: ref !== undefined ? undefined : 'date without a year', confidence: ref !== undefined ? undefined : 0.9,
      coreStart: i, coreEnd: end, style: 'digits',
      dateStyle: { kind: 'en-mdy', month: abbr ? 'abbr' : 'full', hasYear: year !== undefined, hasDay: true },
    });
    return end;
  }
}

// ---------------------------------------------------------------------------
// helpers

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function readSmallInt(t: string, p: number, max: number): { value: number; end: number } | undefined {
  let e = p;
  let v = 0;
  while (e < t.length && isDigit(t.charCodeAt(e)) && e - p < max) {
    v = v * 10 + (t.charCodeAt(e) - 48);
    e++;
  }
  if (e === p || isDigit(t.charCodeAt(e))) return undefined;
  return { value: v, end: e };
}

function wordEnd(t: string, p: number): number {
  let e = p;
  while (e < t.length && isAsciiLetter(t.charCodeAt(e))) e++;
  return e;
}

function wordEndNoun(t: string, p: number): number {
  let e = p;
  while (e < t.length) {
    const c = t.charCodeAt(e);
    if (isAsciiLetter(c) || ((c === 45 || c === 38 || c === 39) && isAsciiLetter(t.charCodeAt(e + 1)) && e > p)) e++;
    else break;
  }
  return e;
}

function skipNonSpace(t: string, p: number): number {
  let e = p;
  while (e < t.length) {
    const c = t.charCodeAt(e);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c >= 0x3000) break;
    e++;
  }
  return e;
}

function skipSpaceBack(t: string, p: number): number {
  return t[p - 1] === ' ' ? p - 1 : p;
}

function monthOf(w: string): number | undefined {
  if (!/^[A-Z]/.test(w)) return undefined;
  const m = EN_MONTHS[w.toLowerCase()];
  return m;
}

// ---------------------------------------------------------------------------
// entry point

export function scanFigures(text: string, options: ScanOptions = {}): ScannedFigure[] {
  const norm: NormalizedText = fastNormalize(text);
  const sc = new Scanner(norm.text, options);
  sc.run();
  const out: ScannedFigure[] = [];
  for (const r of sc.out) {
    const span = originalSpan(norm, r.start, r.end);
    const core = originalSpan(norm, r.coreStart, r.coreEnd);
    const f: ScannedFigure = {
      start: span.start, end: span.end, text: text.slice(span.start, span.end),
      value: r.value, unit: r.unit, bound: r.bound,
      coreStart: core.start, coreEnd: core.end, style: r.style,
    };
    if (r.counted !== undefined) f.counted = r.counted;
    if (r.note !== undefined) f.note = r.note;
    if (r.confidence !== undefined) f.confidence = r.confidence;
    if (r.scaleWord) {
      const sw = originalSpan(norm, r.scaleWord.start, r.scaleWord.end);
      f.scaleWord = { start: sw.start, end: sw.end, pow: r.scaleWord.pow };
    }
    if (r.tenths) f.tenths = true;
    if (r.dateStyle) f.dateStyle = r.dateStyle;
    out.push(f);
  }
  return out;
}
