/**
 * Unit words: what may follow a number (CJK and English units, currencies, counters and
 * classifiers) and the currency words and symbols written before one. All entries are in
 * NFKC-normalised form. The scanner matches CJK entries longest first, English entries
 * word by word (up to three words).
 */
import type { Unit } from '../types';

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
  /** 折: a price ratio in tenths (八折 = 80 %), or in hundredths when written with two digits (八五折 = 85 %) */
  discount?: boolean;
  /** the value is divided by this (months as years: 18 months = 1.5 years) */
  divide?: number;
  /** the currency's subunits as powers of ten (元: 角 -1, 分 -2; dollars: cents -2) */
  subunits?: Record<string, number>;
  /** 割引: the share taken off, stated as the price ratio (2割引 = 80 %), as 折 states it */
  off?: boolean;
  /** feet may be followed by inches (5 ft 2 in, 5 feet and 2 inches) */
  inches?: boolean;
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
  'キロ': { unit: 'km', kind: 'unit', notBefore: 'グワバカリト' }, // not キログラム, キロワット, キロバイト, キロカロリー, キロリットル, キロトン
  '公里': { unit: 'km', kind: 'unit' },
  '千米': { unit: 'km', kind: 'unit' },
  'メートル': { unit: 'm', kind: 'unit' },
  '米': { unit: 'm', kind: 'unit', notBefore: 'ドル国価粒' },
  // money
  '人民元': { unit: 'CNY', kind: 'money', subunits: { '角': -1, '分': -2 } },
  '人民币': { unit: 'CNY', kind: 'money' },
  '人民幣': { unit: 'CNY', kind: 'money' },
  '元': { unit: 'CNY', kind: 'money', notBefore: '素首件旦月宵化论論', subunits: { '角': -1, '毛': -1, '分': -2 } },
  '円': { unit: 'JPY', kind: 'money', notBefore: '形滑盤高安', subunits: { '銭': -2 } },
  '日元': { unit: 'JPY', kind: 'money' },
  '日円': { unit: 'JPY', kind: 'money' },
  '米ドル': { unit: 'USD', kind: 'money' },
  '美元': { unit: 'USD', kind: 'money', subunits: { '美分': -2 } },
  '美金': { unit: 'USD', kind: 'money' },
  'ドル': { unit: 'USD', kind: 'money', note: 'ドル read as US dollars', subunits: { 'セント': -2 } },
  // area and length in other systems (converted exactly; the written unit kept)
  '平方公尺': { unit: 'm2', kind: 'unit' },
  '公尺': { unit: 'm', kind: 'unit' },
  'ムー': { unit: 'mu', kind: 'unit' },
  'エーカー': { unit: 'acre', kind: 'unit' },
  '英亩': { unit: 'acre', kind: 'unit' },
  '英畝': { unit: 'acre', kind: 'unit' },
  '平方マイル': { unit: 'mi2', kind: 'unit' },
  '平方英里': { unit: 'mi2', kind: 'unit' },
  'マイル': { unit: 'mi', kind: 'unit' },
  '英里': { unit: 'mi', kind: 'unit' },
  '平方フィート': { unit: 'ft2', kind: 'unit' },
  '平方英尺': { unit: 'ft2', kind: 'unit' },
  '平方呎': { unit: 'ft2', kind: 'unit' },
  '呎': { unit: 'ft', kind: 'unit', notBefore: '價价' }, // an area (ft²) after 面積: see tail.ts
  '坪': { unit: 'tsubo', kind: 'unit', notBefore: '庭' }, // Japanese floor area (not 坪庭, a courtyard)
  // mass: no dimension of its own; the number keeps its unit word in the span
  'トン': { unit: 'number', kind: 'unit', notBefore: 'ネボ', note: 'tonnes (mass is not converted)' },
  '吨': { unit: 'number', kind: 'unit', note: 'tonnes (mass is not converted)' },
  '噸': { unit: 'number', kind: 'unit', note: 'tonnes (mass is not converted)' },
  'フィート': { unit: 'ft', kind: 'unit' },
  '英尺': { unit: 'ft', kind: 'unit' },
  '奈米': { unit: 'm', kind: 'unit', pow: -9, note: 'nanometres' },
  '吋': { unit: 'ft', kind: 'unit', divide: 12, note: 'inches, as feet' }, '英寸': { unit: 'ft', kind: 'unit', divide: 12, note: 'inches, as feet' },
  'インチ': { unit: 'ft', kind: 'unit', divide: 12, note: 'inches, as feet' },
  '纳米': { unit: 'm', kind: 'unit', pow: -9, note: 'nanometres' },
  '納米': { unit: 'm', kind: 'unit', pow: -9, note: 'nanometres' },
  'ナノメートル': { unit: 'm', kind: 'unit', pow: -9, note: 'nanometres' },
  // more currencies, each its own unit
  '港元': { unit: 'HKD', kind: 'money' }, '港币': { unit: 'HKD', kind: 'money' }, '港幣': { unit: 'HKD', kind: 'money' },
  '港圆': { unit: 'HKD', kind: 'money' }, '港圓': { unit: 'HKD', kind: 'money' }, '香港ドル': { unit: 'HKD', kind: 'money' },
  '新台币': { unit: 'TWD', kind: 'money' }, '新台幣': { unit: 'TWD', kind: 'money' }, '新臺幣': { unit: 'TWD', kind: 'money' },
  '台币': { unit: 'TWD', kind: 'money' }, '台幣': { unit: 'TWD', kind: 'money' }, '臺幣': { unit: 'TWD', kind: 'money' },
  '台湾ドル': { unit: 'TWD', kind: 'money' }, 'ニュー台湾ドル': { unit: 'TWD', kind: 'money' }, '新台湾ドル': { unit: 'TWD', kind: 'money' },
  '韩元': { unit: 'KRW', kind: 'money' }, '韓元': { unit: 'KRW', kind: 'money' }, 'ウォン': { unit: 'KRW', kind: 'money' },
  '원': { unit: 'KRW', kind: 'money' },
  '新加坡元': { unit: 'SGD', kind: 'money' }, '新元': { unit: 'SGD', kind: 'money' }, 'シンガポールドル': { unit: 'SGD', kind: 'money' },
  '欧元': { unit: 'EUR', kind: 'money' }, '歐元': { unit: 'EUR', kind: 'money' }, 'ユーロ': { unit: 'EUR', kind: 'money' },
  '卢比': { unit: 'INR', kind: 'money' }, '盧比': { unit: 'INR', kind: 'money' }, 'ルピー': { unit: 'INR', kind: 'money' },
  '英镑': { unit: 'GBP', kind: 'money' }, '英鎊': { unit: 'GBP', kind: 'money' }, 'ポンド': { unit: 'GBP', kind: 'money', note: 'ポンド read as pounds sterling' },
  '美圆': { unit: 'USD', kind: 'money' }, '美圓': { unit: 'USD', kind: 'money' }, 'USドル': { unit: 'USD', kind: 'money' },
  '块': { unit: 'CNY', kind: 'money', notBefore: '状狀头頭', note: '块 read as yuan', subunits: { '毛': -1, '角': -1, '分': -2 } },
  '塊': { unit: 'CNY', kind: 'money', notBefore: '状狀头頭', note: '塊 read as yuan', subunits: { '毛': -1, '角': -1, '分': -2 } },
  // shares: 折 is a price ratio (八折 = 80 %, 八五折 = 85 %)
  '折': { unit: 'percent', kind: 'percent', discount: true, note: 'a price ratio (折)', notBefore: '扣叠疊旧舊磨腾騰射返中线線算合成价價半' },
  '個百分點': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  '个百分點': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  '百分點': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  'パーセントポイント': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  // months as durations in years (18か月 = 1.5 years)
  'か月': { unit: 'year-duration', kind: 'duration', divide: 12, note: 'months' },
  'カ月': { unit: 'year-duration', kind: 'duration', divide: 12, note: 'months' },
  'ヵ月': { unit: 'year-duration', kind: 'duration', divide: 12, note: 'months' },
  'ヶ月': { unit: 'year-duration', kind: 'duration', divide: 12, note: 'months' },
  // not 三个月大 (N months old, or the slogan 三个月大变样)
  '个月': { unit: 'year-duration', kind: 'duration', divide: 12, note: 'months', notBefore: '大' },
  '個月': { unit: 'year-duration', kind: 'duration', divide: 12, note: 'months', notBefore: '大' },
  '世紀': { unit: 'year-duration', kind: 'duration', pow: 2, note: 'centuries' },
  '世纪': { unit: 'year-duration', kind: 'duration', pow: 2, note: 'centuries' },
  // counts: Hong Kong and Taiwan classifiers
  '間': { unit: 'count', kind: 'count', counted: '間', notBefore: '接隔断斷歇' },
  '间': { unit: 'count', kind: 'count', counted: '间', notBefore: '接隔断歇' },
  '幢': { unit: 'count', kind: 'count', counted: '幢' },
  '處': { unit: 'count', kind: 'count', counted: '處', notBefore: '理长長於在' },
  '处': { unit: 'count', kind: 'count', counted: '处', notBefore: '理长于在' },
  '層': { unit: 'count', kind: 'count', counted: '層', notBefore: '次面级級' },
  '层': { unit: 'count', kind: 'count', counted: '层', notBefore: '次面级' },
  '部分': { unit: 'count', kind: 'count', counted: '部分' },
  '车道': { unit: 'count', kind: 'count', counted: '车道' },
  '車道': { unit: 'count', kind: 'count', counted: '車道' },
  // percent
  '%': { unit: 'percent', kind: 'percent' },
  'パーセント': { unit: 'percent', kind: 'percent' },
  '个百分点': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  '百分点': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  'ポイント': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  '割引': { unit: 'percent', kind: 'percent', tenths: true, off: true, note: 'a discount (割引), as the price ratio like 折' },
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
  '位': { unit: 'count', kind: 'count', counted: '位', notBefore: '置于於数數' }, // 两位数增长: double digits, not two people
  '所': { unit: 'count', kind: 'count', counted: '所', notBefore: '长長属屬有得以谓謂' },
  '台': { unit: 'count', kind: 'count', counted: '台', notBefore: '湾灣北南州风風河山' },
  '基': { unit: 'count', kind: 'count', counted: '基', notBefore: '地金础礎盤盘準准于於本因' },
  '校': { unit: 'count', kind: 'count', counted: '校', notBefore: '长長友园園区區' },
  '座': { unit: 'count', kind: 'count', counted: '座', notBefore: '谈談席標标' },
  '条': { unit: 'count', kind: 'count', counted: '条', notBefore: '件例约約款' },
  '户': { unit: 'count', kind: 'count', counted: '户', notBefore: '口籍' },
  '戸': { unit: 'count', kind: 'count', counted: '戸', notBefore: '籍建' },
  '棟': { unit: 'count', kind: 'count', counted: '棟' },
  '栋': { unit: 'count', kind: 'count', counted: '栋' },
  '场': { unit: 'count', kind: 'count', counted: '场', notBefore: '景所地馆合面' },
  '場': { unit: 'count', kind: 'count', counted: '場', notBefore: '景所地館合面' },
  // 4園區: parks counted by the noun itself
  '园区': { unit: 'count', kind: 'count', counted: '园区' },
  '園區': { unit: 'count', kind: 'count', counted: '園區' },
  '次': { unit: 'count', kind: 'count', counted: '次', notBefore: '元第世代产產産' }, // 三次产业: the three sectors
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
  // 世界500強企業: the companies of a top-N list (the Global 500), not "500 or so"
  '強企業': { unit: 'count', kind: 'count', counted: '企業', note: 'a top-N list' },
  '强企业': { unit: 'count', kind: 'count', counted: '企业', note: 'a top-N list' },
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
  '期': { unit: 'rank', kind: 'count', counted: '期', notBefore: '间間待限望末货貨刊' }, // 二期: phase two, a rank
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
  'square miles': { unit: 'mi2', kind: 'unit' }, 'square mile': { unit: 'mi2', kind: 'unit' }, 'sq mi': { unit: 'mi2', kind: 'unit' },
  'miles': { unit: 'mi', kind: 'unit' }, 'mile': { unit: 'mi', kind: 'unit' },
  'square feet': { unit: 'ft2', kind: 'unit' }, 'square foot': { unit: 'ft2', kind: 'unit' }, 'sq ft': { unit: 'ft2', kind: 'unit' },
  'sq. ft': { unit: 'ft2', kind: 'unit' }, 'sq. ft.': { unit: 'ft2', kind: 'unit' }, 'sq feet': { unit: 'ft2', kind: 'unit' },
  'sqft': { unit: 'ft2', kind: 'unit' }, 'sft': { unit: 'ft2', kind: 'unit' }, 'sq.ft': { unit: 'ft2', kind: 'unit' },
  // 12-inch wafers, 12吋晶圓: inches, kept as feet (1/12 ft; no unit of their own)
  'inch': { unit: 'ft', kind: 'unit', divide: 12, note: 'inches, as feet' }, 'inches': { unit: 'ft', kind: 'unit', divide: 12, note: 'inches, as feet' },
  'feet': { unit: 'ft', kind: 'unit', inches: true }, 'foot': { unit: 'ft', kind: 'unit', inches: true }, 'ft': { unit: 'ft', kind: 'unit', inches: true },
  'acres': { unit: 'acre', kind: 'unit' }, 'acre': { unit: 'acre', kind: 'unit' },
  'tonnes': { unit: 'number', kind: 'unit', note: 'tonnes (mass is not converted)' },
  'tonne': { unit: 'number', kind: 'unit', note: 'tonnes (mass is not converted)' },
  'metric tons': { unit: 'number', kind: 'unit', note: 'tonnes (mass is not converted)' },
  'square km': { unit: 'km2', kind: 'unit' }, 'sq. metres': { unit: 'm2', kind: 'unit' }, 'sq. meters': { unit: 'm2', kind: 'unit' },
  'sq metres': { unit: 'm2', kind: 'unit' }, 'sq meters': { unit: 'm2', kind: 'unit' }, 'sq mtrs': { unit: 'm2', kind: 'unit' },
  'sq. mtrs': { unit: 'm2', kind: 'unit' },
  'dollar': { unit: 'USD', kind: 'money', note: 'dollars read as US dollars' }, 'us dollar': { unit: 'USD', kind: 'money' },
  'u.s. dollar': { unit: 'USD', kind: 'money' }, 'chinese yuan': { unit: 'CNY', kind: 'money' }, 'kuai': { unit: 'CNY', kind: 'money', note: 'kuai read as yuan' },
  'hong kong dollars': { unit: 'HKD', kind: 'money' }, 'hkd': { unit: 'HKD', kind: 'money' },
  'singapore dollars': { unit: 'SGD', kind: 'money' }, 'sgd': { unit: 'SGD', kind: 'money' },
  'new taiwan dollars': { unit: 'TWD', kind: 'money' }, 'twd': { unit: 'TWD', kind: 'money' }, 'ntd': { unit: 'TWD', kind: 'money' },
  'won': { unit: 'KRW', kind: 'money' }, 'krw': { unit: 'KRW', kind: 'money' },
  'euros': { unit: 'EUR', kind: 'money' }, 'euro': { unit: 'EUR', kind: 'money' }, 'eur': { unit: 'EUR', kind: 'money' },
  'rupees': { unit: 'INR', kind: 'money' }, 'rupee': { unit: 'INR', kind: 'money' }, 'inr': { unit: 'INR', kind: 'money' },
  'pounds': { unit: 'GBP', kind: 'money', note: 'pounds read as sterling' }, 'pound': { unit: 'GBP', kind: 'money', note: 'pounds read as sterling' },
  'gbp': { unit: 'GBP', kind: 'money' }, 'sterling': { unit: 'GBP', kind: 'money' },
  'musd': { unit: 'USD', kind: 'money', pow: 6 }, 'meur': { unit: 'EUR', kind: 'money', pow: 6 }, 'mgbp': { unit: 'GBP', kind: 'money', pow: 6 },
  'months': { unit: 'year-duration', kind: 'duration', divide: 12, note: 'months' }, 'month': { unit: 'year-duration', kind: 'duration', divide: 12, note: 'months' },
  'decades': { unit: 'year-duration', kind: 'duration', pow: 1, note: 'decades' }, 'decade': { unit: 'year-duration', kind: 'duration', pow: 1, note: 'decades' },
  'centuries': { unit: 'year-duration', kind: 'duration', pow: 2, note: 'centuries' }, 'century': { unit: 'year-duration', kind: 'duration', pow: 2, note: 'centuries' },
  'percentage': { unit: 'percent', kind: 'percent' }, 'percents': { unit: 'percent', kind: 'percent' },
  'yuan': { unit: 'CNY', kind: 'money' }, 'rmb': { unit: 'CNY', kind: 'money' }, 'cny': { unit: 'CNY', kind: 'money' },
  'renminbi': { unit: 'CNY', kind: 'money' },
  'yen': { unit: 'JPY', kind: 'money' }, 'jpy': { unit: 'JPY', kind: 'money' },
  'us dollars': { unit: 'USD', kind: 'money', subunits: { cents: -2, cent: -2 } }, 'u.s. dollars': { unit: 'USD', kind: 'money' },
  'dollars': { unit: 'USD', kind: 'money', note: 'dollars read as US dollars', subunits: { cents: -2, cent: -2 } }, 'usd': { unit: 'USD', kind: 'money' },
  'percent': { unit: 'percent', kind: 'percent' }, 'per cent': { unit: 'percent', kind: 'percent' },
  'percentage points': { unit: 'percent', kind: 'percent', note: 'percentage points' },
  'pflops': { unit: 'pflops', kind: 'unit' }, 'petaflops': { unit: 'pflops', kind: 'unit' },
  'eflops': { unit: 'pflops', kind: 'unit', pow: 3 }, 'tflops': { unit: 'pflops', kind: 'unit', pow: -3 },
  'years': { unit: 'year-duration', kind: 'duration' }, 'year': { unit: 'year-duration', kind: 'duration' },
  'school years': { unit: 'year-duration', kind: 'duration' }, 'academic years': { unit: 'year-duration', kind: 'duration' },
  'financial years': { unit: 'year-duration', kind: 'duration' }, 'fiscal years': { unit: 'year-duration', kind: 'duration' },
  'yrs': { unit: 'year-duration', kind: 'duration' },
  'people': { unit: 'count', kind: 'count', counted: 'people' }, 'persons': { unit: 'count', kind: 'count', counted: 'persons' },
  'staff': { unit: 'count', kind: 'count', counted: 'staff' }, 'personnel': { unit: 'count', kind: 'count', counted: 'personnel' },
  'talent': { unit: 'count', kind: 'count', counted: 'talent' }, 'times': { unit: 'number', kind: 'count', counted: 'times', note: 'a multiple (times)' },
};

/** Currency words and symbols written before the number (codes match in any case). */
export const MONEY_PREFIXES: Record<string, Unit> = {
  'RMB': 'CNY', 'CNY': 'CNY', 'USD': 'USD', 'US$': 'USD', 'U.S.$': 'USD', 'USD$': 'USD', '$': 'USD', 'JPY': 'JPY', 'CN¥': 'CNY',
  'RMB¥': 'CNY', '¥': 'JPY', 'JP¥': 'JPY', 'HK$': 'HKD', 'HKD': 'HKD', 'S$': 'SGD', 'SGD': 'SGD', 'NT$': 'TWD',
  'TWD': 'TWD', 'NTD': 'TWD', 'KRW': 'KRW', '₩': 'KRW', 'EUR': 'EUR', '€': 'EUR', 'INR': 'INR', '₹': 'INR', 'RS': 'INR',
  'RS.': 'INR', 'GBP': 'GBP', '£': 'GBP', 'DOLLAR': 'USD',
};

/**
 * Japanese counters with their noun: 8プロジェクト, 4都市, 2段階, 計10本. A number written in
 * digits right before one of these is a count of it (a rank when 目 follows: 3拠点目).
 */
export const JA_COUNTERS = [
  'プロジェクト', '都市', '段階', '拠点', '区画', '開発区', '施設', '工場', '店舗', '分野', '項目', '地域', '地区', '団体',
  '大学', '部門', '事業', '企業', '機関', '本', '者', '枚', '室', '鎮', '州', '県', '省', '市', '区', '例', '案件', 'チーム',
  '隻', '機', '基地', 'グループ', 'エリア', 'ライン', '路線', '車線', '部屋', '戸', '階', '本社', '支社', '工場棟',
];


