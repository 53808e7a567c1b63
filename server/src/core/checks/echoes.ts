// A fact stated twice in one version (a headline or lead restating the body, a summary
// line repeating a sentence) and once in another: alignment pairs one statement, and a
// typo in the other would go unseen. Such a second statement is checked too, against
// the other versions' statements of the fact it restates.
import type { Fact } from './align';
import { consistent } from './consistency';
import { aroundSimilarity, sameValue, type DocumentItems, type FigureItem } from './context';
import { conceptsDiffer } from './counters';
import { oneDigitApart, sentenceItems } from './pairEvidence';
import { typoApart } from './typoTwins';

/** The words either side of two statements in one version that make one a copy of the other. */
const VERBATIM = 0.6;

/** Values that one statement restating another can have: the same, a rounding or bound of it, or a typo of it. */
function restatable(x: FigureItem, y: FigureItem): boolean {
  if (x.dim !== y.dim) return false;
  if (sameValue(x, y) || consistent(x, y)) return true;
  return x.dim === 'date' ? oneDigitApart(x, y) : typoApart(x, y);
}

/** The entities of one sentence are among those of the other: a headline names fewer, never others. */
function nested(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const id of small) if (!large.has(id)) return false;
  return true;
}

/**
 * A copy restates its neighbours too (2021年動工…2024年竣工 in the lead and the body);
 * items of a list do not (2个…20亿元, 3个…10亿元): the figure before or the one after each
 * agree.
 */
function neighboursAgree(D: DocumentItems, x: FigureItem, y: FigureItem): boolean {
  // Neighbours in the figure's own sentence, neither of the two figures compared (兩間、兩間 in one list).
  const agree = (p: FigureItem | undefined, q: FigureItem | undefined): boolean =>
    !!p && !!q && p !== q && p !== y && q !== x && p.sentence === x.sentence && q.sentence === y.sentence && p.dim === q.dim && (sameValue(p, q) || consistent(p, q));
  return agree(D.items[x.idx - 1], D.items[y.idx - 1]) || agree(D.items[x.idx + 1], D.items[y.idx + 1]);
}

/** The only figure of its dimension in its sentence (restatements in parentheses aside). */
function soleInSentence(D: DocumentItems, x: FigureItem): boolean {
  return sentenceItems(D, x.sentence).filter((z) => z.dim === x.dim && !z.restates).length === 1;
}

/**
 * Second statements: for each figure no fact holds, the fact it restates, when that is
 * certain — (1) its words either side are those of the version's aligned statement of
 * the fact (a verbatim copy: 预期2021年动工 in the lead and in the body), or (2) it is in a
 * sentence that an equal distinctive pair ties to the sentence of another version's
 * statement, each the only figure of its dimension in its sentence, while its own
 * version's statement of the fact sits elsewhere (the headline). Each gives a fact with
 * the second statement in place of the first; one candidate fact only, else none.
 */
export function echoFacts(facts: Fact[], docs: DocumentItems[]): Fact[] {
  const held = new Set<string>();
  const key = (x: FigureItem): string => `${x.uri}\u0000${x.idx}`;
  for (const f of facts) for (const x of f.members.values()) held.add(key(x));
  const byUri = new Map(docs.map((d) => [d.uri, d]));
  // Sentence pairs tied by an equal distinctive pair: "uriA:sA|uriB:sB".
  const tied = new Set<string>();
  for (const f of facts) {
    const members = [...f.members.values()];
    for (const p of members) {
      for (const q of members) {
        if (p.uri !== q.uri && p.distinctive && q.distinctive && sameValue(p, q)) tied.add(`${p.uri}:${p.sentence}|${q.uri}:${q.sentence}`);
      }
    }
  }
  // Per version and dimension, its statements that a fact holds: the only ones a left-over can restate.
  const statements = new Map<string, { y: FigureItem; f: Fact; others: FigureItem[] }[]>();
  for (const f of facts) {
    if (f.members.size < 2) continue;
    for (const y of f.members.values()) {
      const k = `${y.uri}\u0000${y.dim}`;
      let list = statements.get(k);
      if (!list) statements.set(k, (list = []));
      list.push({ y, f, others: [...f.members.values()].filter((o) => o.uri !== y.uri) });
    }
  }
  const out: Fact[] = [];
  for (const D of docs) {
    for (const x of D.items) {
      if (held.has(key(x)) || x.restates) continue;
      const candidates = new Set<Fact>();
      for (const { y, f, others } of statements.get(`${D.uri}\u0000${x.dim}`) ?? []) {
        if (conceptsDiffer(x.concept, y.concept)) continue;
        // A second statement disagrees with the others only as a typo does: one that is not
        // even a typo of theirs restates another fact (a lead's "over 20 billion" put with
        // another sum that a bound allowed).
        if (!others.every((b) => consistent(x, b) || restatable(x, b))) continue;
        if (restatable(x, y) && aroundSimilarity(x, y) >= VERBATIM && nested(x.entities, y.entities) && neighboursAgree(D, x, y)) {
          candidates.add(f);
          continue;
        }
        if (y.sentence === x.sentence || !soleInSentence(D, x)) continue;
        const tiedTo = others.find((b) => tied.has(`${D.uri}:${x.sentence}|${b.uri}:${b.sentence}`) && soleInSentence(byUri.get(b.uri)!, b) && restatable(x, b));
        if (tiedTo) candidates.add(f);
      }
      if (candidates.size !== 1) continue;
      const [f] = candidates;
      const members = new Map(f.members);
      members.set(D.uri, x);
      out.push({ members, anchored: false, echo: true });
    }
  }
  return out;
}
