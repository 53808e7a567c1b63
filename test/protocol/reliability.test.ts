// What the fuzzer found (issue 16), over stdio as an editor drives the server: file names
// VS Code spells differently from Node, a catalog reload overlapping edits, diagnostics
// labelled with their own version, untitled documents, catalogs that are not UTF-8 or
// nested too deep, bad request parameters, a tokenizer-killing run of digits.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DocumentSymbolRequest,
  ErrorCodes,
  FileChangeType,
  HoverRequest,
  type PublishDiagnosticsParams,
  ResponseError,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { SAMPLE_FILES, copySamples, readSample } from '../helpers/samples';

/** VS Code's URI for a path (URI.file(p).toString()): all but [A-Za-z0-9-._~/] percent-encoded. */
function vscodeUri(p: string): string {
  return 'file://' + p.split('/').map((seg) => [...seg].map((c) => (/[A-Za-z0-9\-._~]/.test(c) ? c : [...Buffer.from(c)].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''))).join('')).join('/');
}

/** The next diagnostics published for `uri` (not the last one already received). */
function nextPublish(client: TestLspClient, uri: string): Promise<PublishDiagnosticsParams> {
  let skip = client.diagnostics.has(uri);
  return client.waitForDiagnostics(uri, () => (skip ? ((skip = false), false) : true));
}

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Every range of a publish lies inside `text`. */
function inBounds(p: PublishDiagnosticsParams, text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  return p.diagnostics.every((d) => d.range.end.line < lines.length && d.range.end.character <= lines[d.range.end.line].length && d.range.start.line < lines.length);
}

const catalog = { entities: [{ id: 'lab:liaohe-lab', type: 'lab', names: { en: 'Liaohe Laboratory', zh: '辽河实验室', ja: '遼河実験室' }, aliases: ['遼河ラボ'] }] };

describe('odd file names, catalogs, untitled documents and bad requests', () => {
  const workspace = copySamples();
  const client = new TestLspClient();
  // As downloads are named: parentheses and a percent sign.
  const jaFile = workspace.file('hunnan-2026-conference (1).ja.txt');
  const enFile = workspace.file('hunnan 100%.en.txt');
  const catalogFile = path.join(workspace.dir, 'release-lens.json');
  const catalogUri = pathToFileURL(catalogFile).toString();
  const jaText = readSample(SAMPLE_FILES.hunnanJa);
  const jaUri = vscodeUri(jaFile);
  const aliasSymbols = async () => (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '遼河ラボ' })) ?? [];

  before(async () => {
    renameSync(workspace.file(SAMPLE_FILES.hunnanJa), jaFile);
    renameSync(workspace.file(SAMPLE_FILES.hunnanEn), enFile);
    writeFileSync(catalogFile, JSON.stringify(catalog, null, 2));
    await client.initialize(workspace.dir);
    await client.waitForStatus((s) => s.state === 'ready' && s.total >= 5);
  });

  after(() => {
    client.kill();
    workspace.dispose();
  });

  it('a file opened under VS Code\'s spelling of ( ) and % is one document of its family, answered under that spelling', async () => {
    await client.open(jaUri, jaText.replace('28キロ', '38キロ'));
    const published = await client.waitForDiagnostics(jaUri, (p) => p.version === 1);
    assert.ok(published.diagnostics.some((d) => d.code === 'figure-mismatch'));
    const related = published.diagnostics.flatMap((d) => d.relatedInformation ?? []).map((r) => r.location.uri);
    assert.ok(related.includes(vscodeUri(enFile)), `related places name the % file as VS Code does: ${related.join(' ')}`);
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: jaUri } });
    assert.match(lenses?.[0]?.command?.title ?? '', /^3 versions/);
    // Nothing is published under Node's spelling of the same file: it would be a second document.
    assert.ok(!client.diagnostics.has(pathToFileURL(jaFile).toString()));
    // The Node spelling of a request finds the same document.
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: pathToFileURL(jaFile).toString() } });
    assert.ok((symbols ?? []).length > 0);
  });

  it('a catalog saved as UTF-16 with a BOM is read; one with a byte that is not UTF-8 gets a diagnostic and the last good catalog stays', async () => {
    assert.equal((await aliasSymbols()).length, 1);
    writeFileSync(catalogFile, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(catalog, null, 2), 'utf16le')]));
    let published = nextPublish(client, catalogUri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: catalogUri, type: FileChangeType.Changed }] });
    assert.deepEqual((await published).diagnostics, []);
    assert.equal((await aliasSymbols()).length, 1);

    writeFileSync(catalogFile, Buffer.concat([Buffer.from(JSON.stringify({ entities: [] })), Buffer.from('\n// caf\xe9', 'latin1')]));
    published = nextPublish(client, catalogUri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: catalogUri, type: FileChangeType.Changed }] });
    const bad = await published;
    assert.equal(bad.diagnostics.length, 1);
    assert.match(bad.diagnostics[0].message, /not valid UTF-8/);
    assert.equal((await aliasSymbols()).length, 1, 'the last good catalog is still in force');
  });

  it('a catalog nested 20,000 levels deep gets a diagnostic, and code actions still answer', async () => {
    writeFileSync(catalogFile, '['.repeat(20_000));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: catalogUri, type: FileChangeType.Changed }] });
    const deep = await client.waitForDiagnostics(catalogUri, (p) => p.diagnostics.some((d) => /Nested more than/.test(d.message)));
    assert.equal(deep.diagnostics.length, 1);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: jaUri }, range, context: { diagnostics: [{ range, message: 'x', source: 'Release Lens', code: 'figure-mismatch' }] } });
    assert.ok(Array.isArray(actions));
    writeFileSync(catalogFile, JSON.stringify(catalog, null, 2));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: catalogUri, type: FileChangeType.Changed }] });
    await client.waitForDiagnostics(catalogUri, (p) => p.diagnostics.length === 0);
  });

  it('annotate with a type that is not an entity type is refused with InvalidParams, and nothing is written', async () => {
    const before = readFileSync(catalogFile, 'utf8');
    await assert.rejects(
      client.connection.sendRequest('releaseLens/annotate', { uri: jaUri, text: '遼河', type: 'city' }),
      (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidParams && /type/.test(error.message),
    );
    assert.equal(readFileSync(catalogFile, 'utf8'), before);
  });

  it('requests with malformed parameters are answered with InvalidParams, not an internal error', async () => {
    for (const params of [{ textDocument: { uri: jaUri }, position: { line: 'x', character: 0 } }, { textDocument: null }, {}]) {
      await assert.rejects(client.connection.sendRequest(HoverRequest.method, params), (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidParams && !/\n\s+at /.test(error.message));
    }
    // The server keeps serving.
    assert.ok(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: jaUri } }));
  });

  it('a closed untitled release leaves its family and its findings are cleared', async () => {
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, readSample(SAMPLE_FILES.hunnanZh).replace('28公里', '48公里'), 'press-release');
    await client.waitForDiagnostics(untitled, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: untitled } });
    await client.waitForDiagnostics(untitled, (p) => p.diagnostics.length === 0);
    const comparison = await client.connection.sendRequest<{ versions: { uri: string }[] }>('releaseLens/comparison', { uri: jaUri });
    assert.ok(!comparison.versions.some((v) => v.uri === untitled));
  });

  it('a file open under two spellings at once: the one touched last is the text, and closing one hands over to the other', async () => {
    const zhFile = workspace.file(SAMPLE_FILES.hunnanZh);
    const copy = zhFile.replace('.zh.txt', ' (copy).zh.txt');
    writeFileSync(copy, readSample(SAMPLE_FILES.hunnanZh));
    const vscode = vscodeUri(copy);
    const node = pathToFileURL(copy).toString();
    await client.open(vscode, readSample(SAMPLE_FILES.hunnanZh));
    await client.waitForDiagnostics(vscode, (p) => p.version === 1);
    const short = readSample(SAMPLE_FILES.hunnanZh).split('\n').slice(0, 3).join('\n');
    await client.open(node, short, 'plaintext', 7);
    await client.waitForDiagnostics(node, (p) => p.version === 7);
    const handedOver = nextPublish(client, vscode);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: node } });
    // The other spelling's text is the file's again: answers come under its spelling, in its text.
    assert.equal((await handedOver).version, 1);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: vscode } })) ?? [];
    const lines = JSON.stringify(symbols).match(/"line":\d+/g)?.map((x) => Number(x.slice(7))) ?? [];
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: vscode, version: 2 }, contentChanges: [{ text: readSample(SAMPLE_FILES.hunnanZh) + '\n' }] });
    const published = await client.waitForDiagnostics(vscode, (p) => p.version === 2);
    assert.ok(inBounds(published, readSample(SAMPLE_FILES.hunnanZh) + '\n'));
    assert.deepEqual(client.diagnostics.get(node)?.diagnostics ?? [], [], 'nothing left under the closed spelling');
    assert.ok(lines.some((l) => l >= 3), 'symbols from the longer text of the spelling still open');
    rmSync(copy);
  });

  it('a file open under two spellings at once: each is answered in the text it last sent, under its own spelling, and keeps its own findings', async () => {
    const full = readSample(SAMPLE_FILES.hunnanZh);
    const short = full.split('\n').slice(0, 3).join('\n');
    const copy = workspace.file(SAMPLE_FILES.hunnanZh).replace('.zh.txt', ' (2).zh.txt');
    writeFileSync(copy, full);
    const vscode = vscodeUri(copy);
    const node = pathToFileURL(copy).toString();
    const symbolLines = async (uri: string) => {
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? [];
      return JSON.stringify(symbols).match(/"line":\d+/g)?.map((x) => Number(x.slice(7))) ?? [];
    };
    await client.open(vscode, full);
    await client.waitForDiagnostics(vscode, (p) => p.version === 1);
    await client.open(node, short, 'plaintext', 7);
    await client.waitForDiagnostics(node, (p) => p.version === 7);
    // Asked about the spelling not touched last: ranges in that spelling's (longer) text.
    const fullLines = await symbolLines(vscode);
    assert.ok(fullLines.some((l) => l >= 3), `symbols past the short text's three lines: ${fullLines}`);
    const shortLines = await symbolLines(node);
    assert.ok(shortLines.length > 0 && shortLines.every((l) => l < 3), `symbols inside the short text: ${shortLines}`);
    // A location in the file names it as the asker does.
    const references = async (uri: string) => (await client.connection.sendRequest<{ uri: string }[] | null>('textDocument/references', { textDocument: { uri }, position: { line: 1, character: 11 }, context: { includeDeclaration: true } })) ?? [];
    for (const uri of [vscode, node]) {
      const inFile = (await references(uri)).filter((l) => l.uri === vscode || l.uri === node);
      assert.ok(inFile.length > 0 && inFile.every((l) => l.uri === uri), `references asked under ${uri} name ${inFile.map((l) => l.uri)}`);
    }
    // Each spelling keeps the findings of the version it sent (none cleared by the other's publish).
    assert.equal(client.diagnostics.get(vscode)?.version, 1);
    assert.equal(client.diagnostics.get(node)?.version, 7);
    assert.ok(inBounds(client.diagnostics.get(node)!, short) && inBounds(client.diagnostics.get(vscode)!, full));
    // An edit of one spelling, then at once a request about the other: the edit still gets
    // the findings of its version, under its spelling, in its text.
    const longer = full + '\nThe zone added 3 projects.\n';
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: vscode, version: 2 }, contentChanges: [{ text: longer }] });
    assert.ok((await symbolLines(node)).every((l) => l < 3));
    assert.ok(inBounds(await client.waitForDiagnostics(vscode, (p) => p.version === 2), longer));
    assert.equal(client.diagnostics.get(node)?.version, 7);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: node } });
    await client.waitForDiagnostics(node, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: vscode } });
    rmSync(copy);
  });

  it('a Japanese line with 20,000 digits after a type word is read, and other releases still get their findings', async () => {
    const tableUri = pathToFileURL(workspace.file('table.ja.txt')).toString();
    await client.open(tableUri, `遼河研究所の測定値：${'1'.repeat(20_000)}です。\n`);
    await client.waitForDiagnostics(tableUri);
    const edited = jaText.replace('28キロ', '58キロ');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: jaUri, version: 2 }, contentChanges: [{ text: edited }] });
    const published = await client.waitForDiagnostics(jaUri, (p) => p.version === 2);
    assert.ok(published.diagnostics.some((d) => d.code === 'figure-mismatch'));
  });
});

describe('a catalog reload that overlaps edits', () => {
  const workspace = copySamples();
  const client = new TestLspClient();
  const catalogFile = path.join(workspace.dir, 'release-lens.json');
  const en = SAMPLE_FILES.hunnanEn;
  const full = readSample(en);

  before(async () => {
    mkdirSync(path.join(workspace.dir, 'releases'));
    const suzhou = readSample(SAMPLE_FILES.suzhou);
    for (let i = 0; i < 40; i++) writeFileSync(path.join(workspace.dir, 'releases', `archive-${i}.release`), suzhou.replace(/蘇州/g, `蘇州${i}`));
    writeFileSync(catalogFile, JSON.stringify({ entities: [] }));
    await client.startOn(workspace.dir, 45, workspace.uri(en), full);
  });

  after(() => {
    client.kill();
    workspace.dispose();
  });

  it('keeps an edit made while it runs and does not bring back a file deleted meanwhile', async () => {
    const uri = workspace.uri(en);
    const done = client.waitForLog((m) => m.startsWith('Catalog loaded'), client.logMessages.length);
    writeFileSync(catalogFile, JSON.stringify(catalog));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(catalogFile).toString(), type: FileChangeType.Changed }] });
    // The reload has started (its catalog diagnostics come first); now the user cuts the release to its first line and a file is deleted.
    await client.waitForDiagnostics(pathToFileURL(catalogFile).toString());
    const short = full.split('\n')[0];
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: short }] });
    const deleted = path.join(workspace.dir, 'releases', 'archive-39.release');
    rmSync(deleted);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(deleted).toString(), type: FileChangeType.Deleted }] });
    await done;
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? [];
    const lines = JSON.stringify(symbols).match(/"line":\d+/g)?.map((s) => Number(s.slice(7))) ?? [];
    assert.ok(lines.length > 0 && lines.every((l) => l === 0), `every symbol on the one line left: ${lines.join(',')}`);
    assert.deepEqual(await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '蘇州39' }), []);
    const last = client.diagnostics.get(uri)!;
    assert.equal(last.version, 2);
    assert.ok(inBounds(last, short));
  });

  it('labels each publish with the version whose text its ranges are in', async () => {
    const uri = workspace.uri(en);
    const publishes: PublishDiagnosticsParams[] = [];
    const v1 = full.replace('28 kilometers', '38 kilometers');
    for (let round = 0; round < 5; round++) {
      const base = 10 + round * 2;
      const v2 = `${v1}\nA new Liaohe Research Institute ${round} opened.`;
      const v3 = v1.split('\n')[0];
      const texts = new Map([[base, v2], [base + 1, v3]]);
      const settled = client.waitForDiagnostics(uri, (p) => (publishes.push(p), p.version === base + 1));
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: base }, contentChanges: [{ text: v2 }] });
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: base + 1 }, contentChanges: [{ text: v3 }] });
      await settled;
      for (const p of publishes.filter((x) => texts.has(x.version!))) assert.ok(inBounds(p, texts.get(p.version!)!), `version ${p.version}: ranges in its own ${lineCount(texts.get(p.version!)!)}-line text`);
    }
  });
});

describe('a file deleted on disk before its watched-file event arrives', () => {
  const workspace = copySamples();
  const client = new TestLspClient();
  const ja = SAMPLE_FILES.hunnanJa;
  const en = SAMPLE_FILES.hunnanEn;
  const jaText = readSample(ja);

  before(async () => {
    await client.startOn(workspace.dir, 5, workspace.uri(ja), jaText);
  });

  after(() => {
    client.kill();
    workspace.dispose();
  });

  it('publishes no related place in it and no findings for it (the fuzzer\'s dangling-location and ghost-at-publish)', async () => {
    const uri = workspace.uri(ja);
    const enUri = workspace.uri(en);
    // A mismatch with the English version: its findings point into the English file.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: jaText.replace('28キロ', '38キロ') }] });
    const before = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.ok(before.diagnostics.some((d) => (d.relatedInformation ?? []).some((r) => r.location.uri === enUri)), 'a finding relates to the English version');
    // Deleted on disk; the editor's event for it has not arrived yet. An edit meanwhile republishes.
    rmSync(workspace.file(en));
    const publishes: PublishDiagnosticsParams[] = [];
    const settled = client.waitForDiagnostics(uri, (p) => p.version === 3);
    const seen = (p: PublishDiagnosticsParams) => (publishes.push(p), false);
    // Every publish for the English file from now on (the predicate never holds: the wait just listens).
    void client.waitForDiagnostics(enUri, seen).catch(() => undefined);
    publishes.length = 0; // the last one already received (before the deletion) is not one of them
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: jaText.replace('28キロ', '48キロ') }] });
    const after = await settled;
    const related = after.diagnostics.flatMap((d) => d.relatedInformation ?? []).map((r) => r.location.uri);
    assert.ok(!related.includes(enUri), `no related place in the deleted file: ${related.join(' ')}`);
    // The event arrives: the English file's findings are cleared, never republished with findings.
    const cleared = client.waitForDiagnostics(enUri, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: enUri, type: FileChangeType.Deleted }] });
    await cleared;
    assert.ok(publishes.every((p) => p.diagnostics.length === 0), `no findings published for the deleted file: ${publishes.map((p) => p.diagnostics.length).join(',')}`);
  });
});

describe('a Japanese document whose reading never asks for the dictionary', () => {
  const workspace = copySamples();
  const client = new TestLspClient();

  before(async () => {
    // English only: the background index never loads the Japanese dictionary.
    for (const name of Object.values(SAMPLE_FILES)) if (name !== SAMPLE_FILES.hunnanEn) rmSync(workspace.file(name));
    await client.initialize(workspace.dir);
    await client.waitForStatus((s) => s.state === 'ready' && s.total >= 1);
  });

  after(() => {
    client.kill();
    workspace.dispose();
  });

  it('loads it once it is edited, instead of reading every keystroke twice (first without it) for ever', async () => {
    // Kana and figures, no entity type word: recognition never asks kuromoji for tokens.
    const uri = workspace.uri('figures.ja.txt');
    const text = '面積は50万平方メートル、延長は28キロメートル。'.repeat(200);
    const loaded = client.waitForLog((m) => m.startsWith('Japanese dictionary loaded'), client.logMessages.length);
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: text + 'あ' }] });
    await loaded;
    await client.waitForDiagnostics(uri, (p) => p.version === 2);
  });
});

describe('a notice published under the canonical spelling, then the file opened under another', () => {
  const workspace = copySamples();
  const client = new TestLspClient();
  const file = workspace.file('garbled (1).release.txt');

  before(async () => {
    writeFileSync(file, Buffer.from([0x48, 0xff, 0xfe, 0xc3, 0x28]));
    await client.initialize(workspace.dir);
    await client.waitForStatus((s) => s.state === 'ready' && s.total >= 5);
  });

  after(() => {
    client.kill();
    workspace.dispose();
  });

  it('is cleared under the canonical spelling when findings move to the editor\'s (the fuzzer\'s ghost-diagnostics-persist)', async () => {
    const canonical = vscodeUri(file);
    const node = pathToFileURL(file).toString();
    assert.notEqual(canonical, node);
    const notice = await client.waitForDiagnostics(canonical, (p) => p.diagnostics.some((d) => d.code === 'file-skipped'));
    assert.equal(notice.diagnostics.length, 1);
    // The user fixes the file in an editor that spells its URI as Node does, then deletes it and closes the editor.
    await client.open(node, 'Liaohe Laboratory, 28 km.');
    await client.waitForDiagnostics(node, (p) => p.version === 1);
    assert.deepEqual(client.diagnostics.get(canonical)?.diagnostics, [], 'nothing left under the canonical spelling');
    rmSync(file);
    const cleared = client.waitForDiagnostics(node, (p) => p.version === undefined && p.diagnostics.length === 0);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: node } });
    await cleared;
    assert.deepEqual(client.diagnostics.get(canonical)?.diagnostics, []);
  });
});
