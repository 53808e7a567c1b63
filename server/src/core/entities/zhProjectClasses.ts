import { cjkHead, readName } from './reading';

// Chinese projects named only for what kind of project they are: 重大项目, 招商引资项目,
// 新开工项目, after nothing or after the zone, place or body that has them (西江新区重大项目,
// 全市重点工程). A batch of projects, not a project.

/** Words that say which class of projects (in simplified characters; names are matched folded). */
const CLASS_WORDS = [
  '重大', '重点', '签约', '招商引资', '招商', '新开工', '开工', '竣工', '在建', '续建', '新建', '储备', '产业', '重大产业', '重点产业',
  '亿元以上', '十亿元以上', '百亿级', '优质', '民生', '基础设施', '社会事业', '年度', '省级重点', '市级重点', '省重点', '市重点', '集中签约',
  '集中开工', '总部', '外资', '内资', '招引', '在谈', '落地', '攻坚',
  // kinds of work and of purpose (技改项目, 配套项目, 系列产业化项目)
  '系列', '产业化', '试点', '示范', '技改', '技术改造', '配套', '前期', '基建', '合作', '投资', '补链', '强链', '延链', '城市更新', '标志性',
  '引领性', '支撑性', '改造',
  // what the projects are for (战略性新兴产业项目, 高质量发展重大项目, 重中之重项目)
  '战略性新兴产业', '战略性新兴', '新兴产业', '高质量发展', '重中之重', '战略',
].sort((a, b) => b.length - a.length);

// what may come before the class words: a zone or a body (ends in its type word), or a place
const OWNER_END = /[省市区县镇乡州]$/u;

/** The name part (folded, before 项目 / 工程) only names a class of projects. */
export function projectClassName(namePart: string): boolean {
  let rest = namePart;
  let took = false;
  for (let w = CLASS_WORDS.find((c) => rest.endsWith(c)); w; w = CLASS_WORDS.find((c) => rest.endsWith(c))) {
    rest = rest.slice(0, -w.length);
    took = true;
  }
  if (!took) return false;
  // a batch of them (省第二批重大项目)
  rest = rest.replace(/第?[一二三四五六七八九十0-9]{1,3}批$/u, '');
  return rest === '' || OWNER_END.test(rest) || !!cjkHead(rest) || readName(rest).allGloss;
}

/** Adjectives in 化 that describe a kind of line, platform or park (智能化生产线, 现代化产业园区), never name one. */
export const ZH_ADJECTIVES_IN_HUA: readonly string[] = [
  '智能化', '数字化', '现代化', '国际化', '信息化', '自动化', '规模化', '专业化', '标准化', '集约化', '高端化', '绿色化', '网络化', '市场化',
  '多元化', '特色化', '精细化', '智慧化', '数智化', '低碳化', '品牌化', '集群化', '园区化',
];

/** Modifiers that say what kind of body, lab or platform a thing is (伙伴公司, 共享实验室, 开放创新载体平台), never whose. */
const KIND_MODIFIERS = [
  '伙伴', '合作', '共享', '外商', '联合', '开放', '公共', '新型', '专业', '附属', '下属', '关联', '外资', '内资', '民营', '国有', '上市', '初创',
  '科技型', '创新型', '载体', '配套', '示范', '综合', '龙头', '骨干', '头部', '本地', '当地', '海外', '境外', '国际', '大型', '中小型',
  // what a company is for or whose (城投公司, 区属平台公司, 总部企业)
  '城投', '平台', '区属', '市属', '省属', '总部',
  // and of a zone (老旧工业区, 既有园区, 甲种工业区)
  '老旧', '既有', '现有', '传统', '新兴', '闲置', '低效', '各类', '新型态', '特殊', '新设', '新建', '虚拟', '双方', '更多', '高科技', '甲种', '乙种', '丙种', '一类', '二类', '三类',
  // and of a committee (咨询委员会, 专家委员会)
  '咨询', '顾问', '专家', '评审', '监督', '工作', '筹备', '组织',
].sort((a, b) => b.length - a.length);

/**
 * The name part is only kind modifiers and field words (伙伴实验室, 开放创新载体平台), or
 * with `fieldsAlone` only field words (生物医药公司): a kind of company, lab or platform. A
 * national or Chinese name (中国X公司) is left alone: those name one.
 */
export function kindOfBody(namePart: string, allGloss: (s: string) => boolean, fieldsAlone: boolean): boolean {
  if (/^(?:中国|国家|中华)/u.test(namePart)) return false;
  // two kinds of company joined by 和 (总部企业和上市公司): each a kind (not a lab of two fields, 材料与能源实验室)
  const parts = namePart.split(/和|与|及/u);
  if (parts.length > 1 && fieldsAlone) return parts.every((p) => p !== '' && kindOfBody(p, allGloss, true));
  let rest = namePart;
  for (let m = KIND_MODIFIERS.find((k) => rest.startsWith(k)); m; m = KIND_MODIFIERS.find((k) => rest.startsWith(k))) rest = rest.slice(m.length);
  // (a lab or platform named for its field alone is a name: 量子信息实验室)
  if (rest === namePart && !fieldsAlone) return false;
  return rest === '' || allGloss(rest);
}
