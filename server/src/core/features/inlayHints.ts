// Inlay hints: the normalised value after a figure written in another scale (50万 → = 500,000).
import { formatFigure } from '../figures';
import { type Cancellation, type FeatureContext, lineIndexFor, type Position, type Range } from './context';

// A figure "written in another scale" than its normalised form: CJK scales, number
// words, million/billion, ratios. Only these get an inlay hint; "28 km" needs none.
const OTHER_SCALE = /[万萬亿億兆千百十割成〇一二三四五六七八九两兩]|million|billion|trillion|thousand|[０-９]/iu;

export interface ValueHint {
  position: Position;
  label: string;
}

export function valueHints(ctx: FeatureContext, uri: string, range: Range, token: Cancellation): ValueHint[] {
  const doc = ctx.index.get(uri);
  if (!doc || token.isCancellationRequested) return [];
  const lines = lineIndexFor(uri, doc.text);
  const from = lines.offsetAt(range.start.line, range.start.character);
  const to = lines.offsetAt(range.end.line, range.end.character);
  return doc.analysis.figures
    .filter((f) => f.end >= from && f.start <= to && f.unit !== 'date' && OTHER_SCALE.test(f.text))
    .map((f) => ({ position: lines.positionAt(f.end), label: `= ${formatFigure(f, ctx.locale)}` }));
}
