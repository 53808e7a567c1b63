import { EN_NON_NAME_WORDS } from './lexicon';
import type { Candidate, Ctx } from './candidate';
import { EN_TYPE_INDEX } from './reading';
import { COUNTRY_WORDS } from './enTypeWords';

const TYPE_WORDS = new Set(EN_TYPE_INDEX.map((w) => w.words.join(' ')));

// Companies with neither a type word nor a legal form, known by what the sentence says of
// them: members of a list of companies ("enterprises such as A, B and C"), a name right
// after the noun that classes it ("consulting firm A", "Leeds-based A"), and a name the
// sentence goes on to call a company ("A, a company focused on chips"). Weak candidates, like
// acronyms: a typed name over them wins.

const NAME = String.raw`[A-Z][\w&'’.-]*(?: (?:[A-Z0-9][\w&'’.-]*|of|de|&))*`;
const COMPANY_NOUNS = String.raw`compan(?:y|ies)|firms?|enterprises?|corporations?|multinationals?|makers?|chipmakers?|automakers?|carmakers?|manufacturers?|developers?|suppliers?|providers?|operators?|retailers?|conglomerates?|giants?|start-?ups?|brands?|producers?|investors?`;

/** "companies such as A, B and C": the list after the phrase. */
const LIST_INTRO = new RegExp(String.raw`\b(?:${COMPANY_NOUNS}|businesses|tenants|players|partners|clients|customers)(?: \([^)]{1,40}\))?,? (?:such as|including|like|namely) `, 'g');
/** "consulting firm A", "Leeds-based A": a name right after the word that classes it (itself after a word). */
const AFTER_NOUN = new RegExp(String.raw`(?:\b[A-Za-z][a-z-]+ (?:firm|company|maker|chipmaker|automaker|carmaker|manufacturer|developer|conglomerate|giant|start-?up|retailer|operator|agent|contractor|builder|consultancy|insurer|lender|landlord|broker|brokerage|shipbuilder|investor)|\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*-based) (${NAME})`, 'g');
/** "A, a company focused on chips": a name at the start of a clause that the sentence calls a company. */
const APPOSITION = new RegExp(String.raw`(?:^|[.;:!?]\s+|,\s+(?:and\s+)?|\n)(?:Similarly,\s+|Meanwhile,\s+)?(${NAME}), (?:a|an|the) (?:[\w-]+ ){0,5}?(?:${COMPANY_NOUNS})\b`, 'gm');

/** "X Chairman First Last": the body a chairman or chief executive heads. */
const HEADED_BY = new RegExp(String.raw`(${NAME}) (?:Chairman|Chairwoman|CEO|founder) (?:[A-Z][a-z]+ ){1,2}`, 'g');

/** "GM announced", "ABX said": an acronym that speaks or acts as a subject is a body (not a country, a title or a unit). */
const ACRONYM_SAYS = /(?<![\w&.’'-])([A-Z][A-Z0-9&]{1,5})(?: (?:has|had|will|also|then|now))? (?:said|says|announced|announces|plans|planned|intends|intended|unveiled|unveils|signed|invested|invests|employs|employed|hired|opened|opens)\b/g;
const NOT_A_BODY = /^(?:US|USA|UK|EU|UN|UAE|PRC|ROK|CEO|CFO|CTO|COO|MD|VP|PM|GDP|AI|IT|IoT|EV|EVS|HQ|LLC|USD|RMB|JPY|KRW)$/;

/** Titles and words that follow a company noun without being a name (the company President, company Ltd.). */
const NOT_A_NAME = /^(?:Chairman|Chairwoman|President|CEO|Director|Founder|Vice|Executive|Manager|Officer|Secretary|Minister|Spokesman|Spokeswoman|Spokesperson|Head|Chief|Ltd|Co|Inc|Group|Limited)\b/;
const ABBREVIATED = /(?:Ltd|Co|Inc|Corp|Bhd|Pte|Pvt)\.$/;

export function contextCompanyCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.text.slice(pStart, pEnd);
  const out: Candidate[] = [];
  const add = (start: number, name: string) => {
    let words = name.split(' ');
    // a sentence's full stop and a possessive are not part of the name
    if (words.length && /\.$/.test(words[words.length - 1]) && !ABBREVIATED.test(words[words.length - 1])) words[words.length - 1] = words[words.length - 1].slice(0, -1);
    while (words.length && /^(?:of|de|&)$/.test(words[words.length - 1])) words = words.slice(0, -1);
    words[words.length - 1] = words[words.length - 1]?.replace(/['’]s?$/, '') ?? '';
    if (!words.length || !words[0] || EN_NON_NAME_WORDS.has(words[0]) || NOT_A_NAME.test(words[0])) return;
    const text = words.join(' ');
    if (text.length < 2 || TYPE_WORDS.has(text)) return; // a type word alone is no name (Company CEO …)
    out.push({ start: pStart + start, end: pStart + start + text.length, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });
  };
  LIST_INTRO.lastIndex = 0;
  const item = new RegExp(String.raw`(${NAME})(?: ?\([A-Za-z0-9&]{2,10}\))?(,? and |,? & |, |,? as well as )?`, 'y');
  for (let m = LIST_INTRO.exec(slice); m; m = LIST_INTRO.exec(slice)) {
    item.lastIndex = m.index + m[0].length;
    for (let it = item.exec(slice); it; it = item.exec(slice)) {
      add(it.index, it[1]);
      if (!it[2]) break;
    }
  }
  ACRONYM_SAYS.lastIndex = 0;
  for (let m = ACRONYM_SAYS.exec(slice); m; m = ACRONYM_SAYS.exec(slice)) if (!NOT_A_BODY.test(m[1])) add(m.index, m[1]);
  for (const re of [AFTER_NOUN, APPOSITION, HEADED_BY]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) add(m.index + (re === AFTER_NOUN ? m[0].length - m[1].length : m[0].indexOf(m[1])), m[1]);
  }
  return out;
}

// "X and Y institutes": names that share one plural type word, each an entity of its type
const SHARED_HEAD = /(?<![\w-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) and ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (institutes|laboratories|labs|research centres|research centers|universities|Associations|Foundations|Societies)\b/g;
const PLURAL_TYPES: Record<string, Candidate['type']> = { institutes: 'lab', laboratories: 'lab', labs: 'lab', 'research centres': 'lab', 'research centers': 'lab' };
// zones sharing one plural type word of a designation a place has only one of (the Pudong and
// Binhai new areas, X, Y and Z pilot free trade zones); parks are many to a city, so not those
const ZONE_PLURALS = String.raw`(?:(?:pilot )?free trade zones|new areas|new districts|(?:national )?hi(?:gh)?-tech(?: industrial development)? zones|special economic zones)`;
const SHARED_ZONE_HEAD = new RegExp(String.raw`(?<![\w-])((?:[A-Z][\w'’-]*, ){0,6}[A-Z][\w'’-]*,? and [A-Z][\w'’-]*) (${ZONE_PLURALS})\b`, 'gi');

export function sharedHeadCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.text.slice(pStart, pEnd);
  const out: Candidate[] = [];
  SHARED_HEAD.lastIndex = 0;
  for (let m = SHARED_HEAD.exec(slice); m; m = SHARED_HEAD.exec(slice)) {
    if (EN_NON_NAME_WORDS.has(m[1].split(' ')[0])) continue;
    const type = PLURAL_TYPES[m[3]] ?? 'organization';
    const a = pStart + m.index;
    const b = a + m[0].indexOf(' and ' + m[2]) + 5;
    // a capitalised plural is part of the second name (the X and Y Associations)
    const bEnd = /^[A-Z]/.test(m[3]) ? b + m[2].length + 1 + m[3].length : b + m[2].length;
    out.push({ start: a, end: a + m[1].length, type, source: 'pattern', generic: false, hasName: true, acronym: true });
    out.push({ start: b, end: bEnd, type, source: 'pattern', generic: false, hasName: true, acronym: true });
  }
  SHARED_ZONE_HEAD.lastIndex = 0;
  for (let m = SHARED_ZONE_HEAD.exec(slice); m; m = SHARED_ZONE_HEAD.exec(slice)) {
    // the names are capitalised, the shared type word may be either (the Pudong and Binhai new areas)
    if (!/^[A-Z]/.test(m[1]) || EN_NON_NAME_WORDS.has(m[1].split(/[ ,]/)[0])) continue;
    let at = pStart + m.index;
    for (const name of m[1].split(/,? and |, /)) {
      const start = ctx.text.indexOf(name, at);
      // a nationality or a country makes a kind (the Chinese and Korean high-tech zones)
      if (!/^[A-Z]/.test(name) || EN_NON_NAME_WORDS.has(name) || COUNTRY_WORDS.has(name)) return out;
      out.push({ start, end: start + name.length, type: 'zone', source: 'pattern', generic: false, hasName: true, acronym: true });
      at = start + name.length;
    }
  }
  return out;
}

// A phase of a named development is a project: "Tarrow Port Phase II", "Phase 2 of the Velda Cable Project"
const PHASE_AFTER = new RegExp(String.raw`(?<![\w-])(${NAME}) Phase (?:[IVX]{1,4}|[1-9])(?![\w-])`, 'g');
const PHASE_OF = new RegExp(String.raw`(?<![\w-])Phase (?:[IVX]{1,4}|[1-9]) of (?:the )?(${NAME} (?:Project|project|Programme|Plant|Complex|Campus))(?![\w-])`, 'g');

export function phaseCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.text.slice(pStart, pEnd);
  const out: Candidate[] = [];
  for (const re of [PHASE_AFTER, PHASE_OF]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      let start = m.index;
      let text = m[0];
      // sentence openers are not part of the name
      while (re === PHASE_AFTER && EN_NON_NAME_WORDS.has(text.split(' ')[0])) {
        const cut = text.indexOf(' ') + 1;
        start += cut;
        text = text.slice(cut);
      }
      if (/^Phase /.test(text) && re === PHASE_AFTER) continue;
      out.push({ start: pStart + start, end: pStart + start + text.length, type: 'project', source: 'pattern', generic: false, hasName: true });
    }
  }
  return out;
}
