import { createHash } from 'node:crypto';
import type { Catalog } from './catalog';
import { mayContainCjkEntity, recognizeEntities } from './entities';
import { documentFigureOptions, readFigures, type FigureOptions, type ImpossibleDate } from './figures';
import { documentLanguage } from './text/language';
import type { JapaneseToken, JapaneseTokenizer, TokenizeItem } from './text/japaneseTokenizer';
import { EntityStretches, HUGE_DOCUMENT } from './entityStretches';
import { internStrings } from './text/intern';
import { splitParagraphs } from './text/paragraphs';
import type { DocumentAnalysis, EngineDiagnostic, Figure, Logger, Paragraph } from './types';

export interface AnalyzerOptions {
  japanese: JapaneseTokenizer;
  logger: Logger;
  catalog?: Catalog;
  /** Documents longer than this are not analysed; a notice says so. */
  maxLength?: number;
}

declare const __ENGINE_VERSION__: string | undefined;

/** Set by the bundler from a hash of the engine's sources; unbundled runs (tests) use a fixed dev value. */
export const ENGINE_VERSION: string = typeof __ENGINE_VERSION__ === 'string' ? __ENGINE_VERSION__ : 'dev';

/** Paragraph-level cache: a paragraph's tokens and figures depend only on its text (and the year context). */
interface ParagraphResult {
  tokens: JapaneseToken[];
  figures: Figure[];
  /** Date-shaped spans that cannot be dates (31 February 2026): notices, not figures. */
  impossibleDates: ImpossibleDate[];
}

// Enough for the paragraphs of the documents being edited; tokens are large, so the
// background index does not keep them (about 3,000 tokens for a 10 KB release).
const MAX_PARAGRAPH_CACHE = 1_000;

/**
 * Reads one document into an analysis. Work is done per paragraph and cached by the
 * paragraph's text, so after an edit only the changed paragraphs are re-tokenised
 * and re-read; only Japanese paragraphs go to kuromoji.
 */
export class DocumentAnalyzer {
  private readonly paragraphCache = new Map<string, ParagraphResult>();
  /**
   * Tokens by sentence text (offsets from the sentence start), for documents being
   * edited: a keystroke changes one sentence of a long paragraph, and only that sentence
   * goes back to kuromoji.
   */
  private readonly sentenceCache = new Map<string, JapaneseToken[]>();

  constructor(private readonly options: AnalyzerOptions) {}

  /** Entity recognition of documents far larger than a release, stretch by stretch (entityStretches.ts). */
  private readonly stretches = new EntityStretches();
  /**
   * Awaited now and then while a document over HUGE_DOCUMENT characters is read (every
   * SLICE_MS and between its stretches), so that the reading does not hold everything
   * else for seconds. The server lets the client's messages in (lsp/yieldToMessages.ts).
   */
  pause: () => Promise<void> = () => new Promise<void>((resolve) => setImmediate(resolve));

  set catalog(catalog: Catalog | undefined) {
    this.options.catalog = catalog;
    this.stretches.clear();
  }

  /** Stretches of huge documents recognised so far (the others came from the cache). */
  get stretchesRead(): number {
    return this.stretches.read;
  }

  /** Documents longer than this (UTF-16 units) are skipped with a notice. */
  set maxLength(maxLength: number) {
    this.options.maxLength = maxLength;
  }

  /** True when analysing `text` needs the Japanese dictionary and it is not loaded yet. */
  needsJapanese(text: string): boolean {
    return !this.options.japanese.isLoaded && /[\u3040-\u30ff]/u.test(text);
  }

  /**
   * `interactive`: the document is being edited, so its paragraphs are kept for the next
   * keystroke. The background index passes false: caching the tokens of a whole archive
   * would cost hundreds of megabytes for nothing.
   * `withTokens` false: a first reading that does not wait for the Japanese dictionary
   * (figures as always; Japanese names bounded without kuromoji's words); nothing of it is cached.
   */
  async analyze(uri: string, text: string, interactive = false, contentHash = hashText(text), withTokens = true): Promise<DocumentAnalysis> {
    const maxLength = this.options.maxLength ?? Infinity;
    if (text.length > maxLength) {
      return {
        uri, contentHash, language: 'en', figures: [], mentions: [],
        notices: [{
          code: 'file-too-large', severity: 'information', start: 0, end: 0, related: [],
          message: `Release Lens skipped this file: ${Math.round(text.length / 1024)} KB is over the limit of ${Math.round(maxLength / 1024)} KB (setting releaseLens.maxFileSizeKB).`,
        }],
      };
    }
    const paragraphs = splitParagraphs(text);
    const language = documentLanguage(paragraphs, text);
    // the dateline, the document's own yuan and dollar: figures in every paragraph read against them
    const figureOptions = documentFigureOptions(text);
    const dateline = figureOptions.referenceDate;
    const optionsKey = JSON.stringify(figureOptions);

    // One request to the tokenizer for every paragraph that is not cached yet.
    const tokens = !withTokens ? new Map<string, JapaneseToken[]>() : await this.tokenizeParagraphs(paragraphs.filter((p) => !this.paragraphCache.has(paragraphKey(text, p, optionsKey))).map((p) => text.slice(p.start, p.end)), interactive);

    const figures: Figure[] = [];
    const notices: EngineDiagnostic[] = [];
    const japaneseTokens: JapaneseToken[] = [];
    const huge = text.length > HUGE_DOCUMENT;
    let sliceStart = performance.now();
    for (const paragraph of paragraphs) {
      if (huge && performance.now() - sliceStart > SLICE_MS) {
        await this.pause();
        sliceStart = performance.now();
      }
      const result = this.readParagraph(text, paragraph, optionsKey, interactive && withTokens, tokens, figureOptions);
      for (const f of result.figures) figures.push({ ...f, start: f.start + paragraph.start, end: f.end + paragraph.start });
      for (const d of result.impossibleDates) notices.push(impossibleDateNotice(d, paragraph.start));
      for (const t of result.tokens) japaneseTokens.push({ ...t, start: t.start + paragraph.start, end: t.end + paragraph.start });
    }
    const mentions = huge
      ? await this.stretches.recognize(text, paragraphs, japaneseTokens, this.options.catalog, this.pause)
      : recognizeEntities({ text, paragraphs, japaneseTokens, catalog: this.options.catalog });
    // Paragraph spans are not kept: nothing after recognition reads them (10,000 releases hold about 240,000).
    const analysis: DocumentAnalysis = { uri, contentHash, language, figures, mentions, dateline, notices };
    internStrings(analysis);
    return analysis;
  }

  /**
   * Tokens are needed only where an entity may be: sentences with a type word in them
   * (recognition extends a name leftwards from its type word), in paragraphs with kana.
   * The other sentences are never sent to kuromoji. Returns tokens per paragraph text,
   * offsets relative to the paragraph.
   */
  private async tokenizeParagraphs(paragraphTexts: string[], interactive: boolean): Promise<Map<string, JapaneseToken[]>> {
    // Per paragraph, its sentences' token lists in order: cached ones now, the rest once kuromoji answers.
    const parts = new Map<string, (JapaneseToken[] | number)[]>();
    const items: TokenizeItem[] = [];
    for (const paragraphText of new Set(paragraphTexts)) {
      if (!/[\u3040-\u30ff]/u.test(paragraphText)) continue;
      const list: (JapaneseToken[] | number)[] = [];
      parts.set(paragraphText, list);
      SENTENCE.lastIndex = 0;
      for (let m = SENTENCE.exec(paragraphText); m; m = SENTENCE.exec(paragraphText)) {
        if (!mayContainCjkEntity(m[0])) continue;
        const cached = interactive ? this.sentenceCache.get(m[0]) : undefined;
        if (cached) list.push(shiftTokens(cached, m.index));
        else {
          list.push(items.length);
          items.push({ text: m[0], offset: m.index });
        }
      }
    }
    const lists = await this.options.japanese.tokenizeMany(items, interactive);
    if (interactive) {
      items.forEach((item, i) => {
        if (this.sentenceCache.size >= MAX_SENTENCE_CACHE) this.sentenceCache.delete(this.sentenceCache.keys().next().value!);
        this.sentenceCache.set(item.text, shiftTokens(lists[i], -item.offset));
      });
    }
    const byParagraph = new Map<string, JapaneseToken[]>();
    for (const [paragraphText, list] of parts) byParagraph.set(paragraphText, list.flatMap((part) => (typeof part === 'number' ? lists[part] : part)));
    return byParagraph;
  }

  private readParagraph(text: string, paragraph: Paragraph, optionsKey: string, keep: boolean, tokens: Map<string, JapaneseToken[]>, figureOptions: FigureOptions): ParagraphResult {
    const key = paragraphKey(text, paragraph, optionsKey);
    const cached = this.paragraphCache.get(key);
    if (cached) {
      // Least recently used goes first: re-insert on use.
      this.paragraphCache.delete(key);
      this.paragraphCache.set(key, cached);
      return cached;
    }
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    const result: ParagraphResult = { tokens: tokens.get(paragraphText) ?? [], ...readFigures(paragraphText, figureOptions) };
    if (!keep) return result;
    if (this.paragraphCache.size >= MAX_PARAGRAPH_CACHE) this.paragraphCache.delete(this.paragraphCache.keys().next().value!);
    this.paragraphCache.set(key, result);
    return result;
  }
}

const MAX_SENTENCE_CACHE = 4_000;
/** How long a reading of a huge document runs before it pauses. */
const SLICE_MS = 20;

/** A date that cannot exist (31 February 2026), shown as a note where it is written. */
function impossibleDateNotice(d: ImpossibleDate, offset: number): EngineDiagnostic {
  return {
    code: 'impossible-date', severity: 'information', start: d.start + offset, end: d.end + offset, related: [],
    message: `Date that cannot exist: “${d.text}” (${d.reason})`,
  };
}

function shiftTokens(tokens: JapaneseToken[], by: number): JapaneseToken[] {
  return tokens.map((t) => ({ ...t, start: t.start + by, end: t.end + by }));
}

/** `options` is the document's figure options as JSON: a paragraph reads differently under another dateline. */
function paragraphKey(text: string, paragraph: Paragraph, options: string): string {
  return `${options}\u0000${text.slice(paragraph.start, paragraph.end)}`;
}

/** Sentence ends in Japanese text (the sentence is the unit sent to kuromoji). */
const SENTENCE = /[^。！？!?]+[。！？!?]*/gu;

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
