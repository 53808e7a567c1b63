import type { EntityType } from '../types';

// More Japanese type words for research facilities (typeWords.ts holds the first CJK table; this
// one is spread into it). Only type words: no entity name may ever be added here.
const L: EntityType = 'lab';

export const CJK_LAB_WORDS: ReadonlyArray<readonly [string, EntityType, string]> = [
  // a company's technology centre is where it does its research and development
  ['テクノロジーセンター', L, 'research-center'],
  ['技術センター', L, 'research-center'],
  ['技術研究センター', L, 'research-center'],
  ['リサーチセンター', L, 'research-center'],
  // a field for testing robots, drones or vehicles
  ['テストフィールド', L, 'test-field'],
  ['研究総院', L, 'institute'],
  // a (national) science centre is a cluster of research facilities (X国家科学センター)
  ['科学センター', L, 'research-center'],
];
