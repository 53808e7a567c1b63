// Entities across the versions of a release family (issue 11): what recognition must find
// in each version for linking to have something to link, and the alignment rule that a
// newly shared entity must not turn into a false alarm. Invented names and sentences.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { analyze, loadTokenizer, namesFound } from '../fixtures/entities/analyze';
import { packTokens, unpackTokens } from '../../server/src/core/text/japaneseTokenizer';
import { romajiOf } from '../../server/src/core/entities/romaji';
import { computeFamilies } from '../../server/src/core/families';
import { silentLogger, type DocumentAnalysis, type Figure, type Unit } from '../../server/src/core/types';
import { DocumentAnalyzer, hashText } from '../../server/src/core/analyzer';
import { nodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { AnalysisCache } from '../../server/src/core/workspace/analysisCache';
import { analyzeTexts } from './checksHelpers';
import { linkEntities } from '../../server/src/core/entities';
import { FAMILY_LINK_THRESHOLD, familyNameScore } from '../../server/src/core/entities/link';
import { wireServicePairs } from '../../server/src/core/entities/media';

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

describe('wire services and distributors where a release credits them', () => {
  it('the distributor between the slashes of a wire dateline, in English and Chinese', () => {
    has('HUJING, China, Aug. 30, 2022 /Lakewire/ -- A total of 45 projects were signed.', 'organization Lakewire');
    has('湖景2022年8月30日 /湖讯社/ — 8月27日,湖景市举办首届发展大会。', 'organization 湖讯社');
    lacks(found('The ratio rose from 2021 / 2022 levels.'), '2022 levels');
    lacks(found('Read more at https://lake.example/2022/press-release/ today.'), 'press-release');
  });
  it('the source line at the end and a Latin credit before a Japanese headline; a label is no credit', () => {
    const got = has('Lakeshore Silk Gate:湖景で発展大会\n\n湖景で27日に開催された。\n\nソース:Lakeshore Silk Gate\n', 'organization Lakeshore Silk Gate');
    assert.equal(got.filter((g) => g === 'organization Lakeshore Silk Gate').length, 2, got.join(' | '));
    has('The fair opened.\n\nSOURCE Lakeshore Silk Gate\n', 'organization Lakeshore Silk Gate');
    lacks(found('The fair opened.\n\nSOURCE Lakeshore Silk Gate\n'), 'SOURCE');
    lacks(found('Press Release:湖景で発展大会'), 'Press Release');
  });
});

describe('the distributor of each version linked across the family', () => {
  const mention = (text: string, n: number) => ({ text, type: 'organization' as const, id: `organization:l${n}`, source: 'pattern' as const, start: n * 10, end: n * 10 + text.length });
  it('links the only wire service of each version, written in two scripts', () => {
    const en = { uri: 'file:///f/fair-en.txt', language: 'en' as const, mentions: [mention('Lakewire', 1), mention('Hujing Municipal Government', 2)] };
    const zh = { uri: 'file:///f/fair-zh.txt', language: 'zh' as const, mentions: [mention('湖讯社', 3), mention('湖景市政府', 4)] };
    const r = linkEntities([en, zh], { families: [[en.uri, zh.uri]] });
    assert.equal(r.mentionIds.get(en.uri)![0], r.mentionIds.get(zh.uri)![0]);
    const apart = linkEntities([en, zh]);
    assert.notEqual(apart.mentionIds.get(en.uri)![0], apart.mentionIds.get(zh.uri)![0]);
  });
  it('does not link when a version has two wire services, or both are in one script', () => {
    const en = { uri: 'file:///g/fair-en.txt', language: 'en' as const, mentions: [mention('Lakewire', 1), mention('Hill Press', 2)] };
    const zh = { uri: 'file:///g/fair-zh.txt', language: 'zh' as const, mentions: [mention('湖讯社', 3)] };
    const r = linkEntities([en, zh], { families: [[en.uri, zh.uri]] });
    assert.ok(!r.mentionIds.get(en.uri)!.includes(r.mentionIds.get(zh.uri)![0]));
    assert.deepEqual(wireServicePairs([{ names: ['Lakewire'], type: 'organization' }], [{ names: ['Hill Press'], type: 'organization' }]), []);
  });
});

describe('Japanese readings as link evidence', () => {
  it('spells katakana readings in Hepburn, long vowels once', () => {
    assert.equal(romajiOf('タカハシ'), 'takahashi');
    assert.equal(romajiOf('トウキョウ'), 'tokyo');
    assert.equal(romajiOf('ハットリ'), 'hattori');
    assert.equal(romajiOf('シンジュク'), 'shinjuku');
    assert.equal(romajiOf('ABC'), undefined);
  });
  it('keeps the reading of a surname through the tokenizer thread’s packing', () => {
    const text = '高橋総合研究所が発表した。';
    const tokens = tok.tokenizeLoaded(text);
    const surname = tokens.find((t) => t.surface === '高橋');
    assert.equal(surname?.reading, 'タカハシ');
    assert.equal(tokens.find((t) => t.surface === '発表')?.reading, undefined, 'common words keep no reading');
    const back = unpackTokens(packTokens([tokens]), [{ text, offset: 0 }])[0];
    assert.deepEqual(back, tokens);
  });
  it('links a kanji name built on a surname to its Latin form inside a family only', () => {
    const ja = analyze(tok, 'file:///r/inst-ja.txt', '高橋総合研究所が湖景市で調査を行った。');
    const name = ja.mentions.find((m) => m.text === '高橋総合研究所');
    assert.equal(name?.reading, '(takahashi)総合研究所');
    const en = { uri: 'file:///r/inst-en.txt', language: 'en' as const, mentions: [{ text: 'Takahashi Research Institute', type: name!.type, id: 'x:1', source: 'pattern' as const, start: 0, end: 28 }] };
    const idOf = (r: ReturnType<typeof linkEntities>, uri: string, k: number) => r.mentionIds.get(uri)![k];
    const k = ja.mentions.indexOf(name!);
    const inFamily = linkEntities([ja, en], { families: [[ja.uri, en.uri]] });
    assert.equal(idOf(inFamily, ja.uri, k), idOf(inFamily, en.uri, 0));
    const apart = linkEntities([ja, en]);
    assert.notEqual(idOf(apart, ja.uri, k), idOf(apart, en.uri, 0));
  });
});

describe('names the unlinked pairs of real families taught (own sentences)', () => {
  it('a zone before "and" is a party of its own, not part of the company after it', () => {
    const got = has('Deals were inked between Lakeview Bonded Area and Harbor Chemie AG on Friday.', 'zone Lakeview Bonded Area', 'organization Harbor Chemie AG');
    lacks(got, 'Lakeview Bonded Area and Harbor Chemie AG');
  });
  it('Japanese: 者 after a noun is a word of a name; a body named inside a project name is found too', () => {
    has('湖景経営者協会が発足した。', 'organization 湖景経営者協会');
    has('教育連携プロジェクト、日中研究者協会交流プロジェクトなどが始まった。', 'organization 日中研究者協会', 'project 日中研究者協会交流プロジェクト');
    lacks(found('参加者は3者で協議した。'), '3者');
  });
  it('a bilateral body with a word of its name in lower case, not a phrase with a function word', () => {
    has('The project of the Japan-China operators Association was signed.', 'organization Japan-China operators Association');
    lacks(found('The China-Japan trade and the Association met.'), 'China-Japan trade and the Association');
  });
  it('a Japanese demonstration area (模範エリア) is a zone', () => {
    has('中日(湖景)地方発展協力模範エリアが正式に除幕した。', 'zone 中日(湖景)地方発展協力模範エリア');
  });
  it('a company’s regional headquarters in English and Chinese', () => {
    has('Projects such as Lumico China Headquarters were signed.', 'organization Lumico China Headquarters');
    has('湖景科技中心、Lumico中国区总部等项目现场签约。', 'organization Lumico中国区总部');
  });
});

describe('a dateline on the day of the event another version reports', () => {
  let at = 0;
  const fig = (value: number | string, unit: Unit, text = String(value)): Figure => {
    const start = (at += 40);
    return { start, end: start + text.length, text, value, unit, bound: 'exact' };
  };
  const version = (uri: string, language: 'en' | 'zh', figures: Figure[], dateline?: string): DocumentAnalysis => ({ uri, contentHash: uri, language, figures, mentions: [], dateline, notices: [] });
  const report = (uri: string) => version(uri, 'zh', [fig('--03-05', 'date'), fig(36.9, 'km2'), fig(28, 'count'), fig(5e9, 'CNY'), fig(2e9, 'CNY'), fig(1e9, 'CNY')]);
  it('groups a short summary dated that day with the report that gives the date', () => {
    const summary = version('file:///n/a1.txt', 'en', [fig(36.9, 'km2')], '2026-03-05');
    assert.equal(computeFamilies([summary, report('file:///n/b1.txt')]).length, 1);
  });
  it('not when the summary is dated in another year, nor on two datelines of one day', () => {
    const summary = version('file:///n/a2.txt', 'en', [fig(36.9, 'km2')], '2026-03-05');
    const dated = { ...report('file:///n/b2.txt'), dateline: '2019-03-05' };
    assert.deepEqual(computeFamilies([summary, dated]), []);
    const other = version('file:///n/c2.txt', 'zh', [fig(36.9, 'km2'), fig(28, 'count'), fig(5e9, 'CNY'), fig(2e9, 'CNY'), fig(1e9, 'CNY')], '2026-03-05');
    assert.deepEqual(computeFamilies([summary, other]), []);
  });
});

describe('the one name of its class left on each side of a family pair', () => {
  const m = (text: string, n: number) => ({ text, type: 'organization' as const, id: `organization:s${n}`, source: 'pattern' as const, start: n * 10, end: n * 10 + text.length });
  it('links a bilateral association whose other words are not shared, only when it is the one association', () => {
    const en = { uri: 'file:///s/assoc-en.txt', language: 'en' as const, mentions: [m('Japan-China builders Association', 1)] };
    const ja = { uri: 'file:///s/assoc-ja.txt', language: 'ja' as const, mentions: [m('日中建設者協会', 2)] };
    const r = linkEntities([en, ja], { families: [[en.uri, ja.uri]] });
    assert.equal(r.mentionIds.get(en.uri)![0], r.mentionIds.get(ja.uri)![0]);
    const ja2 = { uri: 'file:///t/assoc-ja.txt', language: 'ja' as const, mentions: [m('日中建設者協会', 3), m('日中医療者協会', 4)] };
    const en2 = { ...en, uri: 'file:///t/assoc-en.txt' };
    const r2 = linkEntities([en2, ja2], { families: [[en2.uri, ja2.uri]] });
    assert.ok(!r2.mentionIds.get(ja2.uri)!.includes(r2.mentionIds.get(en2.uri)![0]));
  });
  it('reads a nation pair as one word however the words around were spaced', () => {
    assert.ok(familyNameScore('Japan-China builders Association', '日中建設者協会', false) >= FAMILY_LINK_THRESHOLD);
  });
});

describe('a CJK credit before a wire release’s headline', () => {
  it('is the issuer in a release with a distributor dateline, a label elsewhere', () => {
    has('湖門絲路:首屆湖景發展大會召開\n南京2022年8月30日 /湖讯社/ — 8月27日,湖景市舉辦首屆發展大會。\n', 'organization 湖門絲路');
    lacks(found('原标题:湖景发展大会召开\n湖景市举办首届发展大会。\n'), '原标题');
  });
  it('reads 丝路 / 絲路 as Silk Road even at a name’s end', () => {
    assert.ok(familyNameScore('湖門絲路', 'Humen Silk Road') >= FAMILY_LINK_THRESHOLD);
  });
});

describe('readings in the disk cache', () => {
  it('a warm index keeps the Latin spelling of a Japanese name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-cache-reading-'));
    const analyzer = new DocumentAnalyzer({ japanese: tok, logger: silentLogger });
    const text = '高橋総合研究所が湖景市で調査を行った。';
    const analysis = await analyzer.analyze('file:///r/a.txt', text);
    assert.ok(analysis.mentions.some((m) => m.reading === '(takahashi)総合研究所'));
    const first = new AnalysisCache(nodeFileSystem, dir, 'v1');
    first.put(analysis);
    await first.save();
    const second = new AnalysisCache(nodeFileSystem, dir, 'v1');
    assert.equal(await second.load(), 1);
    assert.deepEqual(second.get('file:///r/a.txt', hashText(text))!.mentions, analysis.mentions);
  });
});
