// Test helper for the families and checks tests: reads documents through the real
// engines (the product's DocumentAnalyzer, then entity linking, as the workspace index
// does), then families and checks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentAnalyzer } from '../../server/src/core/analyzer';
import { checkFamilies } from '../../server/src/core/checks';
import { linkEntities } from '../../server/src/core/entities';
import { computeFamilies, type Family } from '../../server/src/core/families';
import { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { silentLogger, type DocumentAnalysis, type EngineDiagnostic } from '../../server/src/core/types';

export const ROOT = path.resolve(__dirname, '../..');
export const SAMPLES = path.join(ROOT, 'samples');
export const HUNNAN = ['en', 'ja', 'zh'].map((l) => `hunnan-2026-conference.${l}.txt`);
export const ALL_SAMPLES = [...HUNNAN, 'beihu-future-science-city-2025.ja.txt', 'suzhou-gba-2021.ja.txt'];

export const uriOf = (name: string): string => pathToFileURL(path.join(SAMPLES, name)).toString();
export const nameOf = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);
export const readSample = (name: string): string => readFileSync(path.join(SAMPLES, name), 'utf8');

let analyzer: Promise<DocumentAnalyzer> | undefined;

export function getAnalyzer(): Promise<DocumentAnalyzer> {
  if (!analyzer) {
    analyzer = (async () => {
      const japanese = new JapaneseTokenizer();
      await japanese.load();
      return new DocumentAnalyzer({ japanese, logger: silentLogger });
    })();
  }
  return analyzer;
}

export interface Checked {
  analyses: Map<string, DocumentAnalysis>;
  texts: Map<string, string>;
  families: Family[];
  diagnostics: Map<string, EngineDiagnostic[]>;
}

/** Analyses texts (uri -> text) as the workspace index does, then families and checks. */
export async function analyzeTexts(texts: Map<string, string>, options: { catalogFamilies?: { id: string; files: string[] }[] } = {}): Promise<Checked> {
  const a = await getAnalyzer();
  const list: DocumentAnalysis[] = [];
  for (const [uri, text] of texts) {
    const analysis = await a.analyze(uri, text);
    // Analyses are cached per paragraph; copy the mentions so that linking does not write into shared objects.
    list.push({ ...analysis, mentions: analysis.mentions.map((m) => ({ ...m })) });
  }
  const families = computeFamilies(list, { catalogFamilies: options.catalogFamilies, rootPath: SAMPLES });
  const link = linkEntities(
    list.map((x) => ({ uri: x.uri, language: x.language, mentions: x.mentions })),
    { families: families.map((f) => f.uris) },
  );
  for (const x of list) {
    const ids = link.mentionIds.get(x.uri) ?? [];
    x.mentions.forEach((m, i) => { m.id = ids[i] ?? m.id; });
  }
  const analyses = new Map(list.map((x) => [x.uri, x]));
  const diagnostics = checkFamilies({ analyses, texts, families, entities: link.entities });
  return { analyses, texts, families, diagnostics };
}

export function sampleTexts(names: string[] = ALL_SAMPLES): Map<string, string> {
  return new Map(names.map((n) => [uriOf(n), readSample(n)]));
}

/** All diagnostics as flat records, for comparison with the reviewed expectation file. */
export function flatten(c: Checked): { file: string; code: string; severity: string; text: string; message: string; related: string[] }[] {
  const out = [];
  for (const [uri, list] of c.diagnostics) {
    const text = c.texts.get(uri) ?? '';
    for (const d of list) {
      out.push({
        file: nameOf(uri),
        code: d.code,
        severity: d.severity,
        text: text.slice(d.start, d.end),
        message: d.message,
        related: d.related.map((r) => `${nameOf(r.uri)}:${(c.texts.get(r.uri) ?? '').slice(r.start, r.end)}`),
      });
    }
  }
  return out.sort((x, y) => (x.file + x.text + x.code < y.file + y.text + y.code ? -1 : 1));
}

/**
 * `texts` with one edit in the document `uri`: its `occurrence`-th `from` replaced by `to`
 * (texts is changed in place). Returns the span of the new text.
 */
export function withEdit(texts: Map<string, string>, uri: string, from: string, to: string, occurrence = 1): { texts: Map<string, string>; uri: string; span: { start: number; end: number } } {
  const text = texts.get(uri);
  assert.ok(text !== undefined, `${uri} is not among the texts`);
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(from, at + 1);
  assert.ok(at >= 0, `${from} not in ${nameOf(uri)}`);
  texts.set(uri, text.slice(0, at) + to + text.slice(at + from.length));
  return { texts, uri, span: { start: at, end: at + to.length } };
}
