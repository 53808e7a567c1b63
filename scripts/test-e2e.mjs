#!/usr/bin/env node
// npm run test:e2e — Release Lens in a real VS Code, two ways:
//   suite 1  @vscode/test-electron: mocha in a desktop VS Code's extension host
//            (VSCODE_EXECUTABLE_PATH, or a download; skipped, and said so, when neither works);
//   suite 2  code-server 4.100.3 (VS Code 1.100.3) in Debian's chromium via playwright-core:
//            the .vsix installed as a user would, hover / Problems / quick fix / comparison
//            in the real workbench, plus suite 1's mocha tests in code-server's extension host.
// Prints one closing line "e2e: N passed, N failed, N skipped"; exits 1 when anything failed.
//
//   node scripts/test-e2e.mjs [--electron] [--code-server]   (default: both)
// Env: VSCODE_EXECUTABLE_PATH, E2E_NO_DOWNLOAD=1, E2E_SKIP_INSTALL=1 (do not run
//      .ci/install-e2e.sh), E2E_VSIX=file (test this .vsix instead of packaging), E2E_KEEP_TMP=1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(repo);
const argv = process.argv.slice(2);
const only = argv.filter((a) => a === '--electron' || a === '--code-server');
const want = (name) => only.length === 0 || only.includes(name);
const outDir = path.join(repo, 'out', 'e2e');
const resultsDir = path.join(repo, 'test-output', 'e2e');
mkdirSync(resultsDir, { recursive: true });
const SKIP_EXIT_CODE = 3; // test/e2e/electron/runTest.ts
const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

const say = (message) => console.log(`\n[test:e2e] ${message}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

// ------------------------------------------------------------------ build
say('build: extension (dist/) and e2e tests (out/e2e/)');
if (sh(process.execPath, ['esbuild.mjs']) !== 0) {
  console.log('e2e: 0 passed, 1 failed (the extension does not build)');
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });
const suiteDir = path.join('test', 'e2e', 'electron', 'suite');
await esbuild.build({
  entryPoints: [
    path.join('test', 'e2e', 'electron', 'runTest.ts'),
    path.join(suiteDir, 'index.ts'),
    ...readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(suiteDir, f)),
  ],
  outbase: path.join('test', 'e2e'),
  outdir: outDir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  packages: 'external', // vscode, mocha, @vscode/test-electron: resolved at run time
  logLevel: 'warning',
});

// ------------------------------------------------------------------ suite 1
if (want('--electron')) {
  say('suite 1: @vscode/test-electron (desktop VS Code)');
  const t = Date.now();
  const resultsFile = path.join(resultsDir, 'electron-results.json');
  rmSync(resultsFile, { force: true });
  // Electron needs a display: use xvfb-run when there is none and it is installed.
  const runTest = [path.join(outDir, 'electron', 'runTest.js')];
  const headless = process.platform === 'linux' && !process.env.DISPLAY && spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
  const status = headless
    ? sh('xvfb-run', ['-a', process.execPath, ...runTest], { env: { ...process.env, RELEASE_LENS_E2E_RESULTS: resultsFile } })
    : sh(process.execPath, runTest, { env: { ...process.env, RELEASE_LENS_E2E_RESULTS: resultsFile } });
  if (status === SKIP_EXIT_CODE) {
    console.log('[test:e2e] suite 1 skipped: no VS Code build available (set VSCODE_EXECUTABLE_PATH, or run where VS Code can be downloaded)');
    totals.skipped += 1;
    lines.push('suite 1 (test-electron): skipped: no VS Code build available');
  } else {
    const r = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: status === 0 ? 0 : 1, skipped: 0 };
    if (status !== 0 && r.failed === 0) r.failed = 1; // VS Code itself failed
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped;
    lines.push(`suite 1 (test-electron): ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped in ${seconds(t)}`);
  }
}

// ------------------------------------------------------------------ suite 2
if (want('--code-server')) {
  say('suite 2: code-server in chromium (playwright-core)');
  const t = Date.now();
  let status = 0;
  if (!process.env.E2E_SKIP_INSTALL) status = sh('bash', [path.join('.ci', 'install-e2e.sh')]);
  if (status !== 0) {
    totals.failed += 1;
    lines.push('suite 2 (code-server): failed: .ci/install-e2e.sh did not install code-server');
  } else {
    const tap = path.join(resultsDir, 'code-server.tap');
    status = sh(process.execPath, [
      '--import', 'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tap}`,
      ...readdirSync(path.join('test', 'e2e', 'codeServer')).filter((f) => f.endsWith('.test.ts')).sort().map((f) => path.join('test', 'e2e', 'codeServer', f)),
    ]);
    const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
    const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
    const r = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
    if (status !== 0 && r.failed === 0) r.failed = 1;
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped;
    lines.push(`suite 2 (code-server): ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped in ${seconds(t)}`);
  }
}

say(`summary (${seconds(started)}):`);
for (const line of lines) console.log(`  ${line}`);
console.log(`e2e: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
