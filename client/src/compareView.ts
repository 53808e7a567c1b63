import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { comparisonRequest, type ComparisonResult } from '../../common/src/protocol';
import { errorMessage, runningClient } from './commands/util';
import { renderComparison, type CompareStrings } from './compareHtml';
import type { ReleaseLensClient } from './languageClient';

interface Position {
  line: number;
  character: number;
}
interface OpenMessage {
  type: 'open';
  uri: string;
  range: { start: Position; end: Position };
}

function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const { line, character } = value as Record<string, unknown>;
  return Number.isInteger(line) && Number.isInteger(character) && (line as number) >= 0 && (character as number) >= 0;
}

/** Messages from the webview are untrusted input: check their shape before use. */
function isOpenMessage(value: unknown): value is OpenMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, uri, range } = value as Record<string, unknown>;
  if (type !== 'open' || typeof uri !== 'string' || typeof range !== 'object' || range === null) return false;
  const { start, end } = range as Record<string, unknown>;
  return isPosition(start) && isPosition(end);
}

/**
 * "Compare Release Versions": a webview with the family's aligned figures, one column per
 * version, mismatches highlighted, every cell a link into its file. One panel, reused;
 * refreshed when diagnostics of any version change.
 */
export class CompareView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private documentUri: vscode.Uri | undefined;
  private sourceColumn = vscode.ViewColumn.One;
  private versions = new Set<string>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly manager: ReleaseLensClient) {
    this.disposables.push(
      vscode.commands.registerCommand('releaseLens.compareVersions', (arg?: unknown) => this.show(arg)),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (this.panel?.visible && event.uris.some((uri) => this.versions.has(uri.toString()))) this.scheduleRefresh();
      }),
    );
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  /** `arg` is a URI (string or vscode.Uri, as a code lens passes it) or nothing for the active editor. */
  private async show(arg?: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : editor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a press release to compare its versions.'));
      return;
    }
    if (editor?.viewColumn) this.sourceColumn = editor.viewColumn;
    this.documentUri = uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('releaseLens.compare', vscode.l10n.t('Compare Release Versions'), vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.versions.clear();
      }, undefined, this.disposables);
      this.panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message), undefined, this.disposables);
      this.panel.onDidChangeViewState((event) => event.webviewPanel.visible && this.scheduleRefresh(), undefined, this.disposables);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    await this.refresh();
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 300);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const uri = this.documentUri;
    if (!panel || !uri) return;
    const client = await runningClient(this.manager);
    if (!client) return;
    let result: ComparisonResult;
    try {
      result = await client.sendRequest(comparisonRequest, { uri: uri.toString() });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Release Lens could not compare the versions: {0}', errorMessage(error)));
      return;
    }
    if (this.panel !== panel) return;
    this.versions = new Set([uri.toString(), ...result.versions.map((v) => v.uri), ...result.rows.flatMap((r) => r.cells.map((c) => c?.uri ?? ''))]);
    this.versions.delete('');
    const mismatches = result.rows.filter((r) => r.mismatch).length;
    const strings: CompareStrings = {
      title: vscode.l10n.t('Compare Release Versions'),
      figure: vscode.l10n.t('Figure'),
      summary: mismatches === 1
        ? vscode.l10n.t('{0} versions · {1} figures · 1 mismatch', result.versions.length, result.rows.length)
        : vscode.l10n.t('{0} versions · {1} figures · {2} mismatches', result.versions.length, result.rows.length, mismatches),
      noFamily: vscode.l10n.t('No other version of this release was found in the workspace.'),
      noRows: vscode.l10n.t('The versions of this release have no figures to compare.'),
      missing: vscode.l10n.t('No counterpart in this version'),
      mismatch: vscode.l10n.t('mismatch'),
      openHint: vscode.l10n.t('Open the file at this figure'),
    };
    panel.title = vscode.l10n.t('Compare: {0}', uri.path.slice(uri.path.lastIndexOf('/') + 1));
    panel.webview.html = renderComparison(result, { cspSource: panel.webview.cspSource, nonce: randomBytes(16).toString('base64'), strings, lang: vscode.env.language });
  }

  private async onMessage(message: unknown): Promise<void> {
    // Only open the versions this view shows.
    if (!isOpenMessage(message) || !this.versions.has(message.uri)) return;
    const { uri, range } = message;
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    try {
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, viewColumn: this.sourceColumn, preserveFocus: false });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Release Lens could not open {0}: {1}', uri, errorMessage(error)));
    }
  }
}
