import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { type Connection, DiagnosticSeverity, type Diagnostic, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../common/src/settings';
import type { DocumentAnalyzer } from '../core/analyzer';
import type { AnalysisCache } from '../core/workspace/analysisCache';
import { createReleaseLens, type ReleaseLens } from '../core/service';
import type { FileSystem } from '../core/workspace/fileSystem';
import type { FeatureContext } from '../core/features/context';
import { nodeFileSystem } from '../node/nodeFileSystem';
import { pathToUri, uriToFsPath } from '../core/workspace/uri';
import { CatalogController } from './catalogController';
import { OpenDocuments, type OpenDocument } from './documents';
import { setBeforeDocumentRequest } from './params';
import type { JapaneseTokenizer } from '../core/text/japaneseTokenizer';
import type { Logger } from '../core/types';
import type { ReadResult } from '../core/workspace/releaseFiles';
import type { WorkspaceIndex } from '../core/workspace/workspaceIndex';
import { uiLocale, type UiLocale, t } from './messages';
import { Publishing } from './publishing';
import { ReleaseSelection } from './releaseSelection';
import { WorkspaceScanner } from './workspaceScanner';
import { yieldToMessages } from './yieldToMessages';

export interface InitOptions {
  include?: string[];
  exclude?: string[];
  storagePath?: string;
  locale?: string;
}

const JAPANESE_TEXT = /[\u3040-\u30ff]/u;

/**
 * The state one language-server connection works on: the open documents, the
 * workspace index, settings and catalog. Feature handlers (one file each) read from
 * it; only this class changes it. Its parts, one file each: which documents are
 * releases (releaseSelection.ts), the background index (workspaceScanner.ts), the
 * catalog (catalogController.ts), findings as LSP diagnostics (lspDiagnostics.ts) and
 * publishing them (publishing.ts, diagnosticsPublisher.ts).
 */
export class Session {
  readonly documents: OpenDocuments;
  readonly logger: Logger;
  /** The engine (core/service.ts); the three below are its parts, named for the handlers. */
  readonly lens: ReleaseLens;
  readonly japanese: JapaneseTokenizer;
  readonly analyzer: DocumentAnalyzer;
  /** Open documents whose paragraphs the analyzer has cached (see updateOpenDocument). */
  private readonly primed = new Set<string>();
  readonly index: WorkspaceIndex;
  settings: Settings = DEFAULT_SETTINGS;
  locale: UiLocale = 'en';
  supportsProgress = false;
  supportsConfiguration = false;

  private readonly selection = new ReleaseSelection();
  private readonly scanner: WorkspaceScanner;
  private readonly catalog: CatalogController;
  private readonly publishing: Publishing;
  private readonly pending = new Map<string, Promise<void>>();
  private cache: AnalysisCache | undefined;

  constructor(readonly connection: Connection, fileSystem: FileSystem = nodeFileSystem) {
    this.logger = {
      info: (m) => connection.console.info(m),
      warn: (m) => connection.console.warn(m),
      error: (m) => connection.console.error(m),
    };
    this.documents = new OpenDocuments(this.logger);
    this.lens = createReleaseLens({ fileSystem, logger: this.logger, maxFileSizeKB: DEFAULT_SETTINGS.maxFileSizeKB, relativePath: (uri) => this.relativePath(uri) });
    this.japanese = this.lens.japanese;
    this.analyzer = this.lens.analyzer;
    // A huge document's reading lets the client's messages in between its slices.
    this.analyzer.pause = yieldToMessages;
    this.index = this.lens.index;
    this.publishing = new Publishing({
      connection,
      index: this.index,
      documents: this.documents,
      settings: () => this.settings,
      locale: () => this.locale,
      clientUri: (uri) => this.clientUri(uri),
      indexing: () => this.scanner.progress,
    });
    this.scanner = new WorkspaceScanner({
      lens: this.lens,
      logger: this.logger,
      folders: () => this.selection.folders,
      matches: (rel) => this.selection.matches(rel),
      maxFileBytes: () => this.settings.maxFileSizeKB * 1024,
      relativePath: (uri) => this.relativePath(uri),
      beginProgress: async (total) => {
        if (!this.supportsProgress) return undefined;
        const progress = await this.connection.window.createWorkDoneProgress();
        progress.begin(t(this.locale, 'indexing'), 0, `0/${total}`, false);
        return progress;
      },
      openDocumentsSettled: () => this.openDocumentsSettled(),
      storeFromDisk: (uri, read, publish, readAt) => this.storeFromDisk(uri, read, publish, readAt),
      saveCache: async () => {
        await this.cache?.save().catch((error) => this.logger.warn(`Could not write the analysis cache: ${(error as Error).message}`));
      },
      unloadJapaneseWhenIdle: () => this.unloadJapaneseWhenIdle(),
      publishAllInSlices: (pause, sliceMs) => this.publishing.publishAllInSlices(pause, sliceMs),
      sendStatus: () => this.sendStatus(),
    });
    setBeforeDocumentRequest((clientUri) => this.spellingAsked(clientUri));
    this.catalog = new CatalogController({
      lens: this.lens,
      logger: this.logger,
      folders: () => this.selection.folders,
      catalogSetting: () => this.settings.catalogPath,
      openText: (uri) => this.documents.get(uri)?.getText(),
      cache: () => this.cache,
      sendDiagnostics: (uri, version, diagnostics) => this.publishing.sendDiagnostics(uri, version, diagnostics),
      unloadJapaneseWhenIdle: () => this.unloadJapaneseWhenIdle(),
      publishAll: () => this.publishAll(),
    });
  }

  get workspaceFolders(): readonly string[] {
    return this.selection.folders;
  }

  /** The catalog file's absolute path, once a workspace folder is known. */
  get catalogPath(): string | undefined {
    return this.catalog.path;
  }

  /** The catalog file's canonical URI, once a workspace folder is known. */
  get catalogUri(): string | undefined {
    return this.catalog.uri;
  }

  /** Whether `uri` (canonical) is the catalog file. */
  isCatalog(uri: string): boolean {
    return this.catalog.isCatalog(uri);
  }

  /** The catalog file's text as last read from disk (navigation points into it). */
  get catalogText(): string | undefined {
    return this.catalog.text;
  }

  initialize(options: InitOptions | undefined, folders: string[], locale: string | undefined): void {
    this.selection.folders = folders;
    this.index.setRootPath(folders[0]);
    this.locale = uiLocale(options?.locale ?? locale);
    if (options?.storagePath) {
      this.cache = this.lens.useCache(path.join(options.storagePath, 'analysis-cache'));
    }
    if (options?.include || options?.exclude) {
      this.applySettings({ ...this.settings, include: options.include ?? this.settings.include, exclude: options.exclude ?? this.settings.exclude });
    }
  }

  // ---------------------------------------------------------------- settings

  /** Reads the settings again; returns true when they change which files are releases (a rescan is needed). */
  async refreshSettings(): Promise<boolean> {
    if (!this.supportsConfiguration) return false;
    let raw: unknown;
    try {
      raw = await this.connection.workspace.getConfiguration('releaseLens');
    } catch (error) {
      // A request to the client, which may fail it (closing, or refusing it): the settings in force stay.
      this.logger.warn(`Could not read settings: ${(error as Error).message}`);
      return false;
    }
    const { settings, problems } = parseSettings(raw);
    for (const p of problems) this.logger.warn(`Invalid setting ignored: ${p}`);
    const selection = (x: Settings) => JSON.stringify([x.include, x.exclude, x.maxFileSizeKB]);
    const changed = selection(settings) !== selection(this.settings);
    this.applySettings(settings);
    return changed;
  }

  private applySettings(settings: Settings): void {
    this.settings = settings;
    this.analyzer.maxLength = settings.maxFileSizeKB * 1024;
    this.selection.configure(settings.include, settings.exclude);
  }

  // ---------------------------------------------------------------- which documents

  relativePath(uri: string): string {
    return this.selection.relativePath(uri);
  }

  /** Whether a document is a press release Release Lens should read (see ReleaseSelection.isRelease). */
  isRelease(uri: string, languageId?: string): boolean {
    return this.selection.isRelease(uri, languageId);
  }

  /**
   * Reads the releases next to an opened release that the workspace scan did not (a
   * folder outside samples/ and releases/), with the same size limits.
   */
  async readSiblings(uri: string): Promise<void> {
    const file = uriToFsPath(uri);
    if (!file) return;
    // One burst: the siblings' findings are published once all are read.
    this.publishing.begin();
    try {
      for (const sibling of await this.lens.siblingReleaseFiles(file)) {
        const siblingUri = pathToUri(sibling);
        if (this.index.get(siblingUri) || this.documents.get(siblingUri) || this.selection.excluded(this.relativePath(siblingUri))) continue;
        // The workspace scan reads it (maybe still to come, while the first index runs).
        if (this.selection.scanned(sibling)) continue;
        this.selection.addSibling(sibling);
        await this.updateFromDisk(siblingUri);
      }
    } finally {
      this.publishing.end();
    }
  }

  /** Whether the editor's text of `doc` is read: a release, or a file the index holds (read from disk). */
  tracks(doc: OpenDocument): boolean {
    return !!this.index.get(doc.uri) || this.isRelease(doc.uri, doc.languageId);
  }

  /**
   * A request about `clientUri` is about to be answered. A file open under two spellings
   * at once (a client's doing; VS Code never does it) is one document, with the text of
   * the spelling touched last: asked about the other, the server reads that spelling's
   * text first, so that the answer's ranges are in the text the asker has and its URIs
   * spell the file as the asker does. Undefined (answered at once) in every other case.
   */
  spellingAsked(clientUri: string): Promise<void> | undefined {
    const doc = this.documents.touch(clientUri);
    if (!doc) return undefined;
    // A publish still held for the burst is about the text the index holds now, another
    // spelling's: it goes out before that text is replaced.
    this.publishing.flushQueued();
    if (this.isCatalog(doc.uri)) return this.reloadCatalog();
    if (!this.tracks(doc)) return undefined;
    return this.updateOpenDocument(doc).then(() => {
      // Edited again meanwhile (under either spelling): the answer would not fit the asker's text.
      if (this.documents.entry(doc.uri) !== doc || this.index.get(doc.uri)?.text !== doc.document.getText()) {
        throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while the request waited for it.');
      }
    });
  }

  // ---------------------------------------------------------------- analysis

  /**
   * Analyses an open document's latest text. Concurrent calls for the same document
   * coalesce: only the newest version is analysed; the index drops an analysis whose
   * text was superseded while it ran.
   */
  async updateOpenDocument(open: OpenDocument): Promise<void> {
    const { uri } = open;
    const previous = this.pending.get(uri) ?? Promise.resolve();
    const version = open.document.version;
    await this.answerBeforeDictionary(open, version);
    const run = previous.then(async () => {
      // This spelling's text as of this call (a file open under two spellings: even when the
      // other was touched since, this version gets its findings, see below).
      if (!this.documents.isOpen(open) || open.document.version !== version) return;
      try {
        const text = open.document.getText();
        const spelling = open.clientUri;
        // Published once the burst it belongs to ends (Publishing.queue).
        this.publishing.begin();
        const changed = await this.index.upsert(uri, text, true, version).finally(() => this.publishing.end());
        if (this.index.get(uri)?.version === version) this.publishing.analysed(uri, spelling);
        if (this.index.get(uri)?.version !== version) return; // superseded while it ran
        // The edited document always gets an answer for its new version; others only when their findings changed.
        if (this.documents.entry(uri) === open) this.publishing.queue(uri);
        // Another spelling of the file was touched since (its reading comes next and replaces
        // this text): this spelling's findings go out now, while the index holds its text.
        else this.publishing.publishAll(uri);
        // Opened with the text the index already has (from disk or the disk cache): read it
        // once more as an edited document, after the answer, so that its paragraphs are
        // cached (and the Japanese dictionary loaded, if it was let go) and the first
        // keystroke re-reads one sentence, not the whole release.
        if (!changed && !this.primed.has(uri)) {
          this.primed.add(uri);
          await this.analyzer.analyze(uri, text, true);
        }
      } catch (error) {
        // Kept: this document's analyses are chained, and a rejection would stop every later
        // one. A failure here is a bug; it is logged as an error with its stack.
        this.logger.error(`Analysis of ${this.relativePath(uri)} failed: ${(error as Error).stack ?? error}`);
      }
    });
    this.pending.set(uri, run);
    await run;
    if (this.pending.get(uri) === run) this.pending.delete(uri);
  }

  /**
   * The Japanese dictionary takes half a second or more to load (at start, or after it was
   * let go): until it is there, an edited document is answered at once from a reading
   * without it, not queued behind the full analysis of its previous version. The full
   * reading follows and is published in turn.
   */
  private async answerBeforeDictionary(open: OpenDocument, version: number): Promise<void> {
    const { uri } = open;
    const text = this.documents.entry(uri) === open ? open.document.getText() : undefined;
    if (text === undefined || !this.analyzer.needsJapanese(text) || this.index.get(uri)?.text === text) return;
    // Load it now: a Japanese document is being edited. (A text whose analysis never asks for
    // tokens would otherwise never load it, and every keystroke would be read twice.)
    void this.japanese.load().catch((error) => this.logger.warn((error as Error).message));
    const first = await this.analyzer.analyze(uri, text, false, undefined, false);
    if (this.documents.entry(uri) !== open || open.document.version !== version) return;
    this.index.store(uri, text, first, version, true);
    this.publishing.analysed(uri, open.clientUri);
    this.publishing.queue(uri);
  }

  /** Resolves once no open document's analysis is pending (new edits arriving meanwhile included). */
  private async openDocumentsSettled(): Promise<void> {
    while (this.pending.size > 0) await Promise.race(this.pending.values());
  }

  /** The editor closed `uri`: its text gives way to the file on disk (or to nothing). */
  async closeDocument(uri: string): Promise<void> {
    this.primed.delete(uri);
    this.publishing.analysed(uri, undefined);
    this.index.supersede(uri);
    const skipped = this.publishing.takeSkippedForClose(uri);
    if (!this.index.get(uri) && !this.isRelease(uri)) return;
    // Never saved (untitled:, or a file that is not there): out of the index now, before
    // anything else is published with places in it.
    const file = uriToFsPath(uri);
    if (!file || !existsSync(file)) {
      this.removeFromIndex(uri);
      return;
    }
    await this.updateFromDisk(uri);
    // A publish skipped for this close: the file's findings as on disk go out now (if the
    // disk's text is the editor's, the read above changed nothing and published nothing).
    if (skipped && !this.documents.get(uri)) this.publishing.queue(uri);
    await this.unloadJapaneseWhenIdle();
  }

  /** What the editor features (core/features) are functions of, as this connection sees it. */
  features(): FeatureContext {
    return {
      index: this.index,
      locale: this.locale,
      t: (key, ...args) => t(this.locale, key, ...args),
      clientUri: (uri) => this.clientUri(uri),
      relativePath: (uri) => this.relativePath(uri),
    };
  }

  /** The URI to put in an answer about `uri` (the editor's spelling while it is open). */
  clientUri(uri: string): string {
    return this.documents.clientUri(uri);
  }

  /**
   * Reads a file from disk into the index (background indexing, files changed on disk, a
   * closed editor). A document that is not a file on disk (untitled:) or no longer exists
   * leaves the index and its findings are cleared.
   */
  async updateFromDisk(uri: string, publish = true): Promise<void> {
    if (this.documents.get(uri)) return;
    const file = uriToFsPath(uri);
    if (!file) {
      this.removeFromIndex(uri);
      return;
    }
    const readAt = this.index.now();
    await this.storeFromDisk(uri, await this.lens.readRelease(file, this.settings.maxFileSizeKB * 1024), publish, readAt);
  }

  /** Stores what was read from disk for `uri` (the editor's text, if open, wins). */
  private async storeFromDisk(uri: string, read: ReadResult, publish: boolean, readAt: number): Promise<void> {
    if (this.documents.get(uri)) return; // the editor's text wins over the disk
    if (!read.ok) {
      this.logger.warn(`${this.relativePath(uri)}: ${read.reason}`);
      if (publish) this.removeFromIndex(uri);
      else this.index.remove(uri);
      // A visible notice in the Problems panel (never a pop-up) for a file that was not read.
      if (read.reason !== 'no such file') {
        const notice: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'Release Lens', code: 'file-skipped', message: `Release Lens did not read this file: ${read.reason}.` };
        this.publishing.publishNotice(uri, notice);
      }
      return;
    }
    if ((await this.index.upsert(uri, read.text, false, undefined, readAt)) && publish) this.publishing.queue();
  }

  /** Takes a document out of the index and clears its findings. */
  removeFromIndex(uri: string): void {
    const removed = this.index.remove(uri);
    if (removed) this.publishAll();
    this.publishing.clear(uri, removed);
  }

  /** Re-reads the catalog file and everything that depends on it. */
  reloadCatalog(): Promise<void> {
    return this.catalog.reload();
  }

  /**
   * Lets the Japanese dictionary go while nothing needs it: no scan running and no open
   * document with Japanese in it. It loads again (about half a second) when one opens or
   * a file changes on disk.
   */
  async unloadJapaneseWhenIdle(): Promise<void> {
    if (this.scanner.active || !this.japanese.isLoaded) return;
    const japaneseOpen = () => this.documents.all().some((d) => JAPANESE_TEXT.test(d.document.getText()));
    if (japaneseOpen()) return;
    await this.japanese.unload();
    // One opened while the thread was stopping: load again before its first keystroke.
    // A failed load (the dictionary files) is reported to the next request that awaits it.
    if (japaneseOpen()) void this.japanese.load().catch(() => undefined);
  }

  // ---------------------------------------------------------------- background index

  /** True while the background index is reading the workspace (an export now would be partial). */
  get isIndexing(): boolean {
    return this.scanner.active;
  }

  /** Indexes every release file of the workspace folders, with progress; a newer scan cancels an older one. */
  scanWorkspace(): Promise<void> {
    return this.scanner.scan();
  }

  // ---------------------------------------------------------------- diagnostics (publishing.ts)

  lspDiagnostics(uri: string): Diagnostic[] {
    return this.publishing.lspDiagnostics(uri);
  }

  /** Publishes the findings of every document whose findings changed (and of `force`, always): see Publishing.publishAll. */
  publishAll(force?: string, everything = false): void {
    this.publishing.publishAll(force, everything);
  }

  sendStatus(): void {
    this.publishing.sendStatus();
  }

  /** The text an indexed document's analysis was made from: every offset the index gives is into this text. */
  textOf(uri: string): string | undefined {
    return this.index.get(uri)?.text;
  }
}

