// Publishing findings: which documents to publish when (only those whose findings
// changed; an open document only once the index holds its editor text, under the
// spelling the editor uses), and the status notification with the counts. The session
// decides when to publish; this file says what and how.
import { existsSync } from 'node:fs';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { Settings } from '../../../common/src/settings';
import { statusNotification } from '../../../common/src/protocol';
import { uriToFsPath } from '../core/workspace/uri';
import type { WorkspaceIndex } from '../core/workspace/workspaceIndex';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import type { OpenDocuments } from './documents';
import { lspDiagnostics, type DiagnosticContext } from './lspDiagnostics';
import type { UiLocale } from './messages';
import type { IndexingProgress } from './workspaceScanner';
import { IncomingBytes } from './incomingBytes';

/**
 * A publish waiting for its burst to end: the documents always answered (`force`), all of
 * them (`everything`), those carried over from a publish whose view went stale in its pause
 * (`attempts` times), and the activity it last saw.
 */
interface Queued {
  force: Set<string>;
  everything: boolean;
  carried: Set<string>;
  attempts: number;
  activity: number;
  chunks: number;
  since: number;
  scheduled: boolean;
  /** Wakes it once it has waited MAX_BURST_WAIT_MS for analyses to end. */
  timer?: NodeJS.Timeout;
}

/** Views computed at most for one publish (each followed by a pause for the client's messages). */
const MAX_FLUSH_ATTEMPTS = 4;
/** The most event-loop turns a publish waits for the client's messages to be handled. */
const MAX_PAUSE_TURNS = 64;
/** The longest a publish waits for a burst to end. */
const MAX_BURST_WAIT_MS = 3_000;

/** What publishing needs from the session that owns it. */
export interface PublishingHost {
  readonly connection: Connection;
  readonly index: WorkspaceIndex;
  readonly documents: OpenDocuments;
  settings(): Settings;
  locale(): UiLocale;
  /** The URI to put in an answer about `uri` (the editor's spelling while it is open). */
  clientUri(uri: string): string;
  indexing(): Readonly<IndexingProgress>;
}

export class Publishing {
  private readonly publisher: DiagnosticsPublisher;
  /** Per document, the spelling its findings (when not none) were last published under. */
  private readonly spellingsPublished = new Map<string, string>();
  /** Per open document, the editor spelling whose text the index holds. */
  private readonly analysedSpelling = new Map<string, string>();
  /** The publish held until the burst of analyses ends (see queue). */
  private queued: Queued | undefined;
  /** What the client has sent: a message still arriving is part of the burst. */
  private readonly bytes = new IncomingBytes();
  /** Analyses storing now (begin/end), and a count of every start and end (a burst goes on while it moves). */
  private analysing = 0;
  private activity = 0;

  constructor(
    private readonly host: PublishingHost,
    /** Resolves once messages the client sent meanwhile have been handled (pauseForClient; a test passes its own). */
    private readonly pauseForMessages: () => Promise<void> = () => this.pauseForClient(),
  ) {
    this.publisher = new DiagnosticsPublisher((uri, version, diagnostics) => this.sendDiagnostics(uri, version, diagnostics));
  }

  /** The index now holds the editor's text of `uri` as spelled `spelling` (undefined: it no longer does). */
  analysed(uri: string, spelling: string | undefined): void {
    if (spelling === undefined) this.analysedSpelling.delete(uri);
    else this.analysedSpelling.set(uri, spelling);
  }

  private diagnosticContext(): DiagnosticContext {
    const { host } = this;
    return { index: host.index, settings: host.settings(), locale: host.locale(), clientUri: (uri) => host.clientUri(uri), stillThere: (uri) => this.stillThere(uri) };
  }

  /**
   * Whether `uri` is still a document the editor can show: open, or a file on disk. A file
   * deleted on disk stays in the index until its watched-file event is handled; an answer
   * sent meanwhile must not point into it (nor publish findings for it).
   */
  private stillThere(uri: string): boolean {
    if (this.host.documents.get(uri)) return true;
    const file = uriToFsPath(uri);
    return file !== undefined && existsSync(file);
  }

  lspDiagnostics(uri: string): Diagnostic[] {
    return lspDiagnostics(this.diagnosticContext(), uri);
  }

  /**
   * Publishes the diagnostics of every indexed document whose findings changed (and of
   * `force`, always; of all with `everything`), once the burst of analyses this belongs to
   * has ended: a publish computes the workspace view when a store invalidated it, and a
   * restarted editor reopening twenty documents (each message handled in its own turn)
   * would compute it twenty times. Waits while analyses are storing (begin/end), and a
   * turn more while new ones start.
   */
  queue(force?: string, everything = false): void {
    this.activity++;
    const queued = this.pending();
    if (force) queued.force.add(force);
    if (everything) queued.everything = true;
    this.scheduleFlush();
  }

  /** The publish waiting for its burst to end (a new one if none is). */
  private pending(): Queued {
    this.queued ??= { force: new Set(), everything: false, carried: new Set(), attempts: 0, activity: this.activity, chunks: this.bytes.chunks, since: performance.now(), scheduled: false };
    return this.queued;
  }

  /** An analysis whose findings will be queued starts storing. */
  begin(): void {
    this.analysing++;
    this.activity++;
  }

  /** It is done: the burst may have ended. */
  end(): void {
    this.analysing--;
    this.activity++;
    this.scheduleFlush();
  }

  /** Bytes from the client were read (a message, or part of one; over IPC, a whole message). */
  incoming(chunk: Uint8Array): void {
    this.bytes.observe(chunk);
  }

  /**
   * One turn of the event loop, in which what the client sent meanwhile is read; when
   * something was, the turns its handlers take (one a message). A publish usually waits
   * one turn, not three.
   */
  private async pauseForClient(): Promise<void> {
    const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
    let seen = this.bytes.messages;
    await turn();
    // vscode-jsonrpc handles one message a turn, two turns after reading it: as many turns as
    // messages came in, and more while more come (up to MAX_PAUSE_TURNS).
    for (let turns = 1; (this.bytes.messages !== seen || this.bytes.partial) && turns < MAX_PAUSE_TURNS; ) {
      const arrived = this.bytes.messages - seen;
      seen = this.bytes.messages;
      for (let i = 0; i < arrived + 2; i++, turns++) await turn();
    }
  }

  private scheduleFlush(): void {
    const queued = this.queued;
    if (!queued || queued.scheduled) return;
    // While analyses run, the last to end schedules it (no turn spent polling meanwhile), or
    // the timer once it waited MAX_BURST_WAIT_MS: a huge document read in slices (seconds,
    // with requests answered between them) does not hold every other document's findings.
    if (this.analysing > 0 && !this.overdue(queued)) return this.wakeWhenOverdue(queued);
    queued.scheduled = true;
    setImmediate(() => {
      queued.scheduled = false;
      if (this.analysing > 0 && !this.overdue(queued)) return this.wakeWhenOverdue(queued);
      // Something started or ended in the turn, or bytes were read, or a message is half read: the burst goes on
      // (for at most MAX_BURST_WAIT_MS: a client that never stops sending still gets its findings).
      const moved = queued.activity !== this.activity || queued.chunks !== this.bytes.chunks || this.bytes.partial;
      if (moved && !this.overdue(queued)) {
        queued.activity = this.activity;
        queued.chunks = this.bytes.chunks;
        this.scheduleFlush();
        return;
      }
      this.queued = undefined;
      if (queued.timer) clearTimeout(queued.timer);
      void this.flush(queued);
    });
  }

  private overdue(queued: Queued): boolean {
    return performance.now() - queued.since >= MAX_BURST_WAIT_MS;
  }

  private wakeWhenOverdue(queued: Queued): void {
    if (queued.timer) return;
    queued.timer = setTimeout(() => {
      queued.timer = undefined;
      if (this.queued === queued) this.scheduleFlush();
    }, Math.max(0, MAX_BURST_WAIT_MS - (performance.now() - queued.since)) + 1);
  }

  /**
   * Publishes what a queue asked for. An open document's findings are labelled with the
   * editor version of the text they were computed from; while its editor text is still
   * being read (the index holds the disk's), nothing is published for it. They are read
   * once the messages the client sent meanwhile have been handled: while the view was being computed (tens of milliseconds in a large
   * workspace, more under load) the editor may have closed one of these documents, and
   * a publish read before that close is handled would put findings (or related places)
   * in a document the editor no longer has (the fuzzer's ghost-diagnostics-at-publish and
   * dangling-location). The view is computed first, so that the pause comes after the
   * long part; what is published is read after the pause.
   */
  private async flush(queued: Queued): Promise<void> {
    const { force } = queued;
    // The client's messages are read before the view is computed too: under load a restarted
    // editor's reopened documents arrive in several reads, and an open among them starts a
    // burst this publish joins, at the cost of a turn, not of a view.
    await this.pauseForMessages();
    if (this.queued && queued.attempts < MAX_FLUSH_ATTEMPTS) return this.carryOver(queued, queued.carried);
    const uris = new Set([...queued.carried, ...this.urisToPublish(force, queued.everything)]);
    await this.pauseForMessages();
    // A message handled in this pause (an edit) made the view stale: what this was to publish
    // goes with that edit's burst, read after its own pause (no computation between the last
    // pause and the publish).
    if (!this.host.index.viewCurrent && queued.attempts < MAX_FLUSH_ATTEMPTS) return this.carryOver(queued, uris);
    for (const uri of uris) this.publishOne(uri, force.has(uri));
    this.sendStatus();
  }

  /** Hands what `queued` was to publish (`uris` besides its forced ones) to the burst now pending. */
  private carryOver(queued: Queued, uris: Iterable<string>): void {
    const next = this.pending();
    for (const uri of queued.force) next.force.add(uri);
    for (const uri of uris) next.carried.add(uri);
    next.everything ||= queued.everything;
    next.attempts = Math.max(next.attempts, queued.attempts + 1);
    this.scheduleFlush();
  }

  /**
   * As queue, for the end of the background index (every document at once): in
   * slices of a few milliseconds, awaiting `pause` (which lets requests in) between them.
   */
  async publishAllInSlices(pause: () => Promise<void>, sliceMs = 8): Promise<void> {
    let sliceStart = performance.now();
    for (const uri of this.urisToPublish()) {
      this.publishOne(uri);
      if (performance.now() - sliceStart < sliceMs) continue;
      await pause();
      sliceStart = performance.now();
    }
    this.sendStatus();
  }

  /** Publishes a notice of the server's own (a file it did not read), always. */
  publishNotice(uri: string, notice: Diagnostic): void {
    this.publisher.publish(uri, undefined, [notice], true);
  }

  /** Clears what was published for `uri` (`always`: even if nothing was), and updates the status if it did. */
  clear(uri: string, always = false): void {
    if (this.publisher.clear(uri, always)) this.sendStatus();
  }

  /** Publishes diagnostics the session made itself (the catalog's problems). */
  sendDiagnostics(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    // Under the spelling the editor uses for `uri` now; findings published under another
    // spelling of the same file before (a client that opened it twice) are cleared.
    const { connection } = this.host;
    const spelling = this.host.clientUri(uri);
    const before = this.spellingsPublished.get(uri);
    if (before !== undefined && before !== spelling) connection.sendDiagnostics({ uri: before, diagnostics: [] });
    // Remembered whatever the spelling (the canonical one too: a notice published before the
    // editor opened the file under its own spelling is cleared there when the spelling changes).
    if (diagnostics.length > 0) this.spellingsPublished.set(uri, spelling);
    else this.spellingsPublished.delete(uri);
    connection.sendDiagnostics({ uri: spelling, version, diagnostics });
  }

  sendStatus(): void {
    const { index } = this.host;
    const indexing = this.host.indexing();
    void this.host.connection.sendNotification(statusNotification, {
      // Still indexing while the workspace view that ends the index is being computed.
      state: indexing.active || index.viewDeferred ? 'indexing' : 'ready',
      indexed: indexing.indexed,
      total: Math.max(indexing.total, index.size),
      ...this.publisher.counts,
    });
  }

  private urisToPublish(forced: ReadonlySet<string> = new Set(), everything = false): string[] {
    const { index } = this.host;
    const changed = index.takeChangedDiagnostics();
    const uris = changed === 'all' || everything ? index.uris() : [...changed].filter((u) => index.get(u));
    if (changed !== 'all' && !everything) for (const uri of forced) if (!changed.has(uri)) uris.push(uri);
    return uris;
  }

  private publishOne(uri: string, forced = false): void {
    const indexed = this.host.index.get(uri);
    if (!indexed) return;
    const open = this.host.documents.get(uri) !== undefined;
    // Open but the index holds the disk's text, or closed but it still holds the editor's: the right text is on its way.
    if (open === (indexed.version === undefined)) return;
    if (open && this.analysedSpelling.get(uri) !== this.host.clientUri(uri)) return; // another spelling's text is on its way
    if (!open && !this.stillThere(uri)) return; // deleted on disk: its event removes it and clears its findings
    this.publisher.publish(uri, open ? indexed.version : undefined, this.lspDiagnostics(uri), forced);
  }
}
