import * as path from 'node:path';
import picomatch from 'picomatch';
import { errorCode, type FileSystem } from './fileSystem';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes a release file's bytes: refuses binary files and invalid UTF-8 with a one-line reason. */
export function decodeRelease(bytes: Uint8Array): ReadResult {
  // NUL bytes in the first 8 KB are the usual sign of a binary file (or of UTF-16). In
  // otherwise valid UTF-8 text, NULs (a paste gone wrong, a run of them before the text) do
  // not make it binary, unless they look like UTF-16 without a BOM (many, nearly all at even
  // or nearly all at odd offsets: ASCII letters' high bytes) or there is hardly any text
  // beside them.
  let text: string | undefined;
  try {
    text = decoder.decode(bytes);
  } catch {
    text = undefined; // a fatal decoder: the bytes are not UTF-8
  }
  const head = bytes.subarray(0, 8192);
  let nuls = 0;
  let evenNuls = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (nuls++, i % 2 === 0 && evenNuls++);
  if (nuls > 0) {
    const utf16Like = nuls * 100 > head.length && nuls >= 4 && Math.max(evenNuls, nuls - evenNuls) >= nuls * 0.9;
    // eslint-disable-next-line no-control-regex
    const hardlyText = nuls * 100 > head.length && text !== undefined && text.replace(/[\u0000-\u0020]/g, '').length < 8;
    if (utf16Like || text === undefined || hardlyText) return { ok: false, reason: 'binary file (contains NUL bytes), not a text release' };
  }
  if (text === undefined) return { ok: false, reason: 'not valid UTF-8' };
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export async function readRelease(fs: FileSystem, file: string, maxBytes = Infinity): Promise<ReadResult & { bytes?: number }> {
  try {
    const info = await fs.stat(file);
    if (info.kind !== 'file') return { ok: false, reason: 'not a regular file' };
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    const bytes = await fs.readFile(file);
    // It may have grown between the two calls.
    if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
    return { ...decodeRelease(bytes), bytes: bytes.length };
  } catch (error) {
    const code = errorCode(error);
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'not a regular file' : String((error as Error).message) };
  }
}

function tooLarge(size: number, maxBytes: number): ReadResult {
  return { ok: false, reason: `${Math.round(size / 1024)} KB is over the size limit of ${Math.round(maxBytes / 1024)} KB` };
}

/** Matches workspace-relative paths (forward slashes) against include and exclude globs. */
export function createReleaseMatcher(include: readonly string[], exclude: readonly string[]): (relativePath: string) => boolean {
  const inc = picomatch(include as string[], { dot: false, nocase: process.platform === 'win32' });
  const exc = exclude.length ? picomatch(exclude as string[], { dot: true }) : () => false;
  return (relativePath) => {
    const p = relativePath.split(path.sep).join('/');
    return inc(p) && !exc(p);
  };
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

/**
 * Lists the files below `root` whose relative path passes `matches`. Iterative, so a
 * deep tree cannot overflow the stack; symbolic links are not followed.
 */
export async function findReleaseFiles(fs: FileSystem, root: string, matches: (relativePath: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: Awaited<ReturnType<FileSystem['readDirectory']>>;
    try {
      entries = await fs.readDirectory(dir);
    } catch {
      continue; // unreadable or gone meanwhile: the rest of the tree is still searched
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.kind === 'directory') {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) pending.push(full);
      } else if (entry.kind === 'file' && matches(path.relative(root, full))) {
        found.push(full);
      }
    }
  }
  return found.sort();
}

/**
 * Reads files ahead of the caller: while it analyses one release, the next few are read,
 * so the CPU does not wait on the disk between files. With analyses from the disk cache
 * the work per file is small and one read at a time left this thread idle a quarter of
 * the time; several reads in flight keep the thread pool busy instead.
 */
export async function* readReleasesAhead(fs: FileSystem, files: readonly string[], maxBytes = Infinity, ahead = 8): AsyncGenerator<{ file: string; read: ReadResult }> {
  const reads: Promise<ReadResult>[] = [];
  let next = 0;
  const fill = () => {
    while (next < files.length && reads.length < ahead) reads.push(readRelease(fs, files[next++], maxBytes));
  };
  fill();
  for (let i = 0; i < files.length; i++) {
    const read = await reads.shift()!;
    fill();
    yield { file: files[i], read };
  }
}
