import type { Candidate, Ctx } from './candidate';
import { foldText } from './fold';
import { cjkHead } from './reading';
import { JA_SELF_REFERENCES } from './lexicon';

// A Japanese news lead names who announces before the date: Xは4月2日、… / X(ABC)は9日、…
// The subject of such a lead is a company or a body. Names with a type word of their own
// are left to the type-word recognisers; places (茨城県は25日、), people and their titles
// (李行政長官は…), and self-references (同社は…) are no organisation of this kind.

/** The lead: は, an optional month, a day, an optional weekday, a comma. */
const LEAD = /^(?:\([A-Za-z0-9&.\- ]{2,16}\))?は、?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:\([月火水木金土日]\))?[、,]/u;
/** The characters of a subject's name: kanji, katakana, Latin, digits, and the marks names use. */
const NAME_CHAR = /[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9・ー&＆.\-]/u;
const NOT_A_BODY = /(?:[都道府県市区町村国]|長官|長|氏|さん|教授|大臣|首相|知事|主席|総裁|代表|会長|社長|理事|議員|博士|CEO|チーム|グループ各社)$/u;
const SELF = new Set(JA_SELF_REFERENCES);

export function japaneseLeadSubjects(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let at = text.indexOf('は', pStart); at >= 0 && at < pEnd; at = text.indexOf('は', at + 1)) {
    // the name ends before its acronym in parentheses, if any
    const paren = /\([A-Za-z0-9&.\- ]{2,16}\)$/u.exec(text.slice(Math.max(pStart, at - 18), at));
    const end = paren ? at - paren[0].length : at;
    if (!LEAD.test(text.slice(end, end + 24))) continue;
    let start = end;
    while (start > pStart && end - start < 30 && NAME_CHAR.test(text[start - 1])) start--;
    const name = text.slice(start, end);
    if (name.length < 2 || end - start >= 30 || /^[0-9.\-・ー]/u.test(name) || SELF.has(name) || name.startsWith('同') || NOT_A_BODY.test(name)) continue;
    if (cjkHead(foldText(name))) continue;
    // kuromoji: one place name or a person's name is no company
    const only = ctx.tokensByStart.get(start);
    if (only && only.end === end && only.posDetail2 === '地域') continue;
    const tokens = tokensIn(ctx, start, end);
    if (tokens.length && tokens.every((t) => t.posDetail2 === '人名')) continue;
    out.push({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true, seat: true });
  }
  return out;
}

function tokensIn(ctx: Ctx, start: number, end: number) {
  const out = [];
  for (let t = ctx.tokensByStart.get(start); t && t.end <= end; t = ctx.tokensByStart.get(t.end)) out.push(t);
  return out;
}
