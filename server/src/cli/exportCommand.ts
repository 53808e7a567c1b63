// `release-lens export`: the annotations of the checked files as data (jsonl, brat, csv),
// into --out DIR, or to stdout for jsonl and a single family's csv.
import * as path from 'node:path';
import type { Catalog } from '../core/catalog';
import { buildExport, ExportError, JSONL_FILE } from '../core/export';
import { writeExport } from '../node/writeExport';
import type { WorkspaceIndex } from '../core/workspace/workspaceIndex';
import type { ExportCommandOptions } from '../cli';

export async function runExport(
  index: WorkspaceIndex,
  uris: string[],
  options: ExportCommandOptions,
  catalog: Catalog | undefined,
): Promise<{ stdout: string } | { error: string }> {
  const exportOptions = { format: options.format, relativePath: (uri: string) => path.relative(process.cwd(), uri), catalog, family: options.family };
  try {
    if (options.out !== undefined) {
      const result = await writeExport(index, uris, options.out, exportOptions);
      return { stdout: result.files.map((f) => `${shown(f)}\n`).join('') };
    }
    const files = buildExport(index, uris, exportOptions);
    if (options.format === 'jsonl') return { stdout: files.find((f) => f.path === JSONL_FILE)!.content };
    if (files.length > 1) {
      return { error: `${files.length} release families (${files.map((f) => f.path.replace(/\.csv$/, '')).join(', ')}): give --family ID, or --out DIR for one file each` };
    }
    return { stdout: files[0].content };
  } catch (error) {
    if (error instanceof ExportError) return { error: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') return { error: `${options.out}: cannot write the export there (a file is in the way of a folder)` };
    if (code) return { error: `${options.out}: cannot write the export (${(error as Error).message})` };
    throw error;
  }
}

/** A written file as the user would name it: relative to here when inside, else absolute. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative;
}
