import type { JapaneseToken } from '../text/japaneseTokenizer';
import type { Candidate, Ctx } from './candidate';
import { foldText } from './fold';
import { cjkHead } from './reading';
import { JA_SELF_REFERENCES } from './lexicon';

// The subject of what organisations do (Xは…協定を締結した, Xが…出資する, Xは…新工場を建設)
// or of what they are (Xは…部品メーカーである) is an organisation, when its name is a coined one: a word kuromoji does not know, one it
// reads as an organisation's or a proper noun that is no place or person, or Latin.
// Names with a type word are left to the type-word recognisers; places, people, titles and
// self-references (同社は) are no subject of this kind. The lead with a date (Xは4月2日、)
// is japaneseLeads.ts's.

const SUBJECT_MARK = /[はが]/gu;
/** What organisations do, in the clause after the subject. */
const ORGANISATION_ACT = /(?:締結|調印|出資|設立|開設|発表|建設|投資|進出|入居|買収|提携|協業|参画|稼働|稼動|新設|増設|受注|開業|設け|立ち上げ|展開し|生産を|販売を|(?:メーカー|サプライヤー|パートナー|企業|会社|大手|商社)(?:である|だ|です|で[、,]))/u;
const NAME_CHAR = /[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9・ー&＆.\-]/u;
/** Where a subject's name may begin: the sentence's start, after a comma, a bracket or a space. */
const BEFORE_NAME = /^(?:|[、。」』）)\s　])$/u;
const NOT_A_BODY = /(?:[都道府県市区町村国省州]|長官|長|氏|さん|教授|大臣|首相|知事|主席|総裁|代表|会長|社長|理事|議員|博士|CEO|チーム|各社)$/u;
const SELF = new Set(JA_SELF_REFERENCES);

export function japaneseActingSubjects(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const slice = text.slice(pStart, pEnd);
  SUBJECT_MARK.lastIndex = 0;
  for (let m = SUBJECT_MARK.exec(slice); m; m = SUBJECT_MARK.exec(slice)) {
    const end = pStart + m.index;
    const mark = ctx.tokensByStart.get(end);
    // the particle itself, not a kana inside a word (after Latin, which kuromoji does not see, が reads as a conjunction)
    if (!mark || (mark.pos !== '助詞' && !(mark.surface === 'が' && /[A-Za-z]/.test(text[end - 1] ?? '')))) continue;
    // the rest of the sentence, at most 160 characters (the work per subject stays bound)
    const rest = text.slice(end, Math.min(pEnd, end + 160));
    const stop = rest.indexOf('。');
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    if (!ORGANISATION_ACT.test(clause)) continue;
    let start = end;
    while (start > pStart && end - start < 24 && NAME_CHAR.test(text[start - 1])) start--;
    if (!BEFORE_NAME.test(start > pStart ? text[start - 1] : '')) continue;
    const name = text.slice(start, end);
    if (name.length < 2 || end - start >= 24 || /^[0-9.\-・ー]/u.test(name) || SELF.has(name) || /^[同本当各両]/u.test(name) || NOT_A_BODY.test(name)) continue;
    if (cjkHead(foldText(name))) continue;
    // a count is no name (累計12社が): digits only inside a Latin name
    if (/[0-9]/.test(name) && !/^[A-Za-z][A-Za-z0-9&.\- ]*$/u.test(name)) continue;
    if (!coined(ctx, start, end)) continue;
    out.push({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });
  }
  return out;
}

/** A coined name: Latin, or tokens with one kuromoji does not know or reads as an organisation or a proper noun of no place or person. */
function coined(ctx: Ctx, start: number, end: number): boolean {
  const tokens: JapaneseToken[] = [];
  for (let t = ctx.tokensByStart.get(start); t && t.end <= end; t = ctx.tokensByStart.get(t.end)) tokens.push(t);
  const covered = tokens.length ? tokens[tokens.length - 1].end : start;
  // Latin kuromoji leaves untokenised: a Latin name of two letters or more
  if (covered < end) return /^[A-Za-z][A-Za-z0-9&.\- ]+$/u.test(ctx.text.slice(covered, end)) && covered === start;
  if (tokens.some((t) => t.posDetail2 === '地域' || t.posDetail2 === '人名')) return false;
  return tokens.some((t) => t.unknown || (t.posDetail === '固有名詞'));
}
