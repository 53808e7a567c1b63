import { EN_NON_NAME_WORDS, ZONE_ACRONYMS } from './lexicon';
import { EN_TYPE_INDEX, readName } from './reading';
import type { Candidate, Ctx } from './candidate';
import { typeOf } from './cjk';

// English (and any Latin-script) names: capitalised runs that end in a type word.

const MAX_EN_NAME_WORDS = 10;

interface Word {
  start: number;
  end: number;
  text: string;
}

// a place in parentheses inside a name is one word of it: Northland (Westshire) Pilot Free Trade Zone
const WORD = /\([A-Z][a-z]+\)|[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?(?:-[A-Za-z0-9]+)*|&/g;
const NON_NAME = EN_NON_NAME_WORDS;

export function latinCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { text } = ctx;
  const slice = text.slice(pStart, pEnd);
  const runs: Word[][] = [];
  let run: Word[] = [];
  let lastEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const w = { start: pStart + m.index, end: pStart + m.index + m[0].length, text: m[0] };
    const gap = lastEnd < 0 ? '' : text.slice(lastEnd, w.start);
    if (run.length && !/^ {1,2}$/.test(gap)) {
      runs.push(run);
      run = [];
    }
    run.push(w);
    lastEnd = w.end;
  }
  if (run.length) runs.push(run);
  const out: Candidate[] = [];
  for (const r of runs) out.push(...runCandidates(r));
  return out;
}

const isCap = (w: string): boolean => /^\(?[A-Z]/.test(w);
const isAcr = (w: string): boolean => /^[A-Z][A-Z0-9]{1,5}$/.test(w);

function runCandidates(run: Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let end = run.length; end > 0; end--) {
    const head = EN_TYPE_INDEX.find((w) => {
      const s = end - w.words.length;
      return s >= 0 && w.words.every((x, k) => x === run[s + k].text);
    });
    if (!head) continue;
    const hs = end - head.words.length;
    const lowerHead = !isCap(head.words[0]);
    // a lower-case head ("core area", "district", "project") only after an acronym (CTD core
    // area), a capitalised name word (Toutunhe district) or as "the core area"
    const prevWord = hs > 0 ? run[hs - 1].text : '';
    if (lowerHead && !isAcr(prevWord) && !(/^the$/i.test(prevWord) && head.cls === 'core-area') && !(isCap(prevWord) && !NON_NAME.has(prevWord))) continue;
    const next = run[end]?.text;
    let stop = end;
    if (next === 'of' || (next === 'for' && (head.cls === 'center' || head.type === 'lab'))) {
      // head with a complement: Academy of Materials, Committee of X Zone, Center for Marine Biology
      let k = end + 1;
      if (run[k]?.text === 'the') k++;
      let last = -1;
      while (k < run.length && (isCap(run[k].text) || ((run[k].text === 'and' || run[k].text === '&') && run[k + 1] && isCap(run[k + 1].text)))) {
        if (isCap(run[k].text)) last = k;
        k++;
      }
      if (last >= 0) stop = last + 1;
    } else if (head.type !== 'zone' && next && isCap(next) && !/^(Co|Ltd|Inc)/.test(next)) {
      continue; // University in "University Science Park" is not a head
    }
    // extend left over capitalised words (and "and" inside them)
    let s = hs;
    while (s > 0 && hs - s < MAX_EN_NAME_WORDS) {
      const w = run[s - 1].text;
      if (isCap(w) && !NON_NAME.has(w)) {
        s--;
        continue;
      }
      if ((w === 'and' || w === '&') && s - 2 >= 0 && isCap(run[s - 2].text) && !NON_NAME.has(run[s - 2].text)) {
        s -= 2;
        continue;
      }
      break;
    }
    // a zone does not start with the acronym of an organisation around it (CPC X District Committee)
    if (head.type === 'zone' && s < hs - 1 && isAcr(run[s].text) && !isAcr(run[s + 1].text)) s++;
    const start = run[s].start;
    const stopAt = run[stop - 1].end;
    const nameWords = run.slice(s, hs).map((w) => w.text);
    const tail = run.slice(end, stop).map((w) => w.text);
    const reading = readName(run.slice(s, stop).map((w) => w.text).join(' '));
    const generic = (nameWords.length === 0 && tail.length === 0) || reading.generic;
    // a centre "for" a field is a research centre (Center for Marine Biology)
    const type = head.cls === 'center' && tail[0] === 'for' && tail.length > 1 ? 'lab' : typeOf(head, nameWords.join(' '), reading);
    out.push({ start, end: stopAt, type, source: 'pattern', generic, hasName: nameWords.length + tail.length > 0 });
    end = hs + 1; // continue left of this head
  }
  return out;
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
