import type { EntityMention } from '../types';
import type { JapaneseToken } from '../text/japaneseTokenizer';
import { foldText } from './fold';
import { isNameToken } from './cjk';
import { cjkHead } from './reading';

// Japanese releases list names of one kind together (AとBが共同で…, A、B、Cなどの…): a
// name in a list with a recognised name is a name of the same type, though it carries no
// type word (a company's bare name, a coined project name). Only lists joined by 、 and
// the conjunctions are read (・ joins the parts of one name: 素材・部品開発事業).

const SEPARATOR_AFTER = /^(?:、|，|,|と|や|および|及び|並びに)/u;
const SEPARATOR_BEFORE = /(?:、|，|,|と|や|および|及び|並びに)$/u;
/** What may follow a list's last name: a particle, など, a bracket or the sentence's end. */
const ITEM_END = /^(?:[、，,。」』)）]|など|等|の|が|は|を|も|に|で|と|や|から|へ|$)/u;
const MAX_ITEM = 24;
/** A Latin name at a member's edge (kuromoji leaves Latin untokenised): ABC, ABC Holdings. */
const LATIN_START = /^[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*)*/u;
const LATIN_END = /(?<![A-Za-z0-9&.\-])[A-Za-z][A-Za-z0-9&.\-]*$/u;

/** A list member: 2 to 24 characters of name tokens, with a proper part, not a place or a person alone. */
function plausibleMember(tokens: readonly JapaneseToken[], latin = ''): boolean {
  if (!tokens.length && !latin) return false;
  const text = latin + tokens.map((t) => t.surface).join('');
  if (text.length < 2 || text.length > MAX_ITEM) return false;
  // a Latin name in front (ABCエンジニアリング) is the proper part kuromoji does not see
  if (latin.length >= 3 && /[A-Z]/.test(latin)) return !/(?:企業|会社|法人|氏|長|官)$/u.test(text);
  // a proper part: a word kuromoji does not know or a proper noun (known katakana words are
  // common nouns: レベル, プラットフォーム)
  if (!tokens.some((t) => t.unknown || t.posDetail === '固有名詞')) return false;
  // a person: a surname first and a short name (李明), or a name after a title (CEO・X)
  if (tokens[0].surface === '・' || (tokens[0].posDetail2 === '人名' && text.length <= 4)) return false;
  // places (北京、上海), people, and place-plus-suffix words (江蘇省) are not names of this kind
  if (tokens.every((t) => t.posDetail2 === '地域' || t.posDetail2 === '人名') || /[都道府県市区町村省州]$/u.test(text)) return false;
  // a common kind word ends no name here (…メーカー、…企業): those are descriptions
  if (/(?:企業|会社|法人|メーカー|大手|業者|各社|両社|自治体|政府|地域|分野|産業|事業者)$/u.test(text)) return false;
  // a person with a title (X氏, X首相, X副局長) is no name of this kind
  if (/(?:氏|さん|首相|長|官|主任|書記|理事|委員|教授|代表|院士|博士)$/u.test(text)) return false;
  return true;
}

function tokensForward(byStart: ReadonlyMap<number, JapaneseToken>, start: number, limit: number): JapaneseToken[] {
  const run: JapaneseToken[] = [];
  for (let t = byStart.get(start); t && t.end <= limit && isNameToken(t) && t.pos !== '接頭詞'; t = byStart.get(t.end)) run.push(t);
  return run;
}

function tokensBackward(byEnd: ReadonlyMap<number, JapaneseToken>, end: number, limit: number): JapaneseToken[] {
  const run: JapaneseToken[] = [];
  for (let t = byEnd.get(end); t && t.start >= limit && isNameToken(t); t = byEnd.get(t.start)) run.unshift(t);
  // a prefix (各, 同) or a self-reference at the left edge is no part of a name
  while (run.length && run[0].pos === '接頭詞') run.shift();
  return run;
}

/**
 * Names listed with a recognised name of the document, typed as it is. Tokens exist only
 * for sentences kuromoji read, which every sentence with a typed name is.
 */
export function japaneseListMembers(text: string, mentions: readonly EntityMention[], byStart: ReadonlyMap<number, JapaneseToken>, byEnd: ReadonlyMap<number, JapaneseToken>): EntityMention[] {
  const out: EntityMention[] = [];
  const overlaps = (s: number, e: number) => mentions.some((m) => m.start < e && s < m.end) || out.some((m) => m.start < e && s < m.end);
  const add = (s: number, e: number, type: EntityMention['type']) => {
    const name = text.slice(s, e);
    const head = cjkHead(foldText(name));
    // a member with a type word of another kind is that kind's business (recognised or not)
    if (head && head.type !== type) return false;
    // a type word alone (プロジェクト、…) is no member's name
    if (head && head.text.length >= foldText(name).length) return false;
    out.push({ start: s, end: e, text: name, type, id: `${type}:${foldText(name).replace(/[\s・]/g, '').toLowerCase()}`, source: 'pattern' });
    return true;
  };
  for (const m of mentions) {
    if (m.source === 'shortForm') continue;
    const sentenceEnd = nextStop(text, m.end);
    const sentenceStart = previousStop(text, m.start);
    // rightwards: m、X、Y など
    // a quoted name's list goes on after its closing quote (「A」や「B」)
    for (let at = /[」』]/u.test(text[m.end] ?? '') ? m.end + 1 : m.end; ; ) {
      const sep = SEPARATOR_AFTER.exec(text.slice(at, at + 3));
      if (!sep) break;
      const start = at + sep[0].length;
      // a quoted member (「A」や「B」): the quotes say it is a name
      const quoted = quotedAt(text, start, sentenceEnd);
      if (quoted) {
        if (overlaps(quoted.start, quoted.end) || !add(quoted.start, quoted.end, m.type)) break;
        at = quoted.end + 1;
        continue;
      }
      const latin = LATIN_START.exec(text.slice(start, start + 24))?.[0] ?? '';
      const run = tokensForward(byStart, start + latin.length, sentenceEnd);
      const end = run.length ? run[run.length - 1].end : start + latin.length;
      if (!plausibleMember(run, latin) || !ITEM_END.test(text.slice(end, end + 2)) || overlaps(start, end) || !add(start, end, m.type)) break;
      at = end;
    }
    // leftwards: X、Y、m
    for (let at = /[「『]/u.test(text[m.start - 1] ?? '') ? m.start - 1 : m.start; ; ) {
      const sep = SEPARATOR_BEFORE.exec(text.slice(Math.max(sentenceStart, at - 3), at));
      if (!sep) break;
      const end = at - sep[0].length;
      const open = /[」』]/u.test(text[end - 1] ?? '') ? text.lastIndexOf(text[end - 1] === '」' ? '「' : '『', end - 2) : -1;
      const quoted = open >= sentenceStart ? quotedAt(text, open, end) : undefined;
      if (quoted) {
        if (overlaps(quoted.start, quoted.end) || !add(quoted.start, quoted.end, m.type)) break;
        at = open;
        continue;
      }
      const run = tokensBackward(byEnd, end, sentenceStart);
      const latin = LATIN_END.exec(text.slice(Math.max(sentenceStart, (run[0]?.start ?? end) - 24), run[0]?.start ?? end))?.[0] ?? '';
      const start = (run.length ? run[0].start : end) - latin.length;
      // the first member starts after a particle, a bracket or a separator, not inside a word
      const before = byEnd.get(start);
      // (nor after a parenthesised place inside a name: 北辰(大連)X)
      if ((before && isNameToken(before)) || /[)）]/u.test(text[start - 1] ?? '')) break;
      if (!plausibleMember(run, latin) || overlaps(start, end) || !add(start, end, m.type)) break;
      at = start;
    }
  }
  return out;
}

/** A quoted name starting at `start` (「X」, 『X』): no sentence in it, a particle or a separator after it. */
function quotedAt(text: string, start: number, limit: number): { start: number; end: number } | undefined {
  const close = text[start] === '「' ? '」' : text[start] === '『' ? '』' : undefined;
  if (!close) return undefined;
  const end = text.indexOf(close, start + 1);
  if (end < 0 || end > limit || end - start - 1 < 2 || end - start - 1 > MAX_ITEM) return undefined;
  const name = text.slice(start + 1, end);
  if (/[、。,\s]|[\u3041-\u309f]{2,}/u.test(name) || !ITEM_END.test(text.slice(end + 1, end + 3))) return undefined;
  return { start: start + 1, end };
}

/** A list stays in its sentence; a sentence is read at most this far either side (the work per mention stays bound). */
const SENTENCE_REACH = 300;

function nextStop(text: string, from: number): number {
  const limit = Math.min(text.length, from + SENTENCE_REACH);
  for (let i = from; i < limit; i++) if (/[。\n！？!?]/u.test(text[i])) return i;
  return limit;
}

function previousStop(text: string, from: number): number {
  const limit = Math.max(0, from - SENTENCE_REACH);
  for (let i = from - 1; i >= limit; i--) if (/[。\n！？!?]/u.test(text[i])) return i + 1;
  return limit;
}

// A list closed by what its members are (A、B、CなどN社, A、Bという6つの研究センター,
// AやBなど…企業): each member is of that kind, whether or not the engine knows its name.

const CLOSER = /(?:など|等|という|といった)(?:の)?(?:計)?(?:[0-9０-９一二三四五六七八九十]+(?:つ|社|件|カ所|か所|ヵ所|ヶ所|機関|団体)の?)?/gu;
const COMPANY_KIND = /(?:企業|会社|メーカー|大手|[0-9０-９一二三四五六七八九十]社)$/u;
const MEMBER_SEPARATOR = /[、，,や]/u;
const MEMBER_CHAR = /[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9&.\-・ー·]/u;

/** The kind the closer names, within the clause after it: a type word's, or a company's. */
function closedKind(text: string, from: number): EntityMention['type'] | undefined {
  const clause = /^[^。、をがはにでとの]{0,24}/u.exec(text.slice(from))![0];
  if (COMPANY_KIND.test(text.slice(from - 4, from)) || COMPANY_KIND.test(clause)) return 'organization';
  // (…など地域を代表する企業を: the kind after a short relative clause)
  if (/^[^。、]{0,16}?(?:企業|会社|メーカー)(?=[をがはにでとの、。])/u.test(text.slice(from))) return 'organization';
  const head = cjkHead(foldText(clause));
  return head?.type;
}

export function japaneseKindedListMembers(text: string, mentions: readonly EntityMention[], byStart: ReadonlyMap<number, JapaneseToken>): EntityMention[] {
  const out: EntityMention[] = [];
  CLOSER.lastIndex = 0;
  for (let m = CLOSER.exec(text); m; m = CLOSER.exec(text)) {
    const type = closedKind(text, m.index + m[0].length);
    if (!type) continue;
    const sentenceStart = previousStop(text, m.index);
    // members right to left: name characters, parentheses inside a name, separated by 、 or や
    for (let end = m.index; end > sentenceStart; ) {
      let start = end;
      let depth = 0;
      while (start > sentenceStart) {
        const c = text[start - 1];
        if (c === ')' || c === '）') depth++;
        else if (c === '(' || c === '（') depth--;
        else if (depth === 0 && !MEMBER_CHAR.test(c)) break;
        if (depth < 0) break;
        start--;
      }
      if (depth !== 0 || start === end) break;
      // a name found inside the member (RobotBank in X(RobotBank)) leaves the member a name of its own; a crossing one does not
      const crossing = mentions.some((x) => x.start < end && start < x.end && !(x.start >= start && x.end <= end)) || out.some((x) => x.start < end && start < x.end);
      if (memberOfKind(text, start, end, type, byStart) && !crossing) {
        const name = text.slice(start, end);
        out.push({ start, end, text: name, type, id: `${type}:${foldText(name).replace(/[\s・]/g, '').toLowerCase()}`, source: 'pattern' });
      }
      if (!MEMBER_SEPARATOR.test(text[start - 1] ?? '')) break;
      end = start - 1;
    }
  }
  return out;
}

/** A member: a coined name (Latin, or a word kuromoji does not know or reads as a proper noun), not a place, a person or another kind's name. */
function memberOfKind(text: string, start: number, end: number, type: EntityMention['type'], byStart: ReadonlyMap<number, JapaneseToken>): boolean {
  const name = text.slice(start, end);
  if (name.length < 2 || name.length > 32 || /^[0-9・ー·]/u.test(name)) return false;
  const head = cjkHead(foldText(name));
  if (head && (head.type !== type || head.text.length >= foldText(name).length)) return false;
  if (/(?:氏|さん|首相|長|官|主任|書記|理事|委員|教授|代表|院士|博士|[都道府県市区町村省州国])$/u.test(name)) return false;
  // a Latin name of three letters or more (two-letter ones are mostly field words: AI, IT)
  if (/[A-Za-z]{3,}/.test(name)) return true;
  const tokens: JapaneseToken[] = [];
  for (let t = byStart.get(start); t && t.end <= end; t = byStart.get(t.end)) tokens.push(t);
  if (!tokens.length) return false;
  return plausibleMember(tokens.filter((t) => !/^[()（）]$/u.test(t.surface)));
}
