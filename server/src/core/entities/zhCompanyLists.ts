import type { Candidate, Ctx } from './candidate';
import { cjkHead, readName } from './reading';
import { extendChinese } from './nameEdges';
import { endsWithBusinessWord, isBusinessWord } from './zhCompanyNames';

// Companies named in a list the text sums up with 等: 华启、远岫等龙头企业 (a list of
// enterprises), 澜途科技、北辰数据等重点项目 (a project list whose items are companies, by
// the business word that ends their name). Names with a type word of their own (X集团) are
// the type words' business; here are those without one.

// after 等: a count (91个), a few modifier characters, then what the items are
const SUMMED_UP = /^(?:[0-9一二三四五六七八九十百两几多]+\s?[个個家项項批]\s?)?([\u3400-\u9fff]{0,8}?)(项目|企业|公司|厂商|品牌)/u;
const ENTERPRISES = new Set(['企业', '公司', '厂商', '品牌']);
// …等地企业, 等国企业, 等高校: places and institutions, not companies
const NOT_COMPANIES = /^(?:地|省|市|国|城|县|区|高校|院校|单位|机构)/u;
const MAX_ITEMS = 10;

export function companyListCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { folded } = ctx;
  const out: Candidate[] = [];
  for (let at = folded.indexOf('等', pStart); at >= 0 && at < pEnd; at = folded.indexOf('等', at + 1)) {
    const after = SUMMED_UP.exec(folded.slice(at + 1, Math.min(pEnd, at + 20)));
    if (!after || NOT_COMPANIES.test(after[1])) continue;
    const enterprises = ENTERPRISES.has(after[2]);
    let end = at;
    for (let n = 0; n < MAX_ITEMS && end > pStart; n++) {
      const start = extendChinese(ctx, end, pStart);
      const item = folded.slice(start, end);
      if (item.length >= 2 && item.length <= 10 && companyItem(item, enterprises)) {
        out.push({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true, acronym: true });
      }
      if (folded[start - 1] !== '、') break;
      end = start - 1;
    }
  }
  return out;
}

/** A list item that names a company: not a field or a business word, no type word of its own, and (in a project list) ending in a business word. */
function companyItem(item: string, enterprises: boolean): boolean {
  if (!/^[\u3400-\u9fffA-Za-z0-9]+$/u.test(item) || !/^[\u3400-\u9fff]/u.test(item)) return false;
  if (isBusinessWord(item) || cjkHead(item) || readName(item).allGloss) return false;
  return enterprises || endsWithBusinessWord(item);
}
