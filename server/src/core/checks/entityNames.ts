// entity-missing and name-mismatch: the entities of a release across its versions, and
// the names the catalog gives them (a translator's key-term check, as in Xbench).
import { foldText } from '../entities/fold';
import { CJK_TYPE_INDEX, EN_TYPE_INDEX } from '../entities/reading';
import { fileNameOf } from '../families/glob';
import type { DocumentAnalysis, EngineDiagnostic, EntityMention, EntityType } from '../types';
import { makeFingerprint } from './fingerprint';
import { withText } from './messages';

export const ENTITY_MISSING = 'entity-missing';
export const NAME_MISMATCH = 'name-mismatch';

export interface EntityNames {
  id: string;
  names?: unknown;
  aliases?: string[];
  fromCatalog?: boolean;
}

type Found = EngineDiagnostic & { uri: string };

function nameIn(names: unknown, language: string): string | undefined {
  if (!names || typeof names !== 'object' || Array.isArray(names)) return undefined;
  const n = (names as Record<string, unknown>)[language];
  return typeof n === 'string' && n.length > 0 ? n : undefined;
}

function anyName(names: unknown): string | undefined {
  if (typeof names === 'string') return names;
  if (names && typeof names === 'object') for (const v of Object.values(names as Record<string, unknown>)) if (typeof v === 'string' && v) return v;
  return undefined;
}

/**
 * entity-missing (information): an entity that every other version of the release
 * names (at least two others) and this one does not. Like figure-missing, a shorter
 * version of two is not "missing" what the longer states, and a version that names
 * another entity of that type (perhaps this one, unlinked) is given the benefit of the
 * doubt. Reported on the first line.
 */
export function checkEntityMissing(docs: DocumentAnalysis[], texts: Map<string, string>, entities?: Map<string, EntityNames>): Found[] {
  const out: Found[] = [];
  if (docs.length < 3) return out;
  // first: each entity's first mention standing alone; named: every entity mentioned at all.
  // An entity named only inside a longer name (Hunnan District in "People's Government
  // of Hunnan District") is not reported missing: another version may keep it inside
  // that name, written as one word.
  const first = new Map<string, Map<string, EntityMention>>();
  const named = new Map<string, Set<string>>();
  for (const d of docs) {
    const m = new Map<string, EntityMention>();
    const nested = nestedMentions(d.mentions);
    for (const x of d.mentions) if (!m.has(x.id) && !nested.has(x)) m.set(x.id, x);
    first.set(d.uri, m);
    named.set(d.uri, new Set(d.mentions.map((x) => x.id)));
  }
  for (const d of docs) {
    const mine = first.get(d.uri)!;
    const mineNamed = named.get(d.uri)!;
    const others = docs.filter((o) => o !== d);
    // Conservative: when this version names an entity of the same type that the others
    // do not, it may be this one under a name linking did not connect: no finding.
    const unmatchedTypes = new Set([...mine.values()].filter((m) => !others.every((o) => first.get(o.uri)!.has(m.id))).map((m) => m.type));
    const text = texts.get(d.uri) ?? '';
    // The same for a type word of that type outside every found mention (新設の海洋材料実験室
    // that recognition judged a kind of lab, not a name): the entity may be there, unrecognised.
    const headTypes = new Map<EntityType, boolean>();
    const unrecognisedHead = (type: EntityType) => headTypes.get(type) ?? headTypes.set(type, hasUnmatchedTypeWord(text, d.mentions, type)).get(type)!;
    const shared = [...first.get(others[0].uri)!.keys()].filter((id) => {
      if (mineNamed.has(id) || !others.every((o) => first.get(o.uri)!.has(id))) return false;
      const type = first.get(others[0].uri)!.get(id)!.type;
      return !unmatchedTypes.has(type) && !unrecognisedHead(type);
    });
    if (shared.length === 0) continue;
    const lineEnd = text.search(/\r?\n/);
    const span = { start: 0, end: lineEnd < 0 ? text.length : lineEnd };
    for (const id of shared.sort()) {
      const mentions = others.map((o) => ({ uri: o.uri, m: first.get(o.uri)!.get(id)! }));
      const name = nameIn(entities?.get(id)?.names, d.language) ?? anyName(entities?.get(id)?.names) ?? mentions[0].m.text;
      const files = mentions.map((x) => fileNameOf(x.uri));
      out.push(withText({
        uri: d.uri,
        code: ENTITY_MISSING,
        severity: 'information',
        ...span,
        message: `Entity missing: ${name} is named in ${files.join(', ')} but not in this version.`,
        related: mentions.map((x) => ({ uri: x.uri, start: x.m.start, end: x.m.end, message: `“${x.m.text}” in ${fileNameOf(x.uri)}` })),
        fingerprint: makeFingerprint(ENTITY_MISSING, [id]),
      }, { key: 'entity-missing', entity: name, files }));
    }
  }
  return out;
}

/** Whether `text` holds a type word of `type` (CJK or English, after folding) that no mention covers. */
function hasUnmatchedTypeWord(text: string, mentions: readonly EntityMention[], type: EntityType): boolean {
  const covered = (start: number, end: number) => mentions.some((m) => m.start <= start && m.end >= end);
  const folded = foldText(text);
  for (const word of CJK_TYPE_INDEX) {
    if (word.type !== type) continue;
    for (let at = folded.indexOf(word.text); at >= 0; at = folded.indexOf(word.text, at + 1)) if (!covered(at, at + word.text.length)) return true;
  }
  for (const m of text.matchAll(englishTypeWords(type))) if (!covered(m.index, m.index + m[0].length)) return true;
  return false;
}

/** One pattern per type for its English type words (made once: the checks run on every edit of a family). */
const ENGLISH_TYPE_WORDS = new Map<EntityType, RegExp>();
function englishTypeWords(type: EntityType): RegExp {
  let pattern = ENGLISH_TYPE_WORDS.get(type);
  if (!pattern) {
    const words = EN_TYPE_INDEX.filter((w) => w.type === type).map((w) => w.words.map(escapeRegExp).join('\\s+'));
    pattern = new RegExp(`\\b(?:${words.join('|') || '(?!)'})\\b`, 'gi');
    ENGLISH_TYPE_WORDS.set(type, pattern);
  }
  return pattern;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Mentions inside a longer mention (one sweep by start, longer first on a tie). */
function nestedMentions(all: EntityMention[]): Set<EntityMention> {
  const sorted = [...all].sort((a, b) => a.start - b.start || b.end - a.end);
  const nested = new Set<EntityMention>();
  let cover: EntityMention | undefined;
  for (const m of sorted) {
    if (cover && cover.end >= m.end && cover.end - cover.start > m.end - m.start) nested.add(m);
    if (!cover || m.end > cover.end) cover = m;
  }
  return nested;
}

const norm = (s: string): string => foldText(s.normalize('NFKC')).toLowerCase().replace(/[\s\u3000]+/g, ' ').trim();

/**
 * name-mismatch (warning): the catalog gives the entity a name in this version's
 * language and the version calls it something else (not that name, not an alias; the
 * same name in another script or width is the same name). Short forms after the full
 * name are not names. Quick fix: the catalog's name.
 */
export function checkNameMismatches(analysis: DocumentAnalysis, entities?: Map<string, EntityNames>): Found[] {
  const out: Found[] = [];
  if (!entities || analysis.language === 'mixed') return out;
  for (const m of analysis.mentions) {
    if (m.source === 'shortForm') continue;
    const rec = entities.get(m.id);
    if (!rec?.fromCatalog) continue;
    const name = nameIn(rec.names, analysis.language);
    if (!name) continue;
    const used = norm(m.text);
    if (used === norm(name) || (rec.aliases ?? []).some((a) => norm(a) === used)) continue;
    const d: Found = {
      uri: analysis.uri,
      code: NAME_MISMATCH,
      severity: 'warning',
      start: m.start,
      end: m.end,
      message: `Name differs from the catalog: “${m.text}” here, but the catalog's name in this language is “${name}”.`,
      related: [],
      fix: { title: `Change to “${name}” (the catalog's name)`, newText: name },
      fingerprint: makeFingerprint(NAME_MISMATCH, [m.text, rec.id]),
    };
    out.push(withText(d, { key: 'name-mismatch', entity: name, used: m.text }));
  }
  return out;
}
