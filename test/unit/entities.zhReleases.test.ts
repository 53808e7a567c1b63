// Eight short Chinese releases of our own (test/fixtures/entities/zh-zone-news, invented
// names; simplified and traditional) of the kinds the product is judged on: signed-project
// lists, zone briefings, district news, science parks. Pins the names a user must see and
// the generic phrases that must never be names.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { analyze, loadTokenizer } from '../fixtures/entities/analyze';

const DIR = path.join(__dirname, '..', 'fixtures', 'entities', 'zh-zone-news');

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});

interface Pinned {
  /** "type name" that must be found */
  found: string[];
  /** names that must not be found (as any type, nor ending a found name) */
  never: string[];
}

const PINNED: Record<string, Pinned> = {
  'signing-simplified.txt': {
    found: [
      'zone 青川高新区', 'zone 高新区', 'organization 青川高新区管委会', 'organization 高新区政务服务中心',
      'organization 江苏澜途新能源科技有限公司', 'project 年产20GW高效光伏组件建设项目', 'organization 澜途新能源',
      'project 沐禾生物医药集团创新药研发生产基地项目', 'organization 沐禾生物医药集团', 'organization 华启智能装备股份有限公司',
      'project 华启智能装备股份有限公司智能制造产业园项目', 'organization 北辰数据科技(青川)有限公司', 'project 北辰数据科技(青川)有限公司算力中心项目',
      'project 青川高新区数字经济产业园二期工程', 'organization 市发改委', 'organization 市商务局', 'organization 市住建局',
    ],
    never: ['亿元以上项目', '百亿项目', '两个项目', '招商引资项目', '签约项目', '项目为王', '园区'],
  },
  'briefing-traditional.txt': {
    found: [
      'zone 南嶺經濟開發區', 'zone 開發區', 'organization 開發區管委會', 'project 嶺南先進材料產業園項目', 'project 東湖智慧物流中心項目',
      'zone 南嶺綜合保稅區', 'project 南嶺綜合保稅區跨境電商平臺', 'organization 星耀半導體股份有限公司', 'organization 德邦精密機械集團',
      'project 南嶺國際科技創新中心', 'organization 區財政局', 'organization 區經濟發展局',
    ],
    never: ['新開工項目', '竣工項目', '龍頭企業', '三大主導產業', '新一代信息技術'],
  },
  'project-list-simplified.txt': {
    found: [
      'zone 东港经开区', 'zone 经开区', 'project 年产5万吨锂电池正极材料项目', 'organization 宁远新材料科技股份有限公司',
      'zone 东港智能网联汽车零部件产业园', 'project 海川冷链物流基地项目', 'project 华东区域总部及研发中心项目',
      'project 东港经开区污水处理厂提标改造工程', 'organization 宁远新材料', 'organization 远岫控股集团有限公司', 'organization 区招商局',
    ],
    never: ['东港智能网', '部件产业园', '每个项目', '签约项目', '经济技术开发区', '重点项目'],
  },
  'district-simplified.txt': {
    found: [
      'zone 西江新区', 'zone 新区', 'organization 西江新区管理委员会', 'zone 西江科学城', 'zone 西江国际生物医药产业园',
      'project 粤西先进制造业基地', 'organization 华瑞电子(西江)有限公司', 'organization 西江新区党工委', 'organization 区经济发展局',
      'organization 区财政局', 'organization 市政府办公室', 'organization 市人社局',
    ],
    never: ['以来新区', '西江新区重大项目', '重大项目', '重点项目', '国家级新区', '自由贸易试验区', '综合保税区'],
  },
  'science-parks-traditional.txt': {
    found: [
      'organization 經濟部產業園區管理局', 'organization 園管局', 'organization 啟岚', 'organization 沐禾光電', 'zone 青軟二期',
      'zone 南屏科技產業園區擴區', 'zone 岭三', 'zone 雁武', 'organization 瑞岭鎮公所', 'organization 台灣省建設廳',
    ],
    never: ['經濟部產業園區', '老舊工業區', '共享實驗室', '夥伴公司', '協助夥伴公司', '指標企業'],
  },
  'enterprises-simplified.txt': {
    found: [
      'zone 北岭高新区', 'organization 康岭科技', 'organization 宁岫汽车', 'organization 北澜软件', 'organization 岚微',
      'organization 青川岚微智能科技股份有限公司', 'project 青禾·雁栖氢能小镇', 'project 北辰算力调度中枢', 'project 高原藜麦精深加工',
      'project 湾区光谷', 'project 青禾工程',
    ],
    never: ['引入了岚微', '北京', '上海', '汽车', '电子', '新能源汽车', '信息技术', '龙头企业'],
  },
  'innovation-traditional.txt': {
    found: ['zone 青灣科學園', 'zone 科學園', 'organization 青灣科技園公司', 'organization 立法會', 'organization 青灣創新科技局', 'zone 青湖智慧島'],
    never: ['初創企業', '創科大樓', '人才公寓', '園區'],
  },
  'key-projects-simplified.txt': {
    found: [
      'project 岚峰澜州热电项目', 'organization 澜港糖业有限公司', 'organization 国家生态环境部', 'organization 澜州禾丰食品有限公司',
      'organization 澜州日报', 'project 澜港经济开发区新材料产业园', 'zone 澜港经济开发区', 'organization 香港特区政府', 'organization IBM', 'organization SAP',
      'project 岭信六期项目', 'project 方圆岭智能装备制造',
    ],
    never: [
      '加大项目', '谈项目', '项目协调工作指挥部', '项目跟踪协调办公室', '项目征地办公室', '编制项目', '环评报告报', '一期项目', '一些项目',
      '三场项目', '场项目', '外商公司', '电子报', '重大项目', '项目·澜港经济开发区新材料产业园', '重中之重项目', '香港特区', '访澜港经济开发区', 'BDO', 'PBAT', 'PBS', 'PBT', 'CAD', 'CAM', 'PLM', 'MES',
    ],
  },
  'park-bureau-traditional.txt': {
    found: [
      'organization 嶺南科學園區管理局', 'organization 嶺科管理局', 'zone 嶺科', 'project 嶺科東港二期園區擴建案', 'zone 嶺科東港園區',
      'organization 嶺南科學園區科學工業同業公會', 'project 青嵐纖維複合新材料產業應用科技城專案', 'project 嶺南高速鐵路',
      'organization 嶺晶科技', 'organization 澄洲公司', 'organization 青豐光電', 'organization 岱盟儀器',
    ],
    never: ['39個專案', '個專案', '上百家廠商', '電子級材料的澄洲公司', '面板'],
  },
  'zones-simplified.txt': {
    found: [
      'zone 南湾自由贸易试验区', 'organization 南湾自由贸易试验区管委会', 'zone 南湾综合保税区', 'zone 青禾智造创新产业园', 'zone 产业园',
      'zone 北溪经济技术开发区',
    ],
    never: ['自由贸易试验区', '综合保税区', '经济技术开发区', '智能化生产线', '地政府', '两地政府'],
  },
};

describe('our own Chinese zone-news releases', () => {
  it('every fixture is pinned', () => {
    assert.deepEqual(fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort(), Object.keys(PINNED).sort());
  });
  for (const [file, pinned] of Object.entries(PINNED)) {
    it(file, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const got = analyze(tok, file, text).mentions.map((m) => `${m.type} ${m.text}`);
      const missing = pinned.found.filter((e) => !got.includes(e));
      assert.deepEqual(missing, [], `missing; found: ${[...new Set(got)].join(' | ')}`);
      const junk = pinned.never.filter((n) => got.some((g) => g.endsWith(` ${n}`)));
      assert.deepEqual(junk, [], `junk; found: ${[...new Set(got)].join(' | ')}`);
    });
  }
});
