// Files created, changed or deleted on disk while the editor is open (a git checkout,
// another program) are picked up from the client's file events.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType, ReferencesRequest } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { SAMPLE_FILES, copySamples, positionOf, readSample } from '../helpers/samples';

describe('files changed on disk', () => {
  const workspace = copySamples();
  const client = new TestLspClient();
  const en = SAMPLE_FILES.hunnanEn;
  const enText = readSample(en);
  const added = 'follow-up.en.txt';
  const referencingFiles = async () => {
    const refs = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: workspace.uri(en) },
      position: positionOf(enText, 'Liaohe Laboratory', 1),
      context: { includeDeclaration: true },
    });
    return new Set((refs ?? []).map((r) => r.uri.split('/').pop()));
  };

  before(async () => {
    await client.startOn(workspace.dir, 5, workspace.uri(en), enText);
  });

  after(() => {
    client.kill();
    workspace.dispose();
  });

  it('a created file is indexed and its mentions count', async () => {
    writeFileSync(workspace.file(added), 'SHENYANG, March 9, 2027 -- The Liaohe Laboratory opened a second building of 12,000 square meters.\n');
    const indexed = client.nextStatus((s) => s.total >= 6);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: workspace.uri(added), type: FileChangeType.Created }] });
    await indexed;
    assert.ok((await referencingFiles()).has(added));
  });

  it('a deleted file leaves the index', async () => {
    rmSync(workspace.file(added));
    const removed = client.nextStatus((s) => s.total === 5);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: workspace.uri(added), type: FileChangeType.Deleted }] });
    await removed;
    assert.ok(!(await referencingFiles()).has(added));
  });
});
