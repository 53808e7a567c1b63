// Writing an export to a folder on disk (the platform side of core/export).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildExport, type ExportOptions } from '../core/export';
import type { WorkspaceIndex } from '../core/workspace/workspaceIndex';

export interface ExportResult {
  folder: string;
  /** Absolute paths of the files written. */
  files: string[];
}

/** Writes the export into `folder` (created when missing); existing files of the same names are replaced. */
export async function writeExport(index: WorkspaceIndex, uris: readonly string[], folder: string, options: ExportOptions): Promise<ExportResult> {
  const files = buildExport(index, uris, options);
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(folder, ...file.path.split('/'));
    await makeFolder(path.dirname(target));
    await fs.writeFile(target, file.content);
    written.push(target);
  }
  return { folder, files: written };
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir never returns for a folder that
 * cannot be made inside an existing one that refuses it (/proc/x), which must be an error.
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && (await fs.stat(dir)).isDirectory()) return;
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    await makeFolder(parent);
    await fs.mkdir(dir).catch((again: NodeJS.ErrnoException) => {
      if (again.code !== 'EEXIST') throw again;
    });
  }
}

