import type { EntityMention } from '../types';
import { COMMON_ACRONYMS, EN_NON_NAME_WORDS, JA_LEFT_STOP_SURFACES } from './lexicon';
import { EN_TYPE_INDEX } from './reading';
import { MINISTRY_FIELDS, ZONE_ACRONYMS } from './typeWords';
import { COUNTRY_WORDS } from './enTypeWords';
import type { Candidate, Ctx } from './candidate';
import { isNameToken } from './cjk';
import { definedTerms, isBodyVerbAfter, isCodeWord, isKindAcronym } from './codeTables';

// Organisations that carry no type word of the head-word tables: companies by their
// legal-form suffix (Co., Ltd., Inc., GmbH; 株式会社 before or after the name), Latin
// proper-noun runs inside Chinese and Japanese text, and acronyms defined in parentheses.

/** Legal-form suffixes after a Latin company name (the dot is optional; "Co., Ltd." is one suffix; Malaysia's Sdn Bhd and Bhd, Indonesia's Tbk, Australia's Pty Ltd). */
const LATIN_COMPANY_SUFFIX =
  /^(?:,? (?:Co\.?,? ?Ltd\.?|Company Limited|Co\.?,? Limited|Co\.?|Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|Corporation|LLC|L\.L\.C\.|Holdings|Group|AG|GmbH|S\.A\.|SA|PLC|plc|Pte\.? Ltd\.?|[Pp]vt\.? Ltd\.?|Pty\.? Ltd\.?|Sdn\.? Bhd\.?|Bhd\.?|Berhad|Plc\.?|Tbk\.?|K\.K\.|N\.V\.|B\.V\.|LLP))(?![A-Za-z])/;

const LATIN_NAME_WORD = /[A-Z][A-Za-z0-9&'’.-]*|[0-9]+[A-Za-z]+/y;

/** Where a company's name starts in a run of words: after sentence openers, articles and a possessive (Britain’s). */
function leadingName(words: string[], start: number): { start: number; end: number } | undefined {
  let k = 0;
  while (k < words.length && (EN_NON_NAME_WORDS.has(words[k].replace(/[.,]$/, '')) || /^(?:of|and|&|de|for)$/.test(words[k]) || (/['’]s$/.test(words[k]) && k < words.length - 2))) {
    start += words[k].length + 1;
    k++;
  }
  if (k >= words.length) return undefined;
  return { start, end: start + words.slice(k).join(' ').length };
}

/** The words end in an English zone type word (Area, Park, Zone): a place, not part of a company's name. */
function endsInZoneWord(words: string[]): boolean {
  return EN_TYPE_INDEX.some((t) => t.type === 'zone' && t.words.length < words.length && t.words.every((w, i) => w === words[words.length - t.words.length + i]));
}

/** Latin companies: capitalised words ending in a legal-form suffix ("Blue Harbor Robotics Co., Ltd."). */
export function latinCompanyCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const slice = text.slice(pStart, pEnd);
  const re = /[A-Z][A-Za-z0-9&'’.-]*(?:(?: |(?: (?:and|&) ))[A-Z0-9][A-Za-z0-9&'’.-]*)*/g;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let words = m[0].split(' ');
    let start = pStart + m.index;
    let nameEnd = start + m[0].length;
    // the suffix may be the run's last word(s) ("Harbor Holdings") or follow it (", Inc.")
    let suffixEnd = -1;
    const after = LATIN_COMPANY_SUFFIX.exec(text.slice(nameEnd, nameEnd + 24));
    if (after) suffixEnd = nameEnd + after[0].length;
    else {
      for (let k = words.length - 1; k >= 1; k--) {
        const tail = ' ' + words.slice(k).join(' ');
        const s = LATIN_COMPANY_SUFFIX.exec(tail);
        if (s && s[0].length === tail.length) {
          suffixEnd = nameEnd;
          nameEnd = start + words.slice(0, k).join(' ').length;
          words = words.slice(0, k);
          break;
        }
      }
    }
    // a suffix before "and" ends a first company when the second has none (Orvel Industries Limited and Fenwick Consulting (FC))
    const joined = suffixEnd < 0 ? words.findIndex((w, k) => k >= 1 && /^(?:and|&)$/.test(words[k + 1] ?? '') && LATIN_COMPANY_SUFFIX.exec(' ' + w)?.[0].length === w.length + 1) : -1;
    if (joined > 0) {
      suffixEnd = start + words.slice(0, joined + 1).join(' ').length;
      nameEnd = start + words.slice(0, joined).join(' ').length;
      words = words.slice(0, joined);
      re.lastIndex = suffixEnd - pStart; // the second name is read afresh
    }
    if (suffixEnd < 0) continue;
    // two companies joined by "and": the name starts after the first one's suffix (Orvel Holdings and Fenwick Inc.),
    // and the first one is a company too
    for (let k = words.length - 2; k >= 1; k--) {
      // a zone before "and" is a party of its own (X Bonded Area and Y AG signed): the company starts after it
      if (/^(?:and|&)$/.test(words[k]) && endsInZoneWord(words.slice(0, k))) {
        start += words.slice(0, k + 1).join(' ').length + 1;
        words = words.slice(k + 1);
        break;
      }
      if (/^(?:and|&)$/.test(words[k]) && LATIN_COMPANY_SUFFIX.test(' ' + words[k - 1])) {
        const first = leadingName(words.slice(0, k), start);
        if (first && k >= 2) out.push({ ...first, type: 'organization', source: 'pattern', generic: false, hasName: true });
        start += words.slice(0, k + 1).join(' ').length + 1;
        words = words.slice(k + 1);
        break;
      }
    }
    const more = /^,? ?(?:Ltd\.?|Limited|Inc\.?)(?![A-Za-z])/.exec(text.slice(suffixEnd, suffixEnd + 12));
    if (more) suffixEnd += more[0].length;
    const name = leadingName(words, start);
    if (!name || name.start >= nameEnd) continue;
    start = name.start;
    out.push({ start, end: suffixEnd, type: 'organization', source: 'pattern', generic: false, hasName: true });
    re.lastIndex = Math.max(re.lastIndex, suffixEnd - pStart);
  }
  return out;
}

/**
 * Names that need no type word in any language: a word with inner capitals (the way
 * companies and media write their names) and an all-capital abbreviation of three letters
 * or more that is not a common one (CEO, GDP). Organisations; weak: a typed name that
 * overlaps them wins, and inside a longer name they are no mention of their own.
 */
export function properWordCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const re = /[A-Za-z][A-Za-z0-9&-]*[A-Za-z0-9]/g;
  const slice = text.slice(pStart, pEnd);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const w = m[0];
    const start = pStart + m.index;
    const end = start + w.length;
    if (/[A-Za-z0-9]/.test(text[start - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    // inner capitals anywhere after a lower-case letter, or an initial capital run before one (ADNWire, STMicro)
    const innerCaps = (/^[A-Z]+[a-z]+[A-Z][A-Za-z]*$/.test(w) || /^[A-Z]{2,}[a-z]{3,}$/.test(w) || /^[A-Z]{3,}[a-z]+[A-Za-z]*$/.test(w)) && !/^Ma?c[A-Z]/.test(w) && !w.includes('-') && !/^[A-Z]+s$/.test(w);
    const acronym = /^[A-Z][A-Z&]{2,5}$/.test(w) && !COMMON_ACRONYMS.has(w) && !ZONE_ACRONYMS.has(w) && !isEnTypeWord(w);
    if (!innerCaps && !acronym) continue;
    // three or more capitalised words run together are an identifier of a web page, not a name (PageHeaderClose)
    // (unless its last part is a type word: a newspaper written run together, AsiaTechDaily)
    // an abbreviation run into a page button or a small word is a typo or page chrome (AAAPrint, SEZwhich)
    if (innerCaps && ((/^[A-Z]{2,}[a-z]+$/.test(w) && PAGE_CHROME.has(/[A-Z][a-z]+$/.exec(w)![0].toUpperCase())) || /^[A-Z]+(?:which|and|the|for|with|that|from|this|is|are|was|were|has|have)$/.test(w))) continue;
    // a web page's field label (PublishDate:, PageViews:)
    if (innerCaps && text[end] === ':' && /(?:Date|Time|Name|Source|Title|Author|Editor|Views|Count|Id|Type|Tags?)$/.test(w)) continue;
    if (innerCaps && /^(?:[A-Z][a-z]+){3,}$/.test(w) && !isEnTypeWord(/[A-Z][a-z]+$/.exec(w)![0])) continue;
    if (COMMON_ACRONYMS.has(w.toUpperCase())) continue;
    // a word inside an event's Title Case name is the event's (the Varun SemiLink Conference 2025), not a company
    if (innerCaps && /^(?: [A-Z][\w&-]*){0,3} (?:Conference|Summit|Forum|Expo|Exhibition|Festival|Fair|Week|Awards|Congress|Convention|Show)\b/.test(text.slice(end, end + 60))) continue;
    // a currency, a country or a technical term in capitals (VND, ROK, UUID) names a body only as one's subject
    if (isCodeWord(w) && !isBodyVerbAfter(text, start, end)) continue;
    // nor does an abbreviation the text defines as a term (Growth in dispersion (GRID))
    if (acronym && definedTerms(text).has(w)) continue;
    // a web page's buttons and breadcrumbs, and a country in capitals (an address's JAPAN), are not abbreviations
    if (acronym && (PAGE_CHROME.has(w) || COUNTRY_WORDS.has(w[0] + w.slice(1).toLowerCase()))) continue;
    // the last part of a web address is no abbreviation (X.COM)
    if (acronym && text[start - 1] === '.' && /[A-Za-z0-9]/.test(text[start - 2] ?? '')) continue;
    // a product with its model number (NeuViz P10); an abbreviation written into a CJK word as a modifier (TIRクロスボーダー)
    if (/^ [A-Z]{0,3}[0-9]/.test(text.slice(end, end + 5)) || /^[\u30a0-\u30ff\u3040-\u309f]/u.test(text[end] ?? '')) continue;
    // capitals in a heading or a shouted word (PHOTO:, URUMQI, Aug 1 FOO BAR), not an abbreviation
    if (acronym && (/^[\s,]*[A-Z]{2,}\b/.test(text.slice(end, end + 12)) || /\b[A-Z]{2,}[\s,:]*$/.test(text.slice(Math.max(0, start - 12), start)) || text[end] === ':')) continue;
    // a dateline's city opens a line before its date or a dash (SEOUL --, TOKYO, Oct. 3 --)
    if (acronym && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, start - 4), start)) && /^(?:,\s*[A-Z][a-z]{2,}\.?\s+\d|\s*[-–—]{1,2}\s|:\s)/.test(text.slice(end, end + 16))) continue;
    if (acronym && w.length >= 4 && /[AEIOU].*[AEIOU]/.test(w) && new RegExp(`\\b${w[0]}${w.slice(1).toLowerCase()}\\b`).test(text)) continue;
    // the abbreviation of a kind of zone alone (an FTZ, the new SEZs) names none: defined after a name, or
    // spelled by the initials of one named before, the short forms find it (acronymMentions, latinShortForms)
    if (acronym && isKindAcronym(w)) continue;
    // the abbreviation of an economic zone (…EZ, …FTZ) is a zone
    const type = acronym && /(?:EZ|FTZ|FZ)$/.test(w) ? 'zone' : 'organization';
    out.push({ start, end, type, source: 'pattern', generic: false, hasName: true, acronym: true });
  }
  return out;
}

const PAGE_CHROME = new Set(['TOP', 'HOME', 'MENU', 'LINE', 'SHARE', 'PRINT', 'BACK', 'NEXT', 'MORE', 'SEARCH', 'LOGIN', 'CONTACT', 'ABOUT', 'VIDEO', 'ENGLISH', 'EMAIL', 'TWEET', 'NEWS', 'SOURCE']);

function isEnTypeWord(w: string): boolean {
  return EN_TYPE_INDEX.some((t) => t.words.length === 1 && t.words[0] === w);
}

/** 株式会社 (and the like) before a Japanese company name: 株式会社アルファ. */
// (longer forms first: 公益財団法人 before 財団法人, whose match inside it is skipped)
const JA_PREFIX_FORMS = ['株式会社', '有限会社', '合同会社', '一般社団法人', '公益社団法人', '一般財団法人', '公益財団法人', '地方独立行政法人', '独立行政法人', '国立研究開発法人', '国立大学法人', '公立大学法人', '学校法人', '社会福祉法人', '特定非営利活動法人', 'NPO法人', '医療法人', '財団法人', '社団法人'];

/** Words that follow a company's name, not part of it (株式会社Xホームページ, 株式会社X社長). */
const AFTER_COMPANY = new Set(['ホームページ', 'サイト', 'ウェブサイト', '公式', '社長', '会長', '代表', '広報', '本社', '取締役', '発表', '提供']);

export function japanesePrefixCompanyCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const slice = text.slice(pStart, pEnd);
  for (const form of JA_PREFIX_FORMS) {
    for (let k = slice.indexOf(form); k >= 0; k = slice.indexOf(form, k + 1)) {
      const at = pStart + k;
      // 財団法人 inside 公益財団法人, 独立行政法人 inside 地方独立行政法人: the longer form is read on its own
      if (/(?:一般|公益|地方|特定非営利活動)$/u.test(text.slice(Math.max(pStart, at - 8), at))) continue;
      let end = at + form.length;
      // the old registers write a space after the form (独立行政法人 X研究所)
      if (text[end] === ' ' || text[end] === '\u3000') end++;
      const nameStart = end;
      // the name: the tokens right after, while they can be part of a name
      for (let t = ctx.tokensByStart.get(end); t && t.end <= pEnd && end - at < 40 && isNameToken(t) && !AFTER_COMPANY.has(t.surface); t = ctx.tokensByStart.get(end)) end = t.end;
      // kuromoji may read an unknown name and the katakana word after it as one (Xホームページ)
      const glued = [...AFTER_COMPANY].find((w) => /^[\u30a0-\u30ff]+$/u.test(w) && text.endsWith(w, end) && end - w.length - at - form.length >= 2);
      if (glued) end -= glued.length;
      // a Latin name after the form (株式会社ABC Robotics)
      if (end === nameStart) {
        LATIN_NAME_WORD.lastIndex = end;
        for (let m = LATIN_NAME_WORD.exec(text); m && m.index === end; m = LATIN_NAME_WORD.exec(text)) {
          end = m.index + m[0].length;
          if (text[end] === ' ' && /[A-Z]/.test(text[end + 1] ?? '')) LATIN_NAME_WORD.lastIndex = end + 1;
          else break;
          end = LATIN_NAME_WORD.lastIndex;
        }
      }
      // the legal form says what it is, whatever word ends the name (一般財団法人Xセンター is no facility)
      if (end > nameStart) out.push({ start: at, end, type: 'organization', source: 'pattern', generic: false, hasName: true, seat: true });
    }
  }
  return out;
}

// ---------------------------------------------------------------- acronym definitions

/**
 * "Name (XYZ)", "Name（略称：XYZ）", "XYZ (Name)": an acronym in parentheses right after a
 * full name (or a name in parentheses right after the acronym) defines it; the acronym is
 * then the same entity wherever it stands alone. Returns the new mentions (definitions and
 * later uses), with the name's id.
 */
export function acronymMentions(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const defined = new Map<string, EntityMention>();
  for (const m of mentions) {
    if (m.source === 'shortForm') continue;
    const after = /^\s?[（(](?:略称[:：]\s?|以下[、,]?|hereinafter(?: referred to as)?,? |or |abbreviated as )?[「“"]?([A-Z][A-Za-z0-9&]{1,9})[」”"]?(?:と(?:いう|略す)?)?[)）]/u.exec(text.slice(m.end, m.end + 48));
    if (after && plausibleAcronym(after[1], m.text)) defined.set(after[1], m);
  }
  for (const m of mentions) {
    if (m.source === 'shortForm') continue;
    const before = /([A-Z][A-Za-z0-9&]{1,9})\s?[（(]$/u.exec(text.slice(Math.max(0, m.start - 14), m.start));
    if (before && text[m.end] !== undefined && /[)）]/.test(text[m.end]) && plausibleAcronym(before[1], m.text) && !defined.has(before[1])) defined.set(before[1], m);
  }
  const out: EntityMention[] = [];
  phraseDefinitions(text, mentions, defined, out);
  if (!defined.size) return out;
  const taken = [...mentions, ...out].map((m) => [m.start, m.end] as const);
  // an abbreviation first read as an organisation of its own is the defined entity
  for (const m of mentions) {
    const def = defined.get(m.text);
    if (def && m !== def && m.text.length <= 10) {
      m.type = def.type;
      m.id = def.id;
    }
  }
  const re = /[A-Z][A-Za-z0-9&]{1,9}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const def = defined.get(m[0]);
    if (!def) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (/[A-Za-z0-9]/.test(text[start - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    if (taken.some(([s, e]) => s < end && start < e)) continue;
    // the abbreviation of a kind of zone (FTZ) names this document's zone only: the workspace does not spread it
    out.push({ start, end, text: m[0], type: def.type, id: def.id, source: isKindAcronym(m[0]) ? 'shortForm' : 'pattern' });
  }
  return out;
}

const PHRASE = String.raw`(?:[A-Z][\w&'’-]*)(?: (?:[A-Z][\w&'’-]*|of|and|for|the|&))*`;
const ACRONYM_THEN_PHRASE = new RegExp(String.raw`(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&]{1,9}) ?[（(](${PHRASE})[)）]`, 'g');
const PHRASE_THEN_ACRONYM = new RegExp(String.raw`(${PHRASE}) ?[（(]([A-Z][A-Za-z0-9&]{1,9})[)）]`, 'g');

/**
 * A definition whose long form recognition did not take as a name ("EDB (Economic
 * Development Board)", a name of generic words): the definition itself shows it is one.
 * Adds the long form as a mention, typed by its head word.
 */
function phraseDefinitions(text: string, mentions: readonly EntityMention[], defined: Map<string, EntityMention>, out: EntityMention[]): void {
  const add = (acronym: string, start: number, phrase: string) => {
    const words = phrase.split(' ');
    // sentence openers are not part of the long form
    while (words.length > 1 && EN_NON_NAME_WORDS.has(words[0])) {
      start += words[0].length + 1;
      words.shift();
    }
    const name = words.join(' ');
    const end = start + name.length;
    if (defined.has(acronym) || words.length < 2 || !plausibleAcronym(acronym, name)) return;
    if ([...mentions, ...out].some((m) => m.start < end && start < m.end)) return;
    const head = EN_TYPE_INDEX.find((t) => t.words.length <= words.length && t.words.every((w, k) => w === words[words.length - t.words.length + k]));
    // a defined term is a name only with a head word, and is not the head word itself (Special Economic Zone (SEZ))
    if (!head || head.words.length === words.length) return;
    const type = head.type;
    const mention: EntityMention = { start, end, text: name, type, id: `${type}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, source: 'pattern' };
    out.push(mention);
    defined.set(acronym, mention);
  };
  for (const m of text.matchAll(ACRONYM_THEN_PHRASE)) add(m[1], m.index! + m[0].indexOf(m[2], m[1].length), m[2]);
  for (const m of text.matchAll(PHRASE_THEN_ACRONYM)) add(m[2], m.index!, m[1]);
}

/** An acronym fits a Latin name when its letters are initials of the name's words, in order; any fits a CJK name. */
function plausibleAcronym(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2) return false;
  if (!/^[A-Za-z]/.test(name) || /[\u3040-\u30ff\u3400-\u9fff]/u.test(name)) return /^[A-Z]/.test(acronym) && /[A-Z].*[A-Z]|^[A-Z][a-z]*[A-Z]/.test(acronym) || letters === acronym;
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:of|and|the|for|&|de|in|on)$/i.test(w))
    .map((w) => w[0].toUpperCase())
    .join('');
  if (matchesInitials(letters, initials)) return true;
  // a syllable acronym: the first letters of each word (IBTEC for Ibrahim Technopolis, TEDA-style)
  const words = name.split(/[\s-]+/).filter((w) => w && !/^(?:of|and|the|for|&|de|in|on)$/i.test(w)).map((w) => w.toUpperCase());
  if (letters.length >= 4 && prefixChunks(letters, words, 0, 0)) return true;
  // a mixed-case acronym spells its words' initials in capitals, the lower case finishing a word (SIMTech, KoBio)
  const capitals = acronym.replace(/[^A-Z]/g, '');
  return /[a-z]/.test(acronym) && capitals.length >= 3 && capitals.length === initials.length && capitals === initials;
}

/** The letters split into word prefixes of two letters or more, in the words' order, each word at most once, every word used. */
function prefixChunks(letters: string, words: string[], at: number, w: number): boolean {
  if (at === letters.length) return w === words.length;
  if (w === words.length) return false;
  for (let n = Math.min(words[w].length, letters.length - at); n >= 2; n--) {
    if (words[w].startsWith(letters.slice(at, at + n)) && prefixChunks(letters, words, at + n, w + 1)) return true;
  }
  return false;
}

function matchesInitials(letters: string, initials: string): boolean {
  let j = 0;
  for (let i = 0; i < initials.length && j < letters.length; i++) if (initials[i] === letters[j]) j++;
  return j === letters.length || (letters[0] === initials[0] && j >= letters.length - 1 && letters.length >= 3);
}

// ---------------------------------------------------------------- Japanese: kuromoji's 組織 tag

/** Legal forms and words that end a company name after the name kuromoji knows (トヨタ|株式会社, ソニー|グループ). */
const JA_COMPANY_TAILS = new Set(['株式会社', '有限会社', '合同会社', 'グループ', 'ホールディングス', '工業', '産業', '製作所', '商事', '銀行', '証券', '電機', '電工', '化成', '興産', '物産']);

/**
 * Organisations kuromoji's dictionary knows by name (IPADIC 固有名詞,組織: トヨタ, 日立製作所,
 * 野村證券): a known word with that tag, with the tokens of its name kuromoji split off (a
 * legal form after it, 株式会社; another 組織 word). Words kuromoji did not know are tagged
 * 組織 too by its unknown-word model, and are mostly loanwords and places: not taken.
 * Weak like an acronym: inside a longer name of the same type it is no mention of its own.
 */
export function japaneseOrganizationTokenCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const out: Candidate[] = [];
  for (let pos = pStart; pos < pEnd; pos++) {
    const t = ctx.tokensByStart.get(pos);
    if (!t || t.unknown || t.posDetail2 !== '組織' || t.posDetail !== '固有名詞') continue;
    if (t.surface.length < 2 || JA_LEFT_STOP_SURFACES.has(t.surface)) continue;
    // two countries' initials (中日, 日中, 米中) name a relation, though kuromoji knows a company or a team by them
    if (/^[中米日英韓独仏露印台欧豪]{2}$/u.test(t.surface)) continue;
    // a word alone in quotes is a figure of speech (この「黒船」は), not the company of that name
    if (/[「『“"]/u.test(ctx.text[t.start - 1] ?? '') && /[」』”"]/u.test(ctx.text[t.end] ?? '')) continue;
    const start = t.start;
    let end = t.end;
    for (let n = ctx.tokensByStart.get(end); n && n.end <= pEnd; n = ctx.tokensByStart.get(end)) {
      if ((!n.unknown && n.posDetail2 === '組織' && n.posDetail === '固有名詞') || JA_COMPANY_TAILS.has(n.surface)) end = n.end;
      else break;
    }
    // a place that shares a company's name: after a prefecture or a place (東京都|X区, 東京・X), before 区, 市, 町
    const before = ctx.tokensByEnd.get(start);
    const placeBefore = !!before && (before.posDetail2 === '地域' || /^[都道府県]$/u.test(before.surface) || (before.surface === '・' && ctx.tokensByEnd.get(before.start)?.posDetail2 === '地域'));
    if (placeBefore || /^[区市町村郡県]/u.test(ctx.text[end] ?? '')) continue;
    // a word that modifies the noun after it (X(地名)…, X+noun) is a prefix there, not the company: 2 kanji only
    const after = ctx.tokensByStart.get(end);
    if (end === t.end && /^[\u3400-\u9fff]{2}$/u.test(t.surface) && ((ctx.text[end] ?? '') === '(' || (ctx.text[end] ?? '') === '（' || (after && after.pos === '名詞' && !after.unknown && after.posDetail !== '接尾'))) continue;
    out.push({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });
    pos = end - 1;
  }
  return out;
}

// ---------------------------------------------------------------- wire credits, ministries by field

// Where a release credits its news agency or wire service: "CITY, Month 1 (Agency) --",
// "(Agency) – CITY", "CITY, Month 1, 2024 /Wire/ --", a photo's "(Agency/First Last)".
const CREDITS = [
  /\(([A-Z][A-Za-z]{2,}(?: [A-Z][A-Za-z]+)?)\) ?[-–—]{1,2} /g,
  /\/([A-Z][A-Za-z]{2,})\/ ?[-–—]{1,2} /g,
  /\(([A-Z][A-Za-z]{2,})\/[A-Z][a-z]+(?: [A-Z][a-z]+)+\)/g,
  // a photo credited to an agency by its abbreviation (PHOTO: XYZ)
  /\b(?:PHOTO|Photo|Photos|Image|IMAGE)\s?:\s?([A-Z]{2,4})(?![A-Za-z])/g,
];
const MINISTRY_PATTERN = new RegExp(`(?<![A-Za-z0-9])(?:${MINISTRY_FIELDS.join('|')}) ministry(?![A-Za-z0-9])`, 'gi');

/**
 * News agencies and wire services by where a release credits them (no table of names: the
 * workspace gazetteer then finds the name wherever else it stands), and a ministry named by
 * its field ("the trade ministry", "Energy Ministry", whose field word alone is generic).
 */
export function creditAndMinistryCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const out: Candidate[] = [];
  const slice = ctx.text.slice(pStart, pEnd);
  for (const re of CREDITS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = pStart + m.index + m[0].indexOf(m[1]);
      if (EN_NON_NAME_WORDS.has(m[1].split(' ')[0])) continue;
      out.push({ start, end: start + m[1].length, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });
    }
  }
  MINISTRY_PATTERN.lastIndex = 0;
  for (let m = MINISTRY_PATTERN.exec(slice); m; m = MINISTRY_PATTERN.exec(slice)) {
    out.push({ start: pStart + m.index, end: pStart + m.index + m[0].length, type: 'organization', source: 'pattern', generic: false, hasName: true });
  }
  return out;
}
