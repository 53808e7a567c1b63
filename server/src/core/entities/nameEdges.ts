import { foldText, isHan, isKana } from './fold';
import { GLOSSARY, ZH_LEFT_STOPS } from './lexicon';
import { CJK_TYPE_INDEX } from './reading';
import type { Ctx } from './candidate';
import { ZH_MORE_LEFT_STOPS } from './zhStops';

// Where a Chinese name starts, going left from its type word over Intl.Segmenter words
// (stop words, numerals, verbs end it), and the special parts both languages step over:
// a parenthesised place, Latin words, a middle dot, a short quoted part.

const MAX_CJK_NAME = 22;
const FOLDED_STOPS = [...new Set([...ZH_LEFT_STOPS, ...ZH_MORE_LEFT_STOPS].map(foldText))].sort((a, b) => b.length - a.length);

/**
 * A short quoted part inside a name (日中「X」友好協会, 青岚“X”研究院): where it
 * opens, when a name word stands right before the quote. Undefined otherwise.
 */
export function quotedPartStart(folded: string, pos: number, pStart: number): number | undefined {
  const close = folded[pos - 1];
  const open = close === '」' ? '「' : close === '”' ? '“' : undefined;
  if (!open) return undefined;
  const at = folded.lastIndexOf(open, pos - 2);
  if (at <= pStart || pos - at > 10) return undefined;
  const inner = folded.slice(at + 1, pos - 1);
  if (!/^[\u3400-\u9fff\u30a0-\u30ff]{2,8}$/u.test(inner)) return undefined;
  return isHan(folded[at - 1]) || /[\u30a0-\u30ff]/u.test(folded[at - 1]) ? at : undefined;
}

export function extendChinese(ctx: Ctx, headStart: number, pStart: number): number {
  const { folded } = ctx;
  let pos = headStart;
  while (pos > pStart && headStart - pos < MAX_CJK_NAME) {
    const ch = folded[pos - 1];
    const quoted = quotedPartStart(folded, pos, pStart);
    // only inside a name: a stop word before the quote leaves the quote out (在“X”实验室)
    if (quoted !== undefined && !STOP_SET.has(folded[quoted - 1])) {
      pos = quoted;
      continue;
    }
    // a type word inside a name is part of it, whatever stop word it starts with (郑州经开区经济发展局, X自贸区管委会)
    // (right before the head too: X自由贸易试验区管委会)
    const inner = TYPE_WORDS_BY_LAST.get(ch)?.find((w) => pos - w.length >= pStart && folded.startsWith(w, pos - w.length));
    if (inner) {
      pos -= inner.length;
      continue;
    }
    if (isHan(ch)) {
      // the Intl.Segmenter word that ends here (one character when there is no boundary data)
      let ws = pos - 1;
      if (ctx.boundaries) while (ws > pStart && !ctx.boundaries.has(ws) && isHan(folded[ws - 1])) ws--;
      const word = folded.slice(ws, pos);
      // 地方 (local) makes a kind of body right before its head (地方政府); further left it is a word of a name (X地方发展合作示范区)
      if (isStopWord(folded, ws, pos, pStart, word) && !(word === '地方' && pos < headStart)) {
        // a position or numeral character before a character the segmenter could not join to a word starts the name (中垣村-style, 两滨-style)
        if (pos < headStart && nameInitial(ctx, ws, pos, pStart)) {
          pos = ws;
          continue;
        }
        // two fields joined by 与/及/和 name one body (环保与健康产业基地, 发展和改革委员会)
        const joined = pos < headStart && /^[与及和]$/u.test(word) ? fieldBefore(folded, ws, pStart) : undefined;
        if (joined === undefined) break;
        pos = joined;
        continue;
      }
      // 和 that the segmenter joined to the next name's first character, after a name with its type word (X高新区|和洋|浦保税区): two names
      if (/^[与及和]/u.test(word) && endsWithTypeWord(folded, ws)) {
        pos = ws + 1;
        break;
      }
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
const ZONE_TYPE_WORDS = CJK_TYPE_INDEX.filter((w) => w.type === 'zone' && w.text.length >= 2 && /^[\u3400-\u9fff]+$/u.test(w.text)).map((w) => w.text);
const endsWithTypeWord = (folded: string, end: number): boolean => ZONE_TYPE_WORDS.some((w) => folded.startsWith(w, end - w.length));
// type words of two characters or more that start with a stop character (经开区, 自贸区, 中心), by last character
const TYPE_WORDS_BY_LAST = new Map<string, string[]>();
for (const w of CJK_TYPE_INDEX) {
  if (w.text.length < 2 || !STOP_SET.has(w.text[0]) || !/^[\u3400-\u9fff]+$/u.test(w.text)) continue;
  const last = w.text[w.text.length - 1];
  TYPE_WORDS_BY_LAST.set(last, [...(TYPE_WORDS_BY_LAST.get(last) ?? []), w.text]);
}
// position and numeral characters that also begin names (中垣村, 上X, 两滨新区 style)
const NAME_INITIALS = new Set([...'中上下东西南北两三'].map(foldText));
// what follows a numeral or position word when it is one: a classifier, a period (两个, 三期, 上半年)
const NOT_A_NAME_AFTER = new Set([...'个间处家座批项大类种期号栋条次名位届年月日元亿万千百半层方里午述地者岸国'].map(foldText));

/** A lone position or numeral character (the segmenter's word) before a lone character of the name, in a run of Han text. */
function nameInitial(ctx: Ctx, ws: number, pos: number, pStart: number): boolean {
  const { folded } = ctx;
  if (pos - ws !== 1 || !NAME_INITIALS.has(folded[ws])) return false;
  const next = folded[pos];
  if (!isHan(next) || NOT_A_NAME_AFTER.has(next) || STOP_SET.has(next)) return false;
  // the character after it is a word of one character (the segmenter did not know the name)
  if (ctx.boundaries && !ctx.boundaries.has(pos + 1)) return false;
  // nothing before it but a boundary of the name: punctuation, a stop word, the paragraph start
  return ws === pStart || !isHan(folded[ws - 1]) || STOP_SET.has(folded[ws - 1]) || (ctx.boundaries?.has(ws) ?? true);
}

const FIELD_WORDS = [...new Set(GLOSSARY.map(([w]) => foldText(w)).filter((w) => w.length >= 2 && /^[\u3400-\u9fff]+$/u.test(w)))].sort((a, b) => b.length - a.length);

/** Where one or two field words end at `end` (环保, 智能制造), joined by 与 to the name: the new start, or undefined. */
function fieldBefore(folded: string, end: number, pStart: number): number | undefined {
  let at = end;
  for (let n = 0; n < 2; n++) {
    const w = FIELD_WORDS.find((f) => at - f.length >= pStart && folded.startsWith(f, at - f.length));
    if (!w) break;
    at -= w.length;
  }
  if (at === end || end - at < 2) return undefined;
  return at;
}
// characters that end a function word or a verb phrase: 一年, 也是, 谈到, 年度
const STOP_LAST_CHARS = new Set([...'年度到是在的了和与及为以将由向从对把被让给于着过等后兼至驻自赴往也都又还并且或而即有'].map(foldText));
// adverbs: the word after one is a verb (也希望, 都会)
const ADVERBS = new Set([...'也都还将已正再又更就才均仍亦'].map(foldText));

// numerals, quantities and amounts never start a name (两个项目, 五大产业园, 百亿项目)
// (and places counted: 两地, 三省; ranks: 500强)
// (and events and some: 三场项目, 一些项目; 了 the segmenter glued to a numeral: 举办了三|场)
const NUMERIC_WORD = /^(?:了?[0-9零一二两三四五六七八九十百千万亿几数多每首]+[个间处家座批项大类种元亿万级地国省市县方强场些]*|[亿万]元.*)$/u;

/** A segmenter word of two characters or more ending in 都 is a city (X都), not the adverb after another (也都, 全都). */
const cityEndingInDu = (word: string): boolean => word.length >= 2 && word.endsWith('都') && !ADVERBS.has(word[0]) && word[0] !== '全';

function isStopWord(folded: string, ws: number, pos: number, pStart: number, word: string): boolean {
  // 日 is a date after a number (26日), a name's first character after other words (龙头日月光集团, 前往日照)
  if (word === '日' && ws > pStart && isHan(folded[ws - 1]) && !/[0-9一二三四五六七八九十今昨明次当每同本近连节假月号]/u.test(folded[ws - 1])) return false;
  if (STOP_SET.has(word)) return true;
  // a rank after its number (500 强X项目)
  if (word[0] === '强' && /[0-9十百千]\s?$/u.test(folded.slice(Math.max(pStart, ws - 3), ws))) return true;
  // (零 in 零部件, 零配件, 零售, 零碳 and 万 in 万亩 are no numerals)
  const notNumeral = /^零(?:部件|配件|售|碳)/u.test(folded.slice(ws, ws + 3)) || (/^万亩/u.test(folded.slice(ws, ws + 2)) && !/[0-9.一二三四五六七八九十百千两几数]/u.test(folded[ws - 1] ?? ''));
  if (NUMERIC_WORD.test(word) && !notNumeral) return true;
  if (STOP_LAST_CHARS.has(word[word.length - 1]) && !cityEndingInDu(word)) return true;
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
export function extendSpecial(ctx: Ctx, pos: number, headStart: number, pStart: number, japanese: boolean): number | undefined {
  const { folded } = ctx;
  const prev = folded[pos - 1];
  if (prev === ')') {
    const open = folded.lastIndexOf('(', pos - 1);
    if (open < pStart || pos - 1 - open < 1 || pos - 1 - open > 8) return undefined;
    const inner = folded.slice(open + 1, pos - 1);
    if (!/^[\u3400-\u9fffA-Za-z0-9]+$/u.test(inner)) return undefined;
    // a reporter's or photographer's credit, not a place in the name: (记者X), (通讯员X)
    if (/^(?:记者|通讯员|摄影|图)/u.test(inner)) return undefined;
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
  // a middle dot between two Han names in Chinese (长城·公爵 style brand names), and a hyphen joining two partners (甲-乙联合研究院)
  // (not after a count of projects: 342个项目·X产业园)
  if ((prev === '·' || prev === '・' || prev === '-' || prev === '–') && !japanese && isHan(folded[pos] ?? '') && isHan(folded[pos - 2] ?? '') && !/(?:项目|工程)$/u.test(folded.slice(pos - 3, pos - 1))) return pos - 1;
  if ((prev === '・' || prev === '·') && japanese) {
    // モデルライン・プロジェクト, 広東・広州
    if (pos === headStart && isKana(folded[pos]) && isKana(folded[pos - 2] ?? '')) return pos - 1;
    // a katakana name of several words before its head (クリエーティブ・インダストリー・パーク): katakana runs to the head
    if (katakanaTo(folded, pos, headStart) && /[\u30a1-\u30fa\u30fc]/u.test(folded[pos - 2] ?? '')) return pos - 1;
    if (properAround(ctx, pos) || fieldsJoined(ctx, pos, headStart)) return pos - 1;
  }
  return undefined;
}

/**
 * Japanese: two fields joined by a middle dot inside one name (X大学化学・材料研究所,
 * X科学技術·イノベーションセンター): a noun before the dot with more of the name before it,
 * and after the dot only common words up to the type word, which are no name of their own
 * (after a proper noun the dot may join two names, which properAround decides).
 */
export function fieldsJoined(ctx: Ctx, pos: number, headStart: number): boolean {
  const left = ctx.tokensByEnd.get(pos - 1);
  if (!left || left.pos !== '名詞' || left.unknown || left.posDetail === '数' || left.posDetail === '固有名詞' || !/^[\u3400-\u9fff\u30a0-\u30ff]{2,}$/u.test(left.surface)) return false;
  // the name goes on before the first field (X大学|化学・材料研究所): two fields alone make a kind of thing (製造・包装工場)
  const before = ctx.tokensByEnd.get(left.start);
  if (!before || before.pos !== '名詞' || ['数', '非自立', '代名詞', '副詞可能', '接尾'].includes(before.posDetail)) return false;
  let words = 0;
  for (let at = pos; at < headStart; words++) {
    const t = ctx.tokensByStart.get(at);
    if (!t || t.end > headStart || t.unknown || t.pos !== '名詞' || ['固有名詞', '数', '接尾'].includes(t.posDetail) || words >= 3) return false;
    at = t.end;
  }
  // the type word itself must begin right after the dot or after those words (not a Latin or a numeral part)
  return /[\u3400-\u9fff\u30a0-\u30ff]/u.test(ctx.folded[pos] ?? '');
}

/** Only katakana (and middle dots) from `pos` up to the head word, which starts with katakana too. */
export function katakanaTo(folded: string, pos: number, headStart: number): boolean {
  return headStart >= pos && /^[\u30a1-\u30fa\u30fc・]*$/u.test(folded.slice(pos, headStart)) && /[\u30a1-\u30fa]/u.test(folded[headStart] ?? '');
}

export function properAround(ctx: Ctx, pos: number): boolean {
  const right = ctx.tokensByStart.get(pos);
  const left = ctx.tokensByEnd.get(pos - 1);
  return !!right && !!left && right.posDetail === '固有名詞' && left.posDetail === '固有名詞';
}
