import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import { changeTypeEdits, rejectEdits, unlinkEdits, type CatalogEdit, type EditResult, type RecognizedEntity } from '../core/catalog';
import { ENTITY_TYPES, type EntityMention, type EntityType } from '../core/types';
import type { Session } from './session';
import { catalogWorkspaceEdit, currentCatalog } from './catalogEdits';
import { lineIndexFor, toOffset } from './positions';

/** The command a client runs for "Same Entity as…" (it picks the entity, then asks the server). */
export const SAME_ENTITY_COMMAND = 'releaseLens.sameEntityAs';

const TYPE_LABEL: Record<EntityType, string> = { zone: 'Zone', lab: 'Lab', project: 'Project', organization: 'Organization' };

/**
 * The correction loop on the entity under the cursor: Not an Entity, Change Type, Unlink
 * from the entity it was linked to, Same Entity as… Each is one edit of the catalog,
 * which every open document and the CLI then obey.
 */
/** The entity actions at the start of the requested range (only the document and range are read). */
export function entityCodeActions(session: Session, params: { textDocument: { uri: string }; range: Range }): CodeAction[] {
  const uri = params.textDocument.uri;
  const text = session.textOf(uri);
  const catalog = currentCatalog(session);
  if (text === undefined || !catalog) return [];
  const lines = lineIndexFor(uri, text);
  const mention = session.index.mentionAt(uri, toOffset(lines, params.range.start));
  if (!mention) return [];
  const entity = recognizedEntity(session, mention);
  const file = path.basename(session.catalogPath!);
  const actions: CodeAction[] = [];
  const add = (title: string, result: EditResult) => {
    if ('edits' in result && result.edits.length) actions.push({ title, kind: CodeActionKind.RefactorRewrite, edit: catalogWorkspaceEdit(catalog, result.edits as CatalogEdit[]) });
  };
  add(`Not an Entity: "${mention.text}" (saved in ${file})`, rejectEdits(catalog.text, mention.text));
  for (const type of ENTITY_TYPES) if (type !== mention.type) add(`Change Type to ${TYPE_LABEL[type]}: "${mention.text}"`, changeTypeEdits(catalog.text, entity, type));
  // unlinking makes sense when the entity is known by other names than this one
  const otherNames = session.index.mentionsOf(mention.id).some((m) => m.mention.text !== mention.text && m.mention.source !== 'shortForm');
  if (otherNames) add(`Unlink "${mention.text}" from ${displayName(entity, mention.text)}`, unlinkEdits(catalog.text, entity, mention.text, documentLanguage(session, uri)));
  actions.push({
    title: `Same Entity as…: "${mention.text}"`,
    kind: CodeActionKind.RefactorRewrite,
    command: { title: 'Same Entity as…', command: SAME_ENTITY_COMMAND, arguments: [{ uri, text: mention.text, entityId: mention.id }] },
  });
  return actions;
}

export function recognizedEntity(session: Session, mention: EntityMention): RecognizedEntity {
  const record = session.index.entity(mention.id);
  return {
    id: mention.id,
    type: record?.type ?? mention.type,
    names: record?.names ?? {},
    fromCatalog: record?.fromCatalog ?? mention.source === 'catalog',
  };
}

function displayName(entity: RecognizedEntity, except: string): string {
  const name = [entity.names.en, entity.names.zh, entity.names.ja].find((n) => n && n !== except);
  return name ? `"${name}"` : entity.id;
}

function documentLanguage(session: Session, uri: string): 'ja' | 'zh' | 'en' {
  const language = session.index.get(uri)?.analysis.language;
  return language === 'ja' || language === 'zh' ? language : 'en';
}
