// The comparison table of a release family as CSV: one row per aligned fact, for each
// version the figure as written, its normalised value and its line. RFC 4180 quoting,
// CRLF line ends, and a byte order mark so spreadsheet programs read CJK text as UTF-8.
import type { AlignedFact } from '../checks';
import { formatFigure } from '../figures';
import { LineIndex } from '../text/paragraphs';

export interface CsvVersion {
  /** How the version is named in the header (its file name). */
  name: string;
  uri: string;
  text: string;
}

export function renderFamilyCsv(versions: readonly CsvVersion[], facts: readonly AlignedFact[]): string {
  const header = ['fact', 'mismatch', ...versions.flatMap((v) => [`${v.name} text`, `${v.name} value`, `${v.name} line`])];
  const lines = versions.map((v) => new LineIndex(v.text));
  const rows = facts.map((fact) => [
    fact.label,
    fact.mismatch ? 'yes' : 'no',
    ...versions.flatMap((v, i) => {
      const f = fact.figures.get(v.uri);
      return f ? [f.text, formatFigure(f, 'en'), String(lines[i].positionAt(f.start).line + 1)] : ['', '', ''];
    }),
  ]);
  return '\ufeff' + [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** A field quoted when it holds a quote, a comma or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
