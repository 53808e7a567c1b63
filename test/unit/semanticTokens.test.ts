// Semantic tokens (lsp/semanticTokens.ts): split at every line break the editor knows
// (\n, \r\n, a lone \r), only those of the asked range built, and in time that grows with
// the tokens, not tokens times the text: a 2 MB one-line document of figures took 88 s
// for a full request (a scan to the line's end for every token), the fuzzer's hangs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Figure } from '../../server/src/core/types';
import { documentTokens, TOKEN_TYPES } from '../../server/src/lsp/semanticTokens';
import type { Session } from '../../server/src/lsp/session';

const FIGURE = TOKEN_TYPES.indexOf('figure');

/** A session holding one document with figures at the given spans. */
function sessionWith(text: string, spans: [number, number][]): Session {
  const figures = spans.map(([start, end]) => ({ start, end, text: text.slice(start, end) }) as Figure);
  const doc = { uri: 'file:///w/a.release', text, analysis: { mentions: [], figures } };
  return { index: { get: () => doc, diagnostics: () => [] } } as unknown as Session;
}

/** Decoded tokens as [line, character, length]. */
function decode(data: number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push([line, char, data[i + 2]]);
    assert.equal(data[i + 3], FIGURE);
  }
  return out;
}

describe('semantic tokens', () => {
  it('are split at \\n, \\r\\n and a lone \\r, as the editor counts lines', () => {
    const text = 'a 12\r34 b\r\nc 5\n6 d';
    // "12\r34" spans a lone \r; "5\n6" spans a \n.
    const session = sessionWith(text, [[2, 7], [13, 16]]);
    assert.deepEqual(decode(documentTokens(session, 'file:///w/a.release')), [[0, 2, 2], [1, 0, 2], [2, 2, 1], [3, 0, 1]]);
  });

  it('of a range: only the tokens reaching into it', () => {
    const text = '1 km 2 km\n3 km 4 km\n5 km';
    const session = sessionWith(text, [[0, 4], [5, 9], [10, 14], [15, 19], [20, 24]]);
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } };
    assert.deepEqual(decode(documentTokens(session, 'file:///w/a.release', range)), [[1, 0, 4], [1, 5, 4]]);
  });

  it('take time that grows with the tokens, not with tokens times the line (one-line documents)', () => {
    const timeFor = (n: number) => {
      const text = '12.5 km² '.repeat(n);
      const session = sessionWith(text, Array.from({ length: n }, (_, i) => [i * 9, i * 9 + 8] as [number, number]));
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        assert.equal(documentTokens(session, 'file:///w/a.release').length, n * 5);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    timeFor(2_000); // warm up
    const small = timeFor(10_000);
    const large = timeFor(40_000);
    // Four times the tokens: about four times the time (sixteen to twenty-three before: a scan to the end of the line per token).
    assert.ok(large < 12 * small, `${small.toFixed(1)} ms -> ${large.toFixed(1)} ms`);
  });
});
