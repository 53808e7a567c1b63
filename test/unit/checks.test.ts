// Consistency checks on the samples: the reviewed findings on the unedited samples,
// the mutation test of issue 5 (change one figure in one version: exactly one finding,
// at the changed place, pointing at the other two versions; the quick fix repairs it),
// and neutral edits that must give nothing new.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { applyIgnores, checkFamilies } from '../../server/src/core/checks';
import { computeFamilies } from '../../server/src/core/families';
import type { EngineDiagnostic, Figure } from '../../server/src/core/types';
import { ALL_SAMPLES, analyzeTexts, flatten, HUNNAN, nameOf, ROOT, sampleTexts, uriOf, type Checked } from './checksHelpers';
import { scaledAgreeingWorkspace } from '../helpers/atScale';

const EXPECTED = path.join(ROOT, 'test/fixtures/checks/samples.expected.json');

type Flat = ReturnType<typeof flatten>[number];
const key = (f: Flat): string => `${f.file}|${f.code}|${f.text}|${f.related.join(',')}`;

let baseline: Checked;
let baselineKeys: Set<string>;

before(async () => {
  baseline = await analyzeTexts(sampleTexts(ALL_SAMPLES));
  baselineKeys = new Set(flatten(baseline).map(key));
});

/** Findings that are not in the unedited baseline. */
function newFindings(c: Checked): (Flat & { d: EngineDiagnostic; uri: string })[] {
  const out = [];
  for (const [uri, list] of c.diagnostics) {
    for (const d of list) {
      const text = c.texts.get(uri) ?? '';
      const f: Flat = {
        file: nameOf(uri), code: d.code, severity: d.severity, text: text.slice(d.start, d.end), message: d.message,
        related: d.related.map((r) => `${nameOf(r.uri)}:${(c.texts.get(r.uri) ?? '').slice(r.start, r.end)}`),
      };
      if (!baselineKeys.has(key(f))) out.push({ ...f, d, uri });
    }
  }
  return out;
}

function withText(name: string, text: string): Map<string, string> {
  const texts = sampleTexts(HUNNAN);
  texts.set(uriOf(name), text);
  return texts;
}

describe('checks on the unedited samples', () => {
  it('give exactly the reviewed findings (test/fixtures/checks/samples.expected.json)', () => {
    const actual = flatten(baseline).map(({ message: _m, ...rest }) => rest);
    if (process.env.UPDATE_EXPECTED) writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(EXPECTED, 'utf8'));
    assert.deepEqual(actual, expected);
  });

  it('are none on the unedited samples (README: Findings)', () => {
    assert.deepEqual(flatten(baseline), []);
  });
});

// ------------------------------------------------------------------ mutation test

const WORDS: Record<string, string> = {
  two: 'four', three: 'five', four: 'six', five: 'seven', six: 'eight', ten: 'nine',
  Two: 'Four', Three: 'Five', Four: 'Six', Five: 'Seven', Six: 'Eight', Ten: 'Nine',
};
const CJK: Record<string, string> = { 二: '四', 两: '四', 三: '五', 四: '六', 五: '七', 六: '八', 十: '九' };

/** The same figure with another value, written in the same style. */
export function mutate(f: Figure): string {
  const t = f.text;
  const bump = (d: string, by: number): string => {
    const full = d >= '０' && d <= '９';
    const n = full ? d.charCodeAt(0) - 0xff10 : Number(d);
    const m = n === 9 && by === 1 ? 8 : (n + by) % 10;
    return full ? String.fromCharCode(0xff10 + m) : String(m);
  };
  if (f.unit === 'date') {
    // The day: its last digit.
    const i = t.search(/[0-9０-９](?!.*[0-9０-９])/);
    return t.slice(0, i) + bump(t[i], 1) + t.slice(i + 1);
  }
  if (f.unit === 'year') {
    const m = /[0-9０-９]{4}/.exec(t)!;
    return t.slice(0, m.index + 3) + bump(t[m.index + 3], 3) + t.slice(m.index + 4);
  }
  const digit = t.search(/[1-9１-９]/);
  if (digit >= 0) return t.slice(0, digit) + bump(t[digit], f.unit === 'count' ? 2 : 1) + t.slice(digit + 1);
  const word = /\b(two|three|four|five|six|ten)\b/i.exec(t);
  if (word) return t.slice(0, word.index) + WORDS[word[0]] + t.slice(word.index + word[0].length);
  const cjk = [...t].findIndex((c) => c in CJK);
  if (cjk >= 0) return t.slice(0, cjk) + CJK[t[cjk]] + t.slice(cjk + 1);
  throw new Error(`cannot mutate ${t}`);
}

/**
 * The figures mutated in each version, by text and occurrence. Every figure of the
 * three versions that has a counterpart in both other versions and is the only one of
 * its value and kind in its version (so changing it really leaves the fact stated
 * differently; the Japanese "Top Ten … トップ10" and the second 2025 are restatements).
 */
const MUTATED: Record<string, [string, number][]> = {
  'hunnan-2026-conference.en.txt': [
    ['February 24', 0], ['2026', 0], ['Top Ten', 0], ['2025', 0], ['three years', 0], ['three', 0], ['Three', 0], ['2026', 1],
    ['Four', 0], ['91-square-kilometer', 0], ['7.2-square-kilometer', 0], ['500,000 square meters', 0], ['28 kilometers', 0],
    ['10 kilometers', 0], ['5.6 kilometers', 0],
  ],
  'hunnan-2026-conference.ja.txt': [
    ['2026年2月24日', 0], ['過去3年間', 0], ['3つ', 0], ['3つ', 1], ['4つ', 0], ['91平方キロ', 0], ['7.2平方キロ', 0],
    ['50万平方メートル', 0], ['28キロ', 0], ['10キロ', 0], ['5.6キロ', 0], ['2026年', 2],
  ],
  'hunnan-2026-conference.zh.txt': [
    ['2月24日', 0], ['三年来', 0], ['三大', 0], ['三大', 1], ['91平方公里', 0], ['7.2平方公里', 0], ['50万平方米', 0],
    ['28公里', 0], ['10公里', 0], ['5.6公里', 0], ['四个', 0], ['2026', 0],
  ],
};

function figureByText(c: Checked, name: string, text: string, occurrence: number): Figure {
  const figures = c.analyses.get(uriOf(name))!.figures.filter((f) => f.text === text);
  assert.ok(figures[occurrence], `no figure “${text}” #${occurrence} in ${name}`);
  return figures[occurrence];
}

describe('mutation test: one figure changed in one version', () => {
  for (const name of HUNNAN) {
    it(`${name}: at least 12 figures are mutated`, () => assert.ok(MUTATED[name].length >= 12));
    // Each mutation its own test: one failure names its figure and does not hide the others.
    for (const [text, occurrence] of MUTATED[name]) it(`${name}: “${text}” #${occurrence} changed gives exactly one finding there, pointing at the other two versions, and the fix repairs it`, async () => {
      const original = baseline.texts.get(uriOf(name))!;
      const failures: string[] = [];
      // One pass; `continue` ends it at the first thing wrong.
      do {
        const f = figureByText(baseline, name, text, occurrence);
        const changed = mutate(f);
        const mutated = original.slice(0, f.start) + changed + original.slice(f.end);
        const checked = await analyzeTexts(withText(name, mutated));
        const found = newFindings(checked);
        const label = `${name}: “${f.text}” -> “${changed}”`;
        if (found.length !== 1) { failures.push(`${label}: ${found.length} findings ${JSON.stringify(found.map((x) => [x.file, x.code, x.text]))}`); continue; }
        const [d] = found;
        const expectedCode = f.unit === 'date' ? 'date-mismatch' : 'figure-mismatch';
        if (d.code !== expectedCode || d.file !== name || d.d.start !== f.start || d.text !== changed) {
          failures.push(`${label}: got ${d.code} on “${d.text}” in ${d.file}`);
          continue;
        }
        const relatedFiles = [...new Set(d.d.related.map((r) => nameOf(r.uri)))].sort();
        if (relatedFiles.join() !== HUNNAN.filter((n) => n !== name).join()) failures.push(`${label}: related ${relatedFiles}`);
        if (!d.d.message.includes(HUNNAN.find((n) => n !== name)!)) failures.push(`${label}: message lacks the other file: ${d.d.message}`);
        // The quick fix restores the meaning: a re-check finds nothing new.
        if (!d.d.fix) { failures.push(`${label}: no fix`); continue; }
        const fixed = mutated.slice(0, d.d.start) + d.d.fix.newText + mutated.slice(d.d.end);
        const again = newFindings(await analyzeTexts(withText(name, fixed)));
        if (again.length !== 0) failures.push(`${label}: after fix “${d.d.fix.newText}” still ${JSON.stringify(again.map((x) => [x.code, x.text]))}`);
      } while (false);
      assert.deepEqual(failures, []);
    });
  }

  it('reports a unit change as unit-mismatch (91 km² -> 91 km)', async () => {
    const name = 'hunnan-2026-conference.en.txt';
    const text = baseline.texts.get(uriOf(name))!.replace('91-square-kilometer', '91-kilometer');
    const found = newFindings(await analyzeTexts(withText(name, text)));
    assert.deepEqual(found.map((x) => [x.file, x.code, x.text]), [[name, 'unit-mismatch', '91-kilometer']]);
    assert.equal(found[0].d.related.length, 2);
  });
});

describe('neutral edits give no finding', () => {
  const cases: [string, string, (t: string) => string][] = [
    ['full-width digits', 'hunnan-2026-conference.ja.txt', (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))],
    ['50万 -> 500,000', 'hunnan-2026-conference.ja.txt', (t) => t.replace('50万平方メートル', '500,000平方メートル')],
    ['500,000 m² -> 0.5 km²', 'hunnan-2026-conference.en.txt', (t) => t.replace('500,000 square meters', '0.5 square kilometers')],
    ['50万 -> 500000 (zh)', 'hunnan-2026-conference.zh.txt', (t) => t.replace('50万平方米', '500000平方米')],
    ['28 kilometers -> 28 km', 'hunnan-2026-conference.en.txt', (t) => t.replace('28 kilometers', '28 km')],
    ['reordered paragraphs (en)', 'hunnan-2026-conference.en.txt', (t) => { const p = t.split('\n\n'); return [p[0], p[3], p[2], p[1], ...p.slice(4)].join('\n\n'); }],
    ['reordered lines (zh)', 'hunnan-2026-conference.zh.txt', (t) => { const l = t.split('\n'); return [l[0], l[1], ...l.slice(2).reverse()].join('\n'); }],
    ['reworded sentence (en)', 'hunnan-2026-conference.en.txt', (t) => t.replace('have all been completed', 'are all finished')],
  ];
  for (const [label, name, edit] of cases) {
    it(label, async () => {
      const text = edit(baseline.texts.get(uriOf(name))!);
      assert.notEqual(text, baseline.texts.get(uriOf(name)));
      const found = newFindings(await analyzeTexts(withText(name, text)));
      assert.deepEqual(found.map((x) => [x.file, x.code, x.text]), []);
    });
  }
});

describe('ignores', () => {
  it('drops a finding by fingerprint, and the fingerprint survives edits elsewhere', async () => {
    const name = 'hunnan-2026-conference.ja.txt';
    const text = baseline.texts.get(uriOf(name))!.replace('28キロ', '38キロ');
    const first = newFindings(await analyzeTexts(withText(name, text)));
    assert.equal(first.length, 1);
    const edited = text.replace('参加者は', '参加者の皆さんは');
    const second = await analyzeTexts(withText(name, edited));
    const fp = first[0].d.fingerprint!;
    assert.equal(newFindings(second)[0].d.fingerprint, fp);
    const ignored = applyIgnores(second.diagnostics, [{ code: 'figure-mismatch', fingerprint: fp, reason: 'test' }], (u) => `samples/${nameOf(u)}`);
    assert.equal([...ignored.values()].flat().filter((d) => d.fingerprint === fp).length, 0);
    const byFile = applyIgnores(second.diagnostics, [{ code: 'figure-mismatch', file: 'samples/*.ja.txt', text: '38キロ' }], (u) => `samples/${nameOf(u)}`);
    assert.equal([...byFile.values()].flat().filter((d) => d.code === 'figure-mismatch').length, 0);
    const other = applyIgnores(second.diagnostics, [{ code: 'figure-mismatch', file: 'samples/*.en.txt' }], (u) => `samples/${nameOf(u)}`);
    assert.equal([...other.values()].flat().filter((d) => d.code === 'figure-mismatch').length, 1);
  });
});

describe('count-claim and entity-figure-conflict', () => {
  it('warns when a clear list has fewer items than its count word, and only then', async () => {
    const texts = new Map([
      ['file:///t/a.en.txt', 'Four key projects - the Alpha Innovation Center, the Beta Data Base, and the Gamma University Science Park - were signed.\n\nThree platforms - the Delta Laboratory, the Epsilon Laboratory, and the Zeta Laboratory - opened.'],
      ['file:///t/b.zh.txt', '会议现场，甲创新中心、乙数据基地、丙大学科技园四个项目正式落户。'],
      ['file:///t/c.en.txt', 'Three achievements - high-speed cutting processes for key components, and coating tool preparation techniques, and sensors - were shown.'],
    ]);
    const checked = await analyzeTexts(texts);
    const found = flatten(checked).filter((f) => f.code === 'count-claim').map((f) => [f.file, f.text]);
    assert.deepEqual(found, [['a.en.txt', 'Four'], ['b.zh.txt', '四个']]);
  });

  it('reports the same attribute of the same entity stated differently outside a family', async () => {
    const texts = new Map([
      ['file:///t/one.en.txt', 'SHENYANG, March 3, 2026 -- The city features a 7.2-square-kilometer CTD core area and 40 companies.'],
      ['file:///t/two.en.txt', 'SHENYANG, May 9, 2026 -- Builders finished a 7.5-square-kilometer CTD core area this spring.'],
    ]);
    const checked = await analyzeTexts(texts);
    assert.equal(checked.families.length, 0);
    const found = flatten(checked).filter((f) => f.code === 'entity-figure-conflict').map((f) => [f.file, f.text, f.related]);
    assert.deepEqual(found, [
      ['one.en.txt', '7.2-square-kilometer', ['two.en.txt:7.5-square-kilometer']],
      ['two.en.txt', '7.5-square-kilometer', ['one.en.txt:7.2-square-kilometer']],
    ]);
  });
});

// How long it takes is measured by the bench (npm run bench: bench/scaling.ts).
describe('at scale', () => {
  it('families + checks on 1,000 synthetic documents (333 families of three) that agree: no finding', () => {
    const { analyses, texts } = scaledAgreeingWorkspace(333);
    const families = computeFamilies([...analyses.values()]);
    const diagnostics = checkFamilies({ analyses, texts, families });
    assert.equal(families.length, 333);
    assert.equal([...diagnostics.values()].flat().length, 0);
  });
});

export { computeFamilies };
