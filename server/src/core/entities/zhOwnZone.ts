import type { EntityMention } from '../types';

// A zone's own news page calls its zone by the abbreviated type word alone and never by its
// name (高新区锚定…, 上半年,经开区规上工业…): the page's publisher is the zone. Where such a
// word opens clauses at least twice and no name in the text ends in the full type word, each
// of those subjects is the text's own zone. (Where a name is given, resolve.ts makes the word
// its short form.)

/** The abbreviated zone words that are never a common noun of their own (开发区, 新区 are). */
const OWN_ZONE_WORDS = /高新区|经开区|自贸区|综保区/gu;
const FULL_TYPES: Record<string, RegExp> = {
  高新区: /高新技术产业开发区$|高新技术开发区$|高新区$/u,
  经开区: /经济技术开发区$|经济开发区$|经开区$/u,
  自贸区: /自由贸易试验区$|自由贸易区$|自贸区$/u,
  综保区: /综合保税区$|综保区$/u,
};
/** What opens a clause before its subject: a line's start, punctuation, a time phrase (not 全国, 各, 省级: a class). */
const CLAUSE_OPENING = /(?:^|[\n,，。;；:：!！?？」”】)）]|以来|年来|月份|[0-9]月)\s*$/u;
/** Once may be a class (全国高新区 …) or a slip; twice as a subject is the page's own zone. */
const MIN_SUBJECTS = 2;

/** `folded` is foldText(text), which recognition has already made. */
export function ownZoneMentions(text: string, folded: string, mentions: readonly EntityMention[]): EntityMention[] {
  const subjects = new Map<string, number[]>();
  for (const m of folded.matchAll(OWN_ZONE_WORDS)) {
    const at = m.index;
    const end = at + m[0].length;
    if (mentions.some((x) => x.start < end && at < x.end)) continue;
    if (!CLAUSE_OPENING.test(folded.slice(Math.max(0, at - 4), at))) continue;
    subjects.get(m[0])?.push(at) ?? subjects.set(m[0], [at]);
  }
  const out: EntityMention[] = [];
  for (const [word, starts] of subjects) {
    if (starts.length < MIN_SUBJECTS) continue;
    // a zone named in the text: the word is its short form (or a class beside it), not the publisher
    if (mentions.some((x) => x.type === 'zone' && FULL_TYPES[word].test(folded.slice(x.start, x.end)))) continue;
    for (const start of starts) out.push({ start, end: start + word.length, text: text.slice(start, start + word.length), type: 'zone', id: `zone:${word}`, source: 'pattern' });
  }
  return out;
}
