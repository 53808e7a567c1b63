import { cjkHead, readName } from './reading';

// The short names a Chinese company goes by after its full legal name has been given:
// 江苏澜途新能源科技有限公司 is 澜途新能源科技, 澜途新能源 and 澜途 later in the text. Its
// legal form, a seat in parentheses, a leading province or city and trailing business words
// are dropped one at a time. Tables in simplified characters (names are matched folded).

/** Legal forms and group words that end a company's name (longest first). */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '股份公司', '控股集团', '集团公司', '集团', '公司'];

/** Words of a company's business between its brand and its legal form (澜途|新能源|科技|有限公司). */
const BUSINESS_WORDS = [
  '科技', '技术', '信息技术', '信息', '网络', '通信', '数据', '软件', '电子', '微电子', '半导体', '集成电路', '光电', '电气', '电机',
  '新能源', '能源', '光伏', '储能', '动力', '新材料', '材料', '化工', '生物', '医药', '生物医药', '制药', '药业', '医疗', '器械',
  '智能', '装备', '智能装备', '智能制造', '制造', '机械', '精密', '重工', '汽车', '机器人', '航空', '航天', '实业', '控股', '投资',
  '管理', '投资管理', '发展', '建设', '工程', '置业', '地产', '房地产', '物流', '供应链', '贸易', '商贸', '国际', '环保', '食品',
  '农业', '文化', '传媒', '影视', '咨询', '服务', '钢构', '钢铁', '纺织', '生化', '新型', '高新', '产业',
  // (Taiwan: instruments, green energy)
  '仪器', '绿能',
].sort((a, b) => b.length - a.length);

const endsWithWord = (s: string, words: readonly string[]): string | undefined => words.find((w) => s.length > w.length && s.endsWith(w));

/**
 * The short names of a Chinese company (folded key with its legal form), longest first;
 * none when the key has no legal form. Names of two characters are brands a text may use
 * alone (鸿海 for 鸿海集团): the gazetteer matches those only as words of their own.
 */
export function chineseCompanyShortNames(key: string): string[] {
  if (!/^[\u3400-\u9fff()]+$/u.test(key)) return [];
  let name = key;
  const form = endsWithWord(name, LEGAL_FORMS);
  if (!form) return [];
  name = name.slice(0, -form.length);
  // a second form before the first (控股集团有限公司) and the seat in parentheses (北辰数据科技(青川)有限公司)
  name = name.replace(/\([\u3400-\u9fff]{2,6}\)$/u, '');
  const again = endsWithWord(name, LEGAL_FORMS);
  if (again) name = name.slice(0, -again.length);
  name = name.replace(/\([\u3400-\u9fff]{2,6}\)/u, '');
  if (/[()]/u.test(name)) return [];
  const out: string[] = [];
  // a bare 公司 may follow a common noun (伙伴公司): its two-character remainder is a brand only before business words (云高科技公司)
  let shortest = form === '公司' ? 3 : 2;
  const add = (s: string) => {
    // (a remainder that ends like a place is the place the company is named for: 中关村|发展集团)
    if (s.length >= shortest && !out.includes(s) && !cjkHead(s) && !readName(s).allGloss && !/[省市县区镇村乡]$/u.test(s)) out.push(s);
  };
  // a province or city written out (青川市X) starts the registered name, not the name in use
  const place = /^[\u3400-\u9fff]{2,3}?[省市]/u.exec(name);
  if (place && name.length - place[0].length >= 2) name = name.slice(place[0].length);
  add(name);
  // one not written out (江苏澜途新能源): most are two characters; the rest must be long enough to be a name
  const unwritten = (s: string) => {
    if (!place && s.length >= 6) add(s.slice(2));
  };
  unwritten(name);
  for (let word = endsWithWord(name, BUSINESS_WORDS); word && name.length - word.length >= 2; word = endsWithWord(name, BUSINESS_WORDS)) {
    name = name.slice(0, -word.length);
    shortest = 2;
    add(name);
    unwritten(name);
  }
  return out;
}

const BUSINESS_SET = new Set(BUSINESS_WORDS);

/** One of the business words (科技, 汽车, 新能源 …) and nothing else. */
export function isBusinessWord(folded: string): boolean {
  return BUSINESS_SET.has(folded);
}

/** A brand of two characters or more, not itself a field, before a business word (康赛科技, 威岭汽车). */
export function endsWithBusinessWord(folded: string): boolean {
  const word = endsWithWord(folded, BUSINESS_WORDS);
  if (!word) return false;
  const brand = folded.slice(0, -word.length);
  return brand.length >= 2 && !readName(brand).allGloss && !isBusinessWord(brand);
}

/** The business word that starts at `at` in a folded text, if any. */
export function businessWordAt(folded: string, at: number): string | undefined {
  return BUSINESS_WORDS.find((w) => folded.startsWith(w, at));
}

/** A company's short name: a brand of two to four characters, then business words only (杭岭钢构, 华启智能科技), nothing else. */
export function brandAndBusiness(folded: string): boolean {
  let brand = folded;
  for (let word = endsWithWord(brand, BUSINESS_WORDS); word; word = endsWithWord(brand, BUSINESS_WORDS)) brand = brand.slice(0, -word.length);
  if (brand === folded || brand.length < 2 || brand.length > 4 || !/^[\u3400-\u9fff]+$/u.test(brand)) return false;
  return !readName(brand).allGloss && !BUSINESS_WORDS.some((w) => brand.includes(w));
}
