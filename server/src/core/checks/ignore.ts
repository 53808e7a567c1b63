import { matchGlob } from '../families/glob';
import type { EngineDiagnostic } from '../types';

/** An entry of the catalog's `ignore` list. */
export interface IgnoreEntry {
  code: string;
  /** Glob on the path relative to the workspace root. */
  file?: string;
  /** The text the finding is on, as written (compared after NFKC, spaces removed). */
  text?: string;
  fingerprint?: string;
  reason?: string;
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** True when `entry` silences `d` (found in the file at `relativePath`). */
export function isIgnored(d: EngineDiagnostic, entry: IgnoreEntry, relativePath: string, text?: string): boolean {
  if (entry.code !== d.code && entry.code !== '*') return false;
  if (entry.file !== undefined && !matchGlob(entry.file, relativePath)) return false;
  if (entry.fingerprint !== undefined && entry.fingerprint !== d.fingerprint) return false;
  if (entry.text !== undefined) {
    // Without the document text, the figure as written is read from the message, where
    // every finding quotes it (“38キロ”).
    const written = text !== undefined ? text.slice(d.start, d.end) : /“([^”]*)”/.exec(d.message)?.[1];
    if (written === undefined || norm(written) !== norm(entry.text)) return false;
  }
  return true;
}

/**
 * Drops ignored findings. `uriToRelativePath` maps a document URI to its path relative
 * to the workspace root (for `file` globs); `texts` (optional) gives the document text
 * for `text` entries.
 */
export function applyIgnores(
  diagnostics: Map<string, EngineDiagnostic[]>,
  entries: readonly IgnoreEntry[] | undefined,
  uriToRelativePath: (uri: string) => string,
  texts?: Map<string, string>,
): Map<string, EngineDiagnostic[]> {
  if (!entries || entries.length === 0) return diagnostics;
  const out = new Map<string, EngineDiagnostic[]>();
  for (const [uri, list] of diagnostics) {
    const rel = uriToRelativePath(uri);
    const text = texts?.get(uri);
    out.set(uri, list.filter((d) => !entries.some((e) => isIgnored(d, e, rel, text))));
  }
  return out;
}
