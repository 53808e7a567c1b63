import type { EntityMention } from '../types';
import { EN_TYPE_INDEX } from './reading';

// English short forms of a name given earlier in the same document: a short name the text
// defines in quotes ("Brisk Harbour Science Park (“Science Park”)", "Korvane Corporation (hereafter
// the “Company”)"), and a capitalised head word after "the" that repeats the head of a body
// named before ("Board of Land Approvals … approved by the Board"). Short forms stay in their
// document: the workspace gazetteer does not spread them.

const SHORT = String.raw`[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}`;
const QUOTED_DEFINITION = new RegExp(
  String.raw`^\s?[(（]\s*(?:(?:hereafter|hereinafter)(?: referred to as)?,?\s+)?(?:the\s+)?[“"‘]\s?(${SHORT})\s?[”"’][)）]`,
);

/** Single-word heads of bodies, parks and programmes that "the X" may repeat. */
const ONE_WORD_HEADS = new Set(EN_TYPE_INDEX.filter((w) => w.words.length === 1 && w.cls !== 'company-word' && /^[A-Z][a-z]+$/.test(w.words[0])).map((w) => w.words[0]));

export function latinShortForms(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const defined = new Map<string, EntityMention>();
  for (const m of mentions) {
    if (m.source === 'shortForm' || !/^[A-Za-z]/.test(m.text)) continue;
    const d = QUOTED_DEFINITION.exec(text.slice(m.end, m.end + 80));
    if (!d || !/[a-z]/.test(d[1]) || defined.has(d[1])) continue;
    // the short name repeats words of the full one, or is its head word (the “Company”)
    const words = new Set(m.text.split(/\s+/));
    if (!d[1].split(' ').every((w) => words.has(w)) && !ONE_WORD_HEADS.has(d[1])) continue;
    defined.set(d[1], m);
  }
  const out: EntityMention[] = [];
  const overlaps = (m: EntityMention, start: number, end: number) => m.start < end && start < m.end;
  const taken = (start: number, end: number) => mentions.some((m) => overlaps(m, start, end)) || out.some((m) => overlaps(m, start, end));
  for (const [short, def] of defined) {
    for (let at = text.indexOf(short, def.end); at >= 0; at = text.indexOf(short, at + 1)) {
      const end = at + short.length;
      if (/[\w&-]/.test(text[at - 1] ?? '') || /[\w&-]/.test(text[end] ?? '') || /^ [A-Z]/.test(text.slice(end, end + 2))) continue;
      if (taken(at, end)) continue;
      out.push({ start: at, end, text: short, type: def.type, id: def.id, source: 'shortForm' });
    }
  }
  // "the Board": the nearest body named before whose name has that head word
  const re = /\b[Tt]he ([A-Z][a-z]+)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[1];
    const start = m.index + 4;
    const end = start + word.length;
    if (!ONE_WORD_HEADS.has(word) || defined.has(word) || /^ (?:[A-Z]|of\b)/.test(text.slice(end, end + 4)) || taken(start, end)) continue;
    let best: EntityMention | undefined;
    for (const n of mentions) {
      if (n.source === 'shortForm' || n.end > start || !isHeadWord(n.text, word)) continue;
      if (!best || n.start > best.start) best = n;
    }
    if (best) out.push({ start, end, text: word, type: best.type, id: best.id, source: 'shortForm' });
  }
  initialsShortForms(text, mentions, out, taken);
  districtShortForms(text, mentions, out, taken);
  return out;
}

/** The head of a name is its last word, or the word before its "of" (the Board of Land Approvals), not a word inside (Industrial Government Land Sales). */
function isHeadWord(name: string, word: string): boolean {
  const words = name.split(/\s+/);
  const of = words.indexOf('of');
  return words[words.length - 1] === word || (of > 0 && words[of - 1] === word);
}

/**
 * A district named by one word and its type word ("Corran District") is that word alone
 * later on ("in Corran"), when the word stands alone: not before another capitalised word.
 * So is a project named before a lower-case "project" ("the Quay 7 project" … "Quay 7"), unless its name is one word.
 */
function districtShortForms(text: string, mentions: readonly EntityMention[], out: EntityMention[], taken: (s: number, e: number) => boolean): void {
  for (const d of mentions) {
    const m = d.type === 'zone' ? /^([A-Z][a-z]{2,}) [Dd]istrict$/.exec(d.text) : d.type === 'project' ? /^((?:[A-Z]|[a-z][A-Z])[\w&-]*(?: [A-Z0-9][\w&-]*){0,3}) project$/.exec(d.text) : null;
    if (!m || d.source === 'shortForm') continue;
    const word = m[1];
    // a single capitalised word before "project" is often a place (the Dunvale project): not alone
    if (d.type === 'project' && !/\d|^[a-z][A-Z]| /.test(word)) continue;
    for (let at = text.indexOf(word, d.end); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (/[\w&-]/.test(text[at - 1] ?? '') || /[\w&'’-]/.test(text[end] ?? '') || /^ [A-Z]|^ [Dd]istrict|^ project/.test(text.slice(end, end + 10)) || taken(at, end)) continue;
      out.push({ start: at, end, text: word, type: d.type, id: d.id, source: 'shortForm' });
    }
  }
}

const MINOR_WORDS = /^(?:of|and|the|for|&|de|in|on|at)$/i;

/**
 * An abbreviation used without a definition that spells the initials of a name given before
 * ("Marlow County Economic Development Authority … the EDA"): the whole name's
 * initials, or those of its last two words or more (the head's own).
 */
function initialsShortForms(text: string, mentions: readonly EntityMention[], out: EntityMention[], taken: (s: number, e: number) => boolean): void {
  const names = mentions
    .filter((m) => m.source !== 'shortForm' && /^[A-Z]/.test(m.text))
        // (a place in parentheses is a word of the name: China (Xinjiang) Pilot Free Trade Zone … the FTZ)
    .map((m) => ({ m, initials: m.text.split(/[\s-]+/).map((w) => w.replace(/^[(（]/, '')).filter((w) => w && !MINOR_WORDS.test(w)).map((w) => w[0]).join('') }))
    .filter((n) => n.initials.length >= 3 && /^[A-Z]+$/.test(n.initials));
  if (!names.length) return;
  const spelled = (acronym: string, at: number): EntityMention | undefined => {
    let best: EntityMention | undefined;
    for (const { m, initials } of names) if (m.end <= at && initials.endsWith(acronym) && (!best || m.start > best.start)) best = m;
    return best;
  };
  // an abbreviation first read as a name of its own is the body it spells
  for (const m of mentions) {
    if (m.source === 'catalog' || !/^[A-Z]{3,6}$/.test(m.text)) continue;
    const best = spelled(m.text, m.start);
    if (best) {
      m.type = best.type;
      m.id = best.id;
    }
  }
  const re = /(?<![A-Za-z0-9&])[A-Z]{3,6}(?![A-Za-z0-9&])/g;
  for (let a = re.exec(text); a; a = re.exec(text)) {
    const start = a.index;
    const end = start + a[0].length;
    if (taken(start, end)) continue;
    const best = spelled(a[0], start);
    if (best) out.push({ start, end, text: a[0], type: best.type, id: best.id, source: 'shortForm' });
  }
}
