import type { Candidate, Ctx } from './candidate';

// The fields Chinese government departments are named for, in full (two fields joined by 和,
// which would end a name on its left) and in the abbreviated forms the word segmenter splits
// into single characters (住|建|局): before 局, 委 or 厅 they make a department's name
// (市工业和信息化局, 区发改局, 省卫健委). Simplified; matched folded.
export const ZH_DEPARTMENT_FIELDS: readonly string[] = [
  '工业和信息化', '信息化', '自然资源和规划', '发展和改革', '人力资源和社会保障', '住房和城乡建设', '文化和旅游', '文化广电和旅游',
  '卫生健康', '卫生和计划生育', '市场监督管理', '科学技术', '退役军人事务', '医疗保障', '政务服务和大数据', '政务服务', '城市管理',
  '教育和体育', '农业和农村', '交通和运输',
  // abbreviated
  '住建', '发改', '人社', '卫健', '卫计', '市监', '文旅', '文广旅', '文广', '医保', '资规', '自规', '自然资源', '生态环境', '应急', '应急管理',
  '农业农村', '农农', '交通运输', '交运', '城管', '综合执法', '水务', '水利', '林业', '林草', '统计', '审计', '税务', '财政', '民政', '司法',
  '公安', '教育', '教体', '科技', '工信', '经信', '经科', '商务', '投促', '招商', '外事', '侨务', '信访', '体育', '粮食', '能源', '数据',
  '大数据', '政数', '行政审批', '审批', '国资', '金融', '退役军人', '残联', '妇联', '规划', '国土', '住房', '建设', '环保', '安监', '质监',
].sort((a, b) => b.length - a.length);

/** The one-character heads such a field makes a department of. */
export const ZH_DEPARTMENT_HEADS = new Set(['局', '委', '厅']);

/** The department field that ends at `end` in the folded text (住建|局), if any. */
export function departmentFieldEndingAt(folded: string, end: number): string | undefined {
  return ZH_DEPARTMENT_FIELDS.find((f) => end - f.length >= 0 && folded.startsWith(f, end - f.length));
}

export const departmentFieldBefore = (folded: string, end: number): boolean => departmentFieldEndingAt(folded, end) !== undefined;

/** What a bureau does, alone before its head: 管理局, 服务局 name no bureau (该管理局 refers back to one). */
export const ZH_BUREAU_FUNCTIONS = new Set(['管理', '服务', '办公', '工作', '执行', '综合', '监督', '事务', '行政']);

/**
 * The governments a Chinese text names by its region's status or abbreviation, not by a
 * place: 特区政府 (the special administrative region's), 港府 / 澳府. The type word 政府 after
 * 特区 reads as generic, and 港府 has no type word at all. (中央政府 stays unmarked: the
 * Japanese annotations leave it so, and the workspace gazetteer carries names across languages.)
 */
const SAYS_OR_LINKS = new Set([...'指说称与和及由向对据将把被让为是的了但而即']);
const GOVERNMENT_REFERENCE = /特区政府|[港澳]府/gu;

export function governmentReferenceCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.folded.slice(pStart, pEnd);
  if (!slice.includes('府')) return [];
  const out: Candidate[] = [];
  for (const m of slice.matchAll(GOVERNMENT_REFERENCE)) {
    const start = pStart + m.index;
    const end = start + m[0].length;
    // 港府, 澳府 as words of their own: after punctuation or a verb of saying, not the tail of a place (青港府路)
    if (m[0].length === 2 && (!ctx.boundaries?.has(end) || /[\u3400-\u9fff]/u.test(ctx.folded[start - 1] ?? '') && !SAYS_OR_LINKS.has(ctx.folded[start - 1]))) continue;
    out.push({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true });
  }
  return out;
}

/**
 * A government agency's three-character abbreviation (Taiwan's 国科会, 主计处, 园管局) where it
 * opens a clause and speaks or is headed: X表示, X上午指出, X副主委. The abbreviation has no
 * name before its one-character head, which the type word's rule needs.
 */
const AGENCY_ABBREVIATION = /(?:^|[\s,，。;；:：、!！?？」”】)）])([\u3400-\u9fff]{2}[会局处署])(?=(?:今天|今日|上午|下午|昨天|昨日|日前|近日|也|亦|则|还|将)?(?:表示|指出|宣布|说明|发布|公布|强调|主委|副主委|主任委员|副主任委员|局长|副局长|处长|副处长|署长|副署长))/gu;
/** Bodies every organisation has, and determiners: 董事会, 委员会, 本局, 该处. */
const NO_AGENCY = /^(?:董事|理事|监事|委员|管委|常委|党委|大会|全会|本.|该.|此.|各.|全.)/u;

export function agencyAbbreviationCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.folded.slice(pStart, pEnd);
  if (!/[会局处署]/u.test(slice)) return [];
  const out: Candidate[] = [];
  for (const m of slice.matchAll(AGENCY_ABBREVIATION)) {
    const name = m[1];
    if (NO_AGENCY.test(name) || ZH_BUREAU_FUNCTIONS.has(name.slice(0, 2))) continue;
    const start = pStart + m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, type: 'organization', source: 'pattern', generic: false, hasName: true });
  }
  return out;
}
