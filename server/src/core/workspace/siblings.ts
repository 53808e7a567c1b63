// A bare folder works: releases next to an opened release are read too, so that a user
// who opens one `.txt` release of a folder outside samples/ and releases/ sees its other
// versions (and the findings between them). Only the folder itself, and for the
// `ja/name.txt` beside `en/name.txt` convention its sibling language folders.
import * as path from 'node:path';
import { namingKey } from '../families/naming';
import type { FileSystem } from './fileSystem';

const RELEASE_FILE = /\.(?:txt|release)$/i;
/** A folder of a few hundred releases is read; a dump of thousands next to a note is not. */
export const MAX_SIBLINGS = 500;

async function filesIn(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    const entries = await fs.readDirectory(dir);
    return entries.filter((e) => e.kind === 'file' && RELEASE_FILE.test(e.name) && !e.name.startsWith('.')).map((e) => path.join(dir, e.name));
  } catch {
    return []; // the disk: an unreadable or vanished folder has no siblings to read
  }
}

/**
 * The release files next to `file` (not `file` itself), sorted: every `.txt` / `.release`
 * in its folder and, when the folder is named by a language tag (ja/, en/, zh-hant/),
 * the files of the same name in the sibling language folders.
 */
export async function siblingReleaseFiles(fs: FileSystem, file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const found = new Set(await filesIn(fs, dir));
  const key = namingKey(file);
  if (key && key.key.includes('/*/')) {
    const parent = path.dirname(dir);
    let folders: string[] = [];
    try {
      folders = (await fs.readDirectory(parent)).filter((e) => e.kind === 'directory').map((e) => path.join(parent, e.name));
    } catch { /* none */ }
    for (const folder of folders) {
      if (folder === dir) continue;
      const candidate = path.join(folder, path.basename(file));
      if (namingKey(candidate)?.key === key.key) {
        try {
          if ((await fs.stat(candidate)).kind === 'file') found.add(candidate);
        } catch { /* not there */ }
      }
    }
  }
  found.delete(file);
  return [...found].sort().slice(0, MAX_SIBLINGS);
}
