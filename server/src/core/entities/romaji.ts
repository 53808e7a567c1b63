import type { JapaneseToken } from '../text/japaneseTokenizer';

// A Japanese name's Latin spelling from kuromoji's readings (野村 ノムラ -> nomura): the
// evidence that links 野村総合研究所 to "Nomura Research Institute" inside a release
// family, where the pinyin of the kanji (yecun) says nothing. Hepburn, as names are spelt
// in English: long vowels written once (オオサカ Osaka, トウキョウ Tokyo).

const DIGRAPHS: Record<string, string> = {
  キャ: 'kya', キュ: 'kyu', キョ: 'kyo', シャ: 'sha', シュ: 'shu', ショ: 'sho', チャ: 'cha', チュ: 'chu', チョ: 'cho',
  ニャ: 'nya', ニュ: 'nyu', ニョ: 'nyo', ヒャ: 'hya', ヒュ: 'hyu', ヒョ: 'hyo', ミャ: 'mya', ミュ: 'myu', ミョ: 'myo',
  リャ: 'rya', リュ: 'ryu', リョ: 'ryo', ギャ: 'gya', ギュ: 'gyu', ギョ: 'gyo', ジャ: 'ja', ジュ: 'ju', ジョ: 'jo',
  ビャ: 'bya', ビュ: 'byu', ビョ: 'byo', ピャ: 'pya', ピュ: 'pyu', ピョ: 'pyo', ファ: 'fa', フィ: 'fi', フェ: 'fe', フォ: 'fo',
  ティ: 'ti', ディ: 'di', ウィ: 'wi', ウェ: 'we', ウォ: 'wo', シェ: 'she', ジェ: 'je', チェ: 'che',
};

const ROWS: [string, string[]][] = [
  ['アイウエオ', ['a', 'i', 'u', 'e', 'o']], ['カキクケコ', ['ka', 'ki', 'ku', 'ke', 'ko']], ['サシスセソ', ['sa', 'shi', 'su', 'se', 'so']],
  ['タチツテト', ['ta', 'chi', 'tsu', 'te', 'to']], ['ナニヌネノ', ['na', 'ni', 'nu', 'ne', 'no']], ['ハヒフヘホ', ['ha', 'hi', 'fu', 'he', 'ho']],
  ['マミムメモ', ['ma', 'mi', 'mu', 'me', 'mo']], ['ヤユヨ', ['ya', 'yu', 'yo']], ['ラリルレロ', ['ra', 'ri', 'ru', 're', 'ro']],
  ['ワヲ', ['wa', 'o']], ['ガギグゲゴ', ['ga', 'gi', 'gu', 'ge', 'go']], ['ザジズゼゾ', ['za', 'ji', 'zu', 'ze', 'zo']],
  ['ダヂヅデド', ['da', 'ji', 'zu', 'de', 'do']], ['バビブベボ', ['ba', 'bi', 'bu', 'be', 'bo']], ['パピプペポ', ['pa', 'pi', 'pu', 'pe', 'po']],
  ['ァィゥェォ', ['a', 'i', 'u', 'e', 'o']], ['ヴ', ['vu']],
];
const SINGLE = new Map<string, string>(ROWS.flatMap(([kana, roman]) => [...kana].map((k, i): [string, string] => [k, roman[i]])));

/** Katakana (or hiragana) to Hepburn romaji, long vowels written once; undefined if it holds anything else. */
export function romajiOf(kana: string): string | undefined {
  const k = kana.replace(/[\u3041-\u3096]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  let out = '';
  let geminate = false;
  for (let i = 0; i < k.length; i++) {
    const pair = DIGRAPHS[k.slice(i, i + 2)];
    const syllable = pair ?? SINGLE.get(k[i]);
    if (pair) i++;
    if (k[i] === 'ッ') {
      geminate = true;
      continue;
    }
    if (k[i] === 'ン') {
      out += 'n';
      continue;
    }
    if (k[i] === 'ー') continue;
    if (syllable === undefined) return undefined;
    out += geminate ? (syllable.startsWith('ch') ? 't' : syllable[0]) + syllable : syllable;
    geminate = false;
  }
  return out.replace(/ou|oo/g, 'o').replace(/uu/g, 'u');
}

/**
 * The name with each word kuromoji read (a person's or an organisation's name) spelt in
 * Latin letters, in parentheses the readings take for word boundaries:
 * 野村総合研究所 -> (nomura)総合研究所. Undefined when no word of the name was read.
 */
export function romanisedName(text: string, start: number, end: number, tokensByStart: Map<number, JapaneseToken>): string | undefined {
  let out = '';
  let changed = false;
  for (let pos = start; pos < end; ) {
    const t = tokensByStart.get(pos);
    const roman = t && t.end <= end && t.reading ? romajiOf(t.reading) : undefined;
    if (t && roman) {
      out += `(${roman})`;
      changed = true;
      pos = t.end;
    } else out += text[pos++];
  }
  return changed ? out : undefined;
}
