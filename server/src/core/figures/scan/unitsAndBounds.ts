/**
 * Units and bounds: the unit word after a number (平方キロ, 公里, square kilometers, %),
 * bound words on either side (約, 以上, more than, or more) and "the past" prefixes of a
 * duration (過去3年間).
 */
import type { Bound } from '../../types';
import {
  CJK_LEFT_BOUNDS, CJK_PAST_PREFIXES, CJK_RIGHT_BOUND_NOT_BEFORE, CJK_RIGHT_BOUNDS, CJK_UNITS, EN_LEFT_BOUNDS,
  EN_RIGHT_BOUNDS, EN_UNITS, UnitEntry,
} from '../lexicon';
import { isAsciiLetter, isDigit, NUM_KIND, wordEnd } from './chars';
import type { Core, Scan } from './state';

const CJK_LEFT_MAX = Math.max(...Object.keys(CJK_LEFT_BOUNDS).map((k) => k.length));
const CJK_RIGHT_MAX = Math.max(...Object.keys(CJK_RIGHT_BOUNDS).map((k) => k.length));
// unit words by their first character, longest first: matched with startsWith, no substrings
const CJK_UNITS_BY_FIRST = new Map<string, string[]>();
for (const w of Object.keys(CJK_UNITS).sort((a, b) => b.length - a.length)) {
  const list = CJK_UNITS_BY_FIRST.get(w[0]) ?? [];
  list.push(w);
  CJK_UNITS_BY_FIRST.set(w[0], list);
}
const CJK_RIGHT_FIRST = new Set(Object.keys(CJK_RIGHT_BOUNDS).map((k) => k[0]));
const CJK_LEFT_LAST = new Set(Object.keys(CJK_LEFT_BOUNDS).map((k) => k[k.length - 1]));

const SHARE_CUES_BEFORE = ['约', '約', '超过', '超過', '逾', '近', '其中', '当中', '當中', '占', '佔', '不到', '不足'];

/**
 * 其中超过五成为研发人员, 當中約三成為初創: 成 then 为 is a share that "is" something after a
 * bound or 其中 (五成为 alone could be 成为, to become).
 */
function shareBecomes(t: string, w: string, after: string, q: number): boolean {
  if (w !== '成' || (after !== '为' && after !== '為')) return false;
  let k = q - 1;
  while (k >= 0 && (NUM_KIND[t.charCodeAt(k)] !== 0 || isDigit(t.charCodeAt(k)) || t[k] === '.')) k--;
  if (k === q - 1) return false;
  const before = t.slice(Math.max(0, k - 1), k + 1);
  return SHARE_CUES_BEFORE.some((c) => before.endsWith(c));
}

export function cjkUnitAt(sc: Scan, q: number): { entry: UnitEntry; end: number; word: string } | undefined {
  const t = sc.t;
  const words = CJK_UNITS_BY_FIRST.get(t[q]);
  if (!words) return undefined;
  for (const w of words) {
    if (!t.startsWith(w, q)) continue;
    const e = CJK_UNITS[w];
    const L = w.length;
    const after = t[q + L];
    if (after !== undefined && e.notBefore && e.notBefore.includes(after) && !shareBecomes(t, w, after, q)) continue;
    if (isAsciiLetter(w.charCodeAt(w.length - 1)) && isAsciiLetter(t.charCodeAt(q + L))) continue;
    return { entry: e, end: q + L, word: w };
  }
  return undefined;
}

/** English units after a number: "28 kilometers", "91-square-kilometer", "5km", "three-year". */
export function enUnitAt(s: Scan, p: number, core: Core): { entry: UnitEntry; end: number; word: string } | undefined {
  const t = s.t;
  let q = p;
  const sepc = t.charCodeAt(q);
  if (sepc === 32 || sepc === 45) q++;
  if (!isAsciiLetter(t.charCodeAt(q))) return undefined;
  if (sepc !== 32 && sepc !== 45 && core.style !== 'digits' && core.style !== 'mixed') return undefined;
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
    if ((w === 'U' || w === 'u') && t.startsWith('.S.', we)) { w = 'u.s.'; e2 = we + 3; }
    words.push(w.toLowerCase());
    ends.push(e2);
    const sc = t.charCodeAt(e2);
    if ((sc === 32 || sc === 45) && isAsciiLetter(t.charCodeAt(e2 + 1))) r = e2 + 1;
    else if (w === 'sq.' && isAsciiLetter(sc)) r = e2; // sq.ft: read as sq. ft
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

// 50億元規模(のプロジェクト)が2件: a size class things are counted in, not an estimate
const SIZE_CLASS_AFTER = /^(?:の[^、。,]{1,8})?[がは有]\s*[0-9一二三四五六七八九十两兩]/;

const SPREAD_VERBS = /\b(spread|spreads|spreading|stretch|stretches|stretching|extends?|extending|sprawls?|sprawling)\s+$/i;
const MIN_MAX_OF = /\b(minimum|maximum)\s+(?:[a-z-]+\s+){0,4}of\s*$/i;

const MARGIN_OBJECT_BEFORE = /を\s?[0-9０-９一二三四五六七八九十〇.,・]+[^、。,を]*$/;

export function rightBound(s: Scan, p: number): { bound: Bound; end: number } | undefined {
  const t = s.t;
  const c = t.charCodeAt(p);
  if (c >= 0x3000) {
    if (!CJK_RIGHT_FIRST.has(t[p])) return undefined;
    for (let L = Math.min(CJK_RIGHT_MAX, s.n - p); L >= 1; L--) {
      const w = t.substr(p, L);
      const b = CJK_RIGHT_BOUNDS[w];
      if (!b) continue;
      const nb = CJK_RIGHT_BOUND_NOT_BEFORE[w];
      if (nb && t[p + L] !== undefined && nb.includes(t[p + L])) continue;
      if ((w === '規模' || w === '规模') && SIZE_CLASS_AFTER.test(t.slice(p + L, p + L + 14))) return undefined;
      // 全省平均を1.2ポイント上回った: the figure is the margin over what を marks, not a floor
      if (w.startsWith('上回') && MARGIN_OBJECT_BEFORE.test(t.slice(Math.max(0, p - 16), p))) return undefined;
      return { bound: b, end: p + L };
    }
    return undefined;
  }
  // 1,000-acre-plus sites: at least
  if (c === 45 && t.slice(p + 1, p + 5).toLowerCase() === 'plus' && !isAsciiLetter(t.charCodeAt(p + 5))) return { bound: 'atLeast', end: p + 5 };
  if (c === 32 && isAsciiLetter(t.charCodeAt(p + 1))) {
    const e1 = wordEnd(t, p + 1);
    const w1 = t.slice(p + 1, e1).toLowerCase();
    if (w1 === 'plus' && EN_RIGHT_BOUNDS[w1]) return { bound: EN_RIGHT_BOUNDS[w1], end: e1 };
    if (t[e1] === ' ') {
      const e2 = wordEnd(t, e1 + 1);
      const w2 = `${w1} ${t.slice(e1 + 1, e2).toLowerCase()}`;
      if (EN_RIGHT_BOUNDS[w2] && !isAsciiLetter(t.charCodeAt(e2))) return { bound: EN_RIGHT_BOUNDS[w2], end: e2 };
      // at the earliest, at the latest
      if (t[e2] === ' ') {
        const e3 = wordEnd(t, e2 + 1);
        const w3 = `${w2} ${t.slice(e2 + 1, e3).toLowerCase()}`;
        if (EN_RIGHT_BOUNDS[w3] && !isAsciiLetter(t.charCodeAt(e3))) return { bound: EN_RIGHT_BOUNDS[w3], end: e3 };
      }
    }
  }
  return undefined;
}

export function leftBound(sc: Scan, start: number): { bound: Bound; start: number } | undefined {
  const t = sc.t;
  let s = start;
  if (t[s - 1] === ' ') s--;
  const c = t.charCodeAt(s - 1);
  if (c >= 0x3000) {
    if (!CJK_LEFT_LAST.has(t[s - 1])) return verbAfterLimit(t, s);
    for (let L = Math.min(CJK_LEFT_MAX, s); L >= 1; L--) {
      const w = t.substr(s - L, L);
      const b = CJK_LEFT_BOUNDS[w];
      if (!b) continue;
      if (w === '近' && s - 2 >= 0 && '附靠最亲親'.includes(t[s - 2])) continue;
      // 签约, 合約, 预约: 约 ends a word there, it is not "about"
      if ((w === '约' || w === '約') && s - 2 >= 0 && '签簽契合预預公条條邀节節制违違履续續守'.includes(t[s - 2])) continue;
      if (w === '超' && t[s - 2] === '超') continue;
      return { bound: b, start: s - L };
    }
    return verbAfterLimit(t, s);
  }
  if (isAsciiLetter(c) || c === 46) {
    // up to three words back; more than a dozen, nearly a hundred: past the article of a number word
    const ws: { w: string; s: number }[] = [];
    let e = s;
    const article = /(?:^|[^A-Za-z])(an?) $/.exec(t.slice(Math.max(0, s - 4), start));
    if (article && A_NUMBER_WORD.test(t.slice(start, start + 9))) e = start - article[1].length - 2;
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
        // spread over 20 acres, stretching over 3 km: "over" is where, not how much
        if (phrase === 'over' && SPREAD_VERBS.test(t.slice(Math.max(0, a - 14), a))) continue;
        return { bound: b, start: a };
      }
    }
    // a minimum plot size of 5,000 sq m: the bound word heads the noun phrase; the span stays the figure's
    if (ws.length && ws[ws.length - 1].w === 'of') {
      const before = t.slice(Math.max(0, s - 48), s);
      const m = before.includes('imum') ? MIN_MAX_OF.exec(before) : null;
      if (m) return { bound: m[1].toLowerCase() === 'minimum' ? 'atLeast' : 'atMost', start };
    }
  }
  return undefined;
}

/** 最高可获得500万元, 最多節省75萬元, 至少投资1亿元: a limit word, then the verb of the amount. */
function verbAfterLimit(t: string, s: number): { bound: Bound; start: number } | undefined {
  for (const v of LIMIT_VERBS) {
    if (s < v.length || !t.startsWith(v, s - v.length)) continue;
    const e = s - v.length;
    for (const [w, bound] of LIMIT_WORDS) if (e >= w.length && t.startsWith(w, e - w.length)) return { bound, start: e - w.length };
    return undefined;
  }
  return undefined;
}
const LIMIT_VERBS = [
  '可获得', '可獲得', '可享受', '可获', '可獲', '可达', '可達', '可享', '获得', '獲得', '给予', '給予', '补助', '補助', '补贴', '補貼',
  '奖励', '獎勵', '资助', '資助', '节省', '節省', '扶持', '投资', '投資', '可', '达', '達', '获', '獲',
].sort((a, b) => b.length - a.length);
const LIMIT_WORDS: [string, Bound][] = [
  ['最高', 'atMost'], ['最多', 'atMost'], ['不超过', 'atMost'], ['不超過', 'atMost'], ['至少', 'atLeast'], ['最低', 'atLeast'],
  ['不低于', 'atLeast'], ['不低於', 'atLeast'], ['不少于', 'atLeast'], ['不少於', 'atLeast'],
];

const A_NUMBER_WORD = /^(dozen|hundred|thousand|million|billion)\b/i;

export function pastPrefix(sc: Scan, start: number): number {
  const t = sc.t;
  let s = start;
  if (t[s - 1] === ' ') s--;
  for (const w of CJK_PAST_PREFIXES) {
    if (s >= w.length && t.startsWith(w, s - w.length)) return s - w.length;
  }
  return -1;
}
