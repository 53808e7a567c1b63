import { fileNameOf } from '../families/glob';
import type { DocumentAnalysis, EngineDiagnostic } from '../types';
import { describe } from './align';
import { numericBase } from '../families';
import { buildItems, sameValue, sentenceOf, type FigureItem } from './context';
import { makeFingerprint } from './fingerprint';

export const ENTITY_FIGURE_CONFLICT = 'entity-figure-conflict';

/** Dimensions that describe an entity's attribute (its area, its length, its budget, its computing power). */
const ATTRIBUTE_DIMS = new Set(['area', 'length', 'money', 'compute']);
/** What may stand between a figure and the entity it describes: "a 7.2-square-kilometer CTD core area", 7.2平方キロに及ぶCTD…, 7.2平方公里CTD. */
const CONNECTOR = /^[\s"'“”「」『』]*(?:(?:of|the|a|an|に及ぶ|におよぶ|の|的|规模的?|規模の|を持つ)[\s"'“”「」『』]*)*$/u;

export interface AttributeStatement {
  uri: string;
  entityId: string;
  item: FigureItem;
  /** The attribute: entity id and dimension (statements with one key can conflict). */
  key: string;
}

/** Figures that clearly describe an entity: directly before its name, joined only by a connector. */
export function attributeStatements(analysis: DocumentAnalysis, text: string, documentItems = buildItems(analysis, text)): AttributeStatement[] {
  const { starts } = documentItems;
  const mentions = [...analysis.mentions].sort((a, b) => a.start - b.start);
  const byKey = new Map<string, AttributeStatement[]>();
  for (const item of documentItems.items) {
    if (!ATTRIBUTE_DIMS.has(item.dim)) continue;
    const f = item.figure;
    const m = mentions.find((x) => x.start >= f.end && x.start - f.end <= 12);
    if (!m || sentenceOf(starts, m.start) !== item.sentence) continue;
    if (!CONNECTOR.test(text.slice(f.end, m.start))) continue;
    const key = `${m.id}\u0000${item.dim}`;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push({ uri: analysis.uri, entityId: m.id, item, key });
  }
  const out: AttributeStatement[] = [];
  for (const list of byKey.values()) {
    // Two different values for one attribute in one document: unclear which is meant; skip.
    if (list.every((s) => sameValue(s.item, list[0].item))) out.push(list[0]);
  }
  return out;
}

/**
 * entity-figure-conflict: outside a family, the same attribute of the same entity
 * stated with different values in two documents ("the CTD core area is 7.2 km² here
 * and 7.5 km² there"). Within a family the alignment checks do this job.
 */
/** Above this many distinct values of one attribute, values are grouped by exact key only. */
const MAX_TOLERANT_GROUPS = 64;

/** How many other places one finding names (the message counts the rest). */
const MAX_RELATED = 5;

export function checkEntityFigureConflicts(
  statements: AttributeStatement[],
  familyOf: (uri: string) => string,
  entityName: (id: string) => string | undefined,
  /** Only findings in these documents are made (an edit re-checks its own documents). */
  wanted: (uri: string) => boolean = () => true,
): (EngineDiagnostic & { uri: string })[] {
  const byKey = new Map<string, AttributeStatement[]>();
  for (const s of statements) {
    let list = byKey.get(s.key);
    if (!list) byKey.set(s.key, (list = []));
    list.push(s);
  }
  const out: (EngineDiagnostic & { uri: string })[] = [];
  // An archive can state one attribute in hundreds of documents: describe each figure
  // once, and name at most MAX_RELATED other places per finding.
  const described = new Map<AttributeStatement, string>();
  const describeOnce = (st: AttributeStatement): string => {
    let d = described.get(st);
    if (d === undefined) described.set(st, (d = describe(st.item.figure)));
    return d;
  };
  for (const list of byKey.values()) {
    if (list.length < 2 || !list.some((st) => wanted(st.uri))) continue;
    // Statements with one value form one group; only different groups conflict.
    const groups = new Map<AttributeStatement, AttributeStatement[]>();
    const exact = new Map<string, AttributeStatement>();
    for (const st of list) {
      // Equal values are found by key; the tolerant comparison (approximate bounds) only
      // runs while the values are few, so hundreds of distinct values stay linear.
      const key = `${st.item.dim}\u0000${String(numericBase(st.item.figure) ?? st.item.figure.value)}`;
      const group = exact.get(key) ?? (groups.size <= MAX_TOLERANT_GROUPS ? [...groups.keys()].find((g) => sameValue(g.item, st.item)) : undefined);
      if (group) groups.get(group)!.push(st);
      else {
        groups.set(st, [st]);
        exact.set(key, st);
      }
    }
    if (groups.size < 2) continue;
    // Per statement, the conflicts are every statement of another value from another
    // release. Counted from per-group tallies and listed from the sorted list until
    // MAX_RELATED are found, so an attribute stated in a thousand documents stays linear.
    const groupOf = new Map<AttributeStatement, AttributeStatement>();
    const releaseCount = new Map<string, number>();
    const releaseInGroup = new Map<AttributeStatement, Map<string, number>>();
    for (const [head, members] of groups) {
      const tally = new Map<string, number>();
      for (const m of members) {
        groupOf.set(m, head);
        const release = familyOf(m.uri);
        tally.set(release, (tally.get(release) ?? 0) + 1);
        releaseCount.set(release, (releaseCount.get(release) ?? 0) + 1);
      }
      releaseInGroup.set(head, tally);
    }
    const sorted = [...list].sort((p, q) => (p.uri < q.uri ? -1 : p.uri > q.uri ? 1 : p.item.figure.start - q.item.figure.start));
    for (const st of list) {
      if (!wanted(st.uri)) continue;
      const head = groupOf.get(st)!;
      const release = familyOf(st.uri);
      const total = list.length - groups.get(head)!.length - ((releaseCount.get(release) ?? 0) - (releaseInGroup.get(head)!.get(release) ?? 0));
      if (total <= 0) continue;
      const shown: AttributeStatement[] = [];
      for (const o of sorted) {
        if (shown.length >= MAX_RELATED) break;
        if (groupOf.get(o) !== head && familyOf(o.uri) !== release) shown.push(o);
      }
      const name = entityName(st.entityId) ?? st.entityId;
      const there = shown.map((o) => `${describeOnce(o)} in ${fileNameOf(o.uri)}`);
      if (total > shown.length) there.push(`${total - shown.length} more`);
      const otherValues = [...groups.keys()].filter((g) => g !== head).map(describeOnce);
      out.push({
        uri: st.uri,
        code: ENTITY_FIGURE_CONFLICT,
        severity: 'warning',
        start: st.item.figure.start,
        end: st.item.figure.end,
        message: `${name}: ${describeOnce(st)} here (“${st.item.figure.text}”), but ${there.join(', ')}.`,
        related: shown.map((o) => ({ uri: o.uri, start: o.item.figure.start, end: o.item.figure.end, message: `${name}: ${describeOnce(o)} in ${fileNameOf(o.uri)}` })),
        fingerprint: makeFingerprint(ENTITY_FIGURE_CONFLICT, [st.entityId, st.item.figure.text, ...[...new Set(otherValues)].sort().slice(0, 20)]),
      });
    }
  }
  return out;
}
