import type { EntityMention } from '../types';
import { foldText } from './fold';
import { CJK_TYPE_WORDS } from './typeWords';
import { extendJapanese } from './cjk';
import { extendChinese } from './nameEdges';
import type { Candidate, Ctx } from './candidate';

// Short names a Chinese or Japanese text defines for a name it has just given:
// X股份有限公司（以下简称“Y”）, X（简称Y）, X（以下「Y」という）, X（以下、Y）. The short
// name is then the same entity wherever it stands in the document (Latin acronyms:
// organizations.ts acronymMentions).

const DEFINITION = /^\s?[(（](?:以下)?(?:简称|簡稱|略称|以下)[:：、,，]?\s?[“"「『]?([^“”"「」『』()（）、,，。\s]{2,12}?)[”"」』]?(?:という|と略す|と称する)?[)）]/u;

// the shortest type words first: 新テック研究センター is 新センター
const SHORT_HEADS = [...new Set(CJK_TYPE_WORDS.map(([w]) => foldText(w)).filter((w) => w.length >= 2))].sort((a, b) => a.length - b.length);

export function cjkShortNameMentions(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const defined = new Map<string, EntityMention>();
  const out: EntityMention[] = [];
  const chinese = !/[\u3040-\u30ff]/u.test(text);
  for (const m of mentions) {
    if (m.source === 'shortForm') continue;
    const bare = chinese ? bareShortName(text, m) : undefined;
    if (bare) defined.set(bare, m);
    const d = DEFINITION.exec(text.slice(m.end, m.end + 40));
    // a short name has no hiragana (以下同じ is no name)
    if (!d || !/[\u30a0-\u30ff\u3400-\u9fff]/u.test(d[1]) || /[\u3040-\u309f]/u.test(d[1]) || d[1] === m.text) continue;
    defined.set(foldText(d[1]), m);
  }
  // a new facility named 新X…センター is 新センター later in the same text (新工場, 新ラボ)
  for (const m of mentions) {
    // 新 as a prefix of its own, before kana or Latin (not 新疆, 新加坡)
    if (m.source === 'shortForm' || m.text[0] !== '新' || /[\u3400-\u9fff]/u.test(m.text[1] ?? '')) continue;
    const folded = foldText(m.text);
    const head = SHORT_HEADS.find((w) => folded.endsWith(w) && folded.length > w.length + 1);
    if (!head) continue;
    const short = '新' + head;
    if (!defined.has(short)) defined.set(short, m);
  }
  if (!defined.size) return out;
  const taken = mentions.map((m) => [m.start, m.end] as const);
  const folded = foldText(text);
  for (const [name, def] of defined) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (taken.some(([s, e]) => s < end && at < e)) continue;
      out.push({ start: at, end, text: text.slice(at, end), type: def.type, id: def.id, source: 'pattern' });
    }
  }
  return out;
}

// Chinese: a short name in parentheses right after the name, made of its characters in order
// (南部科学园区（南科）, 国家发展委员会(国发会)): no 简称 needed, the characters say it.
const BARE = /^[(（]([\u3400-\u9fff]{2,5})[)）]/u;

function bareShortName(text: string, m: EntityMention): string | undefined {
  const b = BARE.exec(text.slice(m.end, m.end + 8));
  if (!b) return undefined;
  const short = foldText(b[1]);
  const name = foldText(m.text);
  if (short.length >= name.length || !inOrder(short, name)) return undefined;
  return short;
}

function inOrder(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

// A listed company's stock code right after its name: X（2249-TW）, X(600000.SH), X（股票代码：300001）.
const STOCK_CODE = /^\s?[(（](?:(?:股票代码|證券代號|证券代码|代码|代號|コード|証券コード)[:：]?\s?)?[0-9]{4,6}(?:[.-](?:TW|TWO|HK|SH|SZ|SS|T|JP))?[)）]/u;

/** Companies named before their stock code (any script); the name's left edge as for a type word. */
export function stockCodeCandidates(ctx: Ctx, pStart: number, pEnd: number, japanese: boolean): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (let i = text.indexOf('(', pStart), j = text.indexOf('（', pStart); ; ) {
    const at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
    if (at < 0 || at >= pEnd) break;
    if (at > pStart && STOCK_CODE.test(text.slice(at - (text[at - 1] === ' ' ? 1 : 0), at + 24))) {
      const end = text[at - 1] === ' ' ? at - 1 : at;
      const start = japanese ? extendJapanese(ctx, end, pStart) : extendChinese(ctx, end, pStart);
      if (end - start >= 2 && /[\u3400-\u9fff\u30a0-\u30ffA-Za-z]/u.test(text.slice(start, end))) out.push({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });
    }
    if (at === i) i = text.indexOf('(', i + 1);
    else j = text.indexOf('（', j + 1);
  }
  return out;
}
