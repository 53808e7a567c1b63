// The tables and rules behind confident alignment: counted classes across languages,
// ordinals' classes, when two statements of one fact can both be true, file naming.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consistent } from '../../server/src/core/checks/consistency';
import type { FigureItem } from '../../server/src/core/checks/context';
import { conceptOf, conceptRelation, ordinalConcept } from '../../server/src/core/checks/counters';
import { namingKey } from '../../server/src/core/families/naming';
import type { Bound, Unit } from '../../server/src/core/types';
import { dimensionOf } from '../../server/src/core/figures/units';

const item = (text: string, value: number, unit: Unit, bound: Bound = 'exact'): FigureItem =>
  ({ dim: dimensionOf(unit), figure: { text, value, unit, bound, start: 0, end: text.length } } as unknown as FigureItem);

describe('counted classes across languages', () => {
  it('gives one class to one noun in three languages', () => {
    for (const group of [['项目', 'プロジェクト', 'projects'], ['企业', '社', 'companies', '家'], ['人才', '名', 'people', '人'], ['园区', 'カ所', 'zones']]) {
      const classes = new Set(group.map(conceptOf));
      assert.equal(classes.size, 1, group.join(' '));
    }
  });
  it('lets a counter count what it can, and keeps different things apart', () => {
    assert.equal(conceptRelation(conceptOf('件'), conceptOf('projects')), 'compatible');
    assert.equal(conceptRelation(conceptOf('个'), conceptOf('zones')), 'compatible');
    assert.equal(conceptRelation(conceptOf('件'), conceptOf('companies')), 'different');
    assert.equal(conceptRelation(conceptOf('zones'), conceptOf('companies')), 'different');
    assert.equal(conceptRelation(conceptOf('个'), conceptOf('people')), 'different');
    assert.equal(conceptRelation(conceptOf('个'), conceptOf('件')), 'unknown');
    assert.equal(conceptRelation(conceptOf('事業'), conceptOf('enterprises')), 'compatible');
    assert.equal(conceptRelation(conceptOf('事業'), conceptOf('projects')), 'compatible');
    assert.equal(conceptRelation(conceptOf('事業'), conceptOf('guests')), 'different');
  });
  it('reads the class of an ordinal from its own words', () => {
    assert.equal(ordinalConcept('第1群'), 'batch');
    assert.equal(ordinalConcept('第二批'), 'batch');
    assert.equal(ordinalConcept('Phase II'), 'phase');
    assert.equal(ordinalConcept('第14位'), undefined);
  });
});

describe('statements that can both be true', () => {
  it('a bound and a figure it allows', () => {
    assert.ok(consistent(item('more than 3 billion yuan', 3e9, 'CNY', 'over'), item('42亿元', 4.2e9, 'CNY')));
    assert.ok(!consistent(item('more than 3 billion yuan', 3e9, 'CNY', 'over'), item('29亿元', 2.9e9, 'CNY')));
    assert.ok(consistent(item('60%近く', 60, 'percent', 'approx'), item('57.8%', 57.8, 'percent')));
  });
  it('two bounds of one kind state one number', () => {
    assert.ok(consistent(item('more than 100 billion yuan', 1e11, 'CNY', 'over'), item('1000億元超', 1e11, 'CNY', 'over')));
    assert.ok(!consistent(item('more than 100 billion yuan', 1e11, 'CNY', 'over'), item('2000億元超', 2e11, 'CNY', 'over')));
  });
  it('a rounded restatement, not a changed digit', () => {
    assert.ok(consistent(item('约38.2亿元', 3.82e9, 'CNY', 'approx'), item('3.82 billion yuan', 3.82e9, 'CNY')));
    assert.ok(consistent(item('38亿元', 3.8e9, 'CNY'), item('3.82 billion yuan', 3.82e9, 'CNY')));
    assert.ok(!consistent(item('39亿元', 3.9e9, 'CNY'), item('3.82 billion yuan', 3.82e9, 'CNY')));
    assert.ok(!consistent(item('约145个', 145, 'count', 'approx'), item('146', 146, 'count')));
    assert.ok(!consistent(item('180', 180, 'count'), item('181件', 181, 'count')), 'counts are never rounded');
  });
  it('money only within one currency', () => {
    assert.ok(!consistent(item('1元', 1, 'CNY'), item('1円', 1, 'JPY')));
  });
});

describe('file naming conventions', () => {
  it('reads the language tag and the shared name', () => {
    const key = (p: string) => namingKey(`file:///w/${p}`);
    assert.deepEqual(key('a/expo.ja.txt'), { key: '/w/a/expo', tag: 'ja' });
    assert.equal(key('a/expo_en.txt')?.key, key('a/expo-zh.txt')?.key);
    assert.equal(key('ja/expo.txt')?.key, key('en/expo.txt')?.key);
    assert.equal(key('a/expo-hant.txt')?.tag, 'zh-hant');
    assert.equal(key('a/expo.txt'), undefined);
    assert.notEqual(key('a/expo.ja.txt')?.key, key('b/expo.en.txt')?.key);
  });

  it('takes a bare number beside the tag for a collection\'s numbering, not a release name', () => {
    const key = (p: string) => namingKey(`file:///w/${p}`);
    assert.equal(key('set/en-01.txt'), undefined);
    assert.equal(key('set/07_ja.txt'), undefined);
    assert.equal(key('set/expo-2026-en.txt')?.key, key('set/expo-2026-ja.txt')?.key);
    assert.equal(key('en/01.txt')?.key, key('ja/01.txt')?.key); // folders per language still pair
  });
});
