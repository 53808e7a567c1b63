import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { statusNotification, type StatusParams } from '../../common/src/protocol';
import { isReleaseDocument } from './documentSelector';
import type { ReleaseLensClient } from './languageClient';

/**
 * One status bar item driven by `releaseLens/status`: indexing progress, then ready or the
 * problem counts. Hidden while the workspace has no press releases and none is open.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('releaseLens.status', vscode.StatusBarAlignment.Left, 10);
  private status: StatusParams | undefined;
  private stopped = false;
  private readonly disposables: vscode.Disposable[] = [this.item];
  private clientDisposables: vscode.Disposable[] = [];

  constructor(manager: ReleaseLensClient) {
    this.item.name = vscode.l10n.t('Release Lens');
    this.disposables.push(
      manager.onDidCreateClient((client) => this.attach(client)),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidOpenTextDocument(() => this.render()),
      vscode.workspace.onDidCloseTextDocument(() => this.render()),
    );
    this.render();
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.clientDisposables]) d.dispose();
  }

  private attach(client: LanguageClient): void {
    this.status = undefined;
    this.stopped = false;
    for (const d of this.clientDisposables) d.dispose();
    this.clientDisposables = [
      client.onNotification(statusNotification, (params) => {
        this.status = params;
        this.render();
      }),
      client.onDidChangeState((event) => {
        this.stopped = event.newState === State.Stopped;
        if (event.newState === State.Starting) this.status = undefined;
        this.render();
      }),
    ];
    this.render();
  }

  private hasOpenRelease(): boolean {
    return vscode.workspace.textDocuments.some((document) => isReleaseDocument(document));
  }

  private render(): void {
    const status = this.status;
    const visible = (status !== undefined && status.total > 0) || this.hasOpenRelease();
    if (!visible) {
      this.item.hide();
      return;
    }
    const item = this.item;
    item.backgroundColor = undefined;
    if (this.stopped) {
      item.text = `$(error) ${vscode.l10n.t('Release Lens: stopped')}`;
      item.tooltip = vscode.l10n.t('The Release Lens server is not running. Click to restart it.');
      item.command = 'releaseLens.restartServer';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else if (!status) {
      item.text = `$(sync~spin) ${vscode.l10n.t('Release Lens: starting')}`;
      item.tooltip = vscode.l10n.t('The Release Lens server is starting.');
      item.command = 'releaseLens.showOutput';
    } else if (status.state === 'indexing') {
      item.text = `$(sync~spin) ${vscode.l10n.t('Release Lens: indexing {0}/{1}', status.indexed, status.total)}`;
      item.tooltip = status.message ?? vscode.l10n.t('Indexing press releases: {0} of {1} documents.', status.indexed, status.total);
      item.command = 'releaseLens.showOutput';
    } else if (status.state === 'error') {
      item.text = `$(error) ${vscode.l10n.t('Release Lens')}`;
      item.tooltip = status.message ?? vscode.l10n.t('Release Lens hit an error. Click to show the output.');
      item.command = 'releaseLens.showOutput';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else if (status.errors > 0 || status.warnings > 0) {
      item.text = `$(error) ${status.errors} $(warning) ${status.warnings}`;
      item.tooltip = vscode.l10n.t('Release Lens: {0} documents, {1} errors, {2} warnings. Click to open the Problems panel.', status.total, status.errors, status.warnings);
      item.command = 'workbench.actions.view.problems';
    } else {
      item.text = `$(check) ${vscode.l10n.t('Release Lens')}`;
      item.tooltip = status.message ?? vscode.l10n.t('Release Lens: {0} documents, no problems.', status.total);
      item.command = 'releaseLens.showOutput';
    }
    item.accessibilityInformation = { label: typeof item.tooltip === 'string' ? item.tooltip : item.text };
    item.show();
  }
}
