import { fileNameOf } from '../families/glob';
import { rewriteFigure } from '../figures';
import type { EngineDiagnostic, RelatedLocation } from '../types';
import { describe, valueClasses, type Fact } from './align';
import type { FigureItem } from './context';
import { makeFingerprint } from './fingerprint';
import { withText } from './messages';

export const FIGURE_MISMATCH = 'figure-mismatch';
export const UNIT_MISMATCH = 'unit-mismatch';
export const DATE_MISMATCH = 'date-mismatch';

/**
 * figure-mismatch, unit-mismatch, date-mismatch: an aligned fact whose versions
 * disagree after normalisation. When most versions agree, only the odd ones out are
 * reported (with a quick fix to the majority's value, in their own language and
 * style); when there is no majority (two versions, or all differ) every version is.
 */
export function checkMismatches(facts: Fact[], texts: Map<string, string>): (EngineDiagnostic & { uri: string })[] {
  const out: (EngineDiagnostic & { uri: string })[] = [];
  for (const fact of facts) {
    const classes = valueClasses(fact);
    if (classes.length < 2) continue;
    const sizes = classes.map((c) => c.length).sort((a, b) => b - a);
    const majority = sizes[0] > sizes[1] ? classes.find((c) => c.length === sizes[0]) : undefined;
    for (const cls of classes) {
      if (cls === majority) continue;
      for (const x of cls) {
        const others = [...fact.members.values()].filter((o) => o !== x).sort((p, q) => (p.uri < q.uri ? -1 : 1));
        out.push(mismatchDiagnostic(x, others, majority, texts));
      }
    }
  }
  return out;
}

export function mismatchCode(x: FigureItem, others: FigureItem[]): typeof FIGURE_MISMATCH | typeof UNIT_MISMATCH | typeof DATE_MISMATCH {
  if (others.some((o) => o.dim !== x.dim)) return UNIT_MISMATCH;
  if (x.dim === 'date') return DATE_MISMATCH;
  return FIGURE_MISMATCH;
}

function mismatchDiagnostic(x: FigureItem, others: FigureItem[], majority: FigureItem[] | undefined, texts: Map<string, string>): EngineDiagnostic & { uri: string } {
  const code = mismatchCode(x, others);
  const here = describe(x.figure);
  const there = others.map((o) => `${describe(o.figure)} in ${fileNameOf(o.uri)} (“${o.figure.text}”)`);
  const what = code === UNIT_MISMATCH ? 'Unit differs between versions' : code === DATE_MISMATCH ? 'Event date differs between versions' : 'Figure differs between versions';
  const message = `${what}: ${here} here (“${x.figure.text}”), but ${joinList(there)}.`;
  const related: RelatedLocation[] = others.map((o) => ({
    uri: o.uri,
    start: o.figure.start,
    end: o.figure.end,
    message: `${describe(o.figure)} in ${fileNameOf(o.uri)}`,
  }));
  const diagnostic: EngineDiagnostic & { uri: string } = {
    uri: x.uri,
    code,
    severity: 'error',
    start: x.figure.start,
    end: x.figure.end,
    message,
    related,
    fingerprint: makeFingerprint(code, [x.figure.text, ...others.map((o) => describe(o.figure)).sort(), [...x.entities].sort().join(',')]),
  };
  withText(diagnostic, { key: code as 'figure-mismatch', here: x.figure, others: others.map((o) => ({ figure: o.figure, file: fileNameOf(o.uri) })) });
  if (majority && majority.length > 0) {
    // The replacement is written out when first read (a quick fix asked for, JSON
    // output): an archive has thousands of findings and editors ask for a few fixes.
    let fix: EngineDiagnostic['fix'] | null = null;
    Object.defineProperty(diagnostic, 'fix', {
      enumerable: true,
      configurable: true,
      get: () => (fix === null ? (fix = majorityFix(x, majority, texts)) : fix),
    });
  }
  return diagnostic;
}

function majorityFix(x: FigureItem, majority: FigureItem[], texts: Map<string, string>): EngineDiagnostic['fix'] {
  const target = majority[0];
  const documentText = texts.get(x.uri) ?? '';
  const original = documentText.slice(x.figure.start, x.figure.end) || x.figure.text;
  // rewriteFigure gives the text as it is when the figure cannot be rewritten in its style: no fix then.
  const newText = rewriteFigure(x.figure, documentText, target.figure);
  if (newText && newText !== original) return { title: `Change to “${newText}” (as in ${joinList(majority.map((m) => fileNameOf(m.uri)))})`, newText };
  return undefined;
}

export function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
