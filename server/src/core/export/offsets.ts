/**
 * UTF-16 offsets (what the engine, LSP and JavaScript count) to Unicode code point
 * offsets (what Python, most NLP tools and brat count). They differ only after a
 * character outside the Basic Multilingual Plane (𠮷, emoji), which takes two UTF-16
 * code units and one code point.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the low halves of surrogate pairs, ascending. */
  private readonly lowHalves: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.lowHalves.push(++i);
      }
    }
  }

  /** The code point offset of a UTF-16 offset (an offset inside a pair counts as after its first half). */
  at(offset: number): number {
    if (this.lowHalves.length === 0) return offset;
    let lo = 0;
    let hi = this.lowHalves.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lowHalves[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  }
}
