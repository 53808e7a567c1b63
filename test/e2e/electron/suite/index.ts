// The mocha entry the extension host calls (--extensionTestsPath). Runs every *.test.js
// next to this file; writes the counts to RELEASE_LENS_E2E_RESULTS when that is set.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startDiagnosticsRecorder } from './helpers';

export async function run(): Promise<void> {
  // Before anything else: the extension may publish diagnostics while mocha loads.
  startDiagnosticsRecorder();
  // mocha 12 is an ES module: import() it (esbuild keeps the dynamic import).
  const { default: Mocha } = (await import('mocha')) as { default: typeof import('mocha') };
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 120_000, reporter: 'spec' });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  await mocha.loadFilesAsync();
  const tests: Array<{ title: string; state: 'passed' | 'failed' | 'skipped'; error?: string }> = [];
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      if (process.env.RELEASE_LENS_E2E_RESULTS) {
        const results = { passed: stats.passes, failed: stats.failures, skipped: stats.pending, tests };
        writeFileSync(process.env.RELEASE_LENS_E2E_RESULTS, JSON.stringify(results, null, 2));
      }
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed' }));
    runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'skipped' }));
    runner.on('fail', (test, error: unknown) => tests.push({ title: test.fullTitle(), state: 'failed', error: error instanceof Error ? error.message : String(error) }));
  });
}
