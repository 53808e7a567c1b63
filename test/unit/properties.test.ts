// Property-based tests (fast-check): what must hold for any input, not only for the
// cases someone thought of. Seeds are fixed (FC_SEED overrides) so a failure replays.
//  - the workspace index after any sequence of edits, removals and catalog changes,
//    even when they overlap in time, equals a fresh index of the final texts;
//  - the figure scanner and the entity recogniser never throw and keep their spans inside the text;
//  - the tokenizer never gives kuromoji long runs of one character class, whatever the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { DocumentAnalyzer } from '../../server/src/core/analyzer';
import type { Catalog } from '../../server/src/core/catalog';
import { recognizeEntities } from '../../server/src/core/entities';
import { recognizeFigures } from '../../server/src/core/figures';
import { boundedPieces, JapaneseTokenizer, MAX_PIECE, MAX_SAME_CLASS } from '../../server/src/core/text/japaneseTokenizer';
import { splitParagraphs } from '../../server/src/core/text/paragraphs';
import { silentLogger } from '../../server/src/core/types';
import { WorkspaceIndex } from '../../server/src/core/workspace/workspaceIndex';
import { canonicalUri, pathToUri, uriToFsPath } from '../../server/src/core/workspace/uri';
import { SAMPLE_FILES, readSample } from '../helpers/samples';

const SEED = Number(process.env.FC_SEED ?? 16);
const japanese = new JapaneseTokenizer(undefined, undefined, { workerScript: false });
const newIndex = () => new WorkspaceIndex(new DocumentAnalyzer({ japanese, logger: silentLogger }), silentLogger);

// Pieces that matter to the engine: figures in three languages, type words, names, breaks.
const FRAGMENTS = [
  '28キロ', '38 kilometers', '91平方キロ', '50万平方メートル', '5.6 km', '2026年2月24日', 'Feb. 24, 2026', '三', '７割以上',
  '遼河実験室', 'Liaohe Laboratory', '辽河实验室', '科技城', 'High-Tech Zone', '研究所', 'プロジェクト', '浑南',
  '。', '、', '\n', '\n\n', ' ', '（', '）', 'の', 'は', '1'.repeat(40), '万'.repeat(40), 'あ'.repeat(40),
];
const fragment = fc.constantFrom(...FRAGMENTS);

const CATALOG: Catalog = { entities: [{ id: 'lab:liaohe', type: 'lab', names: { en: 'Liaohe Laboratory', ja: '遼河実験室' }, aliases: ['遼河ラボ'] }] };

type Op =
  | { kind: 'edit'; doc: number; at: number; remove: number; insert: string; overlap: boolean }
  | { kind: 'remove'; doc: number; overlap: boolean }
  | { kind: 'catalog'; on: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), doc: fc.nat(3), at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x), remove: fc.nat(30), insert: fc.array(fragment, { maxLength: 4 }).map((a) => a.join('')), overlap: fc.boolean() }) as fc.Arbitrary<Op> },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), doc: fc.nat(3), overlap: fc.boolean() }) as fc.Arbitrary<Op> },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('catalog' as const), on: fc.boolean() }) as fc.Arbitrary<Op> },
);

const NAMES = [SAMPLE_FILES.hunnanEn, SAMPLE_FILES.hunnanJa, SAMPLE_FILES.hunnanZh, 'suzhou-gba-2021.ja.txt'];
const uriOf = (i: number) => `file:///w/${NAMES[i]}`;

/** What a user can see of the index: texts, families, findings (with related places) and mentions. */
function snapshot(index: WorkspaceIndex) {
  const uris = index.uris().sort();
  return {
    texts: Object.fromEntries(uris.map((u) => [u, index.get(u)!.text])),
    families: index.families().map((f) => f.uris.join(' ')).sort(),
    diagnostics: Object.fromEntries(uris.map((u) => [u, index.diagnostics(u).map((d) => `${d.code} ${d.start}-${d.end} ${d.related.map((r) => `${r.uri}@${r.start}-${r.end}`).join(',')}`).sort()])),
    mentions: Object.fromEntries(uris.map((u) => [u, index.get(u)!.analysis.mentions.map((m) => `${m.start}-${m.end} ${m.type}`)])),
  };
}

describe('properties', () => {
  it('the index after any sequence of edits, removals and catalog changes (overlapping in time) equals a fresh index of the final texts', async () => {
    await japanese.load();
    const originals = NAMES.map((n) => readSample(n));
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const index = newIndex();
        const texts = new Map<string, string>();
        let catalog: Catalog | undefined;
        for (let i = 0; i < NAMES.length; i++) {
          texts.set(uriOf(i), originals[i]);
          await index.upsert(uriOf(i), originals[i]);
        }
        index.families();
        let running: Promise<unknown>[] = [];
        for (const o of ops) {
          if (o.kind === 'edit') {
            const uri = uriOf(o.doc);
            const base = texts.get(uri) ?? originals[o.doc];
            const at = Math.floor(o.at * base.length);
            const next = base.slice(0, at) + o.insert + base.slice(at + o.remove);
            texts.set(uri, next);
            running.push(index.upsert(uri, next, true));
          } else if (o.kind === 'remove') {
            texts.delete(uriOf(o.doc));
            index.remove(uriOf(o.doc));
          } else {
            catalog = o.on ? CATALOG : undefined;
            index.setCatalog(catalog);
            running.push(index.reanalyzeAll());
          }
          // Either the next operation starts while this one runs (as editor events do), or after it.
          if (o.kind === 'catalog' || !('overlap' in o) || !o.overlap) {
            await Promise.all(running);
            running = [];
            // At each settled step, the index is what a fresh analysis of the texts gives.
            const fresh = newIndex();
            fresh.setCatalog(catalog);
            for (const [uri, text] of texts) await fresh.upsert(uri, text);
            assert.deepEqual(snapshot(index), snapshot(fresh));
          }
        }
        await Promise.all(running);
        const fresh = newIndex();
        fresh.setCatalog(catalog);
        for (const [uri, text] of texts) await fresh.upsert(uri, text);
        assert.deepEqual(snapshot(index), snapshot(fresh));
      }),
      { seed: SEED, numRuns: 12 },
    );
  });

  const anyText = fc.array(fc.oneof(fragment, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));

  it('the figure scanner never throws and keeps every figure inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const f of recognizeFigures(text, {})) {
          assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `figure ${f.start}-${f.end} in a text of ${text.length}`);
          assert.equal(f.text, text.slice(f.start, f.end));
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('the entity recogniser (with kuromoji tokens) never throws and keeps every mention inside the text', async () => {
    await japanese.load();
    await fc.assert(
      fc.asyncProperty(anyText, fc.boolean(), async (text, withCatalog) => {
        const paragraphs = splitParagraphs(text);
        const japaneseTokens = (await Promise.all(paragraphs.map((p) => japanese.tokenize(text.slice(p.start, p.end), p.start)))).flat();
        for (const m of recognizeEntities({ text, paragraphs, japaneseTokens, catalog: withCatalog ? CATALOG : undefined })) {
          assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length, `mention ${m.start}-${m.end} in a text of ${text.length}`);
          assert.equal(m.text, text.slice(m.start, m.end));
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('kuromoji is never given a run of one character class longer than MAX_SAME_CLASS, nor a piece longer than MAX_PIECE', () => {
    const run = fc.array(fc.constantFrom('1', '２', 'あ', 'カ', 'ー', '万', '億', '漢', '字', 'Ａ', '・', '.'), { minLength: 1, maxLength: 1500 }).map((a) => a.join(''));
    fc.assert(
      fc.property(run, (text) => {
        let at = 0;
        for (const [from, to] of boundedPieces(text)) {
          assert.equal(from, at); // the pieces cover the run, in order
          assert.ok(to > from && to - from <= MAX_PIECE);
          const longestSame = Math.max(0, ...(text.slice(from, to).match(/[1２]+|あ+|[カー・]+|[万億]+|[漢字]+|Ａ+|\.+/gu) ?? []).map((s) => s.length));
          assert.ok(longestSame <= MAX_SAME_CLASS, `a run of ${longestSame} in one piece`);
          at = to;
        }
        assert.equal(at, text.length);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a file URI, however a client spells it, normalises to one spelling that maps back to the same path', () => {
    const segment = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '(', ')', '[', ']', '&', '+', "'", '!', '%', '#', '?', '生', 'é', '-', '_', '.', '~', '@', ',', ';', '='), minLength: 1, maxLength: 8 }).filter((s) => s !== '.' && s !== '..');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        const file = '/' + segments.join('/');
        const canonical = pathToUri(file);
        assert.equal(uriToFsPath(canonical), file);
        assert.equal(canonicalUri(canonical), canonical);
        assert.equal(canonicalUri(pathToFileURL(file).href), canonical); // Node's spelling, as some clients send
        assert.equal(canonicalUri(canonical.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())), canonical);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
