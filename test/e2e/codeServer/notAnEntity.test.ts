// Suite 2 (code-server in chromium): the correction loop in the real workbench. *Not an
// Entity* on a false positive is one edit of release-lens.json; once the catalog is saved,
// the name is gone from both open releases, and undoing the edit (and saving) brings it
// back. The protocol-level equivalent is test/protocol/corrections.test.ts.
//
//   node --import tsx --test test/e2e/codeServer/notAnEntity.test.ts   (npm run test:e2e runs it)
//
// The releases are written here, into a temporary workspace (never the repo's samples).
// Whether a name is an entity in a release is read from the actions the light bulb offers on
// it (the correction actions exist exactly on entities; a fresh request each time), and the
// hover card; every wait is on the DOM (a menu, a message, a card, a tab's dirty mark).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { tempDir } from '../shared/workspace';
import { EXTENSION_ID, LOGS, createProfile, installExtension, launchChromium, log, packageExtension, startCodeServer, type CodeServer, type Profile } from './harness';
import { activeEditor, applyCodeAction, focusEditor, hoverUntil, openFile, openWorkbench, screenshot, selectInEditor, waitForIndexed } from './workbench';

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
    for (const [name, text] of Object.entries(RELEASES)) writeFileSync(path.join(workspace, 'releases', name), text);
    writeFileSync(path.join(workspace, 'release-lens.json'), CATALOG);
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

  /**
   * The light bulb's actions (Ctrl+.) on the first occurrence of `name` in `file`: their
   * labels, or [] when the editor says there are none. Each call is a fresh request to the
   * server, answered in the DOM by the action menu or by the editor's "no code actions" message.
   */
  async function codeActionsOn(p: Page, file: string, name: string): Promise<string[]> {
    await openFile(p, file);
    await selectInEditor(p, name);
    await p.keyboard.press('Control+.');
    const menu = p.locator('.action-widget .monaco-list-row.action').first();
    const none = activeEditor(p).locator('.monaco-editor-overlaymessage').first();
    await menu.or(none).waitFor({ state: 'visible', timeout: 30_000 });
    if (await none.isVisible()) {
      const message = await none.innerText();
      await p.keyboard.press('Escape');
      await none.waitFor({ state: 'hidden' }).catch(() => undefined);
      log(`${file}: no code actions on "${name}" (${JSON.stringify(message.trim())})`);
      return [];
    }
    const labels = await p.locator('.action-widget .monaco-list-row.action').allInnerTexts();
    await p.keyboard.press('Escape');
    await p.locator('.action-widget').waitFor({ state: 'hidden' });
    return labels;
  }

  /**
   * Waits until `name` is (or is not) an entity in `file`, as the correction actions on it
   * say: "Not an Entity" is offered exactly on an entity. The server re-reads the releases
   * after the catalog is saved, so an answer may still be the old one: asked again until the
   * deadline (every wait is on the menu or the message).
   */
  async function expectEntity(p: Page, file: string, name: string, present: boolean, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const labels = await codeActionsOn(p, file, name);
      const isEntity = labels.some((l) => l.startsWith(`Not an Entity: "${name}"`));
      if (isEntity === present) return;
      if (Date.now() > deadline) throw new Error(`${file}: "${name}" should ${present ? '' : 'not '}be an entity; the actions on it are ${JSON.stringify(labels)}`);
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
      for (const file of [A, B]) {
        await openFile(p, file);
        await hoverUntil(p, FALSE_POSITIVE, [FALSE_POSITIVE], 90_000);
        await p.mouse.move(1, 1);
        await expectEntity(p, file, FALSE_POSITIVE, true);
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
