/**
 * The figures engine: recognition, normalisation, comparison, display and rewriting of
 * the quantities in a release. Pure; no LSP or VS Code imports.
 */
import type { Figure } from '../types';
import { scanText } from './scanner';
import type { ImpossibleDate, ScanOptions } from './scan/state';

export { findDocumentDate } from './dates';
export { documentFigureOptions } from './context';
export type { ScanOptions as FigureOptions, ImpossibleDate } from './scan/state';
export { dimensionOf, baseValue, sameQuantity } from './units';
export type { Dimension } from './units';
export { describeQuantity, formatFigure, rewriteFigure } from './format';

/**
 * Every figure in `text`, sorted by start; spans are UTF-16 offsets into `text`.
 * A date without a year takes `referenceYear` (or `referenceDate`'s year; bare days and
 * 今年/去年 need `referenceDate`); without one its value is "--MM-DD". Options for a whole
 * document come from `documentFigureOptions(text)`.
 */
export function recognizeFigures(text: string, options?: ScanOptions): Figure[] {
  return readFigures(text, options).figures;
}

/**
 * recognizeFigures, and the spans with the shape of a date that cannot exist (31 February
 * 2026, 2026-13-05): they give no figure, and the analysis reports them as notices.
 */
export function readFigures(text: string, options?: ScanOptions): { figures: Figure[]; impossibleDates: ImpossibleDate[] } {
  const r = scanText(text, options ?? {});
  return { figures: r.figures.map(toFigure), impossibleDates: r.impossibleDates };
}

function toFigure(f: Figure): Figure {
  const out: Figure = { start: f.start, end: f.end, text: f.text, value: f.value, unit: f.unit, bound: f.bound };
  if (f.counted !== undefined) out.counted = f.counted;
  if (f.note !== undefined) out.note = f.note;
  if (f.confidence !== undefined) out.confidence = f.confidence;
  return out;
}
