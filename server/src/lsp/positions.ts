import type { Position, Range } from 'vscode-languageserver';
import { LineIndex } from '../core/text/paragraphs';

// One cache of line starts per document text, shared with the core's features.
export { forgetLineIndex, lineIndexFor } from '../core/features/context';

export function toRange(index: LineIndex, start: number, end: number): Range {
  return { start: index.positionAt(start), end: index.positionAt(end) };
}

export function toOffset(index: LineIndex, position: Position): number {
  return index.offsetAt(position.line, position.character);
}
