// What `release-lens export` and "Export Annotations…" write: every document's text,
// entities and figures, with offsets in UTF-16 code units and in code points, and the
// corrections editors made in the catalog. Built from the workspace index, so the
// export is exactly what the editor shows.
import type { Catalog } from '../catalog';
import type { EntityMention, EntityType, Figure, Language } from '../types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { CodePointIndex } from './offsets';

/** A span: `start`/`end` in UTF-16 code units (as in the JSON output), `codePointStart`/`codePointEnd` in Unicode code points; end exclusive. */
export interface ExportSpan {
  start: number;
  end: number;
  codePointStart: number;
  codePointEnd: number;
}

export interface ExportEntity extends ExportSpan {
  id: string;
  type: EntityType;
  text: string;
  /** How it was found: a catalog name, a pattern (type word + proper noun), or a short form of an earlier mention. */
  source: EntityMention['source'];
  /** True when an editor accepted the entity in the catalog (its type and names are the catalog's). */
  accepted: boolean;
}

/** A figure as the engine reads it (value, unit, bound; counted and note when set). */
export interface ExportFigure extends ExportSpan, Pick<Figure, 'text' | 'value' | 'unit' | 'bound' | 'counted' | 'note'> {}

export interface ExportDocument {
  /** The path relative to the workspace root, with forward slashes. */
  path: string;
  language: Language;
  family: string | null;
  text: string;
  entities: ExportEntity[];
  figures: ExportFigure[];
}

/** The catalog's corrections: what editors accepted (with types, names and merged aliases), rejected and ignored. */
export interface ExportCorrections {
  accepted: { id: string; type: EntityType; names: Partial<Record<'ja' | 'zh' | 'en', string>>; aliases: string[] }[];
  /** The catalog's `reject` list, as written (names that are not entities); empty while the catalog has none. */
  rejected: unknown[];
  /** The catalog's ignored findings. */
  ignored: NonNullable<Catalog['ignore']>;
}

/** The export of the given documents (in that order), as the index sees them. */
export function exportDocuments(index: WorkspaceIndex, uris: readonly string[], relativePath: (uri: string) => string): ExportDocument[] {
  const entities = index.entities(); // also gives every mention its canonical id
  const out: ExportDocument[] = [];
  for (const uri of uris) {
    const doc = index.get(uri);
    if (!doc) continue;
    const cp = new CodePointIndex(doc.text);
    const span = (s: { start: number; end: number }): ExportSpan => ({ start: s.start, end: s.end, codePointStart: cp.at(s.start), codePointEnd: cp.at(s.end) });
    out.push({
      path: relativePath(uri).split('\\').join('/'),
      language: doc.analysis.language,
      family: index.familyOf(uri)?.id ?? null,
      text: doc.text,
      entities: doc.analysis.mentions.map((m) => ({
        id: m.id, type: m.type, text: m.text, ...span(m), source: m.source, accepted: entities.get(m.id)?.fromCatalog ?? false,
      })),
      figures: doc.analysis.figures.map((f) => ({
        text: f.text, value: f.value, unit: f.unit, bound: f.bound, ...span(f),
        ...(f.counted ? { counted: f.counted } : {}), ...(f.note ? { note: f.note } : {}),
      })),
    });
  }
  return out;
}

export function catalogCorrections(catalog: Catalog | undefined): ExportCorrections {
  return {
    accepted: (catalog?.entities ?? []).map((e) => ({ id: e.id, type: e.type, names: { ...e.names }, aliases: e.aliases ?? [] })),
    rejected: listField(catalog, 'reject'),
    ignored: catalog?.ignore ?? [],
  };
}

// The catalog schema gains a `reject` list in another change; read it without
// depending on its exact shape, so it flows into the export as soon as it exists.
function listField(object: object | undefined, key: string): unknown[] {
  const value: unknown = object ? Object.getOwnPropertyDescriptor(object, key)?.value : undefined;
  return Array.isArray(value) ? value : [];
}
