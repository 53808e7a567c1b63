// Temporary workspaces for the end-to-end suites. The samples are always COPIED: the
// suites never write into the repo's samples/ folder.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The three versions of the Hunnan release (one family in three languages). */
export const HUNNAN = {
  en: 'hunnan-2026-conference.en.txt',
  ja: 'hunnan-2026-conference.ja.txt',
  zh: 'hunnan-2026-conference.zh.txt',
} as const;

/** The figure the mismatch workspace changes in the ja copy, and what it becomes. */
export const MISMATCH = { file: HUNNAN.ja, original: '28キロ', changed: '38キロ' } as const;

/** A fresh temporary folder (e.g. /tmp/release-lens-e2e-XXXX). */
export function tempDir(prefix = 'release-lens-e2e-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * Copy samples/ into `<root>/samples/` (the default include globs match `samples/**`).
 * `files` limits the copy to some file names. Returns the workspace root.
 */
export function copySamples(samplesDir: string, root: string, files?: readonly string[]): string {
  const target = path.join(root, 'samples');
  mkdirSync(target, { recursive: true });
  for (const name of files ?? readdirSync(samplesDir)) cpSync(path.join(samplesDir, name), path.join(target, name), { recursive: true });
  return root;
}

/**
 * A workspace holding only the three Hunnan versions, with one figure of the ja copy
 * changed (28キロ → 38キロ), so the family disagrees on the road network length.
 */
export function createMismatchWorkspace(samplesDir: string, root: string): { root: string; changedFile: string } {
  copySamples(samplesDir, root, Object.values(HUNNAN));
  const changedFile = path.join(root, 'samples', MISMATCH.file);
  const text = readFileSync(changedFile, 'utf8');
  const count = text.split(MISMATCH.original).length - 1;
  if (count !== 1) throw new Error(`expected exactly one "${MISMATCH.original}" in ${MISMATCH.file}, found ${count}`);
  writeFileSync(changedFile, text.replace(MISMATCH.original, MISMATCH.changed));
  return { root, changedFile };
}
