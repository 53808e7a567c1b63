import * as vscode from 'vscode';
import { knownEntitiesRequest, type KnownEntity } from '../../../common/src/protocol';
import type { ReleaseLensClient } from '../languageClient';
import { annotate } from './annotate';
import { entityTypeLabel, errorMessage, runningClient } from './util';

interface EntityItem extends vscode.QuickPickItem {
  entity: KnownEntity;
}

/** "Same Entity as…" (a code action on an entity): pick the entity it is, then record its name as one of that entity's names. */
export function registerSameEntityAsCommand(manager: ReleaseLensClient): vscode.Disposable {
  return vscode.commands.registerCommand('releaseLens.sameEntityAs', async (args?: { uri: string; text: string; entityId: string }) => {
    if (!args || typeof args.text !== 'string' || typeof args.uri !== 'string') return;
    const client = await runningClient(manager);
    if (!client) return;
    let entities: KnownEntity[];
    try {
      entities = await client.sendRequest(knownEntitiesRequest, undefined);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Release Lens could not list the known entities: {0}', errorMessage(error)));
      return;
    }
    const items: EntityItem[] = entities
      .filter((e) => e.id !== args.entityId)
      .sort((a, b) => b.mentionCount - a.mentionCount)
      .map((entity) => {
        const names = [entity.names.en, entity.names.ja, entity.names.zh].filter((n): n is string => !!n);
        return { entity, label: names[0] ?? entity.id, description: [entityTypeLabel(entity.type), ...names.slice(1)].join(' · '), detail: entity.id };
      });
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('"{0}" is the same entity as…', args.text),
      placeHolder: vscode.l10n.t('Search entities by any of their names'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return;
    const done = await annotate(manager, { uri: args.uri, text: args.text, entityId: picked.entity.id });
    if (done) vscode.window.setStatusBarMessage(vscode.l10n.t('Release Lens: "{0}" linked to {1}.', args.text, picked.label), 5000);
  });
}
