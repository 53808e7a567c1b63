// The code lens at the top of a document that has other versions: "3 versions · no
// mismatch", opening the comparison of the family's figures.
import type { Cancellation, FeatureContext, Range } from './context';

export interface VersionsLens {
  range: Range;
  title: string;
  /** The client command it runs, with the document's URI as its argument. */
  command: 'releaseLens.compareVersions';
  uri: string;
}

export function versionsLens(ctx: FeatureContext, uri: string, token: Cancellation): VersionsLens[] {
  const family = ctx.index.familyOf(uri);
  if (!family || family.uris.length < 2 || token.isCancellationRequested) return [];
  const { t } = ctx;
  const mismatches = ctx.index.alignment(uri).filter((f) => f.mismatch).length;
  const title = `${t('versions', family.uris.length)} · ${mismatches === 0 ? t('noMismatch') : mismatches === 1 ? t('oneMismatch') : t('mismatches', mismatches)}`;
  return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, title, command: 'releaseLens.compareVersions', uri: ctx.clientUri(uri) }];
}
