// Figures on the development set of real releases (eval/devsets/releases; texts in the
// git-ignored eval/.texts/releases). A gold figure is found when an engine figure overlaps
// its span and states the same value and unit (and bound) once both are in the
// annotation's base units (m², m, the currency's own unit, percent, YYYY-MM-DD ...).
// Precision: the share of engine figures that overlap some gold figure.
//   npm run eval -- --only figures [--set heldout] [--verbose]
import { documentFigureOptions, recognizeFigures } from '../server/src/core/figures';
import { baseValue, dimensionOf } from '../server/src/core/figures/units';
import type { Figure } from '../server/src/core/types';
import { loadManifest, loadReleaseAnnotations, locate } from './devset';
import type { EvalOptions } from './run';

interface Row { gold: number; found: number; engine: number; overlapping: number; texts: number }

/** The annotation's unit for one of ours: areas in m², lengths in m, the rest as they are. */
function annotationUnit(f: Figure): string {
  const d = dimensionOf(f.unit);
  if (d === 'area') return 'm2';
  if (d === 'length') return 'm';
  return f.unit;
}

function sameValue(gold: string, ours: number | string): boolean {
  if (typeof ours === 'string') return gold === ours;
  const g = Number(gold);
  if (!Number.isFinite(g)) return false;
  // annotations round converted values (1000ムー = 666666.67 m²): allow a hundredth of a unit or 1e-6
  return Math.abs(g - ours) <= Math.max(0.01, 1e-6 * Math.abs(g));
}

export async function evaluate(options: EvalOptions): Promise<Record<string, unknown>> {
  const texts = loadManifest(options.set);
  const annotations = loadReleaseAnnotations(options.set);
  const rows: Record<string, Row> = {};
  const misses: string[] = [];
  const extras: string[] = [];
  let missingTexts = 0;
  for (const { entry, text } of texts) {
    const ann = annotations.get(entry.id);
    if (!ann || (options.ids && !options.ids.test(entry.id))) continue;
    if (text === undefined) { missingTexts++; continue; }
    const row = (rows[entry.lang] ??= { gold: 0, found: 0, engine: 0, overlapping: 0, texts: 0 });
    row.texts++;
    const ours = recognizeFigures(text, documentFigureOptions(text));
    const golds = ann.figures.map((g) => ({ g, span: locate(text, g.surface, g.occurrence) }));
    for (const { g, span } of golds) {
      row.gold++;
      if (!span) { misses.push(`${entry.id}: surface not in text: ${g.surface}`); continue; }
      const hit = ours.find((f) => f.start < span.end && span.start < f.end && annotationUnit(f) === g.unit &&
        sameValue(g.value, baseValue(f)) && f.bound === g.bound);
      if (hit) row.found++;
      else {
        const near = ours.filter((f) => f.start < span.end && span.start < f.end).map((f) => `${f.text}=${baseValue(f)} ${annotationUnit(f)} ${f.bound}`);
        misses.push(`${entry.id}: ${g.surface} = ${g.value} ${g.unit} ${g.bound} -> ${near.join('; ') || 'nothing'} | ${context(text, span.start, span.end)}`);
      }
    }
    for (const f of ours) {
      row.engine++;
      if (golds.some(({ span }) => span && f.start < span.end && span.start < f.end)) row.overlapping++;
      else extras.push(`${entry.id}: ${f.text} = ${baseValue(f)} ${f.unit} | ${context(text, f.start, f.end)}`);
    }
  }
  const fmt = (a: number, n: number) => (n ? (a / n).toFixed(3) : '—');
  console.log('| language | texts | gold figures | found | recall | engine figures | precision |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const all: Row = { gold: 0, found: 0, engine: 0, overlapping: 0, texts: 0 };
  const scores: Record<string, unknown> = {};
  for (const lang of ['zh', 'ja', 'en']) {
    const r = rows[lang];
    if (!r) continue;
    console.log(`| ${lang} | ${r.texts} | ${r.gold} | ${r.found} | ${fmt(r.found, r.gold)} | ${r.engine} | ${fmt(r.overlapping, r.engine)} |`);
    scores[lang] = { recall: r.found / r.gold, precision: r.overlapping / r.engine, gold: r.gold };
    for (const k of Object.keys(all) as (keyof Row)[]) all[k] += r[k];
  }
  console.log(`| all | ${all.texts} | ${all.gold} | ${all.found} | ${fmt(all.found, all.gold)} | ${all.engine} | ${fmt(all.overlapping, all.engine)} |`);
  scores.all = { recall: all.found / all.gold, precision: all.overlapping / all.engine, gold: all.gold };
  if (missingTexts) console.log(`(${missingTexts} annotated texts are not materialised in eval/.texts/${options.set})`);
  if (options.verbose) {
    for (const m of misses) console.log(`  miss ${m}`);
    for (const e of extras) console.log(`  extra ${e}`);
  }
  return scores;
}

function context(text: string, start: number, end: number): string {
  return JSON.stringify(`${text.slice(Math.max(0, start - 20), start)}[${text.slice(start, end)}]${text.slice(end, end + 20)}`);
}
