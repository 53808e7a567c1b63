import { type Location, SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { EntityType } from '../core/types';
import type { Session } from './session';
import { lineIndexFor, toOffset, toRange } from './positions';
import { documentParams, positionParams, validated, workspaceSymbolParams } from './params';
import { pathToUri } from '../core/workspace/uri';

const SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  zone: SymbolKind.Namespace,
  lab: SymbolKind.Class,
  project: SymbolKind.Struct,
  organization: SymbolKind.Module,
};

function mentionUnderCursor(session: Session, uri: string, position: { line: number; character: number }) {
  const doc = session.index.get(uri);
  if (!doc) return undefined;
  return session.index.mentionAt(uri, toOffset(lineIndexFor(uri, doc.text), position));
}

/** Every mention of an entity, in every document and language. */
export function entityLocations(session: Session, entityId: string): Location[] {
  return session.index.mentionsOf(entityId).map(({ uri, mention }) => ({
    uri: session.clientUri(uri),
    range: toRange(lineIndexFor(uri, session.textOf(uri) ?? ''), mention.start, mention.end),
  }));
}

/** The catalog entry's location (the `"id": …` of the entity), if the catalog defines it. */
function catalogLocation(session: Session, entityId: string): Location | undefined {
  const file = session.catalogPath;
  if (!file || !session.index.entity(entityId)?.fromCatalog) return undefined;
  const uri = pathToUri(file);
  const text = session.documents.get(uri)?.getText() ?? readSync(file);
  const offset = text.indexOf(JSON.stringify(entityId));
  if (offset < 0) return undefined;
  return { uri: session.clientUri(uri), range: toRange(lineIndexFor(uri, text), offset, offset + JSON.stringify(entityId).length) };
}

function readSync(file: string): string {
  try {
    return require('node:fs').readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export function registerNavigation(session: Session): void {
  const { connection } = session;

  connection.onDefinition(validated(positionParams, (params) => {
    const mention = mentionUnderCursor(session, params.textDocument.uri, params.position);
    if (!mention) return null;
    return catalogLocation(session, mention.id) ?? entityLocations(session, mention.id)[0] ?? null;
  }));

  connection.onReferences(validated(positionParams, (params) => {
    const mention = mentionUnderCursor(session, params.textDocument.uri, params.position);
    return mention ? entityLocations(session, mention.id) : null;
  }));

  connection.onDocumentSymbol(validated(documentParams, (params): DocumentSymbol[] => {
    const uri = params.textDocument.uri;
    const doc = session.index.get(uri);
    if (!doc) return [];
    const lines = lineIndexFor(uri, doc.text);
    const groups: DocumentSymbol[] = [];
    for (const type of ['zone', 'lab', 'project', 'organization'] as const) {
      const seen = new Map<string, DocumentSymbol>();
      // The group spans all its children (a nested mention can end after the last one starts).
      let from = Infinity;
      let to = -1;
      for (const m of doc.analysis.mentions.filter((x) => x.type === type)) {
        if (seen.has(m.id)) continue;
        from = Math.min(from, m.start);
        to = Math.max(to, m.end);
        const range = toRange(lines, m.start, m.end);
        const entity = session.index.entity(m.id);
        seen.set(m.id, { name: m.text, detail: entity?.names.en && entity.names.en !== m.text ? entity.names.en : undefined, kind: SYMBOL_KIND[type], range, selectionRange: range });
      }
      if (seen.size === 0) continue;
      const children = [...seen.values()];
      groups.push({ name: type, kind: SymbolKind.Package, range: toRange(lines, from, to), selectionRange: children[0].range, children });
    }
    return groups;
  }));

  connection.onWorkspaceSymbol(validated(workspaceSymbolParams, (params): SymbolInformation[] => {
    const query = params.query.normalize('NFKC').toLowerCase();
    const results: SymbolInformation[] = [];
    for (const entity of session.index.entities().values()) {
      const names = [...Object.values(entity.names), ...entity.aliases].filter((n): n is string => !!n);
      const match = names.find((n) => n.normalize('NFKC').toLowerCase().includes(query));
      if (!match) continue;
      const first = entityLocations(session, entity.id)[0];
      if (!first) continue;
      results.push({ name: match, kind: SYMBOL_KIND[entity.type], location: first, containerName: entity.type });
      if (results.length >= 500) break;
    }
    return results;
  }));
}
