import type { Position, Range } from 'vscode-languageserver';
import { LineIndex } from '../core/text/paragraphs';

// Offsets in the core are UTF-16 code-unit offsets, as are LSP positions: converting
// needs only the line starts, cached per document text.
const cache = new Map<string, { text: string; index: LineIndex }>();

export function lineIndexFor(uri: string, text: string): LineIndex {
  const hit = cache.get(uri);
  if (hit && hit.text === text) return hit.index;
  const index = new LineIndex(text);
  cache.set(uri, { text, index });
  return index;
}

export function forgetLineIndex(uri: string): void {
  cache.delete(uri);
}

export function toRange(index: LineIndex, start: number, end: number): Range {
  return { start: index.positionAt(start), end: index.positionAt(end) };
}

export function toOffset(index: LineIndex, position: Position): number {
  return index.offsetAt(position.line, position.character);
}
