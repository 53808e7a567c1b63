// Inlay hints (off by default): core/features/inlayHints.ts, as LSP.
import { type CancellationToken, type InlayHint, InlayHintKind } from 'vscode-languageserver';
import { valueHints } from '../core/features/inlayHints';
import type { Session } from './session';
import { rangeParams, validated } from './params';

export function registerInlayHints(session: Session): void {
  session.connection.languages.inlayHint.on(validated(rangeParams, (params, token: CancellationToken): InlayHint[] => {
    if (!session.settings.inlayHints.enabled) return [];
    return valueHints(session.features(), params.textDocument.uri, params.range, token).map((hint) => ({ ...hint, kind: InlayHintKind.Type, paddingLeft: true }));
  }));
}
