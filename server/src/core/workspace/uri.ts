// Document URIs, spelled once and one way: as VS Code spells them (vscode-uri's
// URI.file(p).toString()). Editors percent-encode file names differently (VS Code
// encodes ( ) [ ] & + ' ! and spaces; Node's pathToFileURL leaves most of them), so a
// URI from anywhere is normalised here before it keys anything, and a path is turned into
// a URI here only. Decoding happens once, here; nothing decodes a path again.
import * as path from 'node:path';

/** Characters vscode-uri leaves as they are in a path (RFC 3986 unreserved, and '/'). */
const UNRESERVED = /[A-Za-z0-9\-._~/]/;

function encodePath(p: string): string {
  let out = '';
  for (const ch of p) {
    if (UNRESERVED.test(ch)) out += ch;
    else {
      try {
        out += encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
      } catch {
        out += '%EF%BF%BD'; // a lone surrogate: cannot be a file name on disk anyway
      }
    }
  }
  return out;
}

/** Decodes %XX runs that are valid UTF-8; anything else (a lone '%', bad bytes) stays as written. */
function decodeGraceful(s: string): string {
  return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** The URI of an absolute file-system path, as VS Code spells it. */
export function pathToUri(fsPath: string): string {
  let p = path.resolve(fsPath);
  if (path.sep === '\\') p = p.replace(/\\/g, '/');
  if (!p.startsWith('/')) p = '/' + p;
  // Windows drive letters: lower case, colon encoded (file:///c%3A/x).
  const drive = /^\/([A-Za-z]):(\/|$)/.exec(p);
  if (drive) return `file:///${drive[1].toLowerCase()}%3A${encodePath(p.slice(3))}`;
  return `file://${encodePath(p)}`;
}

/** A file: URI's path on disk, or undefined for other schemes (untitled:, …) and unusable URIs. */
export function uriToFsPath(uri: string): string | undefined {
  const m = /^file:\/\/([^/?#]*)([^?#]*)/i.exec(uri);
  if (!m) return undefined;
  let p = decodeGraceful(m[2]);
  if (p.includes('\0')) return undefined;
  if (!p) p = '/';
  const authority = decodeGraceful(m[1]);
  if (/^\/[A-Za-z]:/.test(p)) p = p[1].toLowerCase() + p.slice(2);
  if (authority && authority !== 'localhost') p = `//${authority}${p}`;
  return path.sep === '\\' ? p.replace(/\//g, '\\') : p;
}

/**
 * One spelling per document: file: URIs as VS Code spells them, other schemes
 * (untitled:, …) as given. The same file named two ways gives the same string.
 */
export function canonicalUri(uri: string): string {
  if (!/^file:/i.test(uri)) return uri;
  const fsPath = uriToFsPath(uri);
  return fsPath === undefined ? uri : pathToUri(fsPath);
}
