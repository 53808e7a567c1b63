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
  /** Per document, the spellings its findings (when not none) were published under and not cleared. */
  private readonly spellingsPublished = new Map<string, Set<string>>();
  /** Per open document, the editor spelling whose text the index holds. */
  private readonly analysedSpelling = new Map<string, string>();
  /** A publish held until the burst of analyses ends (see queue): the documents always answered, and the activity it last saw. */
  private queued: { force: Set<string>; activity: number; scheduled: boolean } | undefined;
  /** Analyses storing now (begin/end), and a count of every start and end (a burst goes on while it moves). */
  private analysing = 0;
  private activity = 0;
  /** Documents whose publish was skipped because the editor's close of them was already on its way in. */
  private readonly skippedForClose = new Set<string>();

  constructor(private readonly host: PublishingHost) {
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
    if (this.host.documents.get(uri) && !this.host.documents.closing(uri)) return true;
    const file = uriToFsPath(uri);
    return file !== undefined && existsSync(file);
  }

  lspDiagnostics(uri: string): Diagnostic[] {
    return lspDiagnostics(this.diagnosticContext(), uri);
  }

  /**
   * Publishes the diagnostics of every indexed document whose findings changed (and of
   * `force`, always). An open document's findings are labelled with the editor version
   * of the text they were computed from; while its editor text is still being read
   * (the index holds the disk's), nothing is published for it.
   */
  publishAll(force?: string | ReadonlySet<string>, everything = false): void {
    const forced = typeof force === 'string' ? new Set([force]) : (force ?? new Set<string>());
    for (const uri of this.urisToPublish(forced, everything)) this.publishOne(uri, forced.has(uri));
    this.sendStatus();
  }

  /**
   * As publishAll (`force` always answered), once the burst of analyses this belongs to
   * has ended: a publish computes the workspace view when a store invalidated it, and a
   * restarted editor reopening twenty documents (each message handled in its own turn)
   * would compute it twenty times. Waits while analyses are storing (begin/end), and a
   * turn more while new ones start.
   */
  queue(force?: string): void {
    this.activity++;
    this.queued ??= { force: new Set(), activity: this.activity, scheduled: false };
    if (force) this.queued.force.add(force);
    this.scheduleFlush();
  }

  /** Sends a publish held by `queue` now, without waiting for the burst to end. */
  flushQueued(): void {
    const queued = this.queued;
    if (!queued) return;
    this.queued = undefined;
    this.publishAll(queued.force);
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

  private scheduleFlush(): void {
    const queued = this.queued;
    // While analyses run, the last to end schedules it (no turn spent polling meanwhile).
    if (!queued || queued.scheduled || this.analysing > 0) return;
    queued.scheduled = true;
    setImmediate(() => {
      queued.scheduled = false;
      if (this.queued !== queued || this.analysing > 0) return; // sent already (flushQueued), or the burst goes on
      if (queued.activity !== this.activity) {
        queued.activity = this.activity;
        this.scheduleFlush();
        return;
      }
      this.queued = undefined;
      this.publishAll(queued.force);
    });
  }

  /**
   * As publishAll, for the end of the background index (every document at once): in
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

  /** Whether a publish of `uri` was skipped for its close (see publishOne); forgets it. */
  takeSkippedForClose(uri: string): boolean {
    return this.skippedForClose.delete(uri);
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
    // Under the spelling the editor uses for `uri` now. Findings published under another
    // spelling are cleared there once it is not open: a notice published under the canonical
    // spelling before the editor opened the file, a spelling closed. A client that has the
    // file open under two spellings keeps each one's findings, labelled with that spelling's
    // version and placed in the text it last sent (see Session.spellingAsked).
    const { connection } = this.host;
    const open = this.host.documents.openSpellings(uri);
    // An open file: the spelling whose text the index holds (normally the one touched last).
    const analysed = this.analysedSpelling.get(uri);
    const spelling = analysed !== undefined && open.includes(analysed) ? analysed : this.host.clientUri(uri);
    const published = this.spellingsPublished.get(uri) ?? new Set<string>();
    for (const before of published) {
      if (before === spelling || open.includes(before)) continue;
      connection.sendDiagnostics({ uri: before, diagnostics: [] });
      published.delete(before);
    }
    if (diagnostics.length > 0) published.add(spelling);
    else published.delete(spelling);
    if (published.size > 0) this.spellingsPublished.set(uri, published);
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
    // Open, but the index does not hold the text of a spelling still open: that text is on its way.
    if (open && !this.host.documents.openSpellings(uri).includes(this.analysedSpelling.get(uri) ?? '')) return;
    if (!open && !this.stillThere(uri)) return; // deleted on disk: its event removes it and clears its findings
    // The editor's close is read but not handled yet: sent now, this would arrive after it.
    // Checked here, as the publish goes out, so that nothing waits for the close meanwhile.
    if (open && this.host.documents.closing(uri)) {
      this.skippedForClose.add(uri);
      return;
    }
    this.publisher.publish(uri, open ? indexed.version : undefined, this.lspDiagnostics(uri), forced);
  }
}
