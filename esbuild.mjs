// Bundles the client, the language server and the CLI into dist/, and copies
// kuromoji's dictionary next to them (kuromoji finds it by path, which bundling breaks).
//   node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // kuromoji loads its dictionary from dist/dict (see copyDictionary); nothing else is external.
  external: ['vscode'],
  // jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
];

function copyDictionary() {
  const source = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  const target = path.join('dist', 'dict');
  mkdirSync('dist', { recursive: true });
  if (!existsSync(path.join(target, 'base.dat.gz'))) cpSync(source, target, { recursive: true });
}

copyDictionary();
if (watch) {
  for (const entry of entries) {
    const context = await esbuild.context({ ...common, ...entry });
    await context.watch();
  }
  console.log('[esbuild] watching client, server and CLI');
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
}
