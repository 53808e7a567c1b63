import type { Span } from '../types';

export interface WordSegment extends Span {
  text: string;
  isWordLike: boolean;
}

// Intl.Segmenter's cost grows quadratically with the string length in Node 20, so
// Chinese text is segmented one sentence at a time (../../DESIGN notes: 94k chars took 9 s).
const SENTENCE_END = /[。！？!?；;\n]/u;
const MAX_CHUNK = 400;

let segmenter: Intl.Segmenter | undefined;

export function segmentChineseWords(text: string, offset = 0): WordSegment[] {
  const words: WordSegment[] = [];
  for (const [chunkStart, chunkEnd] of chunkRanges(text)) words.push(...segmentChunk(text, chunkStart, chunkEnd, offset));
  return words;
}

/** The pieces Chinese text is segmented in: sentences, cut at MAX_CHUNK. */
function chunkRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let chunkStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const atEnd = i === text.length;
    if (atEnd || SENTENCE_END.test(text[i]) || i - chunkStart >= MAX_CHUNK) {
      const chunkEnd = atEnd ? i : i + 1;
      ranges.push([chunkStart, chunkEnd]);
      chunkStart = chunkEnd;
    }
  }
  return ranges;
}

function segmentChunk(text: string, chunkStart: number, chunkEnd: number, offset: number): WordSegment[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: WordSegment[] = [];
  for (const seg of segmenter.segment(text.slice(chunkStart, chunkEnd))) {
    const start = offset + chunkStart + seg.index;
    words.push({ start, end: start + seg.segment.length, text: seg.segment, isWordLike: seg.isWordLike ?? false });
  }
  return words;
}

/**
 * The word boundaries of a span of Chinese text, as segmentChineseWords gives them, but
 * each sentence is segmented only when a position in it is first asked about: entity
 * names need boundaries in a few sentences of a paragraph, and Intl.Segmenter was the
 * largest single cost of reading Chinese releases.
 */
export class ChineseWordBoundaries {
  private chunks: [number, number][] | undefined;
  private readonly segmented = new Map<number, Set<number>>();

  constructor(private readonly text: string, private readonly start: number, private readonly end: number) {}

  /** True when a word starts or ends at `position` (an offset in the whole text). */
  has(position: number): boolean {
    this.chunks ??= chunkRanges(this.text.slice(this.start, this.end));
    const ranges = this.chunks;
    const at = position - this.start;
    // The chunk whose start is the last one at or before `at`.
    let lo = 0;
    let hi = ranges.length - 1;
    if (hi < 0 || at < 0 || at > ranges[hi][1]) return false;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ranges[mid][0] <= at) lo = mid;
      else hi = mid - 1;
    }
    const [chunkStart, chunkEnd] = ranges[lo];
    if (at === chunkStart || at === chunkEnd) return true; // every chunk's words start at its start and end at its end
    let boundaries = this.segmented.get(lo);
    if (!boundaries) {
      boundaries = new Set();
      for (const w of segmentChunk(this.text, this.start + chunkStart, this.start + chunkEnd, 0)) {
        boundaries.add(w.start);
        boundaries.add(w.end);
      }
      this.segmented.set(lo, boundaries);
    }
    return boundaries.has(position);
  }
}
