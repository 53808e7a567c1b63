// `release-lens check --format sarif`: SARIF 2.1.0, which code-scanning services and
// many editors read. One run; one rule per finding code; each result's region in
// line/column (1-based, UTF-16 code units: run.columnKind says so) and as a character
// offset; related locations in the other versions; the fingerprint "Ignore this
// finding" uses; findings the catalog ignores as suppressed results.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { LineIndex } from '../core/text/paragraphs';
import type { Severity } from '../core/types';
import type { Finding } from './findings';
import { FINDING_RULES, ruleFor } from './rules';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our fingerprint in partialFingerprints (versioned: a new fingerprint scheme gets a new key). */
export const FINGERPRINT_KEY = 'releaseLensFingerprint/v1';
const SRCROOT = 'SRCROOT';

export interface SarifInput {
  /** The folder relative URIs are relative to (the repository root in CI). */
  root: string;
  documents: { uri: string; findings: Finding[] }[];
  /** The text of a document (checked or related), for line/column. */
  textOf: (uri: string) => string | undefined;
  /** The catalog file, where suppressions live. */
  catalogFile?: string;
  /** Files that could not be checked, one message each. */
  problems: string[];
  version: string;
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function renderSarif(input: SarifInput): Sarif.Log {
  const rules = [...FINDING_RULES];
  const ruleIndex = (code: string): number => {
    let i = rules.findIndex((r) => r.code === code);
    if (i < 0) i = rules.push(ruleFor(code)) - 1;
    return i;
  };
  const lineIndexes = new Map<string, LineIndex | null>();
  const linesOf = (uri: string): LineIndex | null => {
    if (!lineIndexes.has(uri)) {
      const text = input.textOf(uri);
      lineIndexes.set(uri, text === undefined ? null : new LineIndex(text));
    }
    return lineIndexes.get(uri)!;
  };
  const location = (uri: string, start: number, end: number, message?: string): Sarif.Location => {
    const lines = linesOf(uri);
    const region: Sarif.Region = { charOffset: start, charLength: end - start };
    if (lines) {
      const from = lines.positionAt(start);
      const to = lines.positionAt(end);
      Object.assign(region, { startLine: from.line + 1, startColumn: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 });
      const text = input.textOf(uri)!;
      if (end > start) region.snippet = { text: text.slice(start, end) };
    }
    return { physicalLocation: { artifactLocation: artifactLocation(input.root, uri), region }, ...(message ? { message: { text: message } } : {}) };
  };

  const results: Sarif.Result[] = [];
  for (const doc of input.documents) {
    for (const { diagnostic: d, suppressedBy } of doc.findings) {
      const result: Sarif.Result = {
        ruleId: d.code,
        ruleIndex: ruleIndex(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [location(doc.uri, d.start, d.end)],
      };
      if (d.related.length > 0) result.relatedLocations = d.related.map((r, i) => ({ id: i + 1, ...location(r.uri, r.start, r.end, r.message) }));
      if (d.fingerprint) result.partialFingerprints = { [FINGERPRINT_KEY]: d.fingerprint };
      if (suppressedBy) {
        result.suppressions = [{
          kind: 'external', // kept in the catalog, not in the release's text
          status: 'accepted',
          justification: suppressedBy.reason ?? `Ignored in the project catalog (${suppressedBy.fingerprint ? 'this finding' : `code ${suppressedBy.code}`}).`,
          ...(input.catalogFile ? { location: { physicalLocation: { artifactLocation: artifactLocation(input.root, path.resolve(input.root, input.catalogFile)) } } } : {}),
        }];
      }
      results.push(result);
    }
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'Release Lens',
        version: input.version,
        semanticVersion: input.version,
        rules: rules.map((r) => ({
          id: r.code,
          name: r.name,
          shortDescription: { text: r.title },
          fullDescription: { text: r.description },
          defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
          help: { text: `${r.description} Each check's severity is set with releaseLens.checks.${r.code}; a single finding is silenced with "Ignore this finding" (the catalog's ignore list).` },
        })),
      },
    },
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(input.root), description: { text: 'The folder release-lens ran in (the repository root in CI).' } } },
    // Our offsets are JavaScript string offsets; SARIF's default for columns too, said explicitly.
    columnKind: 'utf16CodeUnits',
    defaultEncoding: 'utf-8',
    invocations: [{
      executionSuccessful: input.problems.length === 0,
      toolExecutionNotifications: input.problems.map((p) => ({ level: 'error', message: { text: p } })),
    }],
    results,
  };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/** Relative to the root when inside it (portable between machines), else an absolute file URI. */
function artifactLocation(root: string, file: string): Sarif.ArtifactLocation {
  const relative = path.relative(root, path.resolve(root, file));
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(path.resolve(root, file)).href };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith('/') ? href : href + '/';
}
