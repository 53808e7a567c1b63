/**
 * Numbers and scales: ASCII digits with separators and decimals, CJK numerals with
 * 十百千 and 万億兆, and the mix of both (3億5千万, 52.2亿). `atNumber` is where the scan
 * goes at a digit or CJK numeral: it drops ids and codes, tries dates, then reads the
 * figure's unit and bounds (`tail`).
 */
import { Dec, add, dec, isInteger, isZero, shift, toNumber, ZERO } from '../decimal';
import { MONEY_PREFIXES } from '../lexicon';
import { isAsciiLetter, isCjkScale, isDigit, NUM_KIND, NUM_VALUE } from './chars';
import type { Core, CoreStyle, Scan } from './state';
import { cjkDate, enDayMonth, numericDate, slashFiscalYear } from './dates';
import { tail } from './tail';
import { cjkUnitAt, enUnitAt } from './unitsAndBounds';
import { afterCodeEquals, inCode } from './codes';

const MAX_DIGITS = 30;

interface DigitGroup {
  end: number;
  value: Dec;
  intDigits: number;
  hasSep: boolean;
  hasDecimal: boolean;
  bad: boolean; // too long, dotted (1.2.3) or leading zero id
}

export /** After 36・9: one or two digits, then no further ・ group (1・2・3 is a list). */
function decimalTail(t: string, p: number): boolean {
  let e = p;
  while (isDigit(t.charCodeAt(e))) e++;
  return e - p <= 2 && t.charCodeAt(e) !== 0x30fb;
}

export function readDigits(t: string, pos: number): DigitGroup {
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
  // Indian grouping: 2,13,125 (lakhs) and 1,10,00,000 (crores): two-digit groups, then three
  if (firstGroup <= 2 && t.charCodeAt(pos) === 44 && isDigit(t.charCodeAt(pos + 1)) && isDigit(t.charCodeAt(pos + 2)) && t.charCodeAt(pos + 3) === 44) {
    let q = pos;
    let groups = '';
    while (t.charCodeAt(q) === 44 && isDigit(t.charCodeAt(q + 1)) && isDigit(t.charCodeAt(q + 2)) && t.charCodeAt(q + 3) === 44) {
      groups += t.slice(q + 1, q + 3);
      q += 3;
    }
    if (isDigit(t.charCodeAt(q + 1)) && isDigit(t.charCodeAt(q + 2)) && isDigit(t.charCodeAt(q + 3)) && !isDigit(t.charCodeAt(q + 4)) && count + groups.length + 3 <= MAX_DIGITS) {
      digits += groups + t.slice(q + 1, q + 4);
      count += groups.length + 3;
      pos = q + 4;
      hasSep = true;
    }
  }
  // thousands separators: ',' or a space, followed by exactly three digits
  if (firstGroup <= 3 && !hasSep) {
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
  const dot = t.charCodeAt(pos);
  if ((dot === 46 /* . */ || dot === 0x30fb /* ・ */) && isDigit(t.charCodeAt(pos + 1)) &&
      !(dot === 0x30fb && (firstGroup > 4 || !decimalTail(t, pos + 1)))) {
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
  if (!hasDecimal && intDigits > 2 && t.charCodeAt(start) === 48 && !hasSep) bad = true; // 0027: an id (04月 is a month)
  const value = bad ? ZERO : dec(BigInt((digits + frac) || '0'), -frac.length);
  return { end: pos, value, intDigits, hasSep, hasDecimal, bad };
}

export interface ParsedNumber {
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
    // 三点五, 八點五, 二·二五: a decimal point between CJK digits
    if ((c === 0x70b9 || c === 0x9ede || c === 0xb7 || c === 0x30fb) && !usedAscii && tokens > 0 && !hasDecimal &&
        NUM_KIND[t.charCodeAt(pos + 1)] === 1) {
      let q = pos + 1;
      let frac = '';
      while (q < n && NUM_KIND[t.charCodeAt(q)] === 1) { frac += String(NUM_VALUE[t.charCodeAt(q)]); q++; }
      const whole = seqMode ? dec(BigInt(seq)) : add(section, current ?? ZERO);
      current = add(whole, dec(BigInt(frac), -frac.length));
      section = ZERO;
      seqMode = false;
      cjkDigitsOnly = false;
      hasDecimal = true;
      lastSmall = -1; // only a big scale may follow (三点五亿)
      pos = q;
      tokens++;
      continue;
    }
    const kind = c < 0x3000 && c !== 0x25cb /* ○ as zero: 二○一八年 */ ? 0 : NUM_KIND[c];
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
        // 百 and 千 open a number only before more of it (百五十, 千七十五, 百万) or a share or
        // money word (百%, 千円); alone they are words (百姓, 千年, 千米)
        if (tokens === 0 && p > 1) {
          if (!leadingScaleOpens(t, pos + 1)) return { ok: false, end: skipNumeralRun(t, pos) };
        } else if (p > 1) { invalid = true; break; }
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
      if (seqMode) {
        // 一七四五億: digits written one by one before a big scale (Taiwan style)
        if (seq.length > 4) { invalid = true; break; }
        current = dec(BigInt(seq));
        seqMode = false;
        cjkDigitsOnly = false;
      }
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
// the scan at a number

export function atNumber(s: Scan, i: number): number {
  const t = s.t;
  if (isDigit(t.charCodeAt(i))) {
    const nd = numericDate(s, i);
    if (nd > 0) return nd;
  }
  const parsed = parseNumber(t, i);
  if (!parsed.ok || !parsed.core) return Math.max(parsed.end, i + 1);
  const core = parsed.core;
  const end = core.end;
  // 何百万, 数千: "hundreds of", "thousands of", not a number
  if (NUM_KIND[t.charCodeAt(i)] === 2 && '何数數几幾'.includes(t[i - 1] ?? '\0')) return end;
  if (core.style === 'digits' || core.style === 'mixed') {
    // ids and codes: P10, AGT-110, COVID-19, #3, /2024/, +86, 10:58
    const prev = t.charCodeAt(i - 1);
    if (isAsciiLetter(prev)) {
      const w = s.wordBefore(i).toLowerCase();
      if (!(w === 'top' || w === 'no' || w.toUpperCase() in MONEY_PREFIXES || /^(hk|s|nt|us|u\.s\.|c|a)\$$/i.test(t.slice(i - 3, i)))) return s.skipToken(end);
    }
    if (prev === 45 /* - */ && i >= 2 && (isAsciiLetter(t.charCodeAt(i - 2)) || isDigit(t.charCodeAt(i - 2))) && !afterRangeStart(s, i - 1)) return s.skipToken(end);
    // a slash after CJK text is punctuation (研究施設/73億円), not a path
    if (prev === 47 && i >= 2 && t.charCodeAt(i - 2) < 0x3000) return s.skipToken(end);
    if (prev === 35 || prev === 64 || prev === 43 || prev === 95 || prev === 92 || afterCodeEquals(t, i) || inCode(t, end)) return s.skipToken(end);
    if ((prev === 58 || prev === 46) && isDigit(t.charCodeAt(i - 2))) return s.skipToken(end);
    const nx = t.charCodeAt(end);
    if ((nx === 45 || nx === 47 || nx === 46) && isDigit(t.charCodeAt(end + 1))) {
      if (nx === 47) {
        const fy = slashFiscalYear(s, core);
        if (fy > 0) return fy;
        const fr = asciiFraction(s, core);
        if (fr > 0) return fr;
      }
      // 3-5年, 5-20%: a range; its first number is read by the tail and paired later
      if (nx !== 45 || core.hasDecimal) return s.skipToken(end);
    }
    if (nx === 58 && isDigit(t.charCodeAt(end + 1))) return s.skipToken(end);
  }
  // dates and years written with 年 / 月 / 日
  const integer = isInteger(core.value) && !core.hasSep;
  if (integer) {
    const r = cjkDate(s, core);
    if (r > 0) return r;
    if (core.style === 'digits' && core.intDigits <= 2) {
      const r2 = enDayMonth(s, core);
      if (r2 > 0) return r2;
    }
  }
  // 12千米 is 12 km, not 12千 (12,000) metres: a unit word that begins with the core's last scale
  if (core.style === 'mixed' && NUM_KIND[t.charCodeAt(end - 1)] === 2 && !core.bigScale) {
    const u = cjkUnitAt(s, end - 1);
    if (u && isDigit(t.charCodeAt(end - 2))) {
      const p = NUM_VALUE[t.charCodeAt(end - 1)];
      return tail(s, { ...core, end: end - 1, value: shift(core.value, -p), style: 'digits' }, i);
    }
  }
  return tail(s, core, i);
}

/** The figure just before a connector at `p` (3-5年, 2021-2025年): the number after it is the range's other end. */
function afterRangeStart(s: Scan, p: number): boolean {
  const last = s.out[s.out.length - 1];
  return last !== undefined && last.end === p && (last.rangeStart === true || last.unit === 'year');
}

const OPENS_AFTER_SCALE = ['%', 'パーセント', 'ポイント', '円', '元', 'ドル', '美元', '人民币', '人民幣', '個百分點', '个百分点'];

function leadingScaleOpens(t: string, q: number): boolean {
  const k = NUM_KIND[t.charCodeAt(q)];
  if (k === 1 || k === 4) return true;
  return OPENS_AFTER_SCALE.some((w) => t.startsWith(w, q));
}

/**
 * a/b written with a slash: 2/100 = 2 %, 1/50的面积 = 2 %, 1/4 mile, 10 1/2 miles. A
 * fraction is a figure only with a unit or as a share; 3/15 alone may be a date.
 */
function asciiFraction(s: Scan, core: Core): number {
  const t = s.t;
  const b = readDigits(t, core.end + 1);
  if (b.bad || b.hasDecimal || isAsciiLetter(t.charCodeAt(b.end)) || t[b.end] === '/') return 0;
  const num = toNumber(core.value);
  const den = toNumber(b.value);
  if (den === 0) return 0;
  const share = den === 100 ? num : Number(((num / den) * 100).toPrecision(12));
  const after = t[b.end] === ' ' ? b.end + 1 : b.end;
  if (den === 100 || t[b.end] === '的' || t[b.end] === 'の' || t.startsWith(' of ', b.end)) {
    s.emit({ start: core.start, end: b.end, value: share, unit: 'percent', bound: 'exact', note: den === 100 ? undefined : 'a fraction, as percent', coreStart: core.start, coreEnd: b.end, style: 'digits' });
    return b.end;
  }
  // an exact decimal only: halves, quarters, fifths, eighths, tenths
  let d = den;
  while (d % 2 === 0) d /= 2;
  while (d % 5 === 0) d /= 5;
  if (d !== 1 || core.hasDecimal || core.hasSep) return 0;
  if (!cjkUnitAt(s, after) && !enUnitAt(s, b.end, { ...core, style: 'digits' })) return 0;
  let value = dec(BigInt(Math.round((num / den) * 1e6)), -6);
  let start = core.start;
  // 10 1/2 miles: the whole number before it
  const last = s.out[s.out.length - 1];
  if (last && last.unit === 'number' && last.end === core.start - 1 && typeof last.value === 'number' && Number.isInteger(last.value)) {
    s.out.pop();
    value = add(value, dec(last.value));
    start = last.coreStart;
  }
  const fc: Core = { start, end: b.end, value, style: 'digits', intDigits: 1, hasSep: false, hasDecimal: true, single: false, bigScale: false };
  return tail(s, fc, start);
}
