import type { EntityMention } from '../types';
import { foldText } from './fold';
import { cjkHead } from './reading';

// A Japanese release defines the short name it will use in parentheses after the full one:
// X(本社:…、以下「Y」), X(以下、Y), X(略称:Y). Y is a name of the same entity; where X has
// no type word the engine knows, a coined short name (Latin or katakana) still says X is
// an organisation, the usual thing so defined. 本事業, 同社, 新工場 and other self-references
// are no names.

const DEFINITION = /[(（](?:[^()（）\n]{0,48}[、,，])?(?:以下|略称)[、,，:：]?\s?[「『“]?([^()（）「」『』“”、,。\n]{1,24}?)[」』”]?(?:と(?:いう|称する|略す))?[)）]/gu;
const SELF_REFERENCE = /^(?:本|当|同|新|両|各|上記|前記|次)/u;
/** What may stand before the parenthesis as the full name, read backwards: no kana particles, no punctuation. */
const NAME_CHAR = /[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9&.\- ・]/u;

export function japaneseDefinedAliases(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  const taken = (s: number, e: number) => mentions.some((m) => m.start < e && s < m.end) || out.some((m) => m.start < e && s < m.end);
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
    const alias = m[1].trim();
    const aliasStart = m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
    const aliasEnd = aliasStart + alias.length;
    if (alias.length < 2 || SELF_REFERENCE.test(alias) || /[\u3041-\u309f]/u.test(alias)) continue;
    const head = cjkHead(foldText(alias));
    if (head && head.text.length >= foldText(alias).length) continue; // a type word alone
    // a note in 【】 may stand between the name and its definition (X【理事長 Y】(以下「Z」という))
    const note = /(?:\s?【[^【】\n]{1,40}】)?\s?$/u.exec(text.slice(Math.max(0, m.index - 48), m.index));
    const nameEnd = m.index - (note?.[0].length ?? 0);
    const named = mentions.find((x) => x.end === nameEnd);
    let type = named?.type;
    let id = named?.id;
    if (!named) {
      // an unrecognised full name: a coined short name makes it an organisation
      if (!/^[A-Za-z\u30a0-\u30ff][A-Za-z0-9\u30a0-\u30ff&.\- ・]*$/u.test(alias) && !head) continue;
      type = head?.type ?? 'organization';
      let start = nameEnd;
      while (start > 0 && NAME_CHAR.test(text[start - 1]) && nameEnd - start < 40) start--;
      while (start < nameEnd && /[ ・]/u.test(text[start])) start++;
      id = `${type}:${foldText(alias).replace(/[\s・]/g, '').toLowerCase()}`;
      if (nameEnd - start >= 3 && !taken(start, nameEnd)) out.push({ start, end: nameEnd, text: text.slice(start, nameEnd), type, id, source: 'pattern' });
    }
    if (!taken(aliasStart, aliasEnd)) out.push({ start: aliasStart, end: aliasEnd, text: alias, type: type!, id: id!, source: 'pattern' });
  }
  return out;
}
