import { createHash } from 'node:crypto';

/**
 * A key for "ignore this finding" that survives edits elsewhere in the document: it is
 * made of the check, the figure as written (NFKC, spaces removed) and what it is
 * compared with, never of offsets.
 */
export function makeFingerprint(code: string, parts: (string | undefined)[]): string {
  const text = [code, ...parts.map((p) => (p ?? '').normalize('NFKC').replace(/\s+/g, ''))].join('|');
  return `${code}:${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
}
