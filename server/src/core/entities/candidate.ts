import type { EntityMention, EntityType } from '../types';
import type { JapaneseToken } from '../text/japaneseTokenizer';
import type { ChineseWordBoundaries } from '../text/chineseSegmenter';

/** A possible mention, before overlaps are resolved and ids assigned. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  source: EntityMention['source'];
  /** Only a type word, or only generic words with it: valid as a short form only. */
  generic: boolean;
  catalogId?: string;
  /** Something besides the type word (even if generic): 経済技術開発区 has, 政府 has not. */
  hasName?: boolean;
  /** A bare zone acronym (CTD): dropped when inside a longer name. */
  acronym?: boolean;
  /** A company named before its seat (X(本社:東京都…)): outranks the type its last word suggests. */
  seat?: boolean;
}

/** What every recogniser reads: the text, its fold, kuromoji tokens by offset, Chinese word boundaries. */
export interface Ctx {
  text: string;
  folded: string;
  tokensByEnd: Map<number, JapaneseToken>;
  tokensByStart: Map<number, JapaneseToken>;
  /** Word boundaries of the current Chinese paragraph (Intl.Segmenter, per sentence, on demand). */
  boundaries: ChineseWordBoundaries | undefined;
}
