import type { Paragraph, Span } from '../types';
import { detectLanguage } from './language';

/**
 * Splits a document into paragraphs: runs of lines separated by blank lines. Each
 * line of a release that has no blank lines between paragraphs (common in Chinese
 * releases) is its own paragraph, because such releases use one line per paragraph.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const span of lineSpans(text)) {
    const line = text.slice(span.start, span.end);
    if (line.trim() === '') continue;
    paragraphs.push({ start: span.start, end: span.end, language: detectLanguage(line) });
  }
  return paragraphs;
}

/** Line spans without their line terminators. Linear in the text length. */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */ || ch === 13 /* \r */) {
      spans.push({ start, end: i });
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Maps offsets to 0-based line/character (UTF-16), by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = lineSpans(text).map((s, i, all) => (i === 0 ? 0 : all[i - 1].end + (text[all[i - 1].end] === '\r' && text[all[i - 1].end + 1] === '\n' ? 2 : 1)));
  }

  positionAt(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  offsetAt(line: number, character: number): number {
    const start = this.starts[Math.min(Math.max(line, 0), this.starts.length - 1)];
    return start + character;
  }
}
