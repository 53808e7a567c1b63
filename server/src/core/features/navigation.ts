// Navigation over entities: definition (the catalog entry, else the first mention),
// references (every mention in every document and language), the document outline grouped
// by type, and workspace symbols by any name.
import type { EntityType } from '../types';
import { type Cancellation, type FeatureContext, lineIndexFor, type Location, offsetIn, type Position, type Range, toRange } from './context';

/** Every mention of an entity, in every document and language. */
export function entityLocations(ctx: FeatureContext, entityId: string): Location[] {
  return ctx.index.mentionsOf(entityId).map(({ uri, mention }) => ({
    uri: ctx.clientUri(uri),
    range: toRange(lineIndexFor(uri, ctx.index.get(uri)?.text ?? ''), mention.start, mention.end),
  }));
}

function entityIdAt(ctx: FeatureContext, uri: string, position: Position): string | undefined {
  const at = offsetIn(ctx, uri, position);
  return at && ctx.index.mentionAt(uri, at.offset)?.id;
}

/** The catalog, as the front end has it (the editor's text while open): where a catalog entity is defined. */
export interface CatalogSource {
  uri: string;
  text: string;
}

export function definition(ctx: FeatureContext, uri: string, position: Position, catalog: CatalogSource | undefined, token: Cancellation): Location | null {
  const id = entityIdAt(ctx, uri, position);
  if (!id || token.isCancellationRequested) return null;
  return catalogLocation(ctx, id, catalog) ?? entityLocations(ctx, id)[0] ?? null;
}

/** The catalog entry's location (the `"id": …` of the entity), if the catalog defines it. */
function catalogLocation(ctx: FeatureContext, entityId: string, catalog: CatalogSource | undefined): Location | undefined {
  if (!catalog || !ctx.index.entity(entityId)?.fromCatalog) return undefined;
  const quoted = JSON.stringify(entityId);
  const offset = catalog.text.indexOf(quoted);
  if (offset < 0) return undefined;
  return { uri: ctx.clientUri(catalog.uri), range: toRange(lineIndexFor(catalog.uri, catalog.text), offset, offset + quoted.length) };
}

export function references(ctx: FeatureContext, uri: string, position: Position, token: Cancellation): Location[] | null {
  const id = entityIdAt(ctx, uri, position);
  return id && !token.isCancellationRequested ? entityLocations(ctx, id) : null;
}

export interface OutlineSymbol {
  name: string;
  detail?: string;
  /** An entity type, or 'group' for the type's heading. */
  kind: EntityType | 'group';
  range: Range;
  selectionRange: Range;
  children?: OutlineSymbol[];
}

/** The document's entities grouped by type, each entity once. */
export function documentOutline(ctx: FeatureContext, uri: string, token: Cancellation): OutlineSymbol[] {
  const doc = ctx.index.get(uri);
  if (!doc || token.isCancellationRequested) return [];
  const lines = lineIndexFor(uri, doc.text);
  const groups: OutlineSymbol[] = [];
  for (const type of ['zone', 'lab', 'project', 'organization'] as const) {
    const seen = new Map<string, OutlineSymbol>();
    // The group spans all its children (a nested mention can end after the last one starts).
    let from = Infinity;
    let to = -1;
    for (const m of doc.analysis.mentions.filter((x) => x.type === type)) {
      if (seen.has(m.id)) continue;
      from = Math.min(from, m.start);
      to = Math.max(to, m.end);
      const range = toRange(lines, m.start, m.end);
      const entity = ctx.index.entity(m.id);
      seen.set(m.id, { name: m.text, detail: entity?.names.en && entity.names.en !== m.text ? entity.names.en : undefined, kind: type, range, selectionRange: range });
    }
    if (seen.size === 0) continue;
    const children = [...seen.values()];
    groups.push({ name: type, kind: 'group', range: toRange(lines, from, to), selectionRange: children[0].range, children });
  }
  return groups;
}

export interface WorkspaceSymbol {
  name: string;
  kind: EntityType;
  location: Location;
}

/** Entities with a name or alias containing `query` (NFKC, any case), at their first mention; at most `limit`. */
export function workspaceSymbols(ctx: FeatureContext, query: string, token: Cancellation, limit = 500): WorkspaceSymbol[] {
  const wanted = query.normalize('NFKC').toLowerCase();
  const results: WorkspaceSymbol[] = [];
  for (const entity of ctx.index.entities().values()) {
    if (token.isCancellationRequested) break;
    const names = [...Object.values(entity.names), ...entity.aliases].filter((n): n is string => !!n);
    const match = names.find((n) => n.normalize('NFKC').toLowerCase().includes(wanted));
    if (!match) continue;
    const first = entityLocations(ctx, entity.id)[0];
    if (!first) continue;
    results.push({ name: match, kind: entity.type, location: first });
    if (results.length >= limit) break;
  }
  return results;
}
