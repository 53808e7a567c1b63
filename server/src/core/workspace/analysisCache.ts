import * as path from 'node:path';
import { z } from 'zod';
import { internStrings } from '../text/intern';
import type { DocumentAnalysis } from '../types';
import type { FileSystem } from './fileSystem';

// The on-disk cache of document analyses, keyed by content hash and engine version, so
// that reopening a large workspace does not re-tokenise it. Whatever is read back is
// validated: a corrupt, foreign or old cache is ignored and rebuilt, never trusted.

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const figureSchema = z.object({
  ...span,
  text: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string(),
  bound: z.string(),
  counted: z.string().optional(),
  note: z.string().optional(),
  confidence: z.number().optional(),
});
/** Notes on dates that cannot exist: they depend on the text alone, so they are stored with its analysis. */
const impossibleDateSchema = z.object({ ...span, message: z.string() });
const mentionSchema = z.object({ ...span, text: z.string(), type: z.enum(['zone', 'lab', 'project', 'organization']), id: z.string(), source: z.enum(['catalog', 'pattern', 'shortForm']), reading: z.string().optional() });
const cachedAnalysisSchema = z.object({
  contentHash: z.string(),
  language: z.enum(['ja', 'zh', 'en', 'mixed']),
  figures: z.array(figureSchema),
  mentions: z.array(mentionSchema),
  dateline: z.string().optional(),
  impossibleDates: z.array(impossibleDateSchema).optional(),
});
const cacheHeaderSchema = z.object({ engineVersion: z.string(), catalogKey: z.string() });
const cacheLineSchema = z.tuple([z.string(), z.unknown()]);

type CachedAnalysis = z.infer<typeof cachedAnalysisSchema>;

/** An analysis this session uses, with the local mention keys it had when analysed (linking overwrites mention.id in place). */
interface HeldAnalysis {
  analysis: DocumentAnalysis;
  localIds: string[];
}

export class AnalysisCache {
  /** Loaded from disk and not asked for yet. */
  private entries = new Map<string, CachedAnalysis>();
  /**
   * Analyses asked for or added since the load: only these are written back, so stale
   * entries age out. They are the index's own objects, not copies: an archive's
   * analyses are held in memory once.
   */
  private readonly held = new Map<string, HeldAnalysis>();
  private dirty = false;
  private writing: Promise<void> | undefined;

  constructor(
    private readonly fs: FileSystem,
    private readonly directory: string,
    private readonly engineVersion: string,
    /** Analyses depend on the catalog too: a different catalog means a different cache. */
    private catalogKey = '',
  ) {}

  private get file(): string {
    return path.join(this.directory, 'analyses.jsonl');
  }

  /**
   * Loads the cache file; returns how many entries were usable. Never throws. The file is
   * JSON lines (a header, then one [hash, analysis] per line), read as a stream, so a
   * large archive's cache never has to fit in one string.
   */
  async load(): Promise<number> {
    this.entries.clear();
    try {
      let header = true;
      for await (const line of this.fs.readLines(this.file)) {
        if (header) {
          header = false;
          const parsed = cacheHeaderSchema.safeParse(parseJson(line));
          if (!parsed.success || parsed.data.engineVersion !== this.engineVersion || parsed.data.catalogKey !== this.catalogKey) break;
          continue;
        }
        const record = cacheLineSchema.safeParse(parseJson(line));
        if (!record.success) continue;
        const entry = cachedAnalysisSchema.safeParse(record.data[1]);
        if (entry.success && entry.data.contentHash === record.data[0]) this.entries.set(record.data[0], entry.data);
      }
    } catch {
      this.entries.clear(); // absent or unreadable: start empty
    }
    return this.entries.size;
  }

  setCatalogKey(key: string): void {
    if (key === this.catalogKey) return;
    this.catalogKey = key;
    this.entries.clear();
    this.held.clear();
    this.dirty = true;
  }

  /** The cached analysis of a text with this hash, for `uri`; the caller owns it (linking may set its mention ids). */
  get(uri: string, contentHash: string): DocumentAnalysis | undefined {
    const held = this.held.get(contentHash);
    if (held) {
      // The same text under another name (a copied release): its own mention objects.
      const mentions = held.analysis.mentions.map((m, i) => ({ ...m, id: held.localIds[i] }));
      return { ...held.analysis, uri, mentions, notices: held.analysis.notices.map((n) => ({ ...n, related: [] })) };
    }
    const hit = this.entries.get(contentHash);
    if (!hit) return undefined;
    this.entries.delete(contentHash);
    const analysis: DocumentAnalysis = {
      uri,
      contentHash,
      language: hit.language,
      figures: hit.figures as DocumentAnalysis['figures'],
      mentions: hit.mentions,
      dateline: hit.dateline,
      notices: (hit.impossibleDates ?? []).map((d) => ({ code: 'impossible-date', severity: 'information', start: d.start, end: d.end, message: d.message, related: [] })),
    };
    internStrings(analysis);
    this.held.set(contentHash, { analysis, localIds: analysis.mentions.map((m) => m.id) });
    return analysis;
  }

  /** Adds a fresh analysis (its mentions still carry recognition's local keys). */
  put(analysis: DocumentAnalysis): void {
    // A skipped file's notice depends on the settings, not the text: such analyses are not stored.
    if (analysis.notices.some((n) => n.code !== 'impossible-date')) return;
    this.held.set(analysis.contentHash, { analysis, localIds: analysis.mentions.map((m) => m.id) });
    this.dirty = true;
  }

  get size(): number {
    return this.entries.size + this.held.size;
  }

  /**
   * Writes the cache atomically (temporary file, then rename), at most one write at a
   * time. Entries loaded but never asked for are not written (they age out) and are
   * let go.
   */
  async save(): Promise<void> {
    if (this.writing) await this.writing;
    this.entries.clear();
    if (!this.dirty) return;
    this.dirty = false;
    const kept = [...this.held.values()];
    const header = JSON.stringify({ engineVersion: this.engineVersion, catalogKey: this.catalogKey });
    function* lines(): Iterable<string> {
      yield header;
      for (const { analysis, localIds } of kept) {
        const { contentHash, language, figures, mentions, dateline, notices } = analysis;
        const impossibleDates = notices.length ? notices.map(({ start, end, message }) => ({ start, end, message })) : undefined;
        const entry: CachedAnalysis = { contentHash, language, figures, mentions: mentions.map((m, i) => ({ ...m, id: localIds[i] })), dateline, impossibleDates };
        yield JSON.stringify([contentHash, entry]);
      }
    }
    this.writing = this.fs.writeLines(this.file, lines()).finally(() => {
      this.writing = undefined;
    });
    await this.writing;
  }
}

/** A line of the cache file: bytes on disk, possibly torn by a crash or written by another version. */
function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
