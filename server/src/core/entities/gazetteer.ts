import type { EntityMention, EntityType } from '../types';
import { foldText } from './fold';
import { cjkHead, EN_TYPE_INDEX, readName } from './reading';
import { chineseCompanyShortNames } from './zhCompanyNames';

/**
 * Aho-Corasick over UTF-16 units: every pattern found in one pass over a text, so the
 * gazetteer costs the length of the texts plus the matches, whatever the number of names.
 */
export class PatternMatcher {
  /** All transitions in one map, keyed state * 65536 + UTF-16 unit: far less memory than a map per state. */
  private readonly next = new Map<number, number>();
  private fail: Int32Array;
  /** Per state, the patterns ending there (longest first), including those via failure links. */
  private readonly out: (number[] | undefined)[] = [];
  private readonly lengths: number[] = [];
  private states = 1;
  /** UTF-16 units that start some pattern: in the root state every other unit is skipped at the cost of one array read. */
  private readonly starts = new Uint8Array(65536);

  constructor(patterns: readonly string[]) {
    const children: number[][] = [[]];
    patterns.forEach((p, index) => {
      if (p.length) this.starts[p.charCodeAt(0)] = 1;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const key = s * 65536 + p.charCodeAt(i);
        let to = this.next.get(key);
        if (to === undefined) {
          to = this.states++;
          this.next.set(key, to);
          children[s].push(p.charCodeAt(i));
          children.push([]);
        }
        s = to;
      }
      (this.out[s] ??= []).push(index);
      this.lengths[index] = p.length;
    });
    this.fail = new Int32Array(this.states);
    // breadth first: failure links and inherited outputs
    const queue: number[] = children[0].map((c) => this.next.get(c)!);
    for (let q = 0; q < queue.length; q++) {
      const r = queue[q];
      for (const c of children[r]) {
        const s = this.next.get(r * 65536 + c)!;
        queue.push(s);
        let f = this.fail[r];
        while (f !== 0 && !this.next.has(f * 65536 + c)) f = this.fail[f];
        const to = this.next.get(f * 65536 + c);
        this.fail[s] = to !== undefined && to !== s ? to : 0;
        const inherited = this.out[this.fail[s]];
        if (inherited) this.out[s] = [...(this.out[s] ?? []), ...inherited];
      }
    }
  }

  /** Every occurrence of every pattern: [start, end, pattern index]. */
  matches(text: string): Array<[number, number, number]> {
    const found: Array<[number, number, number]> = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (s === 0 && this.starts[c] === 0) continue;
      while (s !== 0 && !this.next.has(s * 65536 + c)) s = this.fail[s];
      s = this.next.get(s * 65536 + c) ?? 0;
      const out = this.out[s];
      if (out) for (const p of out) found.push([i + 1 - this.lengths[p], i + 1, p]);
    }
    return found;
  }
}

export interface GazetteerDocument {
  text: string;
  /** Mutated: mentions found by the gazetteer are added (sorted by start, longer first). */
  mentions: EntityMention[];
}

export interface GazetteerName {
  key: string;
  type: EntityType;
  id: string;
  /** A short name (a company's two-character brand): found only as a word of its own, between punctuation or function words. */
  standalone?: boolean;
}

/** The names a company's full name gives: its Chinese short names, or its name without the legal form. */
function companyNames(key: string, id: string): GazetteerName[] {
  const chinese = chineseCompanyShortNames(key);
  // a Chinese name with nothing but field words before its legal form (信息技术有限公司) gives none
  if (chinese.length || /^[\u3400-\u9fff()]+(?:公司|集团)$/u.test(key)) return chinese.map((k) => ({ key: k, type: 'organization', id, ...(k.length < 3 ? { standalone: true } : {}) }));
  const stem = companyStem(key);
  return stem ? [{ key: stem, type: 'organization', id }] : [];
}

// what may stand next to a standalone short name: anything but Han, or a function word or adverb (鸿海将…, 与鸿海)
const STANDALONE_EDGE = /[^\u3400-\u9fff]|[在是为与和及的了以将由向从到对把被让给于也都还已正再又更就才均仍亦则等、]/u;
// after it also a verb a company does or a title it gives (鸿海签约, 鸿海投资, 鸿海董事长)
const STANDALONE_RIGHT = /[签投建落拟计总董副负表称携联合公集]/u;
const standaloneAt = (folded: string, start: number, end: number): boolean =>
  (start === 0 || STANDALONE_EDGE.test(folded[start - 1])) && (end >= folded.length || STANDALONE_EDGE.test(folded[end]) || STANDALONE_RIGHT.test(folded[end]));

const LATIN_EDGE = /[A-Za-z0-9]/;

/** The names a gazetteer may look for: confident mentions (not short forms) long enough to be unambiguous. */
export function gazetteerNames(mentions: readonly EntityMention[], text?: string): GazetteerName[] {
  const out: GazetteerName[] = [];
  for (const m of mentions) {
    if (m.source === 'shortForm') continue;
    const key = foldText(text === undefined ? m.text : text.slice(m.start, m.end));
    if (m.type === 'organization') out.push(...companyNames(key, m.id));
    if (!isDistinctive(key) || !needsGazetteer(key)) continue;
    out.push({ key, type: m.type, id: m.id });
  }
  return out;
}

// A company's legal form or group word, before or after its name (CJK; folded): the name
// without it is the company too (X股份有限公司 → X, 株式会社X → X, Xホールディングス → X).
const COMPANY_FORM = /^(?:株式会社|有限会社|合同会社)|(?:股份有限公司|有限责任公司|有限公司|集团|控股|株式会社|ホールディングス|テクノロジーズ|グループ)$/u;

/** The name of a CJK company without its legal form, when that is still a distinctive name. */
export function companyStem(key: string): string | undefined {
  if (!/[\u3040-\u30ff\u3400-\u9fff]/u.test(key) || !COMPANY_FORM.test(key)) return undefined;
  const stem = key.replace(COMPANY_FORM, '').replace(COMPANY_FORM, '');
  if (stem.length < 3 || /[()（）\s]/u.test(stem) || cjkHead(stem) || readName(stem + '公司').generic) return undefined;
  return stem;
}

/**
 * A name worth looking for elsewhere: one that recognition found from its context (an
 * acronym's definition, a legal form, 株式会社 before it), not one that ends in a type word
 * with a name before it, which recognition finds wherever it stands anyway. Keeps the patterns few.
 */
function needsGazetteer(key: string): boolean {
  // a type word alone (管理局, defined as one text's short name) names nothing elsewhere
  if (cjkHead(key)?.text === key) return false;
  const typed = /[\u3040-\u30ff\u3400-\u9fff]/u.test(key) ? !!cjkHead(key) : EN_TYPE_INDEX.some((t) => key.endsWith(' ' + t.words.join(' ')));
  return !typed || readName(key).generic; // a name of generic words (found by its definition) is not found again by its type word
}

function isDistinctive(key: string): boolean {
  if (/[\u3040-\u30ff\u3400-\u9fff]/u.test(key)) return key.length >= 3;
  return key.length >= 3 || /^[A-Z]{2}$/.test(key);
}

/**
 * The workspace (or one document) as a gazetteer: every confident name is looked for in
 * every document, and an occurrence that no mention covers yet becomes a mention of the
 * same entity (same id). Latin names match whole words only; the first name given for a
 * key wins (pass catalog names first). One Aho-Corasick pass per document.
 */
export function applyGazetteer(
  docs: readonly GazetteerDocument[],
  names: readonly GazetteerName[] = docs.flatMap((d) => gazetteerNames(d.mentions, d.text)),
  /** The documents' folded texts, when the caller has them. */
  foldedTexts?: readonly string[],
): void {
  const byKey = new Map<string, GazetteerName>();
  for (const n of names) if (!byKey.has(n.key)) byKey.set(n.key, n);
  if (!byKey.size) return;
  const list = [...byKey.values()];
  const matcher = new PatternMatcher(list.map((n) => n.key));
  for (const [i, doc] of docs.entries()) {
    const folded = foldedTexts?.[i] ?? foldText(doc.text);
    // longest first, then leftmost; no overlap with what is there or was taken
    const hits = matcher.matches(folded).sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
    const taken = doc.mentions.map((m) => [m.start, m.end] as const);
    const added: EntityMention[] = [];
    for (const [start, end, p] of hits) {
      const n = list[p];
      if (LATIN_EDGE.test(n.key[0]) && LATIN_EDGE.test(folded[start - 1] ?? '')) continue;
      if (LATIN_EDGE.test(n.key[n.key.length - 1]) && LATIN_EDGE.test(folded[end] ?? '')) continue;
      if (n.standalone && !standaloneAt(folded, start, end)) continue;
      if (overlapsAny(taken, start, end)) continue;
      taken.push([start, end]);
      added.push({ start, end, text: doc.text.slice(start, end), type: n.type, id: n.id, source: 'pattern' });
    }
    if (!added.length) continue;
    doc.mentions.push(...added);
    doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

function overlapsAny(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [s, e] of spans) if (s < end && start < e) return true;
  return false;
}

export interface WorkspaceGazetteerDocument extends GazetteerDocument {
  /** Recognition's local key of each mention (linking may have replaced `mention.id`). */
  localIds: readonly string[];
}

/**
 * The workspace as a gazetteer: the confident names of every document are looked for in
 * every other one (one Aho-Corasick pass per document). Mentions are added to the
 * documents; returns each document's local keys, in the order of its mentions now.
 */
export function applyWorkspaceGazetteer(docs: readonly WorkspaceGazetteerDocument[]): string[][] {
  const names: GazetteerName[] = [];
  for (const d of docs) {
    d.mentions.forEach((m, k) => {
      if (m.source === 'shortForm' || m.source === 'catalog') return; // catalog names are matched in every document already
      const key = foldText(m.text);
      if (m.type === 'organization') names.push(...companyNames(key, d.localIds[k] ?? m.id));
      if (isDistinctive(key) && needsGazetteer(key)) names.push({ key, type: m.type, id: d.localIds[k] ?? m.id });
    });
  }
  const local = docs.map((d) => new Map(d.mentions.map((m, k) => [m, d.localIds[k] ?? m.id] as const)));
  applyGazetteer(docs, names);
  return docs.map((d, i) => d.mentions.map((m) => local[i].get(m) ?? m.id));
}
