import { EN_NON_NAME_WORDS } from './lexicon';
import type { Candidate, Ctx } from './candidate';
import { COMPANY_WORDS, COUNTRY_WORDS } from './enTypeWords';
import { isPinyinWord } from './fold';
import { LIST_ITEM, LIST_OF_CLASS } from './latinRoles';
import type { EntityMention, EntityType } from '../types';

// English organisations known by the syntax around them, with no type word or legal form:
//  - the owner of a company's things: "Arden Microsystems’ new wafer fab", "Kestrel's
//    subsidiary", "Orvane’s Tilbury campus";
//  - the parties of a deal: "a joint venture between Arden and Kestrel Capital", "signed a
//    memorandum of understanding with Orvane";
//  - a page's credits: "Source: The Valley Courier", "© 2019 Valley Courier Group. All
//    rights reserved.", "Powered by Valley Courier", a photo's "(Agency/First Last)".
// Weak candidates, like acronyms: a name found with a type word of its own wins. Places are
// the risk of each cue (a city signs agreements too): a country, a word ending a place's
// name (City, Province) or one pinyin word is never taken.

const WORD = String.raw`[A-Z][\w&-]*`;
const NAME = String.raw`${WORD}(?: (?:[A-Z0-9][\w&-]*|of|&))*`;

/** Things only a company has, after its possessive (the adjectives between are skipped). */
const OWNED = String.raw`plants?|factor(?:y|ies)|fabs?|fabrication|facilit(?:y|ies)|campus(?:es)?|headquarters|subsidiar(?:y|ies)|shares|stake|shareholders|CEO|chairman|chairwoman|founder|board of directors`;
const OWNER = new RegExp(String.raw`(?<![\w&’'.-])(${NAME})(?:['’]s|(?<=s)['’]) ((?:[\w-]+ ){0,3}?)(?:${OWNED})\b`, 'g');
/** A place ranks its plants (Tarnow's largest factory); a company's own are new or expanded. */
const RANKING = /\b(?:largest|biggest|first|only|main|major|oldest|most)\b/;

/** A deal's noun, then "between" or "with", then its parties. */
const DEAL = new RegExp(
  String.raw`\b(?:joint venture|partnership|agreement|memorandum of understanding|MoU|MOU|alliance|contract)s? (?:(?:was|were|has been|had been) )?(?:(?:signed|inked|formed|set up|struck|reached) )?(?:between|with) `,
  'g',
);
const PARTY = new RegExp(String.raw`(?:the )?(${NAME})(,? and (?:the )?|, (?:the )?)?`, 'y');

/** A page's credit labels, then the credited name. */
const CREDIT = new RegExp(
  String.raw`(?:(?<![\w-])Source ?[:：] ?|©\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)?|\b(?:Sponsored|Organi[sz]ed) by )(${NAME})`,
  'g',
);
/** Words of a page's furniture that end a credited name (Source: X Large Medium Small Print). */
const FURNITURE = /^(?:All|Rights|Reserved|Sponsored|Powered|Presented|Designed|Hosted|Large|Medium|Small|Print|Editor|Author|Date|Updated|Click|Share|Font|Fonts|Views|Reporter|Translator|Tel|Email|Address)$/;
/** A credit closing a story: "– Agency" (one word or capitals: a person's byline has two words). */
const CLOSING_CREDIT = /(?:^|\s)[–—] ([A-Z][a-z]+|[A-Z]{2,6})\s*$/;
/** A stock exchange before "-listed": capitals (the KSE) or two words or more (the Varun Exchange); one plain word may be its city. */
const LISTED = new RegExp(String.raw`(?<![\w&’'-])(${NAME})-listed\b`, 'g');
/** A title with its article after a reporting phrase is a newspaper's or a broadcaster's (told The Courier, according to The Harbour Times). */
const TOLD_MEDIUM = /\b(?:told|according to|reported by|quoted by|interview with|said in|wrote in|published in|reported in) (The [A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})/g;
/** A photo's credit: "(Agency/First Last)", or "(Photo: Agency)" in one word or capitals (a photographer's name has two words). */
const PHOTO_CREDIT = /\(([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\/[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2}\)|\((?:Photo|Image|Picture)s? ?[:：] ?([A-Z][a-z]+|[A-Z]{2,6})\)/g;

/** Words that end a place's name, and titles before a person's. */
const PLACE_LAST = /^(?:City|Province|County|District|Prefecture|State|Municipality|Island|Region|Village|Town|Area|Zone|Park)$/;
const TITLE = /^(?:Mr|Ms|Mrs|Dr|Minister|President|Premier|Mayor|Governor|Secretary|Chairman|Chairwoman|Director|CEO|Chief|Prof|Professor|Vice|Deputy|Senator)\.?$/;

export function syntaxCompanyCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.text.slice(pStart, pEnd);
  const out: Candidate[] = [];
  /** Adds the name's candidate (openers and page furniture cut off); returns where the name kept ends. */
  const add = (at: number, name: string): number => {
    let words = name.split(' ');
    while (words.length && (EN_NON_NAME_WORDS.has(words[0]) || /^(?:of|&)$/.test(words[0]))) {
      at += words[0].length + 1;
      words = words.slice(1);
    }
    const furniture = words.findIndex((w) => FURNITURE.test(w));
    if (furniture >= 0) words = words.slice(0, furniture);
    while (words.length && /^(?:of|&)$/.test(words[words.length - 1])) words = words.slice(0, -1);
    const text = words.join(' ');
    const end = at + text.length;
    if (!words.length || words.some((w) => TITLE.test(w)) || PLACE_LAST.test(words[words.length - 1])) return end;
    if (text.length < 2 || COUNTRY_WORDS.has(text)) return end;
    // one plain word may be a Chinese place (a city signs too): not a pinyin word
    if (words.length === 1 && isPinyinWord(text)) return end;
    if (words.length > 1 && words.every((w) => /^[A-Z0-9&-]+$/.test(w))) return end;
    out.push({ start: pStart + at, end: pStart + at + text.length, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });
    return end;
  };

  OWNER.lastIndex = 0;
  for (let m = OWNER.exec(slice); m; m = OWNER.exec(slice)) {
    // one plain word is as often a place's name (Tarnow's factories): a company's shows an inner capital or is an acronym
    if (!m[1].includes(' ') && !/.[A-Z]/.test(m[1])) continue;
    if (!RANKING.test(m[2])) add(m.index, m[1]);
  }

  DEAL.lastIndex = 0;
  for (let m = DEAL.exec(slice); m; m = DEAL.exec(slice)) {
    PARTY.lastIndex = m.index + m[0].length;
    for (let p = PARTY.exec(slice), n = 0; p && n < 6; p = PARTY.exec(slice), n++) {
      // a name used as a modifier (with the Tarrow government) is a place's
      const after = slice.slice(p.index + p[0].length - (p[2]?.length ?? 0));
      if (!p[2] && /^ [a-z]/.test(after) && !/^ (?:to|for|on|in|at|as|by|that|which|who|was|were|is|are|has|have|will|worth|under|over|covering|from)\b/.test(after)) break;
      add(p.index + p[0].indexOf(p[1]), p[1]);
      if (!p[2]) break;
    }
  }

  CREDIT.lastIndex = 0;
  // a credit's name ends at the furniture after it, where the next credit may start (X All Rights Reserved Sponsored by Y)
  for (let m = CREDIT.exec(slice); m; m = CREDIT.exec(slice)) CREDIT.lastIndex = Math.max(add(m.index + m[0].length - m[1].length, m[1]), m.index + 1);
  const closing = pEnd === ctx.text.trimEnd().length || pEnd >= ctx.text.length ? CLOSING_CREDIT.exec(slice) : null;
  if (closing) add(closing.index + closing[0].indexOf(closing[1], 1), closing[1]);
  LISTED.lastIndex = 0;
  for (let m = LISTED.exec(slice); m; m = LISTED.exec(slice)) {
    let words = m[1].split(' ');
    while (words.length > 1 && EN_NON_NAME_WORDS.has(words[0])) words = words.slice(1);
    if (words.length === 1 && !/^[A-Z]{2,6}$/.test(words[0])) continue;
    if (words.every((w) => isPinyinWord(w))) continue;
    add(m.index, m[1]);
  }
  TOLD_MEDIUM.lastIndex = 0;
  for (let m = TOLD_MEDIUM.exec(slice); m; m = TOLD_MEDIUM.exec(slice)) {
    const at = pStart + m.index + m[0].length - m[1].length;
    if (!m[1].split(' ').some((w) => TITLE.test(w))) out.push({ start: at, end: at + m[1].length, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });
  }
  PHOTO_CREDIT.lastIndex = 0;
  for (let m = PHOTO_CREDIT.exec(slice); m; m = PHOTO_CREDIT.exec(slice)) add(m[1] ? m.index + 1 : m.index + m[0].length - 1 - m[2].length, m[1] ?? m[2]);
  return out;
}

/**
 * "These projects include A Cultural Park, B Corridor and C Industrial Park": a list the
 * sentence calls projects holds projects, whatever their own head word says (a park built
 * as one firm's project is a project). A zone found over an item becomes a project; a zone
 * nested at the end of an item found as a project is dropped. Catalog names keep their type.
 */
export function retypeListedProjects(text: string, mentions: EntityMention[]): void {
  LIST_OF_CLASS.lastIndex = 0;
  for (let m = LIST_OF_CLASS.exec(text); m; m = LIST_OF_CLASS.exec(text)) {
    if (!/^(?:projects|plants|factories|facilities)$/.test(m[1])) continue;
    LIST_ITEM.lastIndex = m.index + m[0].length;
    for (let it = LIST_ITEM.exec(text); it; it = LIST_ITEM.exec(text)) {
      const start = it.index + it[0].indexOf(it[1]);
      const end = start + it[1].length;
      const whole = mentions.some((x) => x.start <= start + 1 && x.end === end && x.type === 'project');
      for (let k = mentions.length - 1; k >= 0; k--) {
        const x = mentions[k];
        if (x.type !== 'zone' || x.source === 'catalog' || x.end !== end || x.start < start) continue;
        if (whole && x.start > start + 1) mentions.splice(k, 1);
        else retype(mentions, x.id, 'project');
      }
      if (!it[2]) break;
    }
  }
}

function retype(mentions: EntityMention[], id: string, type: EntityType): void {
  for (const x of mentions) {
    if (x.id !== id) continue;
    x.type = type;
    x.id = id.replace(/^[a-z]+:/, `${type}:`);
  }
}

/** Words that end a company's name: company words and legal forms. */
const COMPANY_ENDS = new Set([...COMPANY_WORDS, 'Group', 'Holdings', 'Corporation', 'Corp', 'Corp.', 'Company', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Limited', 'Inc', 'Inc.', 'Bhd', 'Berhad', 'Plc', 'PLC', 'Pte', 'LLC', 'AG', 'GmbH', 'Technologies', 'Industries']);
const PUBLIC_WORDS = /\b(?:Industrial|Development|Infrastructure|Investment|Promotion|State|National|Municipal|Provincial|Government|Public|Port|Transport|Housing|Water|Power)\b/;
const LEGAL_FORMS = /^(?:Corp\.?|Co\.?|Ltd\.?|Limited|Inc\.?|Bhd|Berhad|Plc|PLC|Pte|LLC|AG|GmbH)$/;
const FIRST_WORD = /^[A-Z][a-z]{2,}$|^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/;

/**
 * "Arvane Microsystems Corp … Arvane said": a company's first word, written alone where it is
 * no part of a longer name, is that company. Never a place's word (a country, a pinyin
 * word: Changsha in "Changsha Motors"), nor a word the text also writes in lower case.
 */
export function companyShortForms(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const firsts = new Map<string, EntityMention>();
  for (const m of mentions) {
    if (m.type !== 'organization' || m.source === 'shortForm' || m.source === 'catalog') continue;
    const words = m.text.split(' ');
    const first = words[0];
    if (words.length < 2 || !COMPANY_ENDS.has(words[words.length - 1]) || !FIRST_WORD.test(first)) continue;
    if (EN_NON_NAME_WORDS.has(first) || COUNTRY_WORDS.has(first) || isPinyinWord(first) || COMPANY_ENDS.has(first)) continue;
    // a public body's name opens with its place (the Tarrow Industrial Development Corp): that word alone is the place
    if (PUBLIC_WORDS.test(m.text)) continue;
    if (!firsts.has(first)) firsts.set(first, m);
    // the name without its legal form (CP Land for CP Land Plc)
    const bare = words.slice(0, -1).join(' ');
    if (words.length > 2 && LEGAL_FORMS.test(words[words.length - 1]) && !firsts.has(bare) && !PLACE_LAST.test(words[words.length - 2])) firsts.set(bare, m);
  }
  const out: EntityMention[] = [];
  const covered = (start: number, end: number) => mentions.some((x) => x.start < end && start < x.end) || out.some((x) => x.start < end && start < x.end);
  // a company named by a company word is found again wherever it recurs (of Zerin-style Properties, where "of" stops recognition)
  const recurring = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization' || m.source === 'shortForm' || m.source === 'catalog' || recurring.has(m.text)) continue;
    const words = m.text.split(' ');
    if (words.length < 2 || !COMPANY_ENDS.has(words[words.length - 1])) continue;
    recurring.add(m.text);
    for (let start = text.indexOf(m.text); start >= 0; start = text.indexOf(m.text, start + 1)) {
      const end = start + m.text.length;
      if (/[\w&-]/.test(text[start - 1] ?? '') || /[\w&-]/.test(text[end] ?? '') || covered(start, end)) continue;
      out.push({ start, end, text: m.text, type: 'organization', id: m.id, source: 'pattern' });
    }
  }
  const isWordAt = (at: number, length: number) => !/[\w&’'-]/.test(text[at - 1] ?? '') && !/[\w&-]/.test(text[at + length] ?? '');
  for (const [word, def] of firsts) {
    // (plain searches, no pattern built per document: this runs at every keystroke)
    const lower = word.toLowerCase();
    let common = false;
    for (let at = text.indexOf(lower); at >= 0 && !common; at = text.indexOf(lower, at + 1)) common = isWordAt(at, lower.length);
    if (common) continue;
    for (let start = text.indexOf(word); start >= 0; start = text.indexOf(word, start + 1)) {
      const end = start + word.length;
      if (!isWordAt(start, word.length)) continue;
      // a word inside a longer name: a capitalised word before or after it
      if (/^['’]?s? [A-Z]/.test(text.slice(end, end + 4)) || /[A-Z][\w&-]* $/.test(text.slice(Math.max(0, start - 30), start))) continue;
      if (covered(start, end)) continue;
      out.push({ start, end, text: word, type: 'organization', id: def.id, source: 'shortForm' });
    }
  }
  return out;
}
