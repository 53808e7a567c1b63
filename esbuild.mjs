// Bundles the client, the language server and the CLI into dist/, and writes kuromoji's
// dictionary next to them, compacted (kuromoji finds it by path, which bundling breaks;
// see scripts/compactDictionary.mjs).
//   node esbuild.mjs [--watch] [--production] [--bench]
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compactDictionary } from './scripts/compactDictionary.mjs';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
// npm run bench: also the benchmark's index process, bundled like the server it stands for.
const bench = process.argv.includes('--bench');
const production = process.argv.includes('--production');

// The engine version keys the on-disk analysis cache: a hash of the core's sources, so
// any change to the engine invalidates analyses made by an older one.
function engineVersion() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) hash.update(full).update(readFileSync(full));
    }
  };
  walk('server/src/core');
  return hash.digest('hex').slice(0, 16);
}

const common = {
  define: { __ENGINE_VERSION__: JSON.stringify(engineVersion()) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // kuromoji loads its dictionary from dist/dict (see compactDictionary); nothing else is external.
  external: ['vscode'],
  // jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  // kuromoji's own thread, started by the server and the CLI (JapaneseTokenizer).
  { entryPoints: ['server/src/core/text/tokenizerWorker.ts'], outfile: 'dist/tokenizerWorker.js' },
  ...(bench ? [{ entryPoints: ['bench/indexProcess.ts'], outfile: 'bench/.build/indexProcess.js' }] : []),
];

// Only the parts of each token Release Lens reads survive, and no padding (with our own
// loader, half the memory kuromoji held with its own dictionary). Skipped when up to date.
if (compactDictionary(path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict'), path.join('dist', 'dict'))) {
  console.log('[esbuild] wrote the compacted Japanese dictionary to dist/dict');
}
if (production) {
  // A production build ships no source maps: drop those a development build left behind.
  for (const name of readdirSync('dist')) if (name.endsWith('.map')) rmSync(path.join('dist', name));
}
if (watch) {
  for (const entry of entries) {
    const context = await esbuild.context({ ...common, ...entry });
    await context.watch();
  }
  console.log('[esbuild] watching client, server and CLI');
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
}
