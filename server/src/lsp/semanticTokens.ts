import { SemanticTokensBuilder, type SemanticTokensLegend, type Range } from 'vscode-languageserver';
import { ENTITY_TYPES } from '../core/types';
import type { Session } from './session';
import { lineIndexFor, toOffset } from './positions';
import type { LineIndex } from '../core/text/paragraphs';
import { documentParams, rangeParams, validated } from './params';

export const TOKEN_TYPES = [...ENTITY_TYPES, 'figure'] as const;
export const TOKEN_MODIFIERS = ['conflict'] as const;
export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/** Entity and figure tokens of a document, in order; figures in conflict carry the `conflict` modifier. */
export function documentTokens(session: Session, uri: string, range?: Range): number[] {
  const doc = session.index.get(uri);
  if (!doc) return [];
  const lines = lineIndexFor(uri, doc.text);
  const from = range ? toOffset(lines, range.start) : 0;
  const to = range ? toOffset(lines, range.end) : doc.text.length;
  const conflicted = new Set(session.index.diagnostics(uri).filter((d) => d.severity === 'error').map((d) => `${d.start}:${d.end}`));
  // Only the tokens that reach into the range are built and sorted (a range request on a
  // huge document costs what the range holds, not the document).
  const inRange = (t: { start: number; end: number }) => t.end > from && t.start < to;
  const tokens: Token[] = [];
  for (const m of doc.analysis.mentions) if (inRange(m)) tokens.push({ start: m.start, end: m.end, type: TOKEN_TYPES.indexOf(m.type), modifiers: 0 });
  for (const f of doc.analysis.figures) {
    if (inRange(f)) tokens.push({ start: f.start, end: f.end, type: TOKEN_TYPES.indexOf('figure'), modifiers: conflicted.has(`${f.start}:${f.end}`) ? 1 : 0 });
  }
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const builder = new SemanticTokensBuilder();
  const lastLine = lines.positionAt(doc.text.length).line;
  let lastEnd = -1;
  for (const token of tokens) {
    if (token.start < lastEnd) continue; // no overlaps in LSP tokens
    // Tokens may not span lines: split at line breaks.
    let start = token.start;
    while (start < token.end) {
      const pos = lines.positionAt(start);
      const lineEnd = Math.min(token.end, lineEndOffset(doc.text, lines, pos.line, lastLine));
      if (lineEnd > start) builder.push(pos.line, pos.character, lineEnd - start, token.type, token.modifiers);
      start = Math.max(lineEnd, start) + 1;
    }
    lastEnd = token.end;
  }
  return builder.build().data;
}

/** Where `line`'s text ends (before its line break), from the line starts: no scan of the text (a one-line 2 MB document has 200,000 tokens). */
function lineEndOffset(text: string, lines: LineIndex, line: number, lastLine: number): number {
  if (line >= lastLine) return text.length;
  const next = lines.offsetAt(line + 1, 0);
  return text[next - 1] === '\n' && text[next - 2] === '\r' ? next - 2 : next - 1;
}

export function registerSemanticTokens(session: Session): void {
  const { connection } = session;
  connection.languages.semanticTokens.on(validated(documentParams, (params) => ({ data: documentTokens(session, params.textDocument.uri) })));
  connection.languages.semanticTokens.onRange(validated(rangeParams, (params) => ({ data: documentTokens(session, params.textDocument.uri, params.range) })));
}
