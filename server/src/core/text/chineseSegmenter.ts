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
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: WordSegment[] = [];
  let chunkStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const atEnd = i === text.length;
    if (atEnd || SENTENCE_END.test(text[i]) || i - chunkStart >= MAX_CHUNK) {
      const chunkEnd = atEnd ? i : i + 1;
      const chunk = text.slice(chunkStart, chunkEnd);
      for (const seg of segmenter.segment(chunk)) {
        const start = offset + chunkStart + seg.index;
        words.push({ start, end: start + seg.segment.length, text: seg.segment, isWordLike: seg.isWordLike ?? false });
      }
      chunkStart = chunkEnd;
    }
  }
  return words;
}
