import { applyEdits, getNodeValue, modify, parseTree, type FormattingOptions, type ParseError } from 'jsonc-parser';
import type { EntityType } from '../types';
import { parseCatalog } from './parse';
import type { Catalog, CatalogEntity } from './schema';
import { readName } from '../entities/reading';
import { slugify } from '../entities/link';

/** One text edit on the catalog file (offsets into the text given). */
export interface CatalogEdit {
  offset: number;
  length: number;
  content: string;
}

export type EditResult = { edits: CatalogEdit[] } | { error: string };
export type NameLanguage = 'ja' | 'zh' | 'en';

/**
 * The catalog as the edit helpers need it: refuses (with a reason) when the text is not
 * a valid catalog, so that a file we could not parse is never rewritten. An empty or
 * blank file counts as an empty catalog.
 */
export function load(text: string): Loaded | { error: string } {
  if (text.trim() === '') return { catalog: { entities: [] }, blank: true, raw: { entities: [] }, problems: 0 };
  // parseCatalog first: it refuses a file too deeply nested for jsonc-parser's recursion.
  const parsed = parseCatalog(text);
  if (parsed.problems.some((p) => /Nested more than/.test(p.message))) return { error: `release-lens.json is not a valid catalog: ${parsed.problems[0].message}` };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length || !root) return { error: 'release-lens.json has syntax errors; fix them before annotating' };
  if (!parsed.catalog) return { error: `release-lens.json is not a valid catalog: ${parsed.problems[0]?.message ?? 'unknown problem'}` };
  // Entries with problems are left out of the catalog but stay in the file: edits address the file's own lists.
  return { catalog: parsed.catalog, blank: false, raw: getNodeValue(root) as Loaded['raw'], problems: parsed.problems.length };
}

/**
 * Every edit is checked before it is offered: the catalog it leaves must pass the same
 * schema the server reads it with, with no problem the file did not have before, so an
 * edit never makes the file worse.
 */
export function validated(loaded: Pick<Loaded, 'problems'>, text: string, edits: CatalogEdit[]): EditResult {
  if (edits.length === 0) return { edits };
  const after = parseCatalog(applyEdits(text, edits));
  if (after.catalog && after.problems.length <= loaded.problems) return { edits };
  return { error: `This change would make release-lens.json invalid: ${after.problems[0]?.message ?? 'unknown problem'}` };
}

export interface Loaded {
  catalog: Catalog;
  blank: boolean;
  raw: { entities: unknown[]; ignore?: unknown; reject?: unknown };
  /** The problems the file has already (entries left out of the catalog); a blank file has none to keep. */
  problems: number;
}

/** Where an entity (by id) is in the file's entities list, or -1. */
function rawIndex(loaded: Loaded, id: string): number {
  return loaded.raw.entities.findIndex((e) => !!e && typeof e === 'object' && (e as { id?: unknown }).id === id);
}

function rawLength(list: unknown): number | undefined {
  return Array.isArray(list) ? list.length : undefined;
}

/** The file's own indentation and line ends, for every edit. */
export function formatting(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? Math.min(indent.length, 8) : 2, eol };
}

function edit(text: string, path: (string | number)[], value: unknown, insert = false): CatalogEdit[] {
  return modify(text, path, value, { formattingOptions: formatting(text), isArrayInsertion: insert }).map((e) => ({ offset: e.offset, length: e.length, content: e.content }));
}

function whole(text: string, catalog: Catalog): CatalogEdit[] {
  return [{ offset: 0, length: text.length, content: JSON.stringify(catalog, null, 2) + '\n' }];
}

/** A new id for a name: the type and a slug of its English or pinyin reading, unique in the catalog. */
export function newEntityId(catalog: Catalog, type: EntityType, name: string): string {
  const latin = !/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u.test(name);
  const base = `${type}:${(latin ? slugify(name) : slugify(readName(name).slugWords.join(' '))) || 'entity'}`;
  const ids = new Set(catalog.entities.map((e) => e.id));
  if (!ids.has(base)) return base;
  for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function addEntityEdits(
  catalogText: string,
  entity: { id?: string; type: EntityType; name: string; language: NameLanguage; aliases?: string[] },
): { edits: CatalogEdit[]; id: string } | { error: string } {
  const loaded = load(catalogText);
  if ('error' in loaded) return loaded;
  const { catalog, blank } = loaded;
  const name = entity.name.trim();
  if (!name) return { error: 'The name is empty' };
  if (entity.id !== undefined && rawIndex(loaded, entity.id) >= 0) return { error: `An entity with id "${entity.id}" already exists` };
  const id = entity.id ?? newEntityId(catalog, entity.type, name);
  const record: CatalogEntity = { id, type: entity.type, names: { [entity.language]: name } };
  if (entity.aliases?.length) record.aliases = [...entity.aliases];
  const result = validated(loaded, catalogText, blank ? whole(catalogText, { entities: [record] }) : edit(catalogText, ['entities', loaded.raw.entities.length], record, true));
  return 'error' in result ? result : { edits: result.edits, id };
}

/**
 * Adds an alias to an entity. When the entity is not in the catalog (only recognised),
 * pass `recognized` (its type and names) and it is created with the alias.
 */
export function addAliasEdits(
  catalogText: string,
  entityId: string,
  alias: string,
  recognized?: { type: EntityType; names: Partial<Record<NameLanguage, string>> },
): EditResult {
  const loaded = load(catalogText);
  if ('error' in loaded) return loaded;
  const { catalog, blank } = loaded;
  const value = alias.trim();
  if (!value) return { error: 'The alias is empty' };
  const found = catalog.entities.find((e) => e.id === entityId);
  const index = found ? rawIndex(loaded, entityId) : -1;
  if (!found) {
    if (!recognized) return { error: `No entity "${entityId}" in the catalog` };
    const names = Object.fromEntries(Object.entries(recognized.names).filter(([, v]) => v)) as CatalogEntity['names'];
    if (!Object.keys(names).length) return { error: `Entity "${entityId}" has no name to record` };
    const record: CatalogEntity = { id: entityId, type: recognized.type, names, aliases: Object.values(names).includes(value) ? [] : [value] };
    if (!record.aliases!.length) delete record.aliases;
    return validated(loaded, catalogText, blank ? whole(catalogText, { entities: [record] }) : edit(catalogText, ['entities', loaded.raw.entities.length], record, true));
  }
  const e = found;
  if (Object.values(e.names).includes(value) || e.aliases?.includes(value)) return { edits: [] };
  if (!e.aliases) return validated(loaded, catalogText, edit(catalogText, ['entities', index, 'aliases'], [value]));
  return validated(loaded, catalogText, edit(catalogText, ['entities', index, 'aliases', e.aliases.length], value, true));
}

export function addIgnoreEdits(catalogText: string, entry: { code: string; file?: string; text?: string; fingerprint?: string; reason?: string }): EditResult {
  const loaded = load(catalogText);
  if ('error' in loaded) return loaded;
  const { catalog, blank } = loaded;
  if (!entry.code.trim()) return { error: 'The code is empty' };
  const clean = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && v !== '')) as typeof entry;
  const same = (catalog.ignore ?? []).some((i) => i.code === clean.code && i.file === clean.file && i.text === clean.text && i.fingerprint === clean.fingerprint);
  if (same) return { edits: [] };
  if (blank) return validated(loaded, catalogText, whole(catalogText, { entities: [], ignore: [clean] }));
  const length = rawLength(loaded.raw.ignore);
  if (length === undefined) return validated(loaded, catalogText, edit(catalogText, ['ignore'], [clean]));
  return validated(loaded, catalogText, edit(catalogText, ['ignore', length], clean, true));
}

export function renameEntityEdits(catalogText: string, entityId: string, language: NameLanguage, newName: string): EditResult {
  const loaded = load(catalogText);
  if ('error' in loaded) return loaded;
  const { catalog } = loaded;
  const name = newName.trim();
  if (!name) return { error: 'The new name is empty' };
  const found = catalog.entities.find((e) => e.id === entityId);
  if (!found) return { error: `No entity "${entityId}" in the catalog` };
  const index = rawIndex(loaded, entityId);
  if (found.names[language] === name) return { edits: [] };
  return validated(loaded, catalogText, edit(catalogText, ['entities', index, 'names', language], name));
}

/** Applies edits to a text (for tests and the CLI). */
export function applyCatalogEdits(text: string, edits: CatalogEdit[]): string {
  return applyEdits(text, edits);
}
