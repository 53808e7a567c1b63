import type { Candidate } from './candidate';
import { COUNTRY_WORDS } from './enTypeWords';

// Latin-script runs that read as names but are none: page furniture, a famous place named to
// compare, a zone after an indefinite article (a kind). Filters on latin.ts's candidates.

// A web page's breadcrumb item, between separators (Home > Latest News > …): page furniture, not a name.
const CRUMB_BEFORE = /(?:[>»›|]|^|\n)\s*$/;
const CRUMB_AFTER = /^\s*(?:[>»›|]|$|\n)/;
export function breadcrumbItem(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 3), c.start);
  const after = text.slice(c.end, c.end + 3);
  return /[>»›]\s*$/.test(before) || /^\s*[>»›]/.test(after) ? CRUMB_BEFORE.test(before) && CRUMB_AFTER.test(after) : false;
}

// "a" or "an" before a zone ending its noun phrase makes it a kind (a Strong and Vibrant Industrial Park
// when…, in a New Economy industrial park.): a name takes no indefinite article (but "a X Park firm" does)
export function indefiniteKind(text: string, c: Candidate): boolean {
  if (c.type !== 'zone' || !/(?:^|[^A-Za-z])an? $/.test(text.slice(Math.max(0, c.start - 3), c.start))) return false;
  return /^(?:[.,;:!?)"”’]|\s*$| (?:when|while|in|at|with|that|which|where|to|for|of|is|was|will|by|on|as)\b)/.test(text.slice(c.end, c.end + 8));
}

// A famous place named to compare (a Korean version of X Valley, known as Taiwan's X Valley, the next
// X Valley of India): the zone is the one compared with, not one the release is about.
const COMPARED_BEFORE = /(?:version of|equivalent of|answer to|known as|dubbed|likened to|compared to|compared with|modell?ed on)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+['’]s\s+)?(?:(?:potential|next|new|future)\s+)?$/;
const COMPARED_OF = /^ of (?:(?:South|North|East|West|Central|Southeast|Northeast) )?([A-Z][a-z]+)\b/;
export function comparedPlace(text: string, c: Candidate): boolean {
  if (c.type !== 'zone') return false;
  const name = text.slice(c.start, c.end);
  if (COMPARED_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start))) return true;
  // "the X Valley of Korea": a zone of two words named after a country's name
  const of = /^(.+?) of (?:(?:South|North|East|West|Central|Southeast|Northeast) )?([A-Z][a-z]+)$/.exec(name) ?? (COMPARED_OF.exec(text.slice(c.end, c.end + 40)) && [name, name, COMPARED_OF.exec(text.slice(c.end, c.end + 40))![1]]);
  return !!of && COUNTRY_WORDS.has(of[2]) && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(of[1]) && /\bthe (?:(?:potential|next|new|future) )?$/i.test(text.slice(Math.max(0, c.start - 20), c.start));
}
