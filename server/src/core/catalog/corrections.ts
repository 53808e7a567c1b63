import type { EntityType } from '../types';
import { matchKey } from '../entities/fold';
import { applyCatalogEdits, type CatalogEdit, type EditResult, formatting, load as loadForEdit, type NameLanguage, newEntityId, validated } from './edits';
import type { CatalogEntity } from './schema';
import { modify } from 'jsonc-parser';

// The editor's correction loop: each correction of a recognised entity is one edit of the
// catalog (formatting kept), which every document and the CLI then obey.

/** What the engine knows of the entity a correction is about. */
export interface RecognizedEntity {
  id: string;
  type: EntityType;
  /** Its names by language (from linking); used when the entity is not in the catalog yet. */
  names: Partial<Record<NameLanguage, string>>;
  /** Whether the id is a catalog entity's. */
  fromCatalog: boolean;
}

interface Loaded {
  text: string;
  entities: CatalogEntity[];
  raw: { entities?: unknown[]; reject?: unknown };
  problems: number;
}

/** The catalog as the edit helpers read it (a blank file becomes an empty catalog to write into). */
function load(text: string): Loaded | { error: string } {
  const loaded = loadForEdit(text);
  if ('error' in loaded) return loaded;
  return { text: loaded.blank ? '{\n  "entities": []\n}\n' : text, entities: loaded.catalog.entities, raw: loaded.raw, problems: loaded.problems };
}

/**
 * Several modifications as one edit: applied in turn to a working copy, then given back
 * as a single replacement of the changed stretch (one undo step, the rest untouched).
 */
class Batch {
  private working: string;
  constructor(private readonly original: string, start: string) {
    this.working = start;
  }
  set(path: (string | number)[], value: unknown, insert = false): void {
    const edits = modify(this.working, path, value, { formattingOptions: formatting(this.working), isArrayInsertion: insert });
    this.working = applyCatalogEdits(this.working, edits);
  }
  get text(): string {
    return this.working;
  }
  result(): CatalogEdit[] {
    const a = this.original;
    const b = this.working;
    if (a === b) return [];
    let s = 0;
    while (s < a.length && s < b.length && a[s] === b[s]) s++;
    let e = 0;
    while (e < a.length - s && e < b.length - s && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
    return [{ offset: s, length: a.length - s - e, content: b.slice(s, b.length - e) }];
  }
}

function rawIndex(loaded: Loaded, id: string): number {
  return (loaded.raw.entities ?? []).findIndex((e) => !!e && typeof e === 'object' && (e as { id?: unknown }).id === id);
}

function appendEntity(batch: Batch, loaded: Loaded, record: CatalogEntity, added: number): void {
  batch.set(['entities', (loaded.raw.entities ?? []).length + added], record, true);
}

/** Not an Entity: the name goes to the catalog's `reject` list (and nowhere is it an entity). */
export function rejectEdits(catalogText: string, name: string): EditResult {
  const loaded = load(catalogText);
  if ('error' in loaded) return loaded;
  const value = name.trim();
  if (!value) return { error: 'The name is empty' };
  const reject = Array.isArray(loaded.raw.reject) ? (loaded.raw.reject as unknown[]) : undefined;
  if (reject?.some((r) => typeof r === 'string' && matchKey(r) === matchKey(value))) return { edits: [] };
  const batch = new Batch(catalogText, loaded.text);
  if (reject) batch.set(['reject', reject.length], value, true);
  else batch.set(['reject'], [value]);
  return validated(loaded, catalogText, batch.result());
}

/** Change Type: the catalog entity's type, or a new catalog entity with the recognised names and the new type. */
export function changeTypeEdits(catalogText: string, entity: RecognizedEntity, type: EntityType): EditResult {
  const loaded = load(catalogText);
  if ('error' in loaded) return loaded;
  const batch = new Batch(catalogText, loaded.text);
  const index = entity.fromCatalog ? rawIndex(loaded, entity.id) : -1;
  if (index >= 0) batch.set(['entities', index, 'type'], type);
  else {
    const names = cleanNames(entity.names);
    const first = Object.values(names)[0];
    if (!first) return { error: 'The entity has no name to record' };
    appendEntity(batch, loaded, { id: newEntityId({ entities: loaded.entities }, type, first), type, names }, 0);
  }
  return validated(loaded, catalogText, batch.result());
}

/**
 * Unlink `name` from an entity it was linked to: both become catalog entities (two catalog
 * entities are never linked), the entity without that name, the name on its own.
 */
export function unlinkEdits(catalogText: string, entity: RecognizedEntity, name: string, language: NameLanguage): EditResult {
  const loaded = load(catalogText);
  if ('error' in loaded) return loaded;
  const value = name.trim();
  if (!value) return { error: 'The name is empty' };
  const batch = new Batch(catalogText, loaded.text);
  const key = matchKey(value);
  let added = 0;
  const index = entity.fromCatalog ? rawIndex(loaded, entity.id) : -1;
  const known = index >= 0 ? loaded.entities.find((e) => e.id === entity.id) : undefined;
  if (known) {
    const aliases = known.aliases ?? [];
    const kept = aliases.filter((a) => matchKey(a) !== key);
    if (kept.length !== aliases.length) batch.set(['entities', index, 'aliases'], kept.length ? kept : undefined);
    for (const [lang, n] of Object.entries(known.names)) if (n && matchKey(n) === key && Object.keys(known.names).length > 1) batch.set(['entities', index, 'names', lang], undefined);
  } else {
    const names = cleanNames(entity.names, key);
    if (Object.keys(names).length) {
      const ids = { entities: [...loaded.entities] };
      const id = entity.fromCatalog || !loaded.entities.some((e) => e.id === entity.id) ? entity.id : newEntityId(ids, entity.type, Object.values(names)[0]!);
      appendEntity(batch, loaded, { id, type: entity.type, names }, added++);
      loaded.entities.push({ id, type: entity.type, names });
    }
  }
  const id = newEntityId({ entities: loaded.entities }, entity.type, value);
  appendEntity(batch, loaded, { id, type: entity.type, names: { [language]: value } }, added);
  return validated(loaded, catalogText, batch.result());
}

/** Same Entity as: `name` becomes an alias of the target (created in the catalog from its recognised names if need be). */
export function mergeEdits(catalogText: string, target: RecognizedEntity, name: string): EditResult {
  const loaded = load(catalogText);
  if ('error' in loaded) return loaded;
  const value = name.trim();
  if (!value) return { error: 'The name is empty' };
  const batch = new Batch(catalogText, loaded.text);
  const index = rawIndex(loaded, target.id);
  const known = index >= 0 ? loaded.entities.find((e) => e.id === target.id) : undefined;
  if (known) {
    if (Object.values(known.names).some((n) => n && matchKey(n) === matchKey(value)) || known.aliases?.some((a) => matchKey(a) === matchKey(value))) return { edits: [] };
    if (known.aliases) batch.set(['entities', index, 'aliases', known.aliases.length], value, true);
    else batch.set(['entities', index, 'aliases'], [value]);
  } else {
    const names = cleanNames(target.names);
    if (!Object.keys(names).length) return { error: `Entity "${target.id}" has no name to record` };
    const record: CatalogEntity = { id: target.id, type: target.type, names };
    if (!Object.values(names).some((n) => matchKey(n!) === matchKey(value))) record.aliases = [value];
    appendEntity(batch, loaded, record, 0);
  }
  return validated(loaded, catalogText, batch.result());
}

function cleanNames(names: Partial<Record<NameLanguage, string>>, without?: string): CatalogEntity['names'] {
  return Object.fromEntries(Object.entries(names).filter(([, v]) => v && v.trim() && matchKey(v) !== without)) as CatalogEntity['names'];
}
