/** Dimensions and normalisation: 0.5 km² = 500,000 m²; 5.6 km = 5,600 m; money per currency. */
import type { Figure, Unit } from '../types';

export type Dimension = 'area' | 'length' | 'money' | 'percent' | 'count' | 'rank' | 'date' | 'year' | 'duration' | 'compute' | 'number';

const DIMENSION: Record<Unit, Dimension> = {
  km2: 'area', m2: 'area', ha: 'area', mu: 'area', mi2: 'area', ft2: 'area', acre: 'area', tsubo: 'area',
  km: 'length', m: 'length', mi: 'length', ft: 'length',
  CNY: 'money', JPY: 'money', USD: 'money', HKD: 'money', TWD: 'money', KRW: 'money', SGD: 'money', EUR: 'money',
  INR: 'money', GBP: 'money',
  percent: 'percent', count: 'count', rank: 'rank', date: 'date', year: 'year',
  'year-duration': 'duration', pflops: 'compute', number: 'number',
};

/**
 * Size of one unit in the dimension's base unit (m², m, PFLOPS ...). Imperial units by
 * their exact definitions: 1 ft = 0.3048 m, 1 mi = 1609.344 m, 1 acre = 4046.8564224 m²;
 * 1 坪 = 400/121 m² (6 shaku squared, by the 1891 definition).
 */
export const UNIT_FACTOR: Record<Unit, number> = {
  km2: 1e6, m2: 1, ha: 1e4, mu: 10000 / 15, mi2: 2589988.110336, ft2: 0.09290304, acre: 4046.8564224, tsubo: 400 / 121,
  km: 1000, m: 1, mi: 1609.344, ft: 0.3048,
  CNY: 1, JPY: 1, USD: 1, HKD: 1, TWD: 1, KRW: 1, SGD: 1, EUR: 1, INR: 1, GBP: 1,
  percent: 1, count: 1, rank: 1, date: 1, year: 1, 'year-duration': 1, pflops: 1, number: 1,
};

export function dimensionOf(unit: Unit): Dimension {
  return DIMENSION[unit] ?? 'number';
}

/** Rounds away binary noise (7.2 × 10^6 = 7200000.000000001). */
export function clean(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  return Number(x.toPrecision(15));
}

/**
 * The value in the dimension's base unit: areas in m², lengths in m, money in the
 * amount of its own currency, dates as "YYYY-MM-DD" strings, everything else as is.
 */
export function baseValue(f: Figure): number | string {
  if (typeof f.value === 'string') return f.value;
  return clean(f.value * (UNIT_FACTOR[f.unit] ?? 1));
}

const APPROX_TOLERANCE = 0.05;
const EXACT_TOLERANCE = 1e-9;

/**
 * Do two figures state the same quantity after normalisation? Units are compared by
 * dimension (平方千米 = 平方公里 = km²); money only within one currency; a bare number
 * matches any numeric figure of the same value (50万 = 500,000). When either bound is
 * approx the values may differ by up to 5 % (0.5 vs 0.52). Other bound words are not
 * compared here (7割以上 and "more than 70 %" are the same quantity).
 */
export function sameQuantity(a: Figure, b: Figure): boolean {
  const da = dimensionOf(a.unit);
  const db = dimensionOf(b.unit);
  if (da === 'date' || db === 'date') {
    if (da !== db) return false;
    return sameDate(String(a.value), String(b.value));
  }
  if (da !== db && da !== 'number' && db !== 'number') return false;
  if (da === 'money' && db === 'money' && a.unit !== b.unit) return false;
  const x = baseValue(a);
  const y = baseValue(b);
  if (typeof x !== 'number' || typeof y !== 'number') return x === y;
  const tol = a.bound === 'approx' || b.bound === 'approx' ? APPROX_TOLERANCE : EXACT_TOLERANCE;
  const scale = Math.max(Math.abs(x), Math.abs(y));
  return Math.abs(x - y) <= tol * scale;
}

/** "2026-02-24" = "--02-24" = "---24" (a date without a year matches any year, a bare day any month). */
function sameDate(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('---') && b.length >= 7) return b.endsWith(a.slice(2));
  if (b.startsWith('---') && a.length >= 7) return a.endsWith(b.slice(2));
  if (a.startsWith('--') && b.length === 10) return b.endsWith(a.slice(1));
  if (b.startsWith('--') && a.length === 10) return a.endsWith(b.slice(1));
  return false;
}
