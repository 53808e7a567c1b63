/** Money: currency words and symbols written before the number (RMB 52.2 billion, $1.2 million, ￥500万). */
import type { Unit } from '../../types';
import { MONEY_PREFIXES } from '../lexicon';
import { isAsciiLetter } from './chars';
import type { Draft, Scan } from './state';

export function moneyPrefix(sc: Scan, start: number): { unit: Unit; start: number; note?: string } | undefined {
  const t = sc.t;
  let s = start;
  const sym = t[s - 1];
  if (sym === '$' || sym === '¥' || sym === '￥') {
    let a = s - 1;
    while (a > 0 && isAsciiLetter(t.charCodeAt(a - 1)) && s - a < 5) a--;
    const w = t.slice(a, s);
    if (MONEY_PREFIXES[w]) {
      const u = MONEY_PREFIXES[w];
      if (w === '¥' || w === '￥') {
        return sc.ja ? { unit: 'JPY', start: a, note: '¥ read as yen' } : { unit: 'CNY', start: a, note: '¥ read as yuan' };
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

/** A currency before the number gives a bare number its unit, and widens the span of money. */
export function applyMoneyPrefix(s: Scan, d: Draft): void {
  const mp = moneyPrefix(s, d.core.start);
  if (!mp) return;
  if (!d.unit || d.unit === 'number') {
    d.unit = mp.unit;
    d.start = mp.start;
    if (mp.note) d.note = mp.note;
  } else if (d.unitEntry && d.unitEntry.kind === 'money') {
    d.start = mp.start;
  }
}
