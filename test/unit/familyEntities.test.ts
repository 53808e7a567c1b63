// Entities across the versions of a release family (issue 11): what recognition must find
// in each version for linking to have something to link, and the alignment rule that a
// newly shared entity must not turn into a false alarm. Invented names and sentences.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { loadTokenizer, namesFound } from '../fixtures/entities/analyze';
import { analyzeTexts } from './checksHelpers';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});
const { found, has, lacks } = namesFound(() => tok);


describe('Chinese names a family needs recognised', () => {
  it('a city whose name ends in 都 starts a zone name; the adverb 都 does not', () => {
    has('其中9个项目落地京都科技园。', 'zone 京都科技园');
    lacks(found('这些企业也都入驻高新区。'), '都入驻高新区');
  });
  it('地方 inside a zone name is a word of the name, right before the head a kind of body', () => {
    has('发布了中日(清都)地方发展合作示范区的合作清单。', 'zone 中日(清都)地方发展合作示范区');
    lacks(found('地方政府给予支持。'), '地方政府');
  });
});

describe('sums stated for different things', () => {
  it('no mismatch between a sum for 30 agreements and a sum for 12 projects, with the 30 stated elsewhere', async () => {
    const en = 'Lakeview reached 30 cooperation agreements with a total planned investment of RMB 31.5 billion, of which 7 projects settled in the Lakeview Hi-tech Zone.';
    const zh = '湖景与合作方达成30项合作协议。12个项目现场签约,计划投资总额250.5亿元,其中7个项目落地湖景高新区。';
    const r = await analyzeTexts(new Map([['file:///w/lakeview-en.txt', en], ['file:///w/lakeview-zh.txt', zh]]));
    const errors = [...r.diagnostics.values()].flat().filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => d.message), []);
  });
  it('still a mismatch between two sums stated for the same count', async () => {
    const en = 'Lakeview signed 12 projects with a total planned investment of RMB 25.15 billion, of which 7 projects settled in the Lakeview Hi-tech Zone.';
    const zh = '湖景12个项目现场签约,计划投资总额250.5亿元,其中7个项目落地湖景高新区。';
    const r = await analyzeTexts(new Map([['file:///w/lakeview-en.txt', en], ['file:///w/lakeview-zh.txt', zh]]));
    const errors = [...r.diagnostics.values()].flat().filter((d) => d.severity === 'error');
    assert.ok(errors.some((d) => /25\.15|250\.5/.test(d.message)), errors.map((d) => d.message).join(' | ') || 'no error');
  });
});
