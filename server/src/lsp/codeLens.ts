// Code lens: core/features/codeLens.ts, as LSP.
import type { CancellationToken, CodeLens } from 'vscode-languageserver';
import { versionsLens } from '../core/features/codeLens';
import type { Session } from './session';
import { documentParams, validated } from './params';

export function registerCodeLens(session: Session): void {
  session.connection.onCodeLens(validated(documentParams, (params, token: CancellationToken): CodeLens[] =>
    versionsLens(session.features(), params.textDocument.uri, token).map((lens) => ({ range: lens.range, command: { title: lens.title, command: lens.command, arguments: [lens.uri] } })),
  ));
}
