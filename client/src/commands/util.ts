import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { EntityType } from '../../../common/src/entityTypes';
import type { ReleaseLensClient } from '../languageClient';

/** The running client, or undefined after telling the user the server is not running. */
export async function runningClient(manager: ReleaseLensClient): Promise<LanguageClient | undefined> {
  const client = manager.client;
  if (client && client.isRunning()) return client;
  const restart = vscode.l10n.t('Restart');
  const choice = await vscode.window.showErrorMessage(vscode.l10n.t('The Release Lens server is not running.'), restart);
  if (choice === restart) void manager.restart();
  return undefined;
}

export function entityTypeLabel(type: EntityType): string {
  switch (type) {
    case 'zone':
      return vscode.l10n.t('Zone');
    case 'lab':
      return vscode.l10n.t('Lab');
    case 'project':
      return vscode.l10n.t('Project');
    case 'organization':
      return vscode.l10n.t('Organization');
  }
}

/** The selected text of the active editor, trimmed, or undefined after telling the user why not. */
export function selectedText(): { editor: vscode.TextEditor; text: string } | undefined {
  const editor = vscode.window.activeTextEditor;
  const text = editor?.document.getText(editor.selection).trim();
  if (!editor || !text) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the name of an entity first.'));
    return undefined;
  }
  if (text.includes('\n')) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select a name on a single line.'));
    return undefined;
  }
  return { editor, text };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
