import * as vscode from 'vscode';
import type { ReleaseLensClient } from '../languageClient';
import { annotate } from './annotate';
import { pickEntity } from './linkToEntity';

/** "Same Entity as…" (a code action on an entity): pick the entity it is, then record its name as one of that entity's names. */
export function registerSameEntityAsCommand(manager: ReleaseLensClient): vscode.Disposable {
  return vscode.commands.registerCommand('releaseLens.sameEntityAs', async (args?: { uri: string; text: string; entityId: string }) => {
    if (!args || typeof args.text !== 'string' || typeof args.uri !== 'string') return;
    const picked = await pickEntity(manager, vscode.l10n.t('"{0}" is the same entity as…', args.text), args.entityId);
    if (!picked) return;
    const done = await annotate(manager, { uri: args.uri, text: args.text, entityId: picked.entity.id });
    if (done) vscode.window.setStatusBarMessage(vscode.l10n.t('Release Lens: "{0}" linked to {1}.', args.text, picked.label), 5000);
  });
}
