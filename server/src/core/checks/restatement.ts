import { fileNameOf } from '../families/glob';
import type { EngineDiagnostic } from '../types';
import { describe } from './align';
import { consistent } from './consistency';
import type { DocumentItems } from './context';
import { FIGURE_MISMATCH } from './figureMismatch';
import { makeFingerprint } from './fingerprint';
import { withText } from './messages';

/**
 * figure-mismatch inside one version: a figure restated in parentheses in the other
 * script ("Top Ten … (…トップ12…)") that does not agree with the figure it translates.
 */
export function checkRestatements(docs: DocumentItems[]): (EngineDiagnostic & { uri: string })[] {
  const out: (EngineDiagnostic & { uri: string })[] = [];
  for (const d of docs) {
    for (const x of d.items) {
      const y = x.restates;
      if (!y || consistent(x, y)) continue;
      const file = fileNameOf(d.uri);
      out.push(withText({
        uri: d.uri,
        code: FIGURE_MISMATCH,
        severity: 'error',
        start: x.figure.start,
        end: x.figure.end,
        message: `Figure differs from the figure it restates: ${describe(x.figure)} here (“${x.figure.text}”), but ${describe(y.figure)} just before (“${y.figure.text}”).`,
        related: [{ uri: d.uri, start: y.figure.start, end: y.figure.end, message: `${describe(y.figure)} in ${file}` }],
        fingerprint: makeFingerprint(FIGURE_MISMATCH, [x.figure.text, describe(y.figure), 'restatement']),
      }, { key: 'restatement-mismatch', here: x.figure, others: [{ figure: y.figure, file }] }));
    }
  }
  return out;
}
