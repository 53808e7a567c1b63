// Drives the built language server (dist/server.js) over stdio as a plain LSP client
// would: no VS Code. Every wait is on a real message from the server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  HoverRequest,
  type InitializeResult,
  type MarkupContent,
  ReferencesRequest,
  SemanticTokensRequest,
  DocumentSymbolRequest,
} from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { SAMPLE_FILES, copySamples, positionOf, readSample } from '../helpers/samples';

describe('language server over stdio', () => {
  const workspace = copySamples();
  const client = new TestLspClient();
  let init: InitializeResult;
  const en = SAMPLE_FILES.hunnanEn;
  const enText = readSample(en);

  before(async () => {
    init = (await client.startOn(workspace.dir, 5, workspace.uri(en), enText)) as InitializeResult;
  });

  after(async () => {
    client.kill();
    workspace.dispose();
  });

  it('announces hover, semantic tokens with the entity and figure legend, and code actions', () => {
    const caps = init.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.semanticTokensProvider?.legend.tokenTypes, ['zone', 'lab', 'project', 'organization', 'figure']);
    assert.ok(caps.codeActionProvider);
    assert.ok(caps.referencesProvider);
  });

  it('the unedited English sample has no error-severity finding', () => {
    const published = client.diagnostics.get(workspace.uri(en))!;
    assert.deepEqual(published.diagnostics.filter((d) => d.severity === 1), []);
  });

  it('hover on an entity lists its mentions in the Japanese and Chinese versions', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: workspace.uri(en) },
      position: positionOf(enText, 'Liaohe Laboratory', 3),
    });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /hunnan-2026-conference\.ja\.txt/);
    assert.match(value, /hunnan-2026-conference\.zh\.txt/);
  });

  it('hover on a figure shows its normalised value', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: workspace.uri(en) },
      position: positionOf(enText, '500,000 square meters', 2),
    });
    assert.match((hover?.contents as MarkupContent).value, /500,000 m²/);
  });

  it('find all references reaches all three languages', async () => {
    const refs = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: workspace.uri(en) },
      position: positionOf(enText, 'Liaohe Laboratory', 1),
      context: { includeDeclaration: true },
    });
    const files = new Set((refs ?? []).map((r) => r.uri.split('/').pop()));
    assert.ok(files.has(SAMPLE_FILES.hunnanJa) && files.has(SAMPLE_FILES.hunnanZh) && files.has(en), [...files].join(', '));
  });

  it('semantic tokens mark the lab and the figures', async () => {
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: workspace.uri(en) } });
    const data = tokens!.data;
    assert.ok(data.length > 0 && data.length % 5 === 0);
    const decoded: { line: number; character: number; length: number; type: number }[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      decoded.push({ line, character, length: data[i + 2], type: data[i + 3] });
    }
    const lab = positionOf(enText, 'Liaohe Laboratory');
    assert.ok(decoded.some((t) => t.line === lab.line && t.character <= lab.character && t.character + t.length >= lab.character + 'Liaohe Laboratory'.length && t.type === 1), 'a lab token over "Liaohe Laboratory"');
    const figure = positionOf(enText, '28 kilometers');
    assert.ok(decoded.some((t) => t.line === figure.line && t.character === figure.character && t.type === 4), 'a figure token on "28 kilometers"');
  });

  it('the outline groups entities by type', async () => {
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: workspace.uri(en) } });
    const groups = (symbols ?? []).map((s) => s.name);
    assert.ok(groups.includes('zone') && groups.includes('lab'), groups.join(', '));
  });

  it('an edit that changes one figure raises figure-mismatch pointing at the other versions, with a quick fix', async () => {
    const position = positionOf(enText, '28 kilometers');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: workspace.uri(en), version: 2 },
      contentChanges: [{ range: { start: position, end: { line: position.line, character: position.character + 2 } }, text: '38' }],
    });
    const published = await client.waitForDiagnostics(workspace.uri(en), (p) => p.diagnostics.some((d) => d.code === 'figure-mismatch'));
    const mismatch = published.diagnostics.find((d) => d.code === 'figure-mismatch')!;
    assert.equal(mismatch.range.start.line, position.line);
    assert.equal(mismatch.range.start.character, position.character);
    const relatedFiles = (mismatch.relatedInformation ?? []).map((r) => r.location.uri.split('/').pop()).sort();
    assert.deepEqual(relatedFiles, [SAMPLE_FILES.hunnanJa, SAMPLE_FILES.hunnanZh]);

    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: workspace.uri(en) },
      range: mismatch.range,
      context: { diagnostics: [mismatch] },
    });
    const fix = (actions ?? []).find((a) => 'edit' in a && a.isPreferred);
    assert.ok(fix && 'edit' in fix, 'a preferred quick fix');
    const edit = fix.edit!.changes![workspace.uri(en)][0];
    assert.match(edit.newText, /^28\b/);
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

describe('the Japanese dictionary after the background index', () => {
  const workspace = copySamples();
  const client = new TestLspClient();
  const en = SAMPLE_FILES.hunnanEn;
  const ja = SAMPLE_FILES.hunnanJa;
  const jaText = readSample(ja);

  before(async () => {
    // Only an English release is open: nothing needs the dictionary once the archive is read.
    await client.startOn(workspace.dir, 5, workspace.uri(en), readSample(en));
  });

  after(() => {
    client.kill();
    workspace.dispose();
  });

  it('is let go while no Japanese release is open, loaded again when one opens, and edits are read in full', async () => {
    const released = client.logMessages.indexOf(await client.waitForLog((m) => m.includes('Japanese dictionary released')));
    await client.open(workspace.uri(ja), jaText);
    await client.waitForLog((m) => m.startsWith('Japanese dictionary loaded'), released);
    // An edit that changes one figure: its finding needs the whole document read again, tokens included.
    const edited = jaText.replace('50万平方メートル', '60万平方メートル');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: workspace.uri(ja), version: 2 },
      contentChanges: [{ text: edited }],
    });
    const published = await client.waitForDiagnostics(workspace.uri(ja), (p) => p.version === 2);
    assert.ok(published.diagnostics.some((d) => d.code === 'figure-mismatch'), 'the changed figure is found');
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: workspace.uri(ja) },
      position: positionOf(edited, '渾南科学技術都市', 2),
    });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /Hunnan Science and Technology City/);
    assert.match(value, /hunnan-2026-conference\.en\.txt/);
  });
});
