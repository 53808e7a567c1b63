// Publishing findings while the editor closes a document (the fuzzer's
// ghost-diagnostics-at-publish and dangling-location): a close the client sent while the
// server was busy is handled before the findings are read, so nothing is published for a
// document the editor no longer has. Over a real socket and vscode-jsonrpc, as the server
// reads its messages (the bytes arrive in the event loop's poll phase).
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

describe('publishing while the editor closes a document', () => {
  it('publishes nothing for an unsaved document whose close arrived before the publish went out', async () => {
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
      clientUri: (uri) => documents.clientUri(uri), indexing: () => ({ indexed: 0, total: 0, active: false }),
    });
    server.on('data', (chunk: Buffer) => publishing.incoming(chunk));
    const uri = 'untitled:Untitled-1';
    const opened = new Promise<void>((resolve) => documents.onDidOpen(() => resolve()));
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
      await opened;
      await lens.index.upsert(uri, text, true, 1);
      publishing.analysed(uri, uri);
      assert.ok(lens.index.diagnostics(uri).length > 0, 'the document has a finding');
      // The editor closes it while the server is still working on the analysis's publish.
      client.write(frame({ method: 'textDocument/didClose', params: { textDocument: { uri } } }));
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

  it('lets a close queued behind other messages be handled before publishing (one turn a message)', async () => {
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
    server.on('data', (chunk: Buffer) => publishing.incoming(chunk));
    connection.onNotification('$/noop', () => undefined);
    const uri = 'untitled:Untitled-1';
    const closed = new Promise<void>((resolve) => documents.onDidClose((doc) => {
      publishing.analysed(doc.uri, undefined);
      lens.index.remove(doc.uri);
      publishing.clear(doc.uri, true);
      resolve();
    }));
    documents.listen(connection);
    connection.listen();
    editor.listen();
    try {
      const text = 'The plant opens on 31 February 2026.\n';
      client.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'press-release', version: 1, text } } }));
      while (!documents.get(uri)) await yieldToMessages();
      await lens.index.upsert(uri, text, true, 1);
      publishing.analysed(uri, uri);
      // While the findings are computed, the editor sends five notifications and then the close.
      const take = lens.index.takeChangedDiagnostics.bind(lens.index);
      lens.index.takeChangedDiagnostics = () => {
        client.write([1, 2, 3, 4, 5].map(() => frame({ method: '$/noop', params: {} })).join('') + frame({ method: 'textDocument/didClose', params: { textDocument: { uri } } }));
        lens.index.takeChangedDiagnostics = take;
        return take();
      };
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

  it('pauses again when a message handled in the pause made the view stale (its computation is not followed by a publish at once)', async () => {
    const { server, client, close } = await socketPair();
    const connection = createConnection(new StreamMessageReader(server), new StreamMessageWriter(server));
    const editor = createMessageConnection(new ClientReader(client), new ClientWriter(client));
    const published: { uri: string; diagnostics: unknown[] }[] = [];
    editor.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => published.push(p));
    editor.onNotification('releaseLens/status', () => undefined);
    const documents = new OpenDocuments(silentLogger);
    const lens = createReleaseLens({ fileSystem: new InMemoryFileSystem({}), logger: silentLogger });
    const uri = 'untitled:Untitled-1';
    const other = 'untitled:Untitled-2';
    let pauses = 0;
    const publishing = new Publishing({
      connection, index: lens.index, documents, settings: () => DEFAULT_SETTINGS, locale: () => 'en',
      clientUri: (u) => documents.clientUri(u), indexing: () => ({ indexed: 0, total: 0, active: false }),
    }, async () => {
      await yieldToMessages();
      // At the end of the first pause: another document's edit was stored (the view is stale), and the
      // editor's close of `uri` arrives while the view is computed again.
      if (++pauses === 1) {
        await lens.index.upsert(other, 'Revenue rose 12% to 3.4 million in 2025.\n', true, 2);
        client.write(frame({ method: 'textDocument/didClose', params: { textDocument: { uri } } }));
      }
    });
    const closed = new Promise<void>((resolve) => documents.onDidClose((doc) => {
      publishing.analysed(doc.uri, undefined);
      lens.index.remove(doc.uri);
      publishing.clear(doc.uri, true);
      resolve();
    }));
    documents.listen(connection);
    connection.listen();
    editor.listen();
    try {
      const text = 'The plant opens on 31 February 2026.\n';
      client.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'press-release', version: 1, text } } }));
      while (!documents.get(uri)) await yieldToMessages();
      await lens.index.upsert(uri, text, true, 1);
      await lens.index.upsert(other, 'Revenue rose 10% in 2025.\n', true, 1);
      publishing.analysed(uri, uri);
      publishing.queue(uri);
      await closed;
      for (let i = 0; i < 5; i++) await yieldToMessages();
      assert.deepEqual(published.filter((p) => p.uri === uri).map((p) => p.diagnostics.length), [0], 'only the clearing publish');
      assert.ok(pauses >= 2, `paused ${pauses} times`);
    } finally {
      editor.dispose();
      connection.dispose();
      close();
    }
  });

  it('does not hold other documents\' findings for the whole of a long analysis (a huge document read in slices)', async () => {
    const { server, client, close } = await socketPair();
    const connection = createConnection(new StreamMessageReader(server), new StreamMessageWriter(server));
    const editor = createMessageConnection(new ClientReader(client), new ClientWriter(client));
    const documents = new OpenDocuments(silentLogger);
    const lens = createReleaseLens({ fileSystem: new InMemoryFileSystem({}), logger: silentLogger });
    const publishing = new Publishing({
      connection, index: lens.index, documents, settings: () => DEFAULT_SETTINGS, locale: () => 'en',
      clientUri: (u) => documents.clientUri(u), indexing: () => ({ indexed: 0, total: 0, active: false }),
    });
    const uri = 'untitled:Untitled-1';
    const text = 'The plant opens on 31 February 2026.\n';
    const published = new Promise<number>((resolve) => editor.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
      if (p.uri === uri) resolve(p.diagnostics.length);
    }));
    editor.onNotification('releaseLens/status', () => undefined);
    documents.listen(connection);
    connection.listen();
    editor.listen();
    try {
      client.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'press-release', version: 1, text } } }));
      while (!documents.get(uri)) await yieldToMessages();
      await lens.index.upsert(uri, text, true, 1);
      publishing.analysed(uri, uri);
      publishing.begin(); // another document's analysis, still running when the test ends
      publishing.queue(uri);
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('nothing published within 10 s')), 10_000).unref());
      assert.equal(await Promise.race([published, timeout]), 1);
    } finally {
      editor.dispose();
      connection.dispose();
      close();
    }
  });

  it('waits while a message is half read (a restarted editor reopening a large document), then publishes once', async () => {
    const { server, client, close } = await socketPair();
    const connection = createConnection(new StreamMessageReader(server), new StreamMessageWriter(server));
    const editor = createMessageConnection(new ClientReader(client), new ClientWriter(client));
    const published: string[] = [];
    editor.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => published.push(p.uri));
    editor.onNotification('releaseLens/status', () => undefined);
    const documents = new OpenDocuments(silentLogger);
    const lens = createReleaseLens({ fileSystem: new InMemoryFileSystem({}), logger: silentLogger });
    const publishing = new Publishing({
      connection, index: lens.index, documents, settings: () => DEFAULT_SETTINGS, locale: () => 'en',
      clientUri: (uri) => documents.clientUri(uri), indexing: () => ({ indexed: 0, total: 0, active: false }),
    });
    const opened: string[] = [];
    documents.onDidOpen((doc) => opened.push(doc.uri));
    server.on('data', (chunk: Buffer) => publishing.incoming(chunk));
    documents.listen(connection);
    connection.listen();
    editor.listen();
    try {
      const open = (uri: string, text: string) => frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'press-release', version: 1, text } } });
      const first = 'untitled:Untitled-1';
      const text = 'The plant opens on 31 February 2026.\n';
      client.write(open(first, text));
      while (opened.length < 1) await yieldToMessages();
      await lens.index.upsert(first, text, true, 1);
      publishing.analysed(first, first);
      // The next document's message: its first half now, the rest later.
      const second = open('untitled:Untitled-2', text.repeat(2000));
      const half = Math.floor(second.length / 2);
      client.write(second.slice(0, half));
      publishing.queue(first);
      for (let i = 0; i < 20; i++) await yieldToMessages();
      assert.equal(published.length, 0, 'nothing published while the message is half read');
      client.write(second.slice(half));
      while (!published.includes(first)) await yieldToMessages();
      assert.deepEqual(opened, [first, 'untitled:Untitled-2']);
    } finally {
      editor.dispose();
      connection.dispose();
      close();
    }
  });
});
