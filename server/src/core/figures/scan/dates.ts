/**
 * Numeric and CJK dates and years: 2026-02-24, 2008.01.30, 17.12.2019, 11/13/2025,
 * 20180305, 2026年2月24日, 2月24日, 19年4月, 2018年底, 今年9月, 8日, （11）日, 令和3年,
 * 民國95年. English dates are in datesEn.ts; values and resolution in dateValues.ts.
 */
import type { Bound } from '../../types';
import { isInteger, toNumber } from '../decimal';
import { JA_ERAS } from '../lexicon';
import { isAsciiLetter, isDigit, readSmallInt } from './chars';
import { dateValue, dayInDatelineMonth, daysInMonth, defaultYear, relativeYearBefore } from './dateValues';
import { parseNumber, readDigits } from './numbers';
import type { Core, Scan } from './state';
import { inCode } from './codes';

export { enDayMonth, enMonthDate } from './datesEn';

/**
 * Dates written with - / . between numbers: YYYY-MM-DD, YYYY/MM, YYYY.MM.DD, DD.MM.YYYY,
 * DD.MM.YY, MM/DD/YYYY (DD/MM when the first is over 12), and YYYYMMDD. Returns the end,
 * or 0 when there is no date here.
 */
export function numericDate(s: Scan, i: number): number {
  const t = s.t;
  const prev = t.charCodeAt(i - 1);
  if (isDigit(prev) || isAsciiLetter(prev) || prev === 46 || prev === 47 || prev === 45) return 0;
  // quick test: a run of 8 digits, or digits then - / . and a digit
  let j = i;
  while (isDigit(t.charCodeAt(j))) j++;
  const sepAt = t.charCodeAt(j);
  if (j - i !== 8 && !((sepAt === 45 || sepAt === 47 || sepAt === 46) && isDigit(t.charCodeAt(j + 1)))) return 0;
  const compact = readSmallInt(t, i, 8);
  if (compact && compact.end - i === 8 && !isAsciiLetter(t.charCodeAt(compact.end)) && t[compact.end] !== '.' && !inCode(t, compact.end)) {
    const v = compact.value;
    const value = dateValue(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
    if (!value || v < 19000000 || v > 20991231) return 0;
    return emitNumeric(s, i, compact.end, value, undefined);
  }
  const a = readSmallInt(t, i, 4);
  if (!a) return 0;
  const sep = t[a.end];
  if (sep !== '-' && sep !== '/' && sep !== '.') return 0;
  const b = readSmallInt(t, a.end + 1, 2);
  if (!b) return 0;
  let end = b.end;
  let c: { value: number; end: number } | undefined;
  if (t[end] === sep && isDigit(t.charCodeAt(end + 1))) {
    c = readSmallInt(t, end + 1, 4);
    if (!c) return 0;
    end = c.end;
  }
  // 11.03.22Vietnam’s …: a line's date glued to the headline after it (a lost line break) is still a date
  const glued = c !== undefined && (i === 0 || t[i - 1] === '\n') && /^[A-Z][a-z]/.test(t.slice(end, end + 2));
  if (isDigit(t.charCodeAt(end)) || (isAsciiLetter(t.charCodeAt(end)) && !glued) || ((t[end] === sep || t[end] === '.') && isDigit(t.charCodeAt(end + 1)))) return 0;
  const aLen = a.end - i;
  const cLen = c ? c.end - (b.end + 1) : 0;
  let ymd: [number, number, number | undefined];
  let iso = false;
  let note: string | undefined;
  if (aLen === 4 && (!c || cLen <= 2)) {
    if (sep === '.' && !c) return 0; // 2008.01 is a decimal
    ymd = [a.value, b.value, c?.value];
    iso = true;
  } else if (c && cLen === 4 && aLen <= 2 && sep !== '-') {
    const dayFirst = sep === '.' || a.value > 12 || (b.value <= 12 && weekdayPrefersDayFirst(t, i, c.value, a.value, b.value));
    ymd = dayFirst ? [c.value, b.value, a.value] : [c.value, a.value, b.value];
    if (!dayFirst && b.value <= 12) note = 'read as month/day/year';
  } else if (c && cLen === 2 && aLen <= 2 && sep === '.') {
    ymd = [2000 + c.value, b.value, a.value];
    note = 'day.month.two-digit year';
  } else if (!c && sep === '/' && s.ja && aLen <= 2 && TIME_NEXT.test(t.slice(end, end + 7))) {
    // (12/13 23:52 熊本県民テレビ): a Japanese page's month/day with its time
    const md = dateValue(defaultYear(s), a.value, b.value);
    return md ? emitNumeric(s, i, end, md, undefined) : 0;
  } else return 0;
  const value = dateValue(...ymd);
  // 2026-02-31: the shape of a date, but no such day; not a figure at all, an impossible date
  if (!value) return c ? s.impossibleDate(i, end, ...ymd) : 0;
  return emitNumeric(s, i, end, value, iso ? sep : undefined, note);
}

const TIME_NEXT = /^\s\d{1,2}:\d{2}(?!\d)/;

// Thứ Năm, 03/10/2019 (a Thursday: 3 October, not 10 March): a weekday before the date tells its order
const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, 'chủ nhật': 0, 'thứ hai': 1, 'thứ ba': 2, 'thứ tư': 3, 'thứ năm': 4, 'thứ sáu': 5, 'thứ bảy': 6,
};
const WEEKDAY_BEFORE = /(\p{L}+(?: \p{L}+)?)\.?,?\s*$/u;
function weekdayPrefersDayFirst(t: string, i: number, year: number, first: number, second: number): boolean {
  const m = WEEKDAY_BEFORE.exec(t.slice(Math.max(0, i - 14), i));
  if (!m) return false;
  const words = m[1].toLowerCase();
  const wd = WEEKDAYS[words] ?? WEEKDAYS[words.split(' ').pop() ?? ''];
  if (wd === undefined) return false;
  const day = (y: number, mo: number, d: number) => new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return day(year, first, second) !== wd && day(year, second, first) === wd;
}

function emitNumeric(s: Scan, i: number, end: number, value: string, isoSep: string | undefined, note?: string): number {
  s.emit({
    start: i, end, value, unit: 'date', bound: 'exact', note, coreStart: i, coreEnd: end, style: 'digits',
    dateStyle: isoSep ? { kind: 'iso', sep: isoSep, hasDay: value.length === 10 } : undefined,
  });
  return end;
}

/** Dates and years written with 年 / 月 / 日. Returns the end, or 0 when this is not one. */
export function cjkDate(s: Scan, core: Core): number {
  const t = s.t;
  let p = core.end;
  if (t[p] === ' ' && (t[p + 1] === '年' || t[p + 1] === '月' || t[p + 1] === '日')) p++;
  if (t[p] === '年') return yearAndMonth(s, core, p);
  if (t[p] === '月') return monthAndDay(s, core);
  if (t[p] === '日' || (t[p] === ')' && t[p + 1] === '日')) return bareDay(s, core, t[p] === ')' ? p + 1 : p);
  return 0;
}

const DURATION_AFTER_YEAR = '間来來以余餘多内內后後前半'; // 3年間, 20餘年, 3年以内: durations

/** The year of N年: a four-digit year, an era year (令和3年, 民國95年), a two-digit year before a month (19年4月). */
function yearOf(s: Scan, core: Core, p: number): { year: number; start: number; note?: string } | undefined {
  const t = s.t;
  const v = toNumber(core.value);
  if (!isInteger(core.value) || core.style === 'mixed') return undefined;
  if (core.intDigits === 4 && v >= 1000 && v <= 2999) return { year: v, start: core.start };
  if (core.style === 'cjkseq' && core.intDigits === 4) return undefined;
  const era = core.start >= 2 ? t.slice(core.start - 2, core.start) : '';
  if (JA_ERAS[era] !== undefined && v >= 1 && v <= 99) return { year: JA_ERAS[era] + v, start: core.start - 2, note: `Japanese era year (${era})` };
  if ((era === '民國' || era === '民国') && v >= 1 && v <= 200) return { year: 1911 + v, start: core.start - 2, note: 'Minguo (ROC) year' };
  let q = p + 1;
  if (t[q] === ' ') q++;
  if (core.style === 'digits' && core.intDigits === 2 && monthDay(s, q)) return { year: 2000 + v, start: core.start, note: 'two-digit year' };
  // 18年1~12月: a two-digit year before a span of its months
  if (core.style === 'digits' && core.intDigits === 2 && MONTH_SPAN_AFTER.test(t.slice(q, q + 9))) {
    return { year: (v <= 39 ? 2000 : 1900) + v, start: core.start, note: 'two-digit year' };
  }
  if (core.style === 'digits' && core.intDigits === 2 && v <= 39 && twoDigitYearAfter(t, core.start, p + 1)) {
    return { year: 2000 + v, start: core.start, note: 'two-digit year' };
  }
  // 21年は88億元の投資 in a release dated 2021: the dateline's year (or the one before) written short
  const ref = defaultYear(s);
  if (s.ja && core.style === 'digits' && core.intDigits === 2 && ref !== undefined && (ref % 100 === v || ref % 100 === v + 1) && 'はのも'.includes(t[p + 1] ?? '\0') &&
    !'をが約'.includes(t[core.start - 1] ?? '\0') && !SPAN_NOUN_AFTER.test(t.slice(p + 1, p + 5))) {
    return { year: ref - (ref % 100) + v, start: core.start, note: 'two-digit year (the dateline\'s)' };
  }
  // Taiwan's official calendar (114 年 = 2025) in a document that reads as Taiwanese
  if (s.opts.minguoYears && v >= 40 && v <= 150 && !DURATION_AFTER_YEAR.includes(t[p + 1] ?? '\0')) {
    return { year: 1911 + v, start: core.start, note: 'Minguo (ROC) year' };
  }
  return undefined;
}

/**
 * 19年末, 19年度, 20年春, 20年初頭, 23年までに, 16年に竣工: what follows a two-digit N年
 * makes it a year of this century, not a duration (3年間, 30年の歴史, 10年にわたり, 5年に1回).
 */
const TWO_DIGIT_YEAR_AFTER = /^(末|底|度|初頭|初め|初|春|夏|秋|冬|前半|後半|上期|下期|上半期|下半期|までに|以降|ごろ|頃)/;
function twoDigitYearAfter(t: string, start: number, q: number): boolean {
  if ('をが約约近'.includes(t[start - 1] ?? '\0')) return false; // 期間を10年に延長, 約20年: spans of time
  if (TWO_DIGIT_YEAR_AFTER.test(t.slice(q, q + 3))) return !t.startsWith('初めて', q);
  return t[q] === 'に' && !/^に(わた|渡|及|一|[0-9０-９]|数|何|なり|なる|して|も|は)/.test(t.slice(q, q + 4));
}

const MONTH_SPAN_AFTER = /^(1[0-2]|0?[1-9]) ?[~〜～\-—–至] ?(1[0-2]|0?[1-9]) ?月/;
const SPAN_NOUN_AFTER = /^の(歴史|実績|経験|伝統|歳月|節目|間)/; // 20年の歴史: twenty years of history

function yearAndMonth(s: Scan, core: Core, p: number): number {
  const t = s.t;
  const y = yearOf(s, core, p);
  if (!y) return 0;
  if (y.note === undefined && (t[p + 1] === '間' || t[p + 1] === '来' || t.startsWith('年以上', p) || t.startsWith('年余', p))) return 0;
  const yearEnd = t[p + 1] === '底' || t[p + 1] === '末' ? p + 2 : t.startsWith('年底', p + 1) || t.startsWith('年末', p + 1) ? p + 3 : 0;
  if (yearEnd) {
    // 2018年底, 二○二三年年底: the end of the year, read as its last month
    s.emit({
      start: y.start, end: yearEnd, value: `${y.year}-12`, unit: 'date', bound: 'exact', note: 'the end of the year',
      coreStart: core.start, coreEnd: core.end, style: core.style,
    });
    return yearEnd;
  }
  // 2028年春, 2026年秋季, 2018年初, 20年初頭: a season or the start of the year, a date known to the year only ("YYYY")
  const early = t.startsWith('初頭', p + 1) ? 3 : t[p + 1] === '初' && !'めの期步步版次'.includes(t[p + 2] ?? '\0') ? 2 : 0;
  if (early || ('春夏秋冬'.includes(t[p + 1] ?? '\0') && !'节節祭休'.includes(t[p + 2] ?? '\0'))) {
    const end = early ? p + early : t[p + 2] === '季' ? p + 3 : p + 2;
    const db = dateBound(t, end);
    s.emit({
      start: y.start, end: db.end, value: String(y.year), unit: 'date', bound: db.bound, note: early ? `the start of ${y.year}` : `a season of ${y.year} (${t[p + 1]})`,
      coreStart: core.start, coreEnd: core.end, style: core.style,
    });
    return db.end;
  }
  let q = p + 1;
  while (t[q] === ' ') q++;
  // 2026年(令和8年)3月, 民國100年(2011年)6月1日: the same year in the other calendar, then the month
  const gloss = /^[(（][^()（）\n]{1,8}年[)）]/.exec(t.slice(q, q + 12));
  if (gloss && monthDay(s, q + gloss[0].length)) q += gloss[0].length;
  const mp = monthDay(s, q);
  if (mp) {
    const value = dateValue(y.year, mp.month, mp.lastDay ? daysInMonth(y.year, mp.month) : mp.day);
    if (!value) return s.impossibleDate(y.start, mp.end, y.year, mp.month, mp.day); // 2026年2月31日: not a date
    const db = dateBound(t, mp.end);
    s.emit({
      start: y.start, end: db.end, value, unit: 'date', bound: db.bound, note: mp.note ?? y.note, coreStart: core.start, coreEnd: mp.end,
      style: core.style, dateStyle: { kind: 'cjk', hasYear: true, hasDay: mp.day !== undefined, dayChar: mp.dayChar },
    });
    return db.end;
  }
  let end = p + 1;
  if (t[end] === '度') end++;
  s.emit({ start: y.start, end, value: y.year, unit: 'year', bound: 'exact', note: y.note, coreStart: core.start, coreEnd: core.end, style: core.style });
  return end;
}

/** 2月24日, 12月, 今年9月, 去年4月底: the year from a relative word, or the dateline. */
function monthAndDay(s: Scan, core: Core): number {
  const mp = monthDay(s, core.start);
  if (!mp) return 0;
  const rel = relativeYearBefore(s, core.start);
  const year = rel ? rel.year : yearOfSentence(s, core.start, mp.month) ?? defaultYear(s);
  const value = dateValue(year, mp.month, mp.lastDay && year !== undefined ? daysInMonth(year, mp.month) : mp.day);
  if (!value) return s.impossibleDate(rel ? rel.start : core.start, mp.end, year, mp.month, mp.day); // 2月30日
  const start = rel ? rel.start : core.start;
  const db = dateBound(s.t, mp.end);
  const note = mp.note ?? (year === undefined ? (mp.day === undefined ? 'month without a year' : 'date without a year') : undefined);
  s.emit({
    start, end: db.end, value, unit: 'date', bound: db.bound, note, confidence: year !== undefined ? undefined : 0.9,
    coreStart: core.start, coreEnd: mp.end, style: core.style,
    dateStyle: mp.day !== undefined && !rel ? { kind: 'cjk', hasYear: false, hasDay: true, dayChar: mp.dayChar } : undefined,
  });
  return db.end;
}

/**
 * 竣工は28年3月で、運営開始を4月: a later month in the same sentence as a dated month
 * continues that year (the dateline's year would be wrong for a schedule).
 */
function yearOfSentence(s: Scan, start: number, month: number): number | undefined {
  const prev = s.out[s.out.length - 1];
  if (!prev || prev.unit !== 'date' || typeof prev.value !== 'string' || start - prev.end > 30) return undefined;
  const m = /^(\d{4})-(\d{2})/.exec(prev.value);
  if (!m || Number(m[2]) >= month || /[。．!?！？\n]/.test(s.t.slice(prev.end, start))) return undefined;
  return Number(m[1]);
}

const NOT_BEFORE_DAY = '間间内內以後后前目付号號元本語语当當中';
const NOT_AFTER_DAY = '第每数數近约約前后後余餘多几幾-~/';

/** 19日, 25 日, （26）日, 今（19）日: a day of the dateline's month. */
const EVERY_MONTH = ['每月', '每個月', '每个月', '毎月'];

function bareDay(s: Scan, core: Core, p: number): number {
  const t = s.t;
  const v = toNumber(core.value);
  if (!isInteger(core.value) || v < 1 || v > 31 || core.style === 'mixed' || core.hasSep) return 0;
  if (NOT_BEFORE_DAY.includes(t[p + 1] ?? '\0') || NOT_AFTER_DAY.includes(t[core.start - 1] ?? '\0')) return 0;
  if (core.style !== 'digits' && t[p + 1] === '市') return 0; // 四日市, 廿日市: city names
  if (EVERY_MONTH.some((w) => t.startsWith(w, core.start - w.length))) return 0; // 每月28日: a day in every month, no date
  const value = dayInDatelineMonth(s, v);
  if (!value) return 0;
  let start = core.start;
  if (t[p - 1] === ')' && t[start - 1] === '(') {
    start--;
    if ('今昨本同'.includes(t[start - 1] ?? '\0')) start--;
  }
  s.emit({
    start, end: p + 1, value, unit: 'date', bound: 'exact', note: 'a day of the dateline\'s month',
    coreStart: core.start, coreEnd: p + 1, style: core.style,
  });
  return p + 1;
}

/** Reads "M月", "M月D日", "M月底" at q. */
export function monthDay(s: Scan, q: number): { month: number; day?: number; end: number; dayChar: string; note?: string; lastDay?: boolean } | undefined {
  const t = s.t;
  const m = parseNumber(t, q);
  if (!m.ok || !m.core || m.core.hasDecimal || m.core.hasSep || m.core.style === 'mixed') return undefined;
  let p = m.core.end;
  if (t[p] === ' ') p++;
  if (t[p] !== '月') return undefined;
  const month = toNumber(m.core.value);
  if (month < 1 || month > 12 || !isInteger(m.core.value)) return undefined;
  p++;
  // 3月底: the month; 3月末: its last day (a deadline), as releases use them
  if (t[p] === '底') return { month, end: p + 1, dayChar: '日', note: 'the end of the month' };
  if (t[p] === '末') return { month, end: p + 1, dayChar: '日', note: 'the end of the month, as its last day', lastDay: true };
  let q2 = p;
  while (t[q2] === ' ') q2++;
  const d = parseNumber(t, q2);
  if (d.ok && d.core && !d.core.hasDecimal && !d.core.hasSep && d.core.style !== 'mixed') {
    let e = d.core.end;
    while (t[e] === ' ') e++;
    const dayChar = t[e];
    const day = toNumber(d.core.value);
    if ((dayChar === '日' || dayChar === '号' || dayChar === '號') && day >= 1 && day <= 31 && isInteger(d.core.value)) {
      return { month, day, end: e + 1, dayChar };
    }
  }
  if (t[p] === '份') p++;
  return { month, end: p, dayChar: '日' };
}

/** Bound words after a date: 2026年4月以降 (from then on), 6月ごろ (about then). */
const DATE_BOUNDS: [string, Bound][] = [['以降', 'atLeast'], ['以后', 'atLeast'], ['以後', 'atLeast'], ['ごろ', 'approx'], ['頃', 'approx'], ['前後', 'approx'], ['左右', 'approx']];

function dateBound(t: string, end: number): { bound: Bound; end: number } {
  for (const [w, bound] of DATE_BOUNDS) if (t.startsWith(w, end)) return { bound, end: end + w.length };
  return { bound: 'exact', end };
}

/** 2022/23年度, 2023/24: one fiscal year, named by the year it starts in (as 2023-24 年度). */
export function slashFiscalYear(s: Scan, core: Core): number {
  const t = s.t;
  if (core.style !== 'digits' || core.intDigits !== 4 || core.hasSep || core.hasDecimal) return 0;
  const y = toNumber(core.value);
  const b = readDigits(t, core.end + 1);
  if (b.bad || b.hasDecimal || b.end - core.end - 1 !== 2 || isDigit(t.charCodeAt(b.end)) || isAsciiLetter(t.charCodeAt(b.end))) return 0;
  if (y < 1900 || y > 2099 || toNumber(b.value) !== (y + 1) % 100) return 0;
  let end = b.end;
  const q = t[end] === ' ' ? end + 1 : end;
  if (t.startsWith('年度', q)) end = q + 2;
  s.emit({ start: core.start, end, value: y, unit: 'year', bound: 'exact', note: 'a fiscal year', coreStart: core.start, coreEnd: core.end, style: 'digits' });
  return end;
}
