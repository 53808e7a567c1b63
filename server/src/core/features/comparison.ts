// The comparison of a release's versions: the family's aligned figures, one column per
// version (the client's Compare Release Versions view).
import * as path from 'node:path';
import { formatFigure } from '../figures';
import type { Language } from '../types';
import { type Cancellation, type FeatureContext, lineIndexFor, type Range, toRange } from './context';

export interface Comparison {
  familyId: string | null;
  versions: { uri: string; language: Language; name: string }[];
  rows: { label: string; mismatch: boolean; cells: ({ uri: string; text: string; value: string; range: Range } | null)[] }[];
}

export function compareVersions(ctx: FeatureContext, uri: string, token: Cancellation): Comparison {
  const family = ctx.index.familyOf(uri);
  if (!family || token.isCancellationRequested) return { familyId: null, versions: [], rows: [] };
  const versions = family.uris.map((u) => ({ uri: ctx.clientUri(u), language: ctx.index.get(u)?.analysis.language ?? 'en', name: path.basename(ctx.relativePath(u)) }));
  const rows = ctx.index.alignment(uri).map((fact) => ({
    label: fact.label,
    mismatch: fact.mismatch,
    cells: family.uris.map((u) => {
      const f = fact.figures.get(u);
      if (!f) return null;
      const lines = lineIndexFor(u, ctx.index.get(u)?.text ?? '');
      return { uri: ctx.clientUri(u), text: f.text, value: formatFigure(f, ctx.locale), range: toRange(lines, f.start, f.end) };
    }),
  }));
  return { familyId: family.id, versions, rows };
}
