import { foldText } from './fold';

/**
 * Evidence for linking the names of one entity across the versions of a release: common
 * words of names that the readings leave as pinyin or katakana (低碳 read "ditan",
 * クリエーティブ kept as is) put in English before reading, so that they meet the words
 * of the English name. General vocabulary only, no name of a release.
 */
const EQUIVALENTS: [string[], string, boolean?][] = [
  // nations of bilateral bodies and zones (日本 is otherwise read ri + 本 "this")
  // one bilateral pair, written in each language's order (中日 in Chinese, 日中 in Japanese)
  [['中日', '日中'], 'China Japan'],
  [['日本'], 'Japan'],
  // 城市 and 都市 only after a modifier: alone they end place names (X城 + 市, 京都 + 市)
  [['低碳城市', '低炭素都市'], 'low carbon city'],
  [['智慧城市', 'スマート都市', 'スマートシティ'], 'smart city'],
  [['数字城市', 'デジタル都市'], 'digital city'],
  [['低碳', '低炭素'], 'low carbon'],
  [['动漫', '動漫', 'アニメ・漫画', 'アニメ漫画'], 'anime manga'],
  [['アニメ', 'アニメーション', '动画', '動画'], 'anime'],
  [['漫画', 'マンガ'], 'manga'],
  [['创意', '創意', 'クリエーティブ', 'クリエイティブ'], 'creative'],
  [['イノベーション'], 'innovation'],
  [['デジタル'], 'digital'],
  [['スマート', '智慧'], 'smart'],
  [['社会'], 'social'],
  // no type word: read even as a name's last word
  [['丝路', 'シルクロード'], 'silk road', true],
  [['友好'], 'friendship'],
];

/** Longest first, folded as the readings fold. */
const TABLE: [string, string, boolean][] = EQUIVALENTS.flatMap(([surfaces, en, last]) => surfaces.map((s): [string, string, boolean] => [foldText(s), en, !!last]))
  .sort((a, b) => b[0].length - a[0].length);

/** The type word of an English name that a Han name holds in one word (X Academy of Sciences = X科学院). */
const LATIN_TYPE_PHRASES: [RegExp, string][] = [
  [/\bAcademy of ((?:[A-Z][a-z]+ )?)Sciences\b/g, '$1Academy'],
];

/**
 * The name with the words of the tables in English: a Han or kana name keeps its type word
 * (the reading's class); each English word is set apart in parentheses, which the reading
 * takes for a word boundary.
 */
export function withEquivalents(name: string): string {
  if (!/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u.test(name)) {
    let out = name;
    for (const [re, to] of LATIN_TYPE_PHRASES) out = out.replace(re, to);
    return out;
  }
  const folded = foldText(name);
  let out = '';
  let changed = false;
  for (let i = 0; i < folded.length;) {
    const hit = TABLE.find(([s]) => folded.startsWith(s, i));
    // the last word of a name is its type word: left to the reading
    if (hit && (i + hit[0].length < folded.length || hit[2])) {
      out += hit[1].split(' ').map((w) => `(${w})`).join('');
      i += hit[0].length;
      changed = true;
    } else out += folded[i++];
  }
  return changed ? out : name;
}

const ACRONYM_WORD = /(?<![A-Za-z])[A-Z][A-Z&]{1,7}(?![A-Za-z])/g;

/** The name is its acronym alone, or a name defining it at its end: "… Institute (NRI)". */
function namesWhole(name: string, acronym: string): boolean {
  const t = name.trim();
  return t === acronym || t.endsWith(`(${acronym})`) || t.endsWith(`（${acronym}）`);
}

/** The acronym glosses words in the middle of the name: Lake Party (LP) Hill City Committee. */
function glossInside(name: string, acronym: string): boolean {
  const at = name.search(new RegExp(`[(（]${acronym}[)）]`));
  return at >= 0 && name.slice(at + acronym.length + 2).replace(/[\s)）]/g, '').length > 1;
}

/**
 * Two names that share an acronym where it is a part's, a parent body's: the acronym alone
 * against a name that glosses it in its middle (LP / Lake Party (LP) Hill City Committee), or
 * two longer names whose other words disagree (Hill Committee of the LP / Vale Committee of the LP).
 * Then the shared acronym is no evidence that the two are one.
 */
export function acronymOfPart(na: string, nb: string, wordsAgree: (a: string, b: string) => boolean): boolean {
  const inA = new Set(na.match(ACRONYM_WORD) ?? []);
  for (const acronym of nb.match(ACRONYM_WORD) ?? []) {
    if (!inA.has(acronym)) continue;
    const [wa, wb] = [namesWhole(na, acronym), namesWhole(nb, acronym)];
    if ((na.trim() === acronym && glossInside(nb, acronym)) || (nb.trim() === acronym && glossInside(na, acronym))) return true;
    if (!wa && !wb && !wordsAgree(na, nb)) return true;
  }
  return false;
}

/**
 * Inside a release family, the one name of a type and a type word's class left unlinked on
 * each side of a version pair (the only association, the only bonded zone) is one entity
 * when its words still agree enough, though a word each does not share would otherwise
 * make one of them a narrower body (Japan-China operators Association / 日中経営者協会).
 * Returns pairs of indexes into `as` and `bs`.
 */
export function soleOfClassPairs<T>(as: T[], bs: T[], classOf: (x: T) => string, score: (a: T, b: T) => number, threshold: number): [number, number][] {
  const byClass = (list: T[]) => {
    const m = new Map<string, number[]>();
    list.forEach((x, k) => {
      const c = classOf(x);
      if (c) m.set(c, [...(m.get(c) ?? []), k]);
    });
    return m;
  };
  const ca = byClass(as);
  const cb = byClass(bs);
  const out: [number, number][] = [];
  for (const [c, ka] of ca) {
    const kb = cb.get(c);
    if (ka.length !== 1 || kb?.length !== 1) continue;
    if (score(as[ka[0]], bs[kb[0]]) >= threshold) out.push([ka[0], kb[0]]);
  }
  return out;
}
