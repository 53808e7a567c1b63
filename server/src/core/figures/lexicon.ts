/**
 * Lexicon tables for the figures scanner, per language. Everything the scanner knows
 * about words lives here; the scanner itself only knows the shape of a figure.
 * All entries are in NFKC-normalised form (full-width letters/digits already folded).
 */
import type { Bound, Unit } from '../types';

// ---------------------------------------------------------------------------
// CJK numerals

/** CJK digits (value 0-9). */
export const CJK_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '两': 2, '兩': 2, '壱': 1, '弐': 2, '参': 3,
};
/** Small scales inside a four-digit section. */
export const CJK_SMALL_SCALES: Record<string, number> = { '十': 1, '拾': 1, '百': 2, '佰': 2, '千': 3, '仟': 3 };
/** Big scales (powers of ten). 万亿 / 万億 are read as 10^12 by the parser. */
export const CJK_BIG_SCALES: Record<string, number> = { '万': 4, '萬': 4, '亿': 8, '億': 8, '兆': 12 };

export function isCjkNumeralChar(ch: string): boolean {
  return ch in CJK_DIGITS || ch in CJK_SMALL_SCALES || ch in CJK_BIG_SCALES;
}

// ---------------------------------------------------------------------------
// Units. `kind` decides how the figure is built; `pow` multiplies the value by 10^pow
// (a scale folded into the unit word, e.g. 亿元 is handled as scale + unit, but
// "EFLOPS" = 1000 PFLOPS is pow 3).

export type UnitKind = 'unit' | 'money' | 'percent' | 'count' | 'duration' | 'year' | 'rank';

export interface UnitEntry {
  unit: Unit;
  kind: UnitKind;
  /** value multiplier as a power of ten */
  pow?: number;
  /** a counted noun or classifier */
  counted?: string;
  /** a classifier too generic to name what is counted: look for the noun after it */
  generic?: boolean;
  /** characters that, when they follow this entry, mean it is a different word */
  notBefore?: string;
  /** percent in tenths (割, 成) */
  tenths?: boolean;
  note?: string;
}

/** CJK unit words, matched longest first right after a number (and its scale). */
export const CJK_UNITS: Record<string, UnitEntry> = {
  // area
  '平方キロメートル': { unit: 'km2', kind: 'unit' },
  '平方キロ': { unit: 'km2', kind: 'unit' },
  '平方公里': { unit: 'km2', kind: 'unit' },
  '平方千米': { unit: 'km2', kind: 'unit' },
  '平方km': { unit: 'km2', kind: 'unit' },
  '平方メートル': { unit: 'm2', kind: 'unit' },
  '平方米': { unit: 'm2', kind: 'unit' },
  '平米': { unit: 'm2', kind: 'unit' },
  '平方m': { unit: 'm2', kind: 'unit' },
  'ヘクタール': { unit: 'ha', kind: 'unit' },
  '公顷': { unit: 'ha', kind: 'unit' },
  '公頃': { unit: 'ha', kind: 'unit' },
  '亩': { unit: 'mu', kind: 'unit' },
  '畝': { unit: 'mu', kind: 'unit' },
  // length
  'キロメートル': { unit: 'km', kind: 'unit' },
  'キロ': { unit: 'km', kind: 'unit', notBefore: 'グワバカ' }, // not キログラム, キロワット, キロバイト, キロカロリー
  '公里': { unit: 'km', kind: 'unit' },
  '千米': { unit: 'km', kind: 'unit' },
  'メートル': { unit: 'm', kind: 'unit' },
  '米': { unit: 'm', kind: 'unit', notBefore: 'ドル国価粒' },
  // money
  '人民元': { unit: 'CNY', kind: 'money' },
  '人民币': { unit: 'CNY', kind: 'money' },
  '人民幣': { unit: 'CNY', kind: 'money' },
  '元': { unit: 'CNY', kind: 'money', notBefore: '年素首件旦' },
  '円': { unit: 'JPY', kind: 'money', notBefore: '形滑盤' },
  '日元': { unit: 'JPY', kind: 'money' },
  '日円': { unit: 'JPY', kind: 'money' },
  '米ドル': { unit: 'USD', kind: 'money' },
  '美元': { unit: 'USD', kind: 'money' },
  '美金': { unit: 'USD', kind: 'money' },
  'ドル': { unit: 'USD', kind: 'money', note: 'ドル read as US dollars' },
  // percent
  '%': { unit: 'percent', kind: 'percent' },
  'パーセント': { unit: 'percent', kind: 'percent' },
  '个百分点': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  '百分点': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  'ポイント': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  '割': { unit: 'percent', kind: 'percent', tenths: true, notBefore: '合引安当愛り烹譲' },
  '成': { unit: 'percent', kind: 'percent', tenths: true, notBefore: '果功为為立長长员員本熟就分效績绩型形交都人年品绩し分さ' },
  // computing power
  'PFLOPS': { unit: 'pflops', kind: 'unit' },
  'PFlops': { unit: 'pflops', kind: 'unit' },
  'Pflops': { unit: 'pflops', kind: 'unit' },
  'EFLOPS': { unit: 'pflops', kind: 'unit', pow: 3 },
  'TFLOPS': { unit: 'pflops', kind: 'unit', pow: -3 },
  // durations and years
  'か年': { unit: 'year-duration', kind: 'duration' },
  'カ年': { unit: 'year-duration', kind: 'duration' },
  'ヵ年': { unit: 'year-duration', kind: 'duration' },
  'ヶ年': { unit: 'year-duration', kind: 'duration' },
  '周年': { unit: 'year-duration', kind: 'duration' },
  '年間': { unit: 'year-duration', kind: 'duration' },
  '年来': { unit: 'year-duration', kind: 'duration' },
  '年度': { unit: 'year', kind: 'year' },
  '年': { unit: 'year-duration', kind: 'duration' }, // 4-digit years become 'year' in the scanner
  // counts: specific classifiers (the classifier names what is counted)
  '社': { unit: 'count', kind: 'count', counted: '社', notBefore: '会員長内区屋説団' },
  '家': { unit: 'count', kind: 'count', counted: '家', notBefore: '族庭具电電乡郷' },
  '人': { unit: 'count', kind: 'count', counted: '人', notBefore: '民材才工口间間気物生類类格事' },
  '名': { unit: 'count', kind: 'count', counted: '名', notBefore: '前称稱義义古单単誉譽牌字' },
  '位': { unit: 'count', kind: 'count', counted: '位', notBefore: '置于於' },
  '所': { unit: 'count', kind: 'count', counted: '所', notBefore: '长長属屬有在得以谓謂' },
  '台': { unit: 'count', kind: 'count', counted: '台', notBefore: '湾灣北南州风風河山' },
  '基': { unit: 'count', kind: 'count', counted: '基', notBefore: '地金础礎盤盘準准于於本因' },
  '校': { unit: 'count', kind: 'count', counted: '校', notBefore: '长長友园園区區' },
  '座': { unit: 'count', kind: 'count', counted: '座', notBefore: '谈談席標标' },
  '条': { unit: 'count', kind: 'count', counted: '条', notBefore: '件例约約款' },
  '户': { unit: 'count', kind: 'count', counted: '户', notBefore: '口籍' },
  '戸': { unit: 'count', kind: 'count', counted: '戸', notBefore: '籍建' },
  '棟': { unit: 'count', kind: 'count', counted: '棟' },
  '栋': { unit: 'count', kind: 'count', counted: '栋' },
  '次': { unit: 'count', kind: 'count', counted: '次', notBefore: '元第世代' },
  '回': { unit: 'count', kind: 'count', counted: '回', notBefore: '答復复収收路転转顾顧归歸' },
  '届': { unit: 'count', kind: 'count', counted: '届', notBefore: 'け' },
  '批': { unit: 'count', kind: 'count', counted: '批', notBefore: '准評评判' },
  '篇': { unit: 'count', kind: 'count', counted: '篇' },
  '款': { unit: 'count', kind: 'count', counted: '款' },
  '支': { unit: 'count', kind: 'count', counted: '支', notBefore: '持援社付店出部' },
  '种': { unit: 'count', kind: 'count', counted: '种', notBefore: '子植' },
  '種': { unit: 'count', kind: 'count', counted: '種', notBefore: '子類类' },
  '类': { unit: 'count', kind: 'count', counted: '类', notBefore: '似' },
  '倍': { unit: 'number', kind: 'count', counted: '倍', note: 'a multiple (倍)' },
  'カ所': { unit: 'count', kind: 'count', counted: 'カ所' },
  'か所': { unit: 'count', kind: 'count', counted: 'か所' },
  'ヶ所': { unit: 'count', kind: 'count', counted: 'ヶ所' },
  '箇所': { unit: 'count', kind: 'count', counted: '箇所' },
  'カ国': { unit: 'count', kind: 'count', counted: 'カ国' },
  'か国': { unit: 'count', kind: 'count', counted: 'か国' },
  'ヶ国': { unit: 'count', kind: 'count', counted: 'ヶ国' },
  '个国家': { unit: 'count', kind: 'count', counted: '国家', notBefore: '级級' },
  '機関': { unit: 'count', kind: 'count', counted: '機関' },
  '机构': { unit: 'count', kind: 'count', counted: '机构' },
  '企業': { unit: 'count', kind: 'count', counted: '企業' },
  '企业': { unit: 'count', kind: 'count', counted: '企业' },
  // counts: generic classifiers (look for the noun after them)
  '件': { unit: 'count', kind: 'count', counted: '件', generic: true, notBefore: '数数' },
  '个': { unit: 'count', kind: 'count', counted: '个', generic: true, notBefore: '人体性月' },
  '個': { unit: 'count', kind: 'count', counted: '個', generic: true, notBefore: '人体性月' },
  '项': { unit: 'count', kind: 'count', counted: '项', generic: true, notBefore: '目' },
  '項': { unit: 'count', kind: 'count', counted: '項', generic: true, notBefore: '目' },
  'つ': { unit: 'count', kind: 'count', counted: 'つ', generic: true },
  '点': { unit: 'count', kind: 'count', counted: '点', generic: true, notBefore: '数检検' },
  '大': { unit: 'count', kind: 'count', counted: '大', generic: true, notBefore: '精报報代召以开開胜勝会會学學' },
  '期': { unit: 'count', kind: 'count', counted: '期', notBefore: '间間待限望末' },
};

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
  'ほぼ': 'approx', '约合': 'approx', '約合': 'approx',
  '近': 'approx', '将近': 'approx', '接近': 'approx', '近く': 'approx',
  '超': 'over', '超过': 'over', '超過': 'over', '逾': 'over', '高于': 'over', '多于': 'over',
  '不到': 'under', '不足': 'under', '低于': 'under', '少于': 'under',
  '至少': 'atLeast', '最低': 'atLeast', '少なくとも': 'atLeast', '不少于': 'atLeast', '不低于': 'atLeast',
  '最大': 'atMost', '最多': 'atMost', '最高': 'atMost', '不超过': 'atMost', '不超過': 'atMost',
};

/** Bound words right after a CJK figure (after its unit). */
export const CJK_RIGHT_BOUNDS: Record<string, Bound> = {
  '以上': 'atLeast', '以下': 'atMost', '以内': 'atMost', '未満': 'under', '未满': 'under',
  '超': 'over', '超え': 'over', '超える': 'over', 'を超え': 'over', 'を超える': 'over', 'を上回る': 'over',
  '強': 'over', '余': 'over', '余り': 'over', 'あまり': 'over', '多': 'over',
  '前後': 'approx', '程度': 'approx', 'ほど': 'approx', '左右': 'approx', '上下': 'approx', '近く': 'approx',
  '弱': 'under', '足らず': 'under',
};
/** Right bound words that must not be followed by these characters (超 in 超高速 is not a bound). */
export const CJK_RIGHT_BOUND_NOT_BEFORE: Record<string, string> = {
  '超': '高大级級过過越前', '多': '个個种種样樣项項数數元年', '余': '地裕波', '強': '化力い调調', '上下': '游流',
  '弱': 'い',
};

/** English bound phrases directly before a figure (lower-case; matched on word boundaries). */
export const EN_LEFT_BOUNDS: Record<string, Bound> = {
  'about': 'approx', 'approximately': 'approx', 'approx.': 'approx', 'around': 'approx', 'roughly': 'approx',
  'nearly': 'approx', 'almost': 'approx', 'close to': 'approx', 'some': 'approx', 'an estimated': 'approx',
  'more than': 'over', 'over': 'over', 'above': 'over', 'exceeding': 'over', 'in excess of': 'over',
  'upwards of': 'over', 'over than': 'over',
  'at least': 'atLeast', 'no less than': 'atLeast', 'no fewer than': 'atLeast', 'a minimum of': 'atLeast',
  'up to': 'atMost', 'at most': 'atMost', 'no more than': 'atMost', 'a maximum of': 'atMost',
  'less than': 'under', 'fewer than': 'under', 'under': 'under', 'below': 'under', 'just under': 'under',
};
export const EN_RIGHT_BOUNDS: Record<string, Bound> = {
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
  hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6, mln: 6,
};

/** English unit words (lower-case), matched word-wise after a number; multi-word first. */
export const EN_UNITS: Record<string, UnitEntry> = {
  'square kilometers': { unit: 'km2', kind: 'unit' }, 'square kilometres': { unit: 'km2', kind: 'unit' },
  'square kilometer': { unit: 'km2', kind: 'unit' }, 'square kilometre': { unit: 'km2', kind: 'unit' },
  'sq km': { unit: 'km2', kind: 'unit' }, 'sq. km': { unit: 'km2', kind: 'unit' }, 'km2': { unit: 'km2', kind: 'unit' },
  'sq.km': { unit: 'km2', kind: 'unit' }, 'sqkm': { unit: 'km2', kind: 'unit' },
  'square meters': { unit: 'm2', kind: 'unit' }, 'square metres': { unit: 'm2', kind: 'unit' },
  'square meter': { unit: 'm2', kind: 'unit' }, 'square metre': { unit: 'm2', kind: 'unit' },
  'sq m': { unit: 'm2', kind: 'unit' }, 'sq. m': { unit: 'm2', kind: 'unit' }, 'sqm': { unit: 'm2', kind: 'unit' },
  'm2': { unit: 'm2', kind: 'unit' },
  'hectares': { unit: 'ha', kind: 'unit' }, 'hectare': { unit: 'ha', kind: 'unit' }, 'ha': { unit: 'ha', kind: 'unit' },
  'mu': { unit: 'mu', kind: 'unit' },
  'kilometers': { unit: 'km', kind: 'unit' }, 'kilometres': { unit: 'km', kind: 'unit' },
  'kilometer': { unit: 'km', kind: 'unit' }, 'kilometre': { unit: 'km', kind: 'unit' }, 'km': { unit: 'km', kind: 'unit' },
  'meters': { unit: 'm', kind: 'unit' }, 'metres': { unit: 'm', kind: 'unit' }, 'meter': { unit: 'm', kind: 'unit' },
  'metre': { unit: 'm', kind: 'unit' }, 'm': { unit: 'm', kind: 'unit' },
  'yuan': { unit: 'CNY', kind: 'money' }, 'rmb': { unit: 'CNY', kind: 'money' }, 'cny': { unit: 'CNY', kind: 'money' },
  'renminbi': { unit: 'CNY', kind: 'money' },
  'yen': { unit: 'JPY', kind: 'money' }, 'jpy': { unit: 'JPY', kind: 'money' },
  'us dollars': { unit: 'USD', kind: 'money' }, 'u.s. dollars': { unit: 'USD', kind: 'money' },
  'dollars': { unit: 'USD', kind: 'money', note: 'dollars read as US dollars' }, 'usd': { unit: 'USD', kind: 'money' },
  'percent': { unit: 'percent', kind: 'percent' }, 'per cent': { unit: 'percent', kind: 'percent' },
  'percentage points': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  'pflops': { unit: 'pflops', kind: 'unit' }, 'petaflops': { unit: 'pflops', kind: 'unit' },
  'eflops': { unit: 'pflops', kind: 'unit', pow: 3 }, 'tflops': { unit: 'pflops', kind: 'unit', pow: -3 },
  'years': { unit: 'year-duration', kind: 'duration' }, 'year': { unit: 'year-duration', kind: 'duration' },
  'yrs': { unit: 'year-duration', kind: 'duration' },
  'people': { unit: 'count', kind: 'count', counted: 'people' }, 'persons': { unit: 'count', kind: 'count', counted: 'persons' },
  'staff': { unit: 'count', kind: 'count', counted: 'staff' }, 'personnel': { unit: 'count', kind: 'count', counted: 'personnel' },
  'talent': { unit: 'count', kind: 'count', counted: 'talent' }, 'times': { unit: 'number', kind: 'count', counted: 'times', note: 'a multiple (times)' },
};

/** Currency words and symbols written before the number. */
export const MONEY_PREFIXES: Record<string, Unit> = {
  'RMB': 'CNY', 'CNY': 'CNY', 'USD': 'USD', 'US$': 'USD', 'US $': 'USD', '$': 'USD', 'JPY': 'JPY', 'CN¥': 'CNY',
  'RMB¥': 'CNY', '¥': 'JPY', '￥': 'JPY', 'JP¥': 'JPY',
};

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
export const ORDINAL_NOT_BEFORE = '者线線时時手';

export const CJK_PAST_PREFIXES = ['過去', '过去', '近', '最近', '这', 'この', 'ここ'];
