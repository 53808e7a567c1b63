import type { EntityType } from '../types';
import { foldText, isHan, isKana, pinyinOf } from './fold';
import { EN_COMMON_WORDS, EN_GENERIC_WORDS, GLOSSARY } from './lexicon';
import { CJK_TYPE_WORDS, COMPATIBLE_CLASSES, EN_TYPE_WORDS, ZONE_ACRONYMS } from './typeWords';

/**
 * A language-independent reading of an entity name, used to compare names across
 * languages: the class of its type word, the romanised proper part (pinyin for Han
 * runs that are not common words, the words themselves for English), and the English
 * concepts of its common words.
 *
 *   Fujian Academy of Materials  -> class academy,    proper "fujian", concepts {material}
 *   福建材料实验室                  -> class laboratory, proper "fujian", concepts {material}
 */
export interface NameReading {
  cls: string;
  /** Alternative readings: a common word may also be a transliterated name part (建筑 read as jianzhu). */
  variants: { proper: string; concepts: Set<string> }[];
  acronyms: string[];
  /** Nothing in the name but generic words (or nothing at all besides the type word). */
  generic: boolean;
  /** Nothing in the name but words of the glossary, generic or of a domain (信息技术, 物流商贸): a project so named is a kind of project. */
  allGloss: boolean;
  /** Words for a slug, in order (proper parts romanised, common words in English, then the class). */
  slugWords: string[];
  latin: boolean;
}

type Segment =
  | { kind: 'proper'; roman: string }
  | { kind: 'gloss'; words: string[]; roman: string; generic: boolean }
  | { kind: 'acronym'; text: string };

// ---------------------------------------------------------------- lexicon indexes

interface CjkWord {
  text: string;
  type: EntityType;
  cls: string;
}
export const CJK_TYPE_INDEX: CjkWord[] = CJK_TYPE_WORDS.map(([text, type, cls]) => ({ text: foldText(text), type, cls })).sort(
  (a, b) => b.text.length - a.text.length,
);

interface GlossWord {
  text: string;
  words: string[];
  generic: boolean;
}
const GLOSS_INDEX: GlossWord[] = [
  ...GLOSSARY.map(([text, en, generic]) => ({ text: foldText(text), words: en.split(' ').map(stem), generic })),
  // type words inside a name read as the words of their class (福州高新区管委会)
  ...CJK_TYPE_WORDS.map(([text, , cls]) => ({ text: foldText(text), words: clsWords(cls), generic: true })),
].sort((a, b) => b.text.length - a.text.length);

export interface EnTypeWord {
  words: string[];
  type: EntityType;
  cls: string;
}
export const EN_TYPE_INDEX: EnTypeWord[] = EN_TYPE_WORDS.map(([text, type, cls]) => ({ words: text.split(' '), type, cls })).sort(
  (a, b) => b.words.length - a.words.length,
);

const COMMON_EN = new Set<string>([...EN_COMMON_WORDS].map(stem));
for (const g of GLOSSARY) for (const w of g[1].split(' ')) COMMON_EN.add(stem(w));

export function clsWords(cls: string): string[] {
  return cls.split('-').filter((w) => w !== 'and' && w !== 'of').map(stem);
}

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

const isAcronym = (w: string): boolean => /^[A-Z][A-Z0-9]{1,5}$/.test(w);
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'for', 'on', 'in', 'de']);

// ---------------------------------------------------------------- readings

const cache = new Map<string, NameReading>();

export function readName(text: string): NameReading {
  let hit = cache.get(text);
  if (!hit) {
    hit = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u.test(text) ? readCjk(text) : readLatin(text);
    cache.set(text, hit);
  }
  return hit;
}

/** The CJK type word that ends a folded name, if any. */
export function cjkHead(folded: string): CjkWord | undefined {
  for (const w of CJK_TYPE_INDEX) if (folded.endsWith(w.text)) return w;
  return undefined;
}

function readCjk(text: string): NameReading {
  const folded = foldText(text).replace(/[\s・]/g, '');
  const head = cjkHead(folded);
  let cls = head?.cls ?? '';
  let namePart = head ? folded.slice(0, folded.length - head.text.length) : folded;
  const acronymOnly = namePart === '' && !head && ZONE_ACRONYMS.has(folded);
  if (acronymOnly) cls = 'acronym';
  const segments: Segment[] = [];
  let i = 0;
  let han = '';
  const flushHan = () => {
    if (han) segments.push({ kind: 'proper', roman: pinyinOf(han) });
    han = '';
  };
  namePart = namePart.replace(/[()（）]/g, ' ');
  while (i < namePart.length) {
    const ch = namePart[i];
    const g = GLOSS_INDEX.find((w) => namePart.startsWith(w.text, i));
    if (g) {
      flushHan();
      segments.push({ kind: 'gloss', words: g.words, roman: /^[\u3400-\u9fff]+$/u.test(g.text) ? pinyinOf(g.text) : g.text, generic: g.generic });
      i += g.text.length;
      continue;
    }
    if (/[A-Za-z0-9]/.test(ch)) {
      flushHan();
      const m = /^[A-Za-z0-9][A-Za-z0-9.&'-]*/.exec(namePart.slice(i))!;
      const w = m[0];
      if (isAcronym(w)) segments.push({ kind: 'acronym', text: w });
      else if (COMMON_EN.has(stem(w))) segments.push({ kind: 'gloss', words: [stem(w)], roman: w.toLowerCase(), generic: EN_GENERIC_WORDS.has(w.toLowerCase()) });
      else segments.push({ kind: 'proper', roman: w.toLowerCase() });
      i += w.length;
      continue;
    }
    if (isKana(ch)) {
      flushHan();
      let j = i;
      while (j < namePart.length && isKana(namePart[j]) && !GLOSS_INDEX.some((w) => j > i && namePart.startsWith(w.text, j))) j++;
      segments.push({ kind: 'proper', roman: namePart.slice(i, j) });
      i = j;
      continue;
    }
    if (isHan(ch)) han += ch;
    else flushHan();
    i++;
  }
  flushHan();
  if (acronymOnly) segments.push({ kind: 'acronym', text: folded });
  return finish(segments, cls, false);
}

function readLatin(text: string): NameReading {
  const words = text
    .replace(/[()]/g, ' ')
    .split(/[\s]+/)
    .filter(Boolean);
  // The head: the type word before the first "of", else the last type word.
  const lower = words.map((w) => w.toLowerCase());
  const ofAt = lower.indexOf('of');
  let head: { at: number; len: number; w: EnTypeWord } | undefined;
  const tryAt = (end: number): typeof head => {
    for (const w of EN_TYPE_INDEX) {
      const start = end - w.words.length;
      if (start < 0) continue;
      if (w.words.every((x, k) => x.toLowerCase() === lower[start + k])) return { at: start, len: w.words.length, w };
    }
    return undefined;
  };
  if (ofAt > 0) head = tryAt(ofAt);
  if (!head) head = tryAt(words.length);
  const cls = head?.w.cls ?? (words.length === 1 && ZONE_ACRONYMS.has(words[0]) ? 'acronym' : '');
  const segments: Segment[] = [];
  let properRun = '';
  const flush = () => {
    if (properRun) segments.push({ kind: 'proper', roman: properRun });
    properRun = '';
  };
  for (let k = 0; k < words.length; k++) {
    if (head && k >= head.at && k < head.at + head.len) continue;
    // type words inside the name read as their class words
    let inner: { len: number; w: EnTypeWord } | undefined;
    for (const w of EN_TYPE_INDEX) {
      if (w.words.length > 1 && w.words.every((x, j) => x.toLowerCase() === lower[k + j])) {
        inner = { len: w.words.length, w };
        break;
      }
    }
    if (inner && inner.w.words.length > 1) {
      flush();
      segments.push({ kind: 'gloss', words: clsWords(inner.w.cls), roman: '', generic: true });
      k += inner.len - 1;
      continue;
    }
    const w = words[k];
    if (CONNECTORS.has(lower[k])) continue;
    for (const part of w.split('-')) {
      if (!part) continue;
      if (isAcronym(part)) {
        flush();
        segments.push({ kind: 'acronym', text: part });
      } else if (COMMON_EN.has(stem(part))) {
        flush();
        segments.push({ kind: 'gloss', words: [stem(part)], roman: part.toLowerCase(), generic: EN_GENERIC_WORDS.has(part.toLowerCase()) });
      } else {
        properRun += stem(part);
      }
    }
    flush();
  }
  flush();
  return finish(segments, cls, true);
}

function finish(segments: Segment[], cls: string, latin: boolean): NameReading {
  const acronyms = segments.filter((s) => s.kind === 'acronym').map((s) => (s as { text: string }).text);
  const glossIdx = segments.map((s, i) => (s.kind === 'gloss' && s.roman ? i : -1)).filter((i) => i >= 0).slice(0, 5);
  const variants: NameReading['variants'] = [];
  const combos = 1 << glossIdx.length;
  for (let mask = 0; mask < combos; mask++) {
    let proper = '';
    const concepts = new Set<string>();
    segments.forEach((s, i) => {
      const asProper = glossIdx.indexOf(i) >= 0 && (mask & (1 << glossIdx.indexOf(i))) !== 0;
      if (s.kind === 'proper') proper += s.roman;
      else if (s.kind === 'gloss') {
        if (asProper) proper += s.roman.toLowerCase();
        else for (const w of s.words) concepts.add(w);
      }
    });
    variants.push({ proper, concepts });
  }
  const generic = segments.every((s) => s.kind === 'gloss' && s.generic);
  const allGloss = segments.length > 0 && segments.every((s) => s.kind === 'gloss');
  const slugWords: string[] = [];
  for (const s of segments) {
    if (s.kind === 'proper') slugWords.push(s.roman);
    else if (s.kind === 'gloss') slugWords.push(...s.words);
    else slugWords.push(s.text.toLowerCase());
  }
  if (cls && cls !== 'acronym') slugWords.push(...cls.split('-'));
  return { cls, variants, acronyms, generic, allGloss, slugWords, latin };
}

// ---------------------------------------------------------------- comparison

function classesCompatible(a: string, b: string): 'same' | 'near' | 'no' {
  if (a === b) return 'same';
  if (COMPATIBLE_CLASSES.some((g) => g.has(a) && g.has(b))) return 'near';
  return 'no';
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

/**
 * How sure we are that two names (of the same type) name the same entity: 0 when
 * unrelated, up to 1. `sameFamily` lowers the bar (versions of one release).
 */
const compactCache = new Map<string, string>();

/** The folded, lower-cased name without spaces or middle dots (cached: names repeat). */
function compactFold(name: string): string {
  let hit = compactCache.get(name);
  if (hit === undefined) {
    hit = foldText(name).toLowerCase().replace(/[\s・]+/g, '');
    if (compactCache.size > 100_000) compactCache.clear();
    compactCache.set(name, hit);
  }
  return hit;
}

export function compareNames(a: string, b: string, sameFamily = false): number {
  const fa = compactFold(a);
  const fb = compactFold(b);
  if (fa === fb) return 1;
  const ra = readName(a);
  const rb = readName(b);
  if (ra.acronyms.length && rb.acronyms.length) {
    return ra.acronyms.some((x) => rb.acronyms.includes(x)) ? 0.95 : 0;
  }
  if (!ra.cls || !rb.cls) return 0;
  const cc = classesCompatible(ra.cls, rb.cls);
  if (cc === 'no') return 0;
  let best = 0;
  for (const va of ra.variants) {
    for (const vb of rb.variants) {
      if (va.proper !== vb.proper) continue;
      const d = dice(va.concepts, vb.concepts);
      let score: number;
      if (va.proper) {
        if (cc === 'near' && d < 1) continue;
        if (d < (sameFamily ? 0.5 : 0.6)) continue;
        score = 0.6 + 0.35 * d - (cc === 'near' ? 0.1 : 0);
      } else {
        // no proper name on either side: the common words must carry it
        if (cc !== 'same' || va.concepts.size < 3 || vb.concepts.size < 3) continue;
        if (d < (sameFamily ? 0.7 : 0.8)) continue;
        score = 0.5 + 0.3 * d;
      }
      if (score > best) best = score;
    }
  }
  return best;
}

/**
 * Keys under which a name is compared with others: two names that share none of them
 * get 0 from compareNames (different folded forms, no common acronym, no common proper
 * reading), so only names that share a key need comparing.
 */
export function blockingKeys(name: string): string[] {
  const keys = [`F:${compactFold(name)}`];
  const reading = readName(name);
  for (const acronym of reading.acronyms) keys.push(`A:${acronym}`);
  if (reading.cls) {
    for (const v of reading.variants) {
      if (v.proper) keys.push(`P:${v.proper}`);
      else if (v.concepts.size >= 3) {
        // Names with no proper part match on common words: at least 3 concepts each and a
        // Dice score of 0.7 or more, so two matching names share at least 3 concepts.
        const concepts = [...v.concepts].sort().slice(0, 10);
        for (let i = 0; i < concepts.length; i++)
          for (let j = i + 1; j < concepts.length; j++)
            for (let k = j + 1; k < concepts.length; k++) keys.push(`C:${concepts[i]} ${concepts[j]} ${concepts[k]}`);
      }
    }
  }
  return keys;
}
