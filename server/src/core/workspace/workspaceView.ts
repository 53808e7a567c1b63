// The view of the whole workspace that the index derives from every document at once
// (linking, families, findings), and the pure steps that build it and keep it up to date
// after an edit. The index (workspaceIndex.ts) decides when; this file says how.
import type { Catalog } from '../catalog';
import { type EntityRecord, linkEntitiesInSteps } from '../entities';
import type { Family } from '../families';
import type { Steps } from '../steps';
import type { DocumentAnalysis, EngineDiagnostic, EntityMention, Figure, RelatedLocation, Span } from '../types';

/** The mentions of one entity: parallel lists (an object per mention would be half a million at archive scale). */
export interface EntityMentions {
  uris: string[];
  mentions: EntityMention[];
}

/** Everything derived from the whole workspace at once: linking, families, checks. */
export interface WorkspaceView {
  entities: Map<string, EntityRecord>;
  mentionsByEntity: Map<string, EntityMentions>;
  families: Family[];
  familyByUri: Map<string, Family>;
  diagnostics: Map<string, EngineDiagnostic[]>;
  /** A deferred view (see WorkspaceIndex.deferView): the documents it covers. */
  uris?: string[];
}

export function familiesByUri(families: Family[]): Map<string, Family> {
  const familyByUri = new Map<string, Family>();
  for (const family of families) for (const uri of family.uris) familyByUri.set(uri, family);
  return familyByUri;
}

/**
 * Gives every mention its canonical id, in place (linking reads recognition's local keys,
 * `localIds`); `moved` is told of each document whose ids changed. In steps (see
 * core/steps.ts): the mentions are those of the analyses when it starts (one being edited
 * may gain mentions meanwhile), and ids are set only at its end.
 */
export function* linkMentions(
  analyses: DocumentAnalysis[],
  localIds: (uri: string) => string[] | undefined,
  catalog: Catalog | undefined,
  families: Family[],
  moved: (uri: string) => void,
): Steps<Pick<WorkspaceView, 'entities' | 'mentionsByEntity'>> {
  const docs = analyses.map((a) => ({ uri: a.uri, language: a.language, mentions: a.mentions.slice(), localIds: localIds(a.uri) }));
  const link = yield* linkEntitiesInSteps(docs, { catalog, families: families.map((f) => f.uris) });
  const mentionsByEntity = new Map<string, EntityMentions>();
  for (const { uri, mentions } of docs) {
    yield;
    const ids = link.mentionIds.get(uri) ?? [];
    mentions.forEach((mention, i) => {
      if (ids[i] !== undefined && ids[i] !== mention.id) {
        moved(uri);
        mention.id = ids[i];
      }
      let list = mentionsByEntity.get(mention.id);
      if (!list) mentionsByEntity.set(mention.id, (list = { uris: [], mentions: [] }));
      list.uris.push(uri);
      list.mentions.push(mention);
    });
  }
  return { entities: link.entities, mentionsByEntity };
}

/** Puts the mentions of `uri` (same entities, other offsets) in place of its old ones. */
export function replaceMentions(byEntity: Map<string, EntityMentions>, uri: string, analysis: DocumentAnalysis): void {
  for (const mention of analysis.mentions) {
    const list = byEntity.get(mention.id);
    if (!list) continue;
    const keep = list.uris.map((u) => u !== uri);
    byEntity.set(mention.id, { uris: list.uris.filter((_, i) => keep[i]), mentions: list.mentions.filter((_, i) => keep[i]) });
  }
  for (const mention of analysis.mentions) {
    const list = byEntity.get(mention.id);
    list?.uris.push(uri);
    list?.mentions.push(mention);
  }
}

/** Where a figure that was at "start:end" is now, in one edited document. */
export interface SpanLookup {
  get(span: string): Span | undefined;
}

/**
 * Per edited document, "start:end" of each figure as the findings saw it -> where it is
 * now (`before`: its figures as the findings saw them; null when they cannot be followed).
 * Looked up by binary search over the figures in text order, when a finding asks: a
 * keystroke in a document of 200,000 figures no longer builds a map of all of them.
 */
export function movedFigureSpans(figuresAtView: Map<string, Figure[] | null>, figuresNow: (uri: string) => Figure[] | undefined): Map<string, SpanLookup> {
  const moved = new Map<string, SpanLookup>();
  for (const [uri, before] of figuresAtView) {
    const now = figuresNow(uri);
    if (!before || !now || now.length !== before.length) continue;
    moved.set(uri, { get: (span) => followSpan(before, now, span) });
  }
  return moved;
}

function followSpan(before: Figure[], now: Figure[], span: string): Span | undefined {
  const [start, end] = span.split(':').map(Number);
  let lo = 0;
  let hi = before.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  // Figures sharing a start (a range and its parts): the one with this end. Not found
  // (figures out of order): the finding is checked again instead of followed.
  for (let i = lo; i < before.length && before[i].start === start; i++) {
    if (before[i].end === end) return { start: now[i].start, end: now[i].end };
  }
  return undefined;
}

/**
 * Moves, in place, the related spans of `list` that point into edited documents to where
 * those figures are now. False (and nothing moved) when one of them cannot be followed.
 */
export function followRelated(list: EngineDiagnostic[], edited: Set<string>, moved: Map<string, SpanLookup>): boolean {
  const updates: [RelatedLocation, Span][] = [];
  for (const d of list) {
    for (const r of d.related) {
      if (!edited.has(r.uri)) continue;
      const to = moved.get(r.uri)?.get(`${r.start}:${r.end}`);
      if (!to) return false;
      updates.push([r, to]);
    }
  }
  for (const [r, to] of updates) {
    r.start = to.start;
    r.end = to.end;
  }
  return true;
}

/** The same entities for linking: same names, types, sources and local keys, in order. */
export function sameLinkInput(a: DocumentAnalysis, aIds: string[], b: DocumentAnalysis, bIds: string[]): boolean {
  if (a.mentions.length !== b.mentions.length) return false;
  for (let i = 0; i < a.mentions.length; i++) {
    const x = a.mentions[i];
    const y = b.mentions[i];
    if (x.text !== y.text || x.type !== y.type || x.source !== y.source || aIds[i] !== bIds[i]) return false;
  }
  return true;
}

/** The same figures for families and checks: same values, units, bounds and counted nouns, in order (offsets aside). */
export function sameFigures(a: DocumentAnalysis, b: DocumentAnalysis): boolean {
  if (a.figures.length !== b.figures.length || a.dateline !== b.dateline || a.language !== b.language) return false;
  for (let i = 0; i < a.figures.length; i++) {
    const x = a.figures[i];
    const y = b.figures[i];
    if (x.value !== y.value || x.unit !== y.unit || x.bound !== y.bound || x.counted !== y.counted) return false;
  }
  return true;
}
