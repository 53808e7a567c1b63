/**
 * Money: currency words and symbols before the number (RMB 52.2 billion, $ 70, HK$1.95,
 * Rs 825.53 crore, ￥500万), currency symbols after it (10 €), subunits after the amount
 * (3 dollars 50 cents, 五元三角, 2222円13銭), and the document's own yuan and dollar (a bare
 * 元 in a Taiwan release is NT$, a bare $ in a Singapore release S$: ScanOptions).
 */
import type { Unit } from '../../types';
import { add, shift, toNumber, type Dec } from '../decimal';
import { MONEY_PREFIXES } from '../lexicon';
import { isAsciiLetter, isDigit, wordEnd } from './chars';
import { readWordNumber } from './englishWords';
import { parseNumber } from './numbers';
import type { Draft, Scan } from './state';

const SYMBOLS = '$¥€£₹₩';

/**
 * 投资额超百亿, 科技園斥60億, 研究費20.7兆: a word of money just before an amount written
 * without 元/円 makes it an amount of the document's currency (a bare 60億 elsewhere stays a number).
 */
const MONEY_CUE_BEFORE = /(投资额?|投資額?|资金|資金|金额|金額|撥款|拨款|预算|預算|予算|营收|營收|营业额|營業額|売上高|斥资|斥資|斥|融资|融資|費|费)(達|达|為|为|約|约|超|逾|近|共|合计|合計|は|は約)?$/;
export function moneyCueBefore(t: string, start: number): boolean {
  return MONEY_CUE_BEFORE.test(t.slice(Math.max(0, start - 6), start));
}
const CJK_PREFIX_UNITS: Record<string, Unit> = {
  '新台幣': 'TWD', '新臺幣': 'TWD', '新台币': 'TWD', '人民幣': 'CNY', '人民币': 'CNY', '港幣': 'HKD', '港币': 'HKD', '美金': 'USD',
};
const CJK_PREFIXES = Object.keys(CJK_PREFIX_UNITS);

export function moneyPrefix(sc: Scan, start: number): { unit: Unit; start: number; note?: string } | undefined {
  const t = sc.t;
  let s = start;
  if (t[s - 1] === ' ' && s >= 2 && (SYMBOLS.includes(t[s - 2]) || isAsciiLetter(t.charCodeAt(s - 2)) || t[s - 2] === '.')) s--; // $ 70, RMB 52.2
  const sym = t[s - 1];
  if (sym !== undefined && SYMBOLS.includes(sym)) {
    // letters before the symbol: HK$, S$, NT$, US$, U.S.$, RMB¥, "hk $"
    let b = s - 1;
    if (t[b - 1] === ' ' && isAsciiLetter(t.charCodeAt(b - 2)) && isAsciiLetter(t.charCodeAt(b - 3))) b--; // "hk $", not "'s $"
    let a = b;
    while (a > 0 && (isAsciiLetter(t.charCodeAt(a - 1)) || (t[a - 1] === '.' && a < b)) && b - a < 5) a--;
    if (a < b && !isAsciiLetter(t.charCodeAt(a - 1))) {
      const u = MONEY_PREFIXES[t.slice(a, b).toUpperCase() + sym] ?? MONEY_PREFIXES[t.slice(a, b).toUpperCase().replace(/\./g, '') + sym];
      if (u) return { unit: u, start: a };
      if (b === s - 1) return undefined; // C$, A$: dollars we have no unit for
    }
    if (sym === '$') {
      const local = sc.opts.dollar ?? 'USD';
      return { unit: local, start: s - 1, note: local === 'USD' ? undefined : `$ read as ${local} (the document's dollar)` };
    }
    if (sym === '¥') return sc.ja || sc.opts.yenSign === 'JPY' ? { unit: 'JPY', start: s - 1, note: '¥ read as yen' } : { unit: 'CNY', start: s - 1, note: '¥ read as yuan' };
    return { unit: MONEY_PREFIXES[sym], start: s - 1 };
  }
  // currency names before the number: 新台幣1000億元, 人民币500万元
  for (const w of CJK_PREFIXES) {
    if (s >= w.length && t.startsWith(w, s - w.length)) return { unit: CJK_PREFIX_UNITS[w], start: s - w.length };
  }
  // currency codes and words: RMB 52.2, usd 20, Rs 825, Rs. 100, Rs10, KRW 160.9, dollar 22.5
  let b = s;
  if (t[b - 1] === '.') b--;
  let a = b;
  while (a > 0 && isAsciiLetter(t.charCodeAt(a - 1)) && b - a < 7) a--;
  if (a < b && !isAsciiLetter(t.charCodeAt(a - 1))) {
    const w = t.slice(a, s).toUpperCase();
    const u = MONEY_PREFIXES[w];
    if (u) return { unit: u, start: a };
  }
  return undefined;
}

/** A currency before the number gives a bare number its unit, and widens the span of money. */
export function applyMoneyPrefix(s: Scan, d: Draft): void {
  const mp = moneyPrefix(s, d.start);
  if (!mp) return;
  if (!d.unit || d.unit === 'number') {
    d.unit = mp.unit;
    d.start = mp.start;
    if (mp.note) d.note = mp.note;
  } else if (d.unitEntry && d.unitEntry.kind === 'money') {
    d.start = mp.start;
    if (mp.unit !== d.unit && /^[a-z]{3}$/.test(d.unitWord)) {
      // RMB 10 USD 20: the code after the number starts the next amount
      d.unit = mp.unit;
      d.unitEnd = d.scaleWord ? d.scaleWord.end : d.core.end;
    } else if (mp.unit !== d.unit && d.unitWord === '元') {
      d.unit = mp.unit; // 新台币820亿元: the named currency, 元 its unit word
      d.note = undefined;
    }
  }
}

/** A currency symbol after the number: 10 €, 30 $. */
export function suffixSymbol(s: Scan, d: Draft): boolean {
  const t = s.t;
  let q = d.p;
  if (t[q] === ' ') q++;
  const sym = t[q];
  if (sym === undefined || !SYMBOLS.includes(sym) || isDigit(t.charCodeAt(q + 1)) || (t[q + 1] === ' ' && isDigit(t.charCodeAt(q + 2)) && t[q - 1] !== ' ')) return false;
  const mp = moneyPrefix(s, q + 1 + (t[q + 1] === ' ' ? 1 : 0));
  d.unit = sym === '$' ? (s.opts.dollar ?? 'USD') : mp?.unit ?? MONEY_PREFIXES[sym];
  d.unitEnd = q + 1;
  return true;
}

/** 元 and $ as the document's own currency (新台幣 documents, Singapore releases). */
export function localCurrency(s: Scan, d: Draft): void {
  if (d.unit === 'CNY' && (d.unitWord === '元' || d.unitWord === '块' || d.unitWord === '塊') && s.opts.yuan && s.opts.yuan !== 'CNY') {
    d.unit = s.opts.yuan;
    d.note = `元 read as ${s.opts.yuan} (the document's currency)`;
  }
  if (d.unit === 'USD' && (d.unitWord === 'dollars' || d.unitWord === 'dollar') && s.opts.dollar && s.opts.dollar !== 'USD') {
    d.unit = s.opts.dollar;
    d.note = `dollars read as ${s.opts.dollar} (the document's dollar)`;
  }
}

const CONNECTORS = ['又', '零', 'と', ' and ', ' '];

/** Subunits after an amount: 五元三角, 50元6角3分, 2222円13銭, 3 dollars 50 cents, thirteen dollars and forty-five cents. */
export function readSubunits(s: Scan, d: Draft): void {
  const subs = d.unitEntry?.subunits;
  if (!subs) return;
  const t = s.t;
  let value: Dec = d.value;
  let end = d.unitEnd;
  let lastPow = 0;
  for (let k = 0; k < 2; k++) {
    let q = end;
    for (const c of CONNECTORS) if (t.startsWith(c, q)) { q += c.length; break; }
    let num: { value: Dec; end: number } | undefined;
    const p = parseNumber(t, q);
    if (p.ok && p.core && !p.core.hasSep && (p.core.style === 'digits' || p.core.style === 'cjk')) num = { value: p.core.value, end: p.core.end };
    else if (isAsciiLetter(t.charCodeAt(q))) {
      const w = readWordNumber(s, q);
      if (w) num = { value: w.value, end: w.end };
    }
    if (!num) break;
    let e = num.end;
    if (t[e] === ' ' && isAsciiLetter(t.charCodeAt(e + 1))) e++;
    let word = '';
    for (const sub of Object.keys(subs)) if (t.startsWith(sub, e) && sub.length > word.length) word = sub;
    if (!word || (isAsciiLetter(word.charCodeAt(0)) && wordEnd(t, e) !== e + word.length)) break;
    const pow = subs[word];
    if (pow >= lastPow) break; // 角 before 分, never twice
    value = add(value, shift(num.value, pow));
    end = e + word.length;
    lastPow = pow;
  }
  if (end !== d.unitEnd) {
    d.value = value;
    d.unitEnd = end;
  }
}


/** 5 ft 2 in, 5 feet and 2 inches: feet and inches, as feet (not an exact decimal). */
export function readInches(s: Scan, d: Draft): void {
  const t = s.t;
  let q = d.unitEnd;
  if (t.startsWith(' and', q)) q += 4;
  if (t[q] !== ' ' || !isDigit(t.charCodeAt(q + 1))) return;
  const p = parseNumber(t, q + 1);
  if (!p.ok || !p.core || p.core.style !== 'digits' || t[p.core.end] !== ' ') return;
  const we = wordEnd(t, p.core.end + 1);
  const w = t.slice(p.core.end + 1, we).toLowerCase();
  if (w !== 'in' && w !== 'inch' && w !== 'inches') return;
  d.floatValue = toNumber(d.value) + toNumber(p.core.value) / 12;
  d.unitEnd = we;
  d.note = 'feet and inches, as feet';
}
