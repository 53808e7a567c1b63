import type { EntityMention } from '../types';

// Taiwan's science parks go by one character of their place and 科 (新竹科学工业园区 is 竹科,
// 中部科学园区 中科, a park written X科园区 is X科): once a text names the park, the two-character
// short name is the same zone wherever it stands. Which character the short name keeps differs
// from park to park (竹科 keeps the last, 南科 the first), so both are tried; only what the text
// writes is found.

/** A science park's name: its place (a 部 of 中部/南部 dropped), then 科学(工业)园区. */
const SCIENCE_PARK = /^([\u3400-\u9fff]{1,3}?)部?科学(?:工业)?园区$/u;
/** A park written with its short name and 园区 (中科园区). */
const SHORT_NAMED_PARK = /^([\u3400-\u9fff]科)园区$/u;
/** What makes X科 part of another word: 南科大 (a university), 中科院 (an academy), 新科技. */
const WORD_AFTER = /^[大院技学研]/u;

/** `folded` is foldText(text), which recognition has already made. */
export function parkAbbreviationMentions(text: string, folded: string, mentions: readonly EntityMention[]): EntityMention[] {
  const shorts = new Map<string, EntityMention>();
  for (const m of mentions) {
    if (m.type !== 'zone' || !m.text.includes('园') && !m.text.includes('園')) continue;
    const key = folded.slice(m.start, m.end);
    const short = SHORT_NAMED_PARK.exec(key);
    if (short) shorts.set(short[1], m);
    const park = SCIENCE_PARK.exec(key);
    if (!park) continue;
    const place = park[1];
    for (const ch of new Set([place[0], place[place.length - 1]])) if (!shorts.has(`${ch}科`)) shorts.set(`${ch}科`, m);
  }
  if (!shorts.size) return [];
  const taken = mentions.map((m) => [m.start, m.end] as const);
  const out: EntityMention[] = [];
  for (const [short, park] of shorts) {
    for (let at = folded.indexOf(short); at >= 0; at = folded.indexOf(short, at + 1)) {
      const end = at + short.length;
      if (WORD_AFTER.test(folded.slice(end, end + 1)) || taken.some(([s, e]) => s < end && at < e)) continue;
      out.push({ start: at, end, text: text.slice(at, end), type: 'zone', id: park.id, source: 'pattern' });
    }
  }
  return out;
}
