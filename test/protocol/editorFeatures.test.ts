// Editor features as any LSP client sees them: code lens, comparison, inlay hints,
// workspace symbols, definition, and hover text in the client's display language.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeLensRequest,
  DefinitionRequest,
  HoverRequest,
  InlayHintRequest,
  type MarkupContent,
  WorkspaceSymbolRequest,
  DidChangeConfigurationNotification,
} from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { SAMPLE_FILES, copySamples, positionOf, readSample } from '../helpers/samples';

describe('editor features over LSP (Japanese display language)', () => {
  const workspace = copySamples();
  const client = new TestLspClient();
  const ja = SAMPLE_FILES.hunnanJa;
  const jaText = readSample(ja);

  before(async () => {
    await client.startOn(workspace.dir, 5, workspace.uri(ja), jaText, 'ja');
  });

  after(() => {
    client.kill();
    workspace.dispose();
  });

  it('hover cards speak the display language and show the normalised value', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: workspace.uri(ja) },
      position: positionOf(jaText, '50万平方メートル', 1),
    });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /500,000 m²/);
    assert.match(value, /他の版での対応/, 'the counterparts heading in Japanese');
    assert.match(value, /hunnan-2026-conference\.en\.txt/);
    assert.match(value, /一致/);
  });

  it('a code lens at the top says how many versions the release has', async () => {
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: workspace.uri(ja) } });
    assert.equal(lenses?.length, 1);
    assert.match(lenses![0].command!.title, /3 版/);
    assert.equal(lenses![0].command!.command, 'releaseLens.compareVersions');
  });

  it('the comparison lists aligned figures, one column per version', async () => {
    const result = (await client.connection.sendRequest('releaseLens/comparison', { uri: workspace.uri(ja) })) as {
      versions: { uri: string }[];
      rows: { mismatch: boolean; cells: ({ text: string } | null)[] }[];
    };
    assert.equal(result.versions.length, 3);
    const road = result.rows.find((r) => r.cells.some((c) => c?.text.startsWith('28キロ')));
    assert.ok(road, 'the 28 km road network is one row');
    assert.equal(road.cells.filter(Boolean).length, 3);
    assert.equal(road.mismatch, false);
  });

  it('inlay hints are off by default and show the normalised value when switched on', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: jaText.split('\n').length, character: 0 } };
    assert.deepEqual(await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: workspace.uri(ja) }, range }), []);
    client.settings = { inlayHints: { enabled: true } };
    // The server re-reads its settings, then republishes and sends a status: wait for that.
    const applied = client.nextStatus();
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await applied;
    const hints = await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: workspace.uri(ja) }, range });
    assert.ok(hints?.some((h) => String(h.label).includes('500,000 m²')), JSON.stringify(hints?.map((h) => h.label)));
  });

  it('workspace symbols find an entity by its name in another language', async () => {
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '辽河' });
    assert.ok(symbols && symbols.length > 0);
    assert.ok(symbols.some((s) => 'location' in s && 'uri' in s.location));
  });

  it('go to definition on an entity with no catalog entry goes to its first mention', async () => {
    const definition = await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: workspace.uri(ja) },
      position: positionOf(jaText, 'Liaohe Laboratory', 2),
    });
    assert.ok(definition && !Array.isArray(definition) && 'uri' in definition);
  });
});
