// The background index: finds every release file of the workspace folders and reads them
// into the index, with progress, letting open documents and requests go first. A newer
// scan cancels an older one.
import type { WorkDoneProgressReporter } from 'vscode-languageserver';
import type { ReleaseLens } from '../core/service';
import type { Logger } from '../core/types';
import type { ReadResult } from '../core/workspace/releaseFiles';
import { pathToUri } from '../core/workspace/uri';
import { yieldToMessages } from './yieldToMessages';

/** Releases analysed at once by the background index (tokenizer thread and this one overlap). */
const FILES_IN_FLIGHT = 3;

/** What the scanner needs from the session that owns it. */
export interface ScannerHost {
  readonly lens: ReleaseLens;
  readonly logger: Logger;
  folders(): readonly string[];
  /** Whether a path relative to a workspace folder names a release (the include and exclude globs). */
  matches(relativePath: string): boolean;
  maxFileBytes(): number;
  relativePath(uri: string): string;
  /** A progress bar titled for indexing, when the client supports one. */
  beginProgress(total: number): Promise<WorkDoneProgressReporter | undefined>;
  /** Resolves once no open document's analysis is pending. */
  openDocumentsSettled(): Promise<void>;
  /** Stores what was read from disk (the editor's text, if open, wins). */
  storeFromDisk(uri: string, read: ReadResult, publish: boolean, readAt: number): Promise<void>;
  saveCache(): Promise<void>;
  unloadJapaneseWhenIdle(): Promise<void>;
  /** Publishes every document's findings in slices, awaiting `pause` between them. */
  publishAllInSlices(pause: () => Promise<void>, sliceMs: number): Promise<void>;
  sendStatus(): void;
}

export interface IndexingProgress {
  indexed: number;
  total: number;
  active: boolean;
}

/** The longest the workspace view and its publishing run before they let pending requests in (a keystroke waits at most about this). */
const VIEW_SLICE_MS = 4;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceScanner {
  private state: IndexingProgress = { indexed: 0, total: 0, active: false };
  private generation = 0;

  constructor(private readonly host: ScannerHost) {}

  /** True while the background index is reading the workspace (an export now would be partial). */
  get active(): boolean {
    return this.state.active;
  }

  get progress(): Readonly<IndexingProgress> {
    return this.state;
  }

  /** Indexes every release file of the workspace folders, with progress; a newer scan cancels an older one. */
  async scan(): Promise<void> {
    const { host } = this;
    const index = host.lens.index;
    const generation = ++this.generation;
    const files: string[] = [];
    for (const folder of host.folders()) {
      files.push(...(await host.lens.findReleaseFiles(folder, (rel) => host.matches(rel))));
    }
    if (generation !== this.generation) return;
    this.state = { indexed: 0, total: files.length, active: files.length > 0 };
    // The view of the whole workspace waits for the end of the index (see WorkspaceIndex.deferView).
    index.deferView(true);
    const progress = files.length > 0 ? await host.beginProgress(files.length) : undefined;
    host.sendStatus();
    // Files deleted from now on are not brought back by this scan's reads.
    const readAt = index.now();
    // A few files in flight: while the tokenizer thread reads one release, this thread
    // recognises entities and figures in another.
    const inFlight: Promise<void>[] = [];
    for await (const { file, read } of host.lens.readReleasesAhead(files, host.maxFileBytes())) {
      // Open documents go first: no new release is read while an edit is being analysed.
      await host.openDocumentsSettled();
      if (generation !== this.generation) break;
      // Findings are published once at the end: each publish recomputes the workspace view.
      // One release that fails (a bug, logged as an error) does not stop the index of the others.
      const uri = pathToUri(file);
      inFlight.push(host.storeFromDisk(uri, read, false, readAt).catch((error) => host.logger.error(`Indexing ${host.relativePath(uri)} failed: ${(error as Error).message}`)));
      if (inFlight.length < FILES_IN_FLIGHT) continue;
      await inFlight.shift();
      this.state.indexed++;
      progress?.report(Math.round((100 * this.state.indexed) / files.length), `${this.state.indexed}/${files.length}`);
      if (this.state.indexed % 20 === 0) host.sendStatus();
      // Let hovers and edits of open documents run between files.
      await nextTurn();
    }
    for (const pending of inFlight) {
      await pending;
      this.state.indexed++;
    }
    progress?.done();
    if (generation !== this.generation) return;
    this.state.active = false;
    await host.saveCache();
    // Before the workspace view is computed: that is when memory peaks.
    await host.unloadJapaneseWhenIdle();
    // Between slices of the view and of publishing: a message read meanwhile is handled
    // before the next slice (yieldToMessages), and an edit being analysed goes first.
    const editsFirst = async () => {
      await yieldToMessages();
      await host.openDocumentsSettled();
    };
    // The whole-workspace view (the open documents' view answers meanwhile).
    await index.endDeferredView(editsFirst, VIEW_SLICE_MS);
    if (generation !== this.generation) {
      index.deferView(true); // a newer scan started meanwhile: its end computes the view
      return;
    }
    await host.publishAllInSlices(editsFirst, VIEW_SLICE_MS);
    host.logger.info(`Indexed ${files.length} release files`);
  }
}
