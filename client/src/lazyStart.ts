import * as vscode from 'vscode';
import { isReleaseDocument, readGlobs } from './documentSelector';

/**
 * Resolves once the workspace holds a press release (a file matching the include globs) or
 * one is opened. `onLanguage:plaintext` activates the extension for any .txt file; the
 * server (and its 380 MB dictionary) only starts where there is something to analyse.
 */
export async function whenReleasesPresent(token: { disposed: boolean }): Promise<void> {
  if (vscode.workspace.textDocuments.some((d) => isReleaseDocument(d))) return;
  const { include, exclude } = readGlobs();
  const excludeGlob = exclude.length > 0 ? `{${exclude.join(',')}}` : undefined;
  const found = await Promise.all(
    include.map((glob) => Promise.resolve(vscode.workspace.findFiles(glob, excludeGlob, 1)).then((uris) => uris.length > 0, () => false)),
  );
  if (found.some(Boolean) || token.disposed) return;
  await new Promise<void>((resolve) => {
    const listeners: vscode.Disposable[] = [];
    const done = () => {
      for (const l of listeners) l.dispose();
      resolve();
    };
    listeners.push(
      vscode.workspace.onDidOpenTextDocument((d) => isReleaseDocument(d) && done()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('releaseLens') && done()),
    );
    for (const glob of include) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob, false, true, true);
      listeners.push(watcher, watcher.onDidCreate(done));
    }
  });
}
