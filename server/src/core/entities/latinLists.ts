import type { EntityMention } from '../types';
import { EN_NON_NAME_WORDS } from './lexicon';
import { COUNTRY_WORDS } from './enTypeWords';

// English lists of names are lists of one kind: in "Arden Group, BDX, Norvale University and
// Kestrel took part", most items are organisations already found, so the items nothing
// recognised (Kestrel) are organisations too. Only Title Case items of up to four words, in a
// list of three or more whose recognised items are all organisations and make at least half of it.

const ITEM = String.raw`[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|&|of|de)){0,4}`;
const LIST = new RegExp(String.raw`(?<![\w&-])(${ITEM})((?:, ${ITEM}){1,12}),? (?:and|&) (${ITEM})(?![\w&-])`, 'g');

export function listMentions(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  LIST.lastIndex = 0;
  for (let m = LIST.exec(text); m; m = LIST.exec(text)) {
    const items: { start: number; end: number; text: string }[] = [];
    let at = m.index;
    for (const part of [m[1], ...m[2].split(', ').slice(1), m[3]]) {
      const start = text.indexOf(part, at);
      items.push({ start, end: start + part.length, text: part });
      at = start + part.length;
    }
    const found = items.map((it) => mentions.filter((x) => x.start < it.end && it.start < x.end));
    const known = found.filter((f) => f.length > 0);
    if (known.length * 2 < items.length || known.length === items.length) continue;
    // every recognised item is an organisation's name or holds one, and is not part of a longer name
    if (!items.every((it, k) => found[k].every((x) => x.type === 'organization' && x.start >= it.start && x.end <= it.end))) continue;
    items.forEach((it, k) => {
      if (found[k].length) return;
      const words = it.text.split(' ');
      if (EN_NON_NAME_WORDS.has(words[0]) || COUNTRY_WORDS.has(it.text) || /[.’']$/.test(it.text)) return;
      out.push({ start: it.start, end: it.end, text: it.text, type: 'organization', id: `organization:${it.text.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, source: 'pattern' });
    });
  }
  return out;
}
