import type { DocumentAnalysis, EngineDiagnostic, EntityMention, Figure } from '../types';
import { makeFingerprint } from './fingerprint';

export const COUNT_CLAIM = 'count-claim';

/**
 * count-claim: a count word disagrees with the list it introduces ("Four key projects
 * – A, B, C"). Conservative, because a wrong warning costs more than a missed one:
 * - English: "<count> <up to five words> – / : <list>" up to the end of the sentence or
 *   a closing dash; items split on commas (a final "and" allowed); any other "and"/"or"
 *   outside an entity name, "such as", "including", "etc." make the list unclear.
 * - Chinese / Japanese: "<list>(の)<count>" with the list directly before the count,
 *   items split on 、, the list starting at a clause boundary or an opening quote; a
 *   list followed by 等/など, a discourse word at its start, or one short item that
 *   breaks a parallel run ("由A、由B、由C、D") is unclear.
 */
export function checkCountClaims(analysis: DocumentAnalysis, text: string): EngineDiagnostic[] {
  const out: EngineDiagnostic[] = [];
  for (const f of analysis.figures) {
    if (f.unit !== 'count' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 2 || f.value > 20) continue;
    const items = englishList(f, text, analysis.mentions) ?? cjkList(f, text);
    if (!items || items.length < 2 || items.length === f.value) continue;
    out.push({
      code: COUNT_CLAIM,
      severity: 'warning',
      start: f.start,
      end: f.end,
      message: `Count differs from its list: “${f.text}” says ${f.value}, but the list that goes with it names ${items.length}: ${items.map((i) => `“${i}”`).join(', ')}.`,
      related: [],
      fingerprint: makeFingerprint(COUNT_CLAIM, [f.text, items.join('|')]),
    });
  }
  return out;
}

const UNCLEAR_EN = /\b(?:such as|including|includes|include|etc\b|among others|e\.g\.|for example|or)\b/i;

export function englishList(f: Figure, text: string, mentions: EntityMention[]): string[] | undefined {
  const lineEnd = nextLineEnd(text, f.end);
  const after = text.slice(f.end, Math.min(lineEnd, f.end + 2000));
  const head = /^((?:[ \t]+[A-Za-z][\w'-]*){1,5})(?:[ \t]+[-–—][ \t]+|[ \t]*[–—][ \t]*|:[ \t]+)/.exec(after);
  if (!head) return undefined;
  const listStart = f.end + head[0].length;
  // The list ends at the end of the sentence or at a closing dash.
  const rest = text.slice(listStart, lineEnd);
  const endMatch = /(?:[ \t]+[-–—][ \t]+|[ \t]*[–—]|\.(?=\s|$)|;|$)/.exec(rest);
  const listText = rest.slice(0, endMatch ? endMatch.index : rest.length);
  if (UNCLEAR_EN.test(listText)) return undefined;
  const parts = listText.split(',').map((p) => p.trim());
  if (parts.length < 2) return undefined;
  const last = parts.length - 1;
  parts[last] = parts[last].replace(/^and\s+/i, '');
  // Any "and" left ("B and C") must be inside an entity name, or the list is unclear.
  let offset = 0;
  for (const p of parts) {
    const at = listText.indexOf(p, offset);
    offset = at + p.length;
    for (const and of p.matchAll(/\band\b/gi)) {
      const abs = listStart + at + (and.index ?? 0);
      if (!mentions.some((m) => m.start <= abs && abs < m.end)) return undefined;
    }
    if (p === '' || p.split(/\s+/).length > 14) return undefined;
  }
  return parts;
}

const CLAUSE_BOUNDARY = /[，,。．：:；;！？!?（(【\n]/;
const OPEN_QUOTE = /[“「『"]/;
const DISCOURSE = /^(?:すなわち|つまり|即ち|即|包括|包含|例えば|例如|比如|如|含|其中)/;

export function cjkList(f: Figure, text: string): string[] | undefined {
  // Walk back over の, closing quotes and spaces to the end of the list.
  let end = f.start;
  while (end > 0 && /[\s”」』"]/.test(text[end - 1])) end--;
  let quoted = false;
  let linked = false;
  if (end < f.start && /[”」』"]/.test(text.slice(end, f.start))) quoted = true;
  if (!quoted && text[end - 1] === 'の') {
    end--;
    linked = true;
    while (end > 0 && /[\s”」』"]/.test(text[end - 1])) { end--; quoted = true; }
  }
  let start = end;
  const limit = Math.max(0, end - 400);
  while (start > limit && !CLAUSE_BOUNDARY.test(text[start - 1]) && !OPEN_QUOTE.test(text[start - 1])) start--;
  if (start === limit && limit > 0) return undefined;
  if (quoted && !OPEN_QUOTE.test(text[start - 1] ?? '')) return undefined;
  const listText = text.slice(start, end);
  if (!listText.includes('、')) return undefined;
  if (/(?:等|など|ほか|他)$/.test(listText)) return undefined;
  const items = listText.split('、').map((s) => s.trim());
  if (items.some((s) => s === '' || s.length > 40)) return undefined;
  if (DISCOURSE.test(items[0])) return undefined;
  // Japanese: the list must be tied to the count by の (or quoted), and its items must
  // be noun phrases, not clauses ending in a particle or a verb form.
  if (/[\u3040-\u309f]/u.test(listText)) {
    if (!linked && !quoted) return undefined;
    if (items.some((s) => /(?:[てにをがはでとし]|として|ており|ました|です)$/u.test(s) || /[をがは]/u.test(s.slice(-3)))) return undefined;
  }
  if (brokenParallel(items)) return undefined;
  return items;
}

/** "由A、由B、由C、D": all items but one share their first character and the odd one is the shortest. */
function brokenParallel(items: string[]): boolean {
  if (items.length < 3) return false;
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s[0], (counts.get(s[0]) ?? 0) + 1);
  const [first, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (n !== items.length - 1) return false;
  const odd = items.find((s) => s[0] !== first)!;
  return items.every((s) => s === odd || s.length > odd.length);
}

/** A list is looked for this far after its count at most (a long unbroken line is not scanned to its end per count). */
const LIST_WINDOW = 4000;

function nextLineEnd(text: string, from: number): number {
  const window = text.slice(from, from + LIST_WINDOW);
  const n = window.indexOf('\n');
  return n < 0 ? from + window.length : from + n;
}
