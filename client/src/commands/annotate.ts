import * as vscode from 'vscode';
import { annotateRequest, type AnnotateParams, type TextEditResult } from '../../../common/src/protocol';
import type { EntityType } from '../../../common/src/entityTypes';
import type { ReleaseLensClient } from '../languageClient';
import { entityTypeLabel, errorMessage, runningClient, selectedText } from './util';

/** "Annotate Selection as Zone / Lab / Project / Organization". */
export function registerAnnotateCommands(manager: ReleaseLensClient): vscode.Disposable[] {
  const commands: [string, EntityType][] = [
    ['releaseLens.annotateZone', 'zone'],
    ['releaseLens.annotateLab', 'lab'],
    ['releaseLens.annotateProject', 'project'],
    ['releaseLens.annotateOrganization', 'organization'],
  ];
  return commands.map(([id, type]) =>
    vscode.commands.registerCommand(id, async () => {
      const selection = selectedText();
      if (!selection) return;
      const done = await annotate(manager, { uri: selection.editor.document.uri.toString(), text: selection.text, type });
      if (done) vscode.window.setStatusBarMessage(vscode.l10n.t('Release Lens: "{0}" added to the catalog as {1}.', selection.text, entityTypeLabel(type)), 5000);
    }),
  );
}

/**
 * Asks the server for the catalog edits and applies them as one WorkspaceEdit (undoable),
 * creating the catalog when it does not exist yet. The catalog is saved so that the server
 * (which watches the file) re-reads it and every open document updates at once.
 */
export async function annotate(manager: ReleaseLensClient, params: AnnotateParams): Promise<boolean> {
  const client = await runningClient(manager);
  if (!client) return false;
  let result: TextEditResult;
  try {
    result = await client.sendRequest(annotateRequest, params);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Release Lens could not annotate the selection: {0}', errorMessage(error)));
    return false;
  }
  const catalogUri = vscode.Uri.parse(result.catalogUri);
  if (result.error) {
    const open = vscode.l10n.t('Open Catalog');
    const choice = await vscode.window.showErrorMessage(
      vscode.l10n.t('The catalog {0} could not be read, so nothing was written: {1}', vscode.workspace.asRelativePath(catalogUri), result.error),
      open,
    );
    if (choice === open) await vscode.window.showTextDocument(catalogUri);
    return false;
  }
  const openCatalog = vscode.workspace.textDocuments.find((d) => d.uri.toString() === catalogUri.toString());
  if (openCatalog?.isDirty) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Save or revert the catalog {0} first: it has unsaved changes.', vscode.workspace.asRelativePath(catalogUri)));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  if (!(await exists(catalogUri))) edit.createFile(catalogUri, { ignoreIfExists: true });
  for (const e of result.edits) {
    const range = new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character);
    edit.replace(catalogUri, range, e.newText);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Release Lens could not write to the catalog {0}.', vscode.workspace.asRelativePath(catalogUri)));
    return false;
  }
  const document = await vscode.workspace.openTextDocument(catalogUri);
  if (document.isDirty) await document.save();
  return true;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
