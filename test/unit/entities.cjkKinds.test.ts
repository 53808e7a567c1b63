// Japanese and Chinese names of the kinds issue 12 lists, on sentences written for these
// tests (invented names): companies without a type word, quoted names, and the left
// edge of Chinese names.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { analyze, loadTokenizer, namesFound } from '../fixtures/entities/analyze';
import { mayContainCjkEntity } from '../../server/src/core/entities';
import { DocumentAnalyzer } from '../../server/src/core/analyzer';
import { silentLogger } from '../../server/src/core/types';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});
const { found, has, lacks } = namesFound(() => tok);

describe('Japanese companies without a type word', () => {
  it('a company with its seat in parentheses, and the same name later in the text', () => {
    const got = has(
      '進出するのはミズホシ(静岡県浜松市)とカナタ精工(同)の2社。ミズホシは新工場を建てる。',
      'organization ミズホシ',
      'organization カナタ精工',
    );
    assert.equal(got.filter((g) => g === 'organization ミズホシ').length, 2, got.join(' | '));
    has('環境設備のトモエ環境プラント(本社:東京都品川区)が受注した。', 'organization トモエ環境プラント');
  });
  it('a facility or a place before a seat is no company', () => {
    lacks(found('同社は新工場(愛知県豊田市)を建設する。'), '新工場');
    lacks(found('会場は岩国市(山口県)の中心部。'), '岩国市');
    lacks(found('着工中のミドリノ(ミドリノ市北区)に続く拠点。'), 'ミドリノ');
  });
  it('a company word after a proper part; a field word after common words is a phrase', () => {
    has('試作はアサギリ製薬とセントリオ硝子が担う。', 'organization アサギリ製薬', 'organization セントリオ硝子');
    lacks(found('県はハイテク産業と文化クリエーティブ産業を育てる。'), 'ハイテク産業', '文化クリエーティブ産業');
  });
  it('quoted names the text counts as companies', () => {
    has('県は「ソラノテック」と「カガリ」の2社の計画を認定した。', 'organization ソラノテック', 'organization カガリ');
  });
  it('a quoted name after the noun that says what it is', () => {
    has('物流施設「ルミナベイ湾岸2」が完成し、スパコン「ハヤテ」も稼働した。', 'project ルミナベイ湾岸2', 'project ハヤテ');
    has('総額50億円のプロジェクト「未来の森」が始まり、共創施設「hoshi-base(ホシベース) MINATO-KITA」も開いた。', 'project 未来の森', 'project hoshi-base(ホシベース) MINATO-KITA');
    lacks(found('計画「地域の活性化を進める」を発表した。'), '地域の活性化を進める');
  });
  it('an exchange before a verbal noun; a common katakana word before 部 is no body', () => {
    has('同社は東京証券取引所上場を目指す。', 'organization 東京証券取引所');
    lacks(found('ビルのオフィス部は3階から10階。'), 'オフィス部');
  });
});

describe('the left edge of Chinese names', () => {
  it('a position or numeral character that starts a name the segmenter does not know', () => {
    has('代表团参观了中垣村科技城。', 'zone 中垣村科技城');
    has('重庆两滨新区发布通知。', 'zone 重庆两滨新区');
    lacks(found('今年新开工两个项目。'), '两个项目');
  });
  it('verbs that take the name as object, and a reporter credit, are not part of it', () => {
    has('我们将跟进青禾·雁栖氢能小镇的建设。', 'project 青禾·雁栖氢能小镇');
    has('讯(记者王青)青岚自贸区今年扩区。', 'zone 青岚自贸区');
    has('本次配合行政院推出新方案。', 'organization 行政院');
  });
  it('a type word inside a name is part of it, even when it starts with a stop character', () => {
    has('青岚经开区经济发展局局长介绍，今年青岚自贸试验区新增企业。', 'organization 青岚经开区经济发展局', 'zone 青岚自贸试验区');
  });
  it('time adverbs and verbs like 利用 are not part of a name', () => {
    has('即现时数字科技及工业局推动，充分利用青岚科技城的优势。', 'organization 数字科技及工业局', 'zone 青岚科技城');
  });
  it('two fields joined by 与 or 和 name one body', () => {
    has('园区建有智能装备与新材料产业基地。', 'project 智能装备与新材料产业基地');
    has('据青岚区发展和改革委员会通报。', 'organization 青岚区发展和改革委员会');
  });
});

describe('Japanese name edges', () => {
  it('a short quoted part inside a name, and an honorary title after it', () => {
    has('日中「海陸一体」友好協会名誉会長が来訪した。', 'organization 日中「海陸一体」友好協会');
    has('青岚“丝路之桥”研究院成立。', 'lab 青岚“丝路之桥”研究院');
  });
  it('a zone whose last character kuromoji reads with 内 (区内) still ends there', () => {
    has('同社は青岚高新区内に工場を持つ。', 'zone 青岚高新区');
  });
  it('national bodies named 全国…, federations, newspapers, a Latin name before ジャパン', () => {
    has('全国漁業協同組合連合会(所在地:東京都千代田区)と青葉ミナトタイムスが報じた。', 'organization 全国漁業協同組合連合会', 'organization 青葉ミナトタイムス');
    has('XYZAジャパンが参加した。', 'organization XYZAジャパン');
    lacks(found('全国の産業パークを調べた。'), '全国の産業パーク');
  });
  it('a quoted facility whose type word is followed by its place is one name', () => {
    has('同社は「ミナトリンクラボ青葉台」を開設した。', 'lab ミナトリンクラボ青葉台');
  });
  it('an ordinal before a name is part of it; a period before a project is not', () => {
    has('青葉村の「第二青嵐工業団地」が造成を終え、新棟の第2センターには12社が入る。', 'zone 第二青嵐工業団地', 'project 第2センター');
  });
  it('a page or a title after 株式会社X is not part of the name', () => {
    has('株式会社ミナトリンクホームページ', 'organization 株式会社ミナトリンク');
  });
  it('a Latin name before 社 is the company without 社', () => {
    has('BlueLine Estates社と10年の契約を結んだ。', 'organization BlueLine Estates');
  });
});

describe('Japanese phrases that name no one', () => {
  it('the firm a text speaks for, a place before a unit, a period before a project', () => {
    const got = found('自社工場を増設し、米国子会社とオハイオ州本部が支援する。第2期建設プロジェクトと上半期工場稼働も控える。自社の技術を生かす。');
    lacks(got, '自社工場', '自社', '米国子会社', 'オハイオ州本部', '期建設プロジェクト', '第2期建設プロジェクト', '建設プロジェクト', '上半期工場');
  });
  it('common abbreviations and a part of a building are no organisations', () => {
    lacks(found('SNS で発信し、CRO と ZEB 認証の共用部を整えた。'), 'SNS', 'CRO', 'ZEB', '共用部');
  });
  it('a counter-like first character of a name stays (騎…)', () => {
    has('騎浜イノベーションパークが開業した。', 'zone 騎浜イノベーションパーク');
  });
});

describe('short names and what a text says a company is', () => {
  it('a short name defined in parentheses is the same entity wherever it stands', () => {
    const doc = analyze(tok, 'a.txt', '青岚动力科技股份有限公司（以下简称“青岚动力”）与园区签约。青岚动力将投资5亿元。');
    const full = doc.mentions.find((m) => m.text === '青岚动力科技股份有限公司');
    const short = doc.mentions.filter((m) => m.text === '青岚动力');
    assert.ok(full && short.length === 2, doc.mentions.map((m) => m.text).join(' | '));
    assert.ok(short.every((m) => m.id === full.id && m.type === 'organization'));
  });
  it('a company without its legal form is the company too', () => {
    const got = found('ミナセルテクノロジーズ(東京都港区)が進出する。ミナセルは来年に稼働する。');
    assert.ok(got.includes('organization ミナセル'), got.join(' | '));
  });
  it('a katakana name after what the company is or does', () => {
    has('マレーシアの不動産会社ラフレシアランドが出資し、産業ガス大手のエア・ブリーズも参加する。', 'organization ラフレシアランド', 'organization エア・ブリーズ');
    has('部品の製造などを行う「ツムギテック」が入居する。', 'organization ツムギテック');
    lacks(found('地元の大手スタートアップが集まる。'), 'スタートアップ');
  });
});

describe('zone phases and park districts', () => {
  it('a Chinese zone with its phase or extension is one name; a phase before a project word is not a zone', () => {
    has('新建青岚软体园区二期、青岚科技产业园区扩区。', 'zone 青岚软体园区二期', 'zone 青岚科技产业园区扩区');
    lacks(found('青岚园区二期工程开工。'), '青岚园区二期');
  });
  it('a Japanese パーク区', () => {
    has('青嵐パーク区に新棟がある。', 'zone 青嵐パーク区');
  });
});

describe('listed companies', () => {
  it('a name before its stock code is a company', () => {
    has('青岚电机（2417-TW）宣布扩产。', 'organization 青岚电机');
    has('青岚动力(300123.SZ)发布公告。', 'organization 青岚动力');
    lacks(found('会议于(2024)年举行。'), '会议于');
  });
});

describe('more type words', () => {
  it('industrial zones, economic belts, congresses, district committees', () => {
    has('青岚临海工业区与青岚沿海经济带相连。', 'zone 青岚临海工业区', 'zone 青岚沿海经济带');
    has('青岚市人民代表大会召开，青岚区委部署工作。', 'organization 青岚市人民代表大会', 'organization 青岚区委');
  });
});

describe('Chinese lists of short names', () => {
  it('a list that the text then says what it is (…等五大产业园区)', () => {
    const got = has('目前已规划甲埔、乙水、丙新、北青岚等四大产业园区，均已招商。', 'zone 甲埔', 'zone 乙水', 'zone 丙新', 'zone 北青岚');
    lacks(got, '目前已规划甲埔');
  });
  it('a type word, then the list (…大学，包括甲大、乙大及丙大)', () => {
    has('参与单位来自三所大学，包括甲大、乙大及丙大；', 'organization 甲大', 'organization 乙大', 'organization 丙大');
  });
  it('a two-character name from a list, found again where it stands as a word of its own', () => {
    const got = found('今年甲科、乙科及丙科等三个科学园区产值增长。甲科仍居首位，乙科则次之，丙科也在扩建。甲科学生来访。');
    assert.equal(got.filter((g) => g === 'zone 甲科').length, 2, got.join(' | '));
    assert.equal(got.filter((g) => g === 'zone 乙科').length, 2, got.join(' | '));
    assert.equal(got.filter((g) => g === 'zone 丙科').length, 2, got.join(' | '));
  });
  it('the company that runs a park is named for it', () => {
    has('青岚科技园今日开幕，科技园公司表示将扩建。', 'organization 科技园公司');
  });
  it('kinds of facilities named only by generic words are no names', () => {
    lacks(found('建设超级算力中心和配送中心，申报中央财政资金项目，打造开放创新载体平台。'), '超级算力中心', '配送中心', '中央财政资金项目', '开放创新载体平台');
  });
  it('a list of long phrases is not taken', () => {
    lacks(found('包括招商引资、科技创新等多个项目。'), '招商引资', '科技创新');
  });
});

describe('which Japanese sentences are tokenised for names without a type word', () => {
  it('the cues of japaneseNames.ts make a sentence worth tokenising; a plain sentence is not', () => {
    for (const s of ['ミズホシ(静岡県浜松市)が進出する。', '「ソラノテック」と「カガリ」の2社。', '試作はアサギリ製薬が担う。', '不動産会社ラフレシアランドが出資。', 'プロジェクト「未来の森」が始まる。']) {
      assert.ok(mayContainCjkEntity(s), s);
    }
    assert.ok(!mayContainCjkEntity('今日は晴れて、気温が上がった。'));
  });
  it('through the analyzer, a company named before its seat is found in a sentence with no type word', async () => {
    const analyzer = new DocumentAnalyzer({ japanese: tok, logger: silentLogger });
    const a = await analyzer.analyze('file:///a.txt', '進出するのはミズホシ(静岡県浜松市)。ミズホシは来春に稼働する。');
    assert.ok(a.mentions.some((m) => m.text === 'ミズホシ' && m.type === 'organization'), a.mentions.map((m) => m.text).join(' | '));
  });
});

describe('Japanese plants named by a number or by common words', () => {
  it('第N工場, 国内新工場 and 多目的工場 are kinds of plant; a place names one', () => {
    const got = found('ハルカ製菓は第2工場と国内新工場、多目的工場を整備し、上半期工場の改修も進める。');
    lacks(got, '第2工場', '国内新工場', '新工場', '多目的工場', '上半期工場');
    has('ハルカ製菓は大阪新工場と茨城工場を整備する。', 'project 大阪新工場', 'project 茨城工場');
  });
});

describe('Chinese classes of projects counted or summing up a list', () => {
  it('X项目 N 个, N个X项目 and 等X项目 are classes; the names a count sums up stay names', () => {
    const got = found('全县签约农业产业化项目 9 个、商贸流通项目2个，另有甲、乙等基础设施项目。在谈项目 16 个。');
    lacks(got, '农业产业化项目', '商贸流通项目', '基础设施项目', '谈项目');
    has('星河建设项目、云杉数据湖项目、晨光交易中心项目3项参加签约。', 'project 星河建设项目', 'project 云杉数据湖项目', 'project 晨光交易中心项目');
  });
});

describe('Chinese programmes and funds set off by quotes or a launching verb', () => {
  it('「X計劃」, 成立X基金 and 推出X先導計劃 are projects; a kind of plan is not', () => {
    has('政府將推出「星海加速器先導計劃」，並成立雲杉創投基金 20億元，再推出晨光科技券計劃。', 'project 星海加速器先導計劃', 'project 雲杉創投基金', 'project 晨光科技券計劃');
    lacks(found('現有培育計劃和年度计划已完成，计划投资5亿元，并成立母基金。'), '培育計劃', '年度计划', '母基金', '计划');
  });
});

describe('Japanese determiners and counters at the start of a proper noun', () => {
  it('本 or 各 that only starts a place name does not make the name generic', () => {
    has('ハルカ製菓は本郷工場を増設する。', 'project 本郷工場');
    lacks(found('本プロジェクトは本年度に終了し、各センターで報告する。'), 'プロジェクト', 'センター');
  });
});

describe('Chinese verbs and class modifiers before a park or a programme', () => {
  it('设置, 建立, 加强, 学习, 其他 and 一流 never start a name', () => {
    const got = found('經濟部規劃設置產業園區，並加強其他加速器項目，向台灣學習科學園區經驗，建设国家一流经济技术开发区。');
    lacks(got, '設置產業園區', '加強其他加速器項目', '其他加速器項目', '加速器項目', '台灣學習科學園區', '国家一流经济技术开发区');
    has('星海加速器基地啟用。', 'project 星海加速器基地');
  });
});

describe('Chinese farms, theme parks and funds named by their head', () => {
  it('X农场, X养殖场, X乐园, X创投基金 and X加速计划 are projects; generic funds are not', () => {
    has('星河科技園創投基金將增資，推行星海企業加速計劃。青石農場與黑龙生猪养殖场、星河乐园同步開放。', 'project 星河科技園創投基金', 'project 星海企業加速計劃', 'project 青石農場', 'project 黑龙生猪养殖场', 'project 星河乐园');
    lacks(found('政府引导基金和产业投资基金规模扩大。'), '政府引导基金', '产业投资基金', '引导基金', '投资基金');
  });
});

describe('Web page furniture is no organisation', () => {
  it('JavaScript, RSS, ALT, 訂閱 and 即時新聞 are page words', () => {
    lacks(found('請啟用JavaScript瀏覽本站。訂閱RSS。圖片ALT說明。即時新聞。今日整點新聞。'), 'JavaScript', 'RSS', 'ALT', '即時新聞', '今日整點新聞', '整點新聞');
    has('经济日报记者报道。', 'organization 经济日报');
  });
});

describe('One mention for a park named with 园区', () => {
  it('X产业园区 is not also found as X产业园', () => {
    const got = found('星河產業園區今年擴建，台湾青石科学园区同步招商。');
    assert.deepEqual(got, ['zone 星河產業園區', 'zone 台湾青石科学园区']);
  });
});

describe('A country and generic words before a zone head', () => {
  it('中国自由贸易试验区 and 台湾产业园区 are classes; a city in parentheses names one', () => {
    const got = found('台灣產業園區已成為重鎮。中国自由贸易试验区建设十年。中国（青石）自由贸易试验区挂牌。');
    lacks(got, '台灣產業園區', '台灣產業園', '中国自由贸易试验区');
    assert.ok(got.includes('zone 中国（青石）自由贸易试验区'), got.join(' | '));
  });
});

describe('Japanese research facilities', () => {
  it('a test field and a technology centre are labs', () => {
    has('地域企業は北山ロボットテストフィールドと北山テクノロジーセンターを利用する。', 'lab 北山ロボットテストフィールド', 'lab 北山テクノロジーセンター');
  });
  it('a provisional name drops (仮称), and 新…センター is 新センター later on', () => {
    const got = has('子会社が研究開発拠点「新テック研究センター(仮称)」を建設する。新センターでは開発部が入る。', 'lab 新テック研究センター', 'lab 新センター');
    lacks(got, '新テック研究センター(仮称)');
    lacks(found('新センターを作る。新疆の新区で。'), '新センター');
  });
  it('a shared, dry or wet lab is a kind of room, not a name', () => {
    const got = found('施設にはドライラボ・ウェットラボがあり、レンタルラボもある。');
    lacks(got, 'ドライラボ', 'ドライラボ・ウェットラボ', 'ウェットラボ', 'レンタルラボ');
  });
});
