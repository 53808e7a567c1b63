// Chinese zone and government news (issue 12): short forms, lists of signed projects,
// company short names, generic phrases. Sentences written for these tests, invented names.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { loadTokenizer, namesFound } from '../fixtures/entities/analyze';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});
const { found, has, lacks } = namesFound(() => tok);

describe('a bare type word as the short form of a zone named before it', () => {
  it('a bare park word stands for the park named earlier, with its type', () => {
    const got = has('青禾智造创新产业园今天开园。该产业园将引进企业一百家。', 'zone 青禾智造创新产业园');
    assert.equal(got.filter((g) => g === 'zone 产业园').length, 1, got.join(' | '));
    has('香港科學園今日公布業績。去年有三百家企業進駐科學園。', 'zone 科學園');
  });
  it('a counted or listed class of zones is no short form', () => {
    const got = [
      ...found('青岚自由贸易试验区扩区后,全国自由贸易试验区总数达到22个,今年新设三个自由贸易试验区。'),
      ...found('北溪经济技术开发区要建设国家一流经济技术开发区。北溪工业区与其他五大工業區合作。'),
      ...found('南湾综合保税区按照《综合保税区设施规范》建设。'),
    ];
    lacks(got, '自由贸易试验区', '经济技术开发区', '工業區', '综合保税区');
  });
});
