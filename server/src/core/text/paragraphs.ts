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
    for (const piece of pieces(line)) {
      const part = piece.start === 0 && piece.end === line.length ? line : line.slice(piece.start, piece.end);
      if (part.trim() !== '') paragraphs.push({ start: span.start + piece.start, end: span.start + piece.end, language: detectLanguage(part) });
    }
  }
  return paragraphs;
}

/**
 * Longer paragraphs are read in pieces that end at a sentence end: the analyzer caches
 * its work per paragraph, so a keystroke in a release pasted as one long line re-reads
 * one piece, not the whole line. No name or figure spans a sentence end.
 */
export const MAX_PARAGRAPH = 4_000;
const SENTENCE_END = /[。！？!?](?=[^。！？!?])|[.;](?=\s)|\s(?=\S)/g;

function pieces(line: string): Span[] {
  if (line.length <= MAX_PARAGRAPH) return [{ start: 0, end: line.length }];
  const out: Span[] = [];
  let start = 0;
  while (line.length - start > MAX_PARAGRAPH) {
    // the last sentence end in the second half of the window, else the last space, else the window's end
    const window = line.slice(start + MAX_PARAGRAPH / 2, start + MAX_PARAGRAPH);
    let cut = -1;
    let space = -1;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) {
      if (/\s/.test(m[0])) space = m.index + 1;
      else cut = m.index + 1;
    }
    let end = start + MAX_PARAGRAPH / 2 + (cut > 0 ? cut : space > 0 ? space : MAX_PARAGRAPH / 2);
    if (end < line.length && /[\udc00-\udfff]/.test(line[end])) end--; // never inside a surrogate pair
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: line.length });
  return out;
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
