// Hover cards: an entity's names and the other documents that mention it; a figure's
// normalised value and its counterparts in the other versions of the release. Markdown.
import * as path from 'node:path';
import { describeQuantity, formatFigure, sameQuantity } from '../figures';
import type { EntityMention, Figure } from '../types';
import { type Cancellation, type FeatureContext, lineIndexFor, offsetIn, type Position, type Range, toRange } from './context';

const SNIPPET_RADIUS = 24;

export interface HoverResult {
  markdown: string;
  range: Range;
}

/** The hover card at `position` of `uri`: on an entity mention, else on a figure; null elsewhere. */
export function hoverAt(ctx: FeatureContext, uri: string, position: Position, maxMentions: number, token: Cancellation): HoverResult | null {
  const at = offsetIn(ctx, uri, position);
  if (!at || token.isCancellationRequested) return null;
  const mention = ctx.index.mentionAt(uri, at.offset);
  if (mention) return { markdown: entityHover(ctx, uri, mention, maxMentions), range: toRange(at.lines, mention.start, mention.end) };
  const figure = ctx.index.figureAt(uri, at.offset);
  if (figure) return { markdown: figureHover(ctx, uri, figure), range: toRange(at.lines, figure.start, figure.end) };
  return null;
}

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

export function entityHover(ctx: FeatureContext, uri: string, mention: EntityMention, maxMentions: number): string {
  const { t } = ctx;
  const entity = ctx.index.entity(mention.id);
  const lines: string[] = [`**${escapeMarkdown(entity?.names.en ?? entity?.names.zh ?? entity?.names.ja ?? mention.text)}** · ${t(mention.type)}`, ''];
  const names = entity ? (['ja', 'zh', 'en'] as const).filter((l) => entity.names[l]).map((l) => `${l}: ${escapeMarkdown(entity.names[l]!)}`) : [];
  if (names.length) lines.push(`${t('names')}: ${names.join(' · ')}`, '');

  const mentions = ctx.index.mentionsOf(mention.id).filter((m) => m.uri !== uri);
  const byDocument = new Map<string, EntityMention[]>();
  for (const m of mentions) byDocument.set(m.uri, [...(byDocument.get(m.uri) ?? []), m.mention]);
  lines.push(`**${t('mentionedIn')}**`, '');
  if (byDocument.size === 0) lines.push(t('noOtherMentions'));
  let shown = 0;
  for (const [other, list] of byDocument) {
    const text = ctx.index.get(other)?.text ?? '';
    const index = lineIndexFor(other, text);
    const first = list[0];
    const line = index.positionAt(first.start).line;
    if (shown++ >= maxMentions) break;
    const name = path.basename(ctx.relativePath(other));
    lines.push(`- ${link(`${name}:${line + 1}`, ctx.clientUri(other), line)} (${list.length}×) — ${escapeMarkdown(snippet(text, first.start, first.end))}`);
  }
  if (byDocument.size > maxMentions) lines.push(`- ${t('more', byDocument.size - maxMentions)}`);
  return lines.join('\n');
}

export function figureHover(ctx: FeatureContext, uri: string, figure: Figure): string {
  const { t, locale } = ctx;
  const quantity = describeQuantity(figure, locale);
  const lines = [`${escapeMarkdown(quantity.written)} → **${escapeMarkdown(quantity.normalised)}** · ${t('figure')}`, ''];
  lines.push(`${t('bound')}: ${t(figure.bound)}${figure.counted ? ` · ${t('counted')}: ${escapeMarkdown(figure.counted)}` : ''}`);
  if (figure.note) lines.push('', `_${escapeMarkdown(figure.note)}_`);
  const fact = ctx.index.alignment(uri).find((f) => f.figures.get(uri) === figure || sameSpan(f.figures.get(uri), figure));
  if (fact) {
    const others = [...fact.figures].filter(([u]) => u !== uri);
    if (others.length) lines.push('', `**${t('counterparts')}**`, '');
    for (const [other, counterpart] of others) {
      const name = path.basename(ctx.relativePath(other));
      if (!counterpart) {
        lines.push(`- ${escapeMarkdown(name)}: ${t('noCounterpart')}`);
        continue;
      }
      const text = ctx.index.get(other)?.text ?? '';
      const line = lineIndexFor(other, text).positionAt(counterpart.start).line;
      const agrees = sameQuantity(figure, counterpart);
      lines.push(`- ${link(`${name}:${line + 1}`, ctx.clientUri(other), line)} ${escapeMarkdown(counterpart.text)} = ${escapeMarkdown(formatFigure(counterpart, locale))} — ${agrees ? '✓ ' + t('agrees') : '✗ ' + t('differs')}`);
    }
  }
  return lines.join('\n');
}

function sameSpan(a: Figure | null | undefined, b: Figure): boolean {
  return !!a && a.start === b.start && a.end === b.end;
}
