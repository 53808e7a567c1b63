import { EN_NON_NAME_WORDS, ZONE_ACRONYMS } from './lexicon';
import { EN_TYPE_INDEX, readName } from './reading';
import type { Candidate, Ctx } from './candidate';
import { typeOf } from './cjk';
import { isPinyinWord } from './fold';
import { MINISTRY_FIELDS } from './typeWords';
import { isCodeWord, isKindAcronym } from './codeTables';
import { breadcrumbItem, comparedPlace, indefiniteKind } from './latinNonNames';
import { COUNTRY_WORDS, HEADLINE_VERBS, OF_ONLY_HEADS, PERSONAL_TITLES } from './enTypeWords';

// English (and any Latin-script) names: capitalised runs that end in a type word.

const MAX_EN_NAME_WORDS = 10;

interface Word {
  start: number;
  end: number;
  text: string;
}

// a place in parentheses inside a name is one word of it: Northland (Westshire) Pilot Free Trade Zone
// a number is a word too (No.2, 21, 20-20): inside a name only right after a name word (Wellmoor No.2 Plant)
// (an abbreviation with "&" is one word: R&D, M&A)
const WORD = /[A-Z]{1,3}&[A-Z]{1,3}(?![A-Za-z])|\([A-Z][a-z]+\)|No\.\s?\d+|\d+(?:st|nd|rd|th)\b|\d+[A-Z][A-Za-z0-9]*\b|\d+(?:-\d+)?(?![\d.,])|[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?(?:-[A-Za-z0-9]+)*|&/g;
// a field's abbreviation with "&" (R&D) names no project alone (an R&D project), but is a word inside a name (Dalby R&D Center)
const FIELD_AMPERSANDS = ['R&D', 'M&A', 'I&T', 'S&T', 'Q&A'];
// numerals, quantifiers and sector words never start a name (One FTZ, an ITeS Special Economic Zone)
const NON_NAME: ReadonlySet<string> = new Set([
  ...EN_NON_NAME_WORDS,
  ...['Hundred', 'Thousand', 'Million', 'Billion', 'Trillion', 'Half', 'Dozens', 'Hundreds', 'Thousands', 'Millions', 'Billions'],
  ...['One', 'Two', 'Three', 'Four', 'Five', 'Ten'].map((n) => `${n}-Year`),
  ...['One', 'Seven', 'Eight', 'Nine', 'Several', 'Many', 'Some', 'Other', 'Both', 'Every', 'Any', 'Various', 'Multiple', 'Another', 'Such', 'Their', 'His', 'Her'],
  ...['IT', 'ITES', 'ITeS', 'BPO', 'KPO'],
  ...FIELD_AMPERSANDS,
]);
const INNER_ONLY = new Set(['Key', 'Major', ...FIELD_AMPERSANDS]);
const LEGAL_FORM = /^(?:Co|Ltd|Inc|Corp|Limited|LLC|PLC|Plc|Pte|Pvt|Bhd|Berhad)$/;
// a field's adjective before a company word makes a field, not a company (Biomedical Technology, Venture Capital)
const FIELD_ADJECTIVE = /^(?:[A-Z][a-z]+(?:al|ic|ed|ing|ive|ous|ary)|Clean|Smart|Green|Modern|New|High|Low|Future|Quantum|Venture|Cross-border|Heavy|Light|Fine|Special)$/;
// last words of type words: a possessive on one ends the name (Dalby Ridge University’s campus)
// (company words are not among them: "the Technology and Innovation Park" is one name)
const HEAD_ENDS = new Set(EN_TYPE_INDEX.filter((w) => w.cls !== 'company-word').map((w) => w.words[w.words.length - 1]));
const COMPANY_ENDS = new Set(EN_TYPE_INDEX.filter((w) => w.cls === 'company-word').map((w) => w.words[0]));
const ZONE_ENDS = new Set(EN_TYPE_INDEX.filter((w) => w.type === 'zone' && /^[A-Z]/.test(w.words[0])).map((w) => w.words[w.words.length - 1]));

export function latinCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { text } = ctx;
  const slice = text.slice(pStart, pEnd);
  const runs: Word[][] = [];
  let run: Word[] = [];
  let lastEnd = -1;
  const owners: { start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const w = { start: pStart + m.index, end: pStart + m.index + m[0].length, text: m[0] };
    const gap = lastEnd < 0 ? '' : text.slice(lastEnd, w.start);
    if (run.length && /^, {1,2}$/.test(gap) && isCap(w.text) && inFieldList(run)) {
      run.push({ start: lastEnd, end: lastEnd + 1, text: ',' }); // Ministry of Ports, Shipping and Transport
    } else if (run.length && !/^ {1,2}$/.test(gap)) {
      runs.push(run);
      run = [];
    }
    // a possessive or a hyphenated modifier on a head word ends the name (X University’s, X Committee-funded)
    const possessive = /^(.*)['’]s$/.exec(w.text) ?? /^(.*[A-Za-z])-[a-z]+$/.exec(w.text);
    if (possessive && HEAD_ENDS.has(possessive[1])) {
      run.push({ start: w.start, end: w.start + possessive[1].length, text: possessive[1] });
      runs.push(run);
      run = [];
      lastEnd = -1;
      continue;
    }
    // a possessive on another capitalised word ends its owner's name: the name after it starts afresh
    // (UKRI’s Marine Centre); an owner in capitals or camel case is a body (a place's is not: Dunvale’s X)
    // (a possessive right before a type word is inside a name: the Builder's Centre)
    const owner = /^([A-Z].*)['’]s$/.exec(w.text);
    // (only a capitalised type word: Geely's plant is the company's plant, not a name)
    if (owner && !HEAD_ENDS.has(/^ ([A-Z][A-Za-z]*)/.exec(text.slice(w.end, w.end + 30))?.[1] ?? '')) {
      run.push({ start: w.start, end: w.start + owner[1].length, text: owner[1] });
      let first = run.length;
      while (first > 0 && isCap(run[first - 1].text) && !NON_NAME.has(run[first - 1].text)) first--;
      const words = run.slice(first);
      // (not a bare kind of zone, the FTZ's: the short forms find which one)
      if (words.length && words.length <= 4 && words.some((x) => /^[A-Z][A-Z0-9&]{1,5}$|[a-z][A-Z]/.test(x.text)) && !COUNTRY_WORDS.has(words[0].text) && !(words.length === 1 && (isKindAcronym(words[0].text) || isCodeWord(words[0].text)))) owners.push({ start: words[0].start, end: w.start + owner[1].length });
      runs.push(run);
      run = [];
      lastEnd = -1;
      continue;
    }
    run.push(w);
    lastEnd = w.end;
  }
  if (run.length) runs.push(run);
  const out: Candidate[] = owners.map((o) => ({ ...o, type: 'organization' as const, source: 'pattern' as const, generic: false, hasName: true, acronym: true }));
  const headline = isHeadline(slice);
  for (const r of runs) out.push(...runCandidates(r, headline).filter((c) => !breadcrumbItem(text, c) && !comparedPlace(text, c) && !indefiniteKind(text, c)));
  return out;
}

// a scheme, fund or programme "for" its beneficiaries: Seed Scheme for Graduates
const NEWS_CLASSES = new Set(['newspaper', 'news', 'news-agency']);
const FOR_HEADS = new Set(['scheme', 'fund', 'programme']);
// a body "for" its remit: Department for Promotion of Industry and Internal Trade, Agency for Science
const FOR_BODIES = new Set(['department', 'ministry', 'agency', 'council', 'commission', 'office', 'foundation', 'association', 'authority']);
// an initiative, committee or panel "on" its subject: Demonstration Initiative on Strategic Connectivity, Panel on Commerce
const ON_HEADS = new Set(['Initiative', 'Committee', 'Panel', 'Commission']);
// a brand in camel case (eStation) is capitalised too
// (and a technology's number and letter: 5G Smart Port, 3D Printing Centre)
const isCap = (w: string): boolean => /^\(?[A-Z]|^[a-z][A-Z][a-z]|^\d+[A-Z]/.test(w);
const isNum = (w: string): boolean => /^(?:No\.\s?)?\d/.test(w);
// a number right after a name word is part of the name (Harbourport 5, Orion 20-20); a year or an amount is not
const nameNumber = (run: Word[], k: number): boolean => isNum(run[k].text) && !/^\d{4}$/.test(run[k].text) && k > 0 && isCap(run[k - 1].text) && !NON_NAME.has(run[k - 1].text);
// an ordinal before a name word numbers a site of the same name (the 2nd Harbourport Techno Valley)
const isOrdinal = (w: string): boolean => /^\d+(?:st|nd|rd|th)$/.test(w);
const isAcr = (w: string): boolean => /^[A-Z][A-Z0-9]{1,5}$/.test(w);

// A type word as written: the case after a hyphen varies (Hi-tech Zone, High-Tech Zone), and a
// zone's type word of two words or more may be all lower case after its name (Alder high-tech zone).
const hyphenFold = (w: string): string => w.replace(/-([A-Za-z])/g, (_, c: string) => '-' + c.toLowerCase());
const sameWord = (typeWord: string, w: string): boolean => typeWord === w || hyphenFold(typeWord) === hyphenFold(w);
// type words by their last word in lower case, longest first: a run word looks up only its own (every keystroke)
const HEADS_BY_LAST = new Map<string, (typeof EN_TYPE_INDEX)[number][]>();
for (const w of EN_TYPE_INDEX) {
  const last = w.words[w.words.length - 1].toLowerCase();
  HEADS_BY_LAST.get(last)?.push(w) ?? HEADS_BY_LAST.set(last, [w]);
}


// A public body after "the" in Title Case words is named (the Investment Development Board said):
// a body meant generically is written in lower case (the development board)
const BODY_HEADS = new Set(['committee', 'council', 'board', 'commission', 'agency', 'authority', 'bureau', 'administration', 'department', 'federation', 'alliance', 'association']);
function titledBody(run: Word[], s: number, hs: number, end: number, head: (typeof EN_TYPE_INDEX)[number]): boolean {
  if (!BODY_HEADS.has(head.cls) || hs - s < 2 || !/^the$/i.test(run[s - 1]?.text ?? '')) return false;
  return run.slice(s, end).every((w) => (isCap(w.text) && !NON_NAME.has(w.text)) || w.text === 'and' || w.text === '&') && !(run[end] && isCap(run[end].text));
}

// Lower-case words that say what a project is, between its name and "project" (refinery, expansion);
// not a function word, a verb form, a quantity or a generic qualifier (the Dunmore government project is not one)
const NOT_DESCRIPTIVE = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'as', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'its', 'their', 'his', 'her', 'our', 'new', 'key', 'major', 'big', 'large', 'first', 'second', 'third', 'last', 'next', 'this', 'that', 'these', 'those', 'which', 'who', 'will', 'would', 'can', 'could', 'may', 'should', 'total', 'such', 'same', 'other', 'another', 'each', 'every', 'any', 'all', 'some', 'local', 'whole', 'entire', 'government', 'investment', 'pilot', 'flagship', 'landmark', 'signed', 'one', 'two', 'three', 'more', 'most', 'only', 'also', 'not', 'said']);
function describedBy(run: Word[], hs: number): number {
  for (let k = 1; k <= 2 && hs - k - 1 >= 0; k++) {
    const w = run[hs - k].text;
    if (!/^[a-z][a-z-]+$/.test(w) || NOT_DESCRIPTIVE.has(w) || /(?:ed|ly|ing)$/.test(w)) return 0;
    const name = run[hs - k - 1].text;
    if (isCap(name) && !NON_NAME.has(name)) return k;
  }
  return 0;
}

// A ministry or department "of" a list of fields, in commas (Ministry of Culture, Sports and Tourism):
// the run goes on over a comma while it is inside such a complement; the list must end in "and X".
const FIELD_LIST_HEADS = new Set(['Ministry', 'Minister', 'Department', 'Commission', 'Committee', 'Bureau', 'Office', 'Agency', 'Secretary']);
function inFieldList(run: Word[]): boolean {
  let of = run.length - 1;
  while (of > 0 && run[of].text !== 'of') {
    if (!isCap(run[of].text) && run[of].text !== ',') return false;
    of--;
  }
  return of > 0 && FIELD_LIST_HEADS.has(run[of - 1].text) && of < run.length - 1;
}
const MORE_FIELDS = new Set(['technology', 'sports', 'welfare', 'fisheries', 'forestry', 'tourism', 'culture', 'resources', 'affairs', 'communications', 'information', 'planning', 'investment', 'security', 'safety', 'employment', 'housing']);
// the last field of such a list is a field, not a company (the Ministry of Commerce, Tesla and BYD)
const isField = (w: string): boolean => MINISTRY_FIELDS.includes(w.toLowerCase()) || MORE_FIELDS.has(w.toLowerCase()) || readName(w).allGloss;
function listEndsWithAnd(run: Word[], k: number): boolean {
  for (let j = k + 1; j < run.length; j++) {
    if (run[j].text === 'and' || run[j].text === '&') return j + 1 < run.length && isField(run[j + 1].text);
    if (!isCap(run[j].text) && run[j].text !== ',') return false;
  }
  return false;
}

// A line in Title Case (a headline) capitalises every word: its capitals say nothing about names.
const MINOR = /^(?:a|an|the|of|and|or|for|in|on|at|to|by|with|from|as|is|are|vs)$/;
function isHeadline(line: string): boolean {
  const words = line.match(/[A-Za-z][\w'’-]*/g) ?? [];
  return words.length >= 3 && words.every((w) => /^[A-Z0-9]/.test(w) || MINOR.test(w));
}

function runCandidates(run: Word[], headline: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let end = run.length; end > 0; end--) {
    const head = HEADS_BY_LAST.get(run[end - 1].text.toLowerCase())?.find((w) => {
      const s = end - w.words.length;
      if (s < 0) return false;
      if (w.words.every((x, k) => sameWord(x, run[s + k].text))) return true;
      return w.type === 'zone' && w.words.length > 1 && w.words.every((x, k) => x.toLowerCase() === run[s + k].text.toLowerCase());
    });
    if (!head) continue;
    const hs = end - head.words.length;
    // a zone's type word in mixed case (National Hi-tech zone) only after a name word: alone it is a phrase
    const mixedCase = !head.words.every((x, k) => sameWord(x, run[hs + k].text)) && !run.slice(hs, end).every((w) => w.text === w.text.toLowerCase());
    if (mixedCase && !(hs > 0 && isCap(run[hs - 1].text) && !NON_NAME.has(run[hs - 1].text))) continue;
    const lowerHead = !isCap(run[hs].text);
    // a lower-case head ("core area", "district", "project") only after an acronym (CTD core
    // area), a capitalised name word (Toutunhe district) or as "the core area"
    // a project's lower-case head may follow a word or two saying what it is (the Dunmore refinery expansion project)
    const described = lowerHead && head.type === 'project' ? describedBy(run, hs) : 0;
    const prevWord = hs - described > 0 ? run[hs - described - 1].text : '';
    const next = run[end]?.text;
    // "the government of X": a lower-case body with a named complement
    const ofBody = head.type === 'organization' && next === 'of';
    if (lowerHead && !ofBody && !isAcr(prevWord) && !(/^the$/i.test(prevWord) && head.cls === 'core-area') && !(isCap(prevWord) && !NON_NAME.has(prevWord)) && !(hs > 0 && nameNumber(run, hs - 1))) continue;
    const before = run[hs - described - 2]?.text ?? '';
    if (lowerHead && COUNTRY_WORDS.has(prevWord) && (!isCap(before) || /^[A-Z]{1,3}$/.test(before))) continue;
    // "the Dalmer area of the X Free Trade Zone": an area is a zone only as a part of one
    if (head.cls === 'area-of' && !(next === 'of' && run.slice(end + 1).some((w) => ZONE_ENDS.has(w.text)))) continue;
    const ofOnly = OF_ONLY_HEADS.has(head.words.join(' '));
    // "Vellan City of Norland Province" is a city in a province, not a city's government
    // (an abbreviation before City names a planned city: GIFT City, HITEC City)
    if (ofOnly && head.words[0] === 'City' && next !== 'of' && !(next && isCap(next)) && /^[A-Z]{3,6}$/.test(prevWord) && !COUNTRY_WORDS.has(prevWord)) {
      out.push({ start: run[hs - 1].start, end: run[end - 1].end, type: 'zone', source: 'pattern', generic: false, hasName: true });
      continue;
    }
    if (ofOnly && (next !== 'of' || (head.words[0] === 'City' && isCap(prevWord) && !NON_NAME.has(prevWord)))) continue;
    let stop = end;
    let facility: (typeof EN_TYPE_INDEX)[number] | undefined;
    if (head.cls === 'area-of') {
      // the area alone: the zone after "of" is a name of its own
    } else if (next === 'of' || (next === 'for' && (head.cls === 'center' || head.type === 'lab' || FOR_HEADS.has(head.cls) || FOR_BODIES.has(head.cls))) || (next === 'on' && ON_HEADS.has(head.words[head.words.length - 1]))) {
      // head with a complement: Academy of Materials, Committee of X Zone, Center for Marine Biology
      let k = end + 1;
      if (run[k]?.text === 'the') k++;
      let last = -1;
      // (a remit "for" may hold an "of": Department for Promotion of Industry and Internal Trade)
      const ofInside = next === 'for';
      while (k < run.length && (isCap(run[k].text) || ((run[k].text === 'and' || run[k].text === '&' || (ofInside && run[k].text === 'of') || (run[k].text === ',' && listEndsWithAnd(run, k))) && run[k + 1] && isCap(run[k + 1].text)))) {
        if (isCap(run[k].text)) last = k;
        k++;
      }
      if (last >= 0) stop = last + 1;
      else if (ofOnly) continue;
      // a zone "of" another zone is a part of it: two names (the X Special Area of the Y FTZ)
      if (last >= 0 && head.type === 'zone' && ZONE_ENDS.has(run[last].text)) stop = end;
      // a university's centre or institute named after it is that facility (University of X Innovation Center)
      if (last >= 0 && (head.cls === 'university' || head.cls === 'college')) {
        const tailWords = run.slice(end, stop).map((w) => w.text);
        const inner = EN_TYPE_INDEX.find((w) => (w.type === 'lab' || w.type === 'project') && w.words.length < tailWords.length && w.words.every((x, i) => x === tailWords[tailWords.length - w.words.length + i]));
        if (inner) facility = inner;
      }
    } else if (head.type !== 'zone' && next && isCap(next) && !/^(?:Co|Ltd|Inc)$/.test(next)) {
      continue; // University in "University Science Park" is not a head
    }
    // a small number after a facility's or a zone's type word numbers it (Harbour Terminal 3, Metro Line 6, Dalvo Economic Zone 2)
    // (not a count: the Zone 12 projects)
    if (stop === end && head.type !== 'organization' && /^\d{1,2}$/.test(next ?? '') && !/^[a-z]+s$/.test(run[end + 1]?.text ?? '') && !/^(?:was|has|is)$/.test(run[end + 1]?.text ?? 'x')) stop = end + 1;
    // extend left over capitalised words (and "and" inside them)
    let s = hs - described;
    while (s > 0 && hs - s < MAX_EN_NAME_WORDS) {
      const w = run[s - 1].text;
      if (headline && HEADLINE_VERBS.has(w)) break;
      // a hyphenated modifier before a lower-case type word is no word of a name (a Rayong-based project; but the Hsinchu Science-based Industrial Park)
      if (/^[a-z]/.test(head.words[0]) && /-(?:based|listed|owned|funded|backed|led|run|made|controlled|invested|registered)$/.test(w)) break;
      // (Key and Major open no name, but inside one they are words of it: Ruili Key Development Zone)
      const inner = INNER_ONLY.has(w) && s >= 2 && isCap(run[s - 2].text) && !NON_NAME.has(run[s - 2].text);
      if ((isCap(w) && !NON_NAME.has(w)) || inner || nameNumber(run, s - 1) || (isOrdinal(w) && s < hs)) {
        s--;
        continue;
      }
      // "and" inside a name, not between two names (X Business District and Y Techno Park)
      // nor a lone place after "in" before a zone (in Dalby and Marwick World City): a lone word there joins only as a common word (in Science and Education City)
      const lone = head.type === 'zone' && s - 3 >= 0 && /^(?:in|at|from|to|near|between|across)$/.test(run[s - 3].text);
      const common = lone && (readName(run[s - 2].text).allGloss || readName(run[s - 2].text).generic);
      // nor after a company's name (Orlan Technology and X Training Center; but the Design and Innovation Park)
      // (or a legal form: Arden Ltd and Harlow Group are two)
      const company = s - 3 >= 0 && (COMPANY_ENDS.has(run[s - 2].text) || LEGAL_FORM.test(run[s - 2].text.replace(/\.$/, ''))) && isCap(run[s - 3].text) && !NON_NAME.has(run[s - 3].text);
      if ((w === 'and' || w === '&') && s - 2 >= 0 && isCap(run[s - 2].text) && !NON_NAME.has(run[s - 2].text) && !HEAD_ENDS.has(run[s - 2].text) && (!lone || common) && !company) {
        s -= 2;
        continue;
      }
      break;
    }
    // a zone does not start with the acronym of an organisation around it (CPC X District Committee)
    if (head.type === 'zone' && s < hs - 1 && isAcr(run[s].text) && !isAcr(run[s + 1].text)) s++;
    // a title before a surname that is a type word is a person (President Park)
    if (hs - s === 1 && PERSONAL_TITLES.has(run[s].text)) continue;
    const start = run[s].start;
    const stopAt = run[stop - 1].end;
    const nameWords = run.slice(s, hs).map((w) => w.text);
    const tail = run.slice(end, stop).map((w) => w.text);
    const reading = readName(run.slice(s, stop).map((w) => w.text).join(' '));
    // a capitalised "The" inside a sentence marks a newspaper's title even when its words are generic (told The Evening Times)
    const titled = nameWords.length >= 1 && NEWS_CLASSES.has(head.cls) && s > 0 && run[s - 1].text === 'The';
    // a fund, scheme or programme of two Title Case words or more after "the" is a name even in generic
    // words (the Research & Design Fund), and so is a body with a Title Case complement (Department of
    // Industrial Estate Planning); a body of generic words alone is not (the Innovation Development Board)
    const titledScheme =
      (FOR_HEADS.has(head.cls) && isCap(head.words[0]) && nameWords.filter((w) => isCap(w)).length >= 2 && /^the$/i.test(run[s - 1]?.text ?? '')) ||
      (head.type === 'organization' && isCap(head.words[0]) && tail[0] === 'of' && tail.some((w) => isCap(w))) ||
      titledBody(run, s, hs, end, head);
    // a lower-case "district" after a place that is not Chinese is an administrative district, not a
    // development zone (a Chinese one, Toutunhe district, reads as pinyin)
    if (head.cls === 'district' && lowerHead && nameWords.length && nameWords.every((w) => /^[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*$/.test(w)) && !nameWords.every(isPinyinWord)) continue;
    // the bare type word Zone needs a name of two words or more (X Border Trade Zone), not one common word (Time Zone, Green Zone)
    if (head.cls === 'zone' && nameWords.length < 2) continue;
    // (nor right before a legal form: the company's name runs on to it, X Technology Co., Ltd.)
    if (head.cls === 'company-word' && LEGAL_FORM.test(next ?? '')) continue;
    // a board of its own members is a body of any company, not a name (the Board of Directors)
    if (head.type === 'organization' && tail[0] === 'of' && tail.length === 2 && /^(?:Directors|Trustees|Governors|Supervisors|Commissioners|Shareholders)$/.test(tail[1])) continue;
    // a company word names a company only after proper words (Dorrel Technology, not Information Technology or Science and Technology)
    if (head.cls === 'company-word' && (nameWords.length === 0 || reading.generic || reading.allGloss || nameWords.some((w) => w === 'and' || NON_NAME.has(w)) || /^of$/i.test(run[s - 1]?.text ?? '') || FIELD_ADJECTIVE.test(nameWords[0]) || FIELD_ADJECTIVE.test(nameWords[nameWords.length - 1]))) continue;
    // a network named in common words only is a kind of network (a Green Data Centre Network), not a broadcaster
    if (head.cls === 'news' && head.words.join(' ') === 'Network' && reading.allGloss && !titled) continue;
    const bareName = !headline && tail.length === 0 && titledZone(run, s, hs, end, head);
    const generic = (nameWords.length === 0 && tail.length === 0 && !bareName) || (reading.generic && !titled && !titledScheme && !bareName);
    // a centre "for" a field is a research centre (Center for Marine Biology)
    const type = facility
      ? latinTypeOf(facility, run.slice(s, stop - facility.words.length).map((w) => w.text), reading)
      : head.cls === 'center' && tail[0] === 'for' && tail.length > 1
        ? 'lab'
        : // an academy of a science does research (X Academy of Materials); one that ends the name is a school (X Training Academy)
          head.cls === 'academy' && head.words.length === 1 && tail.length === 0
          ? 'organization'
          : latinTypeOf(head, nameWords, reading);
    // a bare type word that opens a longer name is no short form of its own (Corridor Talent Initiative)
    if (generic && nameWords.length === 0 && out.some((o) => !o.generic && o.start <= start && o.end >= stopAt)) {
      end = hs + 1;
      continue;
    }
    out.push({ start, end: stopAt, type, source: 'pattern', generic, hasName: nameWords.length + tail.length > 0 });
    end = hs + 1; // continue left of this head
  }
  return out;
}

// A zone in Title Case words without an article is a proper name even when its words are generic
// (of Innovation Park, Hangzhou's Future Sci-Tech City): a common noun would need "the" or "a". After
// "the" a name word before the type word names one too (the Western Science City), not the type word alone.
const BARE_BEFORE = new Set(['of', 'in', 'at', 'to', 'from', 'into', 'near', 'for', 'with', 'by', 'and', 'or', 'on', 'via', 'inside', 'within', 'across', 'including', 'named', 'called', 'dubbed']);
function titledZone(run: Word[], s: number, hs: number, end: number, head: (typeof EN_TYPE_INDEX)[number]): boolean {
  if (head.type !== 'zone' || end - s < 2 || !run.slice(s, end).every((w) => isCap(w.text))) return false;
  if (/s$/.test(run[end - 1].text) && !/ss$/.test(run[end - 1].text)) return false; // Industrial Parks: a kind
  if (run[end] && isCap(run[end].text)) return false; // a modifier of the name after it (Department of Economic Zone Management)
  // nor of a noun after it: Free Trade Zone policies, Industrial Park projects
  if (run[end] && /^(?:[a-z]+[^s]s|reform|policy|model|construction|development|management|planning|building|status|sector)$/.test(run[end].text) && !/^(?:is|was|has|as|its|this|thus|plus)$/.test(run[end].text)) return false;
  const before = s > 0 ? run[s - 1].text : '';
  if (before === '' || BARE_BEFORE.has(before)) return true;
  return /^the$/i.test(before) && s < hs;
}

// A Title Case park is a proper name even when its words are generic (Marine Robotics
// Technology Park), unlike a Chinese 数字经济产业园; a university's park stays a project. A centre for
// training or testing is a lab, like a research centre.
const LATIN_PARKS = new Set(['park', 'industrial-park', 'science-park', 'software-park', 'innovation-park', 'technology-park', 'research-park', 'high-tech-park', 'business-park', 'campus']);
function latinTypeOf(head: (typeof EN_TYPE_INDEX)[number], nameWords: string[], reading: ReturnType<typeof readName>): Candidate['type'] {
  if (LATIN_PARKS.has(head.cls) && head.type === 'zone') return nameWords.some((w) => /^(?:University|College)$/.test(w)) ? 'project' : 'zone';
  if (head.cls === 'center' && nameWords.some((w) => /^(?:Training|Testing|Techno|Technical)$/.test(w))) return 'lab';
  return typeOf(head, nameWords.join(' '), reading);
}

// ---------------------------------------------------------------- acronyms (CTD)

export function acronymCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const out: Candidate[] = [];
  const re = /[A-Z]{2,5}/g;
  const slice = ctx.folded.slice(pStart, pEnd);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = pStart + m.index;
    const end = start + m[0].length;
    if (!ZONE_ACRONYMS.has(m[0])) continue;
    if (/[A-Za-z]/.test(ctx.folded[start - 1] ?? '') || /[A-Za-z]/.test(ctx.folded[end] ?? '')) continue;
    out.push({ start, end, type: 'zone', source: 'pattern', generic: false, acronym: true });
  }
  return out;
}
