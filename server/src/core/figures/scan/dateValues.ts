/**
 * Date values and what they are relative to. A date is emitted only in a documented
 * form ("YYYY-MM-DD", "YYYY-MM", "YYYY" for a season, "--MM-DD", "--MM", "---DD") and only when it exists: 2026-02-31
 * and a month 0 are not dates. Relative words (今年, 去年, last, 同年) and bare days (8日)
 * are resolved against the document's dateline (ScanOptions.referenceDate).
 */
import { pad2 } from './chars';
import type { Scan } from './state';

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why dateValue has no value for these numbers (a date that cannot exist), for the
 * impossible-date notice: "February 2026 has 28 days", "there is no month 13".
 */
export function impossibleDateReason(year: number | undefined, month: number, day?: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return `there is no month ${month}`;
  if (year !== undefined && (!Number.isInteger(year) || year < 1000 || year > 2999)) {
    return year === 0 ? 'there is no year 0' : `year ${year} is outside 1000–2999`;
  }
  const name = MONTH_NAMES[month - 1];
  if (year === undefined) return `${name} has at most ${daysInMonth(undefined, month)} days`;
  return `${name} ${year} has ${daysInMonth(year, month)} days`;
}

/** The documented form of a date, or undefined when no such date exists. */
export function dateValue(year: number | undefined, month: number, day?: number): string | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (year !== undefined && (!Number.isInteger(year) || year < 1000 || year > 2999)) return undefined;
  if (day !== undefined && (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month))) return undefined;
  const y = year === undefined ? '-' : String(year);
  return day === undefined ? `${y}-${pad2(month)}` : `${y}-${pad2(month)}-${pad2(day)}`;
}

export interface RefDate { year: number; month: number; day: number }

export function refDate(s: Scan): RefDate | undefined {
  const d = s.opts.referenceDate;
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return undefined;
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** The year for a date without one: the dateline's, else the reference year. */
export function defaultYear(s: Scan): number | undefined {
  return refDate(s)?.year ?? s.opts.referenceYear;
}

/** Relative year words before a month (今年9月, 去年12月, 同年6月) and the year they name. */
const CJK_RELATIVE_YEARS: Record<string, number | 'same'> = {
  '今年': 0, '本年': 0, '当年': 'same', '當年': 'same', '同年': 'same', '去年': -1, '昨年': -1, '前年': -2, '来年': 1, '來年': 1,
  '明年': 1, '翌年': 'same',
};

export function relativeYearBefore(s: Scan, start: number): { year?: number; start: number; word: string } | undefined {
  const w = s.t.slice(start - 2, start);
  const rel = CJK_RELATIVE_YEARS[w];
  if (rel === undefined || start < 2) return undefined;
  if (rel === 'same') {
    if (s.lastYear === undefined) return { start: start - 2, word: w };
    return { year: w === '翌年' ? s.lastYear + 1 : s.lastYear, start: start - 2, word: w };
  }
  const ref = refDate(s)?.year ?? s.opts.referenceYear;
  return { year: ref === undefined ? undefined : ref + rel, start: start - 2, word: w };
}

/** A bare day of the month (19日, （26）日) as a date in the dateline's month, or the month before when it is later than the dateline. */
export function dayInDatelineMonth(s: Scan, day: number): string | undefined {
  const r = refDate(s) ?? yearlessRef(s);
  if (!r) return undefined;
  // an undated document without a month: the day alone (ISO 8601 "---DD")
  if (r.month === 0) return day >= 1 && day <= 31 ? `---${pad2(day)}` : undefined;
  let { year, month } = r;
  if (day > r.day + 1) {
    month -= 1;
    if (month === 0) { month = 12; if (year) year -= 1; }
  }
  return dateValue(year || undefined, month, day);
}

/** A year-less dateline as a reference (year 0 = unknown; month 0 = unknown too). */
function yearlessRef(s: Scan): RefDate | undefined {
  const d = s.opts.yearlessDateline;
  if (d === undefined) return undefined;
  const m = /^--(\d{2})-(\d{2})$/.exec(d);
  return m ? { year: 0, month: Number(m[1]), day: Number(m[2]) } : { year: 0, month: 0, day: 0 };
}
