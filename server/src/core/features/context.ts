// What every editor feature (hover, code lens, inlay hints, comparison, navigation) is a
// function of: the workspace index, how the front end names documents and words its
// messages, and a cancellation flag. No LSP types: lsp/ adapts the results.
import { LineIndex } from '../text/paragraphs';
import type { Bound, EntityType } from '../types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** The UI strings the features use (lsp/messages.ts holds them in three languages). */
export type FeatureMessageKey =
  | EntityType | 'figure' | 'names' | 'mentionedIn' | 'noOtherMentions' | 'bound' | 'counterparts'
  | 'agrees' | 'differs' | 'noCounterpart' | 'more' | 'versions' | 'mismatches' | 'oneMismatch' | 'noMismatch' | 'counted'
  | Bound;

export interface FeatureContext {
  index: WorkspaceIndex;
  /** For figures written out in the UI language. */
  locale: 'en' | 'ja' | 'zh';
  t(key: FeatureMessageKey, ...args: (string | number)[]): string;
  /** The URI to show for a document (the editor's own spelling while it is open). */
  clientUri(uri: string): string;
  /** A document's path as the user knows it (relative to the workspace folder). */
  relativePath(uri: string): string;
}

export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const NOT_CANCELLED: Cancellation = { isCancellationRequested: false };

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Location {
  uri: string;
  range: Range;
}

// Offsets in the core are UTF-16 code units, as are LSP positions: converting needs only
// the line starts, cached per document text.
const lineIndexes = new Map<string, { text: string; index: LineIndex }>();

export function lineIndexFor(uri: string, text: string): LineIndex {
  const hit = lineIndexes.get(uri);
  if (hit && hit.text === text) return hit.index;
  const index = new LineIndex(text);
  lineIndexes.set(uri, { text, index });
  return index;
}

export function forgetLineIndex(uri: string): void {
  lineIndexes.delete(uri);
}

export function toRange(index: LineIndex, start: number, end: number): Range {
  return { start: index.positionAt(start), end: index.positionAt(end) };
}

/** The offset of `position` in the text the index holds for `uri`; undefined when it holds none. */
export function offsetIn(ctx: FeatureContext, uri: string, position: Position): { offset: number; lines: LineIndex } | undefined {
  const doc = ctx.index.get(uri);
  if (!doc) return undefined;
  const lines = lineIndexFor(uri, doc.text);
  return { offset: lines.offsetAt(position.line, position.character), lines };
}
