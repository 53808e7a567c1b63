// Whether a message from the client is still arriving. A restarted editor reopening a
// 2 MB document sends it in thirty-odd reads of the pipe, with turns of the event loop
// between them in which nothing is handled: a burst of messages is not over while one
// is half read (publishing.ts waits for it rather than compute the view once before it
// and once after). Counts the LSP base protocol's framing (a header ending in a blank
// line, Content-Length bytes of body) without decoding anything.

export class IncomingBytes {
  /** The header read so far of the next message ('' between messages). */
  private header = '';
  /** Body bytes of the current message still to come. */
  private body = 0;
  /** Every chunk read (a burst goes on while this moves). */
  chunks = 0;
  /** Messages read whole (over IPC, each chunk is one). */
  messages = 0;

  observe(chunk: Uint8Array): void {
    this.chunks++;
    if (chunk.length === 0) this.messages++; // a whole message (node IPC)
    let i = 0;
    while (i < chunk.length) {
      if (this.body > 0) {
        const take = Math.min(this.body, chunk.length - i);
        this.body -= take;
        i += take;
        if (this.body === 0) this.messages++;
        continue;
      }
      this.header += String.fromCharCode(chunk[i++]);
      if (this.header.endsWith('\r\n\r\n')) {
        this.body = Number(/content-length:\s*(\d+)/i.exec(this.header)?.[1] ?? 0);
        this.header = '';
        if (this.body === 0) this.messages++;
      } else if (this.header.length > 4096) this.header = ''; // not this framing: stop counting
    }
  }

  /** True while part of a message has been read and the rest has not. */
  get partial(): boolean {
    return this.body > 0 || this.header.length > 0;
  }
}
