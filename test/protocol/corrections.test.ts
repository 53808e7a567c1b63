// The correction loop over plain LSP: "Not an Entity" on a false positive is one edit of the
// catalog; once the editor applies it, the name is gone from both open releases, and
// undoing the edit brings it back. Every wait is on a real message from the server.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, DidChangeTextDocumentNotification, DocumentSymbolRequest, type CodeAction, type DocumentSymbol, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestLspClient } from '../helpers/lspClient';
import { positionOf } from '../helpers/samples';

const A = 'The Quarterly Review Council met at Penlow Innovation Park, where Harlow Robotics Co., Ltd. opened a plant.\n';
const B = 'Harlow Robotics Co., Ltd. told the Quarterly Review Council that Penlow Innovation Park will grow.\n';
const CATALOG = '{\n  // kept by the editors\n  "entities": []\n}\n';

describe('the correction loop over LSP', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-lens-corrections-'));
  mkdirSync(path.join(dir, 'releases'));
  writeFileSync(path.join(dir, 'releases', 'a.txt'), A);
  writeFileSync(path.join(dir, 'releases', 'b.txt'), B);
  writeFileSync(path.join(dir, 'release-lens.json'), CATALOG);
  const uri = (name: string) => pathToFileURL(path.join(dir, 'releases', name)).toString();
  const catalogUri = pathToFileURL(path.join(dir, 'release-lens.json')).toString();
  const client = new TestLspClient();

  before(async () => {
    await client.startOn(dir, 2, uri('a.txt'), A);
    await client.open(uri('b.txt'), B);
    await client.waitForDiagnostics(uri('b.txt'));
    await client.open(catalogUri, CATALOG, 'json');
  });
  after(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const names = async (name: string): Promise<string[]> => {
    const groups = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri(name) } })) as DocumentSymbol[];
    return groups.flatMap((g) => (g.children ?? []).map((c) => `${g.name} ${c.name}`));
  };
  /** Sends the catalog's new text as the editor would, and waits until the server has read every release again with it. */
  const changeCatalog = async (text: string, version: number) => {
    const from = client.logMessages.length;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: catalogUri, version }, contentChanges: [{ text }] });
    await client.waitForLog((m) => m.startsWith('Workspace view of'), from);
  };

  it('offers the corrections on an entity, and Not an Entity removes it from both releases; undo brings it back', async () => {
    for (const name of ['a.txt', 'b.txt']) assert.ok((await names(name)).includes('organization Quarterly Review Council'), (await names(name)).join(' | '));
    const at = positionOf(A, 'Review Council');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uri('a.txt') }, range: { start: at, end: at }, context: { diagnostics: [] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Change Type to Lab')), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('Same Entity as…')), titles.join(' | '));
    const reject = actions.find((a) => a.title.startsWith('Not an Entity'));
    assert.ok(reject?.edit?.changes?.[catalogUri], titles.join(' | '));
    const edits = reject.edit.changes[catalogUri] as TextEdit[];
    assert.equal(edits.length, 1, 'one edit: one undo step');
    const changed = TextDocument.applyEdits(TextDocument.create(catalogUri, 'json', 1, CATALOG), edits);
    assert.ok(changed.includes('// kept by the editors') && changed.includes('"reject"'), changed);

    await changeCatalog(changed, 2);
    for (const name of ['a.txt', 'b.txt']) {
      const now = await names(name);
      assert.ok(!now.some((n) => n.endsWith('Quarterly Review Council')), now.join(' | '));
      assert.ok(now.includes('zone Penlow Innovation Park'), now.join(' | '));
    }

    await changeCatalog(CATALOG, 3); // the editor's undo
    for (const name of ['a.txt', 'b.txt']) assert.ok((await names(name)).includes('organization Quarterly Review Council'));
  });
});
