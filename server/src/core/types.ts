import type { CheckCode } from '../../../common/src/settings';
// Engine-level types. Nothing here knows about LSP or VS Code: offsets are UTF-16
// code-unit offsets into the document text as read (end exclusive).

export type Language = 'ja' | 'zh' | 'en' | 'mixed';

import type { EntityType } from '../../../common/src/entityTypes';
export { type EntityType, ENTITY_TYPES } from '../../../common/src/entityTypes';

/**
 * The unit vocabulary of a figure. Areas, lengths and money keep the unit the text
 * was written in (so a hover can say "91 km²"); `./figures/units.ts` knows how to
 * compare them by dimension (0.5 km2 = 500,000 m2).
 */
export type Unit =
  | 'km2' | 'm2' | 'ha' | 'mu'          // area
  | 'mi2' | 'ft2' | 'acre'              // area, imperial (square miles, square feet, acres)
  | 'tsubo'                             // area, Japanese 坪 (400/121 m²)
  | 'km' | 'm'                          // length
  | 'mi' | 'ft'                         // length, imperial (miles, feet)
  | 'CNY' | 'JPY' | 'USD'               // money: one unit per currency, never compared across
  | 'HKD' | 'TWD' | 'KRW' | 'SGD' | 'EUR' | 'INR' | 'GBP'
  | 'percent'
  | 'count'                             // a number of things; see Figure.counted
  | 'rank'                              // 14th, No. 1, 第14位, 首位
  | 'date'                              // value is "YYYY-MM-DD", "YYYY-MM" (a month), "YYYY" (2028年春: a season), "--MM-DD" (no year known) or "---DD" (a bare day)
  | 'year'                              // a calendar year: 2025年, in 2025
  | 'year-duration'                     // 3年, over the past three years
  | 'pflops'                            // computing power, 200P
  | 'number';                           // a bare number whose unit could not be read

export type Bound = 'exact' | 'atLeast' | 'over' | 'approx' | 'atMost' | 'under';

export interface Span {
  start: number;
  end: number;
}

export interface Figure extends Span {
  /** The text of the span as written. */
  text: string;
  /** A number, or "YYYY-MM-DD" for a date. */
  value: number | string;
  unit: Unit;
  bound: Bound;
  /** For counts: the noun that is counted (プロジェクト, 项目, projects, 人 ...). */
  counted?: string;
  /** Set when the reading is ambiguous; says why. */
  note?: string;
  /** 0..1; below 1 when the reading is a guess. */
  confidence?: number;
}

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /**
   * Canonical id: the same real entity has the same id in every document and
   * language. Filled in by linking; recognition sets a document-local key.
   */
  id: string;
  /** Where the mention came from. */
  source: 'catalog' | 'pattern' | 'shortForm';
  /** A Japanese name with the words kuromoji read spelt in Latin letters ((nomura)総合研究所): link evidence. */
  reading?: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation extends Span {
  uri: string;
  message: string;
}

/**
 * Every finding's code: the checks (settings' CHECK_CODES), the notices, and the codes the
 * family checks add (entity-missing, name-mismatch, issue 11).
 */
export type EngineDiagnosticCode = CheckCode | 'file-too-large' | 'impossible-date' | 'entity-missing' | 'name-mismatch';

export interface EngineDiagnostic extends Span {
  code: EngineDiagnosticCode;
  severity: Severity;
  message: string;
  related: RelatedLocation[];
  /** Data a quick fix needs (for example the replacement text). */
  fix?: { title: string; newText: string };
  /** A stable key for "ignore this finding" (survives edits elsewhere). */
  fingerprint?: string;
}

/** A paragraph of a document: a run of non-empty lines. */
export interface Paragraph extends Span {
  language: Language;
}

export interface DocumentAnalysis {
  uri: string;
  /** Hash of the text this analysis was made from. */
  contentHash: string;
  language: Language;
  figures: Figure[];
  mentions: EntityMention[];
  /** The publication date of the dateline, if any ("YYYY-MM-DD"). */
  dateline?: string;
  /** Document-level problems (not consistency findings), for example an oversized file. */
  notices: EngineDiagnostic[];
}

/** A logger passed into the core, so the core never writes to stdout itself. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
