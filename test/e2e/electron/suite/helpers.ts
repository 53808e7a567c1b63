// Helpers for the extension-host tests. Waiting is on VS Code events
// (onDidChangeDiagnostics), never on a fixed delay.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'release-lens.release-lens';
const seen = new Set<string>();
let recorder: vscode.Disposable | undefined;

/** Records every URI whose diagnostics changed since the suite started. */
export function startDiagnosticsRecorder(): void {
  recorder ??= vscode.languages.onDidChangeDiagnostics((event) => {
    for (const uri of event.uris) seen.add(uri.toString());
  });
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  await extension.activate();
  return extension;
}

/** A file of the workspace's samples/ folder (the runner copies samples/ there). */
export function sampleUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, 'samples', name);
}

export async function openSample(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(sampleUri(name));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * Resolves on the first diagnostics event for `uri`, or for any file of the workspace
 * (VS Code sends no event for a file that never had a finding), at once if one was
 * already recorded: the server has analysed the workspace.
 */
export function diagnosticsEvent(uri: vscode.Uri, timeoutMs = 90_000): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
  const matches = (u: vscode.Uri) => u.toString() === uri.toString() || (folder !== undefined && u.toString().startsWith(`${folder}/`));
  if ([...seen].some((u) => matches(vscode.Uri.parse(u)))) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no diagnostics event for ${uri.toString()} within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some(matches)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  });
}

/** Resolves with uri's diagnostics once `predicate` holds for them (checked now and on each event). */
export function diagnosticsWhere(uri: vscode.Uri, predicate: (d: readonly vscode.Diagnostic[]) => boolean, timeoutMs = 90_000): Promise<vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (predicate(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics of ${uri.toString()} did not reach the expected state within ${timeoutMs} ms; they are: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (predicate(diagnostics)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(diagnostics);
      }
    });
  });
}

/**
 * Calls `probe` until it returns a value (not undefined), retrying after each
 * diagnostics event and at most every `intervalMs`: for results that need the whole
 * workspace indexed (cross-document mentions). Fails after `timeoutMs`.
 */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000, intervalMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeoutMs} ms${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise<void>((resolve) => {
      const subscription = vscode.languages.onDidChangeDiagnostics(() => done());
      const timer = setTimeout(() => done(), intervalMs);
      function done(): void {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  }
}

/** Position inside the first occurrence of `text` (offset characters into it). */
export function positionOf(document: vscode.TextDocument, text: string, offset = 1): vscode.Position {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" is not in ${document.uri.path}`);
  return document.positionAt(index + offset);
}

export function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" is not in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(index), document.positionAt(index + text.length));
}

/** The plain text of hover results (markdown sources included, so link targets count). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  const parts: string[] = [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (typeof content === 'string') parts.push(content);
      else if (content instanceof vscode.MarkdownString) parts.push(content.value);
      else if ('value' in content) parts.push(content.value);
    }
  }
  // Markdown escapes (hunnan\-2026\.ja\.txt) removed, so file names read as written.
  return parts.join('\n').replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
}

export function hovers(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return Promise.resolve(vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)).then((h) => h ?? []);
}

export interface DecodedToken {
  range: vscode.Range;
  type: string;
  modifiers: string[];
}

/** Decodes the relative-encoded semantic tokens with their legend. */
export function decodeTokens(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  const data = tokens.data;
  let line = 0;
  let character = 0;
  for (let i = 0; i + 5 <= data.length; i += 5) {
    const deltaLine = data[i];
    const deltaStart = data[i + 1];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
    out.push({ range: new vscode.Range(line, character, line, character + data[i + 2]), type: legend.tokenTypes[data[i + 3]] ?? `#${data[i + 3]}`, modifiers });
  }
  return out;
}
