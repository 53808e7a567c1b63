// Chinese zone and government news (issue 12): short forms, lists of signed projects,
// company short names, generic phrases. Sentences written for these tests, invented names.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { loadTokenizer, namesFound } from '../fixtures/entities/analyze';
import { applyGazetteer, gazetteerNames } from '../../server/src/core/entities';
import { analyze } from '../fixtures/entities/analyze';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});
const { found, has, lacks } = namesFound(() => tok);

describe('a bare type word as the short form of a zone named before it', () => {
  it('a bare park word stands for the park named earlier, with its type', () => {
    const got = has('青禾智造创新产业园今天开园。该产业园将引进企业一百家。', 'zone 青禾智造创新产业园');
    assert.equal(got.filter((g) => g === 'zone 产业园').length, 1, got.join(' | '));
    has('香港科學園今日公布業績。去年有三百家企業進駐科學園。', 'zone 科學園');
  });
  it('a counted or listed class of zones is no short form', () => {
    const got = [
      ...found('青岚自由贸易试验区扩区后,全国自由贸易试验区总数达到22个,今年新设三个自由贸易试验区。'),
      ...found('北溪经济技术开发区要建设国家一流经济技术开发区。北溪工业区与其他五大工業區合作。'),
      ...found('南湾综合保税区按照《综合保税区设施规范》建设。'),
    ];
    lacks(got, '自由贸易试验区', '经济技术开发区', '工業區', '综合保税区');
  });
});

describe('a company found again by its short name', () => {
  it('the name without its province, business words and legal form', () => {
    const got = has(
      '江苏澜途新能源科技有限公司年产光伏组件项目签约。澜途新能源将在园区建设研发中心。',
      'organization 江苏澜途新能源科技有限公司',
      'organization 澜途新能源',
    );
    assert.ok(got.length >= 2);
    has('北辰数据科技(青川)有限公司落户本区,北辰数据负责建设。', 'organization 北辰数据');
  });
  it('a two-character brand only as a word of its own', () => {
    has('远岫集团今年扩产。会上,高新区与远岫签订协议。', 'organization 远岫');
    lacks(found('远岫集团今年扩产。远岫山下的工厂已投产。'), '远岫');
    // a bare 公司 after a common noun gives no brand; after business words it does
    lacks(found('本区为伙伴公司铺路,也是企业的伙伴。'), '伙伴');
    has('岚高科技公司携手本区。其中不乏日岚、鸿岭(岚高)等企业。', 'organization 岚高');
  });
  it('日 starts a name after other words; a description of the company does not', () => {
    const got = has('全球封测龙头日岚光集团今年扩产,日岚光将新建工厂。3月26日青川科技有限公司签约。', 'organization 日岚光集团', 'organization 日岚光', 'organization 青川科技有限公司');
    lacks(got, '龙头日岚光集团', '岚光集团');
  });
  it('a registered name runs over a lone position character', () => {
    has('青川中科岚上信息技术有限公司签约。', 'organization 青川中科岚上信息技术有限公司');
  });
  it('across the workspace: a short name in another release is the same company', () => {
    const full = analyze(tok, 'a.txt', '江苏澜岫新能源科技有限公司年产光伏组件项目签约。');
    const other = analyze(tok, 'b.txt', '澜岫新能源将在青川建设研发中心。');
    applyGazetteer([full, other].map((d, i) => ({ text: i ? '澜岫新能源将在青川建设研发中心。' : '江苏澜岫新能源科技有限公司年产光伏组件项目签约。', mentions: d.mentions })));
    const company = full.mentions.find((m) => m.text === '江苏澜岫新能源科技有限公司');
    const short = other.mentions.find((m) => m.text === '澜岫新能源');
    assert.ok(company && short, other.mentions.map((m) => m.text).join(' | '));
    assert.equal(short.id, company.id);
  });
  it('field words before a legal form are no short name', () => {
    const mention = { start: 0, end: 8, text: '信息技术有限公司', type: 'organization' as const, id: 'o', source: 'pattern' as const };
    assert.deepEqual(gazetteerNames([mention]).map((n) => n.key), []);
    const named = { ...mention, end: 12, text: '青川澜途信息技术有限公司' };
    assert.ok(gazetteerNames([named]).some((n) => n.key === '澜途信息技术'), JSON.stringify(gazetteerNames([named])));
  });
});

describe('companies in lists summed up with 等', () => {
  it('the items of a list of enterprises', () => {
    has('区内聚集了启岚、沐禾光电等龙头企业。', 'organization 启岚', 'organization 沐禾光电');
  });
  it('items of a project list named like companies (a business word at the end)', () => {
    has('签约项目有宁岫汽车、北澜软件等8个总部项目,也有康岭科技等新兴产业项目。', 'organization 宁岫汽车', 'organization 北澜软件', 'organization 康岭科技');
  });
  it('with one item named like a company, the other items of the list are companies too', () => {
    has('威岭汽车、欧月光等91个总部项目落户。', 'organization 威岭汽车', 'organization 欧月光');
    has('也有东岭软件、超月数据等海内外行业细分龙头项目。', 'organization 东岭软件', 'organization 超月数据');
  });
  it('a company named in its project, after its rank', () => {
    const got = has('民营企业 500 强杭岭钢构项目正式签约。', 'project 杭岭钢构项目', 'organization 杭岭钢构');
    lacks(got, '强杭岭钢构项目');
    lacks(found('储能装备制造项目和长寿战略性新兴产业项目。'), '储能装备制造', '长寿战略性新兴产业');
  });
  it('a service centre named for its field, after a verb', () => {
    has('122家重点企业登陆CBD招商服务中心。', 'organization CBD招商服务中心');
  });
  it('an item of a project list the text names in full as a company is that company', () => {
    const got = has('高新区合作引入岚微、北辰晶芯等优质项目。青川岚微智能科技股份有限公司副总裁表示……', 'organization 岚微');
    lacks(got, '合作引入岚微');
  });
  it('the long items of a project list with one item named by its type word', () => {
    has('重点跟进青禾·雁栖氢能小镇、北辰算力调度中枢、高原藜麦精深加工等项目。', 'project 北辰算力调度中枢', 'project 高原藜麦精深加工');
    lacks(found('推进道路、桥梁、污水处理设施等基础设施项目。'), '道路', '桥梁', '污水处理设施');
  });
  it('the short items of a list of zones, with long items among them and 与 before the last', () => {
    has('以及青軟二期、南屏科技產業園區擴區、岭三與雁武等4大科技園區。', 'zone 青軟二期', 'zone 岭三', 'zone 雁武');
    lacks(found('青川、南岭等地园区加快建设,新能源、新材料等产业园区也在推进。'), '青川', '南岭', '南岭等地园区', '新能源', '新材料');
  });
  it('a park in a list of projects is a project', () => {
    has('包括星辰新能源電池模組項目、華嶺醫療器械產業園、嶺北冷鏈物流中心等。', 'project 華嶺醫療器械產業園');
    has('三河粮油基地、茂岭医疗器械产业园等24个新开工项目。', 'project 茂岭医疗器械产业园');
    has('加快青岚计算产业园、青岚健康产业园等创新园区建设。', 'zone 青岚计算产业园');
  });
  it('short names before a last park named in full share its type word', () => {
    has('園管局以高岭前鎮、楠岚及台中潭岭科技產業園區為示範。', 'zone 高岭前鎮', 'zone 楠岚', 'zone 台中潭岭科技產業園區');
    lacks(found('北京和深圳前海合作区,新能源、新材料及生物医药产业园区。'), '北京', '新能源');
  });
  it('fields, places and business words in such lists are no companies', () => {
    const got = [
      ...found('吸引了北京、上海等地企业来投资。'),
      ...found('汽车、电子等行业龙头企业纷纷落户。'),
      ...found('新能源汽车、信息技术等重点项目加快建设。'),
    ];
    lacks(got, '北京', '上海', '汽车', '电子', '新能源汽车', '信息技术');
  });
});

describe('generic phrases in zone news are no names', () => {
  it('a class of projects after the zone or place that has them', () => {
    const got = has('西江新区重大项目建设加速推进,全市重点工程和高新区招商引资项目同步推进。', 'zone 西江新区');
    lacks(got, '西江新区重大项目', '全市重点工程', '高新区招商引资项目', '招商引资项目');
    lacks(found('推进系列产业化项目、试点项目,青川区技改项目和青川高新区配套项目开工。'), '系列产业化项目', '试点项目', '青川区技改项目', '青川高新区配套项目', '技改项目', '配套项目');
    has('东港经开区污水处理厂提标改造工程开工。', 'project 东港经开区污水处理厂提标改造工程');
    // a project word inside a department's name is no project; one before 局面 is
    lacks(found('土木工程拓展署负责。'), '土木工程');
    has('青川数据中心项目落地局面良好。', 'project 青川数据中心项目');
    // 工程 inside 工程技术研究中心 is no project
    lacks(found('建设青川市工程技术研究中心。'), '青川市工程');
    // a project named for what it builds stays a name
    has('青川生物医药产业项目和华东区域总部项目已开工。', 'project 青川生物医药产业项目', 'project 华东区域总部项目');
  });
  it('kind modifiers and field words before a company, lab or platform make a kind of one', () => {
    const got = [
      ...found('另有数亿元用作为伙伴公司铺路,并研究设立共享实验室。'),
      ...found('该园区引进一家生物医药公司,建设开放创新载体平台。'),
    ];
    lacks(got, '伙伴公司', '共享实验室', '生物医药公司', '开放创新载体平台');
    has('青川澜途生物医药公司与中国建材公司签约。', 'organization 青川澜途生物医药公司');
    lacks(found('区属国有平台公司和城投公司参与建设,引进一批总部企业和上市公司。'), '区属国有平台公司', '平台公司', '城投公司', '总部企业和上市公司', '上市公司');
    has('青川城投公司参与建设。', 'organization 青川城投公司');
  });
  it('a national administration named for a body word, and an office of one body in another place', () => {
    has('验收结果将上报海关总署。在中央政府驻港联络办主任的见证下签约。', 'organization 海关总署', 'organization 中央政府驻港联络办');
    lacks(found('中央人民政府驻青川联络办公室主任出席。'), '联络办');
  });
  it('branches of national bodies, banks and academies', () => {
    has('国家外汇管理局青川分局、人民银行青川中心支行、中国科学院青川分院参加。', 'organization 国家外汇管理局青川分局', 'organization 人民银行青川中心支行', 'lab 中国科学院青川分院');
  });
  it('kinds of zones and committees, parks named with generic policy words, classifiers after a numeral', () => {
    const got = [
      ...found('青川科技园公司已成立咨询委员会,划定甲种工业区和乙种工业区。'),
      ...found('针对科技产业园区启动更新计划,推动新型态园区发展。'),
      ...found('推进20个重大产业项目和10大类基础设施和社会事业重大工程。'),
    ];
    lacks(got, '咨询委员会', '甲种工业区', '乙种工业区', '科技产业园区', '新型态园区', '大类基础设施和社会事业重大工程');
    has('2017-01-16青岚新区大学城开工。', 'zone 青岚新区大学城');
  });
  it('counts, places counted and wishes do not start a name', () => {
    const got = [...found('推出14个公有物业租售项目,京津两地政府代表参加。'), ...found('10年前要开公司做科技。')];
    lacks(got, '物业租售项目', '地政府', '年前要开公司', '开公司');
  });
  it('a time phrase does not start a name', () => {
    lacks(found('今年以来新区共实施重点项目86个。'), '以来新区');
  });
});

describe('government departments by their abbreviated field', () => {
  it('市住建局, 区发改局, 省卫健委: fields the segmenter splits into characters', () => {
    has('市住建局、区人社局、省卫健委等单位参加,会议由县发改局主持。', 'organization 市住建局', 'organization 区人社局', 'organization 省卫健委', 'organization 县发改局');
    has('市住建局、市商务局负责。', 'organization 市商务局');
    lacks(found('这是一个全新的格局。'), '格局');
  });
  it('the full names of departments, two fields joined by 和', () => {
    has('市工业和信息化局、青岚市自然资源和规划局、省发展和改革委员会有关负责人参加。', 'organization 市工业和信息化局', 'organization 青岚市自然资源和规划局', 'organization 省发展和改革委员会');
  });
  it('joint labs and institutes: 联合 and a hyphen between the partners', () => {
    has('双方将共建华启-青岚联合研究院和青岚联合实验室。', 'lab 华启-青岚联合研究院', 'lab 青岚联合实验室');
    lacks(found('企业设立联合实验室。'), '联合实验室');
  });
  it('a bureau\'s function alone names none', () => {
    lacks(found('該管理局表示,園區營業額成長。'), '管理局');
    has('青川市城市管理局表示,南岭管理局同意。', 'organization 青川市城市管理局', 'organization 南岭管理局');
  });
  it('a field that is also a verb (建设) names a department before its head', () => {
    has('项目由经济部工业局及台灣省建設廳支持。', 'organization 台灣省建設廳');
  });
  it('town offices and bodies named by their short form alone', () => {
    has('瑞岭鎮公所表示,青川街道办事处负责。', 'organization 瑞岭鎮公所', 'organization 青川街道办事处');
    has('高新区党工委、管委会召开会议,向立法會申請注資。', 'organization 高新区党工委', 'organization 管委会', 'organization 立法會');
  });
});

describe('long names of parks, lines and islands', () => {
  it('a name with 网联 and 零部件 inside is one name', () => {
    const got = has('东岭智能网联汽车零部件产业园总投资18亿元。', 'zone 东岭智能网联汽车零部件产业园');
    lacks(got, '东岭智能网', '部件产业园');
  });
  it('cities of an industry a zone builds', () => {
    has('青岚科技城、青岚国际生物城等特色园区加快发展。', 'zone 青岚国际生物城');
    lacks(found('建设汽车城和未来城。'), '汽车城', '未来城');
  });
  it('leisure and business districts, bonded ports; two zones joined by 和 are two names', () => {
    has('泽岚万亩湖水域农业观光休闲区开园,青川中央商务区、青岚自创区和洋浦保税港区同步推进。', 'zone 泽岚万亩湖水域农业观光休闲区', 'zone 青川中央商务区', 'zone 青岚自创区', 'zone 洋浦保税港区');
    has('青岚高新区和洋浦保税区签约。', 'zone 青岚高新区', 'zone 洋浦保税区');
    lacks(found('青岚高新区和洋浦保税区签约。'), '青岚高新区和洋浦保税区');
  });
  it('a production line and an innovation island are named', () => {
    has('南泽节能环保新材料生产线投产,青湖智慧岛举行签约活动。', 'project 南泽节能环保新材料生产线', 'zone 青湖智慧岛');
    lacks(found('企业新建智能化生产线3条。'), '智能化生产线');
  });
});

describe('a whole name in quotes', () => {
  it('is a name whatever its words', () => {
    has('高新区正着力推进“湾区光谷”“湾区药谷”建设,以“青禾工程”为主线。', 'project 湾区光谷', 'project 湾区药谷', 'project 青禾工程');
  });
  it('a slogan that counts or generic words in quotes are no name', () => {
    lacks(found('打造“四基地一中心”,推进“百亿园区”和“科技新城”建设。'), '四基地一中心', '百亿园区', '科技新城', '一中心');
  });
});

describe('edges of zone and project names', () => {
  it('a body named for a zone whose type word starts with a stop character (自贸区, 自由贸易试验区)', () => {
    has('南湾自由贸易试验区管委会表示,青岚自贸区管委会同意。', 'organization 南湾自由贸易试验区管委会', 'organization 青岚自贸区管委会');
  });
  it('a project named for its yearly output starts at 年产', () => {
    has('签约项目包括年产5万吨锂电池正极材料项目和年产20GW高效光伏组件建设项目。', 'project 年产5万吨锂电池正极材料项目', 'project 年产20GW高效光伏组件建设项目');
    has('2025年产值增长,青川数据中心项目开工。', 'project 青川数据中心项目');
  });
  it('kind modifiers before a zone, and a ministry\'s parks, are no zone names', () => {
    lacks(found('推动老旧工业区更新,经济部产业园区管理局表示。'), '老旧工业区', '经济部产业园区');
  });
});

describe('a short name in parentheses after the name', () => {
  it('made of the name\'s characters in order, found again later', () => {
    const got = has('青岚科学园区(岚科)今年营业额创新高。岚科厂商增加。', 'zone 青岚科学园区', 'zone 岚科');
    assert.equal(got.filter((g) => g === 'zone 岚科').length, 2, got.join(' | '));
  });
  it('a phase or a seat in parentheses is no short name', () => {
    lacks(found('盐田综合保税区(二期)通过验收。天顺风能(苏州)有限公司签约。'), '二期', '苏州');
  });
});

describe('programmes named in quotes or in Latin letters before 計劃', () => {
  it('「X」計劃 and Latin names before 計劃 are projects', () => {
    has('科技園推出「LEAP」計劃,並增撥資源於培育計劃Nova-App、Nova-Tech計劃。', 'project LEAP', 'project Nova-App', 'project Nova-Tech');
    has('推出“青苗”计划。', 'project 青苗');
  });
});

describe('a name the text gives with 命名为', () => {
  it('is of the type of what is named', () => {
    has('青川高新区将新建的产业园命名为“星岚谷”。星岚谷将于明年开园。', 'zone 星岚谷');
    has('该项目被命名为“青禾之光”。', 'project 青禾之光');
  });
});
