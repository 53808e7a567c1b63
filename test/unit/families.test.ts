// Release families: grouped from shared evidence (event dates, distinctive figures,
// entities), catalog families win, generic figures never group, and grouping scales.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseId, computeFamilies, computeFamiliesInSteps, matchGlob } from '../../server/src/core/families';
import type { DocumentAnalysis, Figure, Unit } from '../../server/src/core/types';
import { ALL_SAMPLES, analyzeTexts, nameOf, sampleTexts, uriOf } from './checksHelpers';
import { scaledFamilyDocs } from '../helpers/atScale';

let offset = 0;
export function fig(value: number | string, unit: Unit, text = String(value), extra: Partial<Figure> = {}): Figure {
  const start = offset;
  offset += text.length + 10;
  return { start, end: start + text.length, text, value, unit, bound: 'exact', ...extra };
}

export function doc(uri: string, figures: Figure[], mentionIds: string[] = [], dateline?: string): DocumentAnalysis {
  return {
    uri,
    contentHash: uri,
    language: 'en',
    figures,
    mentions: mentionIds.map((id, i) => ({ start: 100000 + i * 20, end: 100010 + i * 20, text: id, type: 'zone', id, source: 'pattern' })),
    dateline,
    notices: [],
  };
}

describe('families on the samples', () => {
  it('groups the three Hunnan versions and leaves the other two alone', async () => {
    const checked = await analyzeTexts(sampleTexts(ALL_SAMPLES));
    assert.equal(checked.families.length, 1);
    const [family] = checked.families;
    assert.deepEqual(family.uris.map(nameOf), ['hunnan-2026-conference.en.txt', 'hunnan-2026-conference.ja.txt', 'hunnan-2026-conference.zh.txt']);
    assert.equal(family.id, 'hunnan-2026-conference');
    assert.equal(family.explicit, false);
  });

  it('lets catalog families win', async () => {
    const checked = await analyzeTexts(sampleTexts(ALL_SAMPLES), {
      catalogFamilies: [{ id: 'japanese-pair', files: ['hunnan-*.ja.txt', 'beihu-*.txt'] }],
    });
    const explicit = checked.families.find((f) => f.explicit)!;
    assert.equal(explicit.id, 'japanese-pair');
    assert.deepEqual(explicit.uris.map(nameOf), ['beihu-future-science-city-2025.ja.txt', 'hunnan-2026-conference.ja.txt']);
    // The rest of Hunnan is still grouped automatically, without the Japanese version.
    const auto = checked.families.filter((f) => !f.explicit);
    assert.deepEqual(auto.map((f) => f.uris.map(nameOf)), [['hunnan-2026-conference.en.txt', 'hunnan-2026-conference.zh.txt']]);
    assert.ok(checked.families.every((f) => f.uris.includes(uriOf('suzhou-gba-2021.ja.txt')) === false));
  });
});

describe('families from evidence', () => {
  it('never groups documents that share only generic figures (a year, "three")', () => {
    const a = doc('file:///w/a.txt', [fig(2025, 'year'), fig(3, 'count', 'three', { counted: 'projects' }), fig(3, 'year-duration'), fig(1, 'rank')], ['zone:x']);
    const b = doc('file:///w/b.txt', [fig(2025, 'year'), fig(3, 'count', '3つ', { counted: 'プロジェクト' }), fig(3, 'year-duration'), fig(1, 'rank')], ['zone:x']);
    assert.deepEqual(computeFamilies([a, b]), []);
  });

  it('does not group on shared entities alone, nor on one shared figure', () => {
    const a = doc('file:///w/a.txt', [fig(91, 'km2')], ['zone:x', 'lab:y', 'org:z']);
    const b = doc('file:///w/b.txt', [fig(91, 'km2')], ['zone:x', 'lab:y', 'org:z']);
    assert.deepEqual(computeFamilies([a, b]), []);
  });

  it('does not take the dateline for an event date', () => {
    const a = doc('file:///w/a.txt', [fig('2026-02-27', 'date'), fig(91, 'km2')], [], '2026-02-27');
    const b = doc('file:///w/b.txt', [fig('2026-02-27', 'date'), fig(91, 'km2')], [], '2026-02-27');
    assert.deepEqual(computeFamilies([a, b]), []);
  });

  it('groups on an event date and a distinctive figure, by dimension (0.5 km² = 500,000 m²)', () => {
    const a = doc('file:///w/x-release.en.txt', [fig('2026-02-24', 'date'), fig(0.5, 'km2')]);
    const b = doc('file:///w/x-release.ja.txt', [fig('--02-24', 'date'), fig(500000, 'm2')]);
    const c = doc('file:///w/other.txt', [fig('2026-02-25', 'date'), fig(500000, 'm2')]);
    const families = computeFamilies([c, b, a]);
    assert.deepEqual(families, [{ id: 'x-release', uris: ['file:///w/x-release.en.txt', 'file:///w/x-release.ja.txt'], explicit: false }]);
  });

  it('groups on four distinctive figures without a date, not on three', () => {
    const a = doc('file:///w/r1.txt', [fig(28, 'km'), fig(5.6, 'km'), fig(52200000000, 'CNY'), fig(91, 'km2')]);
    const b = doc('file:///w/r2.txt', [fig(28000, 'm'), fig(5600, 'm'), fig(52200000000, 'CNY'), fig(91, 'km2')]);
    const families = computeFamilies([a, b]);
    assert.equal(families.length, 1);
    assert.match(families[0].id, /^family-[0-9a-f]{8}$/);
    const c = doc('file:///w/r3.txt', [fig(28, 'km'), fig(5.6, 'km'), fig(52200000000, 'CNY')], ['zone:x']);
    const d = doc('file:///w/r4.txt', [fig(28, 'km'), fig(5.6, 'km'), fig(52200000000, 'CNY')], ['zone:x']);
    assert.deepEqual(computeFamilies([c, d]), []);
  });

  it('does not chain releases that only collide on a date and a figure into one family', () => {
    // Two releases, each in three languages, a week apart in the same month and day of
    // another year; one figure of B happens to equal one of A. Each is still its own family.
    const release = (name: string, date: string, values: number[]) => (['en', 'ja', 'zh'] as const).map((language) => ({
      ...doc(`file:///w/${name}.${language}.txt`, [fig(date, 'date'), ...values.map((v, k) => fig(v, k % 2 ? 'km2' : 'CNY'))], ['zone:x']),
      language,
    }));
    const a = release('a', '2024-05-12', [91, 52200000000, 28, 7100000000, 12]);
    const b = release('b', '2026-05-12', [91, 31000000000, 17, 2300000000, 44]);
    const families = computeFamilies([...a, ...b]);
    assert.deepEqual(families.map((f) => f.uris.map((u) => u.replace('file:///w/', ''))), [
      ['a.en.txt', 'a.ja.txt', 'a.zh.txt'],
      ['b.en.txt', 'b.ja.txt', 'b.zh.txt'],
    ]);
  });

  it('keeps a family to one version per language, unless two are near-identical (a re-issue)', () => {
    const figures = () => [fig('2026-02-24', 'date'), fig(91, 'km2'), fig(52200000000, 'CNY'), fig(28, 'km')];
    const original = doc('file:///w/r.en.txt', figures());
    const reissue = doc('file:///w/r-reissue.en.txt', figures());
    const other = doc('file:///w/q.en.txt', [fig('2026-02-24', 'date'), fig(91, 'km2'), fig(7, 'km'), fig(3100000000, 'CNY'), fig(45, 'km')]);
    assert.deepEqual(computeFamilies([original, reissue, other]).map((f) => f.uris), [['file:///w/r-reissue.en.txt', 'file:///w/r.en.txt']]);
  });

  it('keeps a re-issue or a translation that has one figure mistyped (489 / 488 km², July 2 / 3), not two', () => {
    const original = doc('file:///w/t.en.txt', [fig('2019-07-02', 'date'), fig(489, 'km2')]);
    const typoArea = doc('file:///w/t-reissue.en.txt', [fig('2019-07-02', 'date'), fig(488, 'km2')]);
    const typoDate = { ...doc('file:///w/t.ja.txt', [fig('2019-07-03', 'date'), fig(489, 'km2')]), language: 'ja' as const };
    assert.deepEqual(computeFamilies([original, typoArea]).map((f) => f.uris), [['file:///w/t-reissue.en.txt', 'file:///w/t.en.txt']]);
    assert.deepEqual(computeFamilies([original, typoDate]).map((f) => f.uris), [['file:///w/t.en.txt', 'file:///w/t.ja.txt']]);
    // Near figures are no evidence on their own, and one near figure does not make up for others not shared.
    const near = doc('file:///w/u.en.txt', [fig('2019-07-03', 'date'), fig(488, 'km2')]);
    assert.deepEqual(computeFamilies([original, near]), []);
    const fuller = doc('file:///w/w.en.txt', [fig('2019-07-02', 'date'), fig(489, 'km2'), fig(52200000000, 'CNY'), fig(28, 'km')]);
    const another = { ...doc('file:///w/v.ja.txt', [fig('2019-07-02', 'date'), fig(488, 'km2'), fig(31000000000, 'CNY'), fig(17, 'km')]), language: 'ja' as const };
    assert.deepEqual(computeFamilies([fuller, another]), []);
    // Round figures a digit apart (70 / 40 billion) are chance, not a typo: a short release stays alone.
    const brief = doc('file:///w/s.en.txt', [fig(12, 'count', '12', { counted: 'zones' }), fig(70000000000, 'CNY', '70 billion yuan'), fig(10000000000, 'CNY', '10 billion yuan')]);
    const report = { ...doc('file:///w/s2.zh.txt', [fig(12, 'count', '12个', { counted: '个' }), fig(40000000000, 'CNY', '400亿元'), fig(10000000000, 'CNY', '100亿元'), fig('2019-08-16', 'date')]), language: 'zh' as const };
    assert.deepEqual(computeFamilies([brief, report]), []);
  });

  it('does not chain near-identical drafts: one version per language and at most one re-issue per family', () => {
    const figures = () => [fig('2026-02-24', 'date'), fig(91, 'km2'), fig(52200000000, 'CNY'), fig(28, 'km'), fig(5.6, 'km')];
    const docs = Array.from({ length: 40 }, (_, i) => ({ ...doc(`file:///w/draft-${String(i).padStart(2, '0')}.txt`, figures()), language: (['en', 'ja', 'zh'] as const)[i % 3] }));
    const families = computeFamilies(docs);
    for (const family of families) {
      const languages = family.uris.map((u) => docs.find((d) => d.uri === u)!.language);
      const repeated = languages.length - new Set(languages).size;
      assert.ok(repeated <= 1, `${family.uris.length} versions, languages ${languages.join(' ')}`);
    }
    assert.ok(Math.max(...families.map((f) => f.uris.length)) <= 4);
  });

  it('gives deterministic ids: the shared base name, else a hash', () => {
    assert.equal(baseId(['file:///s/hunnan-2026-conference.en.txt', 'file:///s/hunnan-2026-conference.zh.txt']), 'hunnan-2026-conference');
    assert.equal(baseId(['file:///s/release-a.txt', 'file:///s/release-b.txt']), 'release');
    assert.match(baseId(['file:///s/a.txt', 'file:///s/b.txt']), /^family-[0-9a-f]{8}$/);
  });

  it('matches catalog globs', () => {
    assert.ok(matchGlob('samples/hunnan-*.txt', 'samples/hunnan-2026.ja.txt'));
    assert.ok(matchGlob('**/*.{ja,zh}.txt', 'a/b/c.zh.txt'));
    assert.ok(matchGlob('*.en.txt', 'deep/folder/x.en.txt'));
    assert.ok(!matchGlob('samples/*.txt', 'samples/sub/x.txt'));
  });

  // How long it takes is measured by the bench (npm run bench: bench/scaling.ts).
  it('scales: 9,000 documents in 3,000 families of three languages, without comparing every pair', () => {
    const families = computeFamilies(scaledFamilyDocs(3000));
    assert.equal(families.length, 3000);
    assert.ok(families.every((f) => f.uris.length === 3 && new Set(f.uris.map((u) => u.replace(/\.\w\w\.txt$/, ''))).size === 1));
  });

  // The end of the cold index groups the workspace in slices, answering requests between them.
  it('groups in steps (at least one per document) with the families grouping at once gives', () => {
    const docs = scaledFamilyDocs(200);
    const steps = computeFamiliesInSteps(docs);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    assert.ok(yields >= docs.length, `${yields} yields for ${docs.length} documents`);
    assert.deepEqual(next.value, computeFamilies(docs));
  });
});
