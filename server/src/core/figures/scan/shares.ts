/** Shares and percent: 百分之二十 (the percent words after a number are units; see lexicon). */
import type { Bound } from '../../types';
import { toNumber } from '../decimal';
import { parseNumber } from './numbers';
import type { Scan } from './state';
import { leftBound, rightBound } from './unitsAndBounds';

/** 百分之二十, 百分之20 */
export function atBaiFenZhi(s: Scan, i: number): number {
  const t = s.t;
  const q = i + 3;
  const p = parseNumber(t, q);
  if (!p.ok || !p.core || p.core.style === 'cjkseq') return i;
  let end = p.core.end;
  let bound: Bound = 'exact';
  const rb = rightBound(s, end);
  if (rb) { bound = rb.bound; end = rb.end; }
  const lb = leftBound(s, i);
  s.emit({
    start: lb ? lb.start : i, end, value: toNumber(p.core.value), unit: 'percent', bound: lb ? lb.bound : bound,
    coreStart: q, coreEnd: p.core.end, style: p.core.style,
  });
  return end;
}
