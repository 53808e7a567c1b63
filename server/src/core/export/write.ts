// The files of an export. Shared by the CLI and the language server, so "Export
// Annotations…" and `release-lens export` write the same (node/writeExport.ts writes them).
import type { Catalog } from '../catalog';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { catalogCorrections, exportDocuments } from './annotations';
import { bratAnnotationConf, renderBratAnnotations } from './brat';
import { renderFamilyCsv } from './csv';
import { renderJsonl } from './jsonl';

export const EXPORT_FORMATS = ['jsonl', 'brat', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** Relative to the export folder, with forward slashes. */
  path: string;
  content: string;
}

export interface ExportOptions {
  format: ExportFormat;
  /** The path of a document relative to the workspace root (names the exported files). */
  relativePath: (uri: string) => string;
  catalog?: Catalog;
  /** csv: only this family (by id). */
  family?: string;
}

export const JSONL_FILE = 'annotations.jsonl';
export const CORRECTIONS_FILE = 'corrections.json';

/** The files an export consists of. Throws an ExportError (a message for the user) when there is nothing to export. */
export function buildExport(index: WorkspaceIndex, uris: readonly string[], options: ExportOptions): ExportFile[] {
  const corrections: ExportFile = { path: CORRECTIONS_FILE, content: JSON.stringify(catalogCorrections(options.catalog), null, 2) + '\n' };
  if (options.format === 'jsonl') {
    return [{ path: JSONL_FILE, content: renderJsonl(exportDocuments(index, uris, options.relativePath)) }, corrections];
  }
  if (options.format === 'brat') {
    const files: ExportFile[] = [{ path: 'annotation.conf', content: bratAnnotationConf() }, corrections];
    for (const doc of exportDocuments(index, uris, options.relativePath)) {
      // brat pairs NAME.txt with NAME.ann: a .release file becomes NAME.release.txt.
      const base = safeRelative(doc.path).replace(/\.txt$/i, '');
      files.push({ path: `${base}.txt`, content: doc.text }, { path: `${base}.ann`, content: renderBratAnnotations(doc) });
    }
    return files;
  }
  const wanted = new Set(uris);
  const families = index.families().filter((f) => f.uris.length > 1 && f.uris.some((u) => wanted.has(u)) && (!options.family || f.id === options.family));
  if (families.length === 0) {
    throw new ExportError(options.family ? `no release family "${options.family}" among the documents` : 'no release family (versions of one release) among the documents: nothing to compare');
  }
  return families.map((family) => {
    const names = family.uris.map((u) => options.relativePath(u).split('\\').join('/'));
    const base = names.map((n) => n.slice(n.lastIndexOf('/') + 1));
    const unique = new Set(base).size === base.length;
    const versions = family.uris.map((uri, i) => ({ uri, name: unique ? base[i] : names[i], text: index.get(uri)?.text ?? '' }));
    return { path: `${family.id.replace(/[^\w.-]+/g, '_')}.csv`, content: renderFamilyCsv(versions, index.alignment(family.uris[0])) };
  });
}

/** A message for the user, not a bug. */
export class ExportError extends Error {}

// A document outside the workspace root has a path starting with "../": keep it inside the export folder.
function safeRelative(p: string): string {
  return p.split('/').filter((s) => s !== '..' && s !== '.' && s !== '' && !/^[A-Za-z]:$/.test(s)).join('/');
}
