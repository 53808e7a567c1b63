// npm run eval -- --only families: release families on real text (eval/devsets/families,
// texts materialised in eval/.texts/families). Reports
//   grouping   pairwise F1 of the engine's families against the annotated ones, with the
//              files named by their manifest ids (name-en.txt: naming evidence) and with
//              neutral names (evidence from the text alone);
//   facts      annotated facts whose surfaces the engine aligned into one fact;
//   alarms     error findings on the unedited families (none is a real inconsistency);
//   catch      one digit changed in one version's surface of an annotated fact: an error
//              at that place or pointing at it, per language pair;
//   entities   pairs of versions naming one annotated entity whose mentions share an id;
//   unrelated  error findings when the families are checked in one folder with the
//              development set's single releases (none of them a version of another).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentAnalyzer } from '../server/src/core/analyzer';
import { alignFamily, checkFamilies } from '../server/src/core/checks';
import { linkEntities } from '../server/src/core/entities';
import { computeFamilies, type Family } from '../server/src/core/families';
import { JapaneseTokenizer } from '../server/src/core/text/japaneseTokenizer';
import { silentLogger, type DocumentAnalysis, type EngineDiagnostic } from '../server/src/core/types';
import { loadFamilyAnnotations, loadManifest, locate, ratio, type Score, type Span } from './devset';
import type { EvalOptions } from './run';
import type { FamilyAnnotation } from './schema';

export interface Version {
  id: string;
  lang: string;
  family: string;
  text: string;
}

export interface EngineRun {
  analyses: Map<string, DocumentAnalysis>;
  texts: Map<string, string>;
  families: Family[];
  diagnostics: Map<string, EngineDiagnostic[]>;
}

let analyzer: Promise<DocumentAnalyzer> | undefined;
function getAnalyzer(): Promise<DocumentAnalyzer> {
  analyzer ??= (async () => {
    const japanese = new JapaneseTokenizer();
    await japanese.load();
    return new DocumentAnalyzer({ japanese, logger: silentLogger });
  })();
  return analyzer;
}

/** The engine as the CLI runs it on one folder: analyses, families, linking, checks. */
export async function runEngine(texts: Map<string, string>): Promise<EngineRun> {
  const a = await getAnalyzer();
  const list: DocumentAnalysis[] = [];
  for (const [uri, text] of texts) {
    const analysis = await a.analyze(uri, text);
    list.push({ ...analysis, mentions: analysis.mentions.map((m) => ({ ...m })) });
  }
  const families = computeFamilies(list);
  const link = linkEntities(list.map((x) => ({ uri: x.uri, language: x.language, mentions: x.mentions })), { families: families.map((f) => f.uris) });
  for (const x of list) {
    const ids = link.mentionIds.get(x.uri) ?? [];
    x.mentions.forEach((m, i) => { m.id = ids[i] ?? m.id; });
  }
  const analyses = new Map(list.map((x) => [x.uri, x]));
  return { analyses, texts, families, diagnostics: checkFamilies({ analyses, texts, families, entities: link.entities }) };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * One digit of a surface changed: the last significant one (a padding zero changed,
 * 1224億6000万 -> 1224億6001万, is a rounding-compatible restatement, not an error).
 */
export function changeOneDigit(surface: string): string | undefined {
  const chars = [...surface];
  const DIGITS = '0123456789';
  const WIDE = '０１２３４５６７８９';
  const HAN = '〇一二三四五六七八九';
  for (let i = chars.length - 1; i >= 0; i--) {
    for (const set of [DIGITS, WIDE, HAN]) {
      const d = set.indexOf(chars[i]);
      if (d <= 0) continue;
      const next = set === HAN ? 1 + (d % 9) : d === 9 ? 8 : d + 1;
      chars[i] = set[next];
      return chars.join('');
    }
  }
  return undefined;
}

const pairKey = (a: string, b: string): string => [a, b].sort().join('-');

function add(map: Map<string, Score>, key: string, found: boolean): void {
  const s = map.get(key) ?? { found: 0, total: 0 };
  s.total++;
  if (found) s.found++;
  map.set(key, s);
}

/** Pairwise precision/recall/F1 of predicted groups against gold groups. */
export function pairwiseF1(gold: Map<string, string>, predicted: Map<string, string | undefined>): { p: number; r: number; f1: number } {
  const ids = [...gold.keys()].sort();
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const g = gold.get(ids[i]) === gold.get(ids[j]);
      const pi = predicted.get(ids[i]);
      const p = pi !== undefined && pi === predicted.get(ids[j]);
      if (g && p) tp++; else if (p) fp++; else if (g) fn++;
    }
  }
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export async function evaluateFamilies(versions: Version[], annotations: Map<string, FamilyAnnotation>, verbose = false, unrelated: Map<string, string> = new Map()): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rl-families-'));
  try {
    const uriOf = (id: string, neutral = false): string =>
      pathToFileURL(path.join(dir, neutral ? `release-${createHash('sha1').update(id).digest('hex').slice(0, 6)}.txt` : `${id}.txt`)).toString();
    const byId = new Map(versions.map((v) => [v.id, v]));
    const gold = new Map(versions.map((v) => [v.id, v.family]));

    // Grouping, named and neutral.
    const grouping: Record<string, { p: number; r: number; f1: number }> = {};
    let run: EngineRun | undefined;
    for (const neutral of [false, true]) {
      const texts = new Map(versions.map((v) => [uriOf(v.id, neutral), v.text]));
      for (const [uri, text] of texts) writeFileSync(new URL(uri), text);
      const r = await runEngine(texts);
      const famOf = new Map<string, string>();
      for (const f of r.families) for (const u of f.uris) famOf.set(u, f.id);
      grouping[neutral ? 'neutral' : 'named'] = pairwiseF1(gold, new Map(versions.map((v) => [v.id, famOf.get(uriOf(v.id, neutral))])));
      if (verbose) console.log(`  families (${neutral ? 'neutral' : 'named'}):`, r.families.map((f) => f.uris.map((u) => versions.find((v) => uriOf(v.id, neutral) === u)?.id).join('+')).join('  '));
      if (!neutral) run = r;
    }

    // False alarms on the unedited families (the named run: its families are the annotated ones when grouping is right).
    const alarms: string[] = [];
    for (const [uri, list] of run!.diagnostics) {
      for (const d of list) if (d.severity === 'error') alarms.push(`${path.basename(uri)}: ${d.code} “${run!.texts.get(uri)!.slice(d.start, d.end)}” ${d.message}`);
    }

    // The families beside unrelated releases: errors there are false alarms too.
    const strayAlarms: string[] = [];
    if (unrelated.size > 0) {
      const texts = new Map(versions.map((v) => [uriOf(v.id), v.text]));
      for (const [id, text] of unrelated) texts.set(uriOf(`release-${id}`), text);
      const r = await runEngine(texts);
      for (const [uri, list] of r.diagnostics) {
        for (const d of list) if (d.severity === 'error') strayAlarms.push(`${path.basename(uri)}: ${d.code} “${texts.get(uri)!.slice(d.start, d.end)}” ${d.message}`);
      }
    }

    // Facts aligned, catch rate, entity links: per annotated family, on its versions alone.
    const facts: Score = { found: 0, total: 0 };
    const catches = new Map<string, Score>();
    const links = new Map<string, Score>();
    // Precision: two different annotated entities whose mentions in two versions share an id.
    const wrongLinks: string[] = [];
    const spanLinks: string[] = [];
    // Why a pair is not linked: recognition (no mention, or one over other words than the name) or linking.
    const unlinkedBy = new Map<string, number>();
    const wholeNamed = new Set<string>();
    const misses: string[] = [];
    for (const ann of annotations.values()) {
      const present = ann.versions.filter((id) => byId.has(id));
      if (present.length < 2) continue;
      const texts = new Map(present.map((id) => [uriOf(id), byId.get(id)!.text]));
      const base = await runEngine(texts);
      const family: Family = base.families.find((f) => f.uris.length === present.length) ?? { id: ann.family, uris: [...texts.keys()].sort(), explicit: true };
      const aligned = alignFamily(family, base.analyses, base.texts);
      for (const fact of ann.facts) {
        const spans = new Map<string, Span>();
        for (const [id, s] of Object.entries(fact.surfaces)) {
          const text = byId.get(id)?.text;
          const span = text === undefined ? undefined : locate(text, s.surface, s.occurrence);
          if (span) spans.set(id, span);
        }
        if (spans.size < 2) continue;
        const together = aligned.some((af) => [...spans].every(([id, span]) => {
          const f = af.figures.get(uriOf(id));
          return !!f && overlaps(f, span);
        }));
        facts.total++;
        if (together) facts.found++;
        else misses.push(`  fact not aligned: ${ann.family} ${fact.fact} (${[...spans.keys()].map((id) => `“${fact.surfaces[id].surface}”`).join(' / ')})`);

        // One-digit changes, family alone, in a temp copy.
        for (const [id, span] of spans) {
          const v = byId.get(id)!;
          const changed = changeOneDigit(v.text.slice(span.start, span.end));
          if (changed === undefined) continue;
          const edited = v.text.slice(0, span.start) + changed + v.text.slice(span.end);
          const editedTexts = new Map(texts);
          editedTexts.set(uriOf(id), edited);
          const r = await runEngine(editedTexts);
          const editedSpan = { start: span.start, end: span.start + changed.length };
          const here = (r.diagnostics.get(uriOf(id)) ?? []).some((d) => d.severity === 'error' && overlaps(d, editedSpan));
          const pointing = [...r.diagnostics].some(([u, list]) => u !== uriOf(id) && list.some((d) => d.severity === 'error' && d.related.some((rel) => rel.uri === uriOf(id) && overlaps(rel, editedSpan))));
          const caught = here || pointing;
          for (const other of spans.keys()) if (other !== id) add(catches, pairKey(v.lang, byId.get(other)!.lang), caught);
          if (!caught) misses.push(`  not caught: ${id} “${v.text.slice(span.start, span.end)}” -> “${changed}” (${fact.fact})`);
        }
      }
      const idsByEntity = new Map<string, Map<string, Set<string>>>();
      for (const ent of ann.entities) {
        const ids = new Map<string, Set<string>>();
        idsByEntity.set(ent.entity, ids);
        for (const [vid, surfaces] of Object.entries(ent.surfaces)) {
          const text = byId.get(vid)?.text;
          const analysis = base.analyses.get(uriOf(vid));
          if (text === undefined || !analysis) continue;
          const set = new Set<string>();
          let whole = false;
          for (const s of surfaces) {
            for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
              for (const m of analysis.mentions) {
                if (!overlaps(m, { start: at, end: at + s.length })) continue;
                set.add(m.id);
                if (m.start === at && m.end === at + s.length) whole = true;
              }
            }
          }
          ids.set(vid, set);
          if (whole) wholeNamed.add(`${ent.entity}\u0000${vid}`);
        }
        const named = [...ids.keys()];
        for (let i = 0; i < named.length; i++) {
          for (let j = i + 1; j < named.length; j++) {
            const a = ids.get(named[i])!;
            const b = ids.get(named[j])!;
            const linked = [...a].some((x) => b.has(x));
            add(links, pairKey(byId.get(named[i])!.lang, byId.get(named[j])!.lang), linked);
            const spanOff = !wholeNamed.has(`${ent.entity}\u0000${named[i]}`) || !wholeNamed.has(`${ent.entity}\u0000${named[j]}`);
            const cause = a.size === 0 || b.size === 0 ? 'no mention on one side' : spanOff ? 'a mention over other words' : 'no evidence';
            if (!linked) unlinkedBy.set(cause, (unlinkedBy.get(cause) ?? 0) + 1);
            if (!linked) misses.push(`  entity not linked (${cause}): ${ent.entity} ${named[i]} [${[...a].join(',')}] “${ent.surfaces[named[i]].join('|')}” / ${named[j]} [${[...b].join(',')}] “${ent.surfaces[named[j]].join('|')}”`);
          }
        }
      }
      const ents = [...idsByEntity];
      for (const [e1, ids1] of ents) {
        for (const [e2, ids2] of ents) {
          if (e1 >= e2) continue;
          for (const [v1, a] of ids1) {
            for (const [v2, b] of ids2) {
              if (v1 === v2) continue;
              // An id both entities carry inside one version comes from one mention over both
              // names (recognition's span), not from linking: counted apart.
              const inOne = (x: string) => (ids2.get(v1)?.has(x) ?? false) || (ids1.get(v2)?.has(x) ?? false);
              const shared = [...a].filter((x) => b.has(x));
              if (shared.length === 0) continue;
              if (shared.every(inOne)) spanLinks.push(`  one mention over two entities: ${ann.family} ${e1} (${v1}) = ${e2} (${v2}) [${shared.join(',')}]`);
              else wrongLinks.push(`  wrong link: ${ann.family} ${e1} (${v1}) = ${e2} (${v2}) [${shared.join(',')}]`);
            }
          }
        }
      }
    }

    const total = (m: Map<string, Score>): Score => [...m.values()].reduce((s, x) => ({ found: s.found + x.found, total: s.total + x.total }), { found: 0, total: 0 });
    const rows: [string, string][] = [
      ['versions / families', `${versions.length} / ${new Set(versions.map((v) => v.family)).size}`],
      ['grouping pairwise F1, files named name-<lang>', grouping.named.f1.toFixed(2)],
      ['grouping pairwise F1, neutral file names', grouping.neutral.f1.toFixed(2)],
      ['facts aligned (all surfaces in one fact)', `${facts.found} / ${facts.total} (${ratio(facts)})`],
      ['error findings on unedited families', String(alarms.length)],
      ...(unrelated.size > 0 ? [[`error findings, families with ${unrelated.size} unrelated releases`, String(strayAlarms.length)] as [string, string]] : []),
      ['one-digit changes caught', `${total(catches).found} / ${total(catches).total} (${ratio(total(catches))})`],
      ...[...catches].sort().map(([k, s]): [string, string] => [`  caught, ${k}`, `${s.found} / ${s.total} (${ratio(s)})`]),
      ['entities named in two versions with one id', `${total(links).found} / ${total(links).total} (${ratio(total(links))})`],
      ...[...links].sort().map(([k, s]): [string, string] => [`  linked, ${k}`, `${s.found} / ${s.total} (${ratio(s)})`]),
      ...['no mention on one side', 'a mention over other words', 'no evidence'].map((c): [string, string] => [`  not linked, ${c}`, String(unlinkedBy.get(c) ?? 0)]),
      ['entity links between different entities (wrong)', String(wrongLinks.length)],
      ['  ids shared through one mention over two names', String(spanLinks.length)],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
    if (verbose) {
      for (const a of alarms) console.log(`  alarm: ${a}`);
      for (const a of strayAlarms) console.log(`  alarm with unrelated releases: ${a}`);
      for (const m of misses) console.log(m);
      for (const w of [...wrongLinks, ...spanLinks]) console.log(w);
    }
    return {
      versions: versions.length,
      grouping,
      facts,
      falseAlarms: alarms.length,
      falseAlarmsWithUnrelated: strayAlarms.length,
      caught: total(catches),
      caughtByPair: Object.fromEntries(catches),
      entityLinks: total(links),
      entityLinksByPair: Object.fromEntries(links),
      wrongEntityLinks: wrongLinks.length,
      unlinkedBy: Object.fromEntries(unlinkedBy),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function evaluate(options: EvalOptions): Promise<Record<string, unknown>> {
  const versions: Version[] = [];
  let missing = 0;
  for (const { entry, text } of loadManifest(options.familySet)) {
    if (text === undefined) { missing++; continue; }
    versions.push({ id: entry.id, lang: entry.lang, family: entry.family ?? entry.id, text });
  }
  console.log(`set: ${options.familySet}`);
  if (missing > 0) console.log(`(${missing} texts not materialised; see eval/README.md)`);
  if (versions.length === 0) {
    console.log('no family texts on this machine');
    return {};
  }
  const unrelated = new Map<string, string>();
  for (const { entry, text } of loadManifest('releases')) if (text !== undefined) unrelated.set(entry.id, text);
  return evaluateFamilies(versions, loadFamilyAnnotations(options.familySet), options.verbose, unrelated);
}
