// Closes the client has sent that the server has read off the wire but not handled yet.
// vscode-jsonrpc decodes and dispatches a message a few event-loop turns after its bytes
// are read; a publish computed meanwhile would go out for a document the editor has
// already closed (the fuzzer's ghost-diagnostics-at-publish and dangling-location).
// Reading the framing beside the connection's reader lets a publish skip such a document
// at the moment it is sent, without waiting a single turn for the close to be handled.
// Only small messages are kept and looked into: a close is a few hundred bytes, an
// opened document megabytes.

/** Bodies larger than this are skipped unread (a close never is). */
const MAX_KEPT_BODY = 64 * 1024;
const CLOSE_METHOD = 'textDocument/didClose';

export class IncomingCloses {
  /** Per URI as the client spelled it, closes read and not yet handled. */
  private readonly pending = new Map<string, number>();
  /** The header read so far of the next message ('' between messages). */
  private header = '';
  /** Body bytes of the current message still to come. */
  private remaining = 0;
  /** The current body's chunks, when it is small enough to look into. */
  private body: Buffer[] | undefined;

  /** Bytes read from the client over stdio (the base protocol's framing). */
  observe(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - i);
        this.body?.push(Buffer.from(chunk.subarray(i, i + take)));
        this.remaining -= take;
        i += take;
        if (this.remaining === 0) this.endBody();
        continue;
      }
      this.header += String.fromCharCode(chunk[i++]);
      if (this.header.endsWith('\r\n\r\n')) {
        this.remaining = Number(/content-length:\s*(\d+)/i.exec(this.header)?.[1] ?? 0);
        this.header = '';
        this.body = this.remaining <= MAX_KEPT_BODY ? [] : undefined;
        if (this.remaining === 0) this.endBody();
      } else if (this.header.length > 4096) this.header = ''; // not this framing: stop looking
    }
  }

  /** A whole message read (node IPC delivers them decoded). */
  observeMessage(message: unknown): void {
    const m = message as { method?: unknown; params?: { textDocument?: { uri?: unknown } } } | null;
    if (m?.method !== CLOSE_METHOD) return;
    const uri = m.params?.textDocument?.uri;
    if (typeof uri === 'string') this.pending.set(uri, (this.pending.get(uri) ?? 0) + 1);
  }

  /** The close of `clientUri` is being handled now. */
  handled(clientUri: unknown): void {
    if (typeof clientUri !== 'string') return;
    const n = this.pending.get(clientUri) ?? 0;
    if (n <= 1) this.pending.delete(clientUri);
    else this.pending.set(clientUri, n - 1);
  }

  /** Whether a close of `clientUri` has been read and not handled yet. */
  has(clientUri: string): boolean {
    return this.pending.has(clientUri);
  }

  private endBody(): void {
    const body = this.body;
    this.body = undefined;
    if (!body) return;
    const text = Buffer.concat(body).toString('utf8');
    if (!text.includes(CLOSE_METHOD)) return;
    try {
      this.observeMessage(JSON.parse(text));
    } catch {
      // Not JSON: the connection's reader reports it; nothing is pending.
    }
  }
}
