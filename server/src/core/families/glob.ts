import * as path from 'node:path';
import { uriToFsPath } from '../workspace/uri';
import picomatch from 'picomatch';

const globCache = new Map<string, (relativePath: string) => boolean>();

/**
 * Matches catalog `families[].files` and `ignore[].file` globs with the same semantics
 * as the `releaseLens.include` setting (picomatch). A glob without a folder part
 * ("*.ja.txt") matches the file name anywhere. Paths use forward slashes.
 */
export function matchGlob(glob: string, relativePath: string): boolean {
  let matcher = globCache.get(glob);
  if (!matcher) {
    matcher = picomatch(glob.replace(/\\/g, '/').replace(/^\.\//, ''), { dot: true, basename: !glob.includes('/') });
    if (globCache.size > 1000) globCache.clear();
    globCache.set(glob, matcher);
  }
  return matcher(relativePath.replace(/\\/g, '/'));
}

/** A file-system path for a URI (file:// or a plain path), decoded once (core/workspace/uri.ts). */
export function uriToPath(uri: string): string {
  return uriToFsPath(uri) ?? uri.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '/');
}

/** The path of `uri` relative to `rootPath` (forward slashes); the whole path when outside it or no root. */
export function relativePathOf(uri: string, rootPath?: string): string {
  const p = uriToPath(uri);
  if (rootPath) {
    const rel = path.relative(rootPath, p);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return p.split(path.sep).join('/');
}

/** The file name of a URI ("hunnan-2026-conference.ja.txt"). */
export function fileNameOf(uri: string): string {
  const p = uriToPath(uri).replace(/\\/g, '/');
  return p.slice(p.lastIndexOf('/') + 1); // a path: already decoded, never decoded twice
}
