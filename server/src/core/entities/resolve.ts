import type { EntityMention } from '../types';
import { foldText } from './fold';
import { CJK_TYPE_INDEX, readName } from './reading';
import type { Candidate } from './candidate';
import { isJapaneseText, japaneseBareZoneWord, japaneseDeterminedTypeWord } from './japaneseShortForms';

// Which candidates stay (no crossing spans, catalog first, longer first), and the
// document-local ids: one per real entity, with glosses, aliases and short forms joined.

export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  // catalog first, then longer first; drop duplicates and crossing spans
  const order = [...cands].sort(
    (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  // Kept spans sorted by start: only those that can overlap a candidate are compared
  // (comparing all of them made a long document quadratic in its candidates).
  const byStart: Candidate[] = [];
  let longest = 0;
  for (const c of order) {
    if (c.end <= c.start) continue;
    let ok = true;
    const from = firstStartAtLeast(byStart, c.start - longest);
    for (let x = from; x < byStart.length && byStart[x].start < c.end; x++) {
      const k = byStart[x];
      const same = k.start === c.start && k.end === c.end;
      const crossing = c.start < k.end && k.start < c.end && !(c.start >= k.start && c.end <= k.end) && !(k.start >= c.start && k.end <= c.end);
      // 高新区 inside 福州高新区; anything of the same type inside a catalog name (the catalog says what the whole is)
      // (and 星河产业园 inside 星河产业园区: the same name with one more character of its type word)
      const nestedSameEnd = c.start >= k.start && c.end <= k.end && c.type === k.type && (c.end === k.end || k.source === 'catalog' || (c.start === k.start && k.end - c.end === 1 && c.source === 'pattern' && k.source === 'pattern'));
      const acronymInside = c.acronym === true && c.start >= k.start && c.end <= k.end;
      // a legal form or a seat says what the whole is: its last words are no other entity (独立行政法人 X研究所)
      const insideSeat = k.seat === true && c.start >= k.start && c.end === k.end;
      if (same || crossing || nestedSameEnd || acronymInside || insideSeat) {
        ok = false;
        break;
      }
    }
    if (ok) {
      kept.push(c);
      byStart.splice(firstStartAtLeast(byStart, c.start), 0, c);
      longest = Math.max(longest, c.end - c.start);
    }
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

function firstStartAtLeast(sorted: Candidate[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rank(c: Candidate): number {
  // catalog names, then typed names, then names without a type word (acronyms), then generic phrases
  return c.source === 'catalog' ? 0 : c.seat ? 0.5 : c.generic ? 3 : c.acronym ? 2 : 1;
}

export function assignLocalIds(cands: Candidate[], text: string): EntityMention[] {
  const full = cands.filter((c) => !c.generic);
  const parent = full.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const keyOf = full.map((c) => foldText(text.slice(c.start, c.end)).replace(/[\s・]/g, '').toLowerCase());
  // 1. same folded text
  const byKey = new Map<string, number>();
  full.forEach((c, i) => {
    const k = `${c.type}|${keyOf[i]}`;
    const j = byKey.get(k);
    if (j === undefined) byKey.set(k, i);
    else union(i, j);
  });
  // 2. a gloss in parentheses right after a name: Fuzhou District Committee（福州区委員会）, CBD(中央商务区)
  const byStart = new Map<number, number>();
  full.forEach((c, i) => byStart.set(c.start, i));
  full.forEach((c, i) => {
    const after = foldText(text.slice(c.end, c.end + 24));
    const m = /^(?:,? ?[A-Z][A-Za-z]*)?\s?\(/.exec(after);
    if (!m) return;
    const j = byStart.get(c.end + m[0].length);
    if (j === undefined || full[j].type !== c.type) return;
    if (foldText(text[full[j].end] ?? '') !== ')') return;
    union(i, j);
  });
  // 3. the same name qualified by a place (福建西湖科学都市 / 西湖科学都市), the same
  //    name with a sibling type word (西湖科学城 / 西湖科学都市), or an
  //    abbreviation (中日示範区 / 中日(青島)国際合作示範区)
  // Per mention once (the pairs are many): Latin or not, the name without its type word, the type word.
  const isLatin = keyOf.map((k) => /^[a-z0-9 '&.-]+$/.test(k));
  const stripped = keyOf.map(stripHead);
  const heads = keyOf.map(headOf);
  // Compared once per distinct name (step 1 joined the repeats): pairs of every mention
  // made a long document quadratic in its mentions.
  const distinct = [...byKey.values()];
  for (const i of distinct) {
    if (isLatin[i]) continue;
    for (const j of distinct) {
      if (i === j || isLatin[j] || full[i].type !== full[j].type) continue;
      const a = keyOf[i];
      const b = keyOf[j];
      if (a.length <= b.length) continue;
      // the string tests first: most pairs fail them, and readings cost more
      const qualifiedText = a.endsWith(b) && b.length >= 3;
      const sibling = stripped[i] === stripped[j] && stripped[j].length >= 2;
      const abbreviation = a.slice(0, 2) === b.slice(0, 2) && b.length >= 4 && heads[i] === heads[j] && isSubsequence(b, a);
      if (!qualifiedText && !sibling && !abbreviation) continue;
      if (find(i) === find(j)) continue;
      const ra = readName(text.slice(full[i].start, full[i].end));
      const rb = readName(text.slice(full[j].start, full[j].end));
      if (ra.cls !== rb.cls) continue;
      if ((qualifiedText && !rb.generic) || sibling || abbreviation) union(i, j);
    }
  }
  // the local id is the longest name of the group (deterministic)
  const fullIds = full.map((_, i) => find(i));
  const groupName = new Map<number, string>();
  full.forEach((c, i) => {
    const r = fullIds[i];
    const cur = groupName.get(r);
    const k = keyOf[i];
    if (cur === undefined || k.length > cur.length || (k.length === cur.length && k < cur)) groupName.set(r, k);
  });
  const mentions: EntityMention[] = [];
  full.forEach((c, i) => {
    const id = c.catalogId ?? `${c.type}:${groupName.get(fullIds[i])}`;
    mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, id, source: c.source });
  });
  // 4. a generic name glossing a full one in parentheses is an alias of it: CTD(中央科创区);
  //    the same text elsewhere in the document is the same entity
  const aliasIds = new Map<string, string>();
  const glossed = new Set<Candidate>();
  const japanese = isJapaneseText(text);
  const bareAbbreviation = (c: Candidate) => japanese && !c.hasName && c.type === 'zone' && japaneseBareZoneWord(foldText(text.slice(c.start, c.end)));
  for (const c of cands) {
    if (!c.generic || (!c.hasName && !bareAbbreviation(c))) continue;
    if (foldText(text[c.start - 1] ?? '') !== '(' || foldText(text[c.end] ?? '') !== ')') continue;
    const before = mentions.find((m) => m.end === c.start - 1 && m.type === c.type);
    if (!before) continue;
    aliasIds.set(foldText(text.slice(c.start, c.end)), before.id);
    glossed.add(c);
  }
  for (const c of cands) {
    if (!c.generic) continue;
    const id = aliasIds.get(foldText(text.slice(c.start, c.end)));
    if (id === undefined) continue;
    glossed.add(c);
    mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, id, source: 'pattern' });
  }
  // 5. short forms: a generic mention whose text ends a full name of this document
  // by type and last character of the key: a short form's key ends the full name's
  const named = new Map<string, { m: EntityMention; key: string }[]>();
  for (const m of mentions) {
    const key = foldText(m.text).replace(/[\s・]/g, '').toLowerCase();
    const bucket = `${m.type}|${key.slice(-1)}`;
    named.get(bucket)?.push({ m, key }) ?? named.set(bucket, [{ m, key }]);
  }
  const japaneseText = /[\u3040-\u30ff]/u.test(text);
  for (const c of cands) {
    if (!c.generic || glossed.has(c) || countedClass(text, c.start, c.end)) continue;
    const k = foldText(text.slice(c.start, c.end)).replace(/[\s・]/g, '').toLowerCase().replace(/^the/, '');
    const shortText = text.slice(c.start, c.end).replace(/^the /i, '');
    // Japanese: a bare type word after 同, 各, 両 or 国家級 (同モデル区, 各新区) is the said or every such zone, not a short form
    const abbreviation = bareAbbreviation(c);
    if (japanese && !c.hasName && !abbreviation && japaneseDeterminedTypeWord(text, c.start)) continue;
    let best: EntityMention | undefined;
    let bestDistance = Infinity;
    // a bare Chinese park word (产业园, 科学园) is typed a project for want of a name: it stands for the zone
    // named before it (not 园区, which says "the parks" as often as it names one)
    const buckets = c.hasName || c.type === 'zone' || k === '园区' || japaneseText || !/^[\u3400-\u9fff]{3,}$/u.test(k) ? [c.type] : [c.type, 'zone'];
    for (const { m, key: mk } of buckets.flatMap((t) => named.get(`${t}|${k.slice(-1)}`) ?? [])) {
      if (mk === k || !(mk.endsWith(k) || abbreviatedZoneWord(k, mk))) continue;
      // a Latin short form is the full name's last words, not the end of a word (SEZ is not short for VSEZ)
      if (/^[a-z0-9]/.test(k) && /[a-z0-9]/i.test(m.text[m.text.length - shortText.length - 1] ?? '')) continue;
      if (m.start <= c.start && m.end >= c.end) continue; // inside it
      // a short form refers back to a name given earlier (an abbreviation may come first, in a headline;
      // a Chinese headline, a line without a full stop, uses a zone's abbreviated type word: 经开区举行…仪式)
      if (m.start > c.start && !((abbreviation || (!japaneseText && HEADLINE_ZONE_WORDS.test(k) && headingLine(text, c.start))) && bestDistance === Infinity)) continue;
      const distance = m.start > c.start ? Number.MAX_SAFE_INTEGER : c.start - m.start;
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    if (!best) continue;
    // a bare type word stands for a zone only (科技城, 新区, the core area), never for 政府 or プロジェクト
    if (best.type !== 'zone' && !c.hasName) continue;
    let start = c.start;
    if (/^the /i.test(text.slice(start, start + 4))) start += 4;
    mentions.push({ start, end: c.end, text: text.slice(start, c.end), type: best.type, id: best.id, source: 'shortForm' });
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

// Chinese zone type words and their abbreviations (经济技术开发区 → 经开区): the abbreviation
// alone is a short form of a name that ends in the full type word
const ABBREVIATED_ZONE_TYPES: Record<string, readonly string[]> = {
  经开区: ['经济技术开发区', '经济开发区'],
  高新区: ['高新技术产业开发区', '高新技术开发区', '高新技术产业园区'],
  自贸区: ['自由贸易试验区', '自由贸易区'],
  综保区: ['综合保税区'],
};
const abbreviatedZoneWord = (k: string, full: string): boolean => ABBREVIATED_ZONE_TYPES[k]?.some((t) => full.endsWith(t) && full.length > t.length) ?? false;

// the abbreviated type words a Chinese headline calls its zone by
const HEADLINE_ZONE_WORDS = /^(?:经开区|高新区|开发区|自贸区|综保区|新区)$/u;

/** The line around `at` is a heading: short, with no full stop. */
function headingLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  const line = text.slice(from, to < 0 ? undefined : to);
  return line.length <= 60 && !/[。．.!！?？]/u.test(line);
}

// A type word counted, listed or named as a class is no short form: 三个自由贸易试验区, 五大工业区,
// 各园区, 《综合保税区…规范》, 自贸区总数.
const CLASS_BEFORE = /(?:[0-9０-９零一二两三四五六七八九十百千几多数]\s?[个個大家所座处處项項批类類]|[各每《]|这些|這些|一批|国家级|國家級|一流)\s?$/u;
const CLASS_AFTER = /^\s?(?:总数|總數|数量|數量|之一)/u;

function countedClass(text: string, start: number, end: number): boolean {
  return CLASS_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || CLASS_AFTER.test(text.slice(end, end + 4));
}

function stripHead(folded: string): string {
  const h = CJK_TYPE_INDEX.find((w) => folded.endsWith(w.text));
  return h ? folded.slice(0, folded.length - h.text.length) : folded;
}
function headOf(folded: string): string {
  return CJK_TYPE_INDEX.find((w) => folded.endsWith(w.text))?.text ?? '';
}
function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}