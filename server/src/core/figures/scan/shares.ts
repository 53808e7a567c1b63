/**
 * Shares and percent: 百分之二十 / 百分の2 / 千分之四 / 三分之一 (fractions as percent),
 * tenths and their parts (三成半 = 35 %, 七成六 = 76 %, 3割8分7厘 = 38.7 %), 折 as a price
 * ratio (八折 = 80 %, 八五折 = 85 %), and the signs of negatives (-22.2%, 负3.9%, マイナス5%,
 * minus five percent).
 */
import type { Bound } from '../../types';
import { add, dec, shift, toNumber } from '../decimal';
import type { UnitEntry } from '../lexicon';
import { isAsciiLetter, isDigit, NUM_KIND, NUM_VALUE } from './chars';
import { parseNumber } from './numbers';
import type { Draft, Scan } from './state';
import { leftBound, rightBound } from './unitsAndBounds';

/** Denominators of X分之Y / X分のY, as percent per unit: 百分之 1, 千分之 0.1, 三分之 33.3… */
const FRACTION_HEADS: Record<string, number> = { '百': 2, '佰': 2, '千': 3, '仟': 3, '万': 4, '萬': 4 };

/** 百分之二十, 千分之2.4, 三分之一, 百分の2, 百分之百: a share in percent. Returns the end, or i when this is not one. */
export function atFraction(s: Scan, i: number): number {
  const t = s.t;
  let q = i;
  let denominator: number;
  let pow: number | undefined;
  if (FRACTION_HEADS[t[q]] !== undefined && t[q + 1] === '分') {
    pow = FRACTION_HEADS[t[q]];
    denominator = 10 ** pow;
    q += 2;
  } else {
    const d = parseNumber(t, q);
    if (!d.ok || !d.core || d.core.hasDecimal || t[d.core.end] !== '分') return i;
    denominator = toNumber(d.core.value);
    q = d.core.end + 1;
  }
  if (t[q] !== '之' && t[q] !== 'の' && !(t[q] !== undefined && NUM_KIND[t.charCodeAt(q)] === 1 && pow === undefined)) return i;
  const bare = t[q] !== '之' && t[q] !== 'の'; // 三分一 (Cantonese): only when nothing Han follows the number
  if (!bare) q++;
  let value: number;
  let coreEnd: number;
  let style: Draft['core']['style'] = 'cjk';
  const p = parseNumber(t, q);
  if (p.ok && p.core && p.core.style !== 'cjkseq') {
    value = toNumber(p.core.value);
    coreEnd = p.core.end;
    style = p.core.style;
  } else if (t[q] === '百' || t[q] === '佰') {
    value = 100; // 百分之百
    coreEnd = q + 1;
  } else return i;
  if (denominator <= 0 || (bare && /[\u4e00-\u9fff]/.test(t[coreEnd] ?? ''))) return i;
  const percent = pow !== undefined ? toNumber(shift(dec(Math.round(value * 1e6)), 2 - pow - 6)) : Number(((value / denominator) * 100).toPrecision(12));
  let end = coreEnd;
  let bound: Bound = 'exact';
  const rb = rightBound(s, end);
  if (rb) { bound = rb.bound; end = rb.end; }
  const lb = leftBound(s, i);
  s.emit({
    start: lb ? lb.start : i, end, value: percent, unit: 'percent', bound: lb ? lb.bound : bound,
    note: pow === 2 ? undefined : 'a fraction, as percent',
    coreStart: q, coreEnd, style,
  });
  return end;
}

/** After 成/割 or 折: halves and parts (三成半, 七成六, 3割8分7厘), and 折 in tenths or hundredths. */
export function applyShareTail(s: Scan, d: Draft, e: UnitEntry): void {
  const t = s.t;
  if (e.discount) {
    // 八折 = 80 %, 8.5折 = 85 %, 八五折 / 75折 = 75 %
    if (toNumber(d.value) < 10) d.value = shift(d.value, 1);
    return;
  }
  d.value = shift(d.value, 1);
  d.tenths = true;
  if (e.off) {
    d.value = add(dec(100), { m: -d.value.m, e: d.value.e });
    if (t[d.unitEnd] === 'き') d.unitEnd++;
    return;
  }
  let p = d.unitEnd;
  if (t[p] === '半') {
    d.value = add(d.value, dec(5));
    d.unitEnd = p + 1;
    return;
  }
  // 3割8分7厘, 七成六
  const digitAt = (q: number) => (isDigit(t.charCodeAt(q)) ? t.charCodeAt(q) - 48 : NUM_KIND[t.charCodeAt(q)] === 1 ? NUM_VALUE[t.charCodeAt(q)] : -1);
  const d1 = digitAt(p);
  if (d1 < 0) return;
  if (t[p + 1] === '分') {
    d.value = add(d.value, dec(d1));
    p += 2;
    const d2 = digitAt(p);
    if (d2 >= 0 && t[p + 1] === '厘') {
      d.value = add(d.value, dec(d2, -1));
      p += 2;
    }
    d.unitEnd = p;
  } else if (t[p - 1] === '成' && (p + 1 >= s.n || (!isDigit(t.charCodeAt(p + 1)) && NUM_KIND[t.charCodeAt(p + 1)] === 0 && !isAsciiLetter(t.charCodeAt(p + 1))))) {
    d.value = add(d.value, dec(d1));
    d.unitEnd = p + 1;
  }
}

/** A minus sign or word right before a figure: -22.2%, 负0.2千米, マイナス5%, minus five percent. Returns its start, or -1. */
export function negativeBefore(s: Scan, start: number): number {
  const t = s.t;
  const c = t[start - 1];
  if (c === '-') {
    const b = t.charCodeAt(start - 2);
    // 3-5, 5亿-10亿元, 30%-40%: a dash between two numbers joins a range, it is no minus sign
    if (start >= 2 && (isDigit(b) || isAsciiLetter(b) || b === 41 /* ) */ || b === 37 /* % */ || NUM_KIND[b] !== 0 || t[start - 2] === '元')) return -1;
    return start - 1;
  }
  if (c === '负' || c === '負') return start - 1;
  if (t.startsWith('マイナス', start - 4)) return start - 4;
  if (t.startsWith('minus ', start - 6) && !isAsciiLetter(t.charCodeAt(start - 7))) return start - 6;
  return -1;
}
