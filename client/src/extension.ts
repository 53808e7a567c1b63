import * as vscode from 'vscode';
import { registerAnnotateCommands } from './commands/annotate';
import { registerExportAnnotationsCommand } from './commands/exportAnnotations';
import { registerLinkToEntityCommand } from './commands/linkToEntity';
import { registerSameEntityAsCommand } from './commands/sameEntityAs';
import { registerServerCommands } from './commands/server';
import { CompareView } from './compareView';
import { whenReleasesPresent } from './lazyStart';
import { ReleaseLensClient } from './languageClient';
import { StatusBar } from './statusBar';

let manager: ReleaseLensClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Release Lens', { log: true });
  manager = new ReleaseLensClient(context, output);
  context.subscriptions.push(
    output,
    new StatusBar(manager),
    new CompareView(manager),
    ...registerAnnotateCommands(manager),
    registerLinkToEntityCommand(manager),
    registerExportAnnotationsCommand(manager),
    registerSameEntityAsCommand(manager),
    ...registerServerCommands(manager),
  );
  await vscode.commands.executeCommand('setContext', 'releaseLens.active', true);
  // Not awaited: activation must not wait for the server (and a failed start is reported to
  // the user). The server starts only once the workspace has a press release.
  const token = { disposed: false };
  context.subscriptions.push({ dispose: () => (token.disposed = true) });
  const current = manager;
  void whenReleasesPresent(token).then(() => {
    if (!token.disposed && !current.client) void current.start();
  });
}

export async function deactivate(): Promise<void> {
  const current = manager;
  manager = undefined;
  await current?.dispose();
}
