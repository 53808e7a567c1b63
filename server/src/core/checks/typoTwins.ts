// Typo twins: a distinctive figure left over in each version whose only counterpart of
// its kind differs from it in one digit (847.6 / 847.7 billion), wherever the paragraphs
// put them; two different facts of one kind a digit apart are rare.
import { numericBase } from '../families/features';
import type { PairMatch } from './align';
import { contextSimilarity, sameCurrency, type DocumentItems, type FigureItem } from './context';
import { conceptRelation } from './counters';
import { stated } from './pairEvidence';

/** Digits of two values at a common scale: 36.9 / 36.8 -> "369" / "368". */
function digitsAtScale(x: number, y: number): [string, string] | undefined {
  for (let n = 0; n <= 6; n++) {
    const sx = x * 10 ** n;
    const sy = y * 10 ** n;
    const rx = Math.round(sx);
    const ry = Math.round(sy);
    if (Math.abs(sx - rx) < 1e-6 * Math.max(1, Math.abs(sx)) && Math.abs(sy - ry) < 1e-6 * Math.max(1, Math.abs(sy))) {
      return [String(Math.abs(rx)), String(Math.abs(ry))];
    }
  }
  return undefined;
}

/**
 * Two values that differ in one digit, or by two neighbours swapped, written with as many
 * digits at a common scale (847.6億 / 84.77 billion; not 500 / 4,500, a digit added).
 */
export function typoApart(a: FigureItem, b: FigureItem): boolean {
  if (a.dim !== b.dim || a.figure.bound !== b.figure.bound || a.dim === 'date') return false;
  const x = numericBase(a.figure);
  const y = numericBase(b.figure);
  if (x === undefined || y === undefined || x === y || x <= 0 || y <= 0) return false;
  if (a.dim === 'money' && !sameCurrency(a.figure, b.figure)) return false;
  const pair = digitsAtScale(x, y);
  if (!pair) return false;
  const [da, db] = pair;
  if (da.length !== db.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) diff.push(i);
  return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0] + 1 && da[diff[0]] === db[diff[1]] && da[diff[1]] === db[diff[0]]);
}

export function typoTwins(A: DocumentItems, B: DocumentItems, la: FigureItem[], lb: FigureItem[], confident: number): PairMatch[] {
  // Counts only of one known class (11 projects / 12个项目): 16 companies and 18 units are
  // two facts as often as one.
  const countsAlike = (a: FigureItem, b: FigureItem): boolean => {
    if (a.dim !== 'count' && a.dim !== 'rank') return true;
    const r = conceptRelation(a.concept, b.concept);
    return r === 'same' || r === 'compatible';
  };
  const ok = (a: FigureItem, b: FigureItem): boolean =>
    a.distinctive && b.distinctive && countsAlike(a, b) && typoApart(a, b) && !stated(a, B) && !stated(b, A);
  // Several twins (11 / 12 or 15 projects): the one that agrees best in what it counts and
  // in the entities around it, then the nearer value; none when that does not decide.
  const rank = (a: FigureItem, b: FigureItem): number[] => {
    const r = conceptRelation(a.concept, b.concept);
    const va = numericBase(a.figure) ?? 0;
    const vb = numericBase(b.figure) ?? 0;
    return [r === 'same' ? 2 : r === 'compatible' ? 1 : 0, contextSimilarity(a, b), -Math.abs(va - vb) / Math.max(Math.abs(va), Math.abs(vb), 1e-12)];
  };
  const better = (x: number[], y: number[]): number => { for (let i = 0; i < x.length; i++) if (Math.abs(x[i] - y[i]) > 1e-9) return x[i] - y[i]; return 0; };
  const best = (x: FigureItem, candidates: FigureItem[], flip: boolean): FigureItem | undefined => {
    let top: FigureItem | undefined;
    let topRank: number[] | undefined;
    let tie = false;
    for (const y of candidates) {
      const r = flip ? rank(y, x) : rank(x, y);
      const c = topRank ? better(r, topRank) : 1;
      if (c > 0) { top = y; topRank = r; tie = false; } else if (c === 0) tie = true;
    }
    return tie ? undefined : top;
  };
  const out: PairMatch[] = [];
  for (const a of la) {
    if (!a.distinctive) continue;
    const b = best(a, lb.filter((y) => ok(a, y)), false);
    if (!b || best(b, la.filter((x) => ok(x, b)), true) !== a) continue;
    out.push({ a, b, score: 0.5, equal: false, confidence: confident });
  }
  return out;
}
