import type { JapaneseToken } from '../text/japaneseTokenizer';
import type { EntityType } from '../types';
import { foldText, isKana } from './fold';
import { isNameToken, typeOf } from './cjk';
import { cjkHead, readName } from './reading';
import type { Candidate, Ctx } from './candidate';

// Japanese names that carry no type word of the head-word tables, found by how Japanese
// releases write them: a company with its seat in parentheses (X(東京都港区)), a company
// word after the name (…工業, …製薬), quoted names counted as companies (「A」と「B」の2社),
// and a quoted name after the noun that says what it is (物流施設「X」).

/** Words that end a company's name after its proper part (アサギリ製薬, ソラノ硝子, 山辺技研). */
const COMPANY_TAILS = new Set(['製作所', '製薬', '化成', '硝子', '技研', '電機', '電工', '商事', '物産', '重工', '重工業', '精機', '精工', '興産', '製鋼', '製紙', '薬品', '工務店', '製鉄', '電装', 'ジャパン']);
/** Field words that end company names too, but more often a phrase (ハイテク産業): after a proper noun only (青晃工業, 日本ミナトギア工業). */
const FIELD_TAILS = new Set(['工業', '化学', '化学工業', '建設', '不動産', '証券', '電気', '通信', '産業', '機械', '電子']);

/** Words after which a parenthesised note gives a seat, not a place name (本社:東京都…). */
const SEAT_LABELS = /^(?:本社|本店|所在地)[:：]?/u;
/** A note naming the company's head (X(山田太郎社長), X(社長:山田太郎)): only a company has one. */
const COMPANY_HEAD_NOTE = /^(?:[\u3400-\u9fff\u30a0-\u30ff・ ]{2,12}(?:社長|代表取締役|代表取締役社長)|(?:社長|代表取締役社長|代表取締役)[:：\s][^)]{2,16})$/u;
/** Labels that only a company's seat has. */
const COMPANY_SEAT = /^(?:本社|本店)/u;
/** The nouns that end facilities and places, not companies (新工場(…), 岩国市(山口県)). */
const NOT_COMPANY_LAST = /(?:工場|拠点|本社|施設|倉庫|事業所|支店|支社|営業所|団地|空港|駅|港|[都道府県市区町村郡島])$/u;

/** A name token that may be a company's: katakana, Latin, unknown to kuromoji, or a proper noun that is not a place or person alone. */
function distinctive(t: JapaneseToken): boolean {
  if (t.unknown) return true;
  if (/^[\u30a0-\u30ffA-Za-z][\u30a0-\u30ffA-Za-z&・ー-]*$/u.test(t.surface)) return true;
  return t.posDetail === '固有名詞' && t.posDetail2 !== '地域';
}

/** The name tokens that end at `end`, at most `most` of them, stopping at anything that cannot be in a name. */
function nameRunBefore(ctx: Ctx, end: number, pStart: number, most: number): JapaneseToken[] {
  const run: JapaneseToken[] = [];
  for (let t = ctx.tokensByEnd.get(end); t && t.start >= pStart && run.length < most; t = ctx.tokensByEnd.get(t.start)) {
    if (!isNameToken(t) && !/^[A-Za-z][A-Za-z0-9&-]*$/.test(t.surface)) break;
    if (t.pos === '接頭詞') break;
    run.unshift(t);
  }
  return run;
}

function isSeat(ctx: Ctx, open: number, pEnd: number): boolean {
  const close = ctx.folded.indexOf(')', open);
  if (close < 0 || close > pEnd || close - open > 40) return false;
  const inner = ctx.folded.slice(open + 1, close);
  if (SEAT_LABELS.test(inner) || COMPANY_HEAD_NOTE.test(ctx.text.slice(open + 1, close))) return true;
  // (同): the same place as the company before
  if (/^同(?:$|[、,・])/u.test(inner)) return true;
  const first = ctx.tokensByStart.get(open + 1);
  if (!first || first.posDetail2 !== '地域') return false;
  // a place (東京, 山口県岩国市, 東京・千代田): place words only, up to a comma or the end
  const place = inner.split(/[、,]/u)[0];
  return /^[\u3400-\u9fff\u30a0-\u30ff・]{2,12}$/u.test(place);
}

export function japaneseCompanyCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { folded } = ctx;
  const out: Candidate[] = [];
  for (let i = pStart; i < pEnd; i++) {
    // a company and its seat: ミズホシ(東京), トモエ環境プラント(本社:東京都品川区)
    if (folded[i] === '(' && i > pStart && isSeat(ctx, i, pEnd)) {
      const run = nameRunBefore(ctx, i, pStart, 5);
      // with a label (本社:…) the note is surely a company's seat, whatever word ends the name (…環境プラント)
      const labelled = COMPANY_SEAT.test(ctx.folded.slice(i + 1, i + 4)) || COMPANY_HEAD_NOTE.test(ctx.text.slice(i + 1, ctx.folded.indexOf(')', i)));
      // a name the note repeats is a place or a site named for its place (X(X市…)), not a company
      const repeated = run.length > 0 && ctx.folded.startsWith(ctx.folded.slice(run[0].start, i), i + 1);
      // a note naming the company's head (X(山田太郎社長)) makes a name of common words a company's too (X機能研究所)
      const headNote = COMPANY_HEAD_NOTE.test(ctx.text.slice(i + 1, ctx.folded.indexOf(')', i)));
      if (run.length && !repeated && (run.some(distinctive) || headNote) && !NOT_COMPANY_LAST.test(run[run.length - 1].surface) && (labelled || !cjkHead(foldText(run.map((t) => t.surface).join('')))) && !run.every((t) => t.posDetail2 === '人名')) {
        out.push({ ...org(run[0].start, i), acronym: !labelled, seat: labelled });
      }
    }
    // a company word after a proper part: 青晃工業, 日本ミナトギア工業
    const tail = ctx.tokensByStart.get(i);
    if (tail && (COMPANY_TAILS.has(tail.surface) || FIELD_TAILS.has(tail.surface)) && !continuesNoun(ctx, tail.end)) {
      const run = nameRunBefore(ctx, tail.start, pStart, 3);
      // a Latin name right before the word (kuromoji leaves Latin untokenised): ABCジャパン, XYZ化成
      const latin = /[A-Za-z][A-Za-z0-9&-]*$/.exec(ctx.text.slice(Math.max(pStart, tail.start - 24), tail.start));
      if (latin && !FIELD_TAILS.has(tail.surface)) out.push(org(tail.start - latin[0].length, tail.end));
      else if (run.length && companyBody(run, tail.surface, FIELD_TAILS.has(tail.surface))) out.push(org(run[0].start, tail.end));
    }
    i = Math.max(i, (tail?.end ?? i + 1) - 1);
  }
  out.push(...countedQuotedCompanies(ctx, pStart, pEnd), ...appositiveQuotedNames(ctx, pStart, pEnd), ...describedCompanies(ctx, pStart, pEnd), ...quotedNamesWithPlace(ctx, pStart, pEnd));
  return out;
}

/**
 * The name before a company word: its last word a katakana word, an unknown one or a
 * proper noun that is not a place or a person (a surname alone makes a company only before
 * a word that is never a field: 山辺技研). After a field word the name needs a proper noun
 * that is no place on its own: 日本ミナトギア工業, not ハイテク産業 or 中国化学.
 */
function companyBody(run: JapaneseToken[], tail: string, field: boolean): boolean {
  const last = run[run.length - 1];
  const proper = (t: JapaneseToken) => t.unknown || t.posDetail === '固有名詞';
  if (field) {
    // the name starts with a proper noun (or a kanji word kuromoji does not know), not with a common word (文化コンテンツ産業)
    const first = run[0];
    const properStart = first.posDetail === '固有名詞' || (first.unknown && /^[\u3400-\u9fff]+$/u.test(first.surface));
    return properStart && (run.length >= 2 ? distinctive(last) || proper(last) : first.posDetail2 !== '地域');
  }
  // a place alone before 製作所 is a company's works (X製作所 in a city of that name); a surname alone makes a company (山辺技研)
  if (run.length === 1) return last.posDetail2 === '人名' || (last.posDetail2 === '地域' ? tail !== '製作所' : distinctive(last));
  return distinctive(last) || proper(last);
}

function continuesNoun(ctx: Ctx, end: number): boolean {
  const t = ctx.tokensByStart.get(end);
  return !!t && t.pos === '名詞' && !['接尾', '非自立', '副詞可能'].includes(t.posDetail) && !/^[社長]/u.test(t.surface);
}

const org = (start: number, end: number): Candidate => ({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });

const QUOTED = /「([^「」]{2,32})」/gu;

/** 「A」と「B」の2社, 「A」、「B」など3社: quoted names that the text then counts as companies. */
function countedQuotedCompanies(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.folded.slice(pStart, pEnd);
  const out: Candidate[] = [];
  let list: Candidate[] = [];
  let lastEnd = -1;
  QUOTED.lastIndex = 0;
  let afterKind = false;
  for (let m = QUOTED.exec(slice); m; m = QUOTED.exec(slice)) {
    const start = pStart + m.index;
    const gap = lastEnd < 0 ? '' : ctx.folded.slice(lastEnd, start);
    if (lastEnd >= 0 && !/^(?:、|,|と|および|及び|や)$/u.test(gap)) {
      if (afterKind && list.length >= 2) out.push(...list);
      list = [];
    }
    // a list of quoted names right after a kind of company (日系企業では「A」、「B」など): companies, counted or not
    if (list.length === 0) afterKind = KIND_BEFORE_LIST.test(ctx.text.slice(Math.max(pStart, start - 10), start));
    // the count says they are companies, whatever word ends the name (「X工業研究所」など4社): it outranks the type word, as a seat does
    if (plausibleName(m[1])) list.push({ ...org(start + 1, start + 1 + m[1].length), seat: true });
    lastEnd = start + m[0].length;
    if (/^(?:の|など|等|ほか|の計)?[0-9一二三四五六七八九十]+社/u.test(ctx.folded.slice(lastEnd, lastEnd + 8))) {
      out.push(...list);
      list = [];
    }
  }
  if (afterKind && list.length >= 2) out.push(...list);
  return out;
}

const KIND_BEFORE_LIST = /(?:企業|会社|メーカー|ベンチャー|スタートアップ)(?:では|として|には|は|も|が)?[、,]?$/u;

/** A quoted name is a name when it is kana, kanji or Latin with no sentence in it. */
function plausibleName(s: string): boolean {
  // spaces only between Latin words (inno-base TOKYO-X style names)
  const spaces = s.replace(/(?<=[A-Za-z0-9)）]) (?=[A-Za-z0-9])/g, '');
  return !/[、。,!?！？\s]|です|ます|ない/u.test(spaces) && /[\u30a0-\u30ffA-Za-z\u3400-\u9fff]/u.test(s);
}

/** The noun right before a quoted name says what it is: 物流施設「X」, スパコン「X」, 不動産会社「X」. */
const APPOSITIVE_TYPES: ReadonlyArray<readonly [RegExp, EntityType]> = [
  [/(?:施設|拠点|ビル|タワー|棟|センター|スパコン|スーパーコンピューター|プロジェクト|事業|計画|プログラム|施策|制度|ラボ|オフィス|ホール|モール|館|ブランド)$/u, 'project'],
  [/(?:団地|パーク|工業団地|産業団地|園区|特区)$/u, 'zone'],
  [/(?:会社|企業|メーカー|ベンチャー|スタートアップ)$/u, 'organization'],
];

const NAMING_NOUN = /(?:プロジェクト|施設|ブランド|スパコン|施策|制度)$/u;

function appositiveQuotedNames(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.text.slice(pStart, pEnd);
  const out: Candidate[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(slice); m; m = QUOTED.exec(slice)) {
    const open = pStart + m.index;
    const noun = ctx.tokensByEnd.get(open);
    if (!noun || noun.pos !== '名詞' || !plausibleName(m[1])) continue;
    const before = ctx.text.slice(Math.max(pStart, open - 12), open);
    const type = APPOSITIVE_TYPES.find(([re]) => re.test(before))?.[1];
    if (!type) continue;
    // the quoted text must not be a whole phrase of common words (「地域の活性化」)
    const start = open + 1;
    // a provisional name's 「(仮称)」 is no part of it (「新Xセンター(仮称)」)
    const name = m[1].replace(/[(（]仮称[)）]$/u, '');
    const end = start + name.length;
    // after a word that only names take (プロジェクト「X」, 施設「X」, ブランド「X」), a short name of common words is one too
    if (!hasProperPart(ctx, start, end) && !(NAMING_NOUN.test(before) && name.length <= 10)) continue;
    // a name that ends in a type word takes that word's type (「新テストセンター」 is a lab)
    const key = foldText(name);
    const head = cjkHead(key);
    const typed = head && head.text.length < key.length ? typeOf(head, key.slice(0, key.length - head.text.length), readName(name)) : type;
    out.push({ start, end, type: typed, source: 'pattern', generic: false, hasName: true });
  }
  return out;
}

/** Katakana, Latin, a digit, or a token kuromoji reads as a proper noun or does not know. */
function hasProperPart(ctx: Ctx, start: number, end: number): boolean {
  for (let pos = start; pos < end; ) {
    const t = ctx.tokensByStart.get(pos);
    if (!t) return /[A-Za-z0-9\u30a0-\u30ff]/u.test(ctx.folded.slice(pos, end));
    if (t.unknown || t.posDetail === '固有名詞' || /[A-Za-z0-9]/.test(t.surface) || (isKana(t.surface[0]) && /^[\u30a0-\u30ff]+$/u.test(t.surface))) return true;
    pos = t.end;
  }
  return false;
}

// What a company is or does, right before its katakana name: 不動産会社X, 産業ガス大手のX,
// 部品を製造・販売するX, 製造などを行う「X」.
const KIND_BEFORE = /(?:会社|企業|メーカー|大手|ベンチャー|スタートアップ|商社)の?$/u;
const KIND_WORD = /(?:メーカー|ベンチャー|スタートアップ|グループ|ファンド|パートナー|ベンダー|サプライヤー|ユーザー|メンバー|テナント)/u;
const BUSINESS_BEFORE = /(?:製造|販売|運営|開発|手がけ|手掛け|営む|展開)[^。、」]{0,6}(?:する|行う|手がける|手掛ける|営む)$/u;

function describedCompanies(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (let i = pStart + 2; i < pEnd; i++) {
    const quoted = text[i] === '「';
    const at = quoted ? i + 1 : i;
    if (!/[\u30a0-\u30ff]/u.test(text[at] ?? '') || (!quoted && /[\u30a0-\u30ff]/u.test(text[i - 1]))) continue;
    const before = text.slice(Math.max(pStart, i - 16), i);
    if (!KIND_BEFORE.test(before) && !BUSINESS_BEFORE.test(before)) continue;
    // the name: katakana words (with ・), a name kuromoji does not know or more than one word
    let end = at;
    let words = 0;
    let known = true;
    let places = 0;
    for (let t = ctx.tokensByStart.get(end); t && t.end <= pEnd && /^[\u30a0-\u30ff・]+$/u.test(t.surface); t = ctx.tokensByStart.get(end)) {
      end = t.end;
      words++;
      if (t.unknown || t.posDetail === '固有名詞') known = false;
      if (t.posDetail2 === '地域') places++;
    }
    // a country or place alone is where companies go (企業のベトナム進出), not a company
    if (places > 0 && places === words) continue;
    // the name is no kind word itself (大手スタートアップ, 企業メーカー)
    if (end - at < 3 || (known && words < 2) || text[end - 1] === '・' || KIND_WORD.test(text.slice(at, end))) continue;
    if (quoted && text[end] !== '」') continue;
    out.push(org(at, end));
    i = end;
  }
  return out;
}

/**
 * A quoted facility whose type word is followed by the place it is in (「Xラボ青葉台」-style
 * branch names): the whole quote is the name, typed by that word. The place is short and
 * has no kana particles in it.
 */
function quotedNamesWithPlace(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const out: Candidate[] = [];
  const slice = ctx.folded.slice(pStart, pEnd);
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(slice); m; m = QUOTED.exec(slice)) {
    const name = m[1];
    if (!plausibleName(name) || cjkHead(name)) continue;
    for (let k = name.length - 1; k >= name.length - 6 && k >= 3; k--) {
      const head = cjkHead(name.slice(0, k));
      const place = name.slice(k);
      if (!head || head.text.length < 2 || head.text.length >= k || /[\u3040-\u309f]/u.test(place) || !/^[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9]+$/u.test(place)) continue;
      const start = pStart + m.index + 1;
      out.push({ start, end: start + name.length, type: typeOf(head, name.slice(0, k - head.text.length), readName(name)), source: 'pattern', generic: false, hasName: true });
      break;
    }
  }
  return out;
}
