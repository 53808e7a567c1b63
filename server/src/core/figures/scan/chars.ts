/** Character classes and small text helpers shared by every part of the figures scanner. */
import { CJK_BIG_SCALES, CJK_DIGITS, CJK_SMALL_SCALES, EN_MONTHS } from '../lexicon';

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
export function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005;
}

// Character tables for the CJK numerals: kind (1 digit, 2 small scale, 4 big scale) and value.
export const NUM_KIND = new Uint8Array(0x10000);
export const NUM_VALUE = new Int8Array(0x10000);
for (const [k, v] of Object.entries(CJK_DIGITS)) { NUM_KIND[k.charCodeAt(0)] = 1; NUM_VALUE[k.charCodeAt(0)] = v; }
for (const [k, v] of Object.entries(CJK_SMALL_SCALES)) { NUM_KIND[k.charCodeAt(0)] = 2; NUM_VALUE[k.charCodeAt(0)] = v; }
for (const [k, v] of Object.entries(CJK_BIG_SCALES)) { NUM_KIND[k.charCodeAt(0)] = 4; NUM_VALUE[k.charCodeAt(0)] = v; }

export function isCjkScale(ch: string): boolean {
  return ch !== undefined && (NUM_KIND[ch.charCodeAt(0)] & 6) !== 0;
}

export const KANA_RE = /[\u3041-\u309f\u30a1-\u30fa]/;

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function readSmallInt(t: string, p: number, max: number): { value: number; end: number } | undefined {
  let e = p;
  let v = 0;
  while (e < t.length && isDigit(t.charCodeAt(e)) && e - p < max) {
    v = v * 10 + (t.charCodeAt(e) - 48);
    e++;
  }
  if (e === p || isDigit(t.charCodeAt(e))) return undefined;
  return { value: v, end: e };
}

export function wordEnd(t: string, p: number): number {
  let e = p;
  while (e < t.length && isAsciiLetter(t.charCodeAt(e))) e++;
  return e;
}

/** Like wordEnd, but a noun may hold inner hyphens, ampersands and apostrophes (R&D, state-owned). */
export function wordEndNoun(t: string, p: number): number {
  let e = p;
  while (e < t.length) {
    const c = t.charCodeAt(e);
    if (isAsciiLetter(c) || ((c === 45 || c === 38 || c === 39) && isAsciiLetter(t.charCodeAt(e + 1)) && e > p)) e++;
    else break;
  }
  return e;
}

export function skipNonSpace(t: string, p: number): number {
  let e = p;
  while (e < t.length) {
    const c = t.charCodeAt(e);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c >= 0x3000) break;
    e++;
  }
  return e;
}

export function skipSpaceBack(t: string, p: number): number {
  return t[p - 1] === ' ' ? p - 1 : p;
}

export function monthOf(w: string): number | undefined {
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90 || w.length < 3 || w.length > 9) return undefined;
  return EN_MONTHS[w.toLowerCase()];
}
