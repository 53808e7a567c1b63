import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'press-release';

/**
 * The include/exclude globs from settings (workspace-level; per-folder values are read by the
 * server). The defaults come from package.json, which a test keeps equal to the zod schema's
 * (importing the schema here would put zod into the client bundle).
 */
export function readGlobs(): { include: string[]; exclude: string[] } {
  const config = vscode.workspace.getConfiguration('releaseLens');
  return { include: stringArray(config.get('include')), exclude: stringArray(config.get('exclude')) };
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}

/**
 * Plain-text files named as one language version of a release (name.ja.txt, name_en.txt,
 * name-zh.txt, ja/name.txt): a bare folder of releases works without settings. The same
 * tags as the server's naming conventions (server/src/core/families/naming.ts).
 */
const TAGS = '{en,ja,jp,zh,cn,hans,hant,zh-cn,zh-tw,zh-hans,zh-hant,tc,sc}';
export const VERSION_PATTERNS = [`**/*.${TAGS}.txt`, `**/*_${TAGS}.txt`, `**/*-${TAGS}.txt`, `**/${TAGS}/*.txt`];

/**
 * Press-release documents, plain-text files that match an include glob, and plain-text
 * files named as a language version of a release. Other `.txt` files never reach the
 * server, so nothing happens in other workspaces.
 */
export function documentSelector(include: string[]): DocumentSelector {
  return [
    { scheme: 'file', language: LANGUAGE_ID },
    { scheme: 'untitled', language: LANGUAGE_ID },
    ...[...include, ...VERSION_PATTERNS].map((pattern) => ({ scheme: 'file', language: 'plaintext', pattern })),
  ];
}

/** True when the document is a press release the server analyses (selector match, not excluded). */
export function isReleaseDocument(document: vscode.TextDocument, globs = readGlobs()): boolean {
  if (vscode.languages.match(documentSelector(globs.include) as vscode.DocumentSelector, document) === 0) return false;
  return !isExcluded(document, globs.exclude);
}

export function isExcluded(document: vscode.TextDocument, exclude: string[]): boolean {
  return exclude.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}
