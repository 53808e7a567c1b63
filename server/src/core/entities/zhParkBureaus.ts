import type { EntityMention } from '../types';
import { foldText } from './fold';
import { readName } from './reading';

// Chinese: a park's or zone's administration named with the park's two-character short
// name (X管理局, X管委会: 南科管理局 for the Southern Science Park). Where the text then
// writes that short name alone, it means the park itself: a zone.

const BUREAU = /^([\u3400-\u9fff]{2})(?:管理局|管委会|管理委员会)$/u;
// (a place's bureau is the place's: 省, 市, 区 ... end no park's short name)
const PLACE_END = /[省市区县镇乡州村]$/u;
// characters that continue the short name into another word (中科院, 中科大)
const WORD_GOES_ON = /^[院大学技委]/u;

export function parkOfBureauMentions(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const folded = foldText(text);
  const shortNames = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'organization' || m.source === 'shortForm') continue;
    const b = BUREAU.exec(foldText(m.text));
    if (!b || PLACE_END.test(b[1]) || readName(b[1]).allGloss) continue;
    // the park's full name in the text, its characters in order (中部科学园区 for 中科), gives the id
    const full = mentions.find((z) => z.type === 'zone' && z.text.length > 2 && inOrder(b[1], foldText(z.text)) && foldText(z.text).startsWith(b[1][0]));
    shortNames.set(b[1], full?.id ?? `zone:${b[1]}`);
  }
  const out: EntityMention[] = [];
  for (const [name, id] of shortNames) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (WORD_GOES_ON.test(folded[end] ?? '') || mentions.some((m) => m.start < end && at < m.end)) continue;
      out.push({ start: at, end, text: text.slice(at, end), type: 'zone', id, source: 'pattern' });
    }
  }
  return out;
}

function inOrder(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}
