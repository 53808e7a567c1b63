import type { Candidate, Ctx } from './candidate';
import { foldText } from './fold';
import { cjkHead } from './reading';

// Japanese releases name a facility by what happens to it: it opens, is completed, holds
// its opening ceremony (「X」がオープン, 「X」を開設, X (ABC)の開所式). The name before such
// an event is a facility, typed by its own type word when it has one.

/** A quoted name, then the event: 「X」がオープン, 「X」を開設, 「X」が竣工. */
const QUOTED_EVENT = /「([^「」、。\s]{2,32})」(?:が|を)?(?:オープン|開業|開所|竣工|開設|落成|完成|稼働)/gu;
/** Capitalised Latin words, an optional acronym in parentheses, then the ceremony: X Y Z (XYZ)の開所式. */
const LATIN_EVENT = /((?:[A-Z][A-Za-z0-9&-]*)(?: [A-Z][A-Za-z0-9&-]*){1,5})(?: ?\([A-Z]{2,8}\))?の(?:開所式|竣工式|落成式|開業式|起工式|オープニング)/gu;

export function japaneseFacilityEventCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.text.slice(pStart, pEnd);
  const out: Candidate[] = [];
  QUOTED_EVENT.lastIndex = 0;
  for (let m = QUOTED_EVENT.exec(slice); m; m = QUOTED_EVENT.exec(slice)) {
    // a name, not a phrase: no hiragana outside a parenthesised reading
    if (/[\u3041-\u309f]/u.test(m[1].replace(/[(（][^)）]*[)）]/gu, ''))) continue;
    const start = pStart + m.index + 1;
    out.push(facility(start, start + m[1].length, m[1]));
  }
  LATIN_EVENT.lastIndex = 0;
  for (let m = LATIN_EVENT.exec(slice); m; m = LATIN_EVENT.exec(slice)) {
    const start = pStart + m.index;
    // the run starts a word (not the tail of a longer Latin word)
    if (/[A-Za-z0-9]/.test(ctx.text[start - 1] ?? '')) continue;
    out.push(facility(start, start + m[1].length, m[1]));
  }
  return out;
}

function facility(start: number, end: number, name: string): Candidate {
  const head = cjkHead(foldText(name));
  return { start, end, type: head?.type ?? 'project', source: 'pattern', generic: false, hasName: true };
}
