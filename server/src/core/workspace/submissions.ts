// Which text of a document wins when analyses overlap: each text submitted for a
// document takes a ticket, and an analysis is stored only if no newer text (or a
// removal) was submitted for its document while it ran, so a slow analysis never
// overwrites a newer edit or brings a deleted document back.

export class Submissions {
  private readonly submitted = new Map<string, number>();
  private tickets = 0;
  /** When each document was last removed (a tick): a read of its file from before then is stale. */
  private readonly removedAt = new Map<string, number>();

  /** A tick to pass as `readAt` for text read from disk from now on. */
  now(): number {
    return ++this.tickets;
  }

  /** Whether text of `uri` read from disk at `readAt` is from before its removal (a deleted file). */
  readBeforeRemoval(uri: string, readAt: number | undefined): boolean {
    return readAt !== undefined && (this.removedAt.get(uri) ?? -1) > readAt;
  }

  /** Submits a new text of `uri`: the returned function says whether it is still the newest. */
  submit(uri: string): () => boolean {
    const ticket = ++this.tickets;
    this.submitted.set(uri, ticket);
    return () => this.submitted.get(uri) === ticket;
  }

  /** Whether an analysis of `uri` is still running (a text was submitted and neither stored nor dropped). */
  pending(uri: string): boolean {
    return this.submitted.has(uri);
  }

  /** What is stored for `uri` now supersedes any analysis still running for it. */
  settle(uri: string): void {
    this.submitted.delete(uri);
  }

  /** A text of `uri` was stored: it exists again. */
  stored(uri: string): void {
    this.submitted.delete(uri);
    this.removedAt.delete(uri);
  }

  /** `uri` was removed: an analysis still running for it is dropped, and older reads of its file are stale. */
  removed(uri: string): void {
    this.submitted.delete(uri);
    this.removedAt.set(uri, ++this.tickets);
  }
}
