// Indexes a folder of releases in a fresh process, the way the server's background
// index does, and prints one JSON line: time, documents, peak RSS. Run by bench/run.ts.
//   node bench/.build/indexProcess.js DIR [CACHE_DIR]   (built by npm run bench)
//   node --import tsx bench/indexProcess.ts DIR [CACHE_DIR]
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { hashText } from '../server/src/core/analyzer';
import { createReleaseLens } from '../server/src/core/service';
import { JapaneseTokenizer } from '../server/src/core/text/japaneseTokenizer';
import { silentLogger } from '../server/src/core/types';
import { nodeFileSystem } from '../server/src/node/nodeFileSystem';

/** The folder with package.json above this file (bench/ under tsx, bench/.build/ when bundled). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

async function main(): Promise<void> {
  const [dir, cacheDir] = process.argv.slice(2);
  const started = performance.now();
  // The bundled tokenizer thread and compacted dictionary, as the server and the CLI use
  // them (npm run bench builds dist/ first).
  const dist = path.join(projectRoot(), 'dist');
  const workerScript = path.join(dist, 'tokenizerWorker.js');
  const dictionary = path.join(dist, 'dict');
  const japanese = new JapaneseTokenizer(existsSync(dictionary) ? dictionary : undefined, undefined, { workerScript: existsSync(workerScript) ? workerScript : false });
  const lens = createReleaseLens({ fileSystem: nodeFileSystem, logger: silentLogger, japanese, cache: cacheDir });
  const { analyzer, index, cache } = lens;
  const cached = cache ? await cache.load() : 0;
  const files = await lens.findReleaseFiles(dir, (rel) => rel.endsWith('.txt'));
  let dictionaryMs = 0;
  const inFlight: Promise<unknown>[] = [];
  for await (const { file, read } of lens.readReleasesAhead(files)) {
    if (!read.ok) continue;
    if (analyzer.needsJapanese(read.text) && !cache?.get(file, hashText(read.text))) {
      // Timed apart: the dictionary load is a one-time cost, not indexing.
      const t = performance.now();
      await japanese.load();
      dictionaryMs = performance.now() - t;
    }
    inFlight.push(index.upsert(path.resolve(file), read.text));
    if (inFlight.length >= 3) await inFlight.shift();
  }
  await Promise.all(inFlight);
  // As the server and the CLI do once every release is read: the dictionary goes before the workspace view.
  await japanese.unload();
  const analysed = performance.now();
  // BENCH_MEMORY=1 with --expose-gc: what is retained, not what the collector has yet to free.
  const collect = () => (globalThis as { gc?: () => void }).gc?.();
  collect();
  if (process.env.BENCH_MEMORY) process.stderr.write(`after analysis: rss ${process.memoryUsage().rss >> 20} MB, heap ${process.memoryUsage().heapUsed >> 20} MB\n`);
  const families = index.families().length;
  const viewMs = performance.now() - analysed;
  collect();
  if (process.env.BENCH_MEMORY) process.stderr.write(`after view: rss ${process.memoryUsage().rss >> 20} MB, heap ${process.memoryUsage().heapUsed >> 20} MB\n`);
  await cache?.save();
  const totalMs = performance.now() - started;
  process.stdout.write(JSON.stringify({
    files: files.length, cachedEntries: cached, families, dictionaryMs, totalMs, indexMs: totalMs - dictionaryMs, viewMs,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n');
}

void main();
