// Suite 1's mocha tests (test/e2e/electron/suite, built into out/e2e/electron/suite) run in
// code-server's extension host, for machines where no desktop VS Code can be had: the
// workbench is given extensionDevelopmentPath/extensionTestsPath in its URL payload (as
// VS Code's own web integration tests do) and reports the end through
// window.codeAutomationExit. The extension is loaded from the repo (dist/), not the .vsix.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { copySamples, tempDir } from '../shared/workspace';
import { LOGS, REPO, SAMPLES, createProfile, launchChromium, log, startCodeServer, type CodeServer } from './harness';

const SUITE = path.join(REPO, 'out', 'e2e', 'electron', 'suite', 'index.js');

interface MochaResults {
  passed: number;
  failed: number;
  skipped: number;
  tests: Array<{ title: string; state: 'passed' | 'failed' | 'skipped'; error?: string }>;
}

describe('suite 1 (extension-host API tests) in code-server\'s extension host', { timeout: 8 * 60_000 }, () => {
  let tmp = '';
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  before(() => {
    tmp = tempDir();
    mkdirSync(LOGS, { recursive: true });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (tmp && !process.env.E2E_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  });

  test('mocha suite passes', { timeout: 7 * 60_000 }, async (t) => {
    assert.ok(existsSync(SUITE), `${SUITE} missing: build it with  npm run test:e2e  (scripts/test-e2e.mjs builds out/e2e)`);
    assert.ok(existsSync(path.join(REPO, 'dist', 'client.js')), 'dist/client.js missing: node esbuild.mjs');
    const resultsFile = path.join(tmp, 'results.json');
    const profile = createProfile(path.join(tmp, 'profile'));
    const workspace = copySamples(SAMPLES, path.join(tmp, 'workspace'));
    server = await startCodeServer(profile, path.join(LOGS, 'code-server-extension-host.log'), [], { RELEASE_LENS_E2E_RESULTS: resultsFile });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

    const exit = new Promise<number>((resolve) => {
      void page!.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    // The workbench's log, which carries the extension host's console (mocha's reporter).
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = Array.isArray(args) ? format(...args) : String(args);
      if (line.trim()) process.stdout.write(`  | ${line.replace(/\n/g, '\n  | ')}\n`);
    });

    const authority = `127.0.0.1:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${REPO}`],
      ['extensionTestsPath', `vscode-remote://${authority}${SUITE}`],
    ];
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the extension tests did not finish within 6 minutes')), 6 * 60_000).unref());
    const code = await Promise.race([exit, timeout]);
    log(`extension tests exited with ${code}`);

    assert.ok(existsSync(resultsFile), `the mocha suite wrote no results (exit code ${code}); did it load? see ${path.join(LOGS, 'code-server-extension-host.log')}`);
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as MochaResults;
    // One node:test subtest per mocha test, so the summary counts them.
    for (const r of results.tests) {
      await t.test(r.title, { skip: r.state === 'skipped' }, () => {
        if (r.state === 'failed') throw new Error(r.error ?? 'failed');
      });
    }
    assert.equal(results.failed, 0, `${results.failed} of ${results.tests.length} extension-host tests failed`);
    assert.equal(code, 0, `extension tests exit code ${code}`);
  });
});
