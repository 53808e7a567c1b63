import type { EntityMention, EntityType, Paragraph } from '../types';
import type { JapaneseToken } from '../text/japaneseTokenizer';
import { ChineseWordBoundaries } from '../text/chineseSegmenter';
import type { Catalog } from '../catalog/schema';
import { foldText, isHan, isKana, matchKey } from './fold';
import { EN_NON_NAME_WORDS, JA_LEFT_STOP_SURFACES, LEADING_DETERMINERS, QUANTIFIERS, ZH_LEFT_STOPS, ZONE_ACRONYMS } from './lexicon';
import { CJK_TYPE_INDEX, EN_TYPE_INDEX, readName } from './reading';

export interface RecognizeInput {
  text: string;
  paragraphs: Paragraph[];
  /** kuromoji tokens of the Japanese runs (offsets into `text`); may be empty. */
  japaneseTokens: JapaneseToken[];
  catalog?: Catalog;
}

interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  source: EntityMention['source'];
  /** Only a type word, or only generic words with it: valid as a short form only. */
  generic: boolean;
  catalogId?: string;
  /** Something besides the type word (even if generic): 経済技術開発区 has, 政府 has not. */
  hasName?: boolean;
  /** A bare zone acronym (CTD): dropped when inside a longer name. */
  acronym?: boolean;
}

const MAX_CJK_NAME = 22;
const MAX_JA_NAME = 32;
const MAX_EN_NAME_WORDS = 10;

const FOLDED_STOPS = [...new Set(ZH_LEFT_STOPS.map(foldText))].sort((a, b) => b.length - a.length);
const FOLDED_QUANTIFIERS = [...new Set(QUANTIFIERS.map(foldText))];
const FOLDED_DETERMINERS = [...new Set(LEADING_DETERMINERS.map(foldText))].sort((a, b) => b.length - a.length);
// kuromoji suffixes that count things or mark time: never part of a name (2026年, 3つ).
const COUNTER_SUFFIXES = new Set(['年', '月', '日', '件', '人', '社', '位', '号', '回', '個', '名', '度', '年間', '点', '割', '億', '万', '以上', '以下', '者', '家', '的', '化', '性', '感', '型', '際', '年度', '等', '内', '初', '中']);

/**
 * Finds the zones, labs, projects and organisations of one document. Spans are UTF-16
 * offsets into `input.text`; each mention's id is a document-local key that linking
 * replaces by the canonical id (catalog mentions already carry their catalog id).
 * Mentions may nest (an organisation that contains a zone: 福州高新区管委会); they never
 * cross. Sorted by start, longer first.
 */
export function recognizeEntities(input: RecognizeInput): EntityMention[] {
  const { text } = input;
  const folded = foldText(text);
  const ctx: Ctx = { text, folded, tokensByEnd: new Map(), tokensByStart: new Map(), boundaries: undefined };
  for (const t of input.japaneseTokens) {
    ctx.tokensByEnd.set(t.end, t);
    ctx.tokensByStart.set(t.start, t);
  }

  const candidates: Candidate[] = [];
  if (input.catalog) candidates.push(...catalogCandidates(text, input.catalog));
  for (const p of input.paragraphs) {
    const japanese = p.language === 'ja' || (p.language === 'mixed' && hasTokensIn(input.japaneseTokens, p.start, p.end));
    // Chinese word boundaries are computed sentence by sentence when a candidate first needs them.
    ctx.boundaries = !japanese && /[\u3400-\u9fff]/u.test(folded.slice(p.start, p.end)) ? new ChineseWordBoundaries(text, p.start, p.end) : undefined;
    candidates.push(...cjkCandidates(ctx, p.start, p.end, japanese));
    candidates.push(...latinCandidates(ctx, p.start, p.end));
    candidates.push(...acronymCandidates(ctx, p.start, p.end));
  }
  const kept = resolveOverlaps(candidates);
  return assignLocalIds(kept, text);
}

interface Ctx {
  text: string;
  folded: string;
  tokensByEnd: Map<number, JapaneseToken>;
  tokensByStart: Map<number, JapaneseToken>;
  /** Word boundaries of the current Chinese paragraph (Intl.Segmenter, per sentence, on demand). */
  boundaries: ChineseWordBoundaries | undefined;
}

function hasTokensIn(tokens: JapaneseToken[], start: number, end: number): boolean {
  // tokens are sorted by offset
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo].start < end && /[\u3040-\u30ff]/u.test(tokens.slice(lo, lo + 400).filter((t) => t.start < end).map((t) => t.surface).join(''));
}

// ---------------------------------------------------------------- catalog

function catalogCandidates(text: string, catalog: Catalog): Candidate[] {
  const key = foldText(text).toLowerCase();
  const out: Candidate[] = [];
  for (const e of catalog.entities) {
    const names = new Set<string>();
    for (const n of [e.names.ja, e.names.zh, e.names.en, ...(e.aliases ?? [])]) if (n && n.trim()) names.add(matchKey(n));
    for (const name of names) {
      const latinEdges = /^[a-z0-9]/.test(name) || /[a-z0-9]$/.test(name);
      for (let at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (latinEdges && (/[a-z0-9]/.test(key[at - 1] ?? '') || /[a-z0-9]/.test(key[end] ?? ''))) continue;
        out.push({ start: at, end, type: e.type, source: 'catalog', generic: false, catalogId: e.id });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- CJK

const TYPE_BY_LAST = new Map<string, typeof CJK_TYPE_INDEX>();
for (const w of CJK_TYPE_INDEX) {
  const last = w.text[w.text.length - 1];
  const list = TYPE_BY_LAST.get(last) ?? [];
  list.push(w);
  TYPE_BY_LAST.set(last, list);
}

function cjkCandidates(ctx: Ctx, pStart: number, pEnd: number, japanese: boolean): Candidate[] {
  const { folded } = ctx;
  const out: Candidate[] = [];
  for (let i = pStart; i < pEnd; i++) {
    const list = TYPE_BY_LAST.get(folded[i]);
    if (!list) continue;
    const end = i + 1;
    const head = list.find((w) => end - w.text.length >= pStart && folded.startsWith(w.text, end - w.text.length));
    if (!head) continue;
    const headStart = end - head.text.length;
    // A non-zone type word must end its noun phrase: 中心 in 交流中心協会, 大学 in 大学科技园 are not heads.
    if (head.type !== 'zone' && continuesNoun(ctx, end, pEnd, japanese)) continue;
    // Japanese: the type word must start on a token boundary (not 中心 inside 中心部).
    if (japanese && isHan(folded[end] ?? '') && !ctx.tokensByStart.has(end)) continue; // 基金会|長 inside 会長
    let start = japanese ? extendJapanese(ctx, headStart, pStart) : extendChinese(ctx, headStart, pStart);
    const quantified = FOLDED_QUANTIFIERS.some((q) => folded.startsWith(q, start) && start + q.length < headStart);
    start = stripLeading(ctx, start, headStart);
    const name = ctx.text.slice(start, end);
    const reading = readName(name);
    const namePart = folded.slice(start, headStart);
    const oneCommonKanji = japanese && namePart.length === 1 && !ctx.tokensByStart.get(start)?.unknown && ctx.tokensByStart.get(start)?.posDetail !== '固有名詞';
    const generic = start === headStart || quantified || oneCommonKanji || reading.generic || /^\P{L}*$/u.test(namePart);
    out.push({ start, end, type: head.type, source: 'pattern', generic, hasName: start < headStart });
  }
  return out;
}

/** Does a noun continue right after `end`, making the type word before it a modifier? */
function continuesNoun(ctx: Ctx, end: number, pEnd: number, japanese: boolean): boolean {
  if (end >= pEnd) return false;
  const next = ctx.folded[end];
  if (japanese) {
    const t = ctx.tokensByStart.get(end);
    if (!t) return false;
    if (t.pos !== '名詞') return false;
    if (t.posDetail === '非自立' || t.posDetail === '副詞可能' || t.posDetail === '代名詞') return false;
    return !(TITLES.includes(foldText(t.surface)) || t.surface.startsWith('副'));
  }
  if (!isHan(next)) return false;
  return startsTypeWord(ctx.folded, end);
}

// titles after an organisation (…大学学長) do not make it a modifier
const TITLES = ['長', '学長', '会長', '社長', '理事', '副', '主席', '書記', '院長', '所長', '主任', '総裁', '取締役', '行長', '校長', '局長', '部長', '代表', '総経理', '董事', '執行', '秘書', 'CEO'].map(foldText);

function startsTypeWord(folded: string, at: number): boolean {
  return CJK_TYPE_INDEX.some((w) => folded.startsWith(w.text, at));
}

function extendJapanese(ctx: Ctx, headStart: number, pStart: number): number {
  const { folded } = ctx;
  let pos = headStart;
  while (pos > pStart && headStart - pos < MAX_JA_NAME) {
    const prev = folded[pos - 1];
    if (prev === ')' || prev === '・' || /[A-Za-z0-9]/.test(prev)) {
      if (prev === '・' && !(pos === headStart && isKana(folded[pos]) && isKana(folded[pos - 2] ?? '')) && !properAround(ctx, pos)) break;
      const special = extendSpecial(ctx, pos, headStart, pStart, true);
      if (special === undefined) break;
      pos = special;
      continue;
    }
    const t = ctx.tokensByEnd.get(pos);
    if (t && t.start >= pStart) {
      if (!isNameToken(t) && !isNamePrefixChar(ctx, t)) break;
      pos = t.start;
      continue;
    }
    // inside a token (a type word that started mid-token, 大湾|区): take the rest of that token
    if (pos === headStart && (isHan(prev) || isKana(prev))) {
      let k = pos - 1;
      while (k > pStart && !ctx.tokensByStart.has(k) && (isHan(folded[k - 1]) || isKana(folded[k - 1]))) k--;
      const owner = ctx.tokensByStart.get(k);
      if (owner && isNameToken(owner)) {
        pos = k;
        continue;
      }
    }
    break;
  }
  // adjectival nouns do not start a name (有名大学)
  for (let t = ctx.tokensByStart.get(pos); t && t.end <= headStart && t.posDetail === '形容動詞語幹'; t = ctx.tokensByStart.get(pos)) pos = t.end;
  // a comma inside a word (臨,床) means the text is broken here: no name
  if (pos > pStart + 1 && folded[pos - 1] === ',' && isHan(folded[pos - 2])) return headStart;
  return pos;
}

const KANJI_NUMBER = /^[一二三四五六七八九十百千万億]+$/u;

/**
 * A one-kanji token kuromoji read as something else, right before a proper-noun
 * fragment (a place split into an adjective and an unknown kanji, or a company
 * that starts with a numeral kanji): part of the name.
 */
function isNamePrefixChar(ctx: Ctx, t: JapaneseToken): boolean {
  if (t.surface.length !== 1 || !isHan(t.surface)) return false;
  const right = ctx.tokensByStart.get(t.end);
  if (!right) return false;
  const before = ctx.folded[t.start - 1] ?? '';
  if (/[0-9]/.test(before) || KANJI_NUMBER.test(before)) return false;
  if (t.posDetail === '数' && KANJI_NUMBER.test(t.surface)) return right.surface.length === 1 && right.pos === '名詞' && !COUNTER_SUFFIXES.has(right.surface);
  return right.surface.length === 1 && (right.unknown || right.posDetail === '固有名詞') && t.pos !== '助詞' && t.pos !== '助動詞';
}

function isNameToken(t: JapaneseToken): boolean {
  if (JA_LEFT_STOP_SURFACES.has(t.surface)) return false;
  if (/[0-9０-９]/.test(t.surface)) return false;
  if (!/[\u3040-\u30ff\u3400-\u9fffA-Za-z]/u.test(t.surface)) return false;
  if (t.pos === '名詞') {
    if (['非自立', '代名詞', '副詞可能', '数', '接続詞的', '動詞非自立的'].includes(t.posDetail)) return false;
    if (t.posDetail === '接尾' && COUNTER_SUFFIXES.has(t.surface)) return false;
    return true;
  }
  if (t.pos === '接頭詞') return true;
  if (t.unknown && /^[\u3400-\u9fff\u30a0-\u30ff]+$/u.test(t.surface)) return true;
  return false;
}

function extendChinese(ctx: Ctx, headStart: number, pStart: number): number {
  const { folded } = ctx;
  let pos = headStart;
  while (pos > pStart && headStart - pos < MAX_CJK_NAME) {
    const ch = folded[pos - 1];
    if (isHan(ch)) {
      // the Intl.Segmenter word that ends here (one character when there is no boundary data)
      let ws = pos - 1;
      if (ctx.boundaries) while (ws > pStart && !ctx.boundaries.has(ws) && isHan(folded[ws - 1])) ws--;
      const word = folded.slice(ws, pos);
      if (isStopWord(folded, ws, pos, pStart, word)) break;
      pos = ws;
      continue;
    }
    const special = extendSpecial(ctx, pos, headStart, pStart, false);
    if (special === undefined) break;
    pos = special;
  }
  return pos;
}

const STOP_SET = new Set(FOLDED_STOPS);
// characters that end a function word or a verb phrase: 一年, 也是, 谈到, 年度
const STOP_LAST_CHARS = new Set([...'年度到是在的了和与及为以将由向从对把被让给于着过等后兼至驻自赴往也都又还并且或而即'].map(foldText));
// adverbs: the word after one is a verb (也希望, 都会)
const ADVERBS = new Set([...'也都还将已正再又更就才均仍亦'].map(foldText));

function isStopWord(folded: string, ws: number, pos: number, pStart: number, word: string): boolean {
  if (STOP_SET.has(word)) return true;
  if (STOP_LAST_CHARS.has(word[word.length - 1])) return true;
  if (/[不没]/u.test(word)) return true;
  // a stop word that ends here inside a longer segment (segmenter words are not always words)
  if (FOLDED_STOPS.some((w) => w.length > 1 && pos - w.length >= pStart && folded.startsWith(w, pos - w.length))) return true;
  if (ws > pStart && ADVERBS.has(folded[ws - 1]) && word.length >= 2) return true;
  return false;
}

/**
 * Steps over a parenthesised place (中日(青島)国際…), a Latin name part (中国Blue Ocean…,
 * CBDコアエリア) or a middle dot that joins two proper nouns (広東・広州). Returns the
 * new position or undefined.
 */
function extendSpecial(ctx: Ctx, pos: number, headStart: number, pStart: number, japanese: boolean): number | undefined {
  const { folded } = ctx;
  const prev = folded[pos - 1];
  if (prev === ')') {
    const open = folded.lastIndexOf('(', pos - 1);
    if (open < pStart || pos - 1 - open < 1 || pos - 1 - open > 8) return undefined;
    const inner = folded.slice(open + 1, pos - 1);
    if (!/^[\u3400-\u9fffA-Za-z0-9]+$/u.test(inner)) return undefined;
    const before = folded[open - 1] ?? '';
    if (!(isHan(before) || isKana(before) || /[A-Za-z]/.test(before))) return undefined;
    return open;
  }
  if (/[A-Za-z0-9]/.test(prev)) {
    // Latin words, each capitalised or an acronym, separated by single spaces
    let k = pos;
    let took = false;
    for (;;) {
      let s = k;
      while (s > pStart && /[A-Za-z0-9&'-]/.test(folded[s - 1])) s--;
      const word = folded.slice(s, k);
      if (!/^[A-Z][A-Za-z0-9&'-]*$/.test(word)) break;
      took = true;
      k = s;
      if (folded[k - 1] === ' ' && /[A-Za-z0-9]/.test(folded[k - 2] ?? '')) {
        k--;
        continue;
      }
      break;
    }
    if (!took) return undefined;
    if (folded[k] === ' ') k++;
    return k;
  }
  if (prev === '・' && japanese) {
    // モデルライン・プロジェクト, 広東・広州
    if (pos === headStart && isKana(folded[pos]) && isKana(folded[pos - 2] ?? '')) return pos - 1;
    if (properAround(ctx, pos)) return pos - 1;
  }
  return undefined;
}

function properAround(ctx: Ctx, pos: number): boolean {
  const right = ctx.tokensByStart.get(pos);
  const left = ctx.tokensByEnd.get(pos - 1);
  return !!right && !!left && right.posDetail === '固有名詞' && left.posDetail === '固有名詞';
}

/** Drops leading white space, punctuation and determiners (全国, 本, 主要 ...) from a name. */
function stripLeading(ctx: Ctx, start: number, headStart: number): number {
  const { folded } = ctx;
  for (;;) {
    while (start < headStart && /[\s・()]/.test(folded[start])) start++;
    const d = FOLDED_DETERMINERS.find((w) => start + w.length <= headStart && folded.startsWith(w, start));
    if (!d) break;
    start += d.length;
  }
  return start;
}

// ---------------------------------------------------------------- English

interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?(?:-[A-Za-z0-9]+)*|&/g;
const NON_NAME = EN_NON_NAME_WORDS;

function latinCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { text } = ctx;
  const slice = text.slice(pStart, pEnd);
  const runs: Word[][] = [];
  let run: Word[] = [];
  let lastEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const w = { start: pStart + m.index, end: pStart + m.index + m[0].length, text: m[0] };
    const gap = lastEnd < 0 ? '' : text.slice(lastEnd, w.start);
    if (run.length && !/^ {1,2}$/.test(gap)) {
      runs.push(run);
      run = [];
    }
    run.push(w);
    lastEnd = w.end;
  }
  if (run.length) runs.push(run);
  const out: Candidate[] = [];
  for (const r of runs) out.push(...runCandidates(r));
  return out;
}

const isCap = (w: string): boolean => /^[A-Z]/.test(w);
const isAcr = (w: string): boolean => /^[A-Z][A-Z0-9]{1,5}$/.test(w);

function runCandidates(run: Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let end = run.length; end > 0; end--) {
    const head = EN_TYPE_INDEX.find((w) => {
      const s = end - w.words.length;
      return s >= 0 && w.words.every((x, k) => x === run[s + k].text);
    });
    if (!head) continue;
    const hs = end - head.words.length;
    const lowerHead = !isCap(head.words[0]);
    // "core area" only after an acronym (CTD core area) or as "the core area"
    if (lowerHead && !(hs > 0 && isAcr(run[hs - 1].text)) && !(hs > 0 && /^the$/i.test(run[hs - 1].text))) continue;
    const next = run[end]?.text;
    let stop = end;
    if (next === 'of') {
      // head with a complement: Academy of Materials, Committee of X Zone
      let k = end + 1;
      if (run[k]?.text === 'the') k++;
      let last = -1;
      while (k < run.length && (isCap(run[k].text) || ((run[k].text === 'and' || run[k].text === '&') && run[k + 1] && isCap(run[k + 1].text)))) {
        if (isCap(run[k].text)) last = k;
        k++;
      }
      if (last >= 0) stop = last + 1;
    } else if (head.type !== 'zone' && next && isCap(next) && !/^(Co|Ltd|Inc)/.test(next)) {
      continue; // University in "University Science Park" is not a head
    }
    // extend left over capitalised words (and "and" inside them)
    let s = hs;
    while (s > 0 && hs - s < MAX_EN_NAME_WORDS) {
      const w = run[s - 1].text;
      if (isCap(w) && !NON_NAME.has(w)) {
        s--;
        continue;
      }
      if ((w === 'and' || w === '&') && s - 2 >= 0 && isCap(run[s - 2].text) && !NON_NAME.has(run[s - 2].text)) {
        s -= 2;
        continue;
      }
      break;
    }
    const start = run[s].start;
    const stopAt = run[stop - 1].end;
    const nameWords = run.slice(s, hs).map((w) => w.text);
    const tail = run.slice(end, stop).map((w) => w.text);
    const reading = readName(run.slice(s, stop).map((w) => w.text).join(' '));
    const generic = (nameWords.length === 0 && tail.length === 0) || reading.generic;
    out.push({ start, end: stopAt, type: head.type, source: 'pattern', generic, hasName: nameWords.length + tail.length > 0 });
    end = hs + 1; // continue left of this head
  }
  return out;
}

// ---------------------------------------------------------------- acronyms (CTD)

function acronymCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const out: Candidate[] = [];
  const re = /[A-Z]{2,5}/g;
  const slice = ctx.folded.slice(pStart, pEnd);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = pStart + m.index;
    const end = start + m[0].length;
    if (!ZONE_ACRONYMS.has(m[0])) continue;
    if (/[A-Za-z]/.test(ctx.folded[start - 1] ?? '') || /[A-Za-z]/.test(ctx.folded[end] ?? '')) continue;
    out.push({ start, end, type: 'zone', source: 'pattern', generic: false, acronym: true });
  }
  return out;
}

// ---------------------------------------------------------------- overlaps, aliases, short forms

function resolveOverlaps(cands: Candidate[]): Candidate[] {
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
      const nestedSameEnd = c.end === k.end && c.start > k.start && c.type === k.type; // 高新区 inside 福州高新区
      const acronymInside = c.acronym === true && c.start >= k.start && c.end <= k.end;
      if (same || crossing || nestedSameEnd || acronymInside) {
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
  return c.source === 'catalog' ? 0 : c.generic ? 2 : 1;
}

function assignLocalIds(cands: Candidate[], text: string): EntityMention[] {
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
  //    Compared once per distinct name (step 1 joined the repeats): pairs of every
  //    mention made a long document quadratic in its mentions.
  const distinct = [...byKey.values()];
  const readings = new Map<number, ReturnType<typeof readName>>();
  const reading = (i: number) => readings.get(i) ?? readings.set(i, readName(text.slice(full[i].start, full[i].end))).get(i)!;
  for (const i of distinct) {
    for (const j of distinct) {
      if (i === j || full[i].type !== full[j].type || find(i) === find(j)) continue;
      const a = keyOf[i];
      const b = keyOf[j];
      if (a.length <= b.length) continue;
      const latin = /^[a-z0-9 '&.-]+$/.test(a) || /^[a-z0-9 '&.-]+$/.test(b);
      if (latin) continue;
      const ra = reading(i);
      const rb = reading(j);
      if (ra.cls !== rb.cls) continue;
      const qualified = a.endsWith(b) && b.length >= 3 && !rb.generic;
      const sibling = stripHead(a) === stripHead(b) && stripHead(b).length >= 2;
      const abbreviation = a.slice(0, 2) === b.slice(0, 2) && isSubsequence(b, a) && headOf(a) === headOf(b) && b.length >= 4;
      if (qualified || sibling || abbreviation) union(i, j);
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
  for (const c of cands) {
    if (!c.generic || !c.hasName) continue;
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
  const fullMentions = new Map<string, { m: EntityMention; key: string }[]>();
  for (const m of mentions) {
    const key = foldText(m.text).replace(/[\s・]/g, '').toLowerCase();
    const bucket = `${m.type}|${key.slice(-1)}`;
    fullMentions.get(bucket)?.push({ m, key }) ?? fullMentions.set(bucket, [{ m, key }]);
  }
  for (const c of cands) {
    if (!c.generic || glossed.has(c)) continue;
    const k = foldText(text.slice(c.start, c.end)).replace(/[\s・]/g, '').toLowerCase().replace(/^the/, '');
    let best: EntityMention | undefined;
    let bestDistance = Infinity;
    for (const { m, key: mk } of fullMentions.get(`${c.type}|${k.slice(-1)}`) ?? []) {
      if (mk === k || !mk.endsWith(k)) continue;
      if (m.start <= c.start && m.end >= c.end) continue; // inside it
      const distance = m.start < c.start ? c.start - m.start : (m.start - c.start) * 4; // prefer an antecedent
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    if (!best) continue;
    // a bare type word stands for a zone only (科技城, 新区, the core area), never for 政府 or プロジェクト
    if (c.type !== 'zone' && !c.hasName) continue;
    let start = c.start;
    if (/^the /i.test(text.slice(start, start + 4))) start += 4;
    mentions.push({ start, end: c.end, text: text.slice(start, c.end), type: c.type, id: best.id, source: 'shortForm' });
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
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

// ---------------------------------------------------------------- which text needs tokens

let typeWordPattern: RegExp | undefined;

/**
 * Whether a stretch of CJK text may hold an entity that recognition needs kuromoji
 * tokens for: it contains a type word (科技城, 実験室, センター …). Text without one is
 * never tokenised, which saves most of kuromoji's work on a release.
 */
export function mayContainCjkEntity(text: string): boolean {
  typeWordPattern ??= new RegExp(
    [...new Set(CJK_TYPE_INDEX.map((w) => w.text))]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'u',
  );
  return typeWordPattern.test(foldText(text));
}
