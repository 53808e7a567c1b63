/**
 * Lexicon tables for the figures scanner, per language. Everything the scanner knows
 * about words lives here; the scanner itself only knows the shape of a figure.
 * All entries are in NFKC-normalised form (full-width letters/digits already folded).
 */
import type { Bound } from '../types';

export { CJK_UNITS, EN_UNITS, MONEY_PREFIXES, JA_COUNTERS } from './unitWords';
export type { UnitEntry, UnitKind } from './unitWords';

// ---------------------------------------------------------------------------
// CJK numerals

/** CJK digits (value 0-9). */
export const CJK_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '两': 2, '兩': 2, '壱': 1, '弐': 2, '参': 3, '○': 0,
  // financial forms (大写): never read alone (陆家嘴 is a place, not six houses)
  '壹': 1, '贰': 2, '貳': 2, '叁': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9,
};
/** Numerals that are words of their own when they stand alone. */
export const FINANCIAL_NUMERALS = '壹贰貳叁肆伍陆陸柒捌玖拾佰仟';
/** Small scales inside a four-digit section. */
export const CJK_SMALL_SCALES: Record<string, number> = { '十': 1, '拾': 1, '百': 2, '佰': 2, '千': 3, '仟': 3 };
/** Big scales (powers of ten). 万亿 / 万億 are read as 10^12 by the parser. */
export const CJK_BIG_SCALES: Record<string, number> = { '万': 4, '萬': 4, '亿': 8, '億': 8, '兆': 12 };

export function isCjkNumeralChar(ch: string): boolean {
  return ch in CJK_DIGITS || ch in CJK_SMALL_SCALES || ch in CJK_BIG_SCALES;
}

/** Classifiers after 第 (ordinals): 第14位, 第1弾, 第二期, 第一批. */
export const RANK_CLASSIFIERS = ['位', '名', '弾', '群', '期', '回', '次', '批', '届', '号', '条', '章', '陣', '段', '番', '号'];

/** Nouns that can follow a generic Chinese classifier (个/项/大): the noun that is counted. */
export const ZH_COUNT_NOUNS = [
  '项目', '企业', '公司', '平台', '成果', '人才', '园区', '基地', '中心', '实验室', '城市', '省区', '省份',
  '国家', '地区', '领域', '产业', '行业', '团队', '专家', '院士', '高校', '大学', '学校', '机构', '目标',
  '方面', '任务', '工程', '基金', '协议', '合同', '集群', '片区', '板块', '园', '区', '站', '厂',
];

// ---------------------------------------------------------------------------
// Bounds

/** Bound words directly before a CJK figure (longest first at match time). */
export const CJK_LEFT_BOUNDS: Record<string, Bound> = {
  '約': 'approx', '约': 'approx', '大约': 'approx', '大約': 'approx', 'およそ': 'approx', '凡そ': 'approx',
  'ほぼ': 'approx', '约合': 'approx', '約合': 'approx', '约占': 'approx', '約占': 'approx', // 约占一成: about a tenth
  '近': 'approx', '将近': 'approx', '接近': 'approx', '近く': 'approx',
  '超': 'over', '超过': 'over', '超過': 'over', '逾': 'over', '突破': 'over', // 营收突破千亿元 '高于': 'over', '多于': 'over',
  '不到': 'under', '不足': 'under', '低于': 'under', '少于': 'under', '低於': 'under', '少於': 'under', '高於': 'over', '多於': 'over',
  '將近': 'approx', '不少於': 'atLeast', '不低於': 'atLeast',
  '至少': 'atLeast', '最低': 'atLeast', '最大で': 'atMost', '少なくとも': 'atLeast', '不少于': 'atLeast', '不低于': 'atLeast',
  '最大': 'atMost', '最多': 'atMost', '最高': 'atMost', '不超过': 'atMost', '不超過': 'atMost',
  '上限為': 'atMost', '上限为': 'atMost', '上限は': 'atMost', // 資助上限為3,000萬元: a cap
};

/** Bound words right after a CJK figure (after its unit). */
export const CJK_RIGHT_BOUNDS: Record<string, Bound> = {
  '以上': 'atLeast', '以下': 'atMost', '以内': 'atMost', '未満': 'under', '未满': 'under',
  '超': 'over', '超え': 'over', '超える': 'over', 'を超え': 'over', 'を超える': 'over', 'を上回る': 'over',
  '強': 'over', '余': 'over', '余り': 'over', 'あまり': 'over', '多': 'over',
  '前後': 'approx', '程度': 'approx', 'ほど': 'approx', '左右': 'approx', '上下': 'approx', '近く': 'approx', '近い': 'approx',
  '弱': 'under', '足らず': 'under',
  '規模': 'approx', '规模': 'approx', // 1,000人規模: on the order of
  'を上回った': 'over', 'を上回り': 'over', '上回る': 'over', '上回った': 'over', 'を突破': 'over', '内': 'atMost', '內': 'atMost',
};
/** Right bound words that must not be followed by these characters (超 in 超高速 is not a bound). */
export const CJK_RIGHT_BOUND_NOT_BEFORE: Record<string, string> = {
  '超': '高大级級过過越前亿億千百万萬', '多': '个個种種样樣项項数數元年出', '余': '地裕波', '強': '化力い调調', '上下': '游流',
  '内': '容部地外涵陆陸需资資', '內': '容部地外涵陸需資',
  '弱': 'い',
  '規模': '以', '规模': '以', // 5家规模以上企业: a size class, not a bound
};

/** English bound phrases directly before a figure (lower-case; matched on word boundaries). */
export const EN_LEFT_BOUNDS: Record<string, Bound> = {
  'about': 'approx', 'approximately': 'approx', 'approx.': 'approx', 'around': 'approx', 'roughly': 'approx',
  'nearly': 'approx', 'almost': 'approx', 'close to': 'approx', 'some': 'approx', 'an estimated': 'approx',
  'more than': 'over', 'over': 'over', 'above': 'over', 'exceeding': 'over', 'in excess of': 'over',
  'upwards of': 'over', 'over than': 'over',
  'at least': 'atLeast', 'no less than': 'atLeast', 'no fewer than': 'atLeast', 'a minimum of': 'atLeast',
  'up to': 'atMost', 'at most': 'atMost', 'no more than': 'atMost', 'a maximum of': 'atMost', 'not more than': 'atMost',
  'not less than': 'atLeast', 'not fewer than': 'atLeast', 'minimum of': 'atLeast',
  'exceed': 'over', 'exceeded': 'over', 'exceeds': 'over', 'within': 'atMost', 'as many as': 'atMost', 'smaller than': 'under',
  'less than': 'under', 'fewer than': 'under', 'under': 'under', 'below': 'under', 'just under': 'under',
};
export const EN_RIGHT_BOUNDS: Record<string, Bound> = {
  'at the earliest': 'atLeast', 'at the latest': 'atMost',
  'or more': 'atLeast', 'or above': 'atLeast', 'and above': 'atLeast', 'plus': 'atLeast', 'or less': 'atMost',
  'or fewer': 'atMost', 'and below': 'atMost',
};

// ---------------------------------------------------------------------------
// English

export const EN_SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};
/** English scale words as powers of ten. */
export const EN_SCALES: Record<string, number> = {
  hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6, mln: 6, bln: 9,
  lakh: 5, lakhs: 5, crore: 7, crores: 7, cr: 7,
};
/** Scale letters written right after an amount of money ($20b, $280m, S$13b): only after a currency. */
export const MONEY_SCALE_LETTERS: Record<string, number> = { k: 3, m: 6, mn: 6, mil: 6, b: 9, bn: 9, bil: 9, tn: 12, tril: 12 }; // mil/bil: Malaysian and Singapore papers

/** Words that are never the counted noun of an English count. */
export const EN_NOT_NOUNS = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'in', 'to', 'for', 'from', 'with', 'by', 'on', 'at', 'as', 'is', 'are',
  'was', 'were', 'has', 'have', 'had', 'its', 'this', 'these', 'those', 'his', 'hers', 'their', 'thus', 'plus',
  'less', 'across', 'perhaps', 'various', 'previous', 'famous', 'numerous', 'serious', 'continuous', 'always',
  'news', 'series', 'process', 'business', 'success', 'access', 'progress', 'campus', 'status', 'bonus', 'focus',
  'consensus', 'address', 'analysis', 'basis', 'emphasis', 'crisis', 'class', 'glass', 'gas', 'bus', 'us', 'yes',
  'what', 'which', 'who', 'that', 'than', 'then', 'there', 'here', 'also', 'such', 'ago', 'old', 'later', 'earlier',
]);

/** Irregular English plurals / mass nouns accepted as counted nouns. */
export const EN_IRREGULAR_NOUNS = new Set(['people', 'children', 'staff', 'personnel', 'talent', 'workforce', 'men', 'women']);

export const EN_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const EN_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const EN_MONTH_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** Words before a bare four-digit number that make it a year for sure. */
export const EN_YEAR_CUES = new Set(['in', 'since', 'by', 'for', 'from', 'until', 'till', 'through', 'during', 'of', 'year', 'fiscal', 'before', 'after', 'to', 'end', 'early', 'late', 'mid']);

/** Prefixes before a duration that mean "the past N years" (part of the span, not a bound). */
/** Japanese eras: year 1 of the era is base + 1 (令和3年 = 2021). */
export const JA_ERAS: Record<string, number> = { '令和': 2018, '平成': 1988, '昭和': 1925, '大正': 1911, '明治': 1867 };

/** After 第N with no classifier, these characters make it a word, not a rank (第三者, 第一线). */
export const ORDINAL_NOT_BEFORE = '者线線时時手季'; // 第四季度 is a quarter (a period), not a rank

export const CJK_PAST_PREFIXES = ['過去', '过去', '最近', '近', '这', 'この', 'ここ'];
