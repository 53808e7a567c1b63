// The pause between slices of the end of the index: a message the client sent while a
// slice ran reaches its handler before the next slice starts (through vscode-jsonrpc, as
// the server reads it, over a real socket: the bytes arrive in the event loop's poll phase).
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, connect, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
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

describe('yieldToMessages', () => {
  it('lets a message that arrived during a slice be handled before the next slice starts', async () => {
    const { server, client, close } = await socketPair();
    const connection = createMessageConnection(new StreamMessageReader(server), new StreamMessageWriter(server));
    let slice = 0;
    let handledIn: number | undefined;
    connection.onNotification('textDocument/didChange', () => (handledIn ??= slice));
    connection.listen();
    try {
      // Slices back to back, as the end of the index runs them (each after a pause, so from the
      // loop's check phase); the edit is sent while the first runs.
      await yieldToMessages();
      for (slice = 1; slice <= 10 && handledIn === undefined; slice++) {
        if (slice === 1) client.write(frame({ method: 'textDocument/didChange', params: {} }));
        await yieldToMessages();
      }
      assert.equal(handledIn, 1, 'handled in the pause after the slice it arrived in');
    } finally {
      connection.dispose();
      close();
    }
  });
});
