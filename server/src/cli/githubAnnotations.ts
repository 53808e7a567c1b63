// `release-lens check --format github`: GitHub Actions workflow commands, one per
// finding, which the runner turns into annotations on the pull request:
//   ::error file=F,line=L,endLine=L2,col=C,endColumn=C2,title=T::MESSAGE
// Escaped as the runner unescapes them: in the message % CR LF; in property values
// also : and , (they separate properties).
import * as path from 'node:path';
import { LineIndex } from '../core/text/paragraphs';
import type { Severity } from '../core/types';
import type { Finding } from './findings';
import { ruleFor } from './rules';

export interface GithubInput {
  /** Paths in annotations are relative to this folder (the workspace in CI). */
  root: string;
  documents: { uri: string; findings: Finding[] }[];
  textOf: (uri: string) => string | undefined;
}

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The workflow commands (one line each, ending in a newline); suppressed findings are left out. */
export function renderGithubAnnotations(input: GithubInput): string {
  const out: string[] = [];
  const place = (uri: string, start: number, end: number) => {
    const text = input.textOf(uri) ?? '';
    const lines = new LineIndex(text);
    return { from: lines.positionAt(start), to: lines.positionAt(end) };
  };
  const file = (uri: string) => path.relative(input.root, uri).split(path.sep).join('/');
  for (const doc of input.documents) {
    for (const { diagnostic: d, suppressedBy } of doc.findings) {
      if (suppressedBy) continue;
      const { from, to } = place(doc.uri, d.start, d.end);
      const properties: [string, string | number][] = [['file', file(doc.uri)], ['line', from.line + 1], ['endLine', to.line + 1]];
      // Columns only make sense to the runner on a single line.
      if (from.line === to.line) properties.push(['col', from.character + 1], ['endColumn', to.character + 1]);
      properties.push(['title', `${ruleFor(d.code).title} (${d.code})`]);
      const related = d.related.map((r) => {
        const at = place(r.uri, r.start, r.end).from;
        return `${file(r.uri)}:${at.line + 1}:${at.character + 1}: ${r.message}`;
      });
      const message = [d.message, ...related].join('\n');
      out.push(`::${COMMAND[d.severity]} ${properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}\n`);
    }
  }
  return out.join('');
}
