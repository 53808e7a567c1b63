import { scanFigures } from './scanner';

const HEAD_LINES = 8;
const HEAD_CHARS = 1200;
const DATELINE_LINES = 3;

/** A time of day right after a date (2020-03-14 11:21, 2019/7/25 18:34): a page's own timestamp. */
const TIME_AFTER = /^[\s(（]*(?:[月火水木金土日]|Mon|Tue|Wed|Thu|Fri|Sat|Sun)?[)）]?\s*\d{1,2}[:：]\d{2}/;

function headOf(text: string, maxLines = HEAD_LINES): string {
  let end = 0;
  let lines = 0;
  while (end < text.length && end < HEAD_CHARS && lines < maxLines) {
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.slice(end, lineEnd).trim() !== '') lines++;
    end = nl < 0 ? text.length : nl + 1;
  }
  return text.slice(0, Math.min(end, HEAD_CHARS));
}

/**
 * The publication date of a release: the first full date (YYYY-MM-DD) in its first
 * non-empty lines — a dateline ("SHENYANG, China, Feb. 27, 2026 (GLOBE NEWSWIRE)"),
 * a date line (" date 2026-03-02", "時間: 2025-11-19 10:58") or a bracketed dateline
 * (【瀋陽（中国）2026年3月2日新華社】). A date with a time of day is the page's own
 * timestamp and wins over an earlier one (a listing or page-view date), and so does a
 * labelled date (Updated: 2023-11-01, 发布时间：…); a month's end
 * (3月末) is a deadline in the lead, not a dateline. When the head has none, a date
 * signed at the end (某市统计局 / 2018年10月24日); otherwise undefined.
 */
export function findDocumentDate(text: string): string | undefined {
  const head = headOf(text);
  let first: string | undefined;
  let labelled: string | undefined;
  for (const f of scanFigures(head)) {
    if (f.unit !== 'date' || typeof f.value !== 'string' || !FULL_DATE.test(f.value)) continue;
    if (/[末底]$/.test(f.text)) continue;
    if (TIME_AFTER.test(head.slice(f.end))) return f.value;
    first ??= f.value;
    if (DATE_LABEL_BEFORE.test(head.slice(Math.max(0, f.start - 16), f.start))) labelled ??= f.value;
  }
  return labelled ?? first ?? signOffDate(text);
}

/** Updated: 2023-11-01, 发布时间：…: the article's own date, over a page-view date above it. */
const DATE_LABEL_BEFORE = /(Updated|Published|Posted|Release Date|PublishDate|Date|发布时间|發布時間|发布日期|發布日期|更新时间|更新時間|掲載日|公開日|更新日)\s*[:：]?\s*$/i;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SIGN_OFF_LINES = 3;
const SIGN_OFF_REST = 24;

/**
 * A date signed at the end (a bureau's name, then 2018年10月24日; 「人民網日本語版」2016年3月11日):
 * a full date ending one of the last lines, after a short name on its line or on the line above.
 */
function signOffDate(text: string): string | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => /[\p{L}\p{N}]/u.test(l)).slice(-SIGN_OFF_LINES);
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k];
    const dates = scanFigures(line).filter((f) => f.unit === 'date' && typeof f.value === 'string' && FULL_DATE.test(f.value));
    const last = dates[dates.length - 1];
    if (!last || /[末底]$/.test(last.text)) continue;
    if (line.slice(last.end).replace(/[\s)）\]】」』|]/g, '') !== '') continue;
    const before = last.start > 0 ? line.slice(0, last.start) : lines[k - 1] ?? '';
    // the signer: a source or office name, short, with no sentence in it
    if (before.length > SIGN_OFF_REST || !/\p{L}/u.test(before) || /[。．.!?！？,，;；:：]/.test(before)) continue;
    return last.value as string;
  }
  return undefined;
}

/**
 * A year-less dateline ("【11月21日 Xinhua News】", "4月7日电"): the first month-day
 * without a year in the first lines (a title, the dateline, the lead), as "--MM-DD", when
 * the head has no full date. Bare days (19日) take its month.
 */
export function findYearlessDateline(text: string): string | undefined {
  for (const f of scanFigures(headOf(text, DATELINE_LINES))) {
    if (f.unit === 'date' && typeof f.value === 'string' && /^--\d{2}-\d{2}$/.test(f.value)) return f.value;
  }
  return undefined;
}
