// A version that states a fact twice, and statements that only look like it: a list's
// items, and two reports in one language worded differently. Our own sentences, written
// to reproduce what real versions do.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeTexts, nameOf, uriOf } from './checksHelpers';

const errors = async (files: Record<string, string>, family = true): Promise<string[]> => {
  const texts = new Map(Object.entries(files).map(([name, text]) => [uriOf(name), text]));
  const c = await analyzeTexts(texts, family ? { catalogFamilies: [{ id: 'pair', files: Object.keys(files) }] } : {});
  return [...c.diagnostics].flatMap(([uri, list]) => list.filter((d) => d.severity === 'error').map((d) => `${nameOf(uri)} ${d.code} ${c.texts.get(uri)!.slice(d.start, d.end)}`));
};

const LIST_ZH = '5月9日，蓝湾科学园签约28项协议，其中2个50亿元级项目、2个20亿元级项目、3个10亿元级项目和4个5亿元级项目。\n\n科学园面积64.8平方公里。\n';
const LIST_EN = 'Lantern Bay Science Park signed 28 agreements on May 9. Three of the projects are worth 1 billion yuan each.\n\nThe park covers 64.8 square kilometers.\n';

describe('second statements of a fact', () => {
  it('a list of counts is not a restatement of the one the other version gives', async () => {
    assert.deepEqual(await errors({ 'list-a.zh.txt': LIST_ZH, 'list-a.en.txt': LIST_EN }), []);
  });

  it('a lead restating the body is checked like the body', async () => {
    const zh = '预计项目2026年动工，2029年竣工。\n\n蓝湾科学园三期扩建预留48亿元，提供逾5万平方米办公空间。预计项目2026年动工，2029年竣工。\n';
    const en = 'The park set aside 4.8 billion yuan for its third-phase expansion, offering more than 50,000 square meters of offices. Work is expected to start in 2026 and finish in 2029.\n';
    assert.deepEqual(await errors({ 'lead-b.zh.txt': zh, 'lead-b.en.txt': en }), []);
    // the lead's copy changed: the body still agrees with the English, the lead does not
    assert.deepEqual((await errors({ 'lead-b.zh.txt': zh.replace('2029年竣工', '2028年竣工'), 'lead-b.en.txt': en })).sort(), ['lead-b.en.txt figure-mismatch 2029', 'lead-b.zh.txt figure-mismatch 2028年']);
  });
});

describe('two versions in one language', () => {
  it('pairs unequal figures only where the words around them are alike', async () => {
    const a = '8月25日，蓝湾科学园15所重点实验室获得授牌。15所实验室都来自本地大学。\n\n这次获得授牌的15所实验室今年起正式运作。\n';
    const b = '蓝湾科学园15所重点实验室8月25日获得授牌，15所实验室都来自本地大学。\n\n其中海湾大学5间实验室的研究方向包括新材料。\n';
    assert.deepEqual(await errors({ 'labs-c.zh.txt': a, 'labs-d.zh.txt': b }), []);
  });
});
