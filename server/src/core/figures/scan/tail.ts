/**
 * The common tail of a figure: after the number core, read a scale (billion, 多万), the
 * unit or classifier, a currency before the number, the counted noun, and the bound
 * words on either side; then decide whether a number with no unit is a figure at all.
 * Each step is its own function; a step returns a position when the scan must stop there.
 */
import { add, dec, isInteger, shift, toNumber } from '../decimal';
import { CJK_BIG_SCALES, CJK_SMALL_SCALES, EN_SCALES, EN_YEAR_CUES } from '../lexicon';
import { isAsciiLetter, isCjkScale, isDigit, skipSpaceBack, wordEnd } from './chars';
import { countWithoutClassifier, countedAfter } from './counters';
import { applyMoneyPrefix } from './money';
import type { Core, Draft, Scan } from './state';
import { cjkUnitAt, enUnitAt, leftBound, pastPrefix, rightBound } from './unitsAndBounds';

const STOP_NONE = -1;

export function tail(s: Scan, core: Core, i: number, opts: { top?: number } = {}): number {
  void i;
  const d: Draft = {
    core, value: core.value, p: core.end, start: core.start, unitEnd: core.end, unitWord: '', bound: 'exact',
    boundFromRight: false, hasScale: core.bigScale, tenths: false,
  };
  let stop = scaleAfter(s, d);
  if (stop !== STOP_NONE) return stop;
  stop = suffixAfterDigits(s, d);
  if (stop !== STOP_NONE) return stop;
  stop = applyUnit(s, d);
  if (stop !== STOP_NONE) return stop;
  // a lone 一 with a classifier is the article "a" (一个地方, 一家企业)
  if (core.single && core.style === 'cjk' && toNumber(core.value) === 1 && !(d.unitEntry && d.unitEntry.kind === 'percent')) return core.end;
  applyMoneyPrefix(s, d);
  countWithoutClassifier(s, d, opts.top);
  return finish(s, d);
}

/** 50多万 / 300余人 (多/余 between the number and its scale or classifier), then English scale words and the unit. */
function scaleAfter(s: Scan, d: Draft): number {
  const t = s.t;
  const core = d.core;
  const cjkCore = core.style === 'cjk' || core.style === 'mixed';
  let midBound = false;
  if ((t[d.p] === '多' || t[d.p] === '余') && !core.hasDecimal) {
    let q = d.p + 1;
    if (t[d.p] === '余' && t[q] === 'り') q++;
    const sc = t[q];
    if (sc in CJK_BIG_SCALES || (sc in CJK_SMALL_SCALES && !isCjkScale(t[q - 2] ?? ''))) {
      d.value = shift(d.value, sc in CJK_BIG_SCALES ? CJK_BIG_SCALES[sc] : CJK_SMALL_SCALES[sc]);
      d.hasScale = true;
      d.p = q + 1;
      midBound = true;
    } else if (cjkUnitAt(s, q)) {
      d.p = q;
      midBound = true;
    }
  }
  // English scale words: 52.2 billion, 1.2 million, 3 thousand; 52.2bn
  if (!cjkCore && !midBound) {
    let q = d.p;
    if (t[q] === ' ') q++;
    if (isAsciiLetter(t.charCodeAt(q))) {
      const we = wordEnd(t, q);
      const w = t.slice(q, we).toLowerCase();
      const pw = EN_SCALES[w];
      if (pw !== undefined && (w !== 'hundred' || core.style === 'words' || core.intDigits <= 2)) {
        d.value = shift(d.value, pw);
        d.scaleWord = { start: q, end: we, pow: pw };
        d.hasScale = true;
        d.p = we;
      }
    }
  }
  // the unit
  d.unitEnd = d.p;
  let q = d.p;
  if (t[q] === ' ' && !cjkCore && (t.charCodeAt(q + 1) >= 0x3000)) q++;
  const u = cjkUnitAt(s, q) ?? enUnitAt(s, d.p, core);
  if (u) {
    d.unitEntry = u.entry;
    d.unitEnd = u.end;
    d.unitWord = u.word;
  }
  if (midBound) {
    if (!d.unitEntry && !d.hasScale) return core.end; // 3多 without anything after it
    d.bound = 'over';
    d.boundFromRight = true;
  }
  return STOP_NONE;
}

/** After ASCII digits with no unit: a rank suffix (14th), computing power (200P), or a code (5G, 3D). */
function suffixAfterDigits(s: Scan, d: Draft): number {
  const t = s.t;
  if (d.unitEntry || d.core.style !== 'digits' || !isAsciiLetter(t.charCodeAt(d.p))) return STOP_NONE;
  const we = wordEnd(t, d.p);
  const w = t.slice(d.p, we).toLowerCase();
  if ((w === 'st' || w === 'nd' || w === 'rd' || w === 'th') && isInteger(d.value) && !d.core.hasSep) {
    d.unit = 'rank';
    d.unitEnd = we;
  } else if (w === 'p' && t[d.p] === 'P') {
    d.unit = 'pflops';
    d.unitEnd = we;
  } else {
    return s.skipToken(d.p);
  }
  return STOP_NONE;
}

/** What the unit word means: its unit and scale, tenths (7割), a counted noun, a year (2025年度). */
function applyUnit(s: Scan, d: Draft): number {
  const e = d.unitEntry;
  if (!e) return STOP_NONE;
  const t = s.t;
  const core = d.core;
  d.unit = e.unit;
  d.note = e.note;
  if (e.pow) d.value = shift(d.value, e.pow);
  if (e.tenths) {
    d.value = shift(d.value, 1);
    d.tenths = true;
    // 3割5分
    if (t[d.unitEnd] && isDigit(t.charCodeAt(d.unitEnd)) && t[d.unitEnd + 1] === '分') {
      d.value = add(d.value, dec(t.charCodeAt(d.unitEnd) - 48));
      d.unitEnd += 2;
    }
  }
  if (e.kind === 'count') {
    d.counted = e.counted;
    if (e.generic) d.counted = countedAfter(s, d.unitEnd, d.counted);
    if (s.ja && d.unitWord === '位') d.unit = 'rank';
  }
  const fourDigitYear = () => {
    const v = toNumber(d.value);
    return core.intDigits === 4 && v >= 1000 && v <= 2999;
  };
  if (e.kind === 'duration' && d.unitWord === '年' && !core.hasDecimal && fourDigitYear()) d.unit = 'year';
  if (e.kind === 'year' && !fourDigitYear()) return d.unitEnd;
  if (e.unit === 'CNY' && e.kind === 'money') {
    // 亿元人民币
    for (const tailWord of ['人民币', '人民幣']) {
      if (t.startsWith(tailWord, d.unitEnd)) d.unitEnd += tailWord.length;
    }
  }
  return STOP_NONE;
}

/** Bounds on either side; a number with no unit is a year, a bare number, or nothing. */
function finish(s: Scan, d: Draft): number {
  const t = s.t;
  const core = d.core;
  const rb = rightBound(s, d.unitEnd);
  let end = d.unitEnd;
  if (rb && !d.boundFromRight) {
    d.bound = rb.bound;
    end = rb.end;
  }
  if (!d.unit) {
    const v = toNumber(d.value);
    const lbPeek = leftBound(s, d.start);
    if (core.style === 'digits' && !core.hasSep && !core.hasDecimal && core.intDigits === 4 && v >= 1900 && v <= 2099 && !d.scaleWord && !rb) {
      const cue = s.wordBefore(skipSpaceBack(t, core.start)).toLowerCase();
      d.unit = 'year';
      if (!EN_YEAR_CUES.has(cue)) {
        d.confidence = 0.8;
        d.note = 'bare four-digit number read as a year';
      }
    } else if (d.hasScale || core.hasSep || core.hasDecimal || (rb && core.style !== 'cjk') || (lbPeek && core.style === 'digits')) {
      d.unit = 'number';
      d.confidence = 0.6;
      d.note = 'number without a unit';
    } else {
      return Math.max(end, core.end);
    }
  }
  // left bound (or "past" prefix of a duration)
  let lb = leftBound(s, d.start);
  if (d.unit === 'year-duration') {
    const past = pastPrefix(s, d.start);
    if (past >= 0) {
      d.start = past;
      lb = undefined;
    }
  }
  if (lb && !(d.unit === 'year' || d.unit === 'date' || d.unit === 'rank')) {
    if (d.bound === 'exact') d.bound = lb.bound;
    d.start = lb.start;
  }
  s.emit({
    start: d.start, end, value: toNumber(d.value), unit: d.unit, bound: d.bound, counted: d.counted, note: d.note,
    confidence: d.confidence, coreStart: core.start, coreEnd: core.end, style: core.style, scaleWord: d.scaleWord,
    tenths: d.tenths || undefined,
  });
  return Math.max(end, core.end);
}
