/**
 * Dates and years: 2026-02-24, 2026年2月24日, 2月24日, 令和3年, 24 February 2026,
 * Feb. 27, 2026. A date without a year takes the reference year when there is one.
 */
import { isInteger, toNumber } from '../decimal';
import { JA_ERAS } from '../lexicon';
import { isAsciiLetter, isDigit, monthOf, pad2, readSmallInt, wordEnd } from './chars';
import { parseNumber } from './numbers';
import type { Core, Scan } from './state';

/** YYYY-MM-DD, YYYY/MM/DD */
export function isoDate(s: Scan, core: Core): number {
  const t = s.t;
  if (core.style !== 'digits' || core.intDigits !== 4 || core.hasDecimal || core.hasSep) return 0;
  const sep = t[core.end];
  const m = readSmallInt(t, core.end + 1, 2);
  if (!m || m.value < 1 || m.value > 12) return 0;
  let end = m.end;
  let day: number | undefined;
  if (t[end] === sep) {
    const d = readSmallInt(t, end + 1, 2);
    if (!d || d.value < 1 || d.value > 31) return 0;
    day = d.value;
    end = d.end;
  }
  if (isDigit(t.charCodeAt(end)) || (t[end] === sep && isDigit(t.charCodeAt(end + 1)))) return 0;
  const y = toNumber(core.value);
  const value = day === undefined ? `${y}-${pad2(m.value)}` : `${y}-${pad2(m.value)}-${pad2(day)}`;
  s.emit({
    start: core.start, end, value, unit: 'date', bound: 'exact', coreStart: core.start, coreEnd: end, style: 'digits',
    dateStyle: { kind: 'iso', sep, hasDay: day !== undefined },
  });
  return end;
}

/** 2026年2月24日, 2026年3月, 2月24日, 二〇二六年二月二十四日, 2025年, 2025年度. */
export function cjkDate(s: Scan, core: Core): number {
  const t = s.t;
  let p = core.end;
  if (t[p] === ' ' && (t[p + 1] === '年' || t[p + 1] === '月')) p++;
  const v = toNumber(core.value);
  if (t[p] === '年') {
    const yearLike = core.intDigits === 4 && v >= 1000 && v <= 2999 && core.style !== 'mixed';
    if (!yearLike) {
      // 令和3年, 平成2年度
      const era = core.start >= 2 ? t.slice(core.start - 2, core.start) : '';
      if (JA_ERAS[era] === undefined || !isInteger(core.value) || v < 1 || v > 99) return 0;
      let end = p + 1;
      if (t[end] === '度') end++;
      s.emit({
        start: core.start - 2, end, value: JA_ERAS[era] + v, unit: 'year', bound: 'exact', note: `Japanese era year (${era})`,
        coreStart: core.start, coreEnd: core.end, style: core.style,
      });
      return end;
    }
    if (t[p + 1] === '間' || t[p + 1] === '来' || t.startsWith('年以上', p) || t.startsWith('年余', p)) return 0;
    // month?
    let q = p + 1;
    if (t[q] === ' ') q++;
    const mp = monthDay(s, q);
    if (mp) {
      const value = mp.day === undefined ? `${v}-${pad2(mp.month)}` : `${v}-${pad2(mp.month)}-${pad2(mp.day)}`;
      s.emit({
        start: core.start, end: mp.end, value, unit: 'date', bound: 'exact', coreStart: core.start, coreEnd: mp.end,
        style: core.style, dateStyle: { kind: 'cjk', hasYear: true, hasDay: mp.day !== undefined, dayChar: mp.dayChar },
      });
      return mp.end;
    }
    let end = p + 1;
    if (t[end] === '度') end++;
    s.emit({ start: core.start, end, value: v, unit: 'year', bound: 'exact', coreStart: core.start, coreEnd: core.end, style: core.style });
    return end;
  }
  if (t[p] === '月') {
    const mp = monthDay(s, core.start);
    if (!mp || mp.day === undefined) return 0;
    const ref = s.opts.referenceYear;
    const md = `${pad2(mp.month)}-${pad2(mp.day)}`;
    s.emit({
      start: core.start, end: mp.end, value: ref !== undefined ? `${ref}-${md}` : `--${md}`, unit: 'date', bound: 'exact',
      note: ref !== undefined ? undefined : 'date without a year', confidence: ref !== undefined ? undefined : 0.9,
      coreStart: core.start, coreEnd: mp.end, style: core.style,
      dateStyle: { kind: 'cjk', hasYear: false, hasDay: true, dayChar: mp.dayChar },
    });
    return mp.end;
  }
  if (core.style === 'cjkseq') return 0;
  return 0;
}

/** Reads "M月" or "M月D日" at q. */
export function monthDay(s: Scan, q: number): { month: number; day?: number; end: number; dayChar: string } | undefined {
  const t = s.t;
  const m = parseNumber(t, q);
  if (!m.ok || !m.core || m.core.hasDecimal || m.core.hasSep || m.core.style === 'mixed') return undefined;
  let p = m.core.end;
  if (t[p] === ' ') p++;
  if (t[p] !== '月') return undefined;
  const month = toNumber(m.core.value);
  if (month < 1 || month > 12 || !isInteger(m.core.value)) return undefined;
  p++;
  let q2 = p;
  if (t[q2] === ' ') q2++;
  const d = parseNumber(t, q2);
  if (d.ok && d.core && !d.core.hasDecimal && !d.core.hasSep && d.core.style !== 'mixed') {
    let e = d.core.end;
    if (t[e] === ' ') e++;
    const dayChar = t[e];
    const day = toNumber(d.core.value);
    if ((dayChar === '日' || dayChar === '号' || dayChar === '號') && day >= 1 && day <= 31 && isInteger(d.core.value)) {
      return { month, day, end: e + 1, dayChar };
    }
  }
  return { month, end: p, dayChar: '日' };
}

/** 24 February 2026, 24 Feb. */
export function enDayMonth(s: Scan, core: Core): number {
  const t = s.t;
  if (t[core.end] !== ' ') return 0;
  const ws = core.end + 1;
  const we = wordEnd(t, ws);
  const w = t.slice(ws, we);
  const month = monthOf(w);
  if (!month) return 0;
  const day = toNumber(core.value);
  if (day < 1 || day > 31) return 0;
  let end = we;
  if (t[end] === '.' && w.length <= 4) end++;
  let year: number | undefined;
  if (t[end] === ' ' || t[end] === ',') {
    let q = end;
    if (t[q] === ',') q++;
    if (t[q] === ' ') q++;
    const y = readSmallInt(t, q, 4);
    if (y && y.end - q === 4 && !isDigit(t.charCodeAt(y.end)) && !isAsciiLetter(t.charCodeAt(y.end))) {
      year = y.value;
      end = y.end;
    }
  }
  const ref = year ?? s.opts.referenceYear;
  const md = `${pad2(month)}-${pad2(day)}`;
  s.emit({
    start: core.start, end, value: ref !== undefined ? `${ref}-${md}` : `--${md}`, unit: 'date', bound: 'exact',
    note: ref !== undefined ? undefined : 'date without a year', confidence: ref !== undefined ? undefined : 0.9,
    coreStart: core.start, coreEnd: end, style: 'digits',
    dateStyle: { kind: 'en-dmy', month: w.length <= 4 && w !== 'May' && w !== 'June' && w !== 'July' ? 'abbr' : 'full', hasYear: year !== undefined },
  });
  return end;
}

/** February 24, Feb. 27, 2026, February 2026 */
export function enMonthDate(s: Scan, i: number, we: number, w: string, month: number): number {
  const t = s.t;
  if (!/^[A-Z]/.test(w)) return 0;
  let p = we;
  const abbr = w.length <= 4 && !['May', 'June', 'July'].includes(w);
  if (t[p] === '.') {
    if (!abbr) return 0;
    p++;
  }
  if (t[p] !== ' ') return 0;
  p++;
  const d = readSmallInt(t, p, 4);
  if (!d) return 0;
  const digits = d.end - p;
  let end = d.end;
  if (digits === 4) {
    if (isDigit(t.charCodeAt(end)) || isAsciiLetter(t.charCodeAt(end))) return 0;
    s.emit({
      start: i, end, value: `${d.value}-${pad2(month)}`, unit: 'date', bound: 'exact', coreStart: i, coreEnd: end, style: 'digits',
      dateStyle: { kind: 'en-mdy', month: abbr ? 'abbr' : 'full', hasYear: true, hasDay: false },
    });
    return end;
  }
  if (digits > 2 || d.value < 1 || d.value > 31) return 0;
  if (w === 'May' || w === 'March') {
    // "May 5" fine; both are also words, but a capitalised month followed by a day is a date
  }
  const ord = t.slice(end, end + 2).toLowerCase();
  if ((ord === 'st' || ord === 'nd' || ord === 'rd' || ord === 'th') && !isAsciiLetter(t.charCodeAt(end + 2))) end += 2;
  if (isAsciiLetter(t.charCodeAt(end)) || isDigit(t.charCodeAt(end))) return 0;
  if (t[end] === '.' && isDigit(t.charCodeAt(end + 1))) return 0;
  let year: number | undefined;
  let q = end;
  if (t[q] === ',') q++;
  if (t[q] === ' ') {
    q++;
    const y = readSmallInt(t, q, 4);
    if (y && y.end - q === 4 && !isDigit(t.charCodeAt(y.end)) && !isAsciiLetter(t.charCodeAt(y.end)) && y.value >= 1000) {
      year = y.value;
      end = y.end;
    }
  }
  const ref = year ?? s.opts.referenceYear;
  const md = `${pad2(month)}-${pad2(d.value)}`;
  s.emit({
    start: i, end, value: ref !== undefined ? `${ref}-${md}` : `--${md}`, unit: 'date', bound: 'exact',
    note: ref !== undefined ? undefined : 'date without a year', confidence: ref !== undefined ? undefined : 0.9,
    coreStart: i, coreEnd: end, style: 'digits',
    dateStyle: { kind: 'en-mdy', month: abbr ? 'abbr' : 'full', hasYear: year !== undefined, hasDay: true },
  });
  return end;
}
