import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A small glob matcher for catalog `families[].files` and `ignore[].file`:
 * `**` (any number of folders), `*` (within one path segment), `?`, `{a,b}`.
 * Paths are compared with forward slashes.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  let inBraces = 0;
  while (i < g.length) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        // "**/" matches zero or more folders; a trailing "**" matches everything.
        if (g[i + 2] === '/') { re += '(?:[^/]*/)*'; i += 3; continue; }
        re += '.*'; i += 2; continue;
      }
      re += '[^/]*'; i++; continue;
    }
    if (c === '?') { re += '[^/]'; i++; continue; }
    if (c === '{') { re += '(?:'; inBraces++; i++; continue; }
    if (c === '}' && inBraces > 0) { re += ')'; inBraces--; i++; continue; }
    if (c === ',' && inBraces > 0) { re += '|'; i++; continue; }
    re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i++;
  }
  return new RegExp(`^${re}$`);
}

const globCache = new Map<string, RegExp>();

export function matchGlob(glob: string, relativePath: string): boolean {
  let re = globCache.get(glob);
  if (!re) {
    re = globToRegExp(glob);
    if (globCache.size > 1000) globCache.clear();
    globCache.set(glob, re);
  }
  const p = relativePath.replace(/\\/g, '/');
  if (re.test(p)) return true;
  // A glob without a folder part ("*.ja.txt") matches the file name anywhere.
  if (!glob.includes('/')) return re.test(p.slice(p.lastIndexOf('/') + 1));
  return false;
}

/** A file-system path for a URI (file:// or a plain path). */
export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try { return fileURLToPath(uri); } catch { /* fall through */ }
  }
  return uri.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '/');
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
  return decodeURIComponent(p.slice(p.lastIndexOf('/') + 1));
}
