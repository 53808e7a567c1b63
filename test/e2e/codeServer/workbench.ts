// Driving the VS Code workbench (as served by code-server) from playwright-core.
// Every wait is on the DOM (a selector, or a predicate polled by waitForFunction), never
// on a fixed delay.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { SCREENSHOTS, log } from './harness';

// Code passed to page.evaluate / waitForFunction runs in the browser. The project's
// tsconfig has no DOM lib (and should not get one for the server's sake), so the few DOM
// names used there are declared here, for this module only.
interface PageNode {
  readonly data: string;
}
interface PageElement {
  readonly textContent: string | null;
  readonly innerText: string;
  readonly offsetParent: unknown;
  readonly classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
  /** Set on input elements only. */
  readonly value?: string;
}
interface PageRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}
declare const document: {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  createTreeWalker(root: PageElement, what: number): { currentNode: PageNode; nextNode(): PageNode | null };
  createRange(): { setStart(node: PageNode, offset: number): void; setEnd(node: PageNode, offset: number): void; getClientRects(): ArrayLike<PageRect>; getBoundingClientRect(): PageRect };
};
declare const NodeFilter: { readonly SHOW_TEXT: number };

const QUICK_INPUT = '.quick-input-widget';
const QUICK_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;
export const STATUS_BAR = '.part.statusbar';

/** Opens `folder` in a new page; resolves when the workbench and its explorer are up. */
export async function openWorkbench(browser: Browser, baseUrl: string, folder: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  // esbuild (via tsx) may wrap functions given to page.evaluate in __name(); define it there.
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await page.goto(`${baseUrl}?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
  await page.locator(STATUS_BAR).waitFor({ state: 'visible' });
  // The explorer lists the folder's content once the remote file system answers.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 90_000 });
  return page;
}

async function closeQuickInput(page: Page): Promise<void> {
  if (await page.locator(QUICK_INPUT).isVisible()) {
    await page.keyboard.press('Escape');
    await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
  }
}

/** Quick Open (Ctrl+P) a file by name; resolves when its editor is the active one. */
export async function openFile(page: Page, fileName: string): Promise<void> {
  await closeQuickInput(page);
  await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  await page.locator(`${QUICK_INPUT} input`).waitFor({ state: 'visible' });
  await page.keyboard.type(fileName);
  const row = page.locator(QUICK_ROWS).filter({ hasText: fileName }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await page.locator(`.tabs-container .tab.active[aria-label*="${fileName}"], .title .label-name:text-is("${fileName}")`).first().waitFor({ state: 'visible' });
  await activeEditor(page).locator('.view-lines .view-line').first().waitFor({ state: 'visible' });
}

/** The editor of the active editor group. */
export function activeEditor(page: Page) {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Runs a command through the command palette (F1) by its label ("Category: Title"). */
export async function runCommand(page: Page, label: string): Promise<void> {
  await closeQuickInput(page);
  await page.keyboard.press('F1');
  await page.locator(`${QUICK_INPUT} input`).waitFor({ state: 'visible' });
  await page.keyboard.type(label);
  const row = page.locator(QUICK_ROWS).filter({ hasText: label }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: 20_000 });
  } catch {
    const offered = await page.locator(QUICK_ROWS).allInnerTexts();
    throw new Error(`command "${label}" is not in the command palette; it offers: ${JSON.stringify(offered.slice(0, 8))}`);
  }
  await row.click();
  // Callers wait for what the command shows (it may open another quick pick).
}

/** Selects the first match of `text` in the active editor (find widget, then Escape). */
export async function selectInEditor(page: Page, text: string): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  const input = page.locator('.editor-group-container.active .find-widget.visible textarea, .editor-group-container.active .find-widget.visible input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(text);
  // Enter moves the selection to the (only) match; the counter then reads "1 of 1".
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const counter = document.querySelector('.editor-group-container.active .find-widget.visible .matchesCount');
    return !!counter && /^\s*1 of/.test(counter.textContent ?? '');
  });
  await page.keyboard.press('Escape');
  await page.locator('.editor-group-container.active .find-widget.visible').waitFor({ state: 'hidden' });
}

/**
 * Screen position of the middle of the first on-screen occurrence of `needle` in the
 * active editor's rendered lines, or null when it is not rendered.
 */
export async function locateText(page: Page, needle: string): Promise<{ x: number; y: number } | null> {
  // No nested named functions in here: the test runner's transpiler would wrap them in a
  // helper (__name) that does not exist in the page.
  return page.evaluate((search) => {
    const lines = document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line');
    for (const line of Array.from(lines)) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes: Array<{ node: PageNode; start: number }> = [];
      let text = '';
      while (walker.nextNode()) {
        nodes.push({ node: walker.currentNode, start: text.length });
        text += walker.currentNode.data;
      }
      const index = text.replace(/\u00a0/g, ' ').indexOf(search);
      if (index < 0) continue;
      const range = document.createRange();
      for (const { node, start } of nodes) {
        const end = start + node.data.length;
        if (index >= start && index < end) range.setStart(node, index - start);
        if (index + search.length > start && index + search.length <= end) range.setEnd(node, index + search.length - start);
      }
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      if (!rect || rect.width === 0) continue;
      return { x: rect.left + Math.min(rect.width / 2, 30), y: rect.top + rect.height / 2 };
    }
    return null;
  }, needle);
}

/** Text of the visible editor hover(s). */
export function hoverText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.monaco-hover'))
      .filter((el) => el.offsetParent !== null && !el.classList.contains('hidden'))
      .map((el) => el.innerText)
      .join('\n'),
  );
}

/**
 * Hovers the mouse over `needle` in the active editor and waits until the hover card
 * contains every string of `expected`. Returns the card's text.
 */
export async function hoverUntil(page: Page, needle: string, expected: string[], timeoutMs = 60_000): Promise<string> {
  let point = await locateText(page, needle);
  if (!point) {
    await selectInEditor(page, needle);
    point = await locateText(page, needle);
  }
  if (!point) throw new Error(`"${needle}" is not rendered in the active editor`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Locate the word again on every try: a code lens or a decoration that arrives later
    // moves the text, and a stale point hovers another word forever.
    point = (await locateText(page, needle)) ?? point;
    // Move away first so the hover controller sees a fresh mouse-move onto the word: a
    // card computed before the workspace was indexed stays as it was while it is shown.
    await page.mouse.move(point.x, Math.max(0, point.y - 200));
    await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    await page.mouse.move(point.x, point.y, { steps: 8 });
    try {
      await page.waitForFunction(
        (strings) => {
          const text = Array.from(document.querySelectorAll('.monaco-hover'))
            .filter((el) => el.offsetParent !== null && !el.classList.contains('hidden'))
            .map((el) => el.innerText)
            .join('\n');
          return strings.every((s) => text.includes(s));
        },
        expected,
        { timeout: Math.max(1, Math.min(10_000, deadline - Date.now())), polling: 200 },
      );
      break;
    } catch (error) {
      if (Date.now() < deadline) continue;
      const seen = await hoverText(page);
      throw new Error(`hover on "${needle}" never contained ${JSON.stringify(expected)}; last hover text: ${JSON.stringify(seen.slice(0, 600))}`, { cause: error });
    }
  }
  return hoverText(page);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, name);
  // Animations finished (the hover fades in), so the picture shows the settled UI.
  await page.screenshot({ path: file, animations: 'disabled' });
  log(`screenshot: ${path.relative(process.cwd(), file)}`);
  return file;
}

/** Shows the Problems panel (Ctrl+Shift+M toggles it, so only when it is not visible). */
export async function showProblems(page: Page): Promise<void> {
  const panel = page.locator('.markers-panel');
  if (await panel.isVisible()) return;
  await page.keyboard.press('Control+Shift+M');
  try {
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    await runCommand(page, 'View: Show Problems');
    await panel.waitFor({ state: 'visible' });
  }
}

/** Texts of the marker rows (not the file rows) in the Problems panel. */
export function problemRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row .marker-message-details, .markers-panel .monaco-list-row .marker-message').allInnerTexts();
}

/** Waits until some row of the Problems panel contains `text` (present) or none does. */
export async function waitForProblem(page: Page, text: string, present: boolean, timeoutMs = 90_000): Promise<void> {
  try {
    await page.waitForFunction(
      ([needle, wanted]) => Array.from(document.querySelectorAll('.markers-panel .monaco-list-row')).some((row) => (row.textContent ?? '').includes(needle as string)) === wanted,
      [text, present] as const,
      { timeout: timeoutMs, polling: 250 },
    );
  } catch (error) {
    throw new Error(`Problems panel: expected ${present ? 'a' : 'no'} row containing "${text}"; rows: ${JSON.stringify(await problemRows(page))}`, { cause: error });
  }
}

/**
 * With the quick-fix menu (Ctrl+.) open, moves the keyboard focus to the first action whose
 * text contains `text` (or keeps the first action) and applies it with Enter. Returns the
 * applied action's label. (Clicking is unreliable: the context view's pointer block
 * intercepts the mouse.)
 */
export async function applyCodeAction(page: Page, text: string): Promise<string> {
  const actions = page.locator('.action-widget .monaco-list-row.action');
  await actions.first().waitFor({ state: 'visible', timeout: 30_000 });
  const labels = await actions.allInnerTexts();
  const target = labels.findIndex((l) => l.includes(text));
  const focused = page.locator('.action-widget .monaco-list-row.action.focused');
  if (target >= 0) {
    for (let i = 0; i <= labels.length; i++) {
      if ((await focused.count()) > 0 && (await focused.first().innerText()).includes(text)) break;
      await page.keyboard.press('ArrowDown');
    }
  }
  const label = (await focused.count()) > 0 ? await focused.first().innerText() : labels[0];
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });
  return label;
}

/**
 * Waits until Release Lens's status bar item reports a finished index (not "starting",
 * "indexing" or "stopped"); returns its text and tooltip.
 */
export async function waitForIndexed(page: Page, extensionId: string, timeoutMs = 120_000): Promise<string> {
  const selector = `${STATUS_BAR} [id^="${extensionId}."]`;
  try {
    await page.waitForFunction(
      (sel) => {
        const item = document.querySelector(sel);
        const text = item ? `${item.textContent ?? ''} ${item.getAttribute('aria-label') ?? ''}` : '';
        return text.trim() !== '' && !/starting|indexing|stopped/i.test(text);
      },
      selector,
      { timeout: timeoutMs, polling: 250 },
    );
  } catch (error) {
    const item = page.locator(selector).first();
    const seen = (await item.count()) > 0 ? `${await item.innerText()} / ${await item.getAttribute('aria-label')}` : '(no item)';
    throw new Error(`Release Lens did not finish indexing within ${timeoutMs} ms; status bar: ${JSON.stringify(seen)}`, { cause: error });
  }
  const item = page.locator(selector).first();
  return `${(await item.innerText()).trim()} — ${await item.getAttribute('aria-label')}`;
}

/**
 * Runs "Release Lens: Compare Release Versions" on the active editor and waits for the
 * webview's table. Returns the webview's content frame.
 */
export async function openComparison(page: Page): Promise<FrameLocator> {
  await runCommand(page, 'Release Lens: Compare Release Versions');
  // A webview is an iframe (iframe.webview) holding the content frame (#active-frame).
  const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  await frame.locator('table tbody tr').first().waitFor({ state: 'visible', timeout: 90_000 });
  return frame;
}

/** Closes the editor whose tab label starts with `label` (its close button). */
export async function closeEditor(page: Page, label: string): Promise<void> {
  const tab = page.locator(`.tabs-container .tab[aria-label^="${label}"]`).first();
  await tab.hover();
  await tab.locator('.tab-actions .codicon-close, .tab-actions .action-label').first().click();
  await tab.waitFor({ state: 'detached' });
}

/** Hides the bottom panel (Problems, Output, …) when it is shown (Ctrl+J toggles it). */
export async function hidePanel(page: Page): Promise<void> {
  const panel = page.locator('.part.panel.bottom');
  if (!(await panel.isVisible())) return;
  await page.keyboard.press('Control+J');
  await panel.waitFor({ state: 'hidden' });
}

/**
 * Moves the keyboard focus to the active editor, by command rather than a click (a click
 * may land on a code lens or a link in the text).
 */
export async function focusEditor(page: Page): Promise<void> {
  const focused = page.locator('.editor-group-container.active .monaco-editor.focused');
  if ((await focused.count()) > 0) return;
  await runCommand(page, 'View: Focus Active Editor Group');
  await focused.first().waitFor({ state: 'attached' });
}

/**
 * Runs `action` again (up to `attempts` times) when it failed because the webview's
 * document was replaced under it (the comparison view re-renders on diagnostics changes).
 */
export async function retryWhileRerendering(action: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await action();
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= attempts || !/detached|Cannot find context|context was destroyed|Target closed/i.test(message)) throw error;
      log(`webview re-rendered during the step (${message.split('\n')[0]}); retrying`);
    }
  }
}

/**
 * "Release Lens: Export Annotations…": picks `format` in the quick pick, then `folder` (an
 * existing folder) in the file dialog (VS Code's own dialog in the browser: a path input
 * and an OK button labelled with the command's "Export Here").
 */
export async function exportAnnotations(page: Page, format: 'jsonl' | 'brat' | 'csv', folder: string): Promise<void> {
  const label = { jsonl: 'JSON Lines', brat: 'brat', csv: 'CSV' }[format];
  await runCommand(page, 'Release Lens: Export Annotations');
  const row = page.locator(QUICK_ROWS).filter({ hasText: label }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  // The file dialog: a quick input whose value is a path.
  const input = page.locator(`${QUICK_INPUT} input`);
  await page.locator(`${QUICK_INPUT} .quick-input-title`, { hasText: 'Export Annotations: folder' }).waitFor({ state: 'visible' });
  // The dialog writes its default folder (a path ending in /) into the input once it has
  // read it; a value typed before that is overwritten. Wait for it, then type ours.
  const inputValueIs = (test: 'folder' | string, timeout?: number) =>
    page.waitForFunction(
      ([selector, wanted]) => {
        const value = document.querySelector(selector)?.value ?? '';
        return wanted === 'folder' ? value.endsWith('/') : value === wanted;
      },
      [`${QUICK_INPUT} input`, test] as const,
      { timeout },
    );
  await inputValueIs('folder');
  const target = folder.endsWith('/') ? folder : `${folder}/`;
  // The dialog may write its default in more than one step (a first folder, then the
  // workspace's), and a later step rewrites what was typed (seen in CI: the default with our
  // path after it). Type ours again until it is what the input holds.
  for (let attempt = 1; ; attempt++) {
    await input.fill(target);
    try {
      await inputValueIs(target, 5_000);
      break;
    } catch (error) {
      if (attempt >= 5) throw error;
      log(`the folder dialog rewrote the typed path (attempt ${attempt}); typing it again`);
    }
  }
  const ok = page.locator(`${QUICK_INPUT} .monaco-button`, { hasText: 'Export Here' }).first();
  await ok.waitFor({ state: 'visible' });
  // The dialog can ignore an accept while it still lists the folder just typed (once it
  // stayed open for 60 s): accept again until it closes.
  for (let attempt = 1; ; attempt++) {
    await ok.click();
    try {
      await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: 10_000 });
      return;
    } catch (error) {
      if (!(await page.locator(QUICK_INPUT).isVisible())) return;
      if (attempt >= 3) throw error;
      log(`the folder dialog is still open after accepting (attempt ${attempt}); accepting again`);
      await inputValueIs(target);
    }
  }
}
