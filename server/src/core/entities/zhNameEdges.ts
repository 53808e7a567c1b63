import type { Ctx } from './candidate';
import { isHan } from './fold';
import { extendChinese } from './nameEdges';
import { CJK_TYPE_INDEX, readName } from './reading';
import { ZH_ADJECTIVES_IN_HUA } from './zhProjectClasses';

// Edges of Chinese names that the type word alone does not give: a company's registered
// name over a lone position character, a project named for its yearly output (年产…), a
// whole name in quotes, and an X化 adjective that makes a kind of thing.

/** Steps left over lone position characters (上, 中 …) between name characters, as long as a name continues before them. */
export function overPositionCharacters(ctx: Ctx, start: number, pStart: number): number {
  const { folded } = ctx;
  while (start - 2 >= pStart && /[上下中内外]/u.test(folded[start - 1]) && isHan(folded[start - 2]) && !/[在于从到的了是和与及等将为对向]/u.test(folded[start - 2])) {
    const further = extendChinese(ctx, start - 1, pStart);
    if (further >= start - 1) break;
    start = further;
  }
  return start;
}

const ANNUAL_OUTPUT = /^年产能?\s?[0-9.,]+\s?[万亿千]?\s?(?:吨|台|套|件|辆|片|只|颗|条|块|GWh|GW|MW|kW|KW|万吨)?/u;

/** Where a project's name starts when 年产 and a quantity come before what the text found (…年产5万吨|锂电池项目). */
export function annualOutputStart(folded: string, start: number, headStart: number, pStart: number): number {
  const at = folded.lastIndexOf('年产', start);
  if (at < pStart || start - at > 14) return start;
  const m = ANNUAL_OUTPUT.exec(folded.slice(at, headStart));
  return m && at + m[0].length >= start && at + m[0].length < headStart ? at : start;
}

const QUOTE_PAIRS: Record<string, string> = { '”': '“', '」': '「', '』': '『' };

/** Chinese: where the name opens when the type word ends a quote holding the whole name (“湾区光谷”), not a slogan of amounts (“百亿园区”). */
export function quotedWholeName(folded: string, end: number, pStart: number): number | undefined {
  const open = QUOTE_PAIRS[folded[end]];
  if (!open) return undefined;
  const at = folded.lastIndexOf(open, end - 1);
  if (at < pStart || end - at > 15) return undefined;
  const inner = folded.slice(at + 1, end);
  // (no slogan that counts: “四基地一中心”, “百亿园区”)
  if (!/^[\u3400-\u9fffA-Za-z0-9·]+$/u.test(inner) || /^[0-9一二三四五六七八九十百千万亿两]/u.test(inner)) return undefined;
  return at + 1;
}

/** Chinese: only an adjective in 化 (智能化, 现代化) before the type word, or before field words. */
export function adjectiveAndFields(namePart: string): boolean {
  const adjective = ZH_ADJECTIVES_IN_HUA.find((a) => namePart.startsWith(a));
  if (!adjective) return false;
  const rest = namePart.slice(adjective.length);
  return rest === '' || readName(rest).allGloss;
}

/**
 * Chinese: a name part that names nothing of its own: a phase of a project (一期项目), the
 * office a project sets up for itself (项目协调办公室, 工程建设指挥部), a unit of the project,
 * common words before a lone 报 (电子报; 报 is also the verb "report to"), or a special
 * administrative region (香港特区), a bay area (X大湾区).
 */
export function namesNothing(namePart: string, head: { text: string; type: string; cls: string }): boolean {
  if (/^[一二三四五六七八九十0-9]{1,2}期$/u.test(namePart)) return true;
  if (head.text === '报' && readName(namePart).allGloss) return true;
  // Hong Kong's and Macao's 特区 is the region itself, no zone
  if (head.text === '特区' && /^(?:香港|澳门)$/u.test(namePart)) return true;
  // a bay area named for its cities (X大湾区, 东京湾区) is a region, as the annotators of Chinese releases read it: a place, no zone
  if (head.text === '大湾区' || head.text === '湾区') return true;
  return head.type === 'organization' && head.cls !== 'company' && head.cls !== 'group' && /^(?:项目|工程)/u.test(namePart);
}

const ZONE_HEADS = [...new Set(CJK_TYPE_INDEX.filter((w) => w.type === 'zone' && w.text.length >= 3 && /^[\u3400-\u9fff]+区$/u.test(w.text)).map((w) => w.text))];

// (a district of the state's making: 开发区, 高新区; not a city of an industry, X未来城创新产业园)
/**
 * Chinese: a park named with a whole zone's name and then its industry (X经济开发区新材料产业园)
 * is a park being built inside that zone: a project (as a park named for its industry alone is).
 */
export function parkInsideZone(namePart: string): boolean {
  for (const z of ZONE_HEADS) {
    const at = namePart.indexOf(z);
    if (at < 1) continue;
    const rest = namePart.slice(at + z.length);
    if (rest.length >= 2 && readName(rest).allGloss) return true;
  }
  return false;
}
