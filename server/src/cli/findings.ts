// The findings a CLI run reports: every document's findings, with those the catalog
// ignores kept aside as suppressed (SARIF shows them as suppressed results; the other
// formats leave them out, as the editor does).
import { isIgnored, type IgnoreEntry } from '../core/checks';
import type { EngineDiagnostic, Severity } from '../core/types';
import type { WorkspaceIndex } from '../core/workspace/workspaceIndex';

export interface Finding {
  diagnostic: EngineDiagnostic;
  /** The catalog's ignore entry that silences it. */
  suppressedBy?: IgnoreEntry;
}

/** The findings of one document; `index` must hold the catalog without its ignore list (see withoutIgnores). */
export function findingsOf(index: WorkspaceIndex, uri: string, ignore: readonly IgnoreEntry[]): Finding[] {
  const text = index.get(uri)?.text;
  const relative = index.relativePath(uri);
  return index.diagnostics(uri).map((diagnostic) => ({ diagnostic, suppressedBy: ignore.find((e) => isIgnored(diagnostic, e, relative, text)) }));
}

export const FAIL_ON = ['error', 'warning', 'information', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** True when a reported (not suppressed) finding is at least as severe as `failOn`. */
export function failsOn(findings: Iterable<Finding>, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  for (const f of findings) if (!f.suppressedBy && RANK[f.diagnostic.severity] <= RANK[failOn]) return true;
  return false;
}
