import type { Candidate, Ctx } from './candidate';
import { COUNTRY_WORDS } from './enTypeWords';
import { EN_TYPE_INDEX } from './reading';

// A bilateral body named in English with a word of its name in lower case ("the
// Japan-China operators Association"): two countries joined by a hyphen open the name,
// its type word closes it, and the one or two words between are its own even when a
// writer left them uncapitalised. Capitalised names are the other recognisers' work.

const COUNTRY = [...COUNTRY_WORDS].filter((w) => /^[A-Z][a-z]+$/.test(w)).join('|');
const BILATERAL = new RegExp(String.raw`\b(?:${COUNTRY}|Sino)-(?:${COUNTRY})((?: [a-z][a-z-]{2,}){1,2})((?: [A-Z][a-z]+){1,3})\b`, 'g');

/** Lower-case words that are no part of a name (the Japan-China trade and the Association). */
const NOT_NAME_WORDS = new Set(['and', 'the', 'for', 'with', 'from', 'into', 'that', 'which', 'will', 'has', 'have', 'was', 'were', 'are', 'also', 'its', 'their']);

export function bilateralBodyCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.text.slice(pStart, pEnd);
  const out: Candidate[] = [];
  for (const m of slice.matchAll(BILATERAL)) {
    if (m[1].trim().split(' ').some((w) => NOT_NAME_WORDS.has(w))) continue;
    const tail = m[2].trim().split(' ');
    // the type word ends the name: the longest run of its words that ends with one
    for (let n = tail.length; n >= 1; n--) {
      const words = tail.slice(0, n);
      const head = EN_TYPE_INDEX.find((t) => t.type === 'organization' && t.words.length <= words.length && t.words.every((w, i) => w === words[words.length - t.words.length + i]));
      if (!head) continue;
      const start = pStart + m.index;
      const end = start + m[0].length - tail.slice(n).join(' ').length - (n < tail.length ? 1 : 0);
      out.push({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true });
      break;
    }
  }
  return out;
}
