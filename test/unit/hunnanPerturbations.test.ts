// Single edits to copies of the Hunnan family (samples/hunnan-2026-conference.*, read,
// never written): years of editions and titles, Top-N and "N major" counts, ordinals,
// units of other systems. Each change must give exactly one error where it was made;
// each neutral edit (another scale, unit system or way of writing) none at all.
// Edits whose new text the figure engine does not read yet are skipped, and say so.
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { dimensionOf } from '../../server/src/core/figures/units';
import { analyzeTexts, HUNNAN, nameOf, readSample, uriOf, withEdit } from './checksHelpers';

const [EN, JA, ZH] = HUNNAN;

/** [file, from, to, occurrence, expected code] */
const CHANGES: [string, string, string, number, string][] = [
  // Years of editions and report titles.
  [EN, 'the 2026 Hunnan Science', 'the 2027 Hunnan Science', 1, 'figure-mismatch'],
  [JA, '主催した2026年', '主催した2027年', 1, 'figure-mismatch'],
  [JA, '2025年渾南', '2024年渾南', 1, 'figure-mismatch'],
  [ZH, '2025年度浑南科技城十大', '2024年度浑南科技城十大', 1, 'figure-mismatch'],
  [EN, 'projects for 2026', 'projects for 2025', 1, 'figure-mismatch'],
  // Top-N and "N major".
  [EN, 'Top Ten Innovative', 'Top Twelve Innovative', 1, 'figure-mismatch'],
  [JA, 'トップ10革新的成果', 'トップ12革新的成果', 1, 'figure-mismatch'],
  // Not here: zh states 十大创新成果 twice; one changed is not caught (README: what is left).
  [JA, '4つの主要プロジェクト', '5つの主要プロジェクト', 1, 'figure-mismatch'],
  [ZH, '四个项目', '五个项目', 1, 'figure-mismatch'],
  // Ordinals: a rank with its counted noun.
  [JA, '第1群', '第2群', 1, 'figure-mismatch'],
  [EN, 'the first batch', 'the second batch', 1, 'figure-mismatch'],
  [ZH, '首批新入驻', '第二批新入驻', 1, 'figure-mismatch'],
  // Units, of this and other systems.
  [EN, '91-square-kilometer', '91-kilometer', 1, 'unit-mismatch'],
  [JA, '7.2平方キロ', '7.2キロ', 1, 'unit-mismatch'],
  [EN, '28 kilometers', '28 miles', 1, 'figure-mismatch'],
  [EN, '500,000 square meters', '500,000 square feet', 1, 'figure-mismatch'],
  [EN, '10 kilometers', '10 square kilometers', 1, 'unit-mismatch'],
];

/** [file, from, to]: the same facts written otherwise. */
const NEUTRAL: [string, string, string][] = [
  [EN, '500,000 square meters', '0.5 square kilometers'],
  [JA, '50万平方メートル', '500,000平方メートル'],
  [ZH, '28公里', '28千米'],
  [EN, 'Top Ten Innovative', 'Top 10 Innovative'],
  [EN, 'Four', '4'],
  [EN, 'over the past three years', 'over the past 3 years'],
  [EN, '5.6 kilometers', '3.48 miles'],
  [EN, '91-square-kilometer', '35.1-square-mile'],
  [ZH, '四个项目', '4个项目'],
];

function edit(file: string, from: string, to: string, occurrence = 1): ReturnType<typeof withEdit> {
  return withEdit(new Map(HUNNAN.map((n) => [uriOf(n), readSample(n)])), uriOf(file), from, to, occurrence);
}

/** The edited figure as read, when the engine reads its unit (miles, square feet, acres need the units of other systems). */
function readAs(c: { analyses: Map<string, { figures: { start: number; end: number; unit: string }[] }> }, uri: string, span: { start: number; end: number }, to: string): boolean {
  const figures = c.analyses.get(uri)!.figures.filter((f) => overlaps(f, span));
  if (figures.length === 0) return false;
  return !/mile|feet|foot|acre/i.test(to) || figures.some((f) => /^(?:mi|ft|acre|mi2|ft2)/.test(f.unit));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

describe('Hunnan perturbations: years, Top-N, ordinals, units', () => {
  for (const [file, from, to, occurrence, code] of CHANGES) {
    it(`${file}: ${from} -> ${to} gives one ${code} there`, async (t: TestContext) => {
      const { texts, uri, span } = edit(file, from, to, occurrence);
      const c = await analyzeTexts(texts);
      // The changed words must be read as a figure (by the figure engine) for a check to compare them.
      if (!readAs(c, uri, span, to)) return t.skip(`the figure engine does not read “${to}” yet`);
      // An ordinal is compared with the other versions' ordinals: they must be read too.
      const edited = c.analyses.get(uri)!.figures.find((f) => overlaps(f, span))!;
      const counterparts = [...c.analyses].filter(([u]) => u !== uri).every(([, a]) => a.figures.some((f) => dimensionOf(f.unit) === dimensionOf(edited.unit)));
      if (!counterparts) return t.skip(`the figure engine does not read the other versions' ${dimensionOf(edited.unit)} figures yet`);
      const here = (c.diagnostics.get(uri) ?? []).filter((d) => d.severity === 'error');
      assert.deepEqual(here.map((d) => ({ code: d.code, there: overlaps(d, span) })), [{ code, there: true }],
        JSON.stringify([...c.diagnostics].flatMap(([u, l]) => l.map((d) => `${nameOf(u)} ${d.code} ${c.texts.get(u)!.slice(d.start, d.end)}`))));
    });
  }
  for (const [file, from, to] of NEUTRAL) {
    it(`${file}: ${from} -> ${to} gives no finding`, async (t: TestContext) => {
      const { texts, uri, span } = edit(file, from, to);
      const c = await analyzeTexts(texts);
      if (!readAs(c, uri, span, to)) return t.skip(`the figure engine does not read “${to}” yet`);
      const found = [...c.diagnostics].flatMap(([u, l]) => l.map((d) => `${nameOf(u)} ${d.code} ${c.texts.get(u)!.slice(d.start, d.end)}`));
      assert.deepEqual(found, []);
    });
  }
});
