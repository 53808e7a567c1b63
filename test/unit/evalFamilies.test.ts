// eval/families.ts on a made-up family (our fixtures, annotated here): the evaluation
// itself is tested in CI, the dev set it runs on is not reachable there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { changeOneDigit, evaluateFamilies, pairwiseF1 } from '../../eval/families';
import { FamilyAnnotationSchema } from '../../eval/schema';

const dir = path.resolve(__dirname, '../fixtures/families');
const read = (f: string): string => readFileSync(path.join(dir, f), 'utf8');

describe('eval/families.ts', () => {
  it('changes the last significant digit', () => {
    assert.equal(changeOneDigit('1224億6000万元'), '1224億7000万元');
    assert.equal(changeOneDigit('more than 100 billion'), 'more than 200 billion');
    assert.equal(changeOneDigit('三十億元'), '四十億元');
    assert.equal(changeOneDigit('19日'), '18日');
  });

  it('scores pairwise F1', () => {
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']]);
    assert.equal(pairwiseF1(gold, new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']])).f1, 1);
    assert.equal(pairwiseF1(gold, new Map([['a', '1'], ['b', undefined], ['c', '2'], ['d', '2']])).r, 0.5);
  });

  it('scores a made-up family: grouping, facts, alarms, catches, entity links', async () => {
    const versions = [
      { id: 'harbor-en', lang: 'en', family: 'harbor', text: read('harbor/harbor.en.txt') },
      { id: 'harbor-ja', lang: 'ja', family: 'harbor', text: read('harbor/harbor.ja.txt') },
      { id: 'orchard-zh', lang: 'zh', family: 'orchard', text: read('orchard/orchard-report.txt') },
      { id: 'orchard-en', lang: 'en', family: 'orchard', text: read('orchard/orchard-brief.txt') },
    ];
    const annotations = new Map([
      ['harbor', FamilyAnnotationSchema.parse({
        family: 'harbor', versions: ['harbor-en', 'harbor-ja'],
        facts: [
          { fact: 'park area', unit: 'm2', value: '36400000', surfaces: { 'harbor-en': { surface: '36.4 square kilometers' }, 'harbor-ja': { surface: '36.4平方キロ' } } },
          { fact: 'rail line', unit: 'm', value: '18600', surfaces: { 'harbor-en': { surface: '18.6 kilometers' }, 'harbor-ja': { surface: '18.6キロ' } } },
          { fact: 'researchers', unit: 'count', value: '320', surfaces: { 'harbor-en': { surface: '320 researchers' }, 'harbor-ja': { surface: '研究者320人' } } },
        ],
        entities: [{ entity: 'lab', type: 'lab', surfaces: { 'harbor-en': ['Marine Materials Laboratory'], 'harbor-ja': ['海洋材料実験室'] } }],
      })],
      ['orchard', FamilyAnnotationSchema.parse({
        family: 'orchard', versions: ['orchard-zh', 'orchard-en'],
        facts: [{ fact: 'companies', unit: 'count', value: '412', surfaces: { 'orchard-zh': { surface: '412家' }, 'orchard-en': { surface: '412 companies' } } }],
        entities: [],
      })],
    ]);
    const result = await evaluateFamilies(versions, annotations, !!process.env.RL_VERBOSE) as { grouping: Record<string, { f1: number }>; facts: { found: number; total: number }; falseAlarms: number; caught: { found: number; total: number }; entityLinks: { total: number } };
    assert.equal(result.grouping.named.f1, 1);
    assert.deepEqual(result.facts, { found: 4, total: 4 });
    assert.equal(result.falseAlarms, 0);
    assert.deepEqual(result.caught, { found: 8, total: 8 });
    assert.equal(result.entityLinks.total, 1);
  });
});
