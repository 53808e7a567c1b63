import * as path from 'node:path';
import { type Hover, MarkupKind } from 'vscode-languageserver';
import { formatFigure, sameQuantity } from '../core/figures';
import type { EntityMention, Figure } from '../core/types';
import { t } from './messages';
import type { Session } from './session';
import { lineIndexFor, toOffset, toRange } from './positions';
import { positionParams, validated } from './params';

const SNIPPET_RADIUS = 24;

/** A markdown link that opens `uri` at a 0-based line (VS Code and most LSP clients follow file links with #L). */
function link(label: string, uri: string, line: number): string {
  return `[${escapeMarkdown(label)}](${uri}#L${line + 1})`;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

function snippet(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SNIPPET_RADIUS);
  const to = Math.min(text.length, end + SNIPPET_RADIUS);
  const s = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${s}${to < text.length ? '…' : ''}`;
}

export function entityHover(session: Session, uri: string, mention: EntityMention): string {
  const { locale } = session;
  const entity = session.index.entity(mention.id);
  const lines: string[] = [`**${escapeMarkdown(entity?.names.en ?? entity?.names.zh ?? entity?.names.ja ?? mention.text)}** · ${t(locale, mention.type)}`, ''];
  const names = entity ? (['ja', 'zh', 'en'] as const).filter((l) => entity.names[l]).map((l) => `${l}: ${escapeMarkdown(entity.names[l]!)}`) : [];
  if (names.length) lines.push(`${t(locale, 'names')}: ${names.join(' · ')}`, '');

  const mentions = session.index.mentionsOf(mention.id).filter((m) => m.uri !== uri);
  const byDocument = new Map<string, EntityMention[]>();
  for (const m of mentions) byDocument.set(m.uri, [...(byDocument.get(m.uri) ?? []), m.mention]);
  lines.push(`**${t(locale, 'mentionedIn')}**`, '');
  if (byDocument.size === 0) lines.push(t(locale, 'noOtherMentions'));
  const max = session.settings.hover.maxMentions;
  let shown = 0;
  for (const [other, list] of byDocument) {
    const text = session.textOf(other) ?? '';
    const index = lineIndexFor(other, text);
    const first = list[0];
    const line = index.positionAt(first.start).line;
    if (shown++ >= max) break;
    const name = path.basename(session.relativePath(other));
    lines.push(`- ${link(`${name}:${line + 1}`, session.clientUri(other), line)} (${list.length}×) — ${escapeMarkdown(snippet(text, first.start, first.end))}`);
  }
  if (byDocument.size > max) lines.push(`- ${t(locale, 'more', byDocument.size - max)}`);
  return lines.join('\n');
}

export function figureHover(session: Session, uri: string, figure: Figure): string {
  const { locale } = session;
  const lines = [`**${escapeMarkdown(formatFigure(figure, locale))}** · ${t(locale, 'figure')}`, ''];
  lines.push(`${t(locale, 'bound')}: ${t(locale, figure.bound)}${figure.counted ? ` · ${t(locale, 'counted')}: ${escapeMarkdown(figure.counted)}` : ''}`);
  if (figure.note) lines.push('', `_${escapeMarkdown(figure.note)}_`);
  const fact = session.index.alignment(uri).find((f) => f.figures.get(uri) === figure || sameSpan(f.figures.get(uri), figure));
  if (fact) {
    const others = [...fact.figures].filter(([u]) => u !== uri);
    if (others.length) lines.push('', `**${t(locale, 'counterparts')}**`, '');
    for (const [other, counterpart] of others) {
      const name = path.basename(session.relativePath(other));
      if (!counterpart) {
        lines.push(`- ${escapeMarkdown(name)}: ${t(locale, 'noCounterpart')}`);
        continue;
      }
      const text = session.textOf(other) ?? '';
      const line = lineIndexFor(other, text).positionAt(counterpart.start).line;
      const agrees = sameQuantity(figure, counterpart);
      lines.push(`- ${link(`${name}:${line + 1}`, session.clientUri(other), line)} ${escapeMarkdown(counterpart.text)} = ${escapeMarkdown(formatFigure(counterpart, locale))} — ${agrees ? '✓ ' + t(locale, 'agrees') : '✗ ' + t(locale, 'differs')}`);
    }
  }
  return lines.join('\n');
}

function sameSpan(a: Figure | null | undefined, b: Figure): boolean {
  return !!a && a.start === b.start && a.end === b.end;
}

export function registerHover(session: Session): void {
  session.connection.onHover(validated(positionParams, (params): Hover | null => {
    const uri = params.textDocument.uri;
    const doc = session.index.get(uri);
    if (!doc) return null;
    const lines = lineIndexFor(uri, doc.text);
    const offset = toOffset(lines, params.position);
    const mention = session.index.mentionAt(uri, offset);
    if (mention) return { contents: { kind: MarkupKind.Markdown, value: entityHover(session, uri, mention) }, range: toRange(lines, mention.start, mention.end) };
    const figure = session.index.figureAt(uri, offset);
    if (figure) return { contents: { kind: MarkupKind.Markdown, value: figureHover(session, uri, figure) }, range: toRange(lines, figure.start, figure.end) };
    return null;
  }));
}
