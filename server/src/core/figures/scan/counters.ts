/**
 * Counters and ordinals: 第14位 / 第二期 / No. 3 (ranks), Top 10 / トップ10, and the noun
 * a count counts (68件のプロジェクト, 四个项目, Four key projects).
 */
import { isInteger, toNumber } from '../decimal';
import {
  CJK_DIGITS, EN_IRREGULAR_NOUNS, JA_COUNTERS, EN_MONTHS, EN_NOT_NOUNS, EN_SCALES, EN_SMALL_NUMBERS, ORDINAL_NOT_BEFORE,
  RANK_CLASSIFIERS, ZH_COUNT_NOUNS,
} from '../lexicon';
import { isAsciiLetter, isDigit, isHan, isKatakana, wordEndNoun } from './chars';
import { parseNumber } from './numbers';
import type { Core, Draft, Scan } from './state';
import { rightBound } from './unitsAndBounds';

const JA_COUNTER_SET = new Set(JA_COUNTERS);
// 创新是第一动力, 人才是第一资源, 党委第一书记: 第一 as "foremost" or part of a title
const FOREMOST_AFTER = ['动力', '動力', '生产力', '生產力', '资源', '資源', '要务', '要務', '书记', '書記', '责任', '責任'];
const INDUSTRY = ['産業', '产业', '產業'];

/** 第14位, 第1弾, 第二期, 第一, 第2グループ */
export function atOrdinal(s: Scan, i: number): number {
  const t = s.t;
  let q = i + 1;
  if (t[q] === ' ') q++;
  const c = t.charCodeAt(q);
  if (!(isDigit(c) || t[q] in CJK_DIGITS || t[q] === '十')) return i;
  const p = parseNumber(t, q);
  if (!p.ok || !p.core || p.core.hasDecimal || p.core.hasSep || p.core.style === 'cjkseq') return p.end > i ? p.end : i + 1;
  let end = p.core.end;
  // 「第二鳥子工業団地」, IPU第2イノベーションセンター, 第4-1工場: the number is part of a name
  if ('「『“"'.includes(t[i - 1] ?? '\0') && !RANK_CLASSIFIERS.includes(t[end] ?? '\0')) return end;
  if (isAsciiLetter(t.charCodeAt(i - 1)) || (t[end] === '-' && isDigit(t.charCodeAt(end + 1)))) return end;
  if (t[end] === ' ' && RANK_CLASSIFIERS.includes(t[end + 1])) end++;
  let counted: string | undefined;
  if (t[end] !== undefined && ORDINAL_NOT_BEFORE.includes(t[end])) return end;
  // 第一产业, 第三產業: the names of the economic sectors, not ranks; 第一动力, 第一书记: "foremost", a title
  if (INDUSTRY.some((w) => t.startsWith(w, end))) return end;
  if (p.core.value.m === 1n && FOREMOST_AFTER.some((w) => t.startsWith(w, end))) return end;
  const two = t.slice(end, end + 2);
  if (two.length === 2 && JA_COUNTER_SET.has(two)) counted = jaRunAfter(s, end); // 第3段階
  else if (RANK_CLASSIFIERS.includes(t[end])) {
    // 第三次産業: the tertiary sector, not a third time
    if (t[end] === '次' && INDUSTRY.some((w) => t.startsWith(w, end + 1))) return end + 1;
    end++;
  }
  else if (isKatakana(t.charCodeAt(end)) || JA_COUNTER_SET.has(t.slice(end, end + 2))) {
    // 第2グループ, 第3段階: the rank of the noun that follows
    counted = jaRunAfter(s, end);
  }
  const v = toNumber(p.core.value);
  s.emit({ start: i, end, value: v, unit: 'rank', bound: 'exact', counted, coreStart: q, coreEnd: p.core.end, style: p.core.style });
  return end;
}

export function topBefore(sc: Scan, start: number): number {
  const t = sc.t;
  let s = start;
  if (t[s - 1] === ' ') s--;
  if (s >= 3 && t.startsWith('トップ', s - 3)) return s - 3;
  if (s >= 3 && /^top$/i.test(t.slice(s - 3, s)) && !isAsciiLetter(t.charCodeAt(s - 4))) return s - 3;
  return -1;
}

/** The noun after a generic classifier: 68件のプロジェクト, 4つの主要プロジェクト, 四个项目. */
export function countedAfter(s: Scan, p: number, fallback: string | undefined): string | undefined {
  const t = s.t;
  if (s.ja) {
    let q = p;
    if (t[q] === 'の') q++;
    const run = jaRunAfter(s, q);
    return run ?? fallback;
  }
  for (let k = 0; k <= 2; k++) {
    for (const noun of ZH_COUNT_NOUNS) {
      if (t.startsWith(noun, p + k) && !'级級的'.includes(t[p + k + noun.length] ?? '-')) {
        for (let j = p; j < p + k; j++) if (!isHan(t.charCodeAt(j))) return fallback;
        return t.slice(p, p + k + noun.length);
      }
    }
  }
  return fallback;
}

/** A run of kanji/katakana (the noun phrase after の): 国家級研究開発プラットフォーム. */
export function jaRunAfter(s: Scan, q: number): string | undefined {
  const t = s.t;
  let e = q;
  while (e < s.n && e - q < 16) {
    const c = t.charCodeAt(e);
    if (isHan(c) || isKatakana(c)) e++;
    else break;
  }
  return e > q ? t.slice(q, e) : undefined;
}

// Heads of long noun phrases: "six China-Japan regional development cooperation demonstration
// zones" counts zones; past five words only these nouns end a count (a loose plural there is
// more often another phrase's noun)
const EN_COUNTED_HEADS = new Set([
  'zones', 'parks', 'projects', 'initiatives', 'companies', 'enterprises', 'firms', 'centers', 'centres', 'bases', 'cities',
  'districts', 'areas', 'regions', 'platforms', 'programmes', 'programs', 'agreements', 'deals', 'contracts',
  'institutes', 'universities', 'laboratories', 'labs', 'hubs', 'clusters', 'factories', 'plants', 'facilities',
  'countries', 'provinces', 'sites', 'estates', 'corridors', 'ports', 'airports',
]);

const MEASURE_NOUNS = new Set([
  'kilowatt', 'kilowatts', 'megawatt', 'megawatts', 'gigawatt', 'gigawatts', 'watt', 'watts', 'kilowatt-hours', 'megawatt-hours',
  'gigawatt-hours', 'kwh', 'mwh', 'gwh', 'kw', 'mw', 'gw', 'volts', 'kilovolts', 'kv',
]);
// subordinators end the search for a counted noun: "1 Since some buildings" (a footnote) counts nothing
const CLAUSE_WORDS = new Set(['since', 'when', 'if', 'because', 'although', 'though', 'while', 'whereas', 'unless']);
const MODIFIER_NOT_WORD = /^(\d{1,3}(?:,\d{3})*(?:-[a-z]+)+|\([“"]?[A-Z&]{2,6}[”"]?\))(?= )/;

/** English counted noun: the first plural noun within five words (Four key projects), or a counted head within eight. */
export function enNounAfter(s: Scan, p: number, core?: Core): string | undefined {
  const t = s.t;
  let q = p;
  // around 800 local, Mainland and overseas R&D companies: past a list of modifiers ("loose"),
  // only a counted head ends the phrase
  let loose = false;
  for (let k = 0; k < 10; k++) {
    if (k > 0 && t[q] === ',' && t[q + 1] === ' ' && /^[a-z]/i.test(t[q + 2] ?? '')) { q++; loose = true; }
    if (t[q] !== ' ' && !(k === 0 && t[q] === '-')) return undefined;
    const hyphen = t[q] === '-';
    q++;
    // modifiers that are not words: 12-inch chip fabs, Foreign Direct Investment (FDI) projects
    const mod = k > 0 || core?.style === 'words' ? MODIFIER_NOT_WORD.exec(t.slice(q, q + 24)) : null;
    if (mod) { q += mod[0].length; continue; }
    const we = wordEndNoun(t, q);
    if (we === q) return undefined;
    const w = t.slice(q, we);
    const lw = w.toLowerCase();
    // words ending in s that are not plurals (business, various), and such/more/other, are passed over
    if (SKIPPED_WORDS.has(lw) || (EN_NOT_NOUNS.has(lw) && lw.length > 3 && lw.endsWith('s'))) { q = we; continue; }
    if (k > 0 && lw === 'and' && /^[a-z]/.test(w)) { loose = true; q = we; continue; }
    if (EN_NOT_NOUNS.has(lw) || CLAUSE_WORDS.has(lw) || EN_MONTHS[lw] !== undefined && /^[A-Z]/.test(w)) return undefined;
    if (EN_SCALES[lw] !== undefined || EN_SMALL_NUMBERS[lw] !== undefined) return undefined;
    if (EN_IRREGULAR_NOUNS.has(lw)) return lw;
    // three IEs, 12 SMEs: the plural of an acronym
    if (/^[A-Z]{2,5}s$/.test(w)) return lw;
    // 10-storey, 1,300-bed, four-day: a count written as a compound adjective
    // (one-stop, zero-carbon are adjectives, not counts)
    if (hyphen && core && core.style === 'words' && core.value.m <= 1n) return undefined;
    if (hyphen && lw.length > 2 && /^[a-z]+$/.test(lw)) return lw;
    if ((k >= 5 || loose) && !EN_COUNTED_HEADS.has(lw)) {
      if (k >= 7 && !loose) return undefined;
      q = we;
      continue;
    }
    if (lw.length > 3 && lw.endsWith('s') && !lw.endsWith('ss') && !lw.endsWith('us') && !lw.endsWith('is') && /^[a-z]/i.test(lw)) {
      // a year followed by a capitalised noun (the 2024 Olympics) stays a year
      if (core && core.style === 'digits' && core.intDigits === 4 && !core.hasSep && /^[A-Z]/.test(w)) return undefined;
      return lw;
    }
    q = we;
  }
  return undefined;
}

// 36 ramp-up and 95 flatted factories: the first number of a pair counts the second's noun
const PAIRED_COUNT = /^((?: [a-z][a-z-]*){1,2}) (and|or) (\d[\d,]*|[a-z]+)(?= )/;
function sharedNoun(s: Scan, p: number, core: Core): string | undefined {
  if (core.style !== 'digits' && core.style !== 'words') return undefined;
  const m = PAIRED_COUNT.exec(s.t.slice(p, p + 60));
  if (!m || m[1].split(' ').some((w) => EN_NOT_NOUNS.has(w) || CLAUSE_WORDS.has(w))) return undefined;
  if (!/^\d/.test(m[3]) && EN_SMALL_NUMBERS[m[3]] === undefined) return undefined;
  const noun = enNounAfter(s, p + m[0].length);
  return noun && !MEASURE_NOUNS.has(noun) ? noun : undefined;
}

/** A count with no classifier: Top 10 / トップ10, 23 platforms, Four key projects, 23の国家級プラットフォーム. */
export function countWithoutClassifier(s: Scan, d: Draft, top: number | undefined): void {
  const core = d.core;
  if (top !== undefined) {
    d.start = top;
    if (!d.unit) {
      d.unit = 'count';
      d.counted = enNounAfter(s, d.unitEnd);
    }
  } else if (!d.unit && core.style === 'digits') {
    const tp = topBefore(s, core.start);
    if (tp >= 0) {
      d.start = tp;
      d.unit = 'count';
      d.counted = s.ja ? countedAfter(s, d.unitEnd, undefined) : enNounAfter(s, d.unitEnd);
    }
  }
  // net-zero emissions: an adjective, not a count
  if (!d.unit && core.style === 'words' && toNumber(d.value) === 0 && /net[- ]$/i.test(s.t.slice(Math.max(0, d.start - 4), d.start))) return;
  // Industry 4.0 manufacturing: a decimal with no scale counts no things
  if (!d.unit && (core.style === 'digits' || core.style === 'words') && !(core.hasDecimal && !d.hasScale)) {
    const noun = enNounAfter(s, d.unitEnd, core) ?? sharedNoun(s, d.unitEnd, core);
    // 4-million-kilowatt, 225 megawatts: a measure with no unit of ours, a number, not a count of things
    if (noun && MEASURE_NOUNS.has(noun)) d.unit = 'number';
    else if (noun) {
      d.unit = 'count';
      d.counted = noun;
    }
  }
  // One company has begun, One FTZ is headed: "one" and a singular noun as a sentence's subject
  if (!d.unit && !s.ja && core.style === 'words' && toNumber(d.value) === 1) {
    const m = ONE_SUBJECT.exec(s.t.slice(d.unitEnd, d.unitEnd + 40));
    if (m && !EN_NOT_NOUNS.has(m[1].toLowerCase())) {
      d.unit = 'count';
      d.counted = m[1].toLowerCase();
    }
  }
  // has one project in Pampanga, with one zone: "one" and a singular noun of the things we count
  if (!d.unit && !s.ja && core.style === 'words' && toNumber(d.value) === 1) {
    const m = /^ ([a-z]{3,})\b/.exec(s.t.slice(d.unitEnd, d.unitEnd + 20));
    const plural = m ? (m[1].endsWith('y') ? `${m[1].slice(0, -1)}ies` : `${m[1]}s`) : '';
    if (m && EN_COUNTED_HEADS.has(plural)) {
      d.unit = 'count';
      d.counted = m[1];
    }
  }
  // expand the inventory of sites from five to seven: a change in the number of things just named
  if (!d.unit && !s.ja && (core.style === 'digits' || core.style === 'words') && isInteger(d.value) && !d.hasScale && !(core.intDigits === 4 && !core.hasSep)) {
    const m = HEAD_FROM_BEFORE.exec(s.t.slice(Math.max(0, d.start - 40), d.start));
    if (m && EN_COUNTED_HEADS.has(m[1])) {
      d.unit = 'count';
      d.counted = m[1];
    }
  }
  // employ 7,500; a population of around 12 200; up to 100,000 working there: a number of people
  if (!d.unit && !s.ja && (core.style === 'words' || (core.style === 'digits' && (core.hasSep || core.intDigits !== 4))) &&
    (peopleCue(s.t.slice(Math.max(0, d.start - 40), d.start)) || PEOPLE_AFTER.test(s.t.slice(d.unitEnd, d.unitEnd + 16)))) {
    d.unit = 'count';
    d.counted = 'people';
  }
  if (!d.unit && s.ja && core.style === 'digits' && isInteger(d.value) && !core.hasSep && s.t[d.unitEnd] === 'の') {
    const noun = jaRunAfter(s, d.unitEnd + 1);
    if (noun) {
      d.unit = 'count';
      d.counted = noun;
    }
  }
  // Of these, 256 are in operation; 224 of the 256 IPs: a number standing for things just named
  if (!d.unit && !s.ja && (core.style === 'digits' || core.style === 'words') && isInteger(d.value) && !core.hasDecimal && !(core.intDigits === 4 && !core.hasSep) &&
    !d.hasScale && (ANAPHORIC_COUNT_AFTER.test(s.t.slice(d.unitEnd, d.unitEnd + 80)) || (core.intDigits >= 3 && AT_NAMED_PLACE.test(s.t.slice(d.unitEnd, d.unitEnd + 24))) || (toNumber(d.value) >= 2 && OF_THE_MOST.test(s.t.slice(d.unitEnd, d.unitEnd + 24))) ||
      NUMBER_OF_BEFORE.test(s.t.slice(Math.max(0, d.start - 90), d.start))) && !NUMBERED_BEFORE.test(s.t.slice(Math.max(0, core.start - 12), core.start))) {
    d.unit = 'count';
  }
  // 50のプロジェクトのうち、30が調印され、20が着工: a number standing for the things of a うち just before
  if (!d.unit && s.ja && core.style === 'digits' && isInteger(d.value) && !d.hasScale && !core.hasDecimal && (s.t[d.unitEnd] === 'が' || s.t[d.unitEnd] === 'は') &&
    JA_OF_WHICH_BEFORE.test(s.t.slice(Math.max(0, d.start - 30), d.start))) {
    d.unit = 'count';
  }
  // 3,500以上の町工場, 300を超える企業: a count whose bound stands between it and its noun
  if (!d.unit && s.ja && core.style === 'digits' && isInteger(d.value) && !d.hasScale) {
    const rb = rightBound(s, d.unitEnd);
    const q = rb && s.t[rb.end] === 'の' ? rb.end + 1 : rb && s.t[rb.end - 1] === 'る' ? rb.end : -1;
    const noun = q > 0 ? jaRunAfter(s, q) : undefined;
    if (noun && noun.length >= 2) {
      d.unit = 'count';
      d.counted = noun;
    }
  }
}

// のうち、 then at most one earlier item of the same kind (30が調印され、20が…)
const JA_OF_WHICH_BEFORE = /(の|その)うち[、,]?\s?(\d+[がは][^。のうち]{0,12}[、,]\s?)?$/;
const NUMBERED_BEFORE = /\b(chapter|section|article|phase|stage|figure|table|item|no\.|number|part|annex|clause|room|gate|line)\s$/i;
// "Twenty, on an area of 7,800 ha, are in operation"; "five - worth $20 billion - were": an aside may stand between
// some 3,500 at the Lansing Delta Township plant, another 1,500 at the …: people or things at a named place
const AT_NAMED_PLACE = /^ (at|in) the [A-Z][a-z]+/;
const ANAPHORIC_COUNT_AFTER = /^(?:,[^.;\n]{1,50}?,| [-–—] [^.;\n]{1,60}? [-–—]| (?:on|in|with|covering) (?:[^.;,\n]|(?<=\d),(?=\d)){1,24}?)? (more )?(are|were|have been|had been|remain)\b|^ of the \d[\d,]* [A-Za-z]/;
// ten of the most significant projects: a count of the things named after
const OF_THE_MOST = /^ of the (most|largest|biggest|leading|best|top)\b/;
// the number of coastal economic zones established is 17
const NUMBER_OF_BEFORE = /\bnumber of [^.;\n]{1,70}? (is|was|stands at|stood at|reached|totals|totalled|totaled)(?: a total of)?\s$/i;
const HEAD_FROM_BEFORE = /\b([a-z]+) from (?:(?:\d[\d,]*|[a-z]+) to )?$/;
const ONE_SUBJECT = /^ ([a-z]{3,}|[A-Z]{2,6}) (is|was|has|had|will|would|can|could|may)\b/;
const PEOPLE_AFTER = /^ (working|employed) (in|at|there|on)\b/;
const PEOPLE_CUE = /\b(employ|employs|employing|hire|hires|hiring|population of|population)\s+(?:(?:about|around|some|nearly|roughly|up to|more than|over|at least|as many as)\s+)?$/i;
function peopleCue(before: string): boolean {
  return (before.includes('employ') || before.includes('hir') || before.includes('opulation')) && PEOPLE_CUE.test(before);
}

const SKIPPED_WORDS = new Set(['such', 'more', 'other', 'additional', 'new', 'key', 'major']);

const JA_COUNTER_MAX = Math.max(...JA_COUNTERS.map((w) => w.length));

/** Japanese counters with their noun after digits: 8プロジェクト, 4都市, 計10本; 3拠点目 is a rank. */
export function japaneseCounter(s: Scan, d: Draft): void {
  const t = s.t;
  // 1億5千万本: digits with kanji scales count too
  if (!s.ja || (d.core.style !== 'digits' && !(d.core.style === 'mixed' && d.core.bigScale)) || !isInteger(d.value) || d.core.hasSep || d.unitEnd !== d.core.end) return;
  for (let L = Math.min(JA_COUNTER_MAX, s.n - d.p); L >= 1; L--) {
    const w = t.substr(d.p, L);
    if (!JA_COUNTER_SET.has(w)) continue;
    const after = t.charCodeAt(d.p + L);
    // a longer noun (4都市圏, 2段階目 is fine): the counter must end the word unless 目 follows
    if (w === '階') {
      // 地上4階建て, 地上5階、地下1階: a number of floors; 5階に: the fifth floor
      const floors = t[d.p + 1] === '建' || /地[上下]$/.test(t.slice(Math.max(0, d.core.start - 2), d.core.start));
      d.unit = floors ? 'count' : 'rank';
      d.counted = '階';
      d.unitEnd = d.p + 1;
      return;
    }
    if (t[d.p + L] === '目') {
      d.unit = 'rank';
      d.counted = w;
      d.unitEnd = d.p + L + 1;
      return;
    }
    if (L === 1 && (isHan(after) || isKatakana(after))) return;
    d.unit = 'count';
    d.counted = w;
    d.unitEnd = d.p + L;
    return;
  }
}
