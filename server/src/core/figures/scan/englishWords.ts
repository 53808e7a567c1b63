/**
 * English words: number words (twenty-five, one hundred and five), month names that
 * start a date, "No. 3", "Top Ten", and URLs/e-mail addresses skipped whole.
 */
import { dec, toNumber } from '../decimal';
import { EN_SMALL_NUMBERS } from '../lexicon';
import { isAsciiLetter, isDigit, monthOf, skipNonSpace, wordEnd } from './chars';
import { enMonthDate } from './dates';
import { readDigits } from './numbers';
import type { Core, Scan } from './state';
import { tail } from './tail';
import { atEnglishWordFigure } from './ordinalsEn';
import { leftBound } from './unitsAndBounds';

const FISCAL_YEAR = /^ ?((19|20)\d\d)(?:[-–/](\d\d|(19|20)\d\d))?(?![\d\w])/;

/** FY2023-24, FY 2024: a fiscal year, named by the year it starts in (FY24 alone is left: which year?). */
function fiscalYear(s: Scan, i: number, we: number): number {
  const m = FISCAL_YEAR.exec(s.t.slice(we, we + 12));
  if (!m) return 0;
  const coreStart = we + m[0].indexOf(m[1]);
  const end = we + m[0].length;
  s.emit({ start: i, end, value: Number(m[1]), unit: 'year', bound: 'exact', note: 'a fiscal year', coreStart, coreEnd: coreStart + 4, style: 'digits' });
  return end;
}

export function atWord(s: Scan, i: number): number {
  const t = s.t;
  const we = wordEnd(t, i);
  const w = t.slice(i, we);
  const lw = w.toLowerCase();
  // URLs and e-mail addresses
  if ((lw === 'http' || lw === 'https') && t[we] === ':') return skipNonSpace(t, we);
  if (lw === 'www' && t[we] === '.') return skipNonSpace(t, we);
  if (t[we] === '@' || (t[we] === '.' && isAsciiLetter(t.charCodeAt(we + 1)) && /^(com|cn|jp|org|net|gov|edu)\b/.test(t.slice(we + 1, we + 5)))) return skipNonSpace(t, we);
  if (w === 'FY') {
    const r = fiscalYear(s, i, we);
    if (r > 0) return r;
  }
  const month = monthOf(w);
  if (month) {
    const r = enMonthDate(s, i, we, w, month);
    if (r > 0) return r;
    return we;
  }
  const wf = atEnglishWordFigure(s, i, we, w, lw);
  if (wf > 0) return wf;
  // No. 3, Vol.40 (an issue number): ranks
  if (w === 'No' || w === 'NO' || ((w === 'Vol' || w === 'vol') && t[we] === '.')) {
    let q = we;
    if (t[q] === '.') q++;
    if (t[q] === ' ') q++;
    if (isDigit(t.charCodeAt(q)) && q > we) {
      const g = readDigits(t, q);
      if (!g.bad && !g.hasDecimal && !g.hasSep && g.intDigits <= 3 && !isAsciiLetter(t.charCodeAt(g.end)) && !isDigit(t.charCodeAt(g.end))) {
        s.emit({ start: i, end: g.end, value: toNumber(g.value), unit: 'rank', bound: 'exact', coreStart: q, coreEnd: g.end, style: 'digits' });
        return g.end;
      }
    }
    return we;
  }
  if (lw === 'top' && t[we] === ' ') {
    const q = we + 1;
    const w2e = wordEnd(t, q);
    const w2 = t.slice(q, w2e).toLowerCase();
    if (EN_SMALL_NUMBERS[w2] !== undefined) {
      const wc = readWordNumber(s, q);
      if (wc) return tail(s, wc, q, { top: i }) || wc.end;
    }
    return we;
  }
  // thousand-acre, million-square-foot: a scale word alone as the number of a compound
  const scaleAlone = SCALE_ALONE[lw];
  if (scaleAlone && t[we] === '-' && isAsciiLetter(t.charCodeAt(we + 1)) && EN_SMALL_NUMBERS[wordBefore(t, i)] === undefined) {
    const v = scaleAlone;
    const end = we;
    const core: Core = { start: i, end, value: dec(v), style: 'words', intDigits: String(v).length, hasSep: false, hasDecimal: false, single: false, bigScale: false };
    const before = s.out.length;
    const r = tail(s, core, i);
    // only a measure (thousand-acre): a bare or counted scale word is no figure
    if (s.out.length > before && (s.out[s.out.length - 1].unit === 'number' || s.out[s.out.length - 1].unit === 'count')) s.out.pop();
    return Math.max(r, we);
  }
  const fr = EN_NUMERATOR[lw.split(/[-‐]/)[0]] !== undefined ? englishFraction(s, i) : 0;
  if (fr > 0) return fr;
  if (EN_SMALL_NUMBERS[lw] !== undefined || (lw.includes('-') && EN_SMALL_NUMBERS[lw.split('-')[0]] !== undefined)) {
    const wc = readWordNumber(s, i);
    if (wc) {
      const before = s.out.length;
      const r = tail(s, wc, i);
      if (s.out.length > before) {
        const last = s.out[s.out.length - 1];
        // a bare number word is not a figure; ten times larger is a multiplier
        if (last.unit === 'number' && !last.rangeStart && !(last.counted === 'times' && TIMES_COMPARED.test(t.slice(last.end, last.end + 10)))) s.out.pop();
      }
      return Math.max(r, we);
    }
  }
  return we;
}

const SCALE_ALONE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1000000 };

function wordBefore(t: string, i: number): string {
  let a = i - 1;
  while (a > 0 && isAsciiLetter(t.charCodeAt(a - 1))) a--;
  return t[i - 1] === ' ' ? t.slice(a, i - 1).toLowerCase() : '';
}

const TIMES_COMPARED = /^ (more|larger|bigger|higher|greater|faster|as)\b/;

// one-third of, two-thirds of, a quarter of, three-fifths of: a share written as a fraction
const EN_FRACTION = /^(one|two|three|four|a)[-‐ ](third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)(?= of\b)/i;
const EN_NUMERATOR: Record<string, number> = { one: 1, a: 1, two: 2, three: 3, four: 4 };
const EN_DENOMINATOR: Record<string, number> = { third: 3, quarter: 4, fifth: 5, tenth: 10 };

function englishFraction(s: Scan, i: number): number {
  const m = EN_FRACTION.exec(s.t.slice(i, i + 20));
  if (!m) return 0;
  const num = EN_NUMERATOR[m[1].toLowerCase()];
  const den = EN_DENOMINATOR[m[2].toLowerCase().replace(/s$/, '')];
  if (num >= den || (num > 1) !== /s$/i.test(m[2])) return 0; // "two-third", "one-thirds": not a fraction
  const end = i + m[0].length;
  const lb = leftBound(s, i);
  s.emit({
    start: lb ? lb.start : i, end, value: Number(((num / den) * 100).toPrecision(12)), unit: 'percent', bound: lb ? lb.bound : 'exact',
    note: 'a fraction, as percent', coreStart: i, coreEnd: end, style: 'words',
  });
  return end;
}

/** twenty-five, three hundred, one hundred and five, ten. */
export function readWordNumber(s: Scan, i: number): Core | undefined {
  const t = s.t;
  let pos = i;
  let total = 0;
  let current = 0;
  let any = false;
  let end = i;
  for (let k = 0; k < 12; k++) {
    const we = wordEnd(t, pos);
    if (we === pos) break;
    const lw = t.slice(pos, we).toLowerCase();
    let handled = false;
    if (EN_SMALL_NUMBERS[lw] !== undefined) {
      current += EN_SMALL_NUMBERS[lw];
      handled = true;
    } else if (lw === 'hundred' && any) {
      current = (current || 1) * 100;
      handled = true;
    } else if (lw === 'thousand' && any) {
      total += (current || 1) * 1000;
      current = 0;
      handled = true;
    } else if (lw === 'and' && any && current >= 100) {
      const ne = wordEnd(t, we + 1);
      if (t[we] === ' ' && EN_SMALL_NUMBERS[t.slice(we + 1, ne).toLowerCase()] !== undefined) {
        pos = we + 1;
        continue;
      }
    }
    if (!handled) break;
    any = true;
    end = we;
    if ((t[we] === ' ' || t[we] === '-') && isAsciiLetter(t.charCodeAt(we + 1))) {
      const ne = wordEnd(t, we + 1);
      const nw = t.slice(we + 1, ne).toLowerCase();
      if (EN_SMALL_NUMBERS[nw] !== undefined || nw === 'hundred' || nw === 'thousand' || nw === 'and') {
        pos = we + 1;
        continue;
      }
    }
    break;
  }
  if (!any) return undefined;
  const v = total + current;
  return { start: i, end, value: dec(v), style: 'words', intDigits: String(v).length, hasSep: false, hasDecimal: false, single: false, bigScale: false };
}
