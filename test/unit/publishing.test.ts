// Publishing findings while the editor closes a document (the fuzzer's
// ghost-diagnostics-at-publish and dangling-location): a close the server has read off the
// wire but not handled yet stops a publish for that document as it goes out, without
// the publish waiting for anything. Over a real socket and vscode-jsonrpc, as the server
// reads its messages.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, connect, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader as ClientReader, StreamMessageWriter as ClientWriter } from 'vscode-jsonrpc/node';
import { DEFAULT_SETTINGS } from '../../common/src/settings';
import { createReleaseLens } from '../../server/src/core/service';
import { silentLogger } from '../../server/src/core/types';
import { InMemoryFileSystem } from '../../server/src/core/workspace/inMemoryFileSystem';
import { OpenDocuments } from '../../server/src/lsp/documents';
import { IncomingCloses } from '../../server/src/lsp/incomingCloses';
import { Publishing } from '../../server/src/lsp/publishing';
import { yieldToMessages } from '../../server/src/lsp/yieldToMessages';

async function socketPair(): Promise<{ server: Socket; client: Socket; close: () => void }> {
  const listener = createServer();
  listener.listen(0, '127.0.0.1');
  await once(listener, 'listening');
  const { port } = listener.address() as { port: number };
  const accepted = once(listener, 'connection');
  const client = connect(port, '127.0.0.1');
  await once(client, 'connect');
  const [server] = (await accepted) as [Socket];
  return { server, client, close: () => (client.destroy(), server.destroy(), listener.close()) };
}

const frame = (message: object) => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

describe('closes on their way in', () => {
  it('are read from the framing, split anywhere, and forgotten once handled', () => {
    const closes = new IncomingCloses();
    const uri = 'file:///w/release%20(1).ja.txt';
    const bytes = Buffer.from(frame({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x'.repeat(70_000) }] } }) + frame({ method: 'textDocument/didClose', params: { textDocument: { uri } } }));
    for (let i = 0; i < bytes.length; i += 997) closes.observe(bytes.subarray(i, i + 997));
    assert.equal(closes.has(uri), true);
    closes.handled(uri);
    assert.equal(closes.has(uri), false);
  });
});

describe('publishing while the editor closes a document', () => {
  it('publishes nothing for an unsaved document whose close was read before the publish went out', async () => {
    const { server, client, close } = await socketPair();
    const connection = createConnection(new StreamMessageReader(server), new StreamMessageWriter(server));
    const editor = createMessageConnection(new ClientReader(client), new ClientWriter(client));
    const published: { uri: string; diagnostics: unknown[] }[] = [];
    editor.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => published.push(p));
    editor.onNotification('releaseLens/status', () => undefined);
    const documents = new OpenDocuments(silentLogger);
    const lens = createReleaseLens({ fileSystem: new InMemoryFileSystem({}), logger: silentLogger });
    const publishing = new Publishing({
      connection, index: lens.index, documents, settings: () => DEFAULT_SETTINGS, locale: () => 'en',
      clientUri: (u) => documents.clientUri(u), indexing: () => ({ indexed: 0, total: 0, active: false }),
    });
    // As server.ts feeds the session: the bytes are seen beside the connection's reader.
    server.on('data', (chunk: Buffer) => documents.incomingCloses.observe(chunk));
    const uri = 'untitled:Untitled-1';
    const closed = new Promise<void>((resolve) => documents.onDidClose((doc) => {
      // As the session closes an unsaved document: out of the index, its findings cleared.
      publishing.analysed(doc.uri, undefined);
      lens.index.remove(doc.uri);
      publishing.clear(doc.uri, true);
      resolve();
    }));
    documents.listen(connection);
    connection.listen();
    editor.listen();
    try {
      // A date that cannot exist: the document's own notice, a finding to publish.
      const text = 'The plant opens on 31 February 2026.\n';
      client.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'press-release', version: 1, text } } }));
      while (!documents.get(uri)) await yieldToMessages();
      await lens.index.upsert(uri, text, true, 1);
      publishing.analysed(uri, uri);
      assert.ok(lens.index.diagnostics(uri).length > 0, 'the document has a finding');
      // The editor closes it; the server reads the bytes and queues the publish before the
      // connection has handled the close (it decodes and dispatches a few turns later).
      const read = once(server, 'data');
      client.write(frame({ method: 'textDocument/didClose', params: { textDocument: { uri } } }));
      await read;
      assert.ok(documents.get(uri), 'the close is not handled yet');
      publishing.queue(uri);
      await closed;
      for (let i = 0; i < 5; i++) await yieldToMessages();
      assert.deepEqual(published.filter((p) => p.uri === uri).map((p) => p.diagnostics.length), [0], 'only the clearing publish');
    } finally {
      editor.dispose();
      connection.dispose();
      close();
    }
  });

  it('publishes at once when no close is on its way in (nothing waits for the client)', async () => {
    const { server, client, close } = await socketPair();
    const connection = createConnection(new StreamMessageReader(server), new StreamMessageWriter(server));
    const documents = new OpenDocuments(silentLogger);
    const lens = createReleaseLens({ fileSystem: new InMemoryFileSystem({}), logger: silentLogger });
    const sent: string[] = [];
    const publishing = new Publishing({
      connection: { ...connection, sendDiagnostics: async (p: { uri: string }) => void sent.push(p.uri), sendNotification: async () => undefined } as unknown as typeof connection,
      index: lens.index, documents, settings: () => DEFAULT_SETTINGS, locale: () => 'en',
      clientUri: (u) => documents.clientUri(u), indexing: () => ({ indexed: 0, total: 0, active: false }),
    });
    server.on('data', (chunk: Buffer) => documents.incomingCloses.observe(chunk));
    documents.listen(connection);
    connection.listen();
    const editor = createMessageConnection(new ClientReader(client), new ClientWriter(client));
    editor.listen();
    try {
      const uri = 'untitled:Untitled-2';
      const text = 'The plant opens on 31 February 2026.\n';
      client.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'press-release', version: 1, text } } }));
      while (!documents.get(uri)) await yieldToMessages();
      await lens.index.upsert(uri, text, true, 1);
      publishing.analysed(uri, uri);
      publishing.queue(uri);
      await new Promise<void>((resolve) => setImmediate(resolve));
      assert.deepEqual(sent, [uri], 'sent on the turn after the burst ended');
    } finally {
      editor.dispose();
      connection.dispose();
      close();
    }
  });
});
