import * as vscode from 'vscode';
import type { ReleaseLensClient } from '../languageClient';

/** "Restart Language Server" and "Show Output". */
export function registerServerCommands(manager: ReleaseLensClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('releaseLens.restartServer', async () => {
      manager.output.info('Restart requested by the user.');
      await manager.restart();
      vscode.window.setStatusBarMessage(vscode.l10n.t('Release Lens server restarted.'), 3000);
    }),
    vscode.commands.registerCommand('releaseLens.showOutput', () => manager.output.show(true)),
  ];
}
