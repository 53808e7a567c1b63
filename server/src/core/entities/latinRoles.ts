import { EN_NON_NAME_WORDS } from './lexicon';
import type { Candidate, Ctx } from './candidate';
import type { EntityMention, EntityType } from '../types';
import { COUNTRY_WORDS } from './enTypeWords';
import { isPinyinWord } from './fold';

// English names with no type word of their own, typed by the role the sentence gives them:
//  - an apposition that says what the name is, wherever the name stands in the sentence
//    ("sold to Arkwell, one of the largest data centre companies"; "Norbury Point, a
//    two-building industrial park"; "the Venn Institute, a research institute");
//  - the subject of a verb only a body does ("Halden Build has signed", "Orrin & Vale has
//    brokered", "KX02UK delivers");
//  - a name defined with its acronym before a lower-case type word ("the Green Land Sales
//    (GLS) programme": both the name and GLS are the programme).
// Weak candidates, like acronyms: a name found with a type word of its own wins.

const WORD = String.raw`[A-Z][\w&'’.-]*`;
const NAME = String.raw`${WORD}(?: (?:[A-Z0-9][\w&'’.-]*|of|de|&))*`;

/** Head nouns of an apposition, by the type they give (singular or plural: "one of the … parks"). */
const APPOSITION_HEADS: ReadonlyArray<[EntityType, string]> = [
  ['zone', String.raw`(?:industrial|science|research|technology|tech|business|logistics|eco-industrial|innovation) parks?|industrial estates?|(?:special |free |free trade |export processing )?economic zones?|free trade zones?|innovation districts?|megasites?`],
  ['lab', String.raw`research (?:institutes?|centres?|centers?|laborator(?:y|ies)|organi[sz]ations?)|laborator(?:y|ies)`],
  ['organization', String.raw`compan(?:y|ies)|firms?|developers?|manufacturers?|makers?|conglomerates?|operators?|contractors?|investors?|suppliers?|providers?|retailers?|brokers?|agenc(?:y|ies)|authorit(?:y|ies)|news agenc(?:y|ies)|newspapers?`],
];
const APPOSITION = new RegExp(
  String.raw`(?:^|[.;:!?]\s+|\n|,\s+|\b(?:to|by|from|with|for|and|at|in|of) )(${NAME}), (?:a |an |the |one of (?:the |its |their )?)(?:[\w’'-]+ ){0,6}?(` +
    APPOSITION_HEADS.map(([, h]) => `(?:${h})`).join('|') +
    String.raw`)\b`,
  'gm',
);

/** Verbs whose subject is a body: a person signs and says too, but a person's name comes with a title or is asked to say. */
const BODY_VERB = String.raw`(?:has |have |had |also |will |recently )?(?:announced|signed|invested|brokered|acquired|unveiled|delivers|delivered|has delivered)`;
const SUBJECT = new RegExp(String.raw`(?:^|[.;:!?]\s+|\n| [-–—] )(${NAME}) ${BODY_VERB}\b`, 'gm');
/** Titles before a person's name, and words that end a place's name rather than a body's. */
const TITLE_BEFORE = /(?:Mr|Ms|Mrs|Dr|Minister|President|Premier|Mayor|Governor|Secretary|Chairman|Chairwoman|Director|CEO|Chief|Prof|Professor|Vice|Deputy|Senator)\.?\s*$/;
const TITLE_WORD = /^(?:Mr|Ms|Mrs|Dr|Minister|President|Premier|Mayor|Governor|Secretary|Chairman|Chairwoman|Director|CEO|CFO|Chief|Prof|Professor|Vice|Deputy|Senator)\.?$/;
const NOT_A_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Then|However|Moreover|Furthermore|Besides|Today|Now|Currently|Later|Here|There|Overall|Thus|Hence|Still|Yet|So|Since|After|Before|When|While|If|Once|Earlier|Last|Next)\.?$/;
const PLACE_LAST = /^(?:City|Province|County|District|Prefecture|State|Municipality|Island|Region|Village|Town)$/;

/** "the X (XYZ) programme": a lower-case type word after a name and its acronym. */
const DEFINED_HEADS: ReadonlyArray<[EntityType, RegExp]> = [
  ['project', /^(?:programme|program|scheme|project|initiative|fund)\b/],
  ['zone', /^(?:zone|park|district|estate|area)\b/],
];
const DEFINED = new RegExp(String.raw`(${NAME}) \(([A-Z][A-Za-z0-9&]{1,9}|[^()\n]{3,60})\) ([a-z]+)`, 'g');

/** "a tech zone dubbed “Q-Square”", "the development, which is called Q on the Hill": the noun before a naming verb types the name after it. */
const NAMED_NOUNS: ReadonlyArray<[EntityType, string]> = [
  ['zone', String.raw`zone|area|district|park|estate|cluster|hub|city|town|valley|campus`],
  ['project', String.raw`development|project|building|complex|plant|factory|facility|line|programme|program|scheme`],
  ['lab', String.raw`institute|laboratory|lab|research cent(?:er|re)`],
];
const NAMED = new RegExp(
  String.raw`\b(` + NAMED_NOUNS.map(([, n]) => n).join('|') + String.raw`),? (?:which is |which will be |to be )?(?:dubbed|called|named|christened|branded) [“‘"']?(${NAME})`,
  'g',
);
/** "the government-affiliated research institute Ravel": a lab's class noun right before its name. */
const AFTER_LAB_NOUN = new RegExp(String.raw`\bresearch (?:institute|institution|organi[sz]ation) (${NAME})`, 'g');

/**
 * "Enterprise Norland", "Innovate Norland": a national agency named by what it does and its
 * country. Only words that name an agency's remit, never a direction or a region (East China).
 */
const AGENCY_WORDS = String.raw`Enterprise|Workforce|Invest|Innovate|Trade|Export|Startup|Business|Skills|Tourism|Research`;
const AGENCY_COUNTRY = new RegExp(String.raw`(?<![\w&'’-])(?<![A-Z][\w&'’.-]* )(${AGENCY_WORDS}) (${[...COUNTRY_WORDS].filter((c) => /^[A-Z][a-z]+$|^UK$/.test(c) && !/(?:ese|an|ish|ch|Foreign|Overseas|Domestic|Local)$/.test(c)).join('|')})\b(?! [A-Z])`, 'g');

/**
 * "projects such as A, B and C", "the parks include A, B and C": a list after a plural class
 * noun is a list of that class (latinOrganizations.ts reads the lists of companies).
 */
const LIST_CLASSES: ReadonlyArray<[EntityType, string]> = [
  ['project', String.raw`projects|plants|factories|facilities`],
  ['zone', String.raw`(?:industrial |science |technology )?parks|zones|industrial estates`],
  ['lab', String.raw`(?:research )?institutes|laboratories|research cent(?:er|re)s`],
];
// (the class may be followed by what happened to it: "36 projects were signed, including A")
export const LIST_OF_CLASS = new RegExp(String.raw`\b(${LIST_CLASSES.map(([, c]) => c).join('|')})(?: (?:were|have been|had been) (?:signed|launched|started|completed|approved|unveiled|inked|introduced))?,? (?:such as|including|include|includes|included|like|namely) `, 'g');
// an item may open with a title in quotes (“Journey West” Cultural Park)
// (an item may carry its acronym in parentheses: Harwood Technopolis (HATEC), Sedenak)
export const LIST_ITEM = new RegExp(String.raw`(?:the )?([“"][A-Z][^”"\n]{0,40}[”"] ${NAME}|[“"]?${NAME})[”"]?(?: \([A-Z][A-Za-z0-9&]{1,9}\))?(,? and (?:the )?|, (?:the )?)?`, 'y');

/** "… Orrin Foods and Tal Steel are among the companies moving in": a list that ends by naming its class. */
const AMONG = new RegExp(String.raw`(?:(${NAME}),? and (?:[a-z-]+ ){0,3})?(${NAME}) (?:are|were|is|was) (?:also )?among the (?:[\w-]+ ){0,3}?(companies|firms|investors|tenants|enterprises|manufacturers|projects|parks|institutes)\b`, 'g');
const AMONG_TYPES: Record<string, EntityType> = { projects: 'project', parks: 'zone', institutes: 'lab' };

export function roleCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.text.slice(pStart, pEnd);
  const out: Candidate[] = [];
  const add = (start: number, name: string, type: EntityType) => {
    let words = name.split(' ');
    // a full stop ends the name with its sentence (but not an abbreviation's: Co., St.)
    const stop = words.findIndex((w) => /\.$/.test(w) && !/^(?:Co|Ltd|Inc|Corp|St|No|Bhd|Pte|Pvt)\.$/.test(w));
    if (stop >= 0) words = [...words.slice(0, stop), words[stop].slice(0, -1)];
    while (words.length && /^(?:of|de|&)$/.test(words[words.length - 1])) words = words.slice(0, -1);
    // sentence openers are not part of the name
    while (words.length > 1 && (EN_NON_NAME_WORDS.has(words[0]) || /^(?:of|de|&)$/.test(words[0]))) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    // a sentence adverb or a date before the comma is no name (Additionally, Then, June 2019)
    if (words.length && (NOT_A_NAME.test(words[0]) || (words.length === 1 && /ly$/.test(words[0])))) return;
    if (!words.length || EN_NON_NAME_WORDS.has(words[0]) || words.some((w) => TITLE_WORD.test(w))) return;
    const text = words.join(' ').replace(/['’]s?$/, '');
    if (text.length < 2 || COUNTRY_WORDS.has(text)) return;
    out.push({ start: pStart + start, end: pStart + start + text.length, type, source: 'pattern', generic: false, hasName: true, acronym: true });
  };

  APPOSITION.lastIndex = 0;
  for (let m = APPOSITION.exec(slice); m; m = APPOSITION.exec(slice)) {
    const head = m[2].toLowerCase();
    const type = APPOSITION_HEADS.find(([, h]) => new RegExp(`^(?:${h})$`).test(head))?.[0];
    // "X, one of the founders of …", "X, a director of …": a person's role, not what X is
    // "… in Hoshino Prefecture, the company said": a reporting clause, not an apposition
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (type === 'organization' && /^ (?:of|said|says|added|adds|announced|noted|stated|told)\b/.test(after)) continue;
    if (PLACE_LAST.test(m[1].split(' ').pop() ?? '')) continue;
    if (type) add(m.index + m[0].indexOf(m[1] + ', '), m[1], type);
  }

  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(slice); m; m = SUBJECT.exec(slice)) {
    const at = m.index + m[0].indexOf(m[1]);
    const words = m[1].split(' ');
    // one plain word may be a place ("Tarrow signed 30 projects"); a body shows a second word, a digit, an ampersand or an inner capital
    if (words.length === 1 && !/[0-9&]|.[A-Z]/.test(m[1])) continue;
    if (PLACE_LAST.test(words[words.length - 1]) || TITLE_BEFORE.test(slice.slice(Math.max(0, at - 12), at))) continue;
    // two pinyin words are a person's name (surname and given name)
    if (words.length === 2 && words.every((w) => isPinyinWord(w)) && words[0].length <= 5) continue;
    add(at, m[1], 'organization');
  }

  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(slice); m; m = NAMED.exec(slice)) {
    const type = NAMED_NOUNS.find(([, n]) => new RegExp(`^(?:${n})$`).test(m![1]))?.[0];
    if (type) add(m.index + m[0].length - m[2].length, m[2].replace(/[”’"',]+$/, ''), type);
  }
  AFTER_LAB_NOUN.lastIndex = 0;
  for (let m = AFTER_LAB_NOUN.exec(slice); m; m = AFTER_LAB_NOUN.exec(slice)) add(m.index + m[0].length - m[1].length, m[1], 'lab');

  LIST_OF_CLASS.lastIndex = 0;
  for (let m = LIST_OF_CLASS.exec(slice); m; m = LIST_OF_CLASS.exec(slice)) {
    const type = LIST_CLASSES.find(([, c]) => new RegExp(`^(?:${c})$`).test(m![1]))?.[0];
    if (!type) continue;
    LIST_ITEM.lastIndex = m.index + m[0].length;
    for (let it = LIST_ITEM.exec(slice); it; it = LIST_ITEM.exec(slice)) {
      // a lone opening quote is the item's, not the name's
      const lone = /^[“"][^”"]*$/.test(it[1]) ? 1 : 0;
      add(it.index + it[0].indexOf(it[1]) + lone, it[1].slice(lone), type);
      if (!it[2]) break;
    }
  }
  AMONG.lastIndex = 0;
  for (let m = AMONG.exec(slice); m; m = AMONG.exec(slice)) {
    const type = AMONG_TYPES[m[3]] ?? 'organization';
    if (m[1]) add(m.index + m[0].indexOf(m[1]), m[1], type);
    add(m.index + m[0].lastIndexOf(m[2] + ' '), m[2], type);
  }
  AGENCY_COUNTRY.lastIndex = 0;
  for (let m = AGENCY_COUNTRY.exec(slice); m; m = AGENCY_COUNTRY.exec(slice)) add(m.index, m[0], 'organization');

  DEFINED.lastIndex = 0;
  for (let m = DEFINED.exec(slice); m; m = DEFINED.exec(slice)) {
    const type = DEFINED_HEADS.find(([, re]) => re.test(m![3]))?.[0];
    // an owner's name before the acronym ("Tarrow Realty’s (TR) plan") is not the programme's
    if (!type || /['’]s$/.test(m[1])) continue;
    const nameAt = m.index;
    const innerAt = m.index + m[1].length + 2;
    const acronymFirst = /^[A-Z][A-Za-z0-9&]{1,9}$/.test(m[2]);
    // "X (ACR) programme" or "ACR (expansion) project": the name and its other form are both the programme
    add(nameAt, m[1], type);
    if (acronymFirst) add(innerAt, m[2], type);
    else if (/^[A-Z]/.test(m[2])) add(innerAt, m[2], type);
  }
  return out;
}

/**
 * A name whose own head word suggests one type, which an apposition says is another ("Norbury
 * Logistics Center, a two-building industrial park" is a park): the apposition wins, for parks
 * and labs, whose head nouns are never a company's. Catalog names keep their type.
 */
export function retypeByApposition(text: string, mentions: EntityMention[]): void {
  APPOSITION.lastIndex = 0;
  for (let m = APPOSITION.exec(text); m; m = APPOSITION.exec(text)) {
    const head = m[2].toLowerCase();
    const type = APPOSITION_HEADS.find(([, h]) => new RegExp(`^(?:${h})$`).test(head))?.[0];
    if (type !== 'zone' && type !== 'lab') continue;
    const end = m.index + m[0].indexOf(m[1] + ', ') + m[1].length;
    const named = mentions.find((x) => x.end === end && x.source !== 'catalog' && x.source !== 'shortForm' && x.type !== type && x.type !== 'organization');
    if (!named) continue;
    // every mention of that name (the same local id) changes with it
    const id = named.id;
    for (const x of mentions) {
      if (x.id !== id) continue;
      x.type = type;
      x.id = id.replace(/^[a-z]+:/, `${type}:`);
    }
  }
}
