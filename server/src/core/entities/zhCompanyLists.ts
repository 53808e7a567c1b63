import type { Candidate, Ctx } from './candidate';
import { cjkHead, readName } from './reading';
import { extendChinese } from './nameEdges';
import { brandAndBusiness, businessWordAt, endsWithBusinessWord, isBusinessWord } from './zhCompanyNames';

// Companies and projects named in a list the text sums up with 等: 华启、远岫等龙头企业 (a
// list of enterprises), 澜途科技、北辰数据等重点项目 (a project list whose items are
// companies, by the business word that ends their name), X小镇、Y技术应用等项目 (a list of
// projects, one named with a type word), 甲埔、乙水与丙新等三大园区 and 甲埔、乙水及丙新产业园区
// (lists of zones). Names
// with a type word of their own (X集团) are the type words' business; here are those without one.

// after 等: a count (91个), a few modifier characters, then what the items are
const SUMMED_UP = /^(?:[0-9一二三四五六七八九十百两几多]+\s?[个個家项項批大处座所]\s?)?([\u3400-\u9fff]{0,10}?)(项目|企业|公司|厂商|品牌|园区|开发区|工业区|工业园|产业园|科学园|科技园|新区|功能区|片区)/u;
const ENTERPRISES = new Set(['企业', '公司', '厂商', '品牌']);
const PROJECTS = new Set(['项目']);
// …等地企业, 等国企业, 等高校: places and institutions, not companies
const NOT_COMPANIES = /^(?:地|省|市|国|城|县|区|高校|院校|单位|机构)/u;
const MAX_ITEMS = 10;

// …A、B及C科技产业园区: short names before a last park named in full share its type word
const SHARED_PARK = /^[\u3400-\u9fff]{2,10}?(?:园区|工业区|开发区)/u;

export function companyListCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { folded } = ctx;
  const out: Candidate[] = [];
  for (let at = pStart; at < pEnd; at++) {
    const shared = '及和与'.includes(folded[at]) ? SHARED_PARK.exec(folded.slice(at + 1, Math.min(pEnd, at + 14))) : null;
    // (a verb or a preposition before the park word ends the list: …及企业服务延续至双方园区)
    if (!shared || /[至到向在于将把为从对的]/u.test(shared[0])) continue;
    const items: Array<[number, number]> = [];
    for (let end = at; items.length < MAX_ITEMS; ) {
      const comma = folded.lastIndexOf('、', end - 1);
      const between = comma >= pStart && end - comma <= 5 && /^[\u3400-\u9fff]+$/u.test(folded.slice(comma + 1, end));
      const start = between ? comma + 1 : extendChinese(ctx, end, pStart);
      if (start >= end) break;
      items.push([start, end]);
      if (!between) break;
      end = comma;
    }
    if (items.length >= 2) out.push(...zoneItems(folded, items));
  }
  out.push(...describedCompanies(folded, pStart, pEnd));
  for (let at = folded.indexOf('等', pStart); at >= 0 && at < pEnd; at = folded.indexOf('等', at + 1)) {
    const after = SUMMED_UP.exec(folded.slice(at + 1, Math.min(pEnd, at + 20)));
    if (!after || NOT_COMPANIES.test(after[1])) continue;
    const enterprises = ENTERPRISES.has(after[2]);
    const items: Array<[number, number]> = [];
    for (let end = at; items.length < MAX_ITEMS && end > pStart; ) {
      // an item between two list commas is whole; the first one starts where a name would
      const comma = folded.lastIndexOf('、', end - 1);
      const between = comma >= pStart && end - comma <= 17 && /^[\u3400-\u9fffA-Za-z0-9·]+$/u.test(folded.slice(comma + 1, end));
      const start = between ? comma + 1 : extendChinese(ctx, end, pStart);
      if (start < end) items.push([start, end]);
      if (folded[start - 1] !== '、') break;
      end = start - 1;
    }
    if (!enterprises && !PROJECTS.has(after[2])) {
      out.push(...zoneItems(folded, items));
      continue;
    }
    // a list of projects, by an item named with a project's type word (X小镇、Y等项目): its other long items are projects too
    // (or a list summed up as a class of projects, 等基础设施项目, whose items are all long names, none a company's)
    const classed = PROJECTS.has(after[2]) && after[1].length > 0 && items.every(([s, e]) => projectItem(folded.slice(s, e)) && !endsWithBusinessWord(folded.slice(s, e)));
    const projects = !enterprises && items.length >= 2 && (classed || items.some(([s, e]) => cjkHead(folded.slice(s, e))?.type === 'project'));
    // a list of companies, by an item named like one (X汽车、Y等总部项目) or named in full elsewhere: its other items are companies too
    const companies = enterprises || (!projects && items.some(([s, e]) => endsWithBusinessWord(folded.slice(s, e)) || companyNamedInText(folded, folded.slice(s, e))));
    for (const [start, end] of items) {
      const item = folded.slice(start, end);
      // (in a list of projects, a company's name with what it makes is the company's project: X智能装备制造)
      if (projects && projectItem(item)) {
        out.push({ start, end, type: 'project', source: 'pattern', generic: false, hasName: true, acronym: true });
      } else if (item.length >= 2 && item.length <= 10 && companyItem(item, companies || companyNamedInText(folded, item))) {
        out.push({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });
      }
    }
  }
  return out;
}

/** The text gives the item's full company name somewhere: the item, business words, a legal form (X信息技术有限公司). */
function companyNamedInText(folded: string, item: string): boolean {
  for (let at = folded.indexOf(item); at >= 0; at = folded.indexOf(item, at + 1)) {
    let end = at + item.length;
    for (let word = businessWordAt(folded, end); word; word = businessWordAt(folded, end)) end += word.length;
    if (LEGAL_FORM_AT.test(folded.slice(end, end + 6))) return true;
  }
  return false;
}
const LEGAL_FORM_AT = /^(?:股份有限公司|有限责任公司|有限公司|集团|公司)/u;

/**
 * The items of a list of zones (甲埔、乙水与丙新等三大园区): short names with no type word of
 * their own (an item with one is found by it), the last one split at 与, 及, 和.
 */
function zoneItems(folded: string, items: Array<[number, number]>): Candidate[] {
  const out: Candidate[] = [];
  const parts: Array<[number, number]> = [];
  for (const [start, end] of items) {
    const joined = /^(.{2,6}?)(?:与|及|和|以及)(.{2,6})$/u.exec(folded.slice(start, end));
    if (joined && !cjkHead(joined[1])) parts.push([start, start + joined[1].length], [end - joined[2].length, end]);
    else parts.push([start, end]);
  }
  if (parts.length < 2) return out;
  for (const [start, end] of parts) {
    const item = folded.slice(start, end);
    if (item.length < 2 || item.length > 6 || !/^[\u3400-\u9fff]+$/u.test(item) || cjkHead(item) || isBusinessWord(item) || readName(item).allGloss) continue;
    out.push({ start, end, type: 'zone', source: 'pattern', generic: false, hasName: true, acronym: true });
  }
  return out;
}

/** A long list item with no type word of its own that is more than field words (X微藻技术应用). */
function projectItem(item: string): boolean {
  return item.length >= 4 && item.length <= 16 && /^[\u3400-\u9fff]/u.test(item) && !cjkHead(item) && !readName(item).allGloss;
}

/** A list item that names a company: not a field or a business word, no type word of its own, and (in a project list) ending in a business word or named in full elsewhere. */
function companyItem(item: string, company: boolean): boolean {
  if (!/^[\u3400-\u9fffA-Za-z0-9]+$/u.test(item) || !/^[\u3400-\u9fff]/u.test(item)) return false;
  if (isBusinessWord(item) || cjkHead(item) || readName(item).allGloss) return false;
  return company || endsWithBusinessWord(item);
}

// the rest of a list summed up as projects: 、Y项目、Z中心等24个新开工项目
const REST_OF_PROJECT_LIST = /^(?:、[\u3400-\u9fffA-Za-z0-9·]{2,24})*等(?:[0-9一二三四五六七八九十百两几多]+\s?[个個项項])?[\u3400-\u9fff]{0,10}?项目/u;

/** Is the name at start..end an item of a list of projects: summed up as projects (X产业园、Y等新开工项目), or after a project item (A项目、X产业园)? */
export function itemOfProjectList(folded: string, start: number, end: number, pEnd: number): boolean {
  return REST_OF_PROJECT_LIST.test(folded.slice(end, Math.min(pEnd, end + 120))) || folded.startsWith('项目、', start - 3);
}

// "the companies include …": each item a description, 的 or 之, then the company's short name
// (厂商包括半导体大厂的X科技、研发材料的Y公司及Z光电等)
const INCLUDES = /(?:企业|公司|厂商|品牌)(?:包括|包含|有如|如)/gu;
const DESCRIBED_ITEM = /[的之]([\u3400-\u9fff]{4,8}?)(?=[、及和与]|等)/gu;

function describedCompanies(folded: string, pStart: number, pEnd: number): Candidate[] {
  const out: Candidate[] = [];
  const slice = folded.slice(pStart, pEnd);
  for (let m = INCLUDES.exec(slice); m; m = INCLUDES.exec(slice)) {
    const from = m.index + m[0].length;
    const stop = slice.indexOf('。', from);
    const list = slice.slice(from, stop < 0 ? undefined : stop);
    DESCRIBED_ITEM.lastIndex = 0;
    for (let d = DESCRIBED_ITEM.exec(list); d; d = DESCRIBED_ITEM.exec(list)) {
      if (cjkHead(d[1]) || !brandAndBusiness(d[1])) continue;
      const start = pStart + from + d.index + 1;
      out.push({ start, end: start + d[1].length, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });
    }
  }
  return out;
}

// An item of a list of projects introduced by what it costs (总投资100亿元的X、总投资150亿元的Y等在谈项目):
// what has a total investment and is summed up as projects is a project, whatever its words.
const INVESTED_ITEM = /(?:总投资|投资)(?:约|达|超)?\s?[0-9.]+\s?[亿万]元的([\u3400-\u9fffA-Za-z0-9.·]{4,28}?)(?=、|等)/gu;

/** The list the item at `end` belongs to closes with 等…项目 before its sentence ends. */
function summedUpAsProjects(folded: string, end: number, pEnd: number): boolean {
  const rest = folded.slice(end, Math.min(pEnd, end + 160));
  const close = rest.search(/[。;；]/u);
  const sentence = close < 0 ? rest : rest.slice(0, close);
  const at = sentence.indexOf('等');
  return at >= 0 && /^等(?:[0-9一二三四五六七八九十百两几多]+\s?[个個项項])?[\u3400-\u9fff]{0,10}?项目/u.test(sentence.slice(at));
}

export function investedProjectItems(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.folded.slice(pStart, pEnd);
  if (!slice.includes('元的')) return [];
  const out: Candidate[] = [];
  for (const m of slice.matchAll(INVESTED_ITEM)) {
    const start = pStart + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    // (an item with a type word of its own is the type word's; the list must close as one of projects)
    if (cjkHead(m[1]) || !summedUpAsProjects(ctx.folded, end, pEnd)) continue;
    out.push({ start, end, type: 'project', source: 'pattern', generic: false, hasName: true });
  }
  return out;
}
