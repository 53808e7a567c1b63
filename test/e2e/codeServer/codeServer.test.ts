// Suite 2: Release Lens in the real VS Code workbench (code-server 4.100.3 = VS Code 1.100.3)
// in Debian's chromium, driven by playwright-core. Our real .vsix, installed as a user would.
//
//   node --import tsx --test test/e2e/codeServer/codeServer.test.ts   (npm run test:e2e runs it)
//
// Needs: bash .ci/install-e2e.sh (code-server in .e2e/, chromium). Screenshots go to
// test-output/screenshots/, logs to test-output/e2e/.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { HUNNAN, MISMATCH, copySamples, createMismatchWorkspace, tempDir } from '../shared/workspace';
import {
  EXTENSION_ID,
  LOGS,
  SAMPLES,
  createProfile,
  installExtension,
  launchChromium,
  log,
  packageExtension,
  startCodeServer,
  type CodeServer,
  type Profile,
} from './harness';
import {
  STATUS_BAR,
  activeEditor,
  applyCodeAction,
  closeEditor,
  hidePanel,
  hoverUntil,
  openComparison,
  retryWhileRerendering,
  openFile,
  openWorkbench,
  problemRows,
  runCommand,
  screenshot,
  exportAnnotations,
  selectInEditor,
  showProblems,
  waitForIndexed,
  waitForProblem,
} from './workbench';

const TEST_TIMEOUT = 150_000;

describe('Release Lens in code-server (VS Code 1.100 workbench, chromium)', { timeout: 9 * 60_000 }, () => {
  let tmp = '';
  let profile: Profile;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let samplesWorkspace = '';
  let mismatchWorkspace = '';
  let page: Page | undefined; // the samples workspace
  let failures = 0;

  before(async () => {
    const started = Date.now();
    tmp = tempDir();
    mkdirSync(LOGS, { recursive: true });
    log(`temp folder: ${tmp}`);
    const vsix = await packageExtension(tmp);
    log(`packaged ${path.basename(vsix)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    profile = createProfile(path.join(tmp, 'profile'));
    await installExtension(profile, vsix);
    assert.ok(
      existsSync(profile.extensionsDir) && readFileSync(path.join(profile.extensionsDir, 'extensions.json'), 'utf8').includes(EXTENSION_ID),
      `${EXTENSION_ID} is not in ${profile.extensionsDir}/extensions.json after --install-extension`,
    );
    samplesWorkspace = copySamples(SAMPLES, path.join(tmp, 'workspace-samples'));
    mismatchWorkspace = createMismatchWorkspace(SAMPLES, path.join(tmp, 'workspace-mismatch')).root;
    server = await startCodeServer(profile, path.join(LOGS, 'code-server.log'));
    log(`code-server on ${server.url}`);
    browser = await launchChromium();
    log(`set-up done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  after(async () => {
    // Always: browser first (it holds connections to the server), then the server.
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (tmp) {
      // Keep the extension host and language server logs for a failed run.
      const logs = path.join(profile?.userDataDir ?? '', 'logs');
      if (failures > 0 && profile && existsSync(logs)) cpSync(logs, path.join(LOGS, 'vscode-logs'), { recursive: true });
      if (!process.env.E2E_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
    }
  });

  /** Wraps a test body: on failure, keep a screenshot of the page for the post-mortem. */
  async function step(name: string, target: () => Page | undefined, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      failures++;
      const current = target();
      if (current) await screenshot(current, `failed-${name}.png`).catch(() => undefined);
      throw error;
    }
  }

  test('smoke: the workbench loads, the extension is installed and activates', { timeout: TEST_TIMEOUT }, async () => {
    await step('smoke', () => page, async () => {
      page = await openWorkbench(browser!, server!.url, samplesWorkspace);
      await openFile(page, HUNNAN.en);
      // The status bar entry is contributed by our extension (id "<extension id>.<item id>")
      // and only exists once activate() has run.
      const item = page.locator(`${STATUS_BAR} [id^="${EXTENSION_ID}."]`).first();
      await item.waitFor({ state: 'visible', timeout: 90_000 });
      log(`status bar item: ${JSON.stringify((await item.innerText()).trim())} (aria-label ${JSON.stringify(await item.getAttribute('aria-label'))})`);
      // Activation is also visible as the "Release Lens" output channel.
      log(`indexed: ${await waitForIndexed(page, EXTENSION_ID)}`);
      await runCommand(page, 'Output: Show Output Channels...');
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: 'Release Lens' }).first().waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await screenshot(page, 'smoke.png');
    });
  });

  test('hover on an entity shows its mentions in the Japanese and Chinese versions', { timeout: TEST_TIMEOUT }, async () => {
    await step('hover', () => page, async () => {
      assert.ok(page, 'the smoke test did not open the workbench');
      await openFile(page, HUNNAN.en);
      const text = await hoverUntil(page, 'Liaohe Laboratory', [HUNNAN.ja, HUNNAN.zh], 90_000);
      log(`entity hover: ${JSON.stringify(text.slice(0, 300))}`);
      await screenshot(page, 'hover.png');
    });
  });

  test('hover on a figure shows its normalised value', { timeout: TEST_TIMEOUT }, async () => {
    await step('hover-figure', () => page, async () => {
      assert.ok(page, 'the smoke test did not open the workbench');
      await page.mouse.move(1, 1);
      await openFile(page, HUNNAN.en);
      const text = await hoverUntil(page, '500,000 square meters', ['500,000 m²']);
      log(`figure hover: ${JSON.stringify(text.slice(0, 300))}`);
      await screenshot(page, 'hover-figure.png');
    });
  });

  // (b) A copy of the Hunnan family whose ja version says 38キロ where the others say 28.
  let mismatchPage: Page | undefined;

  test('a changed figure shows as a mismatch in the Problems panel', { timeout: TEST_TIMEOUT }, async () => {
    await step('problems', () => mismatchPage, async () => {
      mismatchPage = await openWorkbench(browser!, server!.url, mismatchWorkspace);
      const p = mismatchPage;
      await openFile(p, MISMATCH.file);
      await waitForIndexed(p, EXTENSION_ID);
      await showProblems(p);
      // Cursor on the changed figure (also brings it on screen for the screenshot).
      await selectInEditor(p, MISMATCH.changed);
      await waitForProblem(p, '38', true);
      log(`problems mentioning the change: ${JSON.stringify((await problemRows(p)).filter((r) => r.includes('38')))}`);
      await screenshot(p, 'problems.png');
    });
  });

  test('the comparison view highlights the mismatch', { timeout: TEST_TIMEOUT }, async () => {
    await step('comparison-mismatch', () => mismatchPage, async () => {
      assert.ok(mismatchPage, 'the Problems test did not open the mismatch workspace');
      await hidePanel(mismatchPage); // room for the comparison in the screenshot
      const frame = await openComparison(mismatchPage);
      // The view re-renders when diagnostics change: locators (which re-resolve) only.
      const row = frame.locator('tr.mismatch', { hasText: '38' }).first();
      await retryWhileRerendering(async () => {
        await row.waitFor({ state: 'visible', timeout: 60_000 });
        await row.scrollIntoViewIfNeeded();
      });
      await screenshot(mismatchPage, 'comparison-mismatch.png');
      await closeEditor(mismatchPage, 'Compare');
    });
  });

  test('the quick fix on the changed figure removes the problem', { timeout: TEST_TIMEOUT }, async () => {
    await step('quick-fix', () => mismatchPage, async () => {
      assert.ok(mismatchPage, 'the Problems test did not open the mismatch workspace');
      const p = mismatchPage;
      await openFile(p, MISMATCH.file);
      await showProblems(p);
      await waitForProblem(p, '38', true);
      await selectInEditor(p, MISMATCH.changed);
      await p.keyboard.press('Control+.');
      const actions = p.locator('.action-widget .monaco-list-row.action');
      try {
        await actions.first().waitFor({ state: 'visible', timeout: 30_000 });
      } catch (error) {
        const message = await p.locator('.monaco-editor-overlaymessage').allInnerTexts();
        throw new Error(`no quick fix menu opened on ${MISMATCH.changed} (editor says: ${JSON.stringify(message)})`, { cause: error });
      }
      log(`quick fixes offered: ${JSON.stringify(await actions.allInnerTexts())}`);
      const applied = await applyCodeAction(p, MISMATCH.original);
      log(`applied: ${JSON.stringify(applied)}`);
      await waitForProblem(p, '38', false, 60_000);
      const editorText = await activeEditor(p).locator('.view-lines').innerText();
      assert.ok(editorText.replace(/\u00a0/g, ' ').includes(MISMATCH.original), `after the fix the ja text should read ${MISMATCH.original} again`);
      await screenshot(p, 'problems-fixed.png');
      await p.close();
      mismatchPage = undefined;
    });
  });

  test('"Release Lens: Compare Release Versions" shows the family side by side', { timeout: TEST_TIMEOUT }, async () => {
    await step('comparison', () => page, async () => {
      assert.ok(page, 'the smoke test did not open the workbench');
      await page.mouse.move(1, 1);
      await openFile(page, HUNNAN.en);
      const frame = await openComparison(page);
      // One column per version, headed with its file name.
      for (const file of Object.values(HUNNAN)) await frame.locator('thead th', { hasText: file }).first().waitFor({ state: 'visible' });
      assert.equal(await frame.locator('tr.mismatch').count(), 0, 'the samples agree: no row should be marked as a mismatch');
      await screenshot(page, 'comparison.png');
    });
  });

  // Last: the exported copies of the releases land in the workspace (under …/samples/), where they are releases too.
  test('"Release Lens: Export Annotations…" writes brat files into the chosen folder and reveals them', { timeout: TEST_TIMEOUT }, async () => {
    await step('export', () => page, async () => {
      assert.ok(page, 'the smoke test did not open the workbench');
      const folder = path.join(samplesWorkspace, 'annotations');
      mkdirSync(folder, { recursive: true });
      await exportAnnotations(page, 'brat', folder);
      // The Explorer reveals the first file written.
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'annotation.conf' }).first().waitFor({ state: 'visible', timeout: 60_000 });
      const written = readdirSync(path.join(folder, 'samples')).sort();
      for (const file of Object.values(HUNNAN)) {
        assert.ok(written.includes(file), `${file} copied`);
        assert.ok(written.includes(file.replace(/\.txt$/, '.ann')), `${file}'s .ann written`);
      }
      const ann = readFileSync(path.join(folder, 'samples', HUNNAN.en.replace(/\.txt$/, '.ann')), 'utf8');
      assert.match(ann, /^T\d+\tLab \d+ \d+\tLiaohe Laboratory$/m);
      await screenshot(page, 'export-annotations.png');
    });
  });
});
