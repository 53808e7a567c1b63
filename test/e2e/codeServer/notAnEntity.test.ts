// Suite 2 (code-server in chromium): the correction loop in the real workbench. *Not an
// Entity* on a false positive is one edit of release-lens.json; once the catalog is saved,
// the name is gone from both open releases, and undoing the edit (and saving) brings it
// back. The protocol-level equivalent is test/protocol/corrections.test.ts.
//
//   node --import tsx --test test/e2e/codeServer/notAnEntity.test.ts   (npm run test:e2e runs it)
//
// The releases are written here, into a temporary workspace (never the repo's samples).
// Entities are read from the Outline view (the server's document symbols), which the
// workbench re-renders when the server's answer changes: every wait is on the DOM.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { tempDir } from '../shared/workspace';
import { EXTENSION_ID, LOGS, createProfile, installExtension, launchChromium, log, packageExtension, startCodeServer, type CodeServer, type Profile } from './harness';
import { activeEditor, applyCodeAction, focusEditor, openFile, openWorkbench, runCommand, screenshot, selectInEditor, waitForIndexed } from './workbench';

// Invented releases: a council that is the false positive, a park and a company that stay.
const FALSE_POSITIVE = 'Morrow Steering Council';
const KEPT = 'Tessel Innovation Park';
const RELEASES = {
  'harbor-plan.en.txt': `The ${FALSE_POSITIVE} met at ${KEPT} on Monday, where Arden Robotics Co., Ltd. opened its first plant.\n`,
  'harbor-review.en.txt': `Arden Robotics Co., Ltd. told the ${FALSE_POSITIVE} that ${KEPT} will add two buildings next year.\n`,
};
const [A, B] = Object.keys(RELEASES);
const CATALOG = '{\n  // kept by the editors\n  "entities": []\n}\n';

describe('Not an Entity in code-server (VS Code 1.100 workbench, chromium)', { timeout: 8 * 60_000 }, () => {
  let tmp = '';
  let workspace = '';
  let profile: Profile;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let failed = false;

  before(async () => {
    tmp = tempDir('release-lens-e2e-reject-');
    mkdirSync(LOGS, { recursive: true });
    const vsix = process.env.E2E_VSIX ?? (await packageExtension(tmp));
    profile = createProfile(path.join(tmp, 'profile'));
    await installExtension(profile, vsix);
    workspace = path.join(tmp, 'workspace');
    mkdirSync(path.join(workspace, 'releases'), { recursive: true });
    mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    for (const [name, text] of Object.entries(RELEASES)) writeFileSync(path.join(workspace, 'releases', name), text);
    writeFileSync(path.join(workspace, 'release-lens.json'), CATALOG);
    // The Outline shows an entity under its type's group: expanded, so the names are rendered.
    writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'outline.collapseItems': 'alwaysExpand' }, null, 2));
    server = await startCodeServer(profile, path.join(LOGS, 'code-server-not-an-entity.log'));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (tmp) {
      const logs = path.join(profile?.userDataDir ?? '', 'logs');
      if (failed && profile && existsSync(logs)) cpSync(logs, path.join(LOGS, 'vscode-logs-not-an-entity'), { recursive: true });
      if (!process.env.E2E_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
    }
  });

  const outlineRow = (p: Page, name: string) => p.locator('.outline-pane .monaco-list-row', { hasText: name }).first();

  /** Makes `file` the active editor and waits until its Outline lists `name` (present) or not. */
  async function expectEntity(p: Page, file: string, name: string, present: boolean): Promise<void> {
    await openFile(p, file);
    try {
      await outlineRow(p, name).waitFor({ state: present ? 'visible' : 'detached', timeout: 90_000 });
    } catch (error) {
      const rows = await p.locator('.outline-pane .monaco-list-row').allInnerTexts();
      throw new Error(`${file}: expected the Outline ${present ? 'to list' : 'not to list'} "${name}"; it lists ${JSON.stringify(rows)}`, { cause: error });
    }
  }

  /** Saves the catalog's editor (Ctrl+S) and waits until its tab is no longer dirty. */
  async function saveCatalog(p: Page): Promise<void> {
    await openFile(p, 'release-lens.json');
    await focusEditor(p);
    await p.keyboard.press('Control+S');
    await p.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  }

  test('Not an Entity removes a false positive from both open releases; undo restores it', { timeout: 6 * 60_000 }, async () => {
    try {
      page = await openWorkbench(browser!, server!.url, workspace);
      const p = page;
      await openFile(p, A);
      log(`indexed: ${await waitForIndexed(p, EXTENSION_ID)}`);
      await runCommand(p, 'Explorer: Focus on Outline View');
      await p.locator('.outline-pane').waitFor({ state: 'visible' });
      for (const file of [A, B]) {
        await expectEntity(p, file, FALSE_POSITIVE, true);
        await expectEntity(p, file, KEPT, true);
      }
      await screenshot(p, 'not-an-entity-before.png');

      // The light bulb's actions on the name in the first release.
      await openFile(p, A);
      await selectInEditor(p, FALSE_POSITIVE);
      await p.keyboard.press('Control+.');
      const applied = await applyCodeAction(p, 'Not an Entity');
      log(`applied: ${JSON.stringify(applied)}`);
      assert.ok(applied.includes('Not an Entity'), `the applied action was ${JSON.stringify(applied)}`);
      await saveCatalog(p);
      const rejected = readFileSync(path.join(workspace, 'release-lens.json'), 'utf8');
      assert.match(rejected, /"reject"/, rejected);
      assert.ok(rejected.includes(FALSE_POSITIVE) && rejected.includes('// kept by the editors'), rejected);

      for (const file of [A, B]) {
        await expectEntity(p, file, FALSE_POSITIVE, false);
        await expectEntity(p, file, KEPT, true);
      }
      await screenshot(p, 'not-an-entity-after.png');

      // Undo in the catalog's editor (the edit was applied there), then save.
      await openFile(p, 'release-lens.json');
      await focusEditor(p);
      await p.keyboard.press('Control+Z');
      await p.waitForFunction(
        (name) => !Array.from(document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')).some((line) => (line.textContent ?? '').includes(name)),
        FALSE_POSITIVE,
      );
      await saveCatalog(p);
      assert.equal(readFileSync(path.join(workspace, 'release-lens.json'), 'utf8'), CATALOG);
      for (const file of [A, B]) await expectEntity(p, file, FALSE_POSITIVE, true);
      const editorText = await activeEditor(p).locator('.view-lines').innerText();
      assert.ok(editorText.replace(/\u00a0/g, ' ').includes(FALSE_POSITIVE));
      await screenshot(p, 'not-an-entity-undone.png');
    } catch (error) {
      failed = true;
      if (page) await screenshot(page, 'failed-not-an-entity.png').catch(() => undefined);
      throw error;
    }
  });
});

// Code given to waitForFunction runs in the page (see workbench.ts for the same declarations).
declare const document: { querySelectorAll(selector: string): ArrayLike<{ readonly textContent: string | null }> };
