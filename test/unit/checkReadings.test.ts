// Readings the checks make of figures across versions (issue 11): a bound written after a
// parenthesis, a bare "$" beside the release's own dollar, a date whose year is not
// written, and one-digit typo twins. Our own sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typoApart } from '../../server/src/core/checks/align';
import { consistent } from '../../server/src/core/checks/consistency';
import { buildItems, sameCurrency, sameValue, withTrailingBound, type FigureItem } from '../../server/src/core/checks/context';
import type { DocumentAnalysis, Figure } from '../../server/src/core/types';

const fig = (text: string, value: number | string, unit: Figure['unit'], start = 0, bound: Figure['bound'] = 'exact'): Figure =>
  ({ text, value, unit, bound, start, end: start + text.length });

function items(text: string, figures: Figure[]): FigureItem[] {
  const analysis = { uri: 'file:///x.txt', language: 'en', figures, mentions: [] } as unknown as DocumentAnalysis;
  return buildItems(analysis, text).items;
}

describe('check readings', () => {
  it('reads a bound written after a short parenthesis', () => {
    const text = '投資額は60億元（1元=約21円）を上回った。';
    const f = fig('60億元', 6e9, 'CNY', text.indexOf('60'));
    assert.equal(withTrailingBound(f, text).bound, 'over');
    assert.equal(withTrailingBound(f, '投資額は60億元（1元=約21円）となった。').bound, 'exact');
    const [x] = items(text, [f]);
    const [y] = items('6.35 billion yuan', [fig('6.35 billion yuan', 6.35e9, 'CNY')]);
    assert.ok(consistent(x, y));
  });

  it('compares a bare $ with the release\'s own dollar, not a qualified one', () => {
    const bare = fig('$3 billion', 3e9, 'USD');
    assert.ok(sameCurrency(bare, fig('三十億元', 3e9, 'HKD')));
    assert.ok(!sameCurrency(fig('US$3 billion', 3e9, 'USD'), fig('三十億元', 3e9, 'HKD')));
    assert.ok(!sameCurrency(fig('3 billion yuan', 3e9, 'CNY'), bare));
    const [x] = items('$3 billion', [bare]);
    const [y] = items('三十億元', [fig('三十億元', 3e9, 'HKD')]);
    assert.ok(sameValue(x, y));
  });

  it('compares a date whose year is not written by month and day', () => {
    const [x] = items('on July 2', [fig('July 2', '2024-07-02', 'date', 3)]);
    const [y] = items('2019年7月2日', [fig('2019年7月2日', '2019-07-02', 'date')]);
    assert.ok(sameValue(x, y));
    const [z] = items('on July 2, 2024', [fig('July 2, 2024', '2024-07-02', 'date', 3)]);
    assert.ok(!sameValue(z, y));
  });

  it('knows values a typo apart after normalisation', () => {
    const one = (a: Figure, b: Figure): boolean => typoApart(items(a.text, [a])[0], items(b.text, [b])[0]);
    assert.ok(one(fig('847.6億元', 84.76e9, 'CNY'), fig('84.77 billion yuan', 84.77e9, 'CNY')));
    assert.ok(one(fig('27.4 km²', 27.4, 'km2'), fig('27.5平方キロ', 27.5, 'km2')));
    assert.ok(!one(fig('27.4 km²', 27.4, 'km2'), fig('28.5平方キロ', 28.5, 'km2')));
    assert.ok(!one(fig('8 billion yen', 8e9, 'JPY'), fig('9 billion yuan', 9e9, 'CNY')));
  });
});
