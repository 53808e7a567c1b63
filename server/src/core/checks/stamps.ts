// What a version says about itself rather than about the release: the wire dateline,
// the page's timestamp, a metadata line. Versions are published on other days and
// re-issued years later, so these are never facts to align (a re-issue's "July 4, 2019"
// dateline would otherwise take the place of the one event date).

/** Only the head of a page carries its stamps. */
const HEAD = 1500;

/** After a wire dateline's date: the service's name between slashes or in parentheses. */
const WIRE_AFTER = /^,?\s*(?:\/[^/\n]{2,40}\/|\((?:GLOBE NEWSWIRE|BUSINESS WIRE|ACCESSWIRE|Xinhua|AP|Reuters)\))/i;
/** The dash before the lead ("SUZHOU, China, July 4, 2019 --"): only near a line's start, after a dated dateline. */
const DASH_AFTER = /^\s*(?:--|—|–\s)/;
const DASH_DATELINE_REACH = 60;
/** After a Chinese wire dateline's date: 新华社北京4月7日电. */
const DIAN_AFTER = /^\s*[电電]/;
/** A time of day right after the date: the page's own timestamp (2020-03-14 11:21). */
const TIME_AFTER = /^[\s(（]*(?:[月火水木金土日]|Mon|Tue|Wed|Thu|Fri|Sat|Sun)?[)）]?\s*\d{1,2}[:：]\d{2}/;
/** A line that labels the date it carries (" date 2021-04-20", "Date:2020-07-11 11:20", "日期：…"). */
const LABEL_LINE = /^\s*(?:date|dated|published|posted|updated|release date|日期|时间|時間|发布时间|發佈時間|發布時間|発表日|配信日)\s*[:：]?\s*\d/i;

/**
 * True when the figure at [start, end) is part of the version's publication stamp: a
 * date in a bracketed dateline (【北京2019年11月7日PR Newswire=共同通信JBN】, 【11月21日
 * Xinhua News】), a date before a wire service's name or the lead's dash, a date with a
 * time of day, or any figure on a date-labelled metadata line.
 */
export function isPublicationStamp(text: string, start: number, end: number, isDate: boolean): boolean {
  if (start > HEAD) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const line = text.slice(lineStart, lineEnd);
  if (line.length <= 80 && LABEL_LINE.test(line)) return true;
  if (!isDate) return false;
  const after = text.slice(end, Math.min(lineEnd, end + 48));
  if (WIRE_AFTER.test(after) || DIAN_AFTER.test(after)) return true;
  // "on March 14 — two days early" in a lead is the event: a dateline's dash follows a year, near the line's start.
  if (DASH_AFTER.test(after) && start - lineStart <= DASH_DATELINE_REACH && /\d{4}/.test(text.slice(start, end).normalize('NFKC'))) return true;
  // A timestamp writes its year (an event's "19日14:00" in a lead does not).
  if (TIME_AFTER.test(after) && /\d{4}/.test(text.slice(start, end).normalize('NFKC'))) return true;
  // In a bracketed dateline: 【 opens on this line before the date and closes soon after it.
  const open = text.lastIndexOf('【', start);
  if (open >= lineStart && start - open <= 30 && !text.slice(open, start).includes('】')) {
    const close = text.indexOf('】', end);
    if (close >= 0 && close <= lineEnd && close - end <= 40) return true;
  }
  return false;
}
