// brat standoff (.ann beside each .txt). brat counts offsets in characters of the text
// as Python reads it: Unicode code points (𠮷 counts once; "\r\n" counts twice), so the
// code point offsets are written, not the UTF-16 ones. An annotation's text may not
// contain a line break: a span across one is written as fragments ("0 5;6 9").
import type { EntityType } from '../types';
import type { ExportDocument } from './annotations';
import { CodePointIndex } from './offsets';
import { BOUNDS, UNITS } from './vocabulary';

const ENTITY_LABEL: Record<EntityType, string> = { zone: 'Zone', lab: 'Lab', project: 'Project', organization: 'Organization' };
export const BRAT_FIGURE = 'Figure';
/** The normalisation "database" of the N lines: `N1\tReference T1 ReleaseLens:<entity id>\t<name>`. */
export const BRAT_NORMALIZATION_DB = 'ReleaseLens';

/** The .ann file of one document. */
export function renderBratAnnotations(doc: ExportDocument): string {
  const cp = new CodePointIndex(doc.text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  let a = 0;
  let note = 0;
  const textBound = (label: string, start: number, end: number): string => {
    const id = `T${++t}`;
    const fragments = splitAtLineBreaks(doc.text, start, end);
    const offsets = fragments.map((f) => `${cp.at(f.start)} ${cp.at(f.end)}`).join(';');
    lines.push(`${id}\t${label} ${offsets}\t${fragments.map((f) => doc.text.slice(f.start, f.end)).join(' ')}`);
    return id;
  };
  for (const e of doc.entities) {
    const id = textBound(ENTITY_LABEL[e.type], e.start, e.end);
    lines.push(`N${++n}\tReference ${id} ${BRAT_NORMALIZATION_DB}:${e.id}\t${e.text}`);
  }
  for (const f of doc.figures) {
    const id = textBound(BRAT_FIGURE, f.start, f.end);
    lines.push(`A${++a}\tUnit ${id} ${f.unit}`);
    lines.push(`A${++a}\tBound ${id} ${f.bound}`);
    const details = [`value=${f.value}`, f.counted ? `counted=${f.counted}` : '', f.note ? `note=${f.note}` : ''].filter(Boolean).join('; ');
    lines.push(`#${++note}\tAnnotatorNotes ${id}\t${details.replace(/[\r\n\t]+/g, ' ')}`);
  }
  return lines.map((l) => l + '\n').join('');
}

/** annotation.conf for the export folder, so brat shows the types and attributes without setup. */
export function bratAnnotationConf(): string {
  return [
    '# Written by release-lens export --format brat',
    '[entities]',
    ...Object.values(ENTITY_LABEL),
    BRAT_FIGURE,
    '',
    '[relations]',
    // A figure may sit inside an entity's name ("Four key projects"): overlaps are allowed.
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    `Unit\tArg:${BRAT_FIGURE}, Value:${UNITS.join('|')}`,
    `Bound\tArg:${BRAT_FIGURE}, Value:${BOUNDS.join('|')}`,
    '',
  ].join('\n');
}

/** The parts of [start, end) between line breaks (UTF-16 offsets). */
function splitAtLineBreaks(text: string, start: number, end: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (i > from) parts.push({ start: from, end: i });
    from = i + 1;
  }
  if (end > from || parts.length === 0) parts.push({ start: from, end: Math.max(from, end) });
  return parts;
}
