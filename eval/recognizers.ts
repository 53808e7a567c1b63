// Recognizers-Text's own Specs as a peer's test suite: the Number, Percent, Currency and
// Dimension models for Chinese, Japanese and English, the cases whose units are in our
// vocabulary (plain numbers, percent, currency, length, area). Scores our figure engine and
// recognizers-text 1.3.1 (devDependency) on the same cases. The Specs are read from DIR at
// evaluation time and never committed:
//   npm run eval -- --only recognizers --recognizers eval/.recognizers [--verbose]
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { recognizeFigures } from '../server/src/core/figures';
import type { EvalOptions } from './run';

type Lang = 'zh' | 'ja' | 'en';
type Model = 'number' | 'percent' | 'currency' | 'dimension';
const LANGS: { lang: Lang; folder: string; culture: string }[] = [
  { lang: 'zh', folder: 'Chinese', culture: 'zh-cn' },
  { lang: 'ja', folder: 'Japanese', culture: 'ja-jp' },
  { lang: 'en', folder: 'English', culture: 'en-us' },
];
const MODELS: { model: Model; file: string }[] = [
  { model: 'number', file: 'Number/{L}/NumberModel.json' },
  { model: 'percent', file: 'Number/{L}/PercentModel.json' },
  { model: 'currency', file: 'NumberWithUnit/{L}/CurrencyModel.json' },
  { model: 'dimension', file: 'NumberWithUnit/{L}/DimensionModel.json' },
];

/** A quantity in a comparable form: a dimension key and a value in its base unit. */
interface Quantity { key: string; value: number }
interface Gold extends Quantity { start: number; end: number; text: string }
interface Found extends Quantity { start: number; end: number }

// Their currency names and ISO codes -> our currency units.
const OUR_CURRENCIES = new Set(['CNY', 'JPY', 'USD', 'HKD', 'TWD', 'KRW', 'SGD', 'EUR', 'INR', 'GBP']);
const CURRENCY_NAMES: Record<string, string> = { Dollar: 'USD', Pound: 'GBP', Yuan: 'CNY', Yen: 'JPY' };
// Their length and area units -> metres / square metres (exact factors).
const LENGTH: Record<string, number> = {
  Kilometer: 1000, Meter: 1, Mile: 1609.344, Foot: 0.3048,
};
const AREA: Record<string, number> = {
  'Square kilometer': 1e6, 'Square meter': 1, Hectare: 1e4, Acre: 4046.8564224, 'Square mile': 2589988.110336,
  'Square foot': 0.09290304, Mu: 10000 / 15,
};

function numeric(v: unknown): number | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v).replace(/,/g, '').trim();
  if (!/^[-+]?\d*\.?\d+(e[-+]?\d+)?%?$/i.test(s)) return undefined;
  return Number(s.replace('%', ''));
}

/** A Specs result in our terms, or undefined when its unit is outside our vocabulary. */
function goldQuantity(model: Model, r: { TypeName?: string; Resolution?: Record<string, unknown> }): Quantity | undefined {
  const res = r.Resolution ?? {};
  const v = numeric(res.value);
  if (v === undefined) return undefined;
  switch (model) {
    case 'number':
      return { key: 'number', value: v };
    case 'percent':
      return { key: 'percent', value: v };
    case 'currency': {
      const iso = typeof res.isoCurrency === 'string' ? res.isoCurrency : CURRENCY_NAMES[String(res.unit)];
      return iso && OUR_CURRENCIES.has(iso) ? { key: `money:${iso}`, value: v } : undefined;
    }
    case 'dimension': {
      const u = String(res.unit);
      if (u in LENGTH) return { key: 'length', value: v * LENGTH[u] };
      if (u in AREA) return { key: 'area', value: v * AREA[u] };
      return undefined;
    }
  }
}

// Ours: the figure engine's output, in the same terms.
const OUR_LENGTH: Record<string, number> = { km: 1000, m: 1, mi: 1609.344, ft: 0.3048 };
const OUR_AREA: Record<string, number> = { km2: 1e6, m2: 1, ha: 1e4, mu: 10000 / 15, acre: 4046.8564224, mi2: 2589988.110336, ft2: 0.09290304 };

function ours(text: string): Found[] {
  const out: Found[] = [];
  for (const f of recognizeFigures(text)) {
    if (typeof f.value !== 'number') continue;
    let key: string | undefined;
    let value = f.value;
    if (f.unit === 'percent') key = 'percent';
    else if (OUR_CURRENCIES.has(f.unit)) key = `money:${f.unit}`;
    else if (f.unit in OUR_LENGTH) { key = 'length'; value *= OUR_LENGTH[f.unit]; }
    else if (f.unit in OUR_AREA) { key = 'area'; value *= OUR_AREA[f.unit]; }
    else if (f.unit === 'number' || f.unit === 'count') key = 'number';
    if (key) out.push({ key, value, start: f.start, end: f.end });
  }
  return out;
}

// Theirs: recognizers-text 1.3.1, loaded lazily (a devDependency; the eval runs without it).
type Recognize = (text: string, culture: string) => { start: number; end: number; typeName: string; resolution: Record<string, unknown> }[];
function theirRecognizers(): Record<Model, Recognize> | undefined {
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const num = require('@microsoft/recognizers-text-number');
    const unit = require('@microsoft/recognizers-text-number-with-unit');
    return { number: num.recognizeNumber, percent: num.recognizePercentage, currency: unit.recognizeCurrency, dimension: unit.recognizeDimension };
  } catch {
    return undefined;
  }
}

function theirs(model: Model, recognize: Recognize, text: string, culture: string): Found[] {
  let results: ReturnType<Recognize> = [];
  try {
    results = recognize(text, culture);
  } catch {
    return [];
  }
  const out: Found[] = [];
  for (const r of results) {
    const q = goldQuantity(model, { TypeName: r.typeName, Resolution: r.resolution });
    if (q) out.push({ ...q, start: r.start, end: r.end + 1 });
  }
  return out;
}

function same(a: Quantity, b: Quantity): boolean {
  if (a.key !== b.key) return false;
  return Math.abs(a.value - b.value) <= 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value), 1e-12);
}

function found(g: Gold, got: Found[]): boolean {
  return got.some((f) => f.start < g.end && g.start < f.end && same(g, f));
}

/** Their Start/End are code-point indices with End inclusive, into the input as given. */
function goldSpan(input: string, r: { Text?: string; Start?: number; End?: number }): { start: number; end: number } {
  const cps = Array.from(input);
  if (typeof r.Start === 'number' && typeof r.End === 'number') {
    const start = cps.slice(0, r.Start).join('').length;
    const end = cps.slice(0, r.End + 1).join('').length;
    return { start, end };
  }
  const at = r.Text ? input.indexOf(r.Text) : -1;
  return at >= 0 ? { start: at, end: at + (r.Text?.length ?? 0) } : { start: 0, end: input.length };
}

export async function evaluate(options: EvalOptions): Promise<Record<string, unknown>> {
  const dir = options.recognizersDir;
  if (!dir) throw new Error('pass --recognizers DIR');
  const specs = existsSync(path.join(dir, 'Specs')) ? path.join(dir, 'Specs') : dir;
  const their = theirRecognizers();
  if (!their) console.log('(recognizers-text is not installed: its column stays empty)');
  const table: Record<string, { figures: number; ours: number; theirs: number }> = {};
  const misses: string[] = [];
  for (const { lang, folder, culture } of LANGS) {
    for (const { model, file } of MODELS) {
      const p = path.join(specs, file.replace('{L}', folder));
      if (!existsSync(p)) continue;
      const cases = JSON.parse(readFileSync(p, 'utf8').replace(/^\uFEFF/, '')) as { Input: string; Results?: { Text?: string; Start?: number; End?: number; TypeName?: string; Resolution?: Record<string, unknown> }[] }[];
      const row = (table[`${lang} ${model}`] = { figures: 0, ours: 0, theirs: 0 });
      for (const c of cases) {
        const golds: Gold[] = [];
        for (const r of c.Results ?? []) {
          const q = goldQuantity(model, r);
          if (!q) continue;
          golds.push({ ...q, ...goldSpan(c.Input, r), text: r.Text ?? '' });
        }
        if (golds.length === 0) continue;
        const o = ours(c.Input);
        const th = their ? theirs(model, their[model], c.Input, culture) : [];
        for (const g of golds) {
          row.figures++;
          if (found(g, o)) row.ours++;
          else misses.push(`${lang} ${model}: ${JSON.stringify(g.text)} = ${g.value} ${g.key} in ${JSON.stringify(c.Input.slice(0, 80))} -> ${JSON.stringify(recognizeFigures(c.Input).map((f) => [f.text, f.value, f.unit]))}`);
          if (found(g, th)) row.theirs++;
        }
      }
    }
  }
  // The score is over the models in our units (percent, currency, length, area), as the
  // issue measured it; plain numbers (the Number model) are reported on their own, since
  // a number with no unit is not a figure of a release (a lone 五 or "three" is a word).
  const scores: Record<string, unknown> = {};
  const fmt = (a: number, n: number) => (n ? (a / n).toFixed(3) : '—');
  const line = (l: string, m: string, r: { figures: number; ours: number; theirs: number }, bold = false) => {
    const b = (x: string) => (bold ? `**${x}**` : x);
    console.log(`| ${b(l)} | ${m} | ${r.figures} | ${b(fmt(r.ours, r.figures))} | ${their ? fmt(r.theirs, r.figures) : '—'} |`);
  };
  console.log('| language | model | figures | ours | recognizers-text 1.3.1 |');
  console.log('| --- | --- | --- | --- | --- |');
  const total = { figures: 0, ours: 0, theirs: 0 };
  for (const { lang } of LANGS) {
    const sum = { figures: 0, ours: 0, theirs: 0 };
    for (const { model } of MODELS) {
      const r = table[`${lang} ${model}`];
      if (!r || r.figures === 0 || model === 'number') continue;
      line(lang, model, r);
      sum.figures += r.figures; sum.ours += r.ours; sum.theirs += r.theirs;
    }
    line(lang, 'percent + currency + dimension', sum, true);
    scores[lang] = { figures: sum.figures, ours: sum.ours / sum.figures, theirs: their ? sum.theirs / sum.figures : null };
    total.figures += sum.figures; total.ours += sum.ours; total.theirs += sum.theirs;
  }
  line('all', 'percent + currency + dimension', total, true);
  scores.all = { figures: total.figures, ours: total.ours / total.figures, theirs: their ? total.theirs / total.figures : null };
  console.log('\nPlain numbers (the Number model), not in the score above:');
  console.log('| language | model | figures | ours | recognizers-text 1.3.1 |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const { lang } of LANGS) {
    const r = table[`${lang} number`];
    if (r && r.figures) line(lang, 'number', r);
  }
  scores.byModel = table;
  if (options.verbose) for (const m of misses) if (options.verbose) console.log(`  miss ${m}`);
  return scores;
}
