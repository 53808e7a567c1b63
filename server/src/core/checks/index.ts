import { familyIndex, type Family } from '../families';
import type { DocumentAnalysis, EngineDiagnostic, Severity } from '../types';
import { alignItems, familyItems } from './align';
import { buildItems, type DocumentItems } from './context';
import { checkCountClaims, COUNT_CLAIM } from './countClaim';
import { echoFacts } from './echoes';
import { checkEntityMissing, checkNameMismatches, ENTITY_MISSING, NAME_MISMATCH } from './entityNames';
import { attributeStatements, type AttributeStatement, checkEntityFigureConflicts, ENTITY_FIGURE_CONFLICT } from './entityFigureConflict';
import { checkMismatches, DATE_MISMATCH, FIGURE_MISMATCH, UNIT_MISMATCH } from './figureMismatch';
import { checkMissing, FIGURE_MISSING } from './figureMissing';
import { applyIgnores, type IgnoreEntry } from './ignore';
import { checkRestatements } from './restatement';

export { alignFamily, alignItems, alignPair, type AlignedFact, type Fact } from './align';
export { applyIgnores, isIgnored, type IgnoreEntry } from './ignore';
export { makeFingerprint } from './fingerprint';
export { COUNT_CLAIM, DATE_MISMATCH, ENTITY_FIGURE_CONFLICT, ENTITY_MISSING, FIGURE_MISMATCH, FIGURE_MISSING, NAME_MISMATCH, UNIT_MISMATCH };
export { findingLocale, localizeFinding, type FindingLocale } from './messages';


export interface EntityInfo {
  id: string;
  /** A list of names, or names per language. */
  names?: unknown;
  /** Catalog entities: other accepted names. */
  aliases?: string[];
  fromCatalog?: boolean;
}

export interface CheckInput {
  analyses: Map<string, DocumentAnalysis>;
  texts: Map<string, string>;
  families: Family[];
  entities?: Map<string, EntityInfo>;
  ignore?: IgnoreEntry[];
  /** Needed for `ignore[].file` globs: the path of a URI relative to the workspace root. */
  uriToRelativePath?: (uri: string) => string;
  /** Only diagnostics of these URIs are computed and returned (default: all). */
  only?: Set<string>;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * Runs every consistency check. Returns diagnostics per URI (every analysed URI gets
 * an entry, possibly empty), at most one per span (the most severe wins), sorted by
 * position.
 */
export function checkFamilies(input: CheckInput): Map<string, EngineDiagnostic[]> {
  const { analyses, texts, families } = input;
  const wanted = (uri: string): boolean => !input.only || input.only.has(uri);
  const found: (EngineDiagnostic & { uri: string })[] = [];
  // A family's items also give its members' attribute statements, so they are built
  // once; they are let go family by family (an archive's items at once would be large).
  const statementsByUri = new Map<string, AttributeStatement[]>();
  for (const family of families) {
    if (family.uris.length < 2 || !family.uris.some(wanted)) continue;
    const docs = familyItems(family, analyses, texts);
    for (const d of docs) statementsByUri.set(d.uri, statementsOf(analyses.get(d.uri)!, texts.get(d.uri)!, d));
    if (docs.length < 2) continue;
    const facts = alignItems(docs);
    found.push(...checkMismatches([...facts, ...echoFacts(facts, docs)], texts));
    found.push(...checkMissing(facts, docs));
    found.push(...checkRestatements(docs));
    found.push(...checkEntityMissing(family.uris.map((u) => analyses.get(u)).filter((a): a is DocumentAnalysis => !!a), texts, input.entities));
  }

  for (const [uri, analysis] of analyses) {
    if (!wanted(uri)) continue;
    const text = texts.get(uri);
    if (text === undefined) continue;
    for (const d of checkCountClaims(analysis, text)) found.push({ uri, ...d });
    found.push(...checkNameMismatches(analysis, input.entities));
  }

  // Entity attributes across families: every document contributes statements. When
  // only some documents are checked (an edit), only the attributes they state matter.
  const famIdx = familyIndex(families);
  const statementsIn = (uri: string, analysis: DocumentAnalysis): AttributeStatement[] => {
    const text = texts.get(uri);
    return text === undefined ? [] : (statementsByUri.get(uri) ?? statementsOf(analysis, text));
  };
  let keys: Set<string> | undefined;
  if (input.only) {
    keys = new Set();
    for (const uri of input.only) {
      const analysis = analyses.get(uri);
      if (analysis) for (const st of statementsIn(uri, analysis)) keys.add(st.key);
    }
  }
  const statements: AttributeStatement[] = [];
  if (!keys || keys.size > 0) {
    for (const [uri, analysis] of analyses) {
      for (const st of statementsIn(uri, analysis)) if (!keys || keys.has(st.key)) statements.push(st);
    }
  }
  const entityName = (id: string): string | undefined => firstName(input.entities?.get(id)?.names);
  found.push(...checkEntityFigureConflicts(statements, (u) => famIdx.get(u)?.id ?? `\u0000${u}`, entityName, wanted));

  // Severities and switched-off checks are the server's business (settings), not the engine's.
  const result = new Map<string, EngineDiagnostic[]>();
  for (const uri of analyses.keys()) if (wanted(uri)) result.set(uri, []);
  for (const d of found) {
    const uri = d.uri;
    if (!wanted(uri)) continue;
    let list = result.get(uri);
    if (!list) result.set(uri, (list = []));
    // Not copied without `uri` (`{ uri, ...d }`): a copy would read a quick fix that is written out only when asked for.
    delete (d as Partial<typeof d>).uri;
    list.push(d);
  }
  for (const [uri, list] of result) result.set(uri, dedupe(list));
  const relative = input.uriToRelativePath ?? ((u: string) => u);
  return applyIgnores(result, input.ignore, relative, texts);
}

/**
 * Reads a document's attribute statements ahead (cached as checkFamilies caches them):
 * the first checkFamilies reads every document's, which a caller can spread over slices.
 */
export function prepareChecks(analysis: DocumentAnalysis, text: string): void {
  statementsOf(analysis, text);
}

// A document's attribute statements depend only on its analysis (a new object after
// every edit) and text: cached, so that an edit re-reads one document, not the archive.
const statementCache = new WeakMap<DocumentAnalysis, { text: string; ids: string[]; statements: AttributeStatement[] }>();

function sameIds(ids: string[], analysis: DocumentAnalysis): boolean {
  const mentions = analysis.mentions;
  if (ids.length !== mentions.length) return false;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== mentions[i].id) return false;
  return true;
}

function statementsOf(analysis: DocumentAnalysis, text: string, items?: DocumentItems): AttributeStatement[] {
  // Checked against the mention ids too, in place: relinking can rename an entity in a
  // document whose analysis did not change, and only that document is read again.
  const hit = statementCache.get(analysis);
  if (hit && hit.text === text && sameIds(hit.ids, analysis)) return hit.statements;
  const statements = attributeStatements(analysis, text, items ?? buildItems(analysis, text));
  statementCache.set(analysis, { text, ids: analysis.mentions.map((m) => m.id), statements });
  return statements;
}

/** One diagnostic per span: the most severe (then the first found). */
function dedupe(list: EngineDiagnostic[]): EngineDiagnostic[] {
  const bySpan = new Map<string, EngineDiagnostic>();
  for (const d of list) {
    // Entities missing are all reported on the first line: one finding per entity.
    const key = d.code === ENTITY_MISSING ? `${d.start}:${d.end}:${d.fingerprint}` : `${d.start}:${d.end}`;
    const had = bySpan.get(key);
    if (!had || SEVERITY_RANK[d.severity] < SEVERITY_RANK[had.severity]) bySpan.set(key, d);
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : 1));
}

function firstName(names: unknown): string | undefined {
  if (typeof names === 'string') return names;
  if (Array.isArray(names)) return names.find((n): n is string => typeof n === 'string');
  if (names && typeof names === 'object') {
    for (const v of Object.values(names as Record<string, unknown>)) {
      const n = firstName(v);
      if (n) return n;
    }
  }
  return undefined;
}
