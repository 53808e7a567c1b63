/**
 * NFKC-style normalisation that keeps a map back to the original offsets, so that a
 * match found in normalised text (７．２ -> 7.2) is reported at the span the user wrote.
 *
 * Normalisation is done per code point: each original code point maps to zero or
 * more normalised UTF-16 units, and `toOriginal[i]` is the original offset of the code
 * point that produced normalised unit i. One extra entry maps the end.
 */
export interface NormalizedText {
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the original text it came from (plus one entry for the end). */
  toOriginal: Int32Array;
}

// Characters NFKC leaves alone that releases use interchangeably with ASCII.
const EXTRA: Record<string, string> = {
  '\u3000': ' ', // ideographic space (NFKC maps it too; kept for clarity)
  '\u2009': ' ', // thin space
  '\u202f': ' ', // narrow no-break space
  '\u00a0': ' ', // no-break space
  '\u2212': '-', // minus sign
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u301c': '~', // wave dash
  '\uff5e': '~', // full-width tilde
  '\u3002': '。',
};

export function normalizeWithMap(original: string): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    let norm = EXTRA[ch];
    if (norm === undefined) norm = cp < 0x80 ? ch : ch.normalize('NFKC');
    out.push(norm);
    for (let k = 0; k < norm.length; k++) map.push(i);
    i += ch.length;
  }
  map.push(original.length);
  return { text: out.join(''), toOriginal: Int32Array.from(map) };
}

/** Maps a span of normalised text back to the original text. */
export function originalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = n.toOriginal[start];
  // The end maps to just after the original code point that produced the last unit.
  if (end <= start) return { start: s, end: s };
  const lastUnitOrigin = n.toOriginal[end - 1];
  let e = n.toOriginal[end];
  if (e <= lastUnitOrigin) e = lastUnitOrigin + 1;
  return { start: s, end: e };
}
