/**
 * The figures scanner: one left-to-right pass over the NFKC-normalised text. At each
 * number core (ASCII digits, CJK numerals, English number words) it reads the number,
 * then looks right for a scale, unit, classifier or bound word and left for a bound
 * word or currency prefix. Every character is visited a bounded number of times, so
 * the pass is linear; there are no regular expressions on the hot path.
 *
 * Where things are (scan/): numbers.ts (numbers and scales), tail.ts (the steps after a
 * number), unitsAndBounds.ts, money.ts, shares.ts (shares and percent), dates.ts,
 * counters.ts (counters and ordinals), englishWords.ts (English number words), chars.ts,
 * state.ts (the scan's state and shared types). Word tables are in lexicon.ts.
 */
import { fastNormalize, squeezeCjkSpaces } from './fastNormalize';
import { pairRanges } from './scan/ranges';
import { originalSpan, NormalizedText } from '../text/normalize';
import { isAsciiLetter, isDigit, NUM_KIND } from './scan/chars';
import { atOrdinal } from './scan/counters';
import { atWord } from './scan/englishWords';
import { atNumber } from './scan/numbers';
import { atFraction } from './scan/shares';
import { atCjkNumberless } from './scan/numberless';
import { Scan, ScanOptions, ScannedFigure, type ImpossibleDate } from './scan/state';
import { NUMBERLESS_FIRST } from './scan/numberless';

export type { CoreStyle, DateStyle, ScannedFigure, ScanOptions } from './scan/state';
export { parseNumber } from './scan/numbers';

const FEN = 0x5206; // 分: X分之Y
const NUMBERLESS_CODES = new Uint8Array(0x10000);
for (const ch of NUMBERLESS_FIRST) NUMBERLESS_CODES[ch.charCodeAt(0)] = 1;
const FIRST_OF = '位'; // 首批 stays a word: the reviewed samples read it so (see README)

/** 〇企業局として…: a circle opening a line is a bullet, not a zero. */
function isBullet(t: string, i: number): boolean {
  if (t[i] !== '〇' && t[i] !== '○') return false;
  if (NUM_KIND[t.charCodeAt(i + 1)] !== 0 || isDigit(t.charCodeAt(i + 1))) return false;
  let k = i - 1;
  while (k >= 0 && (t[k] === ' ' || t[k] === '\u3000' || t[k] === '\t')) k--;
  return k < 0 || t[k] === '\n';
}

function run(s: Scan): void {
  const t = s.t;
  const n = s.n;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) {
      // 3分の2, 2分之1: a fraction written with digits
      let j = i + 1;
      while (isDigit(t.charCodeAt(j))) j++;
      if (t.charCodeAt(j) === FEN && (t[j + 1] === 'の' || t[j + 1] === '之')) {
        const r = atFraction(s, i);
        if (r > i) { i = r; continue; }
      }
      i = atNumber(s, i);
      continue;
    }
    if (isAsciiLetter(c)) {
      if (i > 0 && (isAsciiLetter(t.charCodeAt(i - 1)) || isDigit(t.charCodeAt(i - 1)))) {
        i = s.skipWord(i);
        continue;
      }
      i = atWord(s, i);
      continue;
    }
    if (c >= 0x3000 || c === 0x25cb) {
      const ch = t[i];
      if (ch === '第') {
        const r = atOrdinal(s, i);
        if (r > i) { i = r; continue; }
      } else if (ch === '首' && FIRST_OF.includes(t[i + 1])) {
        // 首位, 首批, 首期: the first of a series (a rank with its counted noun)
        s.emit({ start: i, end: i + 2, value: 1, unit: 'rank', bound: 'exact', counted: t[i + 1] === '位' ? undefined : t[i + 1], coreStart: i, coreEnd: i + 2, style: 'cjk' });
        i += 2;
        continue;
      }
      if (t.charCodeAt(i + 1) === FEN || (NUM_KIND[c] !== 0 && t.charCodeAt(i + 2) === FEN)) {
        const r = atFraction(s, i);
        if (r > i) { i = r; continue; }
      }
      if (NUMBERLESS_CODES[c] === 1) {
        const r = atCjkNumberless(s, i);
        if (r > i) { i = r; continue; }
      }
      if (NUM_KIND[c] !== 0) {
        if (isBullet(t, i)) { i++; continue; }
        i = atNumber(s, i);
        continue;
      }
    }
    i++;
  }
}

// ---------------------------------------------------------------------------
// entry point

export function scanFigures(text: string, options: ScanOptions = {}): ScannedFigure[] {
  return scanText(text, options).figures;
}

// a forum's member box ("Joined / Jun 18, 2012 / Messages / 29,950"): page chrome, not the release's figures
const PROFILE_LABEL_BEFORE = /(?:^|\n)[-–•]?\s*(?:Joined|Messages|Reaction score|Posts|Points|Likes received)\s*\n[-–•]?\s*$/;

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》', '〈': '〉' };
const QUOTE_CLOSERS = new Set(Object.values(QUOTE_PAIRS));
const SLOGAN_CLASSIFIERS = '大个個项項条條';
const CLAUSE_MARKS = '。，,;；!?！？、\n';

/**
 * “四大攻坚战”, 「投資臺灣三大方案」, “CBD优质发展18条”: a count at the end of a short
 * quoted name (its quote closes at most three characters on) names a programme, not things.
 * Chinese only (Japanese quotes stress what they count: 「3つのコア」), and only with the
 * classifiers slogans are made of (四个全面, 八项规定; “五篇大文章” counts articles).
 */
function closesShortQuote(t: string, start: number, end: number): boolean {
  let close = -1;
  for (let k = end; k <= end + 3 && k < t.length; k++) {
    if (QUOTE_CLOSERS.has(t[k])) { close = k; break; }
    if (CLAUSE_MARKS.includes(t[k])) return false;
  }
  if (close < 0) return false;
  for (let k = start - 1; k >= 0 && k >= start - 12; k--) {
    if (QUOTE_PAIRS[t[k]] === t[close]) return true;
    if (QUOTE_CLOSERS.has(t[k]) || CLAUSE_MARKS.includes(t[k])) return false;
  }
  return false;
}

/** The figures of `text`, and the date-shaped spans that cannot be dates (offsets into `text`). */
export function scanText(text: string, options: ScanOptions = {}): { figures: ScannedFigure[]; impossibleDates: ImpossibleDate[] } {
  const norm: NormalizedText = squeezeCjkSpaces(fastNormalize(text));
  const sc = new Scan(norm.text, options);
  run(sc);
  const impossibleDates = sc.impossible.map((d) => {
    const span = originalSpan(norm, d.start, d.end);
    return { start: span.start, end: span.end, text: text.slice(span.start, span.end), reason: d.reason };
  });
  const out: ScannedFigure[] = [];
  for (const r of pairRanges(sc.out, norm.text)) {
    if (PROFILE_LABEL_BEFORE.test(norm.text.slice(Math.max(0, r.start - 24), r.start))) continue;
    if (r.unit === 'count' && !sc.ja && SLOGAN_CLASSIFIERS.includes(norm.text[r.end - 1]) && closesShortQuote(norm.text, r.start, r.end)) continue;
    const span = originalSpan(norm, r.start, r.end);
    // a space squeezed out after the figure (12日 共同, Vol.12 を) is not part of its span
    while (span.end > span.start + 1 && (text[span.end - 1] === ' ' || text[span.end - 1] === '\u3000') && norm.text[r.end - 1] !== ' ') span.end--;
    const core = originalSpan(norm, r.coreStart, r.coreEnd);
    const f: ScannedFigure = {
      start: span.start, end: span.end, text: text.slice(span.start, span.end),
      value: r.value, unit: r.unit, bound: r.bound,
      coreStart: core.start, coreEnd: core.end, style: r.style,
    };
    if (r.counted !== undefined) f.counted = r.counted;
    if (r.note !== undefined) f.note = r.note;
    if (r.confidence !== undefined) f.confidence = r.confidence;
    if (r.scaleWord) {
      const sw = originalSpan(norm, r.scaleWord.start, r.scaleWord.end);
      f.scaleWord = { start: sw.start, end: sw.end, pow: r.scaleWord.pow };
    }
    if (r.tenths) f.tenths = true;
    if (r.dateStyle) f.dateStyle = r.dateStyle;
    out.push(f);
  }
  return { figures: out, impossibleDates };
}
