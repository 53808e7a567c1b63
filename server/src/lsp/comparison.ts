// The comparison request of the Compare Release Versions view: core/features/comparison.ts.
import type { CancellationToken } from 'vscode-languageserver';
import { comparisonRequest, type ComparisonResult } from '../../../common/src/protocol';
import { compareVersions } from '../core/features/comparison';
import type { Session } from './session';
import { comparisonParams, validated } from './params';

export function registerComparison(session: Session): void {
  session.connection.onRequest(comparisonRequest, validated(comparisonParams, (params, token: CancellationToken): ComparisonResult => compareVersions(session.features(), params.uri, token)));
}
