import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import type { DocumentAnalysis } from '../types';

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
const mentionSchema = z.object({ ...span, text: z.string(), type: z.enum(['zone', 'lab', 'project', 'organization']), id: z.string(), source: z.enum(['catalog', 'pattern', 'shortForm']) });
const cachedAnalysisSchema = z.object({
  contentHash: z.string(),
  language: z.enum(['ja', 'zh', 'en', 'mixed']),
  paragraphs: z.array(z.object({ ...span, language: z.enum(['ja', 'zh', 'en', 'mixed']) })),
  figures: z.array(figureSchema),
  mentions: z.array(mentionSchema),
  dateline: z.string().optional(),
});
const cacheFileSchema = z.object({ engineVersion: z.string(), catalogKey: z.string(), entries: z.record(z.string(), z.unknown()) });

type CachedAnalysis = z.infer<typeof cachedAnalysisSchema>;

export class AnalysisCache {
  private entries = new Map<string, CachedAnalysis>();
  /** Entries used or added since the load: only these are written back, so stale ones age out. */
  private readonly touched = new Set<string>();
  private dirty = false;
  private writing: Promise<void> | undefined;

  constructor(
    private readonly directory: string,
    private readonly engineVersion: string,
    /** Analyses depend on the catalog too: a different catalog means a different cache. */
    private catalogKey = '',
  ) {}

  private get file(): string {
    return path.join(this.directory, 'analyses.json');
  }

  /** Loads the cache file; returns how many entries were usable. Never throws. */
  async load(): Promise<number> {
    this.entries.clear();
    let raw: unknown;
    try {
      raw = JSON.parse(await fs.readFile(this.file, 'utf8'));
    } catch {
      return 0; // absent or not JSON: start empty
    }
    const file = cacheFileSchema.safeParse(raw);
    if (!file.success || file.data.engineVersion !== this.engineVersion || file.data.catalogKey !== this.catalogKey) return 0;
    for (const [hash, value] of Object.entries(file.data.entries)) {
      const entry = cachedAnalysisSchema.safeParse(value);
      if (entry.success && entry.data.contentHash === hash) this.entries.set(hash, entry.data);
    }
    return this.entries.size;
  }

  setCatalogKey(key: string): void {
    if (key === this.catalogKey) return;
    this.catalogKey = key;
    this.entries.clear();
    this.dirty = true;
  }

  get(uri: string, contentHash: string): DocumentAnalysis | undefined {
    const hit = this.entries.get(contentHash);
    if (!hit) return undefined;
    this.touched.add(contentHash);
    return {
      uri,
      contentHash,
      language: hit.language,
      paragraphs: hit.paragraphs,
      figures: hit.figures as DocumentAnalysis['figures'],
      // Copies: linking assigns ids to mentions in place.
      mentions: hit.mentions.map((m) => ({ ...m })),
      dateline: hit.dateline,
      notices: [],
    };
  }

  put(analysis: DocumentAnalysis): void {
    if (analysis.notices.length) return; // skipped files are not cached
    const { contentHash, language, paragraphs, figures, mentions, dateline } = analysis;
    this.entries.set(contentHash, { contentHash, language, paragraphs, figures, mentions: mentions.map((m) => ({ ...m })), dateline });
    this.touched.add(contentHash);
    this.dirty = true;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Writes the cache atomically (temporary file, then rename), at most one write at a time. */
  async save(): Promise<void> {
    if (this.writing) await this.writing;
    if (!this.dirty) return;
    this.dirty = false;
    const kept = [...this.entries].filter(([hash]) => this.touched.has(hash));
    const body = JSON.stringify({ engineVersion: this.engineVersion, catalogKey: this.catalogKey, entries: Object.fromEntries(kept) });
    this.writing = (async () => {
      await fs.mkdir(this.directory, { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      await fs.writeFile(tmp, body);
      await fs.rename(tmp, this.file);
    })().finally(() => {
      this.writing = undefined;
    });
    await this.writing;
  }
}
