/**
 * What a count counts, across languages: noun classes (项目 / プロジェクト / projects are
 * one class) and counters (件, 个, 家, 名, カ所), which say less than a noun but still
 * rule classes out (180家 is never 180 projects). Type words only, no names.
 */

/** Noun classes: the counted noun (or the words right after a count) ends in one of these. */
const NOUNS: [string, RegExp][] = [
  ['project', /(?:projects?|deals?|contracts?|agreements?|signings?|プロジェクト|案件|契約|项目|項目|协议|協議|签约项目)$/i],
  ['company', /(?:compan(?:y|ies)|enterprises?|firms?|businesses|corporations?|企業|企业|公司|会社|メーカー)$/i],
  ['person', /(?:people|persons?|talents?|academicians?|experts?|attendees|participants|guests|visitors|researchers|scientists|workers|employees|residents|students|人材|人才|院士|専門家|专家|来賓|嘉宾|嘉賓|参加者|人员|人員|人次)$/i],
  ['zone', /(?:zones?|parks?|districts?|sites?|locations?|bases?|clusters?|园区|園区|園區|开发区|開発区|基地|拠点|地区|片区)$/i],
  ['platform', /(?:platforms?|プラットフォーム|平台)$/i],
  ['lab', /(?:laborator(?:y|ies)|labs?|institutes?|研究所|研究院|实验室|實驗室|実験室|ラボ)$/i],
  ['achievement', /(?:achievements?|results?|成果)$/i],
  ['position', /(?:positions?|立場|定位)$/i],
  ['shift', /(?:shifts?|transitions?|移行|转变|轉變)$/i],
  ['field', /(?:fields?|sectors?|industries|分野|领域|領域|産業|产业|產業)$/i],
  ['province', /(?:provinces?|regions?|省|省区|地域)$/i],
  ['goal', /(?:goals?|targets?|objectives?|目標|目标)$/i],
  ['team', /(?:teams?|groups?|チーム|团队|團隊)$/i],
  ['batch', /(?:batch(?:es)?|rounds?|批|群|弾)$/i],
  ['phase', /(?:phases?|stages?|期|段階|阶段|階段)$/i],
  ['edition', /(?:editions?|sessions?|届|回)$/i],
  ['point', /(?:points?|点|點)$/i],
  ['aspect', /(?:aspects?|側面|侧面|方面)$/i],
];

/**
 * Counters: a counted noun that is only a counter word, and the noun classes it can
 * count. A counter with no class list counts anything but people.
 */
const COUNTERS: [string, RegExp, string[] | undefined][] = [
  ['counter:ken', /^(?:件|项|項|宗)$/, ['project', 'item', 'achievement', 'goal']],
  // 事業 / 业务: an undertaking, which one version calls a project and another an enterprise.
  ['counter:business', /^(?:事業|业务|業務)$/, ['project', 'company']],
  ['company', /^(?:家|社)$/, undefined],
  ['person', /^(?:人|名|位)$/, undefined],
  ['zone', /^(?:カ所|ヵ所|か所|ケ所|箇所|ヶ所|処)$/, undefined],
  ['counter:any', /^(?:个|個|つ|ヶ|カ|种|種|类|類|座|所)$/, undefined],
];

/** The class of a counted noun: a noun class, a specific counter's class, or a counter. */
export function conceptOf(counted: string | undefined): string | undefined {
  if (!counted) return undefined;
  const c = counted.trim();
  for (const [concept, re] of COUNTERS) if (re.test(c)) return concept;
  for (const [concept, re] of NOUNS) if (re.test(c)) return concept;
  return undefined; // unknown nouns say nothing across languages
}

export function isCounter(concept: string | undefined): boolean {
  return !!concept && concept.startsWith('counter:');
}

const ACCEPTS = new Map<string, string[] | undefined>(COUNTERS.map(([c, , accepts]) => [c, accepts]));

export type ConceptRelation = 'same' | 'compatible' | 'unknown' | 'different';

/**
 * Whether two counts may count the same thing: the same class; a counter and a class it
 * counts (32件 / 32 projects: compatible); nothing known on one side or two counters
 * (unknown); else different (12 zones are not 12 companies).
 */
export function conceptRelation(a: string | undefined, b: string | undefined): ConceptRelation {
  if (!a || !b) return 'unknown';
  if (a === b) return isCounter(a) ? 'unknown' : 'same';
  const ca = isCounter(a);
  const cb = isCounter(b);
  if (ca && cb) return 'unknown';
  if (ca || cb) {
    const [counter, noun] = ca ? [a, b] : [b, a];
    const accepts = ACCEPTS.get(counter);
    if (accepts) return accepts.includes(noun) ? 'compatible' : 'different';
    return noun === 'person' ? 'different' : 'compatible';
  }
  return 'different';
}

/** Two counts cannot be one fact. */
export function conceptsDiffer(a: string | undefined, b: string | undefined): boolean {
  return conceptRelation(a, b) === 'different';
}

/**
 * The class of the words right after a count, when the counted noun says little
 * (三大 -> "核心定位", 3つ -> "の根本的な移行", 32件の投資プロジェクト): the longest
 * stretch of up to eight characters, within the clause, that ends in a class word.
 */
export function conceptAfter(text: string, end: number): string | undefined {
  const window = text.slice(end, end + 24).replace(/^[\s\u3000]+/, '');
  if (/^[A-Za-z]/.test(window)) {
    // English: the next word or two ("batch of …", "major projects").
    const words = window.split(/[^A-Za-z-]+/).slice(0, 2);
    for (let n = words.length; n >= 1; n--) {
      const c = conceptOf(words.slice(0, n).join(' '));
      if (c && !isCounter(c)) return c;
    }
    return undefined;
  }
  const cut = window.slice(0, 10).search(/[、，。,.;；：:（(「“”」\s]/u);
  const clause = cut >= 0 ? window.slice(0, cut) : window.slice(0, 10);
  for (let j = clause.length; j >= 2; j--) {
    const c = conceptOf(clause.slice(0, j));
    if (c && !isCounter(c)) return c;
  }
  return undefined;
}

/** The class an ordinal carries in its own words (第1群, 第二批, Phase II): the word after the number. */
export function ordinalConcept(figureText: string): string | undefined {
  const text = figureText.normalize('NFKC');
  const tail = text.replace(/^(?:第|No\.?\s*)?[\d一二三四五六七八九十百〇零两首]+/i, '').trim();
  // 第14位, No. 3, 14th: a place in a ranking, no class of its own.
  if (tail && !/^(?:位|名|号|號|番|st|nd|rd|th)$/i.test(tail)) {
    const c = conceptOf(tail);
    if (c) return c;
  }
  const head = text.replace(/\s*(?:[\d]+|[IVX]+)$/, '').trim(); // "Phase II", "Stage 2"
  return head && head !== text ? conceptOf(head) : undefined;
}

// Archives repeat the same counted nouns and phrases: the class of each is worked out once.
const conceptCache = new Map<string, string | undefined>();

/** The class of a count: its noun, or the noun after a bare counter when that says more. */
export function countConcept(counted: string | undefined, text: string, end: number): string | undefined {
  const key = `${counted ?? ''}\u0000${text.slice(end, end + 10)}`;
  if (conceptCache.has(key)) return conceptCache.get(key);
  if (conceptCache.size > 20_000) conceptCache.clear();
  const concept = countConceptOf(counted, text, end);
  conceptCache.set(key, concept);
  return concept;
}

function countConceptOf(counted: string | undefined, text: string, end: number): string | undefined {
  const own = conceptOf(counted);
  if (own && !isCounter(own)) return own;
  const after = conceptAfter(text, end);
  if (after && (!own || conceptRelation(own, after) !== 'different')) return after;
  return own;
}
