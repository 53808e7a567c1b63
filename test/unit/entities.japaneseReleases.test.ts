// Short Japanese releases of our own (test/fixtures/entities/ja-releases), one per kind of
// name the Japanese rules find: the company on a roundup's bullet line, the subject of a
// news lead, China's zone abbreviations and a zone's bare name, company sites and subsidy
// programmes, legal forms, facilities named by their opening, names listed with a typed
// name, companies in a sentence about what they do. Each pins what is found and
// what must not be (section titles, places, common type words alone).
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { analyze, loadTokenizer } from '../fixtures/entities/analyze';
import { DocumentAnalyzer } from '../../server/src/core/analyzer';
import { mayContainCjkEntity } from '../../server/src/core/entities';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});

const DIR = path.join(__dirname, '..', 'fixtures', 'entities', 'ja-releases');
const found = (file: string) =>
  analyze(tok, `mem://${file}`, fs.readFileSync(path.join(DIR, file), 'utf8')).mentions.map((m) => `${m.type}:${m.text}${m.source === 'shortForm' ? ' (short)' : ''}`);

function expect(got: string[], present: string[], absent: (string | RegExp)[]) {
  for (const p of present) assert.ok(got.includes(p), `missing ${p} in: ${got.join(' | ')}`);
  for (const a of absent) assert.ok(!got.some((g) => (typeof a === 'string' ? g === a : a.test(g))), `unexpected ${a} in: ${got.join(' | ')}`);
}

describe('Japanese releases of our own', () => {
  it('a roundup: the company on each bullet line, up to the headline comma; section titles are not names', () => {
    const got = found('roundup.txt');
    expect(got, ['organization:青葉精機工業', 'organization:ハルカゼフーズ', 'organization:ミナモ電気', 'project:富士事業所'], [/:概要$/, /:国内$/, /:海外$/, /ハルカゼフーズ、/]);
    // the bullet company recurs in the item's text
    assert.equal(got.filter((g) => g === 'organization:ミナモ電気').length, 2, got.join(' | '));
  });

  it('a news lead: the subject before the date is a company; a prefecture and 同社 are not', () => {
    const got = found('lead.txt');
    expect(got, ['organization:ソラトブ物流', 'organization:ノルドテック', 'organization:NTX'], [/茨城県/, /同社/]);
  });

  it('China\'s zone abbreviation stands for the zone (even in the headline, and as a gloss); 同モデル区 is no short form', () => {
    const got = found('zone-abbreviation.txt');
    expect(got, ['zone:南昌ハイテク産業開発区', 'zone:中日(南昌)グリーン産業協力モデル区'], [/同モデル区/]);
    assert.equal(got.filter((g) => g.startsWith('zone:高新区')).length, 3, got.join(' | '));
    // of the two bare モデル区, only the one without 同 is a short form
    assert.equal(got.filter((g) => g === 'zone:モデル区 (short)').length, 1, got.join(' | '));
  });

  it('a zone called by its bare name after the full one; a city of the same name is not the zone', () => {
    const got = found('zone-name.txt');
    expect(got, ['zone:碧渓科学城', 'zone:碧渓 (short)', 'zone:臨江経済技術開発区'], [/^zone:臨江( \(short\))?$/]);
  });

  it('a company site (…事業所内), a subsidy programme and a legal form that outranks its last word', () => {
    const got = found('site-and-subsidy.txt');
    expect(got, ['project:臼杵事業所', 'organization:ミドリ化学', 'organization:一般財団法人みどり立地センター'], [/^project:一般財団法人/, /^project:同補助金/]);
    assert.ok(got.some((g) => g.startsWith('project:') && g.endsWith('移転促進補助金')), got.join(' | '));
  });

  it('facilities named by their opening: a quoted name that opens, a Latin name and its acronym at the opening ceremony', () => {
    const got = found('facility-names.txt');
    expect(got, ['project:hatch-lab(ハッチラボ) OSAKA-KITA', 'project:hatch-lab OSAKA-KITA', 'lab:ミライラボ梅田', 'project:Northwind Bio Gateway', 'project:NBG'], [/^organization:NBG/, /^organization:Northwind/]);
  });

  it('names listed with a typed name take its type; places, people with a title and a single common word do not', () => {
    const got = found('lists.txt');
    expect(got, ['organization:カゼノワ', 'project:ソラノテラス', 'project:東湾データセンター', 'organization:MKSエンジニアリング'], [/無錫/, /常州/, /李明/, /青葉工業団地、/, /ECサイト/]);
  });

  it('a sentence about what companies do (共同で出資) is read for their names, though it has no type word', async () => {
    const analyzer = new DocumentAnalyzer({ japanese: tok, logger: { info() {}, warn() {}, error() {} } as never });
    const a = await analyzer.analyze('mem://acts.txt', fs.readFileSync(path.join(DIR, 'lists.txt'), 'utf8').split('\n')[0]);
    const got = a.mentions.map((m) => `${m.type}:${m.text}`);
    expect(got, ['organization:ソニー', 'organization:パナソニック'], []);
    assert.ok(!mayContainCjkEntity('電池の生産は来年に始まる。'));
    // what a company is (…部品メーカーである) is read too
    assert.ok(mayContainCjkEntity('ベルデンは世界でも有名な部品メーカーである。'));
  });

  it('a site named with its company in front (X長岡工場) holds a mention of that company, not where a katakana word goes on', () => {
    const got = found('owners.txt');
    expect(got, ['project:ミナモ電気長岡工場', 'lab:カゼノワテック研究所', 'organization:カゼノワ'], []);
    assert.equal(got.filter((g) => g === 'organization:ミナモ電気').length, 2, got.join(' | '));
    assert.equal(got.filter((g) => g === 'organization:カゼノワ').length, 1, got.join(' | '));
  });

  it('a short name defined in parentheses (以下「X」) names the entity before it, here too, and recurs; 本拠点 is a self-reference', () => {
    const got = found('aliases.txt');
    expect(got, ['organization:メディカル・ネットワーク・ミナト'], [/本拠点/]);
    assert.equal(got.filter((g) => g === 'organization:MNM').length, 2, got.join(' | '));
  });

  it('the coined subject of what organisations do or are (Xは…設立, Xが…出資, Xは…メーカーである) is an organisation; a prefecture and a count are not', () => {
    const got = found('subjects.txt');
    expect(got, ['organization:ノルディカ', 'organization:AXIS', 'organization:ミツボシ', 'organization:ベルデン'], [/茨城県/, /累計/]);
  });

  it('a list closed by what its members are (…など計10社, …という2つの国家研究センター) types each coined member; common words and cities are no members', () => {
    const got = found('kinded-lists.txt');
    expect(got, ['organization:カゼノワ(風輪)テック', 'organization:ロボットバンク(RobotBank)', 'lab:北湖分子科学', 'lab:南港光電'], [/電池/, /半導体/, /北京/, /上海/]);
  });

  it('through the analyzer, a list closed by companies is read though its sentence has no type word', async () => {
    const analyzer = new DocumentAnalyzer({ japanese: tok, logger: { info() {}, warn() {}, error() {} } as never });
    const a = await analyzer.analyze('mem://closed.txt', '一行は、北湖ロボットや南港機床など地域を代表する企業を訪ねた。');
    const got = a.mentions.map((m) => `${m.type}:${m.text}`);
    expect(got, ['organization:南港機床'], []);
  });

  it('offices and agencies (X県上海事務所, X振興機構) are bodies, also before a unit of theirs (X局日本処), and so is a promotion centre (X振興センター); 中日 is a relation, not a company; a governor (X省長) is no ministry, Chinese 机构 no agency', () => {
    const got = found('bodies.txt');
    expect(got, ['organization:北辰県上海事務所', 'organization:港湾振興機構', 'organization:北湖新区商務局', 'organization:北辰産業振興センター'], [/省$/, /机构/, /:中日$/]);
  });

  it('a quoted name after a policy noun (施策「X」) is a project, and so is a quoted name listed with it; quoted phrases are not', () => {
    const got = found('quoted.txt');
    expect(got, ['project:ミナト神奈川50', 'project:ヘルス・フロンティア', 'project:ソラミチ', 'project:北湖物流センター'], [/活性化/, /雇用/]);
  });

  it('a national science centre (X国家科学センター) is a lab', () => {
    expect(found('bodies.txt'), ['lab:北湖国家科学センター'], ['project:北湖国家科学センター']);
  });
});
