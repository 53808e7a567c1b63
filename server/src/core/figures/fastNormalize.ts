import { normalizeWithMap, NormalizedText } from '../text/normalize';

/**
 * Same result as `normalizeWithMap` (NFKC per code point with a map back to the
 * original offsets), with a fast path for the code points that NFKC leaves alone and
 * that make up most of a release: ASCII, hiragana, katakana and CJK unified ideographs.
 * Only runs that contain something else go through the reference implementation.
 */
export function fastNormalize(original: string): NormalizedText {
  const n = original.length;
  // Fast check: is every unit stable? Then the map is the identity.
  let firstSlow = -1;
  for (let i = 0; i < n; i++) {
    if (!isStable(original.charCodeAt(i))) { firstSlow = i; break; }
  }
  if (firstSlow < 0) {
    const map = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) map[i] = i;
    return { text: original, toOriginal: map };
  }
  const parts: string[] = [];
  let map = new Int32Array(n + 16);
  let len = 0;
  const push = (s: string, origin: number, copyIdentity: boolean) => {
    parts.push(s);
    if (len + s.length + 1 > map.length) {
      const bigger = new Int32Array(Math.max(map.length * 2, len + s.length + 16));
      bigger.set(map);
      map = bigger;
    }
    for (let k = 0; k < s.length; k++) map[len + k] = copyIdentity ? origin + k : origin;
    len += s.length;
  };
  let i = 0;
  while (i < n) {
    // Stable run.
    let j = i;
    while (j < n && isStable(original.charCodeAt(j))) j++;
    if (j > i) { push(original.slice(i, j), i, true); i = j; continue; }
    // Unstable run: hand it to the reference normaliser (it works per code point, so
    // normalising the run alone gives the same result as normalising it in place).
    while (j < n && !isStable(original.charCodeAt(j))) j++;
    const sub = normalizeWithMap(original.slice(i, j));
    parts.push(sub.text);
    if (len + sub.text.length + 1 > map.length) {
      const bigger = new Int32Array(Math.max(map.length * 2, len + sub.text.length + 16));
      bigger.set(map);
      map = bigger;
    }
    for (let k = 0; k < sub.text.length; k++) map[len + k] = sub.toOriginal[k] + i;
    len += sub.text.length;
    i = j;
  }
  map[len] = n;
  return { text: parts.join(''), toOriginal: map.subarray(0, len + 1) };
}

function isStable(c: number): boolean {
  if (c < 0x80) return true;
  if (c >= 0x4e00 && c <= 0x9fff) return true; // CJK unified ideographs
  if (c >= 0x3041 && c <= 0x3096) return true; // hiragana
  if (c >= 0x30a1 && c <= 0x30fa) return true; // katakana
  if (c === 0x30fc || c === 0x30fb || c === 0x3001 || c === 0x3002) return true; // ー ・ 、 。
  if (c >= 0x300c && c <= 0x300f) return true; // 「」『』
  if (c === 0x201c || c === 0x201d) return true; // “ ”
  return false;
}

/**
 * Hong Kong, Taiwan and many web pages set half-width spaces between a number and its
 * scale or unit and between CJK characters (1 兆 5,855 億元, 11 月, 8.55 %, 7  万  円).
 * Drops runs of spaces that have a CJK character on one side and a digit, a CJK
 * character or % on the other, keeping the map to the original offsets. Spaces between
 * two ASCII characters (2 500, 5 ft 2 in) stay.
 */
export function squeezeCjkSpaces(norm: NormalizedText): NormalizedText {
  const t = norm.text;
  const n = t.length;
  let first = -1;
  for (let i = t.indexOf(' '); i >= 0 && i < n; i = t.indexOf(' ', i + 1)) {
    if (squeezable(t, i)) { first = i; break; }
  }
  if (first < 0) return norm;
  const parts: string[] = [];
  const map = new Int32Array(n + 1);
  let len = 0;
  let from = 0;
  let i = first;
  while (i >= 0 && i < n) {
    let j = i;
    while (t.charCodeAt(j) === 32) j++;
    if (squeezable(t, i)) {
      parts.push(t.slice(from, i));
      for (let k = from; k < i; k++) map[len++] = norm.toOriginal[k];
      from = j;
    }
    i = t.indexOf(' ', j);
  }
  parts.push(t.slice(from));
  for (let k = from; k < n; k++) map[len++] = norm.toOriginal[k];
  map[len] = norm.toOriginal[n];
  return { text: parts.join(''), toOriginal: map.subarray(0, len + 1) };
}

function squeezable(t: string, i: number): boolean {
  let s = i;
  while (s > 0 && t.charCodeAt(s - 1) === 32) s--;
  let e = i;
  while (t.charCodeAt(e) === 32) e++;
  if (s === 0 || e >= t.length || e - s > 6) return false;
  const a = t.charCodeAt(s - 1);
  const b = t.charCodeAt(e);
  const cjkA = a >= 0x3000 && a !== 0x3001 && a !== 0x3002;
  const cjkB = b >= 0x3000 && b !== 0x3001 && b !== 0x3002;
  const digitA = a >= 48 && a <= 57;
  const digitB = b >= 48 && b <= 57;
  if (cjkA && (cjkB || digitB)) return true;
  if (digitA && (cjkB || b === 37 /* % */)) return true;
  return false;
}
