import { numericBase, sameDate, writtenDigits } from '../families/features';
import type { Bound, Figure } from '../types';
import { dateKey, sameCurrency, type FigureItem } from './context';

/**
 * Whether two statements of one fact can both be true: the test behind a mismatch.
 * Equal values are; so are a bound and a value it allows (more than 3 billion and
 * 4.2 billion), a rounded restatement and the precise figure (约38.2亿元 and 3.82
 * billion, 近848億元 and 84.76 billion, 60%近く and 57.8 %), and a figure restated with
 * fewer digits (38亿 and 3.82 billion). Two bounds of one kind must agree on their value
 * (more than 100 billion / 1000億元超): a translator keeps the number of a bound.
 */
export function consistent(a: FigureItem, b: FigureItem): boolean {
  if (a.dim !== b.dim) return false;
  if (a.dim === 'date') return sameDate(dateKey(a), dateKey(b));
  const x = numericBase(a.figure);
  const y = numericBase(b.figure);
  if (x === undefined || y === undefined) return a.figure.value === b.figure.value;
  if (a.dim === 'money' && !sameCurrency(a.figure, b.figure)) return false;
  const ka = kind(a.figure.bound);
  const kb = kind(b.figure.bound);
  if (ka === kb && ka === 'approx') return close(x, y, Math.max(halfUnit(a.figure, x, true), halfUnit(b.figure, y, true)));
  if (ka === kb && ka !== 'exact') return close(x, y, 0);
  if (ka === 'exact' && kb === 'exact') {
    if (close(x, y, 0)) return true;
    // A restatement with fewer digits (38亿 / 3.82 billion), when it keeps at least two; counts are never rounded.
    if (a.dim === 'count' || a.dim === 'rank' || a.dim === 'year' || a.dim === 'duration') return false;
    const [coarse, fine, cv] = halfUnit(a.figure, x) >= halfUnit(b.figure, y) ? [a.figure, b.figure, x] : [b.figure, a.figure, y];
    if (significantDigits(coarse, cv) < 2 || halfUnit(coarse, cv) === halfUnit(fine, cv === x ? y : x)) return false;
    return Math.abs(x - y) < halfUnit(coarse, cv) * (1 - 1e-9);
  }
  const ra = interval(a.figure, x);
  const rb = interval(b.figure, y);
  return ra[0] <= rb[1] * (1 + EPS) && rb[0] <= ra[1] * (1 + EPS);
}

type Kind = 'exact' | 'lower' | 'upper' | 'approx';

function kind(bound: Bound): Kind {
  switch (bound) {
    case 'atLeast': case 'over': return 'lower';
    case 'atMost': case 'under': return 'upper';
    case 'approx': return 'approx';
    default: return 'exact';
  }
}

const EPS = 1e-9;

function close(x: number, y: number, tolerance: number): boolean {
  return Math.abs(x - y) <= tolerance + EPS * Math.max(Math.abs(x), Math.abs(y));
}

/** The values a statement allows (closed: "more than 3 billion" is not contradicted by "3 billion"). */
function interval(f: Figure, v: number): [number, number] {
  const h = halfUnit(f, v, true);
  switch (kind(f.bound)) {
    case 'lower': return [v, Infinity];
    case 'upper': return [-Infinity, v];
    case 'approx': return [v - Math.max(h, Math.abs(v) * APPROX_SLACK), v + Math.max(h, Math.abs(v) * APPROX_SLACK)];
    default: return [v, v];
  }
}

/** "About" a figure with all its digits written (约145个) still allows a little either side. */
const APPROX_SLACK = 0.005;

export function significantDigits(f: Figure, base: number, roundNumber = false): number {
  return writtenDigits(f, roundNumber);
}

/** Half the place value of the last written significant digit, in base units. */
export function halfUnit(f: Figure, base: number, roundNumber = false): number {
  if (base === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(base)) + 1e-12);
  return 0.5 * 10 ** (magnitude - significantDigits(f, base, roundNumber) + 1);
}
