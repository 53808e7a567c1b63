// Chinese entity recognition, round 3 (issue 12): structural cues that transfer to new
// sites. Sentences written for these tests, invented names.
import { before, describe, it } from 'node:test';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { loadTokenizer, namesFound } from '../fixtures/entities/analyze';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});
const { found, has, lacks } = namesFound(() => tok);

describe('Chinese news credits name their medium', () => {
  it('a bracketed credit, a reporter credit, a paper dateline, a wire dateline, a photo credit', () => {
    has('【青川晚報╱記者林某/台北報導】園區今年營收創新高。', 'organization 青川晚報');
    has('岚财網記者王某 台北報導 園區廠商增加。', 'organization 岚财網');
    has('  北溪日报讯 10月17日下午,园区签约一批项目。', 'organization 北溪日报');
    has('湾岭社香港8月26日電 實驗室今日揭牌。', 'organization 湾岭社');
    has('嘉賓合影(青禾網 陳某攝) 實驗室今日揭牌。', 'organization 青禾網');
    has('据香港《青岚时报》报道,特区政府将扩建园区。', 'organization 青岚时报');
    has('青岭网—《北溪日報》\n园区营收增长。', 'organization 青岭网');
    has('2024年10月22日15:42  青川在线 微博', 'organization 青川在线');
    has('来源:北溪日报', 'organization 北溪日报');
  });
  it('the text\'s own paper and a report title are no medium', () => {
    const got = [...found('本报讯 记者王某报道,园区签约。'), ...found('晚报讯 园区开工。'), ...found('政府发布《年度发展报告》后,园区签约。'), ...found('发布时间:2024-11-26 01:44:29 来源: sp20241126')];
    lacks(got, '本报', '晚报', '年度发展报告', 'sp20241126');
  });
});

describe('governments named by a region\'s status or abbreviation', () => {
  it('特区政府, 港府 and 澳府 are organisations', () => {
    has('局長表示，特區政府一直推動創科發展。', 'organization 特區政府');
    has('他指港府一直支持園區。', 'organization 港府');
    has('澳府今年投入资金建设园区。', 'organization 澳府');
  });
  it('not the tail of a place name, nor the central government', () => {
    lacks([...found('青港府路两侧新建厂房。'), ...found('在中央政府支持下,园区扩建。')], '港府', '中央政府');
  });
});

describe('a bay area is a region, no zone', () => {
  it('粤港澳大湾区 and a city\'s 湾区 are places; a zone named inside one is still a zone', () => {
    const got = has('协助粤港澳大湾区的企业落户青川大湾区新型储能示范区。', 'zone 青川大湾区新型储能示范区');
    lacks([...got, ...found('深圳大湾区发展迅速。东京湾区也是如此。')], '粤港澳大湾区', '深圳大湾区', '东京湾区');
  });
});

describe('a zone\'s own page calls it by the abbreviated type word alone', () => {
  it('two clauses opened by 高新区 or 经开区, and no name given: the page\'s own zone', () => {
    const got = has('今年以来,高新区锚定发展目标。1至9月,高新区园区产值增长。', 'zone 高新区');
    if (got.filter((g) => g === 'zone 高新区').length !== 2) throw new Error(got.join(' | '));
  });
  it('not once, nor a class of zones', () => {
    lacks([...found('今年以来,经开区锚定发展目标。'), ...found('全国高新区数量增加,各高新区竞相发展。')], '经开区', '高新区');
  });
});

describe('a park written for the corporation that runs it', () => {
  it('a park that speaks, has officers or funds, twice in a text, is the organisation throughout', () => {
    const got = has('青岚科技园斥60亿支援创科。青岚科技园行政总裁表示,青岚科技园拟投入20亿元。', 'organization 青岚科技园');
    lacks(got.filter((g) => g.startsWith('zone ')), '青岚科技园');
  });
  it('a park where companies settle stays a zone, and one act alone changes nothing', () => {
    has('青岚科技园今年有三百家企业进驻。企业在青岚科技园发展。', 'zone 青岚科技园');
    has('青岚科技园表示欢迎。企业在青岚科技园发展。', 'zone 青岚科技园');
  });
});

describe('a list summed up as a class of projects', () => {
  it('long items before 等基础设施项目 are projects, though none has a type word', () => {
    has('开工的项目包括青川高速北溪段、东湖治理等基础设施项目。', 'project 青川高速北溪段', 'project 东湖治理');
  });
  it('not items named like companies: they stay the companies', () => {
    const got = has('签约的有青川电子、北溪机械等重点项目。', 'organization 青川电子');
    lacks(got.filter((g) => g.startsWith('project ')), '青川电子', '北溪机械');
  });
});

describe('a Taiwanese science park\'s two-character short name', () => {
  it('X科 after the park is named in full or as X科园区', () => {
    const got = has('报告指出,北竹科学工业园区营收增长。此外竹科从业员工增加。', 'zone 北竹科学工业园区', 'zone 竹科');
    if (!got.includes('zone 竹科')) throw new Error(got.join(' | '));
    has('岚科園區去年營業額躍升。岚科營業額續創新高。', 'zone 岚科');
  });
  it('not before the park is named, nor inside another word', () => {
    lacks([...found('竹科从业员工增加。'), ...found('北竹科学工业园区营收增长。竹科大学生来访。')], '竹科');
  });
});

describe('a government body before 项目 owns the projects', () => {
  it('市政府项目建设年: the city government, no project', () => {
    const got = has('按照市委、市政府项目建设年的部署要求推进。', 'organization 市政府');
    lacks(got, '市政府项目');
  });
});

describe('an agency\'s three-character abbreviation that speaks or is headed', () => {
  it('X会上午指出, X处表示, X会副主委: organisations, found again where they recur', () => {
    has('岚科會上午指出,園區營收成長。', 'organization 岚科會');
    const got = has('主岚处表示,园区营业额增长。主岚处是根据统计。', 'organization 主岚处');
    if (got.filter((g) => g === 'organization 主岚处').length !== 2) throw new Error(got.join(' | '));
    has('岚发会副主委出席。', 'organization 岚发会');
  });
  it('not the bodies every organisation has, nor a determiner', () => {
    lacks([...found('会上,董事会表示同意。'), ...found('会后,该局表示支持。')], '董事会', '该局');
  });
});

describe('party committees by their level alone', () => {
  it('省委, 县委 and 区委 are organisations, as 市委 is', () => {
    has('省委书记调研园区。县委常委出席。区委副书记主持。', 'organization 省委', 'organization 县委', 'organization 区委');
  });
});

describe('an organisation named without a type word, found by its officers', () => {
  it('X主席…, 由X行政总裁…: an organisation, found again where it recurs', () => {
    const got = has('岚码港主席林某稱,岚码港將協助落實措施。', 'organization 岚码港');
    if (got.filter((g) => g === 'organization 岚码港').length !== 2) throw new Error(got.join(' | '));
    has('备忘录由青岭行政总裁郑某签署,并获青岭主席陈某见证。', 'organization 青岭');
  });
  it('not a country, a generic body or a person before the title', () => {
    lacks([...found('国家主席出席。公司董事长表示。'), ...found('林某某主席表示支持。会上,王某董事长致辞。')], '国家', '公司', '林某某', '王某');
  });
});

describe('edges and kinds seen on new releases', () => {
  it('零配件 is no numeral: the park named for spare parts keeps its whole name', () => {
    has('主要有青岚重卡汽车零配件产业园等项目。', 'project 青岚重卡汽车零配件产业园');
  });
  it('a verb, a classifier, a class word or a kind word before the head names nothing', () => {
    const got = [
      ...found('该项目是青川高新区重点打造的支撑性战略项目。'),
      ...found('拟建设9条园区道路。'),
      ...found('期待有更多政府部门参与,并在虚拟平台测试。积极建设新设园区。'),
    ];
    lacks(got, '支撑性战略项目', '战略项目', '条园区', '更多政府', '虚拟平台', '新设园区');
  });
});

describe('the park\'s companies and a list that ends in a verb', () => {
  it('园区公司 is the park\'s companies, no name; 科技园公司 still is one', () => {
    lacks(found('目前园区公司有超过七成是本地企业。'), '园区公司');
    has('青岚科技园公司今天庆祝成立。', 'organization 青岚科技园公司');
  });
  it('services carried over to both parks are no list of parks', () => {
    lacks(found('双方将园区运营、优惠政策及企业服务延续至双方园区。'), '运营', '优惠政策', '双方园区');
    has('包括甲埔、乙水及丙新科技产业园区。', 'zone 甲埔');
  });
});

describe('a bureau before its director, after an interview or a time phrase', () => {
  it('X管理局局長, 專訪X管理局, 多年來X管理局: the bureau\'s name alone', () => {
    const got = [...found('本刊特別專訪岚科管理局局長陳某。'), ...found('多年來岚科管理局配合中央政策。')];
    if (got.filter((g) => g === 'organization 岚科管理局').length !== 2) throw new Error(got.join(' | '));
  });
  it('the first or one of a class of parks is no name', () => {
    lacks(found('五大策略,推升岚科躍居園區之冠。'), '推升岚科躍居園區', '躍居園區');
  });
});

describe('a quoted name right before what it is', () => {
  it('「X」一站式数码服务平台: X is the platform, found again where it recurs', () => {
    const got = has('政府推出「岚便捷」一站式个人化数码服务平台,并优化「岚便捷」。', 'project 岚便捷');
    if (got.filter((g) => g === 'project 岚便捷').length !== 2) throw new Error(got.join(' | '));
  });
  it('not a slogan of numbers, nor a quote before a verb phrase or a bare 项目', () => {
    const got = [...found('区领导及“两代表一委员”逐园区观摩。'), ...found('已被列入省“十一五”规划重点建设项目。'), ...found('推动“岚湾”观摩检查新开工项目。')];
    lacks(got, '两代表一委员', '十一五', '岚湾');
  });
});

describe('classes and places before a head (final stage)', () => {
  it('在港 is where, not part of the name', () => {
    const got = has('並與在港中國科學院院士交談。', 'lab 中國科學院');
    lacks(got, '港中國科學院');
  });
  it('counted companies, a province\'s zones, a verb before 项目 and a kind of bank name nothing', () => {
    const got = [
      ...found('园区聚集了700多家智慧生活科创公司。'),
      ...found('这次青川省全省开发区活动举行。'),
      ...found('促进项目取得进展。'),
      ...found('园区企业拿到了虚拟银行牌照。'),
    ];
    lacks(got, '智慧生活科创公司', '全省开发区', '促进项目', '虚拟银行');
    has('中国银行表示支持。', 'organization 中国银行');
  });
});

describe('items of a project list introduced by what they cost', () => {
  it('总投资100亿元的X、总投资150亿元的Y等在谈项目: X and Y are projects', () => {
    has('总投资100亿元的岚氏技术年产10万吨电池材料、总投资150亿元的青宝高科第8.6代显示器件等在谈项目推进签约。', 'project 岚氏技术年产10万吨电池材料', 'project 青宝高科第8.6代显示器件');
  });
  it('not items of a list of other things', () => {
    lacks(found('总投资5亿元的新厂房宿舍、职工食堂等设施。'), '新厂房宿舍');
  });
});
