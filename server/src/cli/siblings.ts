// --siblings (what the pre-commit hook passes): the versions of a release usually live
// side by side, and a staged file alone has nobody to disagree with. So the release
// files next to each named file are read too, and only the named files are reported.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export async function siblingFiles(files: readonly string[], isRelease: (file: string) => boolean): Promise<string[]> {
  const named = new Set(files.map((f) => path.resolve(f)));
  const folders = [...new Set(files.map((f) => path.dirname(f)))];
  const siblings: string[] = [];
  for (const folder of folders) {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      continue; // the named files' own problems are reported when they are read
    }
    for (const entry of entries) {
      const file = path.join(folder, entry.name);
      if (entry.isFile() && isRelease(entry.name) && !named.has(path.resolve(file))) siblings.push(file);
    }
  }
  return siblings.sort();
}
