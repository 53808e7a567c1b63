// Hover: the card is core/features/hover.ts; this adapts it to LSP.
import { type CancellationToken, type Hover, MarkupKind } from 'vscode-languageserver';
import { hoverAt } from '../core/features/hover';
import type { Session } from './session';
import { positionParams, validated } from './params';

export function registerHover(session: Session): void {
  session.connection.onHover(validated(positionParams, (params, token: CancellationToken): Hover | null => {
    const card = hoverAt(session.features(), params.textDocument.uri, params.position, session.settings.hover.maxMentions, token);
    return card && { contents: { kind: MarkupKind.Markdown, value: card.markdown }, range: card.range };
  }));
}
