// Chinese words that end a name going left (lexicon.ts ZH_LEFT_STOPS holds the first table;
// nameEdges.ts reads both). Verbs that take a project, park or body as their object
// (加大项目建设, 在谈项目, 下设X办公室, 编制项目报告, 办理X园区扩建), a conjunction and a
// pronoun (但园区厂商, 我公司): what stands left of them is never part of the name.
// Only function words and verbs: no entity name may ever be added here.
export const ZH_MORE_LEFT_STOPS: readonly string[] = [
  '加大', '下设', '召开', '编制', '办理', '拉动', '制定', '落实', '谋划', '争取', '对接', '谈', '在谈', '选', '抓', '抓好', '做好',
  '助推', '带动',
  // time phrases (多年来X管理局, 近年来X园区)
  '年来', '多年来', '近年来', '以来', '申报', '包装', '承租', '租赁', '交地', '但', '但是', '我', '我们', '贵',
  // visiting a place (到访X开发区, 考察X园区)
  '到访', '访', '访问', '走访', '专访', '采访', '拜访', '考察', '参观', '调研',
  // 报 alone is the verb "report to" (报告报国家X总局)
  '报',
];
