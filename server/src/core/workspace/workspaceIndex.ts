import { type DocumentAnalyzer, hashText } from '../analyzer';
import type { AnalysisCache } from './analysisCache';
import type { Catalog } from '../catalog';
import { checkFamilies, type AlignedFact, alignFamily, prepareChecks } from '../checks';
import { applyWorkspaceGazetteer, type EntityRecord } from '../entities';
import { computeFamilies, computeFamiliesInSteps, type Family } from '../families';
import { runSteps, Slicer } from '../steps';
import type { DocumentAnalysis, EngineDiagnostic, EntityMention, Figure, Logger } from '../types';
import { Submissions } from './submissions';
import { familiesByUri, followRelated, linkMentions, movedFigureSpans, replaceMentions, sameFigures, sameLinkInput, type WorkspaceView } from './workspaceView';

export interface IndexedDocument {
  uri: string;
  text: string;
  analysis: DocumentAnalysis;
  /** The editor's version of `text`, for a document being edited; undefined for text read from disk. */
  version?: number;
  /** A first reading made without the Japanese dictionary (DocumentAnalyzer.analyze, withTokens false): read again. */
  partial?: boolean;
}

export interface MentionLocation {
  uri: string;
  mention: EntityMention;
}

/**
 * The index of all release documents: their analyses, and the views derived from all
 * of them together (canonical entity ids, release families, consistency findings).
 * Knows nothing of LSP; the server and the CLI both drive it. How the view is built and
 * followed after an edit is in workspaceView.ts; this class keeps the documents and
 * decides what to compute again when.
 */
export class WorkspaceIndex {
  private readonly documents = new Map<string, IndexedDocument>();
  private catalog: Catalog | undefined;
  private view: WorkspaceView | undefined;
  private readonly alignments = new Map<string, AlignedFact[]>();
  /** Recognition's document-local mention keys; linking overwrites mention.id with canonical ids. */
  private readonly localIds = new Map<string, string[]>();
  /** Documents changed since the view was computed in ways that leave linking and families as they were. */
  private readonly recheck = new Set<string>();
  /**
   * For documents edited since the view's findings were computed without a change to
   * their figures: their figures as the findings saw them (same figures, same order, other
   * offsets), so findings elsewhere can follow them instead of being checked again.
   */
  private readonly figuresAtView = new Map<string, Figure[] | null>();
  /** Set when an edit changed entities but not figures: linking is redone on the next view. */
  private relink = false;
  /** Documents whose findings may have changed since `takeChangedDiagnostics` was last called; 'all' after a full recompute. */
  private changedDiagnostics: Set<string> | 'all' = 'all';
  /** The text each document is to have (see submissions.ts). */
  private readonly submissions = new Submissions();
  /** Bumped by every catalog change: an analysis made with an older catalog is made again. */
  private catalogGeneration = 0;
  /** While a bulk load runs (see deferView), the view covers only the documents being edited. */
  private deferred = false;
  /** Counts removals and catalog changes: a view computed in steps is stale if it moved (stores are compared one by one). */
  private changes = 0;

  constructor(
    private readonly analyzer: DocumentAnalyzer,
    private readonly logger: Logger,
    private readonly options: { rootPath?: string; relativePath?: (uri: string) => string; cache?: AnalysisCache } = {},
  ) {}

  /** The folder that catalog globs (families, ignore) are relative to. */
  setRootPath(rootPath: string | undefined): void {
    this.changes++;
    this.options.rootPath = rootPath;
    this.invalidate();
  }

  useCache(cache: AnalysisCache): void {
    this.options.cache = cache;
  }

  /**
   * While a bulk load (the cold index) runs, the view of the whole workspace is not
   * computed: at a thousand releases it takes most of a second, and every request that
   * needs it would wait. Until `deferView(false)` the view covers only the documents
   * being edited (those stored with an editor version): their own findings and the links
   * among them, a few milliseconds. Findings of other documents are not republished
   * meanwhile; leaving this mode marks every document's findings changed.
   */
  deferView(defer: boolean): void {
    if (this.deferred === defer) return;
    this.deferred = defer;
    this.invalidate();
  }

  get viewDeferred(): boolean {
    return this.deferred;
  }

  /** Whether the view is computed and up to date: reading findings now costs no computation. */
  get viewCurrent(): boolean {
    return this.view !== undefined && !this.relink && this.recheck.size === 0;
  }

  /**
   * Ends a bulk load without holding requests for the whole of the view's computation:
   * families, linking (in steps of well under a millisecond) and the checks (a few
   * documents at a time) run in slices, with `pause` awaited (told which part runs)
   * whenever a slice ran past `sliceMs`, and the deferred view answers meanwhile.
   * Documents edited meanwhile without a change to their figures or names are
   * taken in as an edit after the view would be; any other change (a document added,
   * removed, or with other figures; the catalog) starts the steps again; after three such
   * starts the view is computed at once.
   */
  async endDeferredView(pause: (step: 'families' | 'link' | 'checks') => Promise<void>, sliceMs = 8): Promise<void> {
    for (let attempt = 0; this.deferred && attempt < 3; attempt++) {
      const changes = this.changes;
      const slicer = new Slicer(pause, sliceMs, () => changes === this.changes && this.deferred);
      const docs = [...this.documents.values()];
      const localIds = new Map(docs.map((d) => [d.uri, this.localIds.get(d.uri) ?? []]));
      const analyses = docs.map((d) => d.analysis);
      const grouped = await slicer.run('families', computeFamiliesInSteps(analyses, { catalogFamilies: this.catalog?.families, rootPath: this.options.rootPath, entityIds: (uri) => this.localIds.get(uri) }));
      if (!grouped) continue;
      const families = grouped.value;
      if (!(await slicer.step('families'))) continue;
      // The deferred view is replaced, not rechecked: documents whose ids move are not marked.
      const linked = await slicer.run('link', linkMentions(analyses, (uri) => this.localIds.get(uri), this.catalog, families, () => undefined));
      if (!linked) continue;
      const { entities, mentionsByEntity } = linked.value;
      if (!(await slicer.step('link'))) continue;
      // What every document states, read now with the ids linking gave (the first checks would read all of it at once).
      let prepared = true;
      for (const d of docs) {
        prepareChecks(d.analysis, d.text);
        if (!(prepared = await slicer.step('checks'))) break;
      }
      if (!prepared) continue;
      const familyByUri = familiesByUri(families);
      // The checks of a partition of the documents (whole families together) give the checks of all of them.
      const diagnostics = new Map<string, EngineDiagnostic[]>();
      const input = { ...this.checkInput(docs), families, entities };
      const groups = [...new Set(docs.map((d) => familyByUri.get(d.uri)?.uris ?? [d.uri]))];
      let stopped = false;
      // One family a call (a few milliseconds; eight at once took tens): the slicer decides when to pause.
      for (let i = 0; i < groups.length && !stopped; i++) {
        for (const [uri, list] of checkFamilies({ ...input, only: new Set(groups[i]) })) diagnostics.set(uri, list);
        stopped = !(await slicer.step('checks'));
      }
      if (stopped || changes !== this.changes || !this.deferred) continue;
      const edited = docs.filter((d) => this.documents.get(d.uri) !== d);
      if (this.documents.size !== docs.length || edited.some((d) => !this.sameFiguresForView(d))) continue;
      this.deferred = false;
      this.invalidate();
      // The deferred view may have linked the open documents again meanwhile (ids are set in place).
      for (const [id, list] of mentionsByEntity) for (const mention of list.mentions) mention.id = id;
      this.view = { entities, mentionsByEntity, families, familyByUri, diagnostics };
      this.changedDiagnostics = 'all';
      for (const before of edited) this.takeEditAfterView(before, localIds.get(before.uri)!);
      this.logger.info(`Workspace view of ${docs.length} documents computed in steps`);
      return;
    }
    this.deferView(false);
  }

  get size(): number {
    return this.documents.size;
  }

  uris(): string[] {
    return [...this.documents.keys()];
  }

  /** A stored document. Its mentions carry canonical ids once any view accessor (entities, families, diagnostics …) has run since the last change. */
  get(uri: string): IndexedDocument | undefined {
    return this.documents.get(uri);
  }

  /**
   * Analyses `text` and stores it, unless a newer text for `uri` was submitted (or it was
   * removed) meanwhile. Returns false when nothing was stored (unchanged or superseded).
   * `interactive`: being edited (see DocumentAnalyzer.analyze); `version`: the editor's
   * version of this text.
   */
  async upsert(uri: string, text: string, interactive = false, version?: number, readAt?: number): Promise<boolean> {
    // Text read from disk before the document was removed (a deleted file) is not brought back.
    if (this.submissions.readBeforeRemoval(uri, readAt)) return false;
    const current = this.submissions.submit(uri);
    const existing = this.documents.get(uri);
    if (existing && existing.text === text && !existing.partial) {
      this.submissions.settle(uri);
      // Opened or closed: a deferred view (which covers the edited documents) changes.
      if (this.deferred && (existing.version === undefined) !== (version === undefined)) this.invalidate();
      existing.version = version;
      return false;
    }
    const cache = this.options.cache;
    const contentHash = hashText(text);
    for (;;) {
      const generation = this.catalogGeneration;
      const cached = cache?.get(uri, contentHash);
      const analysis = cached ?? (await this.analyzer.analyze(uri, text, interactive, contentHash));
      if (!current()) return false;
      if (generation !== this.catalogGeneration) continue; // read with the catalog in force now
      this.submissions.stored(uri);
      // Keystroke versions of an edited document are not worth keeping on disk.
      if (!cached && !interactive) cache?.put(analysis);
      this.store(uri, text, analysis, version);
      return true;
    }
  }

  /** Stores an analysis made elsewhere (a worker, the disk cache). */
  store(uri: string, text: string, analysis: DocumentAnalysis, version?: number, partial?: boolean): void {
    const previous = this.documents.get(uri);
    this.submissions.settle(uri); // what is stored now supersedes any analysis still running for it
    this.documents.set(uri, { uri, text, analysis, version, ...(partial ? { partial } : {}) });
    const localIds = analysis.mentions.map((m) => m.id);
    const previousLocalIds = this.localIds.get(uri);
    this.localIds.set(uri, localIds);
    // A bulk load's documents are outside a deferred view: nothing to redo for them.
    if (this.deferred && previous?.version === undefined && version === undefined) return;
    // The common case while typing: the edit moved text but changed no entity and no
    // figure. Linking and families stay as they are; only this document's family is
    // checked again.
    if (this.view && !this.deferred && previous && previousLocalIds && sameFigures(previous.analysis, analysis)) {
      if (sameLinkInput(previous.analysis, previousLocalIds, analysis, localIds)) {
        analysis.mentions.forEach((m, i) => (m.id = previous.analysis.mentions[i].id));
        replaceMentions(this.view.mentionsByEntity, uri, analysis);
        // Findings elsewhere that point at this document's figures point at moved text now.
        if (!this.figuresAtView.has(uri)) this.figuresAtView.set(uri, previous.analysis.figures);
      } else {
        // Typing inside a name: the figures (so the families) are as they were; linking
        // is redone, which is cheap, and the checks stay limited to what it changed.
        this.relink = true;
        // Findings elsewhere may be about this document's entities: checked again, not followed.
        this.figuresAtView.set(uri, null);
      }
      this.recheck.add(uri);
      const family = this.view.familyByUri.get(uri);
      if (family) this.alignments.delete(family.id);
      return;
    }
    this.invalidate();
  }

  /** Whether what is stored now for `before` (a document as a view was computed from) has the same figures (so the same families). */
  private sameFiguresForView(before: IndexedDocument): boolean {
    const now = this.documents.get(before.uri);
    return !!now && this.localIds.has(before.uri) && sameFigures(before.analysis, now.analysis);
  }

  /** The view was computed from `before`; what is stored now has the same figures: as store() takes such an edit. */
  private takeEditAfterView(before: IndexedDocument, beforeIds: string[]): void {
    const now = this.documents.get(before.uri)!;
    if (sameLinkInput(before.analysis, beforeIds, now.analysis, this.localIds.get(before.uri)!)) {
      now.analysis.mentions.forEach((m, i) => (m.id = before.analysis.mentions[i].id));
      replaceMentions(this.view!.mentionsByEntity, before.uri, now.analysis);
      if (!this.figuresAtView.has(before.uri)) this.figuresAtView.set(before.uri, before.analysis.figures);
    } else {
      this.relink = true; // a name changed: linked again on the next request, the families kept
      this.figuresAtView.set(before.uri, null);
    }
    this.recheck.add(before.uri);
  }

  /** A tick to pass to `upsert` as `readAt` for text read from disk from now on. */
  now(): number {
    return this.submissions.now();
  }

  /** Drops an analysis still running for `uri` (its editor closed): what is stored stays until the disk's text replaces it. */
  supersede(uri: string): void {
    this.submissions.settle(uri);
  }

  remove(uri: string): boolean {
    this.submissions.removed(uri); // an analysis still running for it is dropped
    const removed = this.documents.delete(uri);
    if (removed) this.changes++;
    if (removed && this.changedDiagnostics !== 'all') this.changedDiagnostics.add(uri);
    this.localIds.delete(uri);
    if (removed) this.invalidate();
    return removed;
  }

  setCatalog(catalog: Catalog | undefined): void {
    this.changes++;
    this.catalogGeneration++;
    this.catalog = catalog;
    this.analyzer.catalog = catalog;
    this.invalidate();
  }

  getCatalog(): Catalog | undefined {
    return this.catalog;
  }

  /**
   * Re-reads every document (after the catalog changed, recognition changes too). A
   * document edited or removed meanwhile keeps what happened to it (its newer text is
   * analysed with the new catalog by its own upsert); a newer catalog stops this pass.
   */
  async reanalyzeAll(): Promise<void> {
    const generation = this.catalogGeneration;
    const untouched = (doc: IndexedDocument) => this.documents.get(doc.uri) === doc && !this.submissions.pending(doc.uri) && generation === this.catalogGeneration;
    for (const doc of [...this.documents.values()]) {
      if (!untouched(doc)) continue;
      const analysis = await this.analyzer.analyze(doc.uri, doc.text);
      if (!untouched(doc)) continue;
      this.documents.set(doc.uri, { ...doc, analysis });
      this.localIds.set(doc.uri, analysis.mentions.map((m) => m.id));
      this.options.cache?.put(analysis);
      // Let requests run between documents.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.invalidate();
  }

  /**
   * The documents whose findings may differ from the last time this was asked (so a
   * server republishes only those); 'all' when the whole view was recomputed.
   */
  takeChangedDiagnostics(): Set<string> | 'all' {
    const before = this.view;
    const view = this.getView();
    // A deferred view is recomputed whole for each edit, and covers a few documents: all of them may have changed.
    if (this.deferred && view !== before && this.changedDiagnostics !== 'all') for (const uri of view.uris ?? []) this.changedDiagnostics.add(uri);
    const changed = this.changedDiagnostics;
    this.changedDiagnostics = new Set();
    return changed;
  }

  private invalidate(): void {
    // The documents a deferred view covered may have other findings once it is recomputed.
    const covered = this.deferred ? this.view?.uris : undefined;
    this.view = undefined;
    this.relink = false;
    if (!this.deferred) this.changedDiagnostics = 'all';
    else if (this.changedDiagnostics === 'all') this.changedDiagnostics = new Set(covered);
    else for (const uri of covered ?? []) this.changedDiagnostics.add(uri);
    this.recheck.clear();
    this.figuresAtView.clear();
    this.alignments.clear();
  }

  /** What the checks read: every document's analysis and text, and the catalog's ignored findings. */
  private checkInput(docs = [...this.documents.values()]) {
    return {
      analyses: new Map(docs.map((d) => [d.uri, d.analysis])),
      texts: new Map(docs.map((d) => [d.uri, d.text])),
      ignore: this.catalog?.ignore ?? [],
      uriToRelativePath: (uri: string) => this.relativePath(uri),
    };
  }

  /** Gives every mention its canonical id; a document whose ids moved may have other findings now. */
  private link(analyses: DocumentAnalysis[], families: Family[]): Pick<WorkspaceView, 'entities' | 'mentionsByEntity'> {
    return runSteps(linkMentions(analyses, (uri) => this.localIds.get(uri), this.catalog, families, (uri) => {
      if (this.view) this.recheck.add(uri);
    }));
  }

  private getView(): WorkspaceView {
    if (this.view) {
      if (this.relink) {
        this.relink = false;
        this.alignments.clear(); // alignments read entity ids
        Object.assign(this.view, this.link([...this.documents.values()].map((d) => d.analysis), this.view.families));
      }
      if (this.recheck.size) this.recheckChanged(this.view);
      return this.view;
    }
    const started = Date.now();
    const docs = [...this.documents.values()].filter((d) => !this.deferred || d.version !== undefined);
    const analyses = docs.map((d) => d.analysis);
    // A name recognised in one release is a mention wherever it recurs (entities/gazetteer.ts).
    const gazetteerIds = applyWorkspaceGazetteer(docs.map((d) => ({ text: d.text, mentions: d.analysis.mentions, localIds: this.localIds.get(d.uri) ?? [] })));
    docs.forEach((d, i) => this.localIds.set(d.uri, gazetteerIds[i]));

    // Families first from figures and local entity keys, then linking with the
    // families as evidence, then the checks on linked mentions.
    const families = computeFamilies(analyses, { catalogFamilies: this.catalog?.families, rootPath: this.options.rootPath, entityIds: (uri) => this.localIds.get(uri) });
    const { entities, mentionsByEntity } = this.link(analyses, families);
    const familyByUri = familiesByUri(families);

    const diagnostics = checkFamilies({ ...this.checkInput(docs), families, entities });
    this.view = { entities, mentionsByEntity, families, familyByUri, diagnostics, uris: this.deferred ? docs.map((d) => d.uri) : undefined };
    if (!this.deferred) this.logger.info(`Workspace view of ${docs.length} documents computed in ${Date.now() - started} ms`);
    return this.view;
  }

  /**
   * Checks again only what an edit can have changed: the edited documents' families,
   * and the documents whose findings point at an edited document.
   */
  private recheckChanged(view: WorkspaceView): void {
    const only = new Set<string>();
    for (const uri of this.recheck) {
      only.add(uri);
      for (const member of view.familyByUri.get(uri)?.uris ?? []) only.add(member);
    }
    // Findings of other documents that point at an edited one: their spans follow its
    // figures; checked again only when a span cannot be followed (or its ids moved: then
    // it is in `recheck` itself).
    const moved = movedFigureSpans(this.figuresAtView, (uri) => this.documents.get(uri)?.analysis.figures);
    const followed = new Set<string>();
    for (const [uri, list] of view.diagnostics) {
      if (only.has(uri) || !list.some((d) => d.related.some((r) => this.recheck.has(r.uri)))) continue;
      if (followRelated(list, this.recheck, moved)) followed.add(uri);
      else only.add(uri);
    }
    this.recheck.clear();
    this.figuresAtView.clear();
    if (this.changedDiagnostics !== 'all') for (const uri of followed) this.changedDiagnostics.add(uri);
    // All families: the checks skip those without a checked document, and still need to know which release every other document belongs to.
    const fresh = checkFamilies({ ...this.checkInput(), only, families: view.families, entities: view.entities });
    for (const uri of only) view.diagnostics.set(uri, fresh.get(uri) ?? []);
    if (this.changedDiagnostics !== 'all') for (const uri of only) this.changedDiagnostics.add(uri);
  }

  relativePath(uri: string): string {
    return this.options.relativePath ? this.options.relativePath(uri) : uri;
  }

  entities(): Map<string, EntityRecord> {
    return this.getView().entities;
  }

  entity(id: string): EntityRecord | undefined {
    return this.getView().entities.get(id);
  }

  mentionsOf(entityId: string): MentionLocation[] {
    const list = this.getView().mentionsByEntity.get(entityId);
    return list ? list.mentions.map((mention, i) => ({ uri: list.uris[i], mention })) : [];
  }

  families(): Family[] {
    return this.getView().families;
  }

  familyOf(uri: string): Family | undefined {
    return this.getView().familyByUri.get(uri);
  }

  /** Consistency findings and document notices for one document. */
  diagnostics(uri: string): EngineDiagnostic[] {
    const doc = this.documents.get(uri);
    if (!doc) return [];
    return [...doc.analysis.notices, ...(this.getView().diagnostics.get(uri) ?? [])];
  }

  /** The aligned figures of a document's family (for hovers and the comparison view). */
  alignment(uri: string): AlignedFact[] {
    const family = this.familyOf(uri);
    if (!family) return [];
    const cached = this.alignments.get(family.id);
    if (cached) return cached;
    const analyses = new Map(family.uris.map((u) => [u, this.documents.get(u)!.analysis]));
    const texts = new Map(family.uris.map((u) => [u, this.documents.get(u)!.text]));
    const facts = alignFamily(family, analyses, texts);
    this.alignments.set(family.id, facts);
    return facts;
  }

  /** The mention at an offset, with its canonical id. */
  mentionAt(uri: string, offset: number): EntityMention | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    this.getView(); // ensures canonical ids are assigned
    return findAt(doc.analysis.mentions, offset);
  }

  figureAt(uri: string, offset: number): Figure | undefined {
    const doc = this.documents.get(uri);
    return doc ? findAt(doc.analysis.figures, offset) : undefined;
  }
}

/** Binary search over spans sorted by start; the span containing `offset` (end inclusive, for a cursor just after a word). */
export function findAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let candidate: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      candidate = spans[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return candidate && offset <= candidate.end ? candidate : undefined;
}
