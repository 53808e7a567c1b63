// Chinese word boundaries computed sentence by sentence on demand are exactly those of
// segmenting the whole span at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChineseWordBoundaries, segmentChineseWords } from '../../server/src/core/text/chineseSegmenter';
import { SAMPLE_FILES, readSample } from '../helpers/samples';

describe('Chinese word boundaries on demand', () => {
  it('answer for every position what segmenting the whole span gives', () => {
    const text = readSample(SAMPLE_FILES.hunnanZh);
    // A span inside the text (offsets are the whole text's), including a run over 400 characters without a sentence end.
    const start = text.indexOf('\n') + 1;
    const end = text.length;
    const padded = `${text.slice(0, end)}${'科技创新'.repeat(150)}`;
    for (const [source, from, to] of [[text, start, end], [padded, start, padded.length]] as const) {
      const expected = new Set<number>();
      for (const w of segmentChineseWords(source.slice(from, to), from)) {
        expected.add(w.start);
        expected.add(w.end);
      }
      const lazy = new ChineseWordBoundaries(source, from, to);
      // Asked in an order that jumps between sentences, as recognition does.
      const positions = [...Array(to - from + 1).keys()].map((k) => from + ((k * 7919) % (to - from + 1)));
      for (const p of positions) assert.equal(lazy.has(p), expected.has(p), `position ${p}`);
      assert.equal(lazy.has(from - 1), false);
      assert.equal(lazy.has(to + 1), false);
    }
  });
});
