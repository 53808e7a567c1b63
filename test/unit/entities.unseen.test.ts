// Text the engine has never seen, in all three languages (and traditional characters):
// recognition and linking must generalise, not remember the samples.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { compareNames, linkEntities } from '../../server/src/core/entities';
import { parseCatalog } from '../../server/src/core/catalog';
import { analyze, loadTokenizer } from '../fixtures/entities/analyze';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});

const found = (text: string, catalog?: Parameters<typeof analyze>[3]) =>
  analyze(tok, 'mem://doc', text, catalog).mentions.map((m) => `${m.type}:${m.text}${m.source === 'shortForm' ? ' (short)' : ''}`);

describe('recognition on unseen text', () => {
  it('traditional Chinese: 福州高新區', () => {
    const got = found('近日，福州高新區管委會與廈門大學簽約，共建海洋實驗室。高新區將提供場地。');
    assert.ok(got.includes('zone:福州高新區'), got.join(' | '));
    assert.ok(got.includes('organization:福州高新區管委會'), got.join(' | '));
    assert.ok(got.includes('organization:廈門大學'), got.join(' | '));
    assert.ok(got.includes('zone:高新區 (short)'), got.join(' | '));
  });
  it('simplified Chinese: 合肥综合性国家科学中心, 量子信息实验室', () => {
    const got = found('合肥综合性国家科学中心依托中国科学技术大学建设量子信息实验室，并在合肥高新区落地一批项目。');
    assert.ok(got.includes('project:合肥综合性国家科学中心'), got.join(' | '));
    assert.ok(got.includes('lab:量子信息实验室'), got.join(' | '));
    assert.ok(got.includes('zone:合肥高新区'), got.join(' | '));
    assert.ok(!got.some((g) => g.endsWith(':项目') || g.includes('一批')), got.join(' | '));
  });
  it('English: Xiamen Torch High-Tech Zone and a short form', () => {
    const got = found('The Xiamen Torch High-Tech Zone signed 12 projects with Fujian Quantum Laboratory. Companies in the High-Tech Zone grew fast.');
    assert.ok(got.includes('zone:Xiamen Torch High-Tech Zone'), got.join(' | '));
    assert.ok(got.includes('lab:Fujian Quantum Laboratory'), got.join(' | '));
    assert.ok(got.includes('zone:High-Tech Zone (short)'), got.join(' | '));
  });
  it('Japanese with an English name inside', () => {
    const got = found('合肥ハイテク区では、Anhui Quantum Laboratory（安徽量子実験室）が稼働しました。');
    assert.ok(got.includes('zone:合肥ハイテク区'), got.join(' | '));
    assert.ok(got.includes('lab:Anhui Quantum Laboratory'), got.join(' | '));
    assert.ok(got.includes('lab:安徽量子実験室'), got.join(' | '));
  });
  it('generic phrases are not entities', () => {
    const got = [
      ...found('主要部品の高速切削、国家級研究開発プラットフォームが23ある。全国バイオ医薬園区の中で首位。'),
      ...found('Major platforms, including new laboratories, and the Innovation Center of each city.'),
      ...found('本平台仅提供信息存储服务。全国各地的科技金融中心和新质生产力发展示范区。'),
    ];
    assert.deepEqual(got, []);
  });
});

describe('linking on unseen text', () => {
  it('links across languages by pinyin and type words, and does not link unrelated names', () => {
    const docs = [
      analyze(tok, 'a.zh', '厦门火炬高新区与福建量子实验室签约。'),
      analyze(tok, 'b.en', 'Xiamen Torch High-Tech Zone signed with Fujian Quantum Laboratory.'),
      analyze(tok, 'c.ja', '廈門火炬ハイテク区は福建量子実験室と契約した。'),
      analyze(tok, 'd.zh', '福州高新區和福建海洋实验室。'),
    ];
    const r = linkEntities(docs);
    const id = (uri: string, text: string) => {
      const d = docs.find((x) => x.uri === uri)!;
      const i = d.mentions.findIndex((m) => m.text === text);
      assert.ok(i >= 0, `${uri}: ${text} not found in ${d.mentions.map((m) => m.text).join(', ')}`);
      return r.mentionIds.get(uri)![i];
    };
    assert.equal(id('a.zh', '厦门火炬高新区'), id('b.en', 'Xiamen Torch High-Tech Zone'));
    assert.equal(id('c.ja', '廈門火炬ハイテク区'), id('b.en', 'Xiamen Torch High-Tech Zone'));
    assert.equal(id('a.zh', '福建量子实验室'), id('b.en', 'Fujian Quantum Laboratory'));
    assert.equal(id('c.ja', '福建量子実験室'), id('a.zh', '福建量子实验室'));
    assert.notEqual(id('d.zh', '福州高新區'), id('a.zh', '厦门火炬高新区'));
    assert.notEqual(id('d.zh', '福建海洋实验室'), id('a.zh', '福建量子实验室'));
    assert.equal(id('b.en', 'Xiamen Torch High-Tech Zone'), 'zone:xiamen-torch-high-tech-zone');
  });
  it('compareNames: strong, near and weak evidence', () => {
    assert.ok(compareNames('苏州工业园区', '蘇州工業園区') === 1);
    assert.ok(compareNames('Qingdao Marine Laboratory', '青岛海洋实验室') >= 0.6);
    assert.ok(compareNames('Qingdao Laboratory', '青岛海洋实验室') < 0.6);
    assert.ok(compareNames('Wuhan New Area', '武汉高新区') === 0);
    assert.ok(compareNames('Innovation Center', '创新中心') === 0, 'two generic names are not evidence');
  });
});

describe('the catalog wins', () => {
  const catalog = parseCatalog(
    JSON.stringify({
      entities: [
        { id: 'zone:torch-park', type: 'zone', names: { en: 'Torch Park', zh: '火炬园' }, aliases: ['火炬園区'] },
        { id: 'project:venue', type: 'project', names: { zh: '火炬东北中心', en: 'Northeast Center of the Torch High Technology Industry Development Center' } },
      ],
    }),
  ).catalog!;
  it('catalog names and aliases are recognised with the catalog id (folded: traditional, full-width)', () => {
    const d = analyze(tok, 'x.zh', '火炬园和火炬園區都在这里。会议在火炬东北中心举行。', catalog);
    const byText = Object.fromEntries(d.mentions.map((m) => [m.text, m]));
    assert.equal(byText['火炬园']?.id, 'zone:torch-park');
    assert.equal(byText['火炬園區']?.id, 'zone:torch-park');
    assert.equal(byText['火炬东北中心']?.source, 'catalog');
  });
  it('catalog ids win in linking and settle links the engine would not make', () => {
    const docs = [
      analyze(tok, 'a.zh', '会议在火炬东北中心举行。', catalog),
      analyze(tok, 'b.en', 'It was held at the Northeast Center of the Torch High Technology Industry Development Center, Ministry of X.', catalog),
    ];
    const r = linkEntities(docs, { catalog });
    assert.equal(r.mentionIds.get('a.zh')![0], 'project:venue');
    assert.equal(r.mentionIds.get('b.en')![0], 'project:venue');
    assert.equal(r.entities.get('project:venue')!.fromCatalog, true);
    assert.equal(r.entities.get('project:venue')!.names.zh, '火炬东北中心');
  });
});
