import { foldText } from './fold';

// Japanese releases about Chinese zones borrow China's own abbreviations of a zone's kind
// (高新区 for a high-tech industrial development zone, 経開区, 科学城): these stand alone
// for the zone the text is about. A plain type word alone (モデル区, 新区, 工業区, 開発区,
// 同モデル区) is a common noun in Japanese text, not a mention.

const ABBREVIATED_ZONE_WORDS = new Set(['高新区', '経開区', '自貿区', '綜保区', '科学城', '科技城', '科創城'].map(foldText));

/** Whether a bare type word (folded) may stand for a zone named in a Japanese text. */
export function japaneseBareZoneWord(folded: string): boolean {
  return ABBREVIATED_ZONE_WORDS.has(folded);
}

/** A text is read by the Japanese rules when it has hiragana. */
export const isJapaneseText = (text: string): boolean => /[\u3041-\u309f]/u.test(text);
