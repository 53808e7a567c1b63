// The pure steps of the workspace view (core/workspace/workspaceView.ts): following
// findings into an edited document, and what counts as the same figures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { followRelated, movedFigureSpans, sameFigures } from '../../server/src/core/workspace/workspaceView';
import type { DocumentAnalysis, EngineDiagnostic, Figure } from '../../server/src/core/types';

const figure = (start: number, value: number): Figure => ({ start, end: start + 2, text: String(value), value, unit: 'km', bound: 'exact' });
const analysis = (figures: Figure[]): DocumentAnalysis => ({ uri: 'file:///b', contentHash: '', language: 'en', figures, mentions: [], notices: [] });
const finding = (related: { uri: string; start: number; end: number }[]): EngineDiagnostic => ({
  code: 'figure-mismatch', severity: 'error', start: 0, end: 1, message: '', related: related.map((r) => ({ ...r, message: '' })),
});

describe('workspace view steps', () => {
  const moved = movedFigureSpans(new Map([['file:///b', [figure(10, 1), figure(20, 2)]]]), () => [figure(15, 1), figure(25, 2)]);

  it('moves related spans into an edited document to where its figures are now', () => {
    const list = [finding([{ uri: 'file:///b', start: 20, end: 22 }, { uri: 'file:///c', start: 5, end: 7 }])];
    assert.equal(followRelated(list, new Set(['file:///b']), moved), true);
    assert.deepEqual(list[0].related.map((r) => [r.uri, r.start, r.end]), [['file:///b', 25, 27], ['file:///c', 5, 7]]);
  });

  it('moves nothing when one span cannot be followed', () => {
    const list = [finding([{ uri: 'file:///b', start: 10, end: 12 }]), finding([{ uri: 'file:///b', start: 99, end: 101 }])];
    assert.equal(followRelated(list, new Set(['file:///b']), moved), false);
    assert.deepEqual([list[0].related[0].start, list[1].related[0].start], [10, 99]);
  });

  it('cannot follow figures that were not kept (null) or changed in number', () => {
    assert.equal(movedFigureSpans(new Map([['file:///b', null]]), () => [figure(1, 1)]).size, 0);
    assert.equal(movedFigureSpans(new Map([['file:///b', [figure(1, 1)]]]), () => []).size, 0);
  });

  it('looks a span up without reading every figure of the edited document (a keystroke in a list of 10,000 figures)', () => {
    let reads = 0;
    const counted = (start: number, value: number): Figure => {
      const f = figure(start, value);
      return { ...f, get start() { reads++; return start; } };
    };
    const before = Array.from({ length: 10_000 }, (_, i) => counted(i * 10, i));
    const now = Array.from({ length: 10_000 }, (_, i) => figure(i * 10 + 1, i));
    const lookup = movedFigureSpans(new Map([['file:///b', before]]), () => now).get('file:///b');
    assert.deepEqual(lookup?.get('70000:70002'), { start: 70001, end: 70003 });
    assert.equal(lookup?.get('70001:70003'), undefined, 'no figure there');
    assert.ok(reads < 100, `${reads} reads of figure starts`);
  });

  it('same figures: offsets aside, values, units and bounds in order', () => {
    assert.equal(sameFigures(analysis([figure(1, 1)]), analysis([figure(9, 1)])), true);
    assert.equal(sameFigures(analysis([figure(1, 1)]), analysis([figure(1, 2)])), false);
    assert.equal(sameFigures(analysis([figure(1, 1)]), analysis([{ ...figure(1, 1), bound: 'approx' }])), false);
  });
});
