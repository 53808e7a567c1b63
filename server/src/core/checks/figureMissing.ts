import { fileNameOf } from '../families/glob';
import type { EngineDiagnostic, Span } from '../types';
import { describe, valueClasses, type Fact } from './align';
import { sameValue, type DocumentItems } from './context';
import { makeFingerprint } from './fingerprint';
import { joinList } from './figureMismatch';
import { withText } from './messages';

export const FIGURE_MISSING = 'figure-missing';

/**
 * figure-missing: a distinctive figure (an area, a length, a sum of money, an event
 * date, a count above ten) that every other version states, in agreement, with at
 * least two other versions, and that has no counterpart here. A longer version's
 * extra figures are never "missing" in the shorter ones. Reported where the figure
 * would be: at the figure of this version aligned with the one just before it.
 */
export function checkMissing(facts: Fact[], docs: DocumentItems[]): (EngineDiagnostic & { uri: string })[] {
  const out: (EngineDiagnostic & { uri: string })[] = [];
  if (docs.length < 3) return out;
  const factOfItem = new Map<string, Fact>();
  for (const f of facts) for (const x of f.members.values()) factOfItem.set(`${x.uri}\u0000${x.idx}`, f);
  for (const fact of facts) {
    if (fact.members.size !== docs.length - 1) continue;
    const members = [...fact.members.values()];
    if (!members.every((m) => m.distinctive)) continue;
    if (valueClasses(fact).length !== 1) continue;
    const missing = docs.find((d) => !fact.members.has(d.uri));
    if (!missing) continue;
    // Conservative: if this version states the same value anywhere, it is not missing.
    if (missing.items.some((x) => sameValue(x, members[0]))) continue;
    const span = placeOf(fact, missing, docs, factOfItem);
    const sorted = members.sort((p, q) => (p.uri < q.uri ? -1 : 1));
    out.push(withText({
      uri: missing.uri,
      code: FIGURE_MISSING,
      severity: 'information',
      start: span.start,
      end: span.end,
      message: `Figure missing: ${describe(sorted[0].figure)} is stated in ${joinList(sorted.map((m) => `${fileNameOf(m.uri)} (“${m.figure.text}”)`))} but has no counterpart in this version.`,
      related: sorted.map((m) => ({ uri: m.uri, start: m.figure.start, end: m.figure.end, message: `${describe(m.figure)} in ${fileNameOf(m.uri)}` })),
      fingerprint: makeFingerprint(FIGURE_MISSING, [describe(sorted[0].figure), sorted[0].figure.counted]),
    }, { key: 'figure-missing', here: sorted[0].figure, others: sorted.map((m) => ({ figure: m.figure, file: fileNameOf(m.uri) })) }));
  }
  return out;
}

function placeOf(fact: Fact, missing: DocumentItems, docs: DocumentItems[], factOfItem: Map<string, Fact>): Span {
  for (const d of docs) {
    const x = fact.members.get(d.uri);
    if (!x) continue;
    for (let i = x.idx - 1; i >= 0; i--) {
      const f = factOfItem.get(`${d.uri}\u0000${i}`);
      const there = f?.members.get(missing.uri);
      if (there) return { start: there.figure.start, end: there.figure.end };
    }
    for (let i = x.idx + 1; i < d.items.length; i++) {
      const f = factOfItem.get(`${d.uri}\u0000${i}`);
      const there = f?.members.get(missing.uri);
      if (there) return { start: there.figure.start, end: there.figure.end };
    }
  }
  return { start: 0, end: 0 };
}
