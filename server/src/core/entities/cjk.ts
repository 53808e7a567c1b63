import type { JapaneseToken } from '../text/japaneseTokenizer';
import { foldText, isHan, isKana } from './fold';
import { JA_LEFT_STOP_SURFACES, LEADING_DETERMINERS, QUANTIFIERS } from './lexicon';
import { CJK_TYPE_INDEX, cjkHead, readName, type NameReading } from './reading';
import { ABBREVIATED_BODIES, SHORT_ORG_HEADS } from './typeWords';
import type { EntityType } from '../types';
import type { Candidate, Ctx } from './candidate';
import { extendChinese, extendSpecial, fieldsJoined, katakanaTo, properAround, quotedPartStart } from './nameEdges';
import { kindOfBody, projectClassName } from './zhProjectClasses';
import { adjectiveAndFields, annualOutputStart, namesNothing, overPositionCharacters, parkInsideZone, quotedWholeName } from './zhNameEdges';
import { brandAndBusiness } from './zhCompanyNames';
import { itemOfProjectList } from './zhCompanyLists';
import { departmentFieldBefore, departmentFieldEndingAt, ZH_BUREAU_FUNCTIONS, ZH_DEPARTMENT_HEADS } from './zhGovernment';
import { ZH_MORE_ABBREVIATED_BODIES } from './zhTypeWords';

// Chinese and Japanese names: a type word (科技城, 実験室 ...) and the proper part
// before it, bounded by kuromoji tokens (Japanese) or Intl.Segmenter words (Chinese).

const MAX_JA_NAME = 32;

const FOLDED_QUANTIFIERS = [...new Set(QUANTIFIERS.map(foldText))];
const FOLDED_DETERMINERS = [...new Set(LEADING_DETERMINERS.map(foldText))].sort((a, b) => b.length - a.length);
// kuromoji suffixes that count things or mark time: never part of a name (2026年, 3つ).
export const COUNTER_SUFFIXES = new Set(['年', '月', '日', '件', '人', '社', '位', '号', '回', '個', '名', '度', '年間', '点', '割', '億', '万', '以上', '以下', '者', '家', '的', '化', '性', '感', '型', '際', '年度', '等', '内', '初', '中']);

// ---------------------------------------------------------------- CJK

const TYPE_BY_LAST = new Map<string, typeof CJK_TYPE_INDEX>();
for (const w of CJK_TYPE_INDEX) {
  const last = w.text[w.text.length - 1];
  const list = TYPE_BY_LAST.get(last) ?? [];
  list.push(w);
  TYPE_BY_LAST.set(last, list);
}

export function cjkCandidates(ctx: Ctx, pStart: number, pEnd: number, japanese: boolean): Candidate[] {
  const { folded } = ctx;
  const out: Candidate[] = [];
  for (let i = pStart; i < pEnd; i++) {
    const list = TYPE_BY_LAST.get(folded[i]) ?? (SHORT_HEADS.has(folded[i]) ? [] : undefined);
    if (!list) continue;
    const end = i + 1;
    const head = list.find((w) => end - w.text.length >= pStart && folded.startsWith(w.text, end - w.text.length)) ?? shortHead(ctx, i, pStart, pEnd, japanese);
    if (!head) continue;
    // 機構 heads Japanese agencies' names (日本貿易振興機構); Chinese 机构 is a common noun (科研机构)
    if (head.cls === 'agency' && !japanese) continue;
    const headStart = end - head.text.length;
    // A non-zone type word must end its noun phrase: 中心 in 交流中心協会, 大学 in 大学科技园 are not heads.
    if (head.type !== 'zone' && continuesNoun(ctx, end, pEnd, japanese, head.type)) continue;
    // Japanese: the type word must start on a token boundary (not 中心 inside 中心部).
    // (but a zone's or a site's last character read with 内/外 as one word still ends it: …高新区|内 read as 区内, …事業|所内)
    if (japanese && isHan(folded[end] ?? '') && !ctx.tokensByStart.has(end) && !((head.type === 'zone' || head.cls === 'plant') && /^.[内外]$/u.test(ctx.tokensByStart.get(end - 1)?.surface ?? ''))) continue; // 基金会|長 inside 会長
    let start = japanese ? extendJapanese(ctx, headStart, pStart) : extendChinese(ctx, headStart, pStart);
    // Chinese: a department's field is part of its name, a field that is also a verb (建设厅, 招商局) and two fields joined by 和 (工业和信息化局)
    const field = !japanese && (ZH_DEPARTMENT_HEADS.has(head.text) || (head.type === 'organization' && head.cls !== 'company' && head.cls !== 'group')) ? departmentFieldEndingAt(folded, headStart) : undefined;
    if (field && headStart - field.length < start) start = extendChinese(ctx, headStart - field.length, pStart);
    // Chinese: a company's registered name runs over a position character the segmenter left alone (X晶上信息技术有限公司)
    if (!japanese && head.cls === 'company' && head.text.length >= 4) start = overPositionCharacters(ctx, start, pStart);
    // Chinese: an office of one body in another place keeps its 驻 (中央政府驻港联络办)
    if (!japanese && head.type === 'organization' && start > pStart + 1 && folded[start - 1] === '驻' && headStart - start <= 3) start = extendChinese(ctx, start - 1, pStart);
    // Chinese: a joint lab or institute (X联合实验室, 甲-乙联合研究院): 联合 is its word, not the verb that ends a name
    if (!japanese && start === headStart && head.type === 'lab' && folded.startsWith('联合', headStart - 2)) start = extendChinese(ctx, headStart - 2, pStart);
    // Chinese: a project named for its yearly output starts at 年产 (年产20GW高效光伏组件项目)
    if (!japanese && head.type === 'project') start = annualOutputStart(folded, start, headStart, pStart);
    // Chinese: a whole name in quotes is a name, whatever its words (“湾区光谷”, “双十工程”)
    const quoted = !japanese ? quotedWholeName(folded, end, pStart) : undefined;
    if (quoted !== undefined) start = quoted;
    // a national body is named 全国…: 全国X協会 is a name, where 全国X园区 is a class of parks
    const national = head.type === 'organization' && head.text.length >= 2 && folded.startsWith('全国', start) && headStart - start >= 4;
    const quantified = !national && FOLDED_QUANTIFIERS.some((q) => folded.startsWith(q, start) && start + q.length < headStart && !insideProperWord(ctx, start, q.length));
    if (!national) start = stripLeading(ctx, start, headStart);
    // Chinese: 在港, 来港, 赴澳 is where, not part of the name (在港中国科学院院士)
    if (!japanese && headStart - start >= 3 && /[在来赴访留]/u.test(folded[start - 1] ?? '') && /[港澳台]/u.test(folded[start])) start++;
    else if (!japanese && headStart - start >= 4 && /^[在来赴访留][港澳台]/u.test(folded.slice(start, start + 2))) start += 2;
    if (japanese) start = stripPeriod(ctx, start, headStart);
    const name = ctx.text.slice(start, end);
    const reading = readName(name);
    const namePart = folded.slice(start, headStart);
    const oneCommonKanji = japanese && namePart.length === 1 && !ctx.tokensByStart.get(start)?.unknown && ctx.tokensByStart.get(start)?.posDetail !== '固有名詞';
    // a few common words before the head make a kind of thing (応接室, 倉庫プロジェクト): no name, and no short form of one
    const kindNoun = japanese && (JA_COMMON_ORG_HEADS.has(head.text) ? onlyCommonWords(ctx, start, headStart, 8, true) : (head.type === 'project' || head.type === 'lab') && onlyCommonWords(ctx, start, headStart, head.cls === 'project' ? 4 : 2));
    let generic = start === headStart || quantified || oneCommonKanji || reading.generic || /^\P{L}*$/u.test(namePart) || kindNoun;
    // Japanese: common words joined by a middle dot (賃貸オフィス・事務所, 製造・包装工場) make a kind of thing, not a name
    if (japanese && !generic && commonWordsWithDot(ctx, start, headStart)) generic = true;
    // Japanese: after 同 (the said), a name that starts with a type word is the said body's part (同大学Xキャンパス), no name of its own
    if (japanese && start < headStart && ctx.text[start - 1] === '同' && startsTypeWord(folded, start)) generic = true;
    // Japanese: a quoted term (「X」と呼ばれる, いわゆる「X」) is a kind of thing, not a name
    if (japanese && ctx.text[start - 1] === '「' && ctx.text[end] === '」' && (/^」と(?:呼ばれ|呼ぶ|いう)/u.test(ctx.text.slice(end, end + 5)) || /いわゆる「$/u.test(ctx.text.slice(Math.max(pStart, start - 5), start)))) generic = true;
    // Japanese: a rank before the head (市級工業区, 国家級開発区) makes a class of zones, not a name
    if (japanese && /[級级]$/u.test(namePart)) generic = true;
    // Japanese: both or every country's, city's (中日両国政府, 各国政府, 双方の企業) is a relation or a class, not a name
    if (japanese && BOTH_OR_EVERY.test(ctx.text.slice(start, headStart))) generic = true;
    // Japanese: a plant named by its number or by common words (第3工場, 国内新工場, 多目的工場) is a kind of plant; a place names one (大阪新工場)
    if (japanese && head.cls === 'plant' && plainPlant(ctx, start, headStart)) generic = true;
    // a one-character head (局, 部, 委) needs a name of two characters or more that is not a direction
    if (head.text.length === 1 && (namePart.length < 2 || /^[东西南北中内外全总本上下前后]+$/u.test(namePart))) generic = true;
    // Japanese: …部 or …室 after a common katakana word (オフィス部) is a part of a building or a firm, not a body
    if (japanese && head.text.length === 1 && /^[\u30a0-\u30ff]+$/u.test(namePart) && commonWord(ctx.tokensByStart.get(start))) generic = true;
    // …部 after one common word is a part of something (共用部, 大陸部): a department has more to its name (X開発部, X省商務部)
    if (japanese && head.text === '部' && ctx.tokensByStart.get(start)?.end === headStart && commonWord(ctx.tokensByStart.get(start))) generic = true;
    // Chinese: a classifier right after a numeral starts no name (10大类X工程, 9条园区道路)
    if (!japanese && /[0-9一二三四五六七八九十百]/u.test(folded[start - 1] ?? '') && /^[大类项批种个场条座]/u.test(namePart)) generic = true;
    // Chinese: an indefinite quantity alone before the head (更多政府部门, 众多企业) names none
    if (!japanese && /^(?:更多|许多|很多|诸多|众多|不少)$/u.test(namePart)) generic = true;
    // Chinese: companies counted (700多家X公司) are a class; so are a province's or a city's zones (全省开发区)
    if (!japanese && head.cls === 'company' && /[0-9一二三四五六七八九十百千万][多余]?家$/u.test(folded.slice(Math.max(pStart, start - 6), start))) generic = true;
    if (!japanese && head.type === 'zone' && /(?:全省|全市|全县|全区|全国)$/u.test(namePart)) generic = true;
    // Chinese: a verb that takes a project as its object (促进项目取得进展) names none
    if (!japanese && head.cls === 'project' && /^(?:促进|推进|推动|加快|保障|服务|支持)$/u.test(namePart)) generic = true;
    // Chinese: a bureau's function alone (管理局) names none
    if (!japanese && ZH_DEPARTMENT_HEADS.has(head.text) && ZH_BUREAU_FUNCTIONS.has(namePart)) generic = true;
    // Chinese: 地 alone is "the place's" (两地政府, 当地企业), no name; nor a phase or a project's own office (一期项目, 项目征地办公室)
    if (!japanese && (namePart === '地' || namesNothing(namePart, head))) generic = true;
    // Chinese: one character before a lab or university is a place's abbreviation used as a modifier (在港实验室), not a name
    if (!japanese && namePart.length === 1 && (head.type === 'lab' || head.cls === 'university')) generic = true;
    // a national administration is named for its field, a body word itself (海关总署)
    if (!japanese && head.text === '总署' && namePart.length >= 2 && !quantified) generic = false;
    // a newspaper's name may be all common words (经济日报), not before a lone 报 (电子报, 报告报 as a verb)
    if (head.cls === 'newspaper' && head.text.length >= 2 && !quantified && namePart.length >= 2 && /^[\u3400-\u9fff]+$/u.test(namePart)) generic = false;
    // a project, base or platform named only for its field (信息技术项目, 物流商贸项目) is a kind of project, not a name
    // (not the second field of two joined by 与: 环保与健康产业基地 names one base)
    if (!japanese && KIND_OF_PROJECT.has(head.cls) && reading.allGloss && !/[与和及]/u.test(folded[start - 1] ?? '')) generic = true;
    // Chinese: a class counted or summing up a list is no name (农业类项目18个, 在谈项目 16 个, A、B等商贸项目, 14个X项目)
    if (!japanese && (head.type === 'project' || head.type === 'lab') && countedClass(ctx.folded, start, end)) generic = true;
    // Chinese: a class of projects, alone or after its zone or place (西江新区重大项目, 全市重点工程)
    if (!japanese && head.cls === 'project' && projectClassName(namePart)) generic = true;
    // Chinese: a government body before 项目 owns the projects (市政府项目建设年): the body is named, no project
    if (!japanese && head.cls === 'project' && OWNING_BODY.test(namePart)) {
      generic = true;
      if (namePart.length >= 3) out.push({ start, end: headStart, type: 'organization', source: 'pattern', generic: false, hasName: true });
    }
    // Chinese: kind modifiers and field words before a company, a lab or a platform (伙伴公司, 生物医药公司, 共享实验室)
    if (!japanese && KIND_OF_BODY.has(head.cls) && kindOfBody(namePart, (s) => readName(s).allGloss, head.cls === 'company')) generic = true;
    if (ABBREVIATED.has(head.text) && !quantified) generic = false;
    // the company that runs a park is named for it (科技园公司): a name, not a kind of company
    // (not 园区公司, the park's companies as often as its operator)
    if (head.cls === 'company' && !quantified && ZONE_WORDS.has(namePart) && namePart !== '园区') generic = false;
    // a park named for its industry (数字经济产业园) is a project, though its words are generic
    // (not one named only with the words every park has: 科技产业园区 is a kind of park)
    if (generic && PARK_CLASSES.has(head.cls) && !quantified && namePart.length >= 4 && /^[\u3400-\u9fff]+$/u.test(namePart) && (japanese || !EVERY_PARKS_WORDS.test(namePart))) generic = false;
    // Chinese: the first or one of a class (园区之冠, 科学园区之一) is the class, no name
    if (!japanese && /^之(?:冠|首|一|最)/u.test(folded.slice(end, end + 2))) generic = true;
    // Chinese: a country and generic words before a zone's head make a class of zones, even a park's (after the rule above) (中国自由贸易试验区, 台湾产业园区); a province or a city names one
    if (!japanese && head.type === 'zone' && COUNTRY_CLASS.test(namePart) && countryClass(namePart.replace(COUNTRY_CLASS, ''))) generic = true;
    // Chinese: kind modifiers before a zone or park (老旧工业区, 传统产业园区), and a ministry's or bureau's parks (经济部产业园区)
    const zoneOrPark = head.type === 'zone' || PARK_CLASSES.has(head.cls);
    if (!japanese && zoneOrPark && (kindOfBody(namePart, (s) => readName(s).allGloss, false) || /[部局委厅](?:产业|工业|科技)?$/u.test(namePart))) generic = true;
    // Chinese: an X化 adjective and field words make a kind of thing (智能化生产线, 现代化产业创新园区)
    if (!japanese && head.type !== 'organization' && adjectiveAndFields(namePart)) generic = true;
    // (not generic words alone, 科技新城; a zone word before the head is a coined name, 湾区光谷)
    if (quoted !== undefined && start < headStart && (!reading.allGloss || !!cjkHead(namePart))) generic = false;
    // Japanese X社 after a Latin name is "the company X": the name is X (BlueLine Partners社 → BlueLine Partners)
    const latinCompany = japanese && head.text === '社' && /^[A-Za-z][A-Za-z0-9 &.'-]*$/.test(namePart);
    // Chinese: a zone's phase or extension is a zone of its own name (X软件园区二期, X产业园区扩区)
    const phase = !japanese && head.type === 'zone' ? /^(?:[一二三四五六七八九十0-9]{1,2}期|扩区)(?![\u3400-\u9fff])/u.exec(folded.slice(end, end + 4)) : null;
    // Chinese: a park in a list the text sums up as projects (X产业园、Y等新开工项目), or one inside a zone named in it (X经开区Y产业园), is a project
    const type = !japanese && PARK_CLASSES.has(head.cls) && (itemOfProjectList(folded, start, end, pEnd) || parkInsideZone(namePart)) ? 'project' : typeOf(head, namePart, reading);
    out.push({ start, end: latinCompany ? headStart : end + (phase?.[0].length ?? 0), type, source: 'pattern', generic, hasName: start < headStart && !kindNoun });
    // Chinese: a company's project (X钢构项目, X科技项目): the company is named in it
    if (!japanese && !generic && head.cls === 'project' && head.text.length === 2 && brandAndBusiness(namePart)) {
      out.push({ start, end: headStart, type: 'organization', source: 'pattern', generic: false, hasName: true });
    }
  }
  return out;
}

/** Japanese: the words before the head are all common nouns kuromoji knows, and a middle dot joins two of them. */
function commonWordsWithDot(ctx: Ctx, start: number, headStart: number): boolean {
  let dot = false;
  for (let pos = start; pos < headStart; ) {
    const t = ctx.tokensByStart.get(pos);
    if (!t || t.end > headStart) return false;
    if (t.surface === '・' || t.surface === '·') dot = true;
    else if (t.unknown || t.pos !== '名詞' || t.posDetail === '固有名詞' || !/^[\u3040-\u30ff\u3400-\u9fff]+$/u.test(t.surface)) return false;
    pos = t.end;
  }
  return dot;
}

// (and 筋, "sources in": X政府筋)
const OWNED_BY_BODY = /^(?:ポータルサイト|ホームページ|ウェブサイト|ウェブページ|公式サイト|サイト|公式|HP|筋)/u;

const BOTH_OR_EVERY = /(?:両|各|双方の?)(?:国|市|省|県|区|地|社|者)?$|^(?:両|各)(?:国|市|省|県|区|地)$/u;

const OWNING_BODY = /(?:政府|管委会|党委|党工委|人大|政协)$/u;

const COUNT_AFTER = /^\s?(?:[共计达约近超逾]\s?)?[0-9一二三四五六七八九十百两]+\s?[个項项宗条座]/u;
// (a modifier may stand between the count and the class: 14个公有X项目)
const COUNT_BEFORE = /[0-9一二三四五六七八九十百两]\s?[个项宗]\s?(?:公有|私有|国有|民营|外资|内资|优质|新建|在建|续建)?$/u;

/** Chinese: a class of things, counted after (X项目18个) or before (14个X项目), or after 等 closing a list of examples. */
function countedClass(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 6), start);
  // (not the last of a list of names the count sums up: A项目、B项目3项)
  if (COUNT_AFTER.test(folded.slice(end, end + 8)) && !/[^个项宗\s]\s?、$/u.test(before)) return true;
  return COUNT_BEFORE.test(before) || (/[^平对相同]等$/u.test(before) && folded.slice(Math.max(0, start - 30), start).includes('、'));
}

/** Japanese: only an ordinal, numbers, prefixes (新, 多) and common words before a plant's head (第2工場, 国内新工場). */
function plainPlant(ctx: Ctx, start: number, headStart: number): boolean {
  for (let pos = start; pos < headStart; ) {
    const t = ctx.tokensByStart.get(pos);
    if (!t || t.end > headStart) return false;
    const plain = t.surface === '第' || t.pos === '接頭詞' || WORLD_REGIONS.test(t.surface) || t.posDetail === '数' || t.posDetail2 === '助数詞' || (commonWord(t) && t.pos === '名詞' && t.posDetail2 !== '地域' && /^[\u3040-\u30ff\u3400-\u9fff]+$/u.test(t.surface));
    if (!plain) return false;
    pos = t.end;
  }
  return true;
}

// world regions say where a company's plants are, not which (北米製造拠点, 東南アジア工場); a city or a country's region names one
const WORLD_REGIONS = /^(?:北米|南米|中南米|欧州|欧米|アジア|東南アジア|東アジア|南アジア|中東|アフリカ|海外|国内)$/u;

const commonWord = (t: JapaneseToken | undefined): boolean => !!t && !t.unknown && t.posDetail !== '固有名詞';

const ZONE_WORDS = new Set(CJK_TYPE_INDEX.filter((w) => w.type === 'zone' && w.text.length >= 2).map((w) => w.text));
const COUNTRY_CLASS = /^(?:中国|台湾|我国|日本|韩国|美国)/u;
const countryClass = (rest: string): boolean => rest === '' || readName(rest).allGloss;
const EVERY_PARKS_WORDS = /^(?:科技|产业|创新|高新技术|高新|发展|科学|技术|工业|新兴|现代)+$/u;
const KIND_OF_BODY = new Set(['company', 'laboratory', 'platform', 'committee', 'bank']);
const KIND_OF_PROJECT = new Set(['project', 'base', 'platform', 'complex', 'production-line']);
const ABBREVIATED = new Set([...ABBREVIATED_BODIES, ...ZH_MORE_ABBREVIATED_BODIES].map(foldText));
const SHORT_HEADS = new Map(SHORT_ORG_HEADS.map(([text, type, cls, script]) => [foldText(text), { text: foldText(text), type, cls, script }]));

// Chinese: characters that make a word with a one-character head after it (网联, 网络, 报告, 局面, 部分, 处理),
// and the bodies 报 reports to as a verb (报国家X局, 报省X厅)
const HEAD_WORD_STARTS: Record<string, string> = { 网: '联络点格民友站购签', 报: '告道名送价表销国省市区县', 局: '面势部限', 部: '分门署件', 处: '理于置在', 社: '会区保' };

/**
 * A one-character organisation head (商务部, 统计局, 发改委, 経済産業省): only where it ends a
 * word of three characters or more, or stands as a word of its own (not 格局, 全部, 干部).
 */
function shortHead(ctx: Ctx, i: number, pStart: number, pEnd: number, japanese: boolean): { text: string; type: EntityType; cls: string } | undefined {
  const head = SHORT_HEADS.get(ctx.folded[i]);
  if (!head || (head.script === 'ja' && !japanese) || (head.script === 'zh' && japanese) || i - 2 < pStart) return undefined;
  const end = i + 1;
  if (japanese) {
    if (end < pEnd && isHan(ctx.folded[end]) && !ctx.tokensByStart.has(end)) return undefined;
    // 省長 is a province's governor (Japan's ministers are 大臣): the name before it is a person's or a place's
    if (head.text === '省' && (ctx.folded[end] === '長' || ctx.folded[end] === '长')) return undefined;
    const t = ctx.tokensByStart.get(i);
    // 省 after a place name is a province, after common nouns a ministry (経済産業省)
    const before = ctx.tokensByEnd.get(i);
    if (head.text === '省' && (!before || before.posDetail === '固有名詞' || before.unknown)) return undefined;
    if (t) return t.end === end ? head : undefined;
    // the end of a proper noun of three characters or more (a news agency kuromoji knows as one word)
    const whole = ctx.tokensByEnd.get(end);
    return whole && whole.end - whole.start >= 3 && whole.posDetail === '固有名詞' ? head : undefined;
  }
  const b = ctx.boundaries;
  if (!b || (end < pEnd && isHan(ctx.folded[end]) && !b.has(end))) return undefined;
  // the head's character starting a word the segmenter cut off (智能网|联汽车, 报|告)
  if (end < pEnd && HEAD_WORD_STARTS[head.text]?.includes(ctx.folded[end])) return undefined;
  // a department named for its field in the abbreviated form the segmenter splits up (住|建|局, 发|改|局)
  if (ZH_DEPARTMENT_HEADS.has(head.text) && departmentFieldBefore(ctx.folded, i)) return head;
  let ws = i;
  if (b.has(i)) {
    // a head standing alone follows a word of two characters or more (人民|网, not 路|网 or 管|委|会)
    ws = i - 1;
    while (ws > pStart && !b.has(ws) && isHan(ctx.folded[ws - 1])) ws--;
    return i - ws >= 2 ? head : undefined;
  }
  while (ws > pStart && !b.has(ws) && isHan(ctx.folded[ws - 1])) ws--;
  return i - ws >= 2 ? head : undefined;
}

// Types from the head word, adjusted by the name: a park named only for its industry is a
// project (数字经济产业园), so is a university's park; a university's or a research centre is a lab.
const PARK_CLASSES = new Set(['park', 'industrial-park', 'science-park', 'software-park', 'innovation-park', 'technology-park', 'research-park', 'cultural-park', 'logistics-park']);
const RESEARCH = /大学|学院|研究|研发|科学院|中科院|实验|University|Research|R&D|Institute/u;

export function typeOf(head: { type: EntityType; cls: string }, namePart: string, reading: NameReading): EntityType {
  if (PARK_CLASSES.has(head.cls)) {
    if (/大学|学院|University|College/u.test(namePart)) return 'project';
    if (reading.variants.some((v) => v.proper === '')) return 'project';
    return 'zone';
  }
  if (head.cls === 'center' && RESEARCH.test(namePart)) return 'lab';
  return head.type;
}

/** Does a noun continue right after `end`, making the type word before it a modifier? */
function continuesNoun(ctx: Ctx, end: number, pEnd: number, japanese: boolean, type: EntityType): boolean {
  if (end >= pEnd) return false;
  const next = ctx.folded[end];
  if (japanese) {
    const t = ctx.tokensByStart.get(end);
    if (!t) return false;
    if (t.pos !== '名詞') return false;
    if (t.posDetail === '非自立' || t.posDetail === '副詞可能' || t.posDetail === '代名詞') return false;
    // a verbal noun after an organisation says what it does (取引所上場, 政府発表): the name ends there
    if (type === 'organization' && t.posDetail === 'サ変接続' && t.surface.length >= 2) return false;
    // a unit of the body follows (商務局|日本処, 本部|企画課): the body's name ends here
    if (type === 'organization' && /^[\u3400-\u9fff\u30a0-\u30ff]{1,6}?[处処课課室部係科班](?![\u3400-\u9fff\u30a0-\u30ff])/u.test(ctx.folded.slice(end, end + 8))) return false;
    if (type === 'organization' && projectNamedFor(ctx, end, pEnd)) return false;
    // what a body publishes or owns follows its name (X市政府ポータルサイト, X協会ホームページ): the name ends here
    if (type === 'organization' && OWNED_BY_BODY.test(ctx.folded.slice(end, end + 8))) return false;
    return !(TITLES.includes(foldText(t.surface)) || t.surface.startsWith('副'));
  }
  if (!isHan(next)) return false;
  // a project word inside a department's name (土木工程拓展署) ends no name
  if (type === 'project' && /^[\u3400-\u9fff]{1,3}[署局](?![面势部限])/u.test(ctx.folded.slice(end, end + 5))) return true;
  // 办 in 办公室 (联络办|公室) ends no name
  if (ctx.folded[end - 1] === '办' && next === '公') return true;
  // 工程 in 工程技术研究中心, 工程师: a word of its own, no project
  if (type === 'project' && ctx.folded.startsWith('工程', end - 2) && /^(?:技术|研究|师|机械|咨询|设计|管理)/u.test(ctx.folded.slice(end, end + 2))) return true;
  // an officer of the body follows (X管理局|局长, X委员会|主委): the body's name ends here
  if (type === 'organization' && ZH_OFFICER_AFTER.test(ctx.folded.slice(end, end + 4))) return false;
  return startsTypeWord(ctx.folded, end);
}

const ZH_OFFICER_AFTER = /^副?(?:局长|处长|署长|院长|会长|部长|厅长|社长|校长|所长|行长)/u;

const PROJECT_HEADS = new Set(CJK_TYPE_INDEX.filter((w) => w.type === 'project').map((w) => w.text));

/** Japanese: a few nouns after an organisation end in a project's type word (X協会戦略提携プロジェクト): the body is named in it. */
function projectNamedFor(ctx: Ctx, end: number, pEnd: number): boolean {
  let pos = end;
  for (let k = 0; k < 5 && pos < pEnd; k++) {
    const t = ctx.tokensByStart.get(pos);
    if (!t || t.pos !== '名詞') return false;
    if (PROJECT_HEADS.has(foldText(t.surface))) return k > 0;
    pos = t.end;
  }
  return false;
}

// titles after an organisation (…大学学長) do not make it a modifier
const TITLES = ['長', '学長', '会長', '社長', '理事', '副', '主席', '書記', '院長', '所長', '主任', '総裁', '取締役', '行長', '校長', '局長', '部長', '代表', '総経理', '董事', '執行', '秘書', 'CEO', '名誉', '顧問', '常務', '専務', '議長', '委員長', '首席', '事務局長'].map(foldText);

function startsTypeWord(folded: string, at: number): boolean {
  return CJK_TYPE_INDEX.some((w) => w.text.length > 1 && folded.startsWith(w.text, at));
}

export function extendJapanese(ctx: Ctx, headStart: number, pStart: number): number {
  const { folded } = ctx;
  let pos = headStart;
  while (pos > pStart && headStart - pos < MAX_JA_NAME) {
    const prev = folded[pos - 1];
    const quoted = quotedPartStart(folded, pos, pStart);
    if (quoted !== undefined) {
      pos = quoted;
      continue;
    }
    if (prev === ')' || prev === '・' || prev === '·' || /[A-Za-z0-9]/.test(prev)) {
      if ((prev === '・' || prev === '·') && !(pos === headStart && isKana(folded[pos]) && isKana(folded[pos - 2] ?? '')) && !properAround(ctx, pos) && !fieldsJoined(ctx, pos, headStart) && !(katakanaTo(folded, pos, headStart) && /[\u30a1-\u30fa\u30fc]/u.test(folded[pos - 2] ?? ''))) break;
      const special = extendSpecial(ctx, pos, headStart, pStart, true);
      if (special === undefined) break;
      pos = special;
      continue;
    }
    const t = ctx.tokensByEnd.get(pos);
    if (t && t.start >= pStart) {
      if (!isNameToken(t) && !isNamePrefixChar(ctx, t) && !nounSuffix(ctx, t)) break;
      pos = t.start;
      continue;
    }
    // inside a token (a type word that started mid-token, 大湾|区): take the rest of that token
    // (also a katakana name kuromoji read as one word with dots and the head: X・インダストリー・パーク)
    if ((pos === headStart || katakanaTo(folded, pos, headStart)) && (isHan(prev) || isKana(prev))) {
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
  // an ordinal right before the name is part of it (第二X工業団地, 第2センター); stripPeriod drops 第N期 and 第N回
  const numeral = ctx.tokensByEnd.get(pos);
  const ordinal = numeral && numeral.posDetail === '数' ? ctx.tokensByEnd.get(numeral.start) : undefined;
  if (ordinal && ordinal.surface === '第' && ordinal.start >= pStart && numeral!.surface.length <= 2) pos = ordinal.start;
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

/** A counter suffix after a noun that is no numeral forms a noun (経営者, 研究者): a word of a name, not a count. */
function nounSuffix(ctx: Ctx, t: JapaneseToken): boolean {
  const before = ctx.tokensByEnd.get(t.start);
  return t.posDetail === '接尾' && t.surface === '者' && !!before && before.pos === '名詞' && before.posDetail !== '数' && isNameToken(before);
}

export function isNameToken(t: JapaneseToken): boolean {
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


/** Japanese: a period or an ordinal never starts a name (第2期建設プロジェクト, 上半期工場); a numeral alone may start one. */
function stripPeriod(ctx: Ctx, start: number, headStart: number): number {
  let pos = start;
  let t = ctx.tokensByStart.get(pos);
  if (t?.surface === '第') t = ctx.tokensByStart.get((pos = t.end));
  let numbers = 0;
  for (; t && t.end <= headStart && t.posDetail === '数'; t = ctx.tokensByStart.get(pos), numbers++) pos = t.end;
  if (t && t.end <= headStart && (/^(?:[上下]半)?期$/u.test(t.surface) || (numbers > 0 && t.posDetail2 === '助数詞'))) return t.end;
  return start;
}

/** Japanese: a determiner or quantifier (本, 各) that is only the start of a proper noun (the place 本郷) is none. */
function insideProperWord(ctx: Ctx, start: number, length: number): boolean {
  const t = ctx.tokensByStart.get(start);
  return !!t && t.end > start + length && t.posDetail === '固有名詞';
}

/** Drops leading white space, punctuation and determiners (全国, 本, 主要 ...) from a name. */
export function stripLeading(ctx: Ctx, start: number, headStart: number): number {
  const { folded } = ctx;
  for (;;) {
    while (start < headStart && /[\s・()]/.test(folded[start])) start++;
    const d = FOLDED_DETERMINERS.find((w) => start + w.length <= headStart && folded.startsWith(w, start) && !insideProperWord(ctx, start, w.length));
    if (!d) break;
    start += d.length;
  }
  return start;
}



// Japanese organisation heads that common words make a generic noun (応接室, 物流会社, 営業本部)
const JA_COMMON_ORG_HEADS = new Set(['会社', '子会社', 'グループ', '室', '本部'].map(foldText));

/**
 * Japanese: the name before the type word is a few common words kuromoji knows (応接室,
 * 倉庫プロジェクト, 物流会社, 調査ラボ): a generic noun, not a name. At most `most` words;
 * a longer run of common words is a descriptive name (a project named for what it builds). A
 * proper noun, an unknown word, a word of one character (a name kuromoji split up) or
 * anything not kana or kanji makes it a name.
 */
function onlyCommonWords(ctx: Ctx, start: number, headStart: number, most: number, places = false): boolean {
  let words = 0;
  for (let pos = start; pos < headStart; ) {
    const t = ctx.tokensByStart.get(pos);
    // with `places`, a place or a common kanji is a modifier too (米国子会社, 大手卸会社, X州本部): a unit, not a name
    const modifier = places && !!t && !t.unknown && (t.posDetail2 === '地域' || (t.posDetail === '一般' && t.surface.length === 1 && pos > start));
    if (!modifier && (!t || t.unknown || t.posDetail === '固有名詞' || t.surface.length < 2)) return false;
    if (!/^[\u3040-\u30ff\u3400-\u9fff]+$/u.test(t.surface)) return false;
    if (++words > most) return false;
    pos = t.end;
  }
  return words > 0;
}
