import type { EntityType } from '../types';

// Japanese type words for a company's sites and for named subsidy programmes (typeWords.ts
// holds the first CJK table; this one is spread into it). Only type words: no entity name
// may ever be added here.
const P: EntityType = 'project';

export const JA_SITE_WORDS: ReadonlyArray<readonly [string, EntityType, string]> = [
  // a company's works named for its place (岩国事業所, 臼杵事業所): a site like a plant
  ['事業所', P, 'plant'],
  // a company's head-office plant and its production bases, named for the company and the place (X鳥取本社工場, X太倉製造拠点)
  ['本社工場', P, 'plant'],
  ['製造拠点', P, 'plant'],
  ['生産拠点', P, 'plant'],
  // a subsidy programme named for what it pays for (本社機能移転補助金, 工場立地助成事業)
  ['補助金', P, 'programme'],
  ['助成金', P, 'programme'],
  ['助成事業', P, 'programme'],
];
