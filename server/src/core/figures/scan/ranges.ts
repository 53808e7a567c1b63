/**
 * Ranges: 30~50人, 3-5年, 1—6月, 2021-2025年, 1至10亿级, three to five years, $5.5 million
 * to $11 million, between $75 million and $151 million. A range is two figures: its low
 * end (atLeast) and its high end (atMost). A bare first number takes the unit and scale
 * of the second (3-5亿元 = 300,000,000 to 500,000,000 CNY); one left without a partner is dropped.
 */
import { dimensionOf } from '../units';
import { EN_LEFT_BOUNDS } from '../lexicon';
import type { Raw } from './state';

const CONNECTORS = new Set(['-', '~', '至', '到', '〜', 'to', 'and']); // 1位から3位に: a move, not a range
// "rose from 10% to 20%" is a change, not a range
const CHANGE_WORDS = /\b(from|rose|rise|rises|grew|grow|increased|increase|decreased|fell|fall|dropped|declined|jumped|climbed|up|down|raised|cut|reduced|expanded|boosted|sank|tumbled|soared|slipped|gained|lost|moved|went|compared)\s*$/i;

export function pairRanges(out: Raw[], t: string): Raw[] {
  const periods = new Set<Raw>();
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (b.start - a.end > 12) continue;
    // from Jan. to Oct.: the period of an abbreviated month is not between the ends
    const between = t.slice(a.end, b.start).replace(a.unit === 'date' ? /^\.(?=\s)/ : /^$/, '').trim();
    if (!(CONNECTORS.has(between.toLowerCase()) || spanFromTo(a, b, between, t)) || b.rangeStart) continue;
    // 2023-24 年度: one fiscal year, named by the year it starts in
    if (a.unit === 'year' && b.unit === 'year' && between === '-' && b.coreEnd - b.coreStart === 2 && Number(b.value) === Number(a.value) + 1) {
      a.end = b.end;
      a.note = 'a fiscal year';
      periods.add(b);
      continue;
    }
    // 2021〜25年, 2021-25年: a span of years whose high end drops the century
    if (a.unit === 'year' && b.unit === 'year-duration' && b.coreEnd - b.coreStart === 2 && b.bound === 'exact' && !a.rangeStart) {
      const high = Number(a.value) - (Number(a.value) % 100) + Number(b.value);
      if (high > Number(a.value) && /^\d{2}\s?年$/.test(t.slice(b.start, b.end))) {
        b.unit = 'year';
        b.value = high;
        b.note = 'a year with its century clipped';
      }
    }
    if (between.toLowerCase() === 'and' && !/\bbetween\s*$/i.test(t.slice(Math.max(0, a.start - 12), a.start))) continue;
    if (a.rangeStart) {
      if (!takeUnit(a, b, t)) continue;
    } else {
      if (a.unit !== b.unit && !(dimensionOf(a.unit) === dimensionOf(b.unit) && dimensionOf(a.unit) !== 'money')) continue;
      if (a.bound !== 'exact' || b.bound !== 'exact') continue;
      // Jan-Apr 2020: the low end takes the high end's year
      if (a.unit === 'date' && isMonth(a) && isMonth(b) && String(a.value).startsWith('--') && !String(b.value).startsWith('--')) a.value = String(b.value).slice(0, 4) + String(a.value).slice(1);
      // 12月13日至23日, 7月17日から20日: the bare day at the high end is in the low end's month
      if (a.unit === 'date' && isDay(a) && isDay(b) && BARE_DAY.test(t.slice(b.start, b.end)) && Number(String(b.value).slice(-2)) > Number(String(a.value).slice(-2))) {
        b.value = String(a.value).slice(0, -2) + String(b.value).slice(-2);
        b.note = a.note;
      }
      // 2024年1月至3月, from January to April, 3月1日至15日: a range only between months of one year or days of one month
      if (a.unit === 'date' && !((isMonth(a) && isMonth(b) || isDay(a) && isDay(b)) && String(a.value).slice(0, -3) === String(b.value).slice(0, -3) && a.value < b.value)) continue;
      // "from January to April" is a span of months; "rose from 10% to 20%", "moved from March to May" are changes
      const before = t.slice(Math.max(0, a.start - 20), a.start);
      if (a.unit === 'date' || a.unit === 'year' ? CHANGE_WORDS.test(before.replace(/\bfrom\s*$/i, '')) || /\b(postponed|delayed|brought forward)\s+from\s*$/i.test(before) : CHANGE_WORDS.test(before.slice(-14))) continue;
    }
    // 2023年1-9月: the months of a span right after a year are that year's
    const year = out[k - 1];
    if (a.unit === 'date' && isMonth(a) && isMonth(b) && year?.unit === 'year' && year.end === a.start && String(a.value).startsWith('--')) {
      a.value = `${year.value}${String(a.value).slice(1)}`;
      if (String(b.value).startsWith('--')) b.value = `${year.value}${String(b.value).slice(1)}`;
    }
    a.bound = 'atLeast';
    // 1至10亿级: the class at the high end still closes the range
    if (b.bound === 'exact' || (b.bound === 'approx' && b.note === 'an order of magnitude (级)')) b.bound = 'atMost';
  }
  glossBounds(out, t);
  sharePercent(out, t);
  joinDurations(out, t, periods);
  return out.filter((r) => !r.rangeStart && !periods.has(r));
}

/** 1月から9月まで, 4月から6月の, 7月17日から20日にかけ: a span of months or days (3月から6月に延期 is a move). */
function spanFromTo(a: Raw, b: Raw, between: string, t: string): boolean {
  return between === 'から' && (isMonth(a) && isMonth(b) || isDay(a) && isDay(b)) && /^(まで|の|にかけ)/.test(t.slice(b.end, b.end + 4));
}

function isMonth(r: Raw): boolean {
  return r.unit === 'date' && /^(\d{4}|-)-\d{2}$/.test(String(r.value));
}

function isDay(r: Raw): boolean {
  return r.unit === 'date' && /^(\d{4}|-)-\d{2}-\d{2}$/.test(String(r.value));
}
const BARE_DAY = /^\d{1,2}\s?日$/;

/** 提高0.1和1.2个百分点, 3.5、4.2和6.1%, 0.5 and 1.2 percentage points: a bare number listed before a percentage shares its unit. */
function sharePercent(out: Raw[], t: string): void {
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k];
    const b = out[k + 1];
    if (a.unit !== 'number' || b.unit !== 'percent' || a.note !== 'number without a unit' || typeof a.value !== 'number') continue;
    if (!LIST_JOINERS.test(t.slice(a.end, b.start))) continue;
    a.unit = 'percent';
    a.note = b.note;
    a.confidence = undefined;
  }
}
const LIST_JOINERS = /^(和|与|與|及|、|,\s?|,?\s?and\s|,?\s?or\s)$/;

/** 3年又3個月, 1年6か月, 2年零6个月: years and months of one span, added up. */
function joinDurations(out: Raw[], t: string, dropped: Set<Raw>): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.unit !== 'year-duration' || b.unit !== 'year-duration' || a.bound !== 'exact' || dropped.has(a)) continue;
    if (!/年$/.test(t.slice(a.start, a.end)) || !/(个月|個月|か月|カ月|ヵ月|ヶ月)$/.test(t.slice(b.start, b.end))) continue;
    if (!/^[又零]?$/.test(t.slice(a.end, b.start))) continue;
    a.value = Number((Number(a.value) + Number(b.value)).toPrecision(12));
    a.end = b.end;
    a.bound = b.bound;
    a.note = 'years and months';
    dropped.add(b);
  }
}

/**
 * A conversion in parentheses states the same amount: "at least US$4 billion (S$5.8
 * billion)" is at least S$5.8 billion too.
 */
function glossBounds(out: Raw[], t: string): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    // about 1,000 mu (66.7 ha.): areas and lengths glossed in another unit too
    const dim = dimensionOf(a.unit);
    if (a.bound === 'exact' || b.bound !== 'exact' || !GLOSSED_DIMENSIONS.has(dim) || dimensionOf(b.unit) !== dim) continue;
    if (/^\s*[(（]$/.test(t.slice(a.end, b.start)) && /^\.?[)）]/.test(t.slice(b.end, b.end + 2))) b.bound = a.bound;
  }
  // 2000万元〈約4億3000万円〉以上: a bound word after the gloss bounds the amount glossed
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.bound !== 'exact' || dimensionOf(a.unit) !== 'money' || dimensionOf(b.unit) !== 'money' || !/^\s*[(（〈〔［[]$/.test(t.slice(a.end, b.start))) continue;
    const m = GLOSS_THEN_BOUND.exec(t.slice(b.end, b.end + 4));
    if (m) a.bound = m[1] === '以上' ? 'atLeast' : m[1] === '以下' ? 'atMost' : 'under';
  }
  // more than VND2,070 trillion ($89.2 billion): the gloss of an amount we do not read keeps its bound
  for (const b of out) {
    if (b.bound !== 'exact' || dimensionOf(b.unit) !== 'money' || !/^[)）]/.test(t.slice(b.end, b.end + 1))) continue;
    const m = BOUNDED_OTHER_AMOUNT.exec(t.slice(Math.max(0, b.start - 48), b.start));
    const bound = m ? EN_LEFT_BOUNDS[m[1].toLowerCase().replace(/\s+/g, ' ')] : undefined;
    if (bound && !out.some((a) => a !== b && a.end > b.start - m![0].length && a.end <= b.start)) b.bound = bound;
  }
}
const GLOSSED_DIMENSIONS = new Set(['money', 'area', 'length']);
const GLOSS_THEN_BOUND = /^[)）〉〕］\]](以上|以下|未満|未满)/;
const BOUNDED_OTHER_AMOUNT = /\b(more than|over|above|exceeded|exceeding|exceeds|nearly|about|around|approximately|almost|up to|at least|less than)\s+(?:[A-Z]{2,3}\s?[\d.,]+(?:\s*(?:trillion|billion|million|thousand|bn|mn))?|[\d.,]+(?:\s*(?:trillion|billion|million|thousand|bn|mn))?\s?[A-Z]{3})\s*[(（]$/i;

/** The low end of a range written as a bare number takes the high end's unit and scale. */
function takeUnit(a: Raw, b: Raw, t: string): boolean {
  const low = Number(a.value);
  if (b.unit === 'date') {
    const v = String(b.value);
    if (/^(\d{4}|-)-\d{2}$/.test(v) && low >= 1 && low <= 12 && Number.isInteger(low)) a.value = `${v.slice(0, -2)}${String(low).padStart(2, '0')}`;
    else if (/^(\d{4}|-)-\d{2}-\d{2}$/.test(v) && low >= 1 && low < Number(v.slice(-2))) a.value = `${v.slice(0, -2)}${String(low).padStart(2, '0')}`;
    else return false;
  } else if (b.unit === 'year') {
    if (!(Number.isInteger(low) && low >= 1000 && low <= 2999)) return false;
  } else {
    // 30~50亿元: the scale inside the second number's core (亿) applies to the first too
    const lead = /^\d+(\.\d+)?/.exec(t.slice(b.coreStart, b.coreEnd).replace(/,/g, ''));
    const scale = lead && Number(lead[0]) !== 0 && typeof b.value === 'number' ? b.value / Number(lead[0]) : b.scale ?? 1;
    // 50億至60億元: a first number with a scale of its own (50億) is not scaled again
    const ownLead = /^\d+(\.\d+)?/.exec(t.slice(a.coreStart, a.coreEnd).replace(/,/g, ''));
    const scaled = ownLead !== null && Number(ownLead[0]) !== low;
    a.value = scaled ? low : Number((low * scale).toPrecision(15));
  }
  a.unit = b.unit;
  a.counted = b.counted;
  a.rangeStart = false;
  a.note = 'the low end of a range';
  a.confidence = undefined;
  return true;
}
