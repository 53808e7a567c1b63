import { foldText } from './fold';
import { ZH_LEFT_STOPS } from './lexicon';
import { cjkHead, readName } from './reading';
import type { Candidate, Ctx } from './candidate';
import type { EntityMention } from '../types';

// Chinese lists of short names that the text then says what they are:
// 包括甲埔、乙水、丙新等五大产业园区, 甲科、乙科及丙科等三个科学园区: each item is an
// entity of the type word after 等 (a zone here). Items are short names with no type word
// of their own, which nothing else finds.

const STOPS = [...new Set(ZH_LEFT_STOPS.map(foldText))];
const LIST = /((?:[\u3400-\u9fff]{2,8}、){1,9}[\u3400-\u9fff]{2,6}(?:(?:、|及|和|与|以及)[\u3400-\u9fff]{2,6})?)等(?:[0-9一二三四五六七八九十两几多]+[大个处所家座间])?([\u3400-\u9fff]{2,10})/gu;
const PARKS = /园区?$/u;

// …the type word first: 五所大学，包括甲大、乙大及丙大。
const AFTER_TYPE = /([\u3400-\u9fff]{2,8})[,:：]?(?:包括|包含|分别是|分别为)((?:[\u3400-\u9fff]{2,4}、){1,9}[\u3400-\u9fff]{2,4}(?:(?:、|及|和|与|以及)[\u3400-\u9fff]{2,4})?)(?=[;；。,])/gu;

export function enumerationCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const folded = ctx.folded.slice(pStart, pEnd);
  const out: Candidate[] = [];
  LIST.lastIndex = 0;
  for (let m = LIST.exec(folded); m; m = LIST.exec(folded)) {
    // (…等地园区, 等城市: the items are places)
    const head = /^(?:地|国|省|市|城)/u.test(m[2]) ? undefined : typeHead(m[2]);
    if (head) out.push(...listItems(ctx, pStart + m.index, m[1], head));
  }
  AFTER_TYPE.lastIndex = 0;
  for (let m = AFTER_TYPE.exec(folded); m; m = AFTER_TYPE.exec(folded)) {
    const head = cjkHead(m[1]);
    if (!head || head.text.length < 2) continue;
    out.push(...listItems(ctx, pStart + m.index + m[0].length - m[2].length, m[2], PARKS.test(head.text) ? 'zone' : head.type));
  }
  return out;
}

/** The items of a list that starts at `at`, each a candidate of `type`, or none when one is no short name. */
function listItems(ctx: Ctx, at: number, list: string, type: Candidate['type']): Candidate[] {
  const items: Array<[number, number]> = [];
  for (const raw of list.split(/(、|以及|及|和|与)/u)) {
    if (raw && !/^(?:、|以及|及|和|与)$/u.test(raw)) {
      // the first item starts after the last stop word in it that leaves a name (目前包括甲埔 → 甲埔)
      let cut = 0;
      if (!items.length) {
        for (const s of STOPS) {
          const k = raw.lastIndexOf(s);
          if (k >= 0 && k + s.length <= raw.length - 2) cut = Math.max(cut, k + s.length);
        }
      }
      items.push([at + cut, at + raw.length]);
    }
    at += raw.length;
  }
  // short names only: two to four characters, none a type word or a stop word itself
  // (and no list of fields: 招商引资、科技创新等项目 names kinds of projects)
  const short = ([s, e]: [number, number]) => e - s >= 2 && e - s <= 4 && !cjkHead(ctx.folded.slice(s, e)) && !STOPS.includes(ctx.folded.slice(s, e)) && !readName(ctx.text.slice(s, e)).allGloss;
  if (items.length < 2 || !items.every(short)) return [];
  return items.map(([start, end]) => ({ start, end, type, source: 'pattern', generic: false, hasName: true, acronym: true }));
}

/** The type of the words after 等 when they are a type word (园区, 科学园区, 实验室), possibly after field words. */
function typeHead(words: string): Candidate['type'] | undefined {
  for (let end = Math.min(words.length, 8); end >= 2; end--) {
    const head = cjkHead(words.slice(0, end));
    if (!head || head.text.length < 2) continue;
    return PARKS.test(head.text) ? 'zone' : head.type;
  }
  return undefined;
}

const EDGE = new Set([...STOPS.filter((w) => w.length === 1), ...'也都还将已正再又更就才均仍亦则'].map(foldText));

/**
 * A two-character Chinese name the text has given (a list item: 甲科、乙科等科学园区) found
 * again where it stands as a word of its own: after punctuation or a function word, before
 * punctuation, a digit, a function word or an adverb (甲科仍…, 向甲科…). Longer names are
 * the gazetteer's; these are too short to match without a look at their neighbours.
 */
export function shortNameRecurrences(text: string, folded: string, mentions: readonly EntityMention[]): EntityMention[] {
  const names = new Map<string, EntityMention>();
  for (const m of mentions) if (m.source === 'pattern' && m.end - m.start === 2 && /^[\u3400-\u9fff]{2}$/u.test(m.text)) names.set(foldText(m.text), m);
  if (!names.size) return [];
  const out: EntityMention[] = [];
  const taken = mentions.map((m) => [m.start, m.end] as const);
  const free = (ch: string | undefined) => ch === undefined || !/[\u3400-\u9fff]/u.test(ch) || EDGE.has(ch);
  for (const [name, m] of names) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const end = at + 2;
      if (!free(folded[at - 1]) || !free(folded[end])) continue;
      if (taken.some(([s, e]) => s < end && at < e)) continue;
      out.push({ start: at, end, text: text.slice(at, end), type: m.type, id: m.id, source: 'pattern' });
    }
  }
  return out;
}
