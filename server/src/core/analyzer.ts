import { createHash } from 'node:crypto';
import type { Catalog } from './catalog';
import { mayContainCjkEntity, recognizeEntities } from './entities';
import { findDocumentDate, recognizeFigures } from './figures';
import { documentLanguage } from './text/language';
import type { JapaneseToken, JapaneseTokenizer } from './text/japaneseTokenizer';
import { splitParagraphs } from './text/paragraphs';
import type { DocumentAnalysis, Figure, Logger, Paragraph } from './types';

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

  constructor(private readonly options: AnalyzerOptions) {}

  set catalog(catalog: Catalog | undefined) {
    this.options.catalog = catalog;
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
   */
  async analyze(uri: string, text: string, interactive = false): Promise<DocumentAnalysis> {
    if (this.needsJapanese(text)) await this.options.japanese.load();
    return this.analyzeLoaded(uri, text, interactive);
  }

  /** Synchronous analysis, for callers that made sure the Japanese dictionary is loaded when needed. */
  analyzeLoaded(uri: string, text: string, interactive = false): DocumentAnalysis {
    const contentHash = hashText(text);
    const maxLength = this.options.maxLength ?? Infinity;
    if (text.length > maxLength) {
      return {
        uri, contentHash, language: 'en', paragraphs: [], figures: [], mentions: [],
        notices: [{
          code: 'file-too-large', severity: 'information', start: 0, end: 0, related: [],
          message: `Release Lens skipped this file: ${Math.round(text.length / 1024)} KB is over the limit of ${Math.round(maxLength / 1024)} KB (setting releaseLens.maxFileSizeKB).`,
        }],
      };
    }
    const paragraphs = splitParagraphs(text);
    const language = documentLanguage(paragraphs, text);
    const dateline = findDocumentDate(text);
    const referenceYear = dateline ? Number(dateline.slice(0, 4)) : undefined;

    const figures: Figure[] = [];
    const japaneseTokens: JapaneseToken[] = [];
    for (const paragraph of paragraphs) {
      const result = this.readParagraph(text, paragraph, referenceYear, interactive);
      for (const f of result.figures) figures.push({ ...f, start: f.start + paragraph.start, end: f.end + paragraph.start });
      for (const t of result.tokens) japaneseTokens.push({ ...t, start: t.start + paragraph.start, end: t.end + paragraph.start });
    }
    const mentions = recognizeEntities({ text, paragraphs, japaneseTokens, catalog: this.options.catalog });
    return { uri, contentHash, language, paragraphs, figures, mentions, dateline, notices: [] };
  }

  /**
   * Tokens are needed only where an entity may be: sentences with a type word in them
   * (recognition extends a name leftwards from its type word). The other sentences are
   * not sent to kuromoji at all.
   */
  private tokenizeEntitySentences(paragraphText: string): JapaneseToken[] {
    const tokens: JapaneseToken[] = [];
    SENTENCE.lastIndex = 0;
    for (let m = SENTENCE.exec(paragraphText); m; m = SENTENCE.exec(paragraphText)) {
      if (mayContainCjkEntity(m[0])) tokens.push(...this.options.japanese.tokenizeLoaded(m[0], m.index));
    }
    return tokens;
  }

  private readParagraph(text: string, paragraph: Paragraph, referenceYear: number | undefined, keep: boolean): ParagraphResult {
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    const key = `${referenceYear ?? ''}\u0000${paragraphText}`;
    const cached = this.paragraphCache.get(key);
    if (cached) {
      // Least recently used goes first: re-insert on use.
      this.paragraphCache.delete(key);
      this.paragraphCache.set(key, cached);
      return cached;
    }
    const hasKana = /[\u3040-\u30ff]/u.test(paragraphText);
    const tokens = (paragraph.language === 'ja' || hasKana) && this.options.japanese.isLoaded
      ? this.tokenizeEntitySentences(paragraphText)
      : [];
    const result: ParagraphResult = { tokens, figures: recognizeFigures(paragraphText, { referenceYear }) };
    if (!keep) return result;
    if (this.paragraphCache.size >= MAX_PARAGRAPH_CACHE) this.paragraphCache.delete(this.paragraphCache.keys().next().value!);
    this.paragraphCache.set(key, result);
    return result;
  }
}

/** Sentence ends in Japanese text (the sentence is the unit sent to kuromoji). */
const SENTENCE = /[^。！？!?]+[。！？!?]*/gu;

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
