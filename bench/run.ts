// npm run bench — builds a deterministic synthetic corpus from the samples and measures,
// in one run: the figure pass, the core at scale and on pathological input
// (bench/scaling.ts: the timings the unit tests leave out), raw kuromoji, cold and warm
// index, peak RSS, edit -> diagnostics and hover latency through the real LSP server,
// and the CLI.
// Environment: BENCH_N (default 1000), BENCH_N_LARGE (default 10000; 0 skips it).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol';
import { JapaneseTokenizer, type KuromojiTokenizer, tokenizeRuns } from '../server/src/core/text/japaneseTokenizer';
import { TestLspClient } from '../test/helpers/lspClient';
import { buildCorpus, type CorpusFile, writeCorpus } from './corpus';
import { benchFigures } from './figures';
import { benchScaling, scalingRows } from './scaling';

const ROOT = path.resolve(__dirname, '..');
const N = Number(process.env.BENCH_N ?? 1000);
const N_LARGE = Number(process.env.BENCH_N_LARGE ?? 10000);
const WORK = path.join(ROOT, 'bench', '.corpus');

interface IndexRun {
  files: number;
  cachedEntries: number;
  families: number;
  dictionaryMs: number;
  totalMs: number;
  indexMs: number;
  viewMs: number;
  maxRssMB: number;
}

/** The index process bundled by `node esbuild.mjs --bench`, like the server: what ships is what is measured. */
const INDEX_PROCESS = path.join(ROOT, 'bench', '.build', 'indexProcess.js');

function indexInFreshProcess(dir: string, cacheDir?: string): IndexRun {
  const out = execFileSync(process.execPath, [INDEX_PROCESS, dir, ...(cacheDir ? [cacheDir] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

/**
 * The floor: kuromoji as published (its own loader and dictionary, none of our changes to
 * either), in this thread, over the Japanese runs of all the text of the corpus (the runs
 * our tokenizer would send it; English is left out, as kuromoji is pathologically slow on
 * it); dictionary load excluded.
 */
async function rawKuromojiMs(files: CorpusFile[]): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const kuromoji = require('kuromoji') as { builder(o: { dicPath: string }): { build(cb: (e: Error | null, t: KuromojiTokenizer) => void): void } };
  const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  const tokenizer = await new Promise<KuromojiTokenizer>((resolve, reject) => kuromoji.builder({ dicPath }).build((e, t) => (e ? reject(e) : resolve(t))));
  const started = performance.now();
  for (const f of files) if (/[\u3040-\u30ff]/u.test(f.text)) tokenizeRuns(tokenizer, f.text, 0);
  return performance.now() - started;
}

/** The same over our build of it: the compacted dictionary and the bounded lookup (what the tokenizer thread runs). */
async function ourKuromojiMs(files: CorpusFile[]): Promise<number> {
  const tokenizer = new JapaneseTokenizer(path.join(ROOT, 'dist', 'dict'), undefined, { workerScript: false });
  await tokenizer.load();
  const started = performance.now();
  for (const f of files) if (/[\u3040-\u30ff]/u.test(f.text)) tokenizer.tokenizeLoaded(f.text);
  return performance.now() - started;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function lspLatencies(dir: string, storage: string, files: CorpusFile[]) {
  const client = new TestLspClient();
  try {
    // The disk cache filled by the cold run: the server starts warm, as on a reopened workspace.
    await client.initialize(dir, {}, 'en', { storagePath: storage });
    await client.waitForStatus((s) => s.state === 'ready' && s.total >= files.length);
    // The edited document: the largest Japanese release (about 10 KB).
    const target = files.filter((f) => f.language === 'ja').sort((a, b) => b.text.length - a.text.length)[0];
    const uri = pathToFileURL(path.join(dir, target.relativePath)).toString();
    let text = target.text;
    await client.open(uri, text, 'plaintext', 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    // Typing, not opening, is measured: the server lets the dictionary go after the
    // background index and loads it again (about 0.5 s) when a Japanese release opens.
    // (A server started warm from the disk cache has never loaded it.)
    let lastEvent = client.logMessages.length - 1;
    while (lastEvent >= 0 && !/^Japanese dictionary (loaded|released)/.test(client.logMessages[lastEvent])) lastEvent--;
    if (lastEvent < 0 || !client.logMessages[lastEvent].includes('loaded')) {
      await client.waitForLog((m) => m.startsWith('Japanese dictionary loaded'), lastEvent + 1);
    }

    const edits: number[] = [];
    const line = text.split('\n').findIndex((l) => /[\u3040-\u30ff]/u.test(l) && l.length > 40);
    for (let version = 2; version < 62; version++) {
      const character = 10 + (version % 20);
      const inserted = version % 2 === 0 ? 'の' : '';
      const removeOne = version % 2 === 1;
      const started = performance.now();
      const waiting = client.waitForDiagnostics(uri, (p) => p.version === version);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + (removeOne ? 1 : 0) } }, text: inserted }],
      });
      await waiting;
      edits.push(performance.now() - started);
      text = applyEdit(text, line, character, removeOne ? 1 : 0, inserted);
    }

    // Hover on the mention in the open document whose entity has the most mentions in the workspace.
    const entities = (await client.connection.sendRequest('releaseLens/knownEntities')) as { id: string; names: Record<string, string>; mentionCount: number }[];
    const names = entities.sort((a, b) => b.mentionCount - a.mentionCount).flatMap((e) => Object.values(e.names).map((n) => ({ n, count: e.mentionCount })));
    const hit = names.find(({ n }) => text.includes(n));
    let hovers: number[] = [];
    let hoverMentions = 0;
    let hoverPosition: { line: number; character: number } | undefined;
    if (hit) {
      hoverMentions = hit.count;
      hoverPosition = positionOf(text, text.indexOf(hit.n) + 1);
      hovers = await timeHovers(client, uri, hoverPosition, 100);
    }
    await client.shutdown();
    return {
      editMedianMs: percentile(edits, 50), editP95Ms: percentile(edits, 95),
      hoverMedianMs: hovers.length ? percentile(hovers, 50) : NaN, hoverP95Ms: hovers.length ? percentile(hovers, 95) : NaN, hoverMentions,
      editedBytes: Buffer.byteLength(target.text),
      editSamplesMs: edits.map((e) => Math.round(e * 10) / 10),
      target, hoverPosition,
    };
  } finally {
    client.kill();
  }
}

/** The edited document: the largest Japanese release (about 10 KB). */
function editedRelease(files: CorpusFile[]): CorpusFile {
  return files.filter((f) => f.language === 'ja').sort((a, b) => b.text.length - a.text.length)[0];
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}

async function timeHovers(client: TestLspClient, uri: string, position: { line: number; character: number }, count: number): Promise<number[]> {
  const hovers: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    hovers.push(performance.now() - started);
  }
  return hovers;
}

/**
 * Keystrokes in one line of an open document (a character typed at even versions, deleted
 * at odd ones, so the text is back as it was after an even count), each timed from the change notification to the diagnostics of its version.
 */
async function timeEdits(client: TestLspClient, uri: string, text: string, fromVersion: number, count: number): Promise<number[]> {
  const edits: number[] = [];
  const line = text.split('\n').findIndex((l) => /[\u3040-\u30ff]/u.test(l) && l.length > 40);
  for (let version = fromVersion; version < fromVersion + count; version++) {
    // The deletion at an odd version removes what the even version before it typed.
    const character = 10 + ((version >> 1) % 20);
    const inserted = version % 2 === 0 ? 'の' : '';
    const started = performance.now();
    const waiting = client.waitForDiagnostics(uri, (p) => p.version === version);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + (inserted ? 0 : 1) } }, text: inserted }],
    });
    await waiting;
    edits.push(performance.now() - started);
  }
  return edits;
}

/**
 * The editor as it is used: the folder opens (no disk cache: a cold index of the whole
 * workspace starts), the largest Japanese release is opened at once, typed in and hovered
 * while the index runs. Samples taken after the index finished are counted apart.
 */
export async function lspLatenciesDuringIndex(dir: string, files: CorpusFile[], hoverAt: { line: number; character: number } | undefined) {
  const client = new TestLspClient();
  const storage = mkdtempSync(path.join(os.tmpdir(), 'release-lens-bench-cold-'));
  try {
    await client.initialize(dir, {}, 'en', { storagePath: storage });
    const target = editedRelease(files);
    const uri = pathToFileURL(path.join(dir, target.relativePath)).toString();
    let indexDone = false;
    const done = client.waitForStatus((s) => s.state === 'ready' && s.total >= files.length).then(() => (indexDone = true));
    const indexing = () => !indexDone;
    const opened = performance.now();
    const first = client.waitForDiagnostics(uri, (p) => p.version === 1);
    await client.open(uri, target.text, 'plaintext', 1);
    await first;
    const firstDiagnosticsMs = performance.now() - opened;
    const firstDuringIndex = indexing();
    // At a typist's pace (a keystroke and its undo, then four hovers, every 200 ms) until the
    // index, and the workspace view it ends with, are done: a request that lands while either
    // runs is counted. Even edit counts leave the text as it was opened, so the hover position stays valid.
    const edits: number[] = [];
    const hovers: number[] = [];
    const startedAt = performance.now();
    for (let round = 0; indexing(); round++) {
      const roundStart = performance.now();
      const pair = await timeEdits(client, uri, target.text, 2 + 2 * round, 2);
      const h = hoverAt ? await timeHovers(client, uri, hoverAt, 4) : [];
      // The round that started during the index counts whole: one that waited for the view at its end is in.
      edits.push(...pair);
      hovers.push(...h);
      if (!indexing()) break;
      const rest = 200 - (performance.now() - roundStart);
      if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
    }
    const sampledMs = performance.now() - startedAt;
    const stillIndexing = indexing();
    await done;
    const indexDoneMs = performance.now() - opened;
    await client.shutdown();
    return {
      firstDiagnosticsMs, firstDuringIndex,
      editMedianMs: percentile(edits, 50), editP95Ms: percentile(edits, 95),
      hoverMedianMs: hovers.length ? percentile(hovers, 50) : NaN, hoverP95Ms: hovers.length ? percentile(hovers, 95) : NaN,
      editMaxMs: Math.max(...edits), hoverMaxMs: Math.max(...hovers), sampledMs, stillIndexing, indexDoneMs, edits: edits.length, hovers: hovers.length,
      editSamplesMs: edits.map((e) => Math.round(e * 10) / 10),
    };
  } finally {
    client.kill();
    rmSync(storage, { recursive: true, force: true });
  }
}

function applyEdit(text: string, line: number, character: number, remove: number, insert: string): string {
  const lines = text.split('\n');
  const l = lines[line];
  lines[line] = l.slice(0, character) + insert + l.slice(character + remove);
  return lines.join('\n');
}

function cliMs(dir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`CLI failed: ${result.stderr}`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`Release Lens benchmark — ${machine}`);

  const figures = await benchFigures();
  console.log(`figure pass: ${figures.mbPerSecond.toFixed(1)} MB/s`);
  const scaling = benchScaling();
  console.log(`at scale: families ${Math.round(scaling.familiesMs)} ms, families + checks ${Math.round(scaling.familiesAndChecksMs)} ms; pathological figure input up to ${Math.round(Math.max(...scaling.figures.map((f) => f.fullMs)))} ms`);

  const corpus = buildCorpus(N);
  const dir = path.join(WORK, `n${N}`);
  writeCorpus(dir, corpus);
  const bytes = corpus.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  console.log(`corpus: ${N} files, ${(bytes / 1e6).toFixed(1)} MB, in ${dir}`);

  const kuromojiMs = await rawKuromojiMs(corpus);
  console.log(`raw kuromoji: ${Math.round(kuromojiMs)} ms`);
  const ourKuromoji = await ourKuromojiMs(corpus);
  console.log(`our kuromoji build over the same text: ${Math.round(ourKuromoji)} ms`);

  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'release-lens-bench-cache-'));
  // The same layout as the server's storage: <storagePath>/analysis-cache.
  const analysisCache = path.join(cacheDir, 'analysis-cache');
  const cold = indexInFreshProcess(dir, analysisCache);
  console.log(`cold index: ${Math.round(cold.indexMs)} ms (${cold.families} families), peak RSS ${cold.maxRssMB} MB`);
  const warm = indexInFreshProcess(dir, analysisCache);
  console.log(`warm index: ${Math.round(warm.totalMs)} ms from ${warm.cachedEntries} cached analyses`);

  const lsp = await lspLatencies(dir, cacheDir, corpus);
  console.log(`edit -> diagnostics: median ${lsp.editMedianMs.toFixed(1)} ms, p95 ${lsp.editP95Ms.toFixed(1)} ms; hover median ${lsp.hoverMedianMs.toFixed(2)} ms`);
  const during = await lspLatenciesDuringIndex(dir, corpus, lsp.hoverPosition);
  console.log(`during the cold index: first diagnostics ${Math.round(during.firstDiagnosticsMs)} ms; edit -> diagnostics median ${during.editMedianMs.toFixed(1)} ms, p95 ${during.editP95Ms.toFixed(1)} ms; hover median ${during.hoverMedianMs.toFixed(2)} ms (${during.edits} keystrokes and ${during.hovers} hovers while the index ran, ${Math.round(during.indexDoneMs)} ms after the open)`);

  const cli = cliMs(dir);
  console.log(`CLI over ${N} files: ${Math.round(cli)} ms`);

  let large: IndexRun | undefined;
  if (N_LARGE > 0) {
    const largeDir = path.join(WORK, `n${N_LARGE}`);
    writeCorpus(largeDir, buildCorpus(N_LARGE));
    large = indexInFreshProcess(largeDir);
    console.log(`N=${N_LARGE}: cold index ${Math.round(large.indexMs)} ms, peak RSS ${large.maxRssMB} MB`);
    rmSync(largeDir, { recursive: true, force: true });
  }
  rmSync(cacheDir, { recursive: true, force: true });

  const rows: [string, string, string, boolean | null][] = [
    ['figure pass throughput', `${figures.mbPerSecond.toFixed(1)} MB/s`, '≥ 5 MB/s', figures.mbPerSecond >= 5],
    [`cold index, N=${N}`, `${(cold.indexMs / 1000).toFixed(1)} s (${(cold.indexMs / kuromojiMs).toFixed(2)} × raw kuromoji ${(kuromojiMs / 1000).toFixed(1)} s)`, '≤ 1.5 × kuromoji', cold.indexMs <= 1.5 * kuromojiMs],
    [`cold index, N=${N}, against our kuromoji build`, `${(cold.indexMs / ourKuromoji).toFixed(2)} × (${(ourKuromoji / 1000).toFixed(1)} s over all the Japanese text)`, '', null],
    [`warm index, N=${N}`, `${(warm.totalMs / 1000).toFixed(2)} s`, '≤ 2 s', warm.totalMs <= 2000],
    [`peak RSS, N=${N}`, `${cold.maxRssMB} MB`, '', null],
    [`peak RSS, N=${N_LARGE}`, large ? `${large.maxRssMB} MB` : 'skipped', '≤ 600 MB', large ? large.maxRssMB <= 600 : null],
    [`edit → diagnostics (${(lsp.editedBytes / 1024).toFixed(1)} KB ja), median`, `${lsp.editMedianMs.toFixed(1)} ms`, '≤ 10 ms', lsp.editMedianMs <= 10],
    ['edit → diagnostics, p95', `${lsp.editP95Ms.toFixed(1)} ms`, '≤ 30 ms', lsp.editP95Ms <= 30],
    [`hover (entity with ${lsp.hoverMentions} mentions), median`, `${lsp.hoverMedianMs.toFixed(2)} ms`, '≤ 5 ms', lsp.hoverMedianMs <= 5],
    ['hover, p95', `${lsp.hoverP95Ms.toFixed(2)} ms`, '', null],
    [`during the cold index, N=${N}: first diagnostics of the opened release`, `${Math.round(during.firstDiagnosticsMs)} ms`, '≤ 200 ms', during.firstDiagnosticsMs <= 200],
    ['during the cold index: edit → diagnostics, median', `${during.editMedianMs.toFixed(1)} ms`, '≤ 16 ms', during.editMedianMs <= 16],
    ['during the cold index: edit → diagnostics, p95', `${during.editP95Ms.toFixed(1)} ms`, '≤ 50 ms', during.editP95Ms <= 50],
    ['during the cold index: hover, median', `${during.hoverMedianMs.toFixed(2)} ms`, '≤ 16 ms', during.hoverMedianMs <= 16],
    ['during the cold index: hover, p95', `${during.hoverP95Ms.toFixed(2)} ms`, '', null],
    ['during the cold index: slowest keystroke / hover', `${during.editMaxMs.toFixed(0)} / ${during.hoverMaxMs.toFixed(0)} ms`, '', null],
    ['during the cold index: samples (keystrokes / hovers)', `${during.edits} / ${during.hovers}`, '', null],
    [`CLI check, N=${N}`, `${(cli / 1000).toFixed(1)} s`, '', null],
    ...scalingRows(scaling),
  ];
  console.log('\n| measure | result | target | met |\n| --- | --- | --- | --- |');
  for (const [name, value, target, met] of rows) console.log(`| ${name} | ${value} | ${target} | ${met === null ? '' : met ? 'yes' : 'no'} |`);
  const json = { machine, n: N, nLarge: N_LARGE, figures, scaling, corpusBytes: bytes, kuromojiMs, ourKuromojiMs: ourKuromoji, cold, warm, large, lsp: { ...lsp, target: lsp.target.relativePath }, duringIndex: during, cliMs: cli };
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(json, null, 2) + '\n');
  console.log('\n' + JSON.stringify(json));
}

if (require.main === module) {
  void main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
