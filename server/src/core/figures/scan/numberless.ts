/**
 * Figures written without a numeral: magnitudes (百亿级, 千亿级, 万亿级, 超千亿, 亿元以上),
 * halves (一半, 半年, 半成, 半折, 対折) and their English kin (half, a decade) are in
 * englishWords.ts. Each is a quantity with a bound; a magnitude (级) is approximate.
 */
import type { Bound, Unit } from '../../types';
import { isDigit, isHan, NUM_KIND } from './chars';
import type { Scan } from './state';
import { moneyCueBefore } from './money';
import { leftBound, rightBound } from './unitsAndBounds';
import { CJK_UNITS } from '../lexicon';

export const NUMBERLESS_FIRST = new Set(['百', '千', '万', '萬', '亿', '億', '半', '一', '对', '對']);

const MAGNITUDE_HEAD: Record<string, number> = { '百': 2, '千': 3 };
const BIG: Record<string, number> = { '亿': 8, '億': 8, '万亿': 12, '万億': 12, '萬億': 12 };

/** Halves written as words: value, unit, and how sure the reading is. */
const HALVES: Record<string, { value: number; unit: Unit; bound: Bound; note: string }> = {
  '一半': { value: 50, unit: 'percent', bound: 'approx', note: 'half' },
  '半年': { value: 0.5, unit: 'year-duration', bound: 'exact', note: 'half a year' },
  '半成': { value: 5, unit: 'percent', bound: 'exact', note: 'half a tenth (半成)' },
  '半折': { value: 50, unit: 'percent', bound: 'exact', note: 'a price ratio (折)' },
  '对折': { value: 50, unit: 'percent', bound: 'exact', note: 'a price ratio (折)' },
  '對折': { value: 50, unit: 'percent', bound: 'exact', note: 'a price ratio (折)' },
  '半額': { value: 50, unit: 'percent', bound: 'exact', note: 'half price' },
};

export function atCjkNumberless(s: Scan, i: number): number {
  const t = s.t;
  if ((t[i] === '一' || t[i] === '对' || t[i] === '對') && t[i + 1] !== '半' && t[i + 1] !== '折') return i;
  const prev = t.charCodeAt(i - 1);
  if (isDigit(prev) || (prev >= 0x3000 && NUM_KIND[prev] !== 0)) return i;
  const two = t.slice(i, i + 2);
  const half = HALVES[two];
  if (half) {
    if (two === '半年' && (t[i - 1] === '上' || t[i - 1] === '下' || t[i + 2] === '度')) return i; // 上半年: the first half of a year
    if (two === '对折' || two === '對折' ? t[i - 1] !== '打' : false) return i; // 对折 alone also means folding in half
    const lb = leftBound(s, i);
    s.emit({
      start: lb ? lb.start : i, end: i + 2, value: half.value, unit: half.unit, bound: lb ? lb.bound : half.bound, note: half.note,
      coreStart: i, coreEnd: i + 2, style: 'cjk',
    });
    return i + 2;
  }
  return roundCount(s, i) || magnitude(s, i);
}

const ROUND: Record<string, number> = { '百': 100, '千': 1000, '万': 10000, '萬': 10000 };
const ROUND_CLASSIFIERS = '家名人个個项項间間位座所条條台辆輛栋棟场場';
/** Lengths and areas a round 百/千 may measure (longest first). */
const ROUND_MEASURES = ['平方公里', '平方米', '公里', '千米', '公顷', '公頃', '亩', '畝'];
const ROUND_BEFORE: Record<string, Bound> = { '逾': 'over', '超': 'over', '上': 'over', '近': 'approx', '约': 'approx', '約': 'approx' };

/**
 * 逾千名观众, 近百家企业, 百余家, 上千个项目, 不足百公里: 百/千/万 alone as the number of a count
 * or a measure, with a bound before or 余/多 after (千家万户, 百家争鸣, 千人计划 have neither:
 * idioms and names); 百项 needs none (no idiom counts 项).
 */
function isHanAt(t: string, i: number): boolean {
  return isHan(t.charCodeAt(i));
}

function roundCount(s: Scan, i: number): number {
  const t = s.t;
  const value = ROUND[t[i]];
  if (value === undefined) return 0;
  let q = i + 1;
  let bound: Bound | undefined;
  if (t[q] === '余' || t[q] === '餘' || t[q] === '多') { bound = 'over'; q++; }
  const cls = t[q];
  const measure = ROUND_MEASURES.find((w) => t.startsWith(w, q));
  if (!measure && (cls === undefined || !ROUND_CLASSIFIERS.includes(cls))) return 0;
  let start = i;
  if (!bound) {
    const lb = leftBound(s, i);
    const before = ROUND_BEFORE[t[i - 1] ?? ''];
    if (lb) { bound = lb.bound; start = lb.start; } else if (before) { bound = before; start = i - 1; }
    else if (!measure && (cls === '项' || cls === '項') && i + 2 < t.length && !ROUND[t[i - 1] ?? ''] && isHanAt(t, q + 1)) bound = 'exact'; // 百项重点工程: no idiom counts 项
    else return 0;
  }
  if (measure) {
    // 不足百公里, 近千亩: a round length or area
    const end = q + measure.length;
    s.emit({ start, end, value, unit: CJK_UNITS[measure].unit, bound, note: `${t[i]} as a round number`, coreStart: i, coreEnd: end, style: 'cjk' });
    return end;
  }
  s.emit({ start, end: q + 1, value, unit: 'count', bound, counted: cls, note: `${t[i]} as a round number`, coreStart: i, coreEnd: q + 1, style: 'cjk' });
  return q + 1;
}

/** 百亿级, 千亿级, 万亿级, 超千亿, 亿元以上: a power of ten with a bound. */
function magnitude(s: Scan, i: number): number {
  const t = s.t;
  let q = i;
  let pow = 0;
  if (MAGNITUDE_HEAD[t[q]] !== undefined) { pow = MAGNITUDE_HEAD[t[q]]; q++; }
  const big = BIG[t.slice(q, q + 2)] !== undefined ? t.slice(q, q + 2) : BIG[t[q]] !== undefined ? t[q] : '';
  if (!big) return i;
  pow += BIG[big];
  q += big.length;
  let unit: Unit = 'number';
  let bound: Bound | undefined;
  let note = 'a magnitude without a numeral';
  if (t[q] === '元') { unit = s.opts.yuan ?? 'CNY'; q++; }
  if (t[q] === '级' || t[q] === '級') {
    // 百亿级项目: a project of the order of ten billion (yuan)
    if (unit === 'number') unit = s.opts.yuan ?? 'CNY';
    bound = 'approx';
    note = 'an order of magnitude (级)';
    q++;
  }
  const rb = rightBound(s, q);
  if (rb && !bound) { bound = rb.bound; q = rb.end; }
  const lb = leftBound(s, i);
  if (unit === 'number' && moneyCueBefore(t, lb ? lb.start : i)) unit = s.ja ? 'JPY' : s.opts.yuan ?? 'CNY'; // 投资额超百亿
  if (!bound && !lb) return i;
  if (!bound && unit === 'number' && lb?.bound === 'approx') return i; // 近亿: too vague
  s.emit({
    start: lb ? lb.start : i, end: q, value: 10 ** pow, unit, bound: lb ? lb.bound : bound ?? 'exact', note,
    coreStart: i, coreEnd: q, style: 'cjk',
  });
  return q;
}
