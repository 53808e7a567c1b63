// Short Japanese releases of our own (test/fixtures/entities/ja-structure), one per
// structural cue the Japanese rules read rather than a list of names: a relation between
// countries, a country where companies go, companies a count names, common words before a
// project's head word, two fields joined by a middle dot inside a name, a body's web site
// after its name, a company's plant or production base named for it and its place, legal
// forms (with the older registers' space), a short name defined after a note in 【】, a
// rank before a zone word, a katakana name of several words joined by dots, quoted names
// after a kind of company, a note naming a company's head, 同 before a type word, a quoted
// term (「X」と呼ばれる). Each pins what is found and
// what must not be.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { analyze, loadTokenizer } from '../fixtures/entities/analyze';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});

const DIR = path.join(__dirname, '..', 'fixtures', 'entities', 'ja-structure');
const found = (file: string) =>
  analyze(tok, `mem://${file}`, fs.readFileSync(path.join(DIR, file), 'utf8')).mentions.map((m) => `${m.type}:${m.text}${m.source === 'shortForm' ? ' (short)' : ''}`);

function expect(got: string[], present: string[], absent: (string | RegExp)[]) {
  for (const p of present) assert.ok(got.includes(p), `missing ${p} in: ${got.join(' | ')}`);
  for (const a of absent) assert.ok(!got.some((g) => (typeof a === 'string' ? g === a : a.test(g))), `unexpected ${a} in: ${got.join(' | ')}`);
}

describe('Japanese structural cues', () => {
  const file = 'relations-and-counts.txt';

  it('both countries\' or every country\'s government is no name, nor is a country where companies go', () => {
    const got = found(file);
    expect(got, [], [/両国政府/, /各国政府/, /:タイ$/]);
  });

  it('names a count calls companies are companies, whatever word ends them', () => {
    const got = found(file);
    expect(got, ['organization:ミナセ化成', 'organization:東邦色材研究所'], ['lab:東邦色材研究所']);
  });

  it('a project named only with common words is a kind of project, not a name', () => {
    const got = found(file);
    expect(got, [], [/新設投資ファンドプロジェクト/, /都市整備開発プロジェクト/]);
  });

  it('two fields joined by a middle dot inside a name are part of it; common words joined by one are no name', () => {
    const got = found('joined-fields.txt');
    expect(got, ['lab:広州理工大学化学・材料研究所'], ['lab:材料研究所', /製造・包装工場/, /包装工場/, /オフィス・事務所/]);
  });

  it('a body\'s name ends before what it publishes; a company\'s head-office plant or base is a project, a world region\'s is not', () => {
    const got = found('bodies-and-sites.txt');
    expect(got, ['organization:広州市政府', 'project:ミドリフーズ松江本社工場', 'project:ハルモニア蘇州製造拠点'], [/ポータルサイト/, /北米製造拠点/, /東南アジア生産拠点/]);
  });

  it('a legal form makes an organisation of what follows, also after a space; the short name defined after a note in 【】 is the same one', () => {
    const got = found('legal-forms-and-kinds.txt');
    expect(got, ['organization:独立行政法人 ミドリ技術総合研究所', 'organization:財団法人あおば総合研究所', 'organization:公益財団法人みどり振興財団', 'organization:ミド研'], ['lab:ミドリ技術総合研究所', 'lab:ミド研', /^organization:財団法人みどり/]);
    assert.equal(got.filter((g) => g === 'organization:ミド研').length, 2, got.join(' | '));
  });

  it('a research centre is a lab; a rank before a zone word makes a class; a katakana park name of several words is one name', () => {
    const got = found('legal-forms-and-kinds.txt');
    expect(got, ['lab:アオバ機能材料リサーチセンター', 'zone:ミナモ・インダストリー・パーク'], [/市級工業区/, /^zone:工業区/, /^zone:パーク/]);
  });

  it('quoted names listed after a kind of company, and a name with its head in a note, are companies', () => {
    const got = found('companies-and-terms.txt');
    expect(got, ['organization:ミナセ特線', 'organization:ハルカ', 'organization:アオバ製パン', 'organization:脳科学研究所', 'organization:上海青浦区政府'], ['lab:脳科学研究所', /政府筋/]);
  });

  it('the said university\'s campus and a quoted term are no names', () => {
    const got = found('companies-and-terms.txt');
    expect(got, ['organization:アオバ大学'], [/キャンパス/, /ウエットラボ/, /シェアラボ/]);
  });
});
