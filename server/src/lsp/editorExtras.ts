import * as path from 'node:path';
import { type CodeLens, type InlayHint, InlayHintKind } from 'vscode-languageserver';
import { formatFigure } from '../core/figures';
import { comparisonRequest, type ComparisonResult } from '../../../common/src/protocol';
import { t } from './messages';
import type { Session } from './session';
import { lineIndexFor, toOffset, toRange } from './positions';
import { comparisonParams, documentParams, rangeParams, validated } from './params';

// A figure "written in another scale" than its normalised form: CJK scales, number
// words, million/billion, ratios. Only these get an inlay hint; "28 km" needs none.
const OTHER_SCALE = /[万萬亿億兆千百十割成〇一二三四五六七八九两兩]|million|billion|trillion|thousand|[０-９]/iu;

export function registerEditorExtras(session: Session): void {
  const { connection } = session;

  connection.languages.inlayHint.on(validated(rangeParams, (params): InlayHint[] => {
    if (!session.settings.inlayHints.enabled) return [];
    const uri = params.textDocument.uri;
    const doc = session.index.get(uri);
    if (!doc) return [];
    const lines = lineIndexFor(uri, doc.text);
    const from = toOffset(lines, params.range.start);
    const to = toOffset(lines, params.range.end);
    return doc.analysis.figures
      .filter((f) => f.end >= from && f.start <= to && f.unit !== 'date' && OTHER_SCALE.test(f.text))
      .map((f) => ({ position: lines.positionAt(f.end), label: `= ${formatFigure(f, session.locale)}`, kind: InlayHintKind.Type, paddingLeft: true }));
  }));

  connection.onCodeLens(validated(documentParams, (params): CodeLens[] => {
    const uri = params.textDocument.uri;
    const family = session.index.familyOf(uri);
    if (!family || family.uris.length < 2) return [];
    const mismatches = session.index.alignment(uri).filter((f) => f.mismatch).length;
    const title = `${t(session.locale, 'versions', family.uris.length)} · ${mismatches === 0 ? t(session.locale, 'noMismatch') : mismatches === 1 ? t(session.locale, 'oneMismatch') : t(session.locale, 'mismatches', mismatches)}`;
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title, command: 'releaseLens.compareVersions', arguments: [session.clientUri(uri)] } }];
  }));

  connection.onRequest(comparisonRequest, validated(comparisonParams, (params): ComparisonResult => comparison(session, params.uri)));
}

/** The family's aligned figures, one column per version (for the comparison view). */
export function comparison(session: Session, uri: string): ComparisonResult {
  const family = session.index.familyOf(uri);
  if (!family) return { familyId: null, versions: [], rows: [] };
  const versions = family.uris.map((u) => ({ uri: session.clientUri(u), language: session.index.get(u)?.analysis.language ?? 'en', name: path.basename(session.relativePath(u)) }));
  const rows = session.index.alignment(uri).map((fact) => ({
    label: fact.label,
    mismatch: fact.mismatch,
    cells: family.uris.map((u) => {
      const f = fact.figures.get(u);
      if (!f) return null;
      const lines = lineIndexFor(u, session.textOf(u) ?? '');
      return { uri: session.clientUri(u), text: f.text, value: formatFigure(f, session.locale), range: toRange(lines, f.start, f.end) };
    }),
  }));
  return { familyId: family.id, versions, rows };
}
