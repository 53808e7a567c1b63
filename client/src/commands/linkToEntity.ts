import * as vscode from 'vscode';
import { knownEntitiesRequest, type KnownEntity } from '../../../common/src/protocol';
import type { ReleaseLensClient } from '../languageClient';
import { annotate } from './annotate';
import { entityTypeLabel, errorMessage, runningClient, selectedText } from './util';

interface EntityItem extends vscode.QuickPickItem {
  entity: KnownEntity;
}

/** "Link Selection to Entity…": pick a known entity, then record the selection as one of its names. */
export function registerLinkToEntityCommand(manager: ReleaseLensClient): vscode.Disposable {
  return vscode.commands.registerCommand('releaseLens.linkToEntity', async () => {
    const selection = selectedText();
    if (!selection) return;
    const picked = await pickEntity(manager, vscode.l10n.t('Link "{0}" to an entity', selection.text));
    if (!picked) return;
    const done = await annotate(manager, { uri: selection.editor.document.uri.toString(), text: selection.text, entityId: picked.entity.id });
    if (done) vscode.window.setStatusBarMessage(vscode.l10n.t('Release Lens: "{0}" linked to {1}.', selection.text, picked.label), 5000);
  });
}

/** Lists the known entities (most mentioned first) and lets the user pick one; `exclude`: an entity not to offer. */
export async function pickEntity(manager: ReleaseLensClient, title: string, exclude?: string): Promise<EntityItem | undefined> {
  const client = await runningClient(manager);
  if (!client) return undefined;
  let entities: KnownEntity[];
  try {
    entities = (await client.sendRequest(knownEntitiesRequest, undefined)).filter((e) => e.id !== exclude);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Release Lens could not list the known entities: {0}', errorMessage(error)));
    return undefined;
  }
  if (entities.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No entities are known yet. Annotate the selection as a zone, lab, project or organization instead.'));
    return undefined;
  }
  const items: EntityItem[] = entities
    .slice()
    .sort((a, b) => b.mentionCount - a.mentionCount)
    .map((entity) => {
      const names = [entity.names.en, entity.names.ja, entity.names.zh].filter((n): n is string => !!n);
      return {
        entity,
        label: names[0] ?? entity.id,
        description: [entityTypeLabel(entity.type), ...names.slice(1)].join(' · '),
        detail: vscode.l10n.t('{0} mentions · {1}', entity.mentionCount, entity.id),
      };
    });
  return vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Search entities by any of their names'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
}
