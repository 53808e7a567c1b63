import * as vscode from 'vscode';
import { exportAnnotationsRequest, type ExportAnnotationsParams, type ExportAnnotationsResult } from '../../../common/src/protocol';
import type { ReleaseLensClient } from '../languageClient';
import { errorMessage, runningClient } from './util';

interface FormatItem extends vscode.QuickPickItem {
  format: ExportAnnotationsParams['format'];
}

/**
 * "Export Annotations…": pick a format and a folder; the server writes the files (the
 * same export as `release-lens export`), and the folder is revealed.
 */
export function registerExportAnnotationsCommand(manager: ReleaseLensClient): vscode.Disposable {
  return vscode.commands.registerCommand('releaseLens.exportAnnotations', async () => {
    const client = await runningClient(manager);
    if (!client) return;
    const formats: FormatItem[] = [
      { format: 'jsonl', label: 'JSON Lines', description: 'annotations.jsonl', detail: vscode.l10n.t('One document per line: text, entities and figures with offsets, for NLP tools.') },
      { format: 'brat', label: 'brat', description: '.txt + .ann', detail: vscode.l10n.t('Standoff files beside each text, for the brat annotation tool.') },
      { format: 'csv', label: 'CSV', description: vscode.l10n.t('comparison table'), detail: vscode.l10n.t("Each release family's aligned figures, for reviewers and spreadsheets.") },
    ];
    const picked = await vscode.window.showQuickPick(formats, { title: vscode.l10n.t('Export Annotations: format'), placeHolder: vscode.l10n.t('Choose the format of the export') });
    if (!picked) return;
    const folders = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Export Annotations: folder'),
      openLabel: vscode.l10n.t('Export Here'),
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    const folder = folders?.[0];
    if (!folder) return;
    let result: ExportAnnotationsResult;
    try {
      result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Release Lens: exporting annotations ({0})…', picked.label) },
        () => client.sendRequest(exportAnnotationsRequest, { format: picked.format, folder: folder.fsPath }),
      );
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Release Lens could not export the annotations: {0}', errorMessage(error)));
      return;
    }
    if (result.problem) {
      void vscode.window.showWarningMessage(problemMessage(result, folder));
      return;
    }
    await reveal(folder, result);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Release Lens: {0} documents exported as {1} to {2}.', result.documents, picked.label, vscode.workspace.asRelativePath(folder)), 5000);
  });
}

function problemMessage(result: ExportAnnotationsResult, folder: vscode.Uri): string {
  switch (result.problem) {
    case 'indexing':
      return vscode.l10n.t('The workspace is still being indexed. Export when the status bar shows the counts.');
    case 'noReleases':
      return vscode.l10n.t('There are no press releases in the workspace to export.');
    case 'noFamily':
      return vscode.l10n.t('No release has another version in the workspace: there is no comparison table to export.');
    default:
      return vscode.l10n.t('Release Lens could not write to {0}: {1}', folder.fsPath, result.error ?? '');
  }
}

/** In the Explorer when the folder is in the workspace, else in the operating system's file manager. */
async function reveal(folder: vscode.Uri, result: ExportAnnotationsResult): Promise<void> {
  const first = result.files[0] ? vscode.Uri.file(result.files[0]) : folder;
  if (vscode.workspace.getWorkspaceFolder(folder)) await vscode.commands.executeCommand('revealInExplorer', first);
  else await vscode.commands.executeCommand('revealFileInOS', first);
}
