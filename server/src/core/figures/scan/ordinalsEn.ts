/**
 * English words that state a figure without digits: ordinals as ranks (the first phase,
 * Germany's second-largest, Phase III, Stage 1), quarters as dates (by the third quarter
 * of 2027), "half" as a share and "a decade" as a duration.
 */
import { isAsciiLetter, isDigit, readSmallInt, wordEnd } from './chars';
import { dateValue } from './dateValues';
import type { Scan } from './state';
import { parseNumber } from './numbers';
import { toNumber } from '../decimal';
import { readWordNumber } from './englishWords';
import { EN_SMALL_NUMBERS } from '../lexicon';
import { leftBound } from './unitsAndBounds';

export const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, thirtieth: 30, fiftieth: 50, hundredth: 100,
};
const ROMAN: Record<string, number> = { II: 2, III: 3, IV: 4, VI: 6, VII: 7, VIII: 8, IX: 9, XI: 11, XII: 12 };
const SERIES_WORDS = new Set(['phase', 'stage', 'round', 'lot', 'part', 'tranche', 'zone', 'park', 'area', 'plant', 'line']);
// nouns of a group in a sequence: "the first batch of projects" is a rank, as 第1陣 / 第一批 / 第2期 are
const GROUP_WORDS = new Set(['group', 'batch', 'wave', 'cohort', 'edition', 'session', 'installment', 'instalment']);
const NOT_NOUNS_AFTER_ORDINAL = new Set(['time', 'and', 'the', 'one', 'half', 'quarter', 'place', 'day', 'week', 'month', 'year', 'round']);
// the first half of 2016 is a period, not a share
const HALF_OF_PERIOD = new Set(['first', 'second', 'latter', 'other', 'back', 'front']);
// Second Minister for Trade, Second Reading: titles and procedures, not ranks
const TITLE_WORDS = new Set(['minister', 'secretary', 'reading', 'lady', 'lieutenant', 'deputy']);
const OF_COUNT = /^ of (the )?(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b/;
const HALF_CUES = new Set(['nearly', 'about', 'almost', 'only', 'roughly', 'around', 'over', 'than', 'just', 'some']);

function wordBefore(t: string, i: number): string {
  let e = i;
  while (e > 0 && (t[e - 1] === ' ' || t[e - 1] === '\'' || t[e - 1] === '’')) e--;
  let a = e;
  while (a > 0 && isAsciiLetter(t.charCodeAt(a - 1))) a--;
  return t.slice(a, e).toLowerCase();
}

/** Returns the end of the figure read at the word [i, we), or 0. */
/** Every word that may start one of these figures (a quick test for all other words). */
const TRIGGERS = new Set([...Object.keys(EN_ORDINALS), ...Object.keys(ROMAN).map((r) => r.toLowerCase()), ...SERIES_WORDS, 'group', 'half', 'decade', 'percent', 'percents', 'per']);

export function atEnglishWordFigure(s: Scan, i: number, we: number, w: string, lw: string): number {
  if (!TRIGGERS.has(lw)) return 0;
  const t = s.t;
  const ord = EN_ORDINALS[lw];
  if (ord !== undefined) return ordinal(s, i, we, w, ord);
  if (ROMAN[w] !== undefined && t[i - 1] === ' ') {
    // Phase III, Industrial Park III: after a capitalised series word (not a name: James Smith III)
    const prevWord = wordBefore(t, i);
    const prevStart = i - 1 - prevWord.length;
    if (SERIES_WORDS.has(prevWord) && /^[A-Z]/.test(t[prevStart] ?? '') && !isAsciiLetter(t.charCodeAt(we))) {
      s.emit({ start: i, end: we, value: ROMAN[w], unit: 'rank', bound: 'exact', note: 'a Roman numeral', coreStart: i, coreEnd: we, style: 'words' });
      return we;
    }
  }
  if (SERIES_WORDS.has(lw) && /^[A-Z]/.test(w) && t[we] === ' ' && isDigit(t.charCodeAt(we + 1))) {
    const d = readSmallInt(t, we + 1, 2);
    if (d && !isAsciiLetter(t.charCodeAt(d.end)) && !isDigit(t.charCodeAt(d.end)) && t[d.end] !== '.' && t[d.end] !== ',') {
      s.emit({ start: i, end: d.end, value: d.value, unit: 'rank', bound: 'exact', counted: lw, coreStart: we + 1, coreEnd: d.end, style: 'digits' });
      return d.end;
    }
  }
  if (lw === 'half' && !isAsciiLetter(t.charCodeAt(we)) && t[we] !== '-' && !HALF_OF_PERIOD.has(wordBefore(t, i)) &&
      (HALF_CUES.has(wordBefore(t, i)) || t.startsWith(' of ', we))) {
    const lb = leftBound(s, i);
    s.emit({ start: lb ? lb.start : i, end: we, value: 50, unit: 'percent', bound: 'approx', note: 'half', coreStart: i, coreEnd: we, style: 'words' });
    return we;
  }
  // percent of 10, per cent of twenty-two: the share written before its number
  if ((lw === 'percent' || lw === 'percents' || (lw === 'per' && t.startsWith(' cent', we))) ) {
    let q = lw === 'per' ? we + 5 : we;
    if (!t.startsWith(' of ', q)) return 0;
    q += 4;
    const p = parseNumber(t, q);
    const n = p.ok && p.core && p.core.style === 'digits' ? { value: toNumber(p.core.value), end: p.core.end } : isAsciiLetter(t.charCodeAt(q)) ? wordNumber(s, q) : undefined;
    if (!n) return 0;
    s.emit({ start: i, end: n.end, value: n.value, unit: 'percent', bound: 'exact', coreStart: q, coreEnd: n.end, style: 'words' });
    return n.end;
  }
  if (lw === 'decade') {
    const a = wordBefore(t, i) === 'a' ? i - 2 : -1;
    let end = we;
    if (t.startsWith('-long', we)) end = we + 5;
    if (a < 0 && end === we) return 0;
    s.emit({ start: a >= 0 ? a : i, end, value: 10, unit: 'year-duration', bound: 'exact', note: 'a decade', coreStart: i, coreEnd: we, style: 'words' });
    return end;
  }
  return 0;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'and', 'or']);

function ordinal(s: Scan, i: number, we: number, w: string, value: number): number {
  const t = s.t;
  if (isAsciiLetter(t.charCodeAt(we))) return 0;
  // by the third quarter of 2027: a deadline, the quarter's last month; "in the first
  // quarter of 2023" is a period, of which only the year is a figure
  if (value <= 4 && t.startsWith(' quarter of ', we) && /\bby\s+the\s*$/i.test(t.slice(Math.max(0, i - 10), i))) {
    const q = we + 12;
    const y = readSmallInt(t, q, 4);
    if (y && y.end - q === 4) {
      const date = dateValue(y.value, value * 3);
      if (date) {
        s.emit({ start: i, end: y.end, value: date, unit: 'date', bound: 'atMost', note: `quarter ${value} of ${y.value}`, coreStart: i, coreEnd: y.end, style: 'words' });
        return y.end;
      }
    }
  }
  // A rank when it names one of a series: the Third Silk Road Expo, Orissa's first SEZ,
  // the second phase, the first batch of projects, Germany's second-largest; "one of the
  // first zones" stays a word (no one place in a series).
  const ne = wordEnd(t, we + 1);
  const next = t[we] === ' ' && ne > we + 1 ? t.slice(we + 1, ne) : '';
  const capitalised = /^[A-Z]/.test(w) && /^[A-Z]/.test(next);
  const possessive = /(['’]s|\bits|\btheir)\s+$/i.test(t.slice(Math.max(0, i - 8), i));
  const series = SERIES_WORDS.has(next.toLowerCase()) || GROUP_WORDS.has(next.toLowerCase());
  const superlative = t[we] === '-' && /^(largest|biggest|highest|most|best|fastest|busiest)/.test(t.slice(we + 1, we + 9));
  // the sixth-generation Camaro, a second-phase plant: the place in a series, hyphenated
  const hyphenSeries = t[we] === '-' && /^(generation|phase|stage|round|tier)\b/.test(t.slice(we + 1, we + 12));
  // the third industrial park, a second plant: one thing of a series, named by a singular
  // noun; "the first zones" (plural) and "the first building of …" (a part of something) are not ranks
  const article = /\b(the|a|its|their)\s+$/i.test(t.slice(Math.max(0, i - 7), i));
  const afterNext = t.slice(ne, ne + 4);
  // "the first building of Innovation Park" names a part of a named whole; "the first batch of projects" stays a word
  const ofNamed = afterNext === ' of ' && /^[A-Z]/.test(t[ne + 4] ?? '');
  const singularNoun = /^[a-z]{3,}$/.test(next) && !/[^s]s$/.test(next) && !EN_ORDINALS[next] && EN_SMALL_NUMBERS[next] === undefined &&
    (afterNext !== ' of ' || ofNamed) && !NOT_NOUNS_AFTER_ORDINAL.has(next);
  // the seventh China-Eurasia Expo, the first Pangyo Techno Valley: one of a named series
  const andOrdinal = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth),? and\s+$/i.test(t.slice(Math.max(0, i - 16), i));
  const named = (article || andOrdinal) && /^[A-Z]/.test(next) && !/^[A-Z]/.test(w);
  // the second of five zones; the first and second phases
  const ofCount = article && next === 'of' && OF_COUNT.test(t.slice(we, we + 16));
  const coordinated = article && next === 'and' && EN_ORDINALS[t.slice(ne + 1, wordEnd(t, ne + 1)).toLowerCase()] !== undefined;
  // the second and third batches: a plural group noun after a later ordinal
  const laterBatch = value >= 2 && next === 'batches';
  if (capitalised && TITLE_WORDS.has(next.toLowerCase())) return 0;
  // the period included First Pangasinan Property: a capitalised ordinal after two lower-case words,
  // the last no determiner, starts a name (the Third Silk Road Expo, China's First FTZ and a
  // title-case headline, Sands Prepares for First Data Centre, stay ranks)
  const prev = /([A-Za-z]+) ([A-Za-z]+) $/.exec(t.slice(Math.max(0, i - 32), i));
  if (capitalised && !possessive && prev && /^[a-z]/.test(prev[1]) && /^[a-z]/.test(prev[2]) && !DETERMINERS.has(prev[2])) return 0;
  // the third industry, the second industries: the economic sectors (第三产业), not ranks
  if (/^industr(y|ies)$/i.test(next) && !/^ (park|zone|cluster|base|area)\b/i.test(afterNext + t.slice(ne + 4, ne + 12))) return 0;
  // while the second, the Cay Truong Industrial Park, …: one of a series named in apposition
  const appositive = /\bthe\s+$/i.test(t.slice(Math.max(0, i - 5), i)) && /^, the [A-Z]/.test(t.slice(we, we + 7));
  if (!capitalised && !possessive && !series && !superlative && !hyphenSeries && !(article && singularNoun) && !named && !ofCount && !coordinated && !laterBatch && !appositive) return 0;
  if (t.startsWith(' time', we) || t.startsWith(' of all', we) || /^ [Cc]entury/.test(t.slice(we, we + 8))) return 0;
  const counted = next && !coordinated && !ofCount && !appositive ? next.toLowerCase() : undefined;
  s.emit({ start: i, end: we, value, unit: 'rank', bound: 'exact', counted, coreStart: i, coreEnd: we, style: 'words' });
  return we;
}

function wordNumber(s: Scan, q: number): { value: number; end: number } | undefined {
  const w = readWordNumber(s, q);
  return w ? { value: toNumber(w.value), end: w.end } : undefined;
}
