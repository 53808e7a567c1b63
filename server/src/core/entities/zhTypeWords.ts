import type { EntityType } from '../types';

// More Chinese type words for projects and zones in zone news (typeWords.ts holds the first
// CJK table; this one is spread into it). Simplified; traditional forms fold to these.
// Only type words: no entity name may ever be added here.
const Z: EntityType = 'zone';
const L: EntityType = 'lab';
const P: EntityType = 'project';
const O: EntityType = 'organization';

/** Bodies named by their short form alone, organisations with no name before them (like typeWords.ts ABBREVIATED_BODIES). */
export const ZH_MORE_ABBREVIATED_BODIES: readonly string[] = ['党工委', '立法会', '人大常委会', '省委', '县委', '区委'];

export const ZH_MORE_TYPE_WORDS: ReadonlyArray<readonly [string, EntityType, string]> = [
  // a production line a company builds is a project of a signed-project list (X新材料生产线)
  ['生产线', P, 'production-line'],
  // innovation islands, ports and valleys named for a place (X湖智慧岛, X光谷)
  ['智慧岛', Z, 'innovation-island'],
  ['光谷', P, 'innovation-valley'],
  ['药谷', P, 'innovation-valley'],
  // leisure, sightseeing and business districts, bonded ports, innovation demonstration zones (X自创区)
  ['休闲区', Z, 'leisure-area'],
  ['观光区', Z, 'leisure-area'],
  ['风景区', Z, 'scenic-area'],
  ['商务区', Z, 'business-district'],
  ['保税港区', Z, 'bonded-zone'],
  ['自创区', Z, 'demonstration-zone'],
  // cities of an industry a zone builds (X国际生物城, X汽车城, X未来城)
  ['生物城', Z, 'industry-city'],
  ['医药城', Z, 'industry-city'],
  ['药城', Z, 'industry-city'],
  ['汽车城', Z, 'industry-city'],
  ['未来城', Z, 'industry-city'],
  ['数字城', Z, 'industry-city'],
  ['智造城', Z, 'industry-city'],
  ['金融城', Z, 'industry-city'],
  ['创新城', Z, 'industry-city'],
  // branches of national bodies and banks in a city (国家外汇管理局X分局, 人民银行X中心支行), and an academy's branch (X科学院Y分院)
  ['分局', O, 'bureau'],
  ['支行', O, 'bank'],
  ['中心支行', O, 'bank'],
  ['分院', L, 'institute'],
  // a liaison office (X驻Y联络办)
  ['联络办', O, 'office'],
  // a town's or district's office (X镇公所, X街道办事处)
  ['公所', O, 'office'],
  ['办事处', O, 'office'],
  // Taiwan's words for a project (X擴建案, X開發案; 專案 where the mainland writes 项目)
  ['专案', P, 'project'],
  ['扩建案', P, 'project'],
  ['开发案', P, 'project'],
  // trade associations (X同業公會)
  ['同业公会', O, 'association'],
  ['公会', O, 'association'],
  // lines a project builds (A至B高速铁路, X城际铁路)
  ['高速铁路', P, 'project'],
  ['高速公路', P, 'project'],
  ['城际铁路', P, 'project'],
  ['立法会', O, 'legislature'],
  ['人大常委会', O, 'committee'],
];
