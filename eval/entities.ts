// Entity recognition on the releases development set: per language and type,
//   recall    = gold mentions that a found mention of the same type overlaps,
//   exact     = gold mentions found with the same type and the same span,
//   precision = found mentions that overlap some gold mention (of any type).
// The releases are read as one workspace (as the server does), so a name recognised in
// one release counts where it recurs in another (the gazetteer pass).
//   npm run eval -- --only entities [--set heldout] [--verbose]
import { DocumentAnalyzer } from '../server/src/core/analyzer';
import { applyGazetteer } from '../server/src/core/entities';
import { JapaneseTokenizer } from '../server/src/core/text/japaneseTokenizer';
import type { DocumentAnalysis, EntityMention } from '../server/src/core/types';
import { loadManifest, loadReleaseAnnotations, locateAllMentions, ratio, type Score } from './devset';
import type { EvalOptions } from './run';
import { DEVSET_LANGUAGES, ENTITY_TYPES } from './schema';

type Lang = (typeof DEVSET_LANGUAGES)[number];
interface Tally {
  recall: Score;
  exact: Score;
  precision: Score;
}
const tally = (): Tally => ({ recall: { found: 0, total: 0 }, exact: { found: 0, total: 0 }, precision: { found: 0, total: 0 } });

export async function evaluate(options: EvalOptions): Promise<Record<string, unknown>> {
  const annotations = loadReleaseAnnotations(options.set);
  const releases = loadManifest(options.set).filter((r) => r.text !== undefined && annotations.has(r.entry.id) && (!options.ids || options.ids.test(r.entry.id)));
  if (!releases.length) {
    console.log('no annotated, materialised releases');
    return {};
  }
  const tokenizer = new JapaneseTokenizer(undefined, undefined, { workerScript: false });
  await tokenizer.load();
  const analyzer = new DocumentAnalyzer({ japanese: tokenizer, logger: { info() {}, warn() {}, error() {} } as never });
  const analyses: DocumentAnalysis[] = [];
  for (const r of releases) analyses.push(await analyzer.analyze(r.entry.id, r.text!));
  applyGazetteer(analyses.map((a, i) => ({ text: releases[i].text!, mentions: a.mentions, language: a.language })));

  const byLang = new Map<Lang, Tally>(DEVSET_LANGUAGES.map((l) => [l, tally()]));
  const byLangType = new Map<string, Tally>();
  const total = tally();
  releases.forEach((r, i) => {
    const text = r.text!;
    const lang = r.entry.lang;
    const gold = locateAllMentions(text, annotations.get(r.entry.id)!.entities);
    const found = analyses[i].mentions;
    const misses: string[] = [];
    const junk: string[] = [];
    for (const g of gold) {
      const t = g.annotation.type;
      const key = `${lang}|${t}`;
      if (!byLangType.has(key)) byLangType.set(key, tally());
      const hit = found.some((m) => m.type === t && m.start < g.end && g.start < m.end);
      const exact = found.some((m) => m.type === t && m.start === g.start && m.end === g.end);
      for (const s of [byLang.get(lang)!, byLangType.get(key)!, total]) {
        s.recall.total++;
        s.exact.total++;
        if (hit) s.recall.found++;
        if (exact) s.exact.found++;
      }
      if (!hit) {
        const other = found.find((m) => m.start < g.end && g.start < m.end);
        misses.push(`${t} ${g.annotation.surface}${other ? `  (found as ${other.type} ${other.text})` : ''}`);
      }
    }
    for (const m of found) {
      const ok = gold.some((g) => m.start < g.end && g.start < m.end);
      const key = `${lang}|${m.type}`;
      if (!byLangType.has(key)) byLangType.set(key, tally());
      for (const s of [byLang.get(lang)!, byLangType.get(key)!, total]) {
        s.precision.total++;
        if (ok) s.precision.found++;
      }
      if (!ok) junk.push(`${m.type} ${m.text} [${m.source}]`);
    }
    if (options.verbose && (misses.length || junk.length)) {
      console.log(`-- ${r.entry.id}`);
      for (const m of dedupe(misses)) console.log(`   miss  ${m}`);
      for (const j of dedupe(junk)) console.log(`   junk  ${j}`);
    }
  });

  console.log(`${options.set}: ${releases.length}`);
  console.log('| language | type | gold | recall | exact span | found | precision |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const row = (l: string, t: string, s: Tally) =>
    console.log(`| ${l} | ${t} | ${s.recall.total} | ${ratio(s.recall)} | ${ratio(s.exact)} | ${s.precision.total} | ${ratio(s.precision)} |`);
  for (const l of DEVSET_LANGUAGES) {
    row(l, 'all', byLang.get(l)!);
    for (const t of ENTITY_TYPES) {
      const s = byLangType.get(`${l}|${t}`);
      if (s) row(l, t, s);
    }
  }
  row('all', 'all', total);
  await tokenizer.unload();
  const num = (s: Score) => (s.total ? s.found / s.total : null);
  return Object.fromEntries([
    ...DEVSET_LANGUAGES.map((l) => [l, { recall: num(byLang.get(l)!.recall), exact: num(byLang.get(l)!.exact), precision: num(byLang.get(l)!.precision) }]),
    ['all', { recall: num(total.recall), exact: num(total.exact), precision: num(total.precision) }],
  ]);
}

function dedupe(list: string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].map(([x, n]) => (n > 1 ? `${x} ×${n}` : x));
}

export type { EntityMention };
