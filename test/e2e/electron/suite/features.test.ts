// Extension-host tests of Release Lens's editor features, through VS Code's own command
// API (the same path the editor uses). Runs in a desktop VS Code (runTest.ts) and, on
// machines without one, in code-server's extension host (test/e2e/codeServer).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HUNNAN, MISMATCH } from '../../shared/workspace';
import {
  activateExtension,
  decodeTokens,
  diagnosticsEvent,
  diagnosticsWhere,
  eventually,
  hoverText,
  hovers,
  openSample,
  positionOf,
  rangeOf,
  sampleUri,
} from './helpers';

const ENTITY = 'Liaohe Laboratory';
const FIGURE = '500,000 square meters';

describe('Release Lens in the extension host', () => {
  let en: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    en = await openSample(HUNNAN.en);
    // The server has analysed the document once it publishes its diagnostics.
    await diagnosticsEvent(en.uri);
  });

  it('hover on an entity lists its mentions in the Japanese and Chinese versions', async () => {
    const text = await eventually(async () => {
      const t = hoverText(await hovers(en.uri, positionOf(en, ENTITY, 3)));
      return t.includes(HUNNAN.ja) && t.includes(HUNNAN.zh) ? t : undefined;
    }, `hover on "${ENTITY}" naming ${HUNNAN.ja} and ${HUNNAN.zh}`);
    assert.match(text, /Liaohe Laboratory/);
  });

  it('hover on a figure shows its normalised value', async () => {
    const text = await eventually(async () => {
      const t = hoverText(await hovers(en.uri, positionOf(en, FIGURE, 2)));
      return t.includes('500,000 m²') ? t : undefined;
    }, `hover on "${FIGURE}" showing 500,000 m²`);
    assert.ok(text.length > 0);
  });

  it('finds the references of an entity in every language', async () => {
    const files = await eventually(async () => {
      const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', en.uri, positionOf(en, ENTITY, 3))) ?? [];
      const names = new Set(locations.map((l) => l.uri.path.split('/').pop()));
      return [HUNNAN.en, HUNNAN.ja, HUNNAN.zh].every((f) => names.has(f)) ? names : undefined;
    }, `references of "${ENTITY}" in ${HUNNAN.en}, ${HUNNAN.ja} and ${HUNNAN.zh}`);
    assert.ok(files.size >= 3);
  });

  it('outlines the document with its entities (Document Symbols)', async () => {
    const symbols = (await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation>>('vscode.executeDocumentSymbolProvider', en.uri)) ?? [];
    const names: string[] = [];
    const walk = (list: Array<vscode.DocumentSymbol | vscode.SymbolInformation>) => {
      for (const s of list) {
        names.push(s.name);
        if ('children' in s && s.children) walk(s.children);
      }
    };
    walk(symbols);
    assert.ok(names.some((n) => n.includes(ENTITY)), `no symbol named ${ENTITY}; symbols: ${JSON.stringify(names.slice(0, 30))}`);
  });

  it('colours entities and figures with semantic tokens', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', en.uri);
    assert.ok(legend, 'no semantic tokens legend');
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', en.uri);
    assert.ok(tokens && tokens.data.length > 0, 'no semantic tokens');
    const decoded = decodeTokens(tokens, legend);
    const at = (range: vscode.Range) => decoded.filter((t) => t.range.intersection(range) && !t.range.intersection(range)!.isEmpty);
    const entityTokens = at(rangeOf(en, ENTITY));
    assert.ok(entityTokens.some((t) => t.type === 'lab'), `"${ENTITY}" should be a lab token; got ${JSON.stringify(entityTokens.map((t) => t.type))}`);
    const figureTokens = at(rangeOf(en, '500,000'));
    assert.ok(figureTokens.some((t) => t.type === 'figure'), `"500,000" should be a figure token; got ${JSON.stringify(figureTokens.map((t) => t.type))}`);
  });

  it('reports a changed figure as a mismatch and its quick fix restores it', async () => {
    const ja = await openSample(HUNNAN.ja);
    const original = rangeOf(ja, MISMATCH.original);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(ja.uri, original, MISMATCH.changed);
    assert.ok(await vscode.workspace.applyEdit(edit), 'could not edit the ja document');
    try {
      const changed = rangeOf(ja, MISMATCH.changed);
      const onFigure = (d: readonly vscode.Diagnostic[]) => d.filter((x) => x.range.intersection(changed) !== undefined);
      const diagnostics = await diagnosticsWhere(ja.uri, (d) => onFigure(d).length > 0);
      const mismatch = onFigure(diagnostics)[0];
      assert.ok(mismatch.message.length > 0);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ja.uri, mismatch.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      const fix = actions.find((a) => a.isPreferred && a.edit) ?? actions.find((a) => a.edit);
      assert.ok(fix?.edit, `no quick fix with an edit for "${mismatch.message}"; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit), `could not apply "${fix.title}"`);
      assert.ok(ja.getText().includes(MISMATCH.original), `after "${fix.title}" the text should read ${MISMATCH.original}`);
      await diagnosticsWhere(ja.uri, (d) => !d.some((x) => x.message === mismatch.message && x.range.start.line === mismatch.range.start.line));
    } finally {
      // The workspace is a temporary copy; still, leave the document as it was on disk.
      await vscode.window.showTextDocument(ja);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('registers Export Annotations… (the export itself is tested over the protocol and the CLI)', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('releaseLens.exportAnnotations'));
  });

  it('keeps the sample untouched on disk', async () => {
    const bytes = await vscode.workspace.fs.readFile(sampleUri(HUNNAN.ja));
    assert.ok(Buffer.from(bytes).toString('utf8').includes(MISMATCH.original));
  });
});
