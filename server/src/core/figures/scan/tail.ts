/**
 * The common tail of a figure: after the number core, read a scale (billion, 多万), the
 * unit or classifier, a currency before the number, the counted noun, and the bound
 * words on either side; then decide whether a number with no unit is a figure at all.
 * Each step is its own function; a step returns a position when the scan must stop there.
 */
import { add, dec, isInteger, shift, toNumber } from '../decimal';
import { CJK_BIG_SCALES, CJK_DIGITS, CJK_SMALL_SCALES, EN_SCALES, EN_YEAR_CUES, FINANCIAL_NUMERALS, MONEY_SCALE_LETTERS } from '../lexicon';
import { isAsciiLetter, isCjkScale, isDigit, NUM_KIND, skipSpaceBack, wordEnd } from './chars';
import { countWithoutClassifier, countedAfter, japaneseCounter } from './counters';
import { applyMoneyPrefix, localCurrency, moneyCueBefore, moneyPrefix, readInches, readSubunits, suffixSymbol } from './money';
import { applyShareTail, negativeBefore } from './shares';
import type { Bound } from '../../types';
import type { UnitEntry } from '../lexicon';
import type { Core, Draft, Scan } from './state';
import { cjkUnitAt, enUnitAt, leftBound, pastPrefix, rightBound } from './unitsAndBounds';

const VERSION_NUMBER = /^\d\.0$/;
const VERSION_NAME_BEFORE = /((?:^|[^A-Za-z])[A-Z][A-Za-z]*\s?|[业業ー])$/;
const STOP_NONE = -1;

/** Units whose figures may be negative (-22.2%, 负0.2千米, minus five percent). */
const SIGNED = new Set(['percent', 'number', 'km', 'm', 'mi', 'ft', 'CNY', 'JPY', 'USD', 'HKD', 'TWD', 'KRW', 'SGD', 'EUR', 'INR', 'GBP']);

/** A range connector after a bare number, then a number: 30~50人, 3-5年, 1至10亿级, three to five years. */
function rangeConnectorAt(s: Scan, p: number): boolean {
  const t = s.t;
  let q = p;
  if (t[q] === ' ') q++;
  const c = t[q];
  let r = -1;
  if (c === '-' || c === '~' || c === '至' || c === '到' || c === '〜') r = q + 1;
  else if (t.startsWith('to ', q) && t[q - 1] === ' ') r = q + 3;
  if (r < 0) return false;
  if (t[r] === ' ') r++;
  const n = t.charCodeAt(r);
  return isDigit(n) || (t[r] in CJK_DIGITS) || t[r] === '十' || (isAsciiLetter(n) && /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b/i.test(t.slice(r, r + 8)));
}

export function tail(s: Scan, core: Core, i: number, opts: { top?: number } = {}): number {
  void i;
  const d: Draft = {
    core, value: core.value, p: core.end, start: core.start, unitEnd: core.end, unitWord: '', bound: 'exact',
    boundFromRight: false, hasScale: core.bigScale, tenths: false,
  };
  let stop = scaleAfter(s, d);
  if (stop !== STOP_NONE) return stop;
  stop = suffixAfterDigits(s, d);
  if (stop !== STOP_NONE) return stop;
  stop = applyUnit(s, d);
  if (stop !== STOP_NONE) return stop;
  // a lone 一 with a classifier is the article "a" (一个地方, 一家企业), but 一年 is a year
  if (core.single && core.style === 'cjk' && toNumber(core.value) === 1 && !(d.unitEntry && (d.unitEntry.kind === 'percent' || d.unitEntry.kind === 'money' || (d.unitEntry.kind === 'duration' && oneYearIsDuration(s, d)))) &&
    !listedCount(s, d) && !(!d.unitEntry && rangeConnectorAt(s, core.end))) return core.end; // 一至九月: a range's low end
  // a financial numeral alone is a word (陆家嘴), and digits written one by one need a unit (一六六件)
  if (core.single && FINANCIAL_NUMERALS.includes(s.t[core.start])) return core.end;
  // 一六六件 (three or more digits one by one) or 五五折; 唯一一个 is "the only one"
  if (core.style === 'cjkseq' && (!d.unitEntry || (core.intDigits < 3 && !d.unitEntry.discount))) return core.end;
  applyMoneyPrefix(s, d);
  if (!d.unit) suffixSymbol(s, d);
  if (!d.unit) japaneseCounter(s, d);
  countWithoutClassifier(s, d, opts.top);
  return finish(s, d);
}

/** 城大兩間、理大一間: a lone 一 counts when the item before it in a list counts with the same classifier. */
function listedCount(s: Scan, d: Draft): boolean {
  const t = s.t;
  if (d.unitEntry?.kind !== 'count' || !d.unitWord) return false;
  const sep = t.lastIndexOf('、', d.start);
  if (sep < 0 || d.start - sep > 8) return false;
  const k = sep - d.unitWord.length;
  return k > 0 && t.startsWith(d.unitWord, k) && (NUM_KIND[t.charCodeAt(k - 1)] !== 0 || isDigit(t.charCodeAt(k - 1)));
}

/** 一年 is "one year" after 过去/近 or before 来/内/后 (新的一年 is "the new year"). */
function oneYearIsDuration(s: Scan, d: Draft): boolean {
  return d.unitWord !== '年' || pastPrefix(s, d.start) >= 0 || leftBound(s, d.start) !== undefined || '来來内內后後间間多'.includes(s.t[d.unitEnd] ?? '-');
}

/** 50多万 / 300余人 (多/余 between the number and its scale or classifier), then English scale words and the unit. */
function scaleAfter(s: Scan, d: Draft): number {
  const t = s.t;
  const core = d.core;
  const cjkCore = core.style === 'cjk' || core.style === 'mixed';
  let midBound = false;
  if ((t[d.p] === '多' || t[d.p] === '余' || t[d.p] === '餘') && !core.hasDecimal) {
    let q = d.p + 1;
    if (t[d.p] === '余' && t[q] === 'り') q++;
    const sc = t[q];
    if (sc in CJK_BIG_SCALES || (sc in CJK_SMALL_SCALES && !isCjkScale(t[q - 2] ?? ''))) {
      d.value = shift(d.value, sc in CJK_BIG_SCALES ? CJK_BIG_SCALES[sc] : CJK_SMALL_SCALES[sc]);
      d.hasScale = true;
      d.p = q + 1;
      midBound = true;
    } else if (cjkUnitAt(s, q)) {
      d.p = q;
      midBound = true;
    }
  }
  // English scale words: 52.2 billion, 1.2 million, 3 thousand; 52.2bn
  if (!cjkCore && !midBound) {
    let q = d.p;
    if (t[q] === ' ' || (t[q] === '-' && isAsciiLetter(t.charCodeAt(q + 1)))) q++;
    if (isAsciiLetter(t.charCodeAt(q))) {
      const we = wordEnd(t, q);
      const w = t.slice(q, we).toLowerCase();
      // $20b, S$13b, $280m: scale letters count only after a currency
      // 4.8m sq ft: "m" before feet is a million (metres are never followed by feet)
      const letters = q === d.p && MONEY_SCALE_LETTERS[w] !== undefined && (moneyPrefix(s, core.start) || (w === 'm' && SQ_FEET_AFTER.test(t.slice(we, we + 14))))
        ? MONEY_SCALE_LETTERS[w] : undefined;
      const pw = EN_SCALES[w] ?? letters;
      if (pw !== undefined && (w !== 'hundred' || core.style === 'words' || core.intDigits <= 2)) {
        d.value = shift(d.value, pw);
        d.scaleWord = { start: q, end: we, pow: pw };
        d.hasScale = true;
        d.p = we;
      }
    }
  }
  // the unit
  d.unitEnd = d.p;
  let q = d.p;
  if (t[q] === ' ' && !cjkCore && (t.charCodeAt(q + 1) >= 0x3000)) q++;
  const u = cjkUnitAt(s, q) ?? enUnitAt(s, d.p, core);
  if (u) {
    // 前10个月, 头三个月: the first months of a year, the period a statistic covers (as 1—10月)
    if ((u.word === '个月' || u.word === '個月') && '前头頭'.includes(t[core.start - 1] ?? '\0')) return Math.max(u.end, core.end);
    d.unitEntry = u.entry;
    d.unitEnd = u.end;
    d.unitWord = u.word;
  }
  // 100亿级: an order of magnitude of money
  if (!d.unitEntry && core.bigScale && (t[d.p] === '级' || t[d.p] === '級') && toNumber(d.value) >= 1e8) {
    d.unit = s.opts.yuan ?? 'CNY';
    d.bound = 'approx';
    d.boundFromRight = true;
    d.note = 'an order of magnitude (级)';
    d.unitEnd = d.p + 1;
  }
  if (midBound) {
    if (!d.unitEntry && !d.hasScale) return core.end; // 3多 without anything after it
    d.bound = 'over';
    d.boundFromRight = true;
  }
  return STOP_NONE;
}

const COPYRIGHT_BEFORE = /(©|\(c\)|copyright)\s*(\d{4}\s*[-–]\s*)?$/i;
const SQ_FEET_AFTER = /^ (sq\.? ?ft|sq\.? feet|square f(ee|oo)t)\b/i;

/** After ASCII digits with no unit: a rank suffix (14th), computing power (200P), or a code (5G, 3D). */
function suffixAfterDigits(s: Scan, d: Draft): number {
  const t = s.t;
  if (d.unitEntry || d.core.style !== 'digits' || !isAsciiLetter(t.charCodeAt(d.p))) return STOP_NONE;
  const we = wordEnd(t, d.p);
  const w = t.slice(d.p, we).toLowerCase();
  if ((w === 'st' || w === 'nd' || w === 'rd' || w === 'th') && isInteger(d.value) && !d.core.hasSep) {
    if (/^ [Cc]entur/.test(t.slice(we, we + 8))) return we; // the 21st century: an era, not a rank
    d.unit = 'rank';
    d.unitEnd = we;
  } else if (w === 'p' && t[d.p] === 'P') {
    d.unit = 'pflops';
    d.unitEnd = we;
  } else {
    return s.skipToken(d.p);
  }
  return STOP_NONE;
}

/** What the unit word means: its unit and scale, tenths (7割), a counted noun, a year (2025年度). */
function applyUnit(s: Scan, d: Draft): number {
  const e = d.unitEntry;
  if (!e) return STOP_NONE;
  const t = s.t;
  const core = d.core;
  d.unit = e.unit;
  d.note = e.note;
  if (e.pow) d.value = shift(d.value, e.pow);
  // 總建築面積33萬呎: Hong Kong writes square feet as 呎 where an area is meant
  if (d.unitWord === '呎' && /面積|面积/.test(t.slice(Math.max(0, d.start - 12), d.start))) d.unit = 'ft2';
  if (e.tenths || e.discount) applyShareTail(s, d, e);
  if (e.divide) {
    d.floatValue = toNumber(d.value) / e.divide; // months in years: not a power of ten
  }
  if (notAFigureHere(s, d, e)) return d.unitEnd;
  if (e.kind === 'count') {
    d.counted = e.counted;
    if (e.generic) d.counted = countedAfter(s, d.unitEnd, d.counted);
    if (s.ja && d.unitWord === '位') d.unit = 'rank';
    // 两 is only ever a cardinal: 分两期 is two phases, 二期 the second
    if (d.unit === 'rank' && (t[core.start] === '两' || t[core.start] === '兩')) d.unit = 'count';
  }
  const fourDigitYear = () => {
    const v = toNumber(d.value);
    return core.intDigits === 4 && v >= 1000 && v <= 2999;
  };
  if (e.kind === 'duration' && d.unitWord === '年' && !core.hasDecimal && fourDigitYear()) d.unit = 'year';
  if (e.kind === 'year' && !fourDigitYear()) return d.unitEnd;
  if (e.unit === 'CNY' && e.kind === 'money') {
    // 亿元人民币
    for (const tailWord of ['人民币', '人民幣']) {
      if (t.startsWith(tailWord, d.unitEnd)) d.unitEnd += tailWord.length;
    }
  }
  if (e.kind === 'money') {
    localCurrency(s, d);
    readSubunits(s, d);
  }
  // 两米半, 两年半, 三块半: and a half
  if ((e.kind === 'unit' || e.kind === 'duration' || e.kind === 'money') && t[d.unitEnd] === '半' && !'ばば价價額'.includes(t[d.unitEnd + 1] ?? '\0') && isInteger(d.value)) {
    d.value = add(d.value, dec(5, -1 + (e.pow ?? 0)));
    d.unitEnd++;
  }
  if (e.inches) readInches(s, d);
  return STOP_NONE;
}

// 二期工程: phase two of a project; a bare 二期 elsewhere ends a name (高雄軟體園區二期, 創伴二期)
const PHASE_NOUNS = ['工程', '项目', '項目', '建设', '建設', '用地', '规划', '規劃', '开发', '開發', '厂房', '廠房', '主体', '主體', '地块', '地塊'];
// 第14次五カ年計画, 第二个十年: the plan's or decade's ordinal is the figure, its length a name
const ORDINAL_BEFORE = /第[0-9一二三四五六七八九十百]+[次个個]$/;

function notAFigureHere(s: Scan, d: Draft, e: UnitEntry): boolean {
  const t = s.t;
  const at = d.core.start;
  if (d.unitWord === '期' && t[at - 1] !== '第' && !PHASE_NOUNS.some((w) => t.startsWith(w, d.unitEnd))) return true;
  // サブパークの1つ: "one of", not a count
  if ((d.unitWord === 'つ') && t[at - 1] === 'の' && toNumber(d.value) === 1) return true;
  if (e.kind === 'duration' && t.slice(Math.max(0, at - 6), at).includes('第') && ORDINAL_BEFORE.test(t.slice(Math.max(0, at - 6), at))) return true;
  // 二、三十年, 三、四十間: "twenty or thirty", a guess spanning two numbers, not the second alone
  const lead = CJK_DIGITS[t[at - 2]];
  if (t[at - 1] === '、' && lead !== undefined && lead + 1 === CJK_DIGITS[t[at]] && CJK_DIGITS[t[at - 3]] === undefined) return true;
  // in the first eight months of 2022: a part of a year named by its length, not a duration
  // in the first nine months. / the recent six months of 2019: the same period, however it ends
  if (e.kind === 'duration' && /month/.test(d.unitWord) && (/\bfirst\s$/i.test(t.slice(Math.max(0, at - 7), at)) ||
    (t.startsWith(' of ', d.unitEnd) && /\b(recent|last|past)\s$/i.test(t.slice(Math.max(0, at - 8), at))))) return true;
  // 350km/h, 300公里/小时: a speed, not a length
  if ((e.unit === 'km' || e.unit === 'm') && SPEED_AFTER.test(t.slice(d.unitEnd, d.unitEnd + 8))) return true;
  return false;
}

const SPEED_AFTER = /^\s?(\/\s?(h|hr|hour|s|sec)\b|per (hour|second)|\/小时|\/小時|每小时|每小時|\/時|毎時)/i;
const CLOCK_WORDS = new Set(['minutes', 'hours', 'seconds', 'mins', 'hrs']);
const AFTER_MINUTES = ['間', '钟', '鐘', 'ほど', '程度', '以内', 'の場所', 'の距離', 'の所', 'で', 'に'];

function minutesAfter(t: string, p: number): boolean {
  return t[p] === '分' && AFTER_MINUTES.some((w) => t.startsWith(w, p + 1));
}

/** 200億元(1元=約16円)を上回った: a bound after a short gloss in parentheses; the span stays the figure's. */
function boundAfterGloss(s: Scan, p: number): { bound: Bound; end: number } | undefined {
  const t = s.t;
  if (t[p] !== '(' && t[p] !== '（') return undefined;
  const close = t.slice(p + 1, p + 25).search(/[)）]/);
  if (close < 0 || /[(（\n]/.test(t.slice(p + 1, p + 1 + close))) return undefined;
  const rb = rightBound(s, p + close + 2);
  return rb && rb.bound !== 'atMost' ? { bound: rb.bound, end: p } : undefined;
}

const CHROME_COUNTED = new Set(['コメント', 'comment', 'comments']);
const PHOTO_COUNTER_BEFORE = /(写真|画像|図版)[(（]$/;
const OVER_AS_MORE_BEFORE = /\b(for|of|in|than|after|with|just|by|at)\s$/i;
const PER_ONE_AFTER = /^(当たり|当り|あたり)/;
const TEMPERATURE_AFTER = /^(\s?°\s?[CF]|\s?℃|\s?℉| [CF](?=$|[\n,;)]))/;
const OTHER_CURRENCY_BEFORE = /\b(VND|IDR|Rp|THB|PHP|MYR|RM|BDT|Tk)\s?$/;
const OTHER_CURRENCY_AFTER = /^\s?(VND|IDR|THB|PHP|MYR|BDT)\b/;
// 87.5 billion pesos: money in a currency we have no unit for, not a count of pesos
const OTHER_CURRENCY_WORDS = new Set(['peso', 'pesos', 'ringgit', 'baht', 'rupiah', 'dong', 'taka', 'dirham', 'dirhams', 'riyal', 'riyals', 'rubles', 'roubles', 'lira', 'naira', 'rand', 'shillings', 'kip', 'kyat']);

/** Bounds on either side; a number with no unit is a year, a bare number, or nothing. */
function finish(s: Scan, d: Draft): number {
  const t = s.t;
  const core = d.core;
  // about 30 minutes, 車でおよそ10分の場所: times of day and minutes are not figures here
  if ((d.unit === 'count' && d.counted !== undefined && (CLOCK_WORDS.has(d.counted) || OTHER_CURRENCY_WORDS.has(d.counted))) || (!d.unit && minutesAfter(t, d.unitEnd))) return Math.max(d.unitEnd, core.end);
  // 0 件のコメント, 12 comments, この記事の写真(3枚): a page's comment and photo counters
  if (d.unit === 'count' && (CHROME_COUNTED.has(d.counted ?? '') || PHOTO_COUNTER_BEFORE.test(t.slice(Math.max(0, d.start - 6), d.start)))) return Math.max(d.unitEnd, core.end);
  // 1人当たりGDP, 一人あたり: "per person", not a count of one
  if (d.unit === 'count' && toNumber(d.value) === 1 && PER_ONE_AFTER.test(t.slice(d.unitEnd, d.unitEnd + 4))) return Math.max(d.unitEnd, core.end);
  const rb = rightBound(s, d.unitEnd) ?? boundAfterGloss(s, d.unitEnd);
  let end = d.unitEnd;
  if (rb && !d.boundFromRight) {
    d.bound = rb.bound;
    end = rb.end;
  }
  if (!d.unit) {
    // 7.4 C, 30°C: a temperature, no figure of ours
    if (TEMPERATURE_AFTER.test(t.slice(d.unitEnd, d.unitEnd + 4))) return Math.max(end, core.end);
    // 用电量6.42亿度, 气温30度: kilowatt-hours or degrees in Chinese, no figure of ours
    if (!s.ja && t[d.unitEnd] === '度' && t[d.unitEnd + 1] !== '假') return Math.max(end, core.end);
    // VND 46,000 billion, Rp 5 million: an amount in a currency we have no unit for is not a bare number
    if (OTHER_CURRENCY_BEFORE.test(t.slice(Math.max(0, d.start - 5), d.start))) return Math.max(end, core.end);
    const wordAfter = /^ ([a-z]+)\b/.exec(t.slice(end, end + 12));
    if (wordAfter && OTHER_CURRENCY_WORDS.has(wordAfter[1])) return Math.max(end, core.end); // 300 million baht
    if (OTHER_CURRENCY_AFTER.test(t.slice(end, end + 5))) return Math.max(end, core.end); // 1.78 trillion VND
    // Industry 4.0, 工业4.0, インダストリー4.0: a version in a name, not a quantity
    if (core.style === 'digits' && VERSION_NUMBER.test(t.slice(core.start, core.end)) && VERSION_NAME_BEFORE.test(t.slice(Math.max(0, core.start - 16), core.start))) {
      return Math.max(end, core.end);
    }
    const v = toNumber(d.value);
    const lbPeek = leftBound(s, d.start);
    const yearBound = rb && /^ at the (earliest|latest)$/.test(t.slice(d.unitEnd, rb.end));
    if (core.style === 'digits' && !core.hasSep && !core.hasDecimal && core.intDigits === 4 && v >= 1900 && v <= 2099 && !d.scaleWord && (!rb || yearBound)) {
      if (COPYRIGHT_BEFORE.test(t.slice(Math.max(0, core.start - 20), core.start))) return Math.max(end, core.end); // © 2001-2013: a site's footer
      const cue = s.wordBefore(skipSpaceBack(t, core.start)).toLowerCase();
      d.unit = 'year';
      if (!EN_YEAR_CUES.has(cue)) {
        d.confidence = 0.8;
        d.note = 'bare four-digit number read as a year';
      }
    } else if (rangeConnectorAt(s, end)) {
      d.unit = 'number';
      d.rangeStart = true;
    } else if (core.bigScale && toNumber(d.value) >= 1e6 && moneyCueBefore(t, lbPeek ? lbPeek.start : d.start)) {
      d.unit = s.ja ? 'JPY' : s.opts.yuan ?? 'CNY'; // 科技園斥60億, 研究費20.7兆: an amount after a word of money, without 元/円
      d.note = 'an amount without its currency, after a word of money';
      d.confidence = 0.8;
    } else if (d.hasScale || core.hasSep || (core.hasDecimal && core.style === 'digits') || (rb && core.style !== 'cjk') || (lbPeek && core.style === 'digits')) {
      d.unit = 'number';
      d.confidence = 0.6;
      d.note = 'number without a unit';
    } else {
      return Math.max(end, core.end);
    }
  }
  // left bound (or "past" prefix of a duration)
  let lb = leftBound(s, d.start);
  if (d.unit === 'year-duration') {
    const past = pastPrefix(s, d.start);
    if (past >= 0) {
      d.start = past;
      lb = undefined;
    }
    // a return over 30 years: "over" is the span's preposition (for over 70 years, over 10 years ago: more than)
    if (lb && t.slice(lb.start, d.start).toLowerCase().startsWith('over') && !OVER_AS_MORE_BEFORE.test(t.slice(Math.max(0, lb.start - 8), lb.start)) &&
      !/^ (ago|old)\b/.test(t.slice(end, end + 5))) lb = undefined;
  }
  if (lb && !(d.unit === 'year' || d.unit === 'date' || d.unit === 'rank')) {
    if (d.bound === 'exact') d.bound = lb.bound;
    d.start = lb.start;
  }
  let value = d.floatValue ?? toNumber(d.value);
  if (SIGNED.has(d.unit)) {
    const neg = negativeBefore(s, d.start);
    if (neg >= 0) {
      value = -value;
      d.start = neg;
    }
  }
  const written = toNumber(core.value);
  s.emit({
    start: d.start, end, value, unit: d.unit, bound: d.bound, counted: d.counted, note: d.note,
    confidence: d.confidence, coreStart: core.start, coreEnd: core.end, style: core.style, scaleWord: d.scaleWord,
    tenths: d.tenths || undefined, rangeStart: d.rangeStart, scale: written !== 0 ? value / written : undefined,
  });
  return Math.max(end, core.end);
}
