import type { Candidate, Ctx } from './candidate';
import { cjkHead, readName } from './reading';

// An organisation named without a type word, found by its officers: X主席…, X行政总裁…,
// X董事长…. A name that has a chairman or a chief executive is a body, whatever its words
// (a park company, a brand, a council known by its short name). The name opens a clause or
// follows 由, 与, 和, 及, 获; the workspace gazetteer then finds it wherever it recurs.

const TITLES = '主席|副主席|行政总裁|总裁|副总裁|首席执行官|董事长|副董事长|总经理|副总经理|董事局主席|理事长|秘书长';
const OFFICER_AFTER_NAME = new RegExp(String.raw`(?:^|[\s,，。;；:：、!！?？」”】)）由与和及获])([\u3400-\u9fff]{2,6}?)(?=(?:${TITLES})[\u3400-\u9fff])`, 'gu');
/** Common surnames (simplified): a person's name of two or three characters before a title (林某主席表示) is no body. */
const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤查']);
/** Function words that may open the run before the name (并获X主席, 由X行政总裁). */
const LEADING_WORDS = /^(?:并获|并由|由|与|和|及|获|并)/u;
/** Titles that also follow a country or a generic body: 国家主席, 公司董事长, 集团总裁. */
const NOT_A_BODY = /^(?:国家|本|该|此|各|其|原|前|现任?|新任?|副|首席|常务|执行)/u;

export function officerTitleCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.folded.slice(pStart, pEnd);
  if (!/主席|总裁|执行官|董事长|总经理|理事长|秘书长/u.test(slice)) return [];
  const out: Candidate[] = [];
  for (const m of slice.matchAll(OFFICER_AFTER_NAME)) {
    const lead = LEADING_WORDS.exec(m[1])?.[0].length ?? 0;
    const name = m[1].slice(lead);
    // (a name with a type word is the type word's: X集团董事长, X委员会主席; a person's name is no body)
    if (name.length < 2 || NOT_A_BODY.test(name) || cjkHead(name) || readName(name).allGloss) continue;
    if (name.length <= 3 && SURNAMES.has(name[0])) continue;
    const start = pStart + m.index + m[0].length - name.length;
    const end = start + name.length;
    // the name is a word of its own: the segmenter does not run a word across its end
    if (ctx.boundaries && !ctx.boundaries.has(end)) continue;
    out.push({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true });
  }
  return out;
}
