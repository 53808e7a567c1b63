// A Chinese headline calls its zone by the abbreviated type word before the text names it
// in full (经开区举行…仪式 above 来源:X经济技术开发区): the headline's word is that zone.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { analyze, loadTokenizer } from '../fixtures/entities/analyze';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});

const at = (tok: JapaneseTokenizer, text: string, start: number) =>
  analyze(tok, 'headline.txt', text).mentions.filter((m) => m.start === start).map((m) => `${m.type} ${m.text}`);

describe('Chinese headlines', () => {
  it('the abbreviated zone word of a headline is the zone named in full below it', () => {
    const text = '经开区举行二季度项目集中开工仪式\n\n来源:澜江经济技术开发区\n\n5月8日,澜江经济技术开发区举行集中开工仪式,共开工项目12个。';
    const doc = analyze(tok, 'headline.txt', text);
    const headline = doc.mentions.find((m) => m.start === 0);
    const full = doc.mentions.find((m) => m.text === '澜江经济技术开发区');
    assert.ok(headline && full, `found: ${doc.mentions.map((m) => `${m.start} ${m.type} ${m.text}`).join(' | ')}`);
    assert.equal(headline.type, 'zone');
    assert.equal(headline.id, full.id);
  });
  it('not in a sentence before the name, nor for a kind of zone in a headline', () => {
    assert.deepEqual(at(tok, '今年经开区举行了二季度项目集中开工仪式。\n\n澜江经济技术开发区共开工项目12个。', 2), []);
    assert.deepEqual(at(tok, '自由贸易试验区建设成效显著\n\n南湾自由贸易试验区今年新增企业1200家。', 0), []);
  });
});
