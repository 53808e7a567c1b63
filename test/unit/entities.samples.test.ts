// Recognition and linking on the five sample releases, checked against reviewed
// expectation files (test/fixtures/entities/<sample>.expected.json): a junk entity or
// a miss fails, and so does a wrong link.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { linkEntities, type LinkDocument, type LinkResult } from '../../server/src/core/entities';
import { analyzeSamples, expectedPath, loadTokenizer, sampleNames, type Expected } from '../fixtures/entities/analyze';

let tok: JapaneseTokenizer;
let docs: LinkDocument[];
let linked: LinkResult;
const idOf = (uri: string, text: string, type?: string): string[] => {
  const d = docs.find((x) => x.uri === uri)!;
  const ids = linked.mentionIds.get(uri)!;
  return [...new Set(d.mentions.map((m, i) => (m.text === text && (!type || m.type === type) ? ids[i] : undefined)).filter((x): x is string => !!x))];
};

before(async () => {
  tok = await loadTokenizer();
  ({ docs, linked } = analyzeSamples(tok));
});

describe('entities on the samples: reviewed expectations', () => {
  for (const sample of sampleNames()) {
    it(`${sample}: exactly the reviewed entities, no junk, no misses`, () => {
      const expected = JSON.parse(fs.readFileSync(expectedPath(sample), 'utf8')) as Expected;
      const doc = docs.find((d) => d.uri === sample)!;
      const got = [...new Set(doc.mentions.map((m) => `${m.type}\t${m.text}`))].sort();
      const want = [...new Set(expected.entities.map((e) => `${e.type}\t${e.text}`))].sort();
      const junk = got.filter((g) => !want.includes(g));
      const missed = want.filter((w) => !got.includes(w));
      assert.deepEqual({ junk, missed }, { junk: [], missed: [] });
    });
  }

  it('the id groups of the expectation files are exactly the linked ids, across all samples', () => {
    const groupToIds = new Map<string, Set<string>>();
    const idToGroups = new Map<string, Set<string>>();
    for (const sample of sampleNames()) {
      const expected = JSON.parse(fs.readFileSync(expectedPath(sample), 'utf8')) as Expected;
      for (const e of expected.entities) {
        for (const id of idOf(sample, e.text, e.type)) {
          if (!groupToIds.has(e.group)) groupToIds.set(e.group, new Set());
          groupToIds.get(e.group)!.add(id);
          if (!idToGroups.has(id)) idToGroups.set(id, new Set());
          idToGroups.get(id)!.add(e.group);
        }
      }
    }
    const split = [...groupToIds].filter(([, ids]) => ids.size > 1).map(([g, ids]) => `${g} -> ${[...ids].join(', ')}`);
    const merged = [...idToGroups].filter(([, gs]) => gs.size > 1).map(([id, gs]) => `${id} <- ${[...gs].join(', ')}`);
    assert.deepEqual({ split, merged }, { split: [], merged: [] });
  });

  it('every mention gets an id that has an entity record', () => {
    for (const d of docs) {
      const ids = linked.mentionIds.get(d.uri)!;
      assert.equal(ids.length, d.mentions.length);
      for (const id of ids) assert.ok(linked.entities.has(id), id);
    }
  });
});

describe('done-when: the eight Hunnan entities, in three languages, one id each', () => {
  const EN = 'hunnan-2026-conference.en.txt';
  const JA = 'hunnan-2026-conference.ja.txt';
  const ZH = 'hunnan-2026-conference.zh.txt';
  const cases: { name: string; en: string; ja: string; zh: string; type: string }[] = [
    { name: 'Hunnan Science and Technology City', type: 'zone', en: 'Hunnan Science and Technology City', ja: '渾南科学技術都市', zh: '浑南科技城' },
    { name: 'CTD core area', type: 'zone', en: 'CTD core area', ja: 'CTDコアエリア', zh: 'CTD' },
    { name: 'Shenyang High-Tech Zone', type: 'zone', en: 'Shenyang High-Tech Zone', ja: '瀋陽ハイテク区', zh: '沈阳高新区' },
    { name: 'Liaoning Academy of Materials', type: 'lab', en: 'Liaoning Academy of Materials', ja: 'Liaoning Academy of Materials', zh: '辽宁材料实验室' },
    { name: 'Liaohe Laboratory', type: 'lab', en: 'Liaohe Laboratory', ja: 'Liaohe Laboratory', zh: '辽河实验室' },
    { name: 'Embodied AI Robotics Innovation Center', type: 'project', en: 'Northeast Asia Embodied Artificial Intelligence Robotics Innovation Center', ja: 'Northeast Asia Embodied Artificial Intelligence Robotics Innovation Center', zh: '东北亚具身智能创新中心' },
    { name: 'Shenyang National Data Annotation Base', type: 'project', en: 'Shenyang National Data Annotation Base', ja: 'Shenyang National Data Annotation Base', zh: '沈阳国家数据标注基地' },
    { name: 'Shenyang Jianzhu University Science Park', type: 'project', en: 'Shenyang Jianzhu University Science Park', ja: 'Shenyang Jianzhu University Science Park', zh: '沈阳建筑大学科技园' },
  ];
  const eight: string[] = [];
  for (const c of cases) {
    it(`${c.name}: found in en, ja and zh with one id`, () => {
      const ids = new Set([...idOf(EN, c.en, c.type), ...idOf(JA, c.ja, c.type), ...idOf(ZH, c.zh, c.type)]);
      assert.equal(idOf(EN, c.en, c.type).length, 1, `en: ${c.en}`);
      assert.equal(idOf(JA, c.ja, c.type).length, 1, `ja: ${c.ja}`);
      assert.equal(idOf(ZH, c.zh, c.type).length, 1, `zh: ${c.zh}`);
      assert.equal(ids.size, 1, [...ids].join(', '));
      eight.push([...ids][0]);
    });
  }
  it('the eight ids are distinct and none appears in the other two samples', () => {
    assert.equal(new Set(eight).size, 8);
    for (const other of ['beihu-future-science-city-2025.ja.txt', 'suzhou-gba-2021.ja.txt']) {
      const ids = new Set(linked.mentionIds.get(other));
      for (const id of eight) assert.ok(!ids.has(id), `${id} linked into ${other}`);
    }
  });
  it('ids are readable slugs of the English form', () => {
    assert.deepEqual(idOf(EN, 'Hunnan Science and Technology City'), ['zone:hunnan-science-and-technology-city']);
    assert.deepEqual(idOf(ZH, '辽河实验室'), ['lab:liaohe-laboratory']);
  });
  it('short forms resolve to the full entity (科技城, コアエリア, the Science and Technology City, the core area)', () => {
    const stc = idOf(EN, 'Hunnan Science and Technology City')[0];
    assert.deepEqual(idOf(ZH, '科技城'), [stc]);
    assert.deepEqual(idOf(EN, 'Science and Technology City'), [stc]);
    const ctd = idOf(EN, 'CTD core area')[0];
    assert.deepEqual(idOf(EN, 'core area'), [ctd]);
    assert.deepEqual(idOf(JA, 'コアエリア'), [ctd]);
    const d = docs.find((x) => x.uri === ZH)!;
    assert.ok(d.mentions.filter((m) => m.text === '科技城').every((m) => m.source === 'shortForm'));
  });
  it('the other samples get their zones, labs and projects', () => {
    const B = 'beihu-future-science-city-2025.ja.txt';
    const S = 'suzhou-gba-2021.ja.txt';
    for (const [uri, text, type] of [
      [B, '長春新区', 'zone'], [B, '中韓示範区', 'zone'], [B, '長白山実験室', 'lab'], [B, '北湖未来科学都市', 'zone'],
      [S, '蘇州高新区', 'zone'], [S, '粤港澳大湾区', 'zone'], [S, '江蘇・蘇州医療機器イノベーションセンター', 'lab'],
    ] as const) assert.equal(idOf(uri, text, type).length, 1, `${uri}: ${text}`);
    assert.deepEqual(idOf(B, '中韓示範区'), idOf(B, '中韓(長春)国際合作示範区'));
    assert.deepEqual(idOf(S, '大湾区'), idOf(S, '粤港澳大湾区'));
    assert.deepEqual(idOf(S, '高新区'), idOf(S, '蘇州高新区'));
  });
});

describe('linking is deterministic and uses families', () => {
  it('the same ids whatever the order of the documents', () => {
    const reversed = linkEntities([...docs].reverse());
    for (const d of docs) assert.deepEqual(reversed.mentionIds.get(d.uri), linked.mentionIds.get(d.uri), d.uri);
  });
  it('a family does not merge unrelated entities', () => {
    const withFamily = linkEntities(docs, { families: [['hunnan-2026-conference.en.txt', 'hunnan-2026-conference.ja.txt', 'hunnan-2026-conference.zh.txt']] });
    const ids = (r: LinkResult) => new Set([...r.mentionIds.values()].flat()).size;
    assert.ok(Math.abs(ids(withFamily) - ids(linked)) <= 2);
  });
  it('records carry names per language', () => {
    const rec = linked.entities.get(idOf('hunnan-2026-conference.en.txt', 'Hunnan Science and Technology City')[0])!;
    assert.equal(rec.names.en, 'Hunnan Science and Technology City');
    assert.equal(rec.names.zh, '浑南科技城');
    assert.equal(rec.names.ja, '渾南科学技術都市');
    assert.equal(rec.fromCatalog, false);
  });
});

describe('no sample entity name in the engine', () => {
  it('the name parts of the reviewed entities appear nowhere in server/src/core/entities or the catalog code', async () => {
    const path = await import('node:path');
    const { foldText } = await import('../../server/src/core/entities');
    const { CJK_TYPE_WORDS, EN_TYPE_WORDS, GLOSSARY, EN_COMMON_WORDS, ZONE_ACRONYMS } = await import('../../server/src/core/entities/lexicon');
    const root = path.join(__dirname, '..', '..', 'server', 'src', 'core');
    const source = ['entities', 'catalog']
      .flatMap((dir) => fs.readdirSync(path.join(root, dir)).map((f) => fs.readFileSync(path.join(root, dir, f), 'utf8')))
      .join('\n');
    const folded = foldText(source);
    const common = new Set([...GLOSSARY.map((g) => foldText(g[0])), ...CJK_TYPE_WORDS.map((t) => foldText(t[0]))]);
    const leaks: string[] = [];
    for (const sample of sampleNames()) {
      const expected = JSON.parse(fs.readFileSync(expectedPath(sample), 'utf8')) as Expected;
      for (const e of expected.entities) {
        if (/[\u3040-\u30ff\u3400-\u9fff]/u.test(e.text)) {
          let name = foldText(e.text).replace(/[()・\s]/g, '');
          const head = [...CJK_TYPE_WORDS].map((t) => foldText(t[0])).sort((a, b) => b.length - a.length).find((h) => name.endsWith(h));
          if (head) name = name.slice(0, -head.length);
          // the proper part: drop common words
          for (const c of [...common].sort((a, b) => b.length - a.length)) name = name.split(c).join(' ');
          for (const part of name.split(/\s+/)) if (part.length >= 2 && !/^[A-Za-z]+$/.test(part) && ![...common].some((c) => c.includes(part)) && folded.includes(part)) leaks.push(`${e.text}: ${part}`);
        } else {
          const typeWords = new Set(EN_TYPE_WORDS.flatMap((t) => t[1] && t[0].split(' ')));
          for (const w of e.text.split(/[\s-]+/)) {
            if (!/^[A-Z][a-z]{3,}/.test(w) || typeWords.has(w) || EN_COMMON_WORDS.has(w.toLowerCase().replace(/s$/, '')) || EN_COMMON_WORDS.has(w.toLowerCase())) continue;
            if (new RegExp(`\\b${w}\\b`).test(source)) leaks.push(`${e.text}: ${w}`);
          }
        }
      }
    }
    assert.deepEqual([...new Set(leaks)].filter((l) => !ZONE_ACRONYMS.has(l.split(': ')[1])), []);
  });
});
