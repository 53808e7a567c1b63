/**
 * English dates: 24 February 2026, 01-Dec-2000, the 3rd of March, Feb. 27, 2026,
 * February 2026, and a month alone after a cue word (in January, last September), which
 * takes its year from the dateline.
 */
import { isInteger, toNumber } from '../decimal';
import { isAsciiLetter, isDigit, monthOf, readSmallInt, wordEnd } from './chars';
import { dateValue, defaultYear, refDate } from './dateValues';
import type { Core, Scan } from './state';

const FULL_ONLY = ['May', 'June', 'July'];

function readYearAfter(t: string, end: number): { year: number; end: number } | undefined {
  if (t[end] !== ' ' && t[end] !== ',' && t[end] !== '-') return undefined;
  let q = end;
  if (t[q] === ',' || t[q] === '-') q++;
  if (t[q] === ' ') q++;
  const y = readSmallInt(t, q, 4);
  if (y && y.end - q === 4 && !isDigit(t.charCodeAt(y.end)) && !isAsciiLetter(t.charCodeAt(y.end))) return { year: y.value, end: y.end };
  return undefined;
}

/** 24 February 2026, 24 Feb., 01-Dec-2000, 3rd of March. */
export function enDayMonth(s: Scan, core: Core): number {
  const t = s.t;
  const clipped = clippedYear(s, core);
  if (clipped > 0) return clipped;
  let ws = core.end;
  const ord = t.slice(ws, ws + 2).toLowerCase();
  const ordinal = (ord === 'st' || ord === 'nd' || ord === 'rd' || ord === 'th') && !isAsciiLetter(t.charCodeAt(ws + 2));
  if (ordinal) ws += 2;
  if (ordinal && t.startsWith(' of ', ws)) ws += 3;
  if (t[ws] !== ' ' && t[ws] !== '-') return 0;
  const sep = t[ws];
  ws++;
  const we = wordEnd(t, ws);
  const w = t.slice(ws, we);
  const month = monthOf(w);
  if (!month) return 0;
  const day = toNumber(core.value);
  let end = we;
  if (t[end] === '.' && w.length <= 4) end++;
  const y = readYearAfter(t, end);
  if (sep === '-' && !y) return 0;
  if (y) end = y.end;
  const year = y?.year ?? defaultYear(s);
  const value = dateValue(year, month, day);
  // 31 February 2026: no such day (not "February 2026" either); other numbers before a month name are not days
  if (!value) return isInteger(core.value) && day >= 1 && day <= 31 ? s.impossibleDate(core.start, end, year, month, day) : 0;
  s.emit({
    start: core.start, end, value, unit: 'date', bound: 'exact',
    note: year !== undefined ? undefined : 'date without a year', confidence: year !== undefined ? undefined : 0.9,
    coreStart: core.start, coreEnd: end, style: 'digits',
    dateStyle: sep === ' ' && !ordinal ? { kind: 'en-dmy', month: w.length <= 4 && !FULL_ONLY.includes(w) ? 'abbr' : 'full', hasYear: y !== undefined } : undefined,
  });
  return end;
}

/** Words before a month name alone that make it a date (in January, by June, last September). */
const MONTH_CUES: Record<string, number> = {
  in: 0, by: 0, since: 0, until: 0, till: 0, of: 0, from: 0, to: 0, before: 0, after: 0, during: 0, early: 0, late: 0, mid: 0,
  end: 0, this: 0, last: -1, next: 1, through: 0, past: -1,
};

const COMMA_DATE = /^,\d{1,2},\d{4}(?!\d)/;

const MONTH_NOUNS = /^ (deadline|meeting|session|summit|election|figures|data|report)\b/;

/** February 24, Feb. 27, 2026, February 2026, and a month alone after a cue word. */
export function enMonthDate(s: Scan, i: number, we: number, w: string, month: number): number {
  const t = s.t;
  if (!/^[A-Z]/.test(w)) return 0;
  let p = we;
  const abbr = w.length <= 4 && !FULL_ONLY.includes(w);
  if (t[p] === '.') {
    if (!abbr) return monthAlone(s, i, we, month); // "by June.": the sentence ends
    p++;
  }
  // Sun,May,12,2024: a page's date line written with commas alone (only with its year)
  const commas = t[p] === ',' && COMMA_DATE.test(t.slice(p, p + 10));
  const d = t[p] === ' ' || commas ? readSmallInt(t, p + 1, 4) : undefined;
  const digits = d ? d.end - (p + 1) : 0;
  if (!d || digits === 3 || (digits <= 2 && (d.value < 1 || d.value > 31))) return monthAlone(s, i, we, month);
  let end = d.end;
  if (digits === 4) {
    if (isDigit(t.charCodeAt(end)) || isAsciiLetter(t.charCodeAt(end))) return 0;
    const value = dateValue(d.value, month);
    if (!value) return s.impossibleDate(i, end, d.value, month); // Nov. 0000: not a date
    s.emit({
      start: i, end, value, unit: 'date', bound: 'exact', coreStart: i, coreEnd: end, style: 'digits',
      dateStyle: { kind: 'en-mdy', month: abbr ? 'abbr' : 'full', hasYear: true, hasDay: false },
    });
    return end;
  }
  const ord = t.slice(end, end + 2).toLowerCase();
  if ((ord === 'st' || ord === 'nd' || ord === 'rd' || ord === 'th') && !isAsciiLetter(t.charCodeAt(end + 2))) end += 2;
  if (isAsciiLetter(t.charCodeAt(end)) || isDigit(t.charCodeAt(end))) return 0;
  if (t[end] === '.' && isDigit(t.charCodeAt(end + 1))) return 0;
  let year: number | undefined;
  const y = t[end] === ',' || t[end] === ' ' ? readYearAfter(t, end) : undefined;
  if (y && y.year >= 1000) {
    year = y.year;
    end = y.end;
  }
  const ref = year ?? defaultYear(s);
  const value = dateValue(ref, month, d.value);
  if (!value) return s.impossibleDate(i, end, ref, month, d.value); // February 31: not a date
  s.emit({
    start: i, end, value, unit: 'date', bound: 'exact',
    note: ref !== undefined ? undefined : 'date without a year', confidence: ref !== undefined ? undefined : 0.9,
    coreStart: i, coreEnd: end, style: 'digits',
    dateStyle: { kind: 'en-mdy', month: abbr ? 'abbr' : 'full', hasYear: year !== undefined, hasDay: true },
  });
  return end;
}

/** "in January", "last September": the month of the dateline's year (the year before after "last"). */
function monthAlone(s: Scan, i: number, we: number, month: number): number {
  const t = s.t;
  if (isAsciiLetter(t.charCodeAt(we))) return 0;
  // Jan-Mar: the high end of a span of months
  if (t[i - 1] === '-' || t[i - 1] === '–') {
    const low = s.out[s.out.length - 1];
    if (!low || low.end !== i - 1 || low.unit !== 'date') return 0;
    return emitMonth(s, i, we, month, 0);
  }
  // September’s statistics: a month that owns a noun is a date in its own right (not May, a name too)
  const possessive = month !== 5 && /^['’]s\b/.test(t.slice(we, we + 3));
  let shift: number | undefined;
  if (t[i - 1] === ' ') {
    let a = i - 1;
    while (a > 0 && isAsciiLetter(t.charCodeAt(a - 1))) a--;
    const cue = t.slice(a, i - 1).toLowerCase();
    // the December deadline, the June meeting: a month that dates the noun after it
    shift = MONTH_CUES[cue] ?? (cue === 'the' && MONTH_NOUNS.test(t.slice(we, we + 10)) ? 0 : undefined);
  }
  if (shift === undefined && possessive) shift = 0;
  if (shift === undefined) return 0;
  // September of the preceding year, June of last year: the year before the dateline's
  const yearBefore = OF_YEAR_BEFORE.test(t.slice(we, we + 28));
  return emitMonth(s, i, we, month, shift, yearBefore);
}
const OF_YEAR_BEFORE = /^ of (the (preceding|previous|prior) year|last year)\b/i;

function emitMonth(s: Scan, i: number, we: number, month: number, shift: number, yearBefore = false): number {
  // without a dateline the month stands alone (--MM), as 3月 does
  const r = refDate(s);
  let year = r && yearBefore ? r.year - 1 : r?.year;
  if (r && shift < 0 && month >= r.month) year = r.year - 1;
  if (r && shift > 0 && month <= r.month) year = r.year + 1;
  const value = dateValue(year, month);
  if (!value) return 0;
  s.emit({
    start: i, end: we, value, unit: 'date', bound: 'exact', note: r ? (yearBefore ? 'month of the year before the dateline\'s' : 'month without a year: the dateline\'s year') : 'month without a year',
    confidence: r ? undefined : 0.9, coreStart: i, coreEnd: we, style: 'digits',
  });
  return we;
}

/**
 * ’14~’18, the class of ’98: a year written with its century clipped. The century is the
 * dateline's unless that puts the year more than five years ahead; with no dateline,
 * 00-49 are 20xx and 50-99 19xx.
 */
function clippedYear(s: Scan, core: Core): number {
  const t = s.t;
  const a = core.start - 1;
  if (core.intDigits !== 2 || (t[a] !== '’' && t[a] !== '\'') || isAsciiLetter(t.charCodeAt(a - 1)) || isDigit(t.charCodeAt(a - 1))) return 0;
  if (isDigit(t.charCodeAt(core.end)) || isAsciiLetter(t.charCodeAt(core.end)) || /^\s?[a-z]/.test(t.slice(core.end, core.end + 2)) || t[core.end] === '’') return 0;
  const v = toNumber(core.value);
  const ref = defaultYear(s);
  const century = ref === undefined ? 2000 : Math.floor(ref / 100) * 100;
  const year = ref === undefined ? (v < 50 ? 2000 + v : 1900 + v) : century + v > ref + 5 ? century - 100 + v : century + v;
  s.emit({ start: a, end: core.end, value: year, unit: 'year', bound: 'exact', note: 'a year with its century clipped', coreStart: core.start, coreEnd: core.end, style: 'digits' });
  return core.end;
}
