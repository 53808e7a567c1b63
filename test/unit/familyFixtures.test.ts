// Release families written for these tests (our sentences, not any real release) that
// reproduce how real versions diverge: a longer report and a short summary, paragraphs
// reordered, rounded and bounded restatements, a total in one version and its parts in
// the other, a headline restating the body, counts of different things side by side.
// Pinned: the families, no finding on the unedited copies, exactly the right finding
// for each one-figure change, and none for each neutral edit.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { analyzeTexts, nameOf, withEdit, type Checked } from './checksHelpers';

const FIXTURES = path.resolve(__dirname, '../fixtures/families');
const FAMILIES = ['harbor', 'lantern', 'orchard', 'ridge', 'valley'];

function fixtureTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const family of FAMILIES) {
    for (const file of readdirSync(path.join(FIXTURES, family)).sort()) {
      texts.set(pathToFileURL(path.join(FIXTURES, family, file)).toString(), readFileSync(path.join(FIXTURES, family, file), 'utf8'));
    }
  }
  return texts;
}

const uriOf = (texts: Map<string, string>, file: string): string => [...texts.keys()].find((u) => nameOf(u) === file)!;

/** The texts with one edit: the `occurrence`-th `from` in `file` replaced by `to`. */
function edited(file: string, from: string, to: string, occurrence = 1): ReturnType<typeof withEdit> {
  const texts = fixtureTexts();
  return withEdit(texts, uriOf(texts, file), from, to, occurrence);
}

const all = (c: Checked) => [...c.diagnostics].flatMap(([uri, list]) => list.map((d) => ({ file: nameOf(uri), code: d.code, text: c.texts.get(uri)!.slice(d.start, d.end), d })));

describe('families written to diverge as real ones do', () => {
  it('groups the right versions: by name (name.ja.txt, name_en.txt) and by evidence (a summary of a report)', async () => {
    const c = await analyzeTexts(fixtureTexts());
    assert.deepEqual(c.families.map((f) => f.uris.map(nameOf)), [
      ['harbor.en.txt', 'harbor.ja.txt', 'harbor.zh.txt'],
      ['lantern.en.txt', 'lantern.ja.txt', 'lantern.zh.txt'],
      ['orchard-brief.txt', 'orchard-report.txt'],
      ['ridge.en.txt', 'ridge.ja.txt'],
      ['valley_en.txt', 'valley_ja.txt'],
    ]);
  });

  it('raises no finding on the unedited copies', async () => {
    const c = await analyzeTexts(fixtureTexts());
    assert.deepEqual(all(c).map((x) => `${x.file} ${x.code} ${x.text}`), []);
  });

  // One figure changed: [file, from, to, occurrence, expected code].
  const CHANGES: [string, string, string, number, string][] = [
    ['harbor.ja.txt', '8万平方メートル', '9万平方メートル', 1, 'figure-mismatch'],
    ['harbor.en.txt', '18.6 kilometers', '16.6 kilometers', 1, 'figure-mismatch'],
    ['harbor.zh.txt', '320名', '330名', 1, 'figure-mismatch'],
    ['harbor.en.txt', 'May 12', 'May 13', 1, 'date-mismatch'],
    ['harbor.ja.txt', '36.4平方キロ', '36.4キロ', 1, 'unit-mismatch'],
    ['harbor.en.txt', '46 projects', '48 projects', 1, 'figure-mismatch'], // the headline restating the body
    ['harbor.zh.txt', '125亿元', '135亿元', 2, 'figure-mismatch'],
    ['harbor.ja.txt', '2029年', '2028年', 1, 'figure-mismatch'],
    ['orchard-brief.txt', '412 companies', '414 companies', 1, 'figure-mismatch'],
    ['orchard-report.txt', '38.2亿元', '39.2亿元', 1, 'figure-mismatch'],
    ['orchard-brief.txt', '17.5 percent', '17.8 percent', 1, 'figure-mismatch'],
    ['orchard-report.txt', '17.5%', '15.7%', 1, 'figure-mismatch'], // two digits swapped
    // The area stated in paragraphs the versions put at opposite ends: a typo twin.
    ['ridge.ja.txt', '27.4平方キロ', '27.5平方キロ', 1, 'figure-mismatch'],
    ['ridge.en.txt', '27.4 square', '27.3 square', 1, 'figure-mismatch'],
    ['ridge.en.txt', 'March 6', 'March 7', 1, 'date-mismatch'],
    ['ridge.ja.txt', '2つの側面', '3つの側面', 1, 'figure-mismatch'], // two aspects: the counted class (側面 / aspects)
    ['ridge.en.txt', '6.35 billion', '5.95 billion', 1, 'figure-mismatch'], // below the bound written after a parenthesis
    ['valley_en.txt', '58 companies', '68 companies', 1, 'figure-mismatch'],
    ['valley_ja.txt', '150億元', '160億元', 1, 'figure-mismatch'],
    ['valley_ja.txt', '9月1日', '9月2日', 1, 'date-mismatch'],
    // Wire datelines (【青州 3月16日 …】, "March 16, 2024 /Asia Wire/ --") are stamps, not the event date;
    // a bare day (14日) and a month-day (3月14日) compare by month and day.
    ['lantern.ja.txt', '14日', '15日', 1, 'date-mismatch'],
    ['lantern.zh.txt', '3月14日', '3月13日', 1, 'date-mismatch'],
    ['lantern.en.txt', 'March 14', 'March 15', 1, 'date-mismatch'],
    ['lantern.en.txt', 'The 2024 spring', 'The 2025 spring', 1, 'figure-mismatch'], // 2024年春季: a season's year
    ['lantern.zh.txt', '640 初创企业', '650 初创企业', 1, 'figure-mismatch'], // a bare number before the counted noun
    // The Chinese headline restates the body: either statement is checked.
    ['lantern.zh.txt', '52个项目', '53个项目', 1, 'figure-mismatch'],
    ['lantern.zh.txt', '52个项目', '53个项目', 2, 'figure-mismatch'],
    ['lantern.zh.txt', '317.6亿元', '317.8亿元', 1, 'figure-mismatch'],
    ['lantern.ja.txt', '2025年に', '2026年に', 1, 'figure-mismatch'],
    // The only year left in the last stretch, though the English adds a date and a count after it.
    ['lantern.en.txt', 'in 2025', 'in 2026', 1, 'figure-mismatch'],
    // 8事業: undertakings, which English calls companies (and never the four guests beside them).
    ['lantern.ja.txt', '8事業', '9事業', 1, 'figure-mismatch'],
  ];
  for (const [file, from, to, occurrence, code] of CHANGES) {
    it(`${file}: ${from} -> ${to} gives one ${code}, there`, async () => {
      const { texts, uri, span } = edited(file, from, to, occurrence);
      const c = await analyzeTexts(texts);
      const overlaps = (r: { start: number; end: number }): boolean => r.start < span.end && span.start < r.end;
      const here = (c.diagnostics.get(uri) ?? []).map((d) => ({ code: d.code, there: overlaps(d) }));
      assert.deepEqual(here, [{ code, there: true }], JSON.stringify(all(c).map((x) => `${x.file} ${x.code} ${x.text}`)));
      // Anything elsewhere is the other side of the same disagreement (two versions, no majority).
      for (const x of all(c).filter((x) => x.file !== file)) {
        assert.equal(x.code, code);
        assert.ok(x.d.related.some((r) => r.uri === uri && overlaps(r)), `${x.file}: ${x.text} does not point at the change`);
      }
    });
  }

  // Neutral edits: the same facts in other words, scales, rounding, bounds or order.
  const NEUTRAL: [string, string, string][] = [
    ['orchard-brief.txt', 'about 3.82 billion yuan', 'about 3.8 billion yuan'],
    ['orchard-brief.txt', '4.2 billion yuan', '4.5 billion yuan'], // still more than 3 billion
    ['harbor.zh.txt', '8万平方米', '80000平方米'],
    ['harbor.en.txt', '12.5 billion yuan at', '12,500 million yuan at'],
    ['harbor.ja.txt', '全長18.6キロの沿岸鉄道が2029年までにパークと市中心部を結ぶ。', '2029年までに、全長18.6キロの沿岸鉄道がパークと市中心部を結ぶ。'],
    ['valley_en.txt', 'a total of 30 square kilometers in two phases', '30 square kilometers in two phases'],
    ['harbor.en.txt', 'employ 320 researchers', 'employ some 320 researchers'],
    ['ridge.en.txt', '6.35 billion', '6.5 billion'], // still more than 60億元 (the bound after the parenthesis)
    ['lantern.zh.txt', '近318亿元', '逾317亿元'], // the headline's bound still allows the body's sum
    ['lantern.zh.txt', '约640 初创企业', '约640家初创企业'],
  ];
  for (const [file, from, to] of NEUTRAL) {
    it(`${file}: ${from} -> ${to} gives no finding`, async () => {
      const { texts } = edited(file, from, to);
      const c = await analyzeTexts(texts);
      assert.deepEqual(all(c).map((x) => `${x.file} ${x.code} ${x.text}`), []);
    });
  }
});
