import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

/**
 * Character folding that keeps offsets: every UTF-16 unit of the input maps to exactly
 * one unit of the output, so a match found in folded text is at the same offsets in the
 * original. Folding = NFKC (full-width forms, compatibility ideographs) + Japanese and
 * traditional Chinese forms to simplified Chinese (廣 -> 广, 區 -> 区, 実 -> 实). A character whose fold would change the length is kept as it is.
 */
const jpToCn = OpenCC.Converter({ from: 'jp', to: 'cn' });
const tToCn = OpenCC.Converter({ from: 't', to: 'cn' });

const cache = new Map<string, string>();
/** Folds of single UTF-16 units, by code: 0 = not computed yet. Folding reads every name of an archive, so this is a typed-array lookup. */
const unitFold = new Uint16Array(0x10000);

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/u;

export function foldChar(ch: string): string {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    const known = unitFold[code];
    if (known !== 0) return known === code ? ch : String.fromCharCode(known);
  }
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch;
  const code = ch.charCodeAt(0);
  if (code >= 0x80 && !(code >= 0xd800 && code <= 0xdfff)) {
    const n = ch.normalize('NFKC');
    if (n.length === 1) out = n;
    if (CJK_CHAR.test(out)) {
      const a = jpToCn(out);
      if (a.length === 1) out = a;
      const b = tToCn(out);
      if (b.length === 1) out = b;
    }
    if (out === '\u3000') out = ' ';
  }
  cache.set(ch, out);
  if (ch.length === 1 && out.length === 1 && code !== 0) unitFold[code] = out.charCodeAt(0);
  return out;
}

/** Folds a string unit by unit; the result has the same length as the input. */
export function foldText(text: string): string {
  // Copies runs of characters that fold to themselves in one slice: most do.
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    let folded = unitFold[code];
    if (folded === 0) folded = foldChar(text[i]).charCodeAt(0);
    if (folded !== code) {
      out += text.slice(run, i) + String.fromCharCode(folded);
      run = i + 1;
    }
  }
  return run === 0 ? text : out + text.slice(run);
}

/** Folded and lower-cased, for exact matching of catalog names. */
export function matchKey(text: string): string {
  return foldText(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

const pinyinCache = new Map<string, string>();

/** Tone-less pinyin of a Han run, syllables joined: 青岛 -> qingdao, 厦门 -> xiamen. */
export function pinyinOf(han: string): string {
  let hit = pinyinCache.get(han);
  if (hit === undefined) {
    hit = (pinyin(han, { toneType: 'none', type: 'array', v: true }) as string[]).join('').toLowerCase();
    pinyinCache.set(han, hit);
  }
  return hit;
}

export const isHan = (ch: string): boolean => /[\u3400-\u9fff\uf900-\ufaff\u3005\u3007]/u.test(ch);
export const isKana = (ch: string): boolean => /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/u.test(ch);
export const isLatinLetter = (ch: string): boolean => /[A-Za-z]/.test(ch);

// one pinyin syllable without tone: an initial and a final, or a final that stands alone (an, er)
const PINYIN_SYLLABLE = '(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)';
const PINYIN_WORD = new RegExp(`^(?:${PINYIN_SYLLABLE})+$`);

/** Whether a Latin word reads as toneless pinyin syllables (Toutunhe, Xi'an, Haidian): a Chinese place's romanisation. */
export function isPinyinWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’-]/g, '');
  return w.length >= 2 && PINYIN_WORD.test(w);
}

