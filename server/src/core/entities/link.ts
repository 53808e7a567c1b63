import type { EntityMention, EntityType, Language } from '../types';
import type { Catalog } from '../catalog/schema';
import { foldText, isKana } from './fold';
import { blockingKeys, compareNames, readName } from './reading';
import { runSteps, sortInSteps, type Steps } from '../steps';
import { acronymOfPart, soleOfClassPairs, withEquivalents } from './linkEvidence';
import { wireServicePairs } from './media';

export type NameLanguage = 'ja' | 'zh' | 'en';

export interface EntityRecord {
  id: string;
  type: EntityType;
  names: Partial<Record<NameLanguage, string>>;
  aliases: string[];
  fromCatalog: boolean;
}

export interface LinkDocument {
  uri: string;
  language: Language;
  mentions: EntityMention[];
  /** Recognition's local keys of the mentions, when `mention.id` already holds something else (a canonical id from an earlier run). */
  localIds?: readonly string[];
}

export interface LinkOptions {
  catalog?: Catalog;
  /** Groups of uris known to be versions of one release: evidence for linking. */
  families?: string[][];
}

export interface LinkResult {
  /** Canonical id -> record. */
  entities: Map<string, EntityRecord>;
  /** uri -> canonical id of each mention, in the order of the document's mentions. */
  mentionIds: Map<string, string[]>;
}

/** Below this, two names are not linked: the catalog is how an editor settles it. */
export const LINK_THRESHOLD = 0.6;

// An archive has hundreds of thousands of locals (one per entity per document), all
// alive while linking runs: they are kept small (parallel arrays, no per-local map).
interface Local {
  uri: string;
  localId: string;
  type: EntityType;
  docLanguage: Language;
  /** Full names (not short forms), and how often each is used. */
  names: string[];
  counts: number[];
  catalogId?: string;
  /** The scripts its full names are written in: a mask of SCRIPT_BIT. */
  scripts: number;
  /** Its Japanese names with the words kuromoji read in Latin letters (see romaji.ts), if any. */
  readings?: string[];
}

const CATALOG_URI = '\u0001catalog';

/** By document, then local key: the order the result must not depend on the input's. */
function compareLocals(a: Local, b: Local): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.localId < b.localId ? -1 : a.localId > b.localId ? 1 : 0;
}

const scriptOf = (name: string): 'latin' | 'cjk' => (/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u.test(name) ? 'cjk' : 'latin');
const SCRIPT_BIT = { latin: 1, cjk: 2 } as const;

/**
 * Gives every mention of every document a canonical id: the same real entity has the
 * same id in every document and language. Pure: the input mentions are not changed.
 * Deterministic: the result does not depend on the order of `docs`.
 *
 * Evidence, strongest first: the catalog (its ids and names win), the same folded name
 * (广州/広州, 区/區), the same reading (pinyin of the proper part + the English gloss of
 * the common words + the class of the type word: 青岛海洋实验室 = Qingdao Marine Laboratory), with
 * a lower bar inside a release family. Two different entities of one document (in the
 * same script) are never merged, and two catalog entities never are.
 */
export function linkEntities(docs: LinkDocument[], options: LinkOptions = {}): LinkResult {
  return runSteps(linkEntitiesInSteps(docs, options));
}

/** Work items (mentions, names, pairs) between two yields of linkEntitiesInSteps: well under a millisecond. */
const WORK_PER_STEP = 64;

/**
 * linkEntities, yielding every few hundred microseconds (see core/steps.ts): the server
 * links a whole workspace in slices and answers requests in between. `docs` and their
 * mentions must not change until it returns.
 */
export function* linkEntitiesInSteps(docs: LinkDocument[], options: LinkOptions = {}): Steps<LinkResult> {
  let work = 0;
  /** True once WORK_PER_STEP items of work were done since the last yield. */
  const due = (items = 1): boolean => {
    work += items;
    if (work < WORK_PER_STEP) return false;
    work = 0;
    return true;
  };
  const locals: Local[] = [];
  const catalogIds = new Set(options.catalog?.entities.map((e) => e.id) ?? []);
  // Each document's locals by local key (no composite key per mention: an archive has hundreds of thousands).
  const localsOfDoc = new Map<string, Map<string, Local>>();
  for (const doc of docs) {
    if (due(doc.mentions.length)) yield;
    let own = localsOfDoc.get(doc.uri);
    if (!own) localsOfDoc.set(doc.uri, (own = new Map()));
    for (const [k, m] of doc.mentions.entries()) {
      const id = doc.localIds?.[k] ?? m.id;
      let l = own.get(id);
      if (!l) {
        l = { uri: doc.uri, localId: id, type: m.type, docLanguage: doc.language, names: [], counts: [], scripts: 0 };
        if (m.source === 'catalog' || catalogIds.has(id)) l.catalogId = id;
        locals.push(l);
        own.set(id, l);
      }
      if (m.source !== 'shortForm') {
        const at = l.names.indexOf(m.text);
        if (at >= 0) l.counts[at]++;
        else {
          l.names.push(m.text);
          l.counts.push(1);
        }
        l.scripts |= SCRIPT_BIT[scriptOf(m.text)];
        if (m.reading && !(l.readings ??= []).includes(m.reading)) l.readings.push(m.reading);
      }
    }
  }
  for (const e of options.catalog?.entities ?? []) {
    const names = [...new Set([e.names.en, e.names.zh, e.names.ja, ...(e.aliases ?? [])].filter((n): n is string => !!n))];
    locals.push({ uri: CATALOG_URI, localId: e.id, type: e.type, docLanguage: 'mixed', names, counts: names.map(() => 0), catalogId: e.id, scripts: 0 });
  }

  const familyOf = new Map<string, number>();
  options.families?.forEach((f, i) => f.forEach((uri) => familyOf.set(uri, i)));

  // ---- candidate pairs, scored. Only locals that share a blocking key are compared
  // (compareNames is 0 for any pair without one), so the work grows with the number of
  // plausible pairs, not with the square of all mentions in the workspace.
  const all = yield* sortInSteps(locals, compareLocals);
  // Locals with the same type and the same names (the same entity named the same way in
  // many documents of an archive) are compared once, through one representative.
  // Per cluster root: its catalog ids and, per document, the scripts of its names (an
  // archive has hundreds of thousands of locals: numbers, and no set until one is needed).
  // Made for a root when it first absorbs another local; a lone local's state is read from it.
  const conflictState: ({ catalogIds: Set<string> | undefined; docScripts: Map<string, number> } | undefined)[] = new Array(all.length);
  const stateOf = (i: number) => conflictState[i] ?? { catalogIds: all[i].catalogId ? new Set([all[i].catalogId!]) : undefined, docScripts: new Map([[all[i].uri, all[i].scripts]]) };
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const members: (number[] | undefined)[] = new Array(all.length);
  const membersOf = (root: number): number[] => members[root] ?? [root];
  const conflicts = (ra: number, rb: number): boolean => {
    const a = stateOf(ra);
    const b = stateOf(rb);
    if (a.catalogIds && b.catalogIds) for (const id of b.catalogIds) if (!a.catalogIds.has(id)) return true;
    const [small, large] = a.docScripts.size <= b.docScripts.size ? [a, b] : [b, a];
    for (const [uri, scripts] of small.docScripts) {
      const other = large.docScripts.get(uri);
      if (other !== undefined && (other & scripts) !== 0) return true;
    }
    return false;
  };
  const union = (x: number, y: number): boolean => {
    const ra = find(x);
    const rb = find(y);
    if (ra === rb || conflicts(ra, rb)) return false;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    const keptMembers = (members[keep] ??= [keep]);
    for (const i of membersOf(drop)) keptMembers.push(i);
    members[drop] = [];
    const kept = (conflictState[keep] ??= stateOf(keep));
    const dropped = stateOf(drop);
    conflictState[drop] = undefined;
    for (const id of dropped.catalogIds ?? []) (kept.catalogIds ??= new Set()).add(id);
    for (const [uri, scripts] of dropped.docScripts) {
      const had = kept.docScripts.get(uri);
      kept.docScripts.set(uri, (had ?? 0) | scripts);
    }
    return true;
  };

  const groups = new Map<string, number[]>();
  for (const [i, local] of all.entries()) {
    if (due()) yield;
    const signature = local.uri.startsWith('\u0001') ? `\u0001${i}` : `${local.type}\u0002${topNames(local).join('\u0001')}`;
    const group = groups.get(signature);
    if (group) group.push(i);
    else groups.set(signature, [i]);
  }
  const representatives = [...groups.values()].map((g) => g[0]);
  const groupOf = new Map<number, number[]>([...groups.values()].map((g) => [g[0], g]));
  for (const group of groups.values()) {
    if (due(group.length)) yield;
    for (let k = 1; k < group.length; k++) union(group[0], group[k]);
  }

  // ---- candidate pairs of representatives, scored. Only those that share a blocking
  // key are compared (compareNames is 0 for any pair without one).
  const blocks = new Map<string, number[]>();
  for (const i of representatives) {
    if (due()) yield;
    const local = all[i];
    const keys = new Set<string>();
    for (const name of topNames(local)) for (const k of blockingKeys(name)) keys.add(`${local.type}\u0000${k}`);
    for (const k of keys) {
      const list = blocks.get(k);
      if (list) list.push(i);
      else blocks.set(k, [i]);
    }
  }
  const candidates = new Set<number>();
  for (const list of blocks.values()) {
    for (let x = 0; x < list.length; x++) {
      if (due(list.length - x)) yield;
      for (let y = x + 1; y < list.length; y++) candidates.add(list[x] * all.length + list[y]);
    }
  }
  const pairs: { a: number; b: number; score: number }[] = [];
  // Archives repeat the same names across many documents: score each pair of names once.
  const scores = new Map<string, number>();
  const score = (na: string, nb: string, sameFamily: boolean): number => {
    const key = na < nb ? `${na}\u0000${nb}\u0000${sameFamily}` : `${nb}\u0000${na}\u0000${sameFamily}`;
    let s = scores.get(key);
    if (s === undefined) scores.set(key, (s = acronymOfPart(na, nb, (x, y) => familyNameScore(x, y) > 0) ? 0 : compareNames(na, nb, sameFamily)));
    return s;
  };
  const bestScore = (a: Local, b: Local, sameFamily: boolean): number => {
    let best = 0;
    for (const na of topNames(a)) {
      for (const nb of topNames(b)) {
        best = Math.max(best, score(na, nb, sameFamily));
        if (best === 1) return 1;
      }
    }
    return best;
  };
  /** The releases a local's document belongs to: its family, or the document itself. */
  const contextsOf = (i: number): string[] => {
    const uri = all[i].uri;
    return familyOf.has(uri) ? [`u:${uri}`, `f:${familyOf.get(uri)}`] : [`u:${uri}`];
  };
  /** A pair of members of two groups in one release, if any (the lower bar applies to them). */
  const pairInOneRelease = (ga: number[], gb: number[]): [number, number] | undefined => {
    const seen = new Map<string, number>();
    for (const i of ga) for (const c of contextsOf(i)) if (!seen.has(c)) seen.set(c, i);
    for (const j of gb) for (const c of contextsOf(j)) if (seen.has(c) && seen.get(c) !== j) return [seen.get(c)!, j];
    return undefined;
  };
  for (const pair of candidates) {
    if (due()) yield;
    const i = Math.floor(pair / all.length);
    const j = pair % all.length;
    const a = all[i];
    const b = all[j];
    if (a.catalogId && b.catalogId) continue;
    const fromCatalog = a.uri.startsWith('\u0001') || b.uri.startsWith('\u0001');
    let best = bestScore(a, b, false);
    let at: [number, number] = [i, j];
    if (best < LINK_THRESHOLD && !fromCatalog) {
      const inOne = pairInOneRelease(groupOf.get(i)!, groupOf.get(j)!);
      if (inOne) {
        best = bestScore(a, b, true);
        at = inOne;
      }
    }
    // a catalog name is the editor's word: an exact name match only
    if ((a.catalogId || b.catalogId) && best < 1 && fromCatalog) continue;
    if (best >= LINK_THRESHOLD) pairs.push({ a: at[0], b: at[1], score: best });
  }
  yield* sortInSteps(pairs, (x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  // ---- greedy merge with cannot-link constraints
  for (const p of pairs) {
    if (due()) yield;
    union(p.a, p.b);
  }

  // ---- inside a release family: the versions are known to name the same entities, so a
  // name is linked to its best match in another version when each is the other's best
  // (one-to-one) and their words agree enough (see familyLinks).
  if (familyOf.size > 0) {
    for (const [x, y] of yield* familyLinks(all, familyOf, find)) union(x, y);
  }

  // ---- canonical ids and records
  const clusters = [...new Set(all.map((_, i) => find(i)))].map((r) => membersOf(r).map((i) => all[i]));
  const proposals: { c: Local[]; id: string }[] = [];
  for (const c of clusters) {
    if (due(c.length)) yield;
    proposals.push({ c, id: clusterId(c) });
  }
  yield* sortInSteps(proposals, (x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0) || clusterKey(x.c).localeCompare(clusterKey(y.c)));
  const used = new Map<string, number>();
  const idOfLocal = new Map<Local, string>();
  const entities = new Map<string, EntityRecord>();
  for (const { c, id: base } of proposals) {
    if (due(c.length)) yield;
    const fromCatalog = c.some((l) => l.catalogId);
    let id = base;
    if (!fromCatalog) {
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      if (n > 1) id = `${base}-${n}`;
    }
    for (const l of c) idOfLocal.set(l, id);
    entities.set(id, makeRecord(id, c, options.catalog));
  }
  const mentionIds = new Map<string, string[]>();
  for (const doc of docs) {
    if (due(doc.mentions.length)) yield;
    const own = localsOfDoc.get(doc.uri)!;
    mentionIds.set(doc.uri, doc.mentions.map((m, k) => idOfLocal.get(own.get(doc.localIds?.[k] ?? m.id)!)!));
  }
  return { entities, mentionIds };
}

/** Below this, two names of versions of one release are not linked by their words. */
export const FAMILY_LINK_THRESHOLD = 0.45;

/** Linking a project to a lab inside a family needs more agreement of the words. */
export const CROSS_TYPE_THRESHOLD = 0.6;

/**
 * Place names whose English form is not their pinyin, and acronyms that stand for words
 * of a name (a table of general forms, no entity of a release): romanised to one token.
 */
const ROMANISATIONS: [RegExp, string][] = [
  [/\bhong kong\b|xianggang/g, 'hongkong'],
  [/\bmaca[ou]\b|aomen/g, 'macau'],
  [/\bkowloon\b|jiulong/g, 'kowloon'],
  [/\btseung kwan o\b|jiangjunao/g, 'tseungkwano'],
  [/\bsha tin\b|shatian/g, 'shatin'],
  [/\bcommunist party of china\b|\bcommunist party\b|\bcpc\b|\bccp\b|gongchandang/g, 'cpc'],
  [/\bjapan(?:ese)?\b|riben/g, 'japan'],
  [/\bchin(?:a|ese)\b|zhongguo/g, 'china'],
  [/\bzhongri\b|\bchina japan\b|\bjapan china\b|\bsino japanese\b/g, 'chinajapan'],
  // Common words the readings leave in pinyin (Japanese 協力, Chinese 合作 and 地方 of a zone's name).
  [/\bxieli\b|\bhezuo\b/g, 'cooperation'],
  [/\bdifang\b|\blocal\b/g, 'regional'],
  [/\bshifan\b|\bmodel\b|\bpilot\b/g, 'demonstration'],
  [/\bcentre\b/g, 'center'],
  [/\bhi tech\b/g, 'high tech'],
];

/** Words too common in names to tell two entities apart by themselves. */
const WEAK_WORDS = new Set(['municipal', 'provincial', 'county', 'town', 'shi', 'sheng', 'qu', 'xian', 'center', 'science', 'technology', 'development', 'industry', 'innovation', 'international', 'new', 'high', 'tech', 'economic', 'city', 'district', 'zone', 'park', 'group', 'company', 'china', 'japan', 'national', 'this']);

/** Weak words that still name something: a nation's academy is one body. */
const NATIONS = new Set(['china', 'japan', 'chinajapan']);

interface FamilyTokens { tokens: string[]; weights: number[]; cls: string }
const familyTokenCache = new Map<string, FamilyTokens>();

/** The words of a name for comparison inside a family: proper parts romanised, common words in English, the class apart. */
function familyTokens(name: string): FamilyTokens {
  let hit = familyTokenCache.get(name);
  if (hit) return hit;
  if (familyTokenCache.size > 50_000) familyTokenCache.clear();
  const r = readName(withEquivalents(name));
  const cls = new Set(r.cls ? r.cls.split('-') : []);
  let text = ` ${r.slugWords.join(' ').toLowerCase().replace(/[^a-z0-9\u3040-\u30ff]+/g, ' ')} `;
  for (const [re, to] of ROMANISATIONS) text = text.replace(re, ` ${to} `).replace(/  +/g, " ");
  const words = text.split(' ').filter((w) => w.length > 0);
  // The class words close the name (its type word): compared through the class, not as words.
  let end = words.length;
  while (end > 0 && cls.has(words[end - 1])) end--;
  const tokens = [...new Set(words.slice(0, end))];
  hit = { tokens, weights: tokens.map((t) => (WEAK_WORDS.has(t) || t.length < 3 ? 1 : 3)), cls: r.cls };
  familyTokenCache.set(name, hit);
  return hit;
}

/** The two names end in type words of one class. */
function sameClass(na: string, nb: string): boolean {
  const a = familyTokens(na).cls;
  return a !== '' && a === familyTokens(nb).cls;
}

/** Two tokens agree: equal, or a romanised place inside a longer romanised run (xiangcheng in gongchandangxiangchengqu). */
function tokensAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.includes(short);
}

/** 0..1: weighted Dice of the words of two names (each word of one matched at most once). */
export function familyNameScore(na: string, nb: string, administrative = true): number {
  const a = familyTokens(na);
  const b = familyTokens(nb);
  if (a.tokens.length === 0 || b.tokens.length === 0) return 0;
  let shared = 0;
  let strong = 0;
  const used = new Set<number>();
  const matchedA: boolean[] = a.tokens.map(() => false);
  a.tokens.forEach((t, i) => {
    const j = b.tokens.findIndex((u, k) => !used.has(k) && tokensAgree(t, u));
    if (j < 0) return;
    used.add(j);
    matchedA[i] = true;
    const w = Math.min(a.weights[i], b.weights[j]);
    shared += w;
    if (w > 1) strong++;
  });
  // Common words alone (science, technology, center) do not make two names one, unless
  // they are a nation and the whole of both names and the type words agree (China Academy /
  // 中国科学院; Science and Technology Center / 科技中心 stays apart).
  const whole = a.cls !== '' && a.cls === b.cls && used.size === b.tokens.length && matchedA.every((m) => m) && a.tokens.some((t) => NATIONS.has(t));
  if (strong === 0 && shared < 3 && !whole) return 0;
  // A distinctive word after the shared ones names a narrower body or place (Suzhou …
  // Committee is not Suzhou Xiangcheng … Committee); one before them is a parent's name
  // (Suzhou Xiangcheng District / Xiangcheng District). Bodies and zones only: a project's
  // or a lab's words are translated more freely.
  const narrower = (t: FamilyTokens, matched: (k: number) => boolean): boolean => {
    const first = t.tokens.findIndex((_, k) => matched(k));
    return t.tokens.some((_, k) => k > first && !matched(k) && t.weights[k] > 1);
  };
  if (administrative && (narrower(a, (k) => matchedA[k]) || narrower(b, (k) => used.has(k)))) return 0;
  const total = a.weights.reduce((x, y) => x + y, 0) + b.weights.reduce((x, y) => x + y, 0);
  return (2 * shared) / total;
}

/** Each name has a distinctive word the other lacks (operators / 経営者), not only one of them (a narrower body's place). */
function extraWordEach(na: string, nb: string): boolean {
  const a = familyTokens(na);
  const b = familyTokens(nb);
  const extra = (x: FamilyTokens, y: FamilyTokens) => x.tokens.some((t, k) => x.weights[k] > 1 && !y.tokens.some((u) => tokensAgree(t, u)));
  return extra(a, b) && extra(b, a);
}

/**
 * Links inside release families: for each pair of versions, each local of one is linked
 * to its best-scoring local of the same type in the other when that one's best is it in
 * turn (a version pair names each entity once, in its language) and the words agree
 * (FAMILY_LINK_THRESHOLD). Entities already linked across the pair are left as they are.
 */
function* familyLinks(all: Local[], familyOf: Map<string, number>, find: (i: number) => number): Steps<[number, number][]> {
  const byDoc = new Map<string, number[]>();
  all.forEach((l, i) => {
    if (!familyOf.has(l.uri) || l.catalogId) return;
    let list = byDoc.get(l.uri);
    if (!list) byDoc.set(l.uri, (list = []));
    list.push(i);
  });
  const byFamily = new Map<number, string[]>();
  for (const uri of byDoc.keys()) {
    const f = familyOf.get(uri)!;
    let list = byFamily.get(f);
    if (!list) byFamily.set(f, (list = []));
    list.push(uri);
  }
  const out: [number, number][] = [];
  // A project's centre and a lab's research centre are often one thing typed apart by their
  // type words (创新中心 / 研究センター): linked across those two types on a higher score.
  const RESEARCH = new Set(['project', 'lab']);
  const bestOf = (l: Local, m: Local): number => {
    const crossType = l.type !== m.type;
    // Other types apart only on names whose type words agree (academy: a lab or a body).
    const research = RESEARCH.has(l.type) && RESEARCH.has(m.type);
    let best = 0;
    const administrative = l.type === 'organization' || l.type === 'zone';
    for (const na of namesAndReadings(l)) {
      for (const nb of namesAndReadings(m)) {
        if (crossType && !research && !sameClass(na, nb)) continue;
        best = Math.max(best, familyNameScore(na, nb, administrative));
      }
    }
    return crossType && best < CROSS_TYPE_THRESHOLD ? 0 : best;
  };
  for (const uris of byFamily.values()) {
    uris.sort();
    for (let p = 0; p < uris.length; p++) {
      for (let q = p + 1; q < uris.length; q++) {
        yield;
        // Unlinked across this pair only: an entity with a member in the other version is settled.
        const rootsB = new Set(byDoc.get(uris[q])!.map(find));
        const rootsA = new Set(byDoc.get(uris[p])!.map(find));
        const as = byDoc.get(uris[p])!.filter((i) => !rootsB.has(find(i)));
        const bs = byDoc.get(uris[q])!.filter((j) => !rootsA.has(find(j)));
        if (as.length === 0 || bs.length === 0 || as.length * bs.length > 40_000) continue;
        // Only pairs that can score are scored: a distinctive word agreeing on both sides, or
        // three common words (an archive's families have dozens of unlinked names each).
        const bTokens = new Map<string, { strong: number[]; weak: number[] }>();
        bs.forEach((j, k) => {
          for (const [t, strong] of [...wordsOf(all[j]), ...readingWordsOf(all[j])]) {
            let e = bTokens.get(t);
            if (!e) bTokens.set(t, (e = { strong: [], weak: [] }));
            (strong ? e.strong : e.weak).push(k);
          }
        });
        const longStrongB = [...bTokens.entries()].filter(([t, e]) => t.length >= 5 && e.strong.length > 0);
        const score: number[][] = [];
        for (const i of as) {
          // A row scores up to every local of the other version.
          yield;
          const row = new Array<number>(bs.length).fill(0);
          const candidates = new Set<number>();
          const weakShared = new Map<number, number>();
          for (const [t, strong] of [...wordsOf(all[i]), ...readingWordsOf(all[i])]) {
            const e = bTokens.get(t);
            if (strong) {
              for (const k of e?.strong ?? []) candidates.add(k);
              if (t.length >= 5) for (const [u, f] of longStrongB) if (u !== t && (u.includes(t) || t.includes(u))) for (const k of f.strong) candidates.add(k);
            } else for (const k of e?.weak ?? []) weakShared.set(k, (weakShared.get(k) ?? 0) + 1);
          }
          // or the same few common words and nothing else (China Academy / 中国科学院)
          const own = wordsOf(all[i]).size;
          for (const [k, n] of weakShared) if (n >= 3 || (n === own && n === wordsOf(all[bs[k]]).size)) candidates.add(k);
          for (const k of candidates) row[k] = bestOf(all[i], all[bs[k]]);
          score.push(row);
        }
        const bestInRow = score.map((row) => row.reduce((b, s, k) => (s > row[b] ? k : b), 0));
        const bestInCol = bs.map((_, k) => score.reduce((b, row, r) => (row[k] > score[b][k] ? r : b), 0));
        as.forEach((i, r) => {
          const k = bestInRow[r];
          const s = score[r][k];
          if (s < FAMILY_LINK_THRESHOLD || bestInCol[k] !== r) return;
          // A tie is no evidence of which one.
          if (score[r].filter((x) => x === s).length > 1 || score.filter((row) => row[k] === s).length > 1) return;
          out.push([i, bs[k]]);
        });
        // the distributor of each version, under its name in each language
        const linkedHere = new Set(out.flatMap(([x, y]) => [x, y]));
        const leftA = as.filter((i) => !linkedHere.has(i));
        const leftB = bs.filter((j) => !linkedHere.has(j));
        const wires = wireServicePairs(leftA.map((i) => all[i]), leftB.map((j) => all[j]));
        for (const [x, y] of wires) out.push([leftA[x], leftB[y]]);
        // the one name of its type and class left on each side
        const restA = leftA.filter((_, x) => !wires.some(([w]) => w === x));
        const restB = leftB.filter((_, y) => !wires.some(([, w]) => w === y));
        const classOf = (i: number) => `${all[i].type}:${familyTokens(topNames(all[i])[0] ?? '').cls}`;
        // (a word only one of them has is a narrower body's, a word each has is a translation the readings miss)
        const soleScore = (i: number, j: number) => Math.max(0, ...namesAndParts(all[i]).flatMap((na) => namesAndParts(all[j]).map((nb) => (extraWordEach(na, nb) ? familyNameScore(na, nb, false) : 0))));
        for (const [x, y] of soleOfClassPairs(restA, restB, (i) => (classOf(i).endsWith(':') ? '' : classOf(i)), soleScore, FAMILY_LINK_THRESHOLD)) out.push([restA[x], restB[y]]);
      }
    }
  }
  return out;
}

const partsCache = new WeakMap<Local, string[]>();
/**
 * A local's top names, and the parts of an English name joined by "and" (a name read
 * together with the next one: "Qilong and Future … City" holds the name "Qilong").
 */
function namesAndParts(l: Local): string[] {
  let hit = partsCache.get(l);
  if (hit) return hit;
  hit = [...topNames(l)];
  for (const name of topNames(l)) {
    if (scriptOf(name) !== 'latin' || !/\sand\s/.test(name)) continue;
    for (const part of name.split(/\s+and\s+/)) if (part.trim() && !hit.includes(part.trim())) hit.push(part.trim());
  }
  partsCache.set(l, hit);
  return hit;
}

/** A local's names and parts, then its names with the words kuromoji read in Latin letters. */
function namesAndReadings(l: Local): string[] {
  return l.readings ? [...namesAndParts(l), ...l.readings.slice(0, 4)] : namesAndParts(l);
}

const readingWordsCache = new WeakMap<Local, [string, boolean][]>();
/** The distinctive words of a local's readings (nomura): they make a pair worth scoring, no more. */
function readingWordsOf(l: Local): [string, boolean][] {
  if (!l.readings) return [];
  let hit = readingWordsCache.get(l);
  if (hit) return hit;
  hit = [];
  for (const name of l.readings.slice(0, 4)) {
    const t = familyTokens(name);
    t.tokens.forEach((w, k) => {
      if (t.weights[k] > 1) hit!.push([w, true]);
    });
  }
  readingWordsCache.set(l, hit);
  return hit;
}

const wordsCache = new WeakMap<Local, Map<string, boolean>>();
/** The words of a local's top names, each with whether it is distinctive (strong). */
function wordsOf(l: Local): Map<string, boolean> {
  let hit = wordsCache.get(l);
  if (hit) return hit;
  hit = new Map();
  for (const name of namesAndParts(l)) {
    const t = familyTokens(name);
    t.tokens.forEach((w, k) => hit!.set(w, (hit!.get(w) ?? false) || t.weights[k] > 1));
  }
  wordsCache.set(l, hit);
  return hit;
}

const topNamesCache = new WeakMap<Local, string[]>();

function topNames(l: Local): string[] {
  const hit = topNamesCache.get(l);
  if (hit) return hit;
  const top = l.names.map((name, i): [string, number] => [name, l.counts[i]])
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4)
    .map(([n]) => n);
  topNamesCache.set(l, top);
  return top;
}

function clusterKey(c: Local[]): string {
  return c.map((l) => `${l.uri}\u0000${l.localId}`).sort().join('|');
}

function clusterId(c: Local[]): string {
  const cat = c.find((l) => l.catalogId);
  if (cat) return cat.catalogId!;
  const type = c[0].type;
  const names = c.flatMap((l) => l.names);
  const pick = (list: string[]) => [...list].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0];
  const latin = names.filter((n) => scriptOf(n) === 'latin');
  let slug: string;
  if (latin.length) slug = slugify(pick(latin));
  else if (names.length) {
    const rep = pick(names.map((n) => n));
    slug = slugify(readName(rep).slugWords.join(' ')) || slugify(foldText(rep));
  } else slug = slugify(c[0].localId.replace(/^[a-z]+:/, ''));
  return `${type}:${slug || 'entity'}`;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function languageOfName(name: string, docLanguage: Language): NameLanguage {
  if (scriptOf(name) === 'latin') return 'en';
  if ([...name].some(isKana)) return 'ja';
  return docLanguage === 'ja' ? 'ja' : 'zh';
}

function makeRecord(id: string, c: Local[], catalog?: Catalog): EntityRecord {
  const entry = catalog?.entities.find((e) => e.id === id);
  const counts = new Map<string, { n: number; lang: NameLanguage }>();
  for (const l of c) {
    if (l.uri.startsWith('\u0001')) continue;
    for (const [i, name] of l.names.entries()) {
      const n = l.counts[i];
      const cur = counts.get(name);
      counts.set(name, { n: (cur?.n ?? 0) + n, lang: languageOfName(name, l.docLanguage) });
    }
  }
  const names: Partial<Record<NameLanguage, string>> = {};
  for (const lang of ['ja', 'zh', 'en'] as const) {
    if (entry?.names[lang]) {
      names[lang] = entry.names[lang];
      continue;
    }
    const best = [...counts.entries()]
      .filter(([, v]) => v.lang === lang)
      .sort((a, b) => b[1].n - a[1].n || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0];
    if (best) names[lang] = best[0];
  }
  const chosen = new Set(Object.values(names));
  const aliases = [...new Set([...(entry?.aliases ?? []), ...counts.keys()])].filter((n) => !chosen.has(n)).sort();
  return { id, type: c[0].type, names, aliases, fromCatalog: !!entry };
}
