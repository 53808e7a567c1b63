import { test, describe } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import {
  baseValue, dimensionOf, documentFigureOptions, findDocumentDate, formatFigure, readFigures, recognizeFigures, rewriteFigure, sameQuantity,
} from '../../server/src/core/figures';
import type { Figure } from '../../server/src/core/types';
import { pathologicalFigureInputs } from '../helpers/atScale';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'figures');
const SAMPLES = path.join(ROOT, 'samples');

interface Expected { text: string; value: number | string; unit: string; bound: string; counted?: string }
interface Case { lang: string; text: string; options?: { referenceYear?: number; referenceDate?: string }; expected: Expected[] }

// cases.json (the first table) and cases.<concern>.json (kinds added since: money, shares, dates ...)
const caseFiles = readdirSync(FIXTURES).filter((f) => /^cases(\.[a-z]+)?\.json$/.test(f)).sort();
const cases: Case[] = caseFiles.flatMap((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as Case[]);

function show(fs: Figure[]): string {
  return JSON.stringify(fs.map((f) => [f.text, f.value, f.unit, f.bound, f.counted]));
}

function one(text: string): Figure {
  const fs = recognizeFigures(text);
  assert.equal(fs.length, 1, `one figure in ${JSON.stringify(text)}: ${show(fs)}`);
  return fs[0];
}

describe('figures: case table', () => {
  test('has at least 300 cases in ja, zh and en, with negatives', () => {
    assert.ok(cases.length >= 300, `${cases.length} cases`);
    for (const lang of ['ja', 'zh', 'en']) assert.ok(cases.some((c) => c.lang === lang));
    assert.ok(cases.filter((c) => c.expected.length === 0).length >= 50);
  });
  for (const c of cases) {
    const name = `${c.lang}: ${c.text}${c.expected.length === 0 ? ' (no figure)' : ''}`;
    test(name, () => {
      const got = recognizeFigures(c.text, c.options);
      assert.equal(got.length, c.expected.length, `figures in ${JSON.stringify(c.text)}: ${show(got)}`);
      for (const e of c.expected) {
        const f = got.find((g) => g.text === e.text);
        assert.ok(f, `span ${JSON.stringify(e.text)} in ${show(got)}`);
        assert.equal(f.value, e.value, `value of ${e.text}`);
        assert.equal(f.unit, e.unit, `unit of ${e.text}`);
        assert.equal(f.bound, e.bound, `bound of ${e.text}`);
        if (e.counted !== undefined) assert.equal(f.counted, e.counted, `counted of ${e.text}`);
        assert.equal(c.text.slice(f.start, f.end), f.text, 'span offsets');
      }
    });
  }
});

describe('figures: the five samples', () => {
  const expected: Record<string, { documentDate: string | null; figures: Expected[] }> =
    JSON.parse(readFileSync(path.join(FIXTURES, 'samples.expected.json'), 'utf8'));
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
  test('every sample has a reviewed expectation', () => {
    assert.deepEqual(Object.keys(expected).sort(), files);
  });
  for (const file of files) {
    test(file, () => {
      const text = readFileSync(path.join(SAMPLES, file), 'utf8');
      const exp = expected[file];
      const date = findDocumentDate(text);
      assert.equal(date ?? null, exp.documentDate, 'document date');
      const got = recognizeFigures(text, { referenceYear: date ? Number(date.slice(0, 4)) : undefined });
      const simple = got.map((g) => {
        const e: Expected = { text: g.text, value: g.value, unit: g.unit, bound: g.bound };
        if (g.counted) e.counted = g.counted;
        return e;
      });
      assert.deepEqual(simple, exp.figures);
      for (const g of got) assert.equal(text.slice(g.start, g.end), g.text);
      for (let i = 1; i < got.length; i++) assert.ok(got[i].start >= got[i - 1].end, 'sorted, no overlap');
    });
  }
});

describe('figures: offsets are UTF-16 offsets into the original text', () => {
  test('full-width and astral characters before a figure', () => {
    const text = '𠮷野家の店舗は３００社以上';
    const f = one(text);
    assert.equal(text.slice(f.start, f.end), '３００社以上');
    assert.equal(f.value, 300);
  });
  test('㎡ folds to m²', () => {
    const f = one('500,000㎡');
    assert.equal(f.unit, 'm2');
    assert.equal(f.text, '500,000㎡');
  });
});

describe('figures: dates', () => {
  test('referenceYear fills a date without a year', () => {
    assert.equal(recognizeFigures('2月24日', { referenceYear: 2026 })[0].value, '2026-02-24');
    assert.equal(recognizeFigures('On February 24, the', { referenceYear: 2026 })[0].value, '2026-02-24');
    const f = one('2月24日');
    assert.equal(f.value, '--02-24');
    assert.ok(f.note);
  });
  test('findDocumentDate on each sample', () => {
    const d = (f: string) => findDocumentDate(readFileSync(path.join(SAMPLES, f), 'utf8'));
    assert.equal(d('hunnan-2026-conference.en.txt'), '2026-02-27');
    assert.equal(d('hunnan-2026-conference.ja.txt'), '2026-03-02');
    assert.equal(d('beihu-future-science-city-2025.ja.txt'), '2025-11-19');
    assert.equal(d('hunnan-2026-conference.zh.txt'), undefined);
    assert.equal(d('suzhou-gba-2021.ja.txt'), undefined);
  });
  test('findDocumentDate forms', () => {
    assert.equal(findDocumentDate('SHENYANG, China, Feb. 27, 2026 (GLOBE NEWSWIRE) -- On February 24'), '2026-02-27');
    assert.equal(findDocumentDate(' date 2026-03-02 2026年Hunnan'), '2026-03-02');
    assert.equal(findDocumentDate('title\n\n時間: 2025-11-19 10:58 情報源'), '2025-11-19');
    assert.equal(findDocumentDate('标题\n发布时间：2024年5月6日'), '2024-05-06');
    assert.equal(findDocumentDate('no date here\n2月24日'), undefined);
    assert.equal(findDocumentDate('1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n2026-01-01'), undefined);
  });
  test('findDocumentDate: a timestamp wins over a listing date; a month end is no dateline', () => {
    assert.equal(findDocumentDate('掲載日:2023-06-30\nお知らせ一覧\n公開 2024-02-05 09:40\n本文です。'), '2024-02-05');
    assert.equal(findDocumentDate('2022年7月1日(金)\n見出し\n2022/5/18 17:05\n県は18日、'), '2022-05-18');
    assert.equal(findDocumentDate('A社は4月3日、2026年9月末に工場を閉じると発表した。'), undefined);
  });
  test('findDocumentDate: a labelled article date wins over a page-view date above it', () => {
    assert.equal(findDocumentDate('Home | News\nWed,Jan,8,2025\nZone signs 12 projects\nUpdated: 2024-12-30  Source: City Daily\nOn December 28, the zone'), '2024-12-30');
    assert.equal(findDocumentDate('Wed,Jan,8,2025\nZone signs 12 projects'), '2025-01-08');
  });
  test('findDocumentDate: a date signed at the end when the head has none', () => {
    const body = '第一段。\n'.repeat(9); // past the head lines
    assert.equal(findDocumentDate(body + '1-3月,出口增长4%。\n某县统计局\n2024年4月18日\n'), '2024-04-18');
    assert.equal(findDocumentDate(body + 'B区の新工場が稼働した。\n「某日報日本語版」2019年8月5日\n|'), '2019-08-05');
    // a date in the last sentence is a plan, not a signature; a date after a sentence neither
    assert.equal(findDocumentDate(body + '项目计划于2027年6月30日前竣工投产。'), undefined);
    assert.equal(findDocumentDate(body + '新厂房建设进展顺利,预计竣工日期为\n2027年6月30日'), undefined);
  });
  test('documentFigureOptions: months take the year of a signed date', () => {
    const text = '1-9月,全区规上工业产值增长8%,6月份增速最快。\n某区统计局\n2023年10月20日';
    const dates = recognizeFigures(text, documentFigureOptions(text)).filter((f) => f.unit === 'date').map((f) => [f.text, f.value, f.bound]);
    assert.deepEqual(dates, [['1', '2023-01', 'atLeast'], ['9月', '2023-09', 'atMost'], ['6月份', '2023-06', 'exact'], ['2023年10月20日', '2023-10-20', 'exact']]);
  });
  test('documentFigureOptions: months take the year a Taiwanese text states as 今(2025)年', () => {
    const text = '園區今(2025)年1-3月營業額成長12%,3月底員工數達8,200人。';
    const dates = recognizeFigures(text, documentFigureOptions(text)).filter((f) => f.unit === 'date').map((f) => [f.text, f.value, f.bound]);
    assert.deepEqual(dates, [['1', '2025-01', 'atLeast'], ['3月', '2025-03', 'atMost'], ['3月底', '2025-03', 'exact']]);
  });
  test('documentFigureOptions: bare days in a document without a dated dateline', () => {
    const read = (text: string) => recognizeFigures(text, documentFigureOptions(text))
      .filter((f) => f.unit === 'date').map((f) => [f.text, f.value]);
    // a year-less dateline gives its month (the month before for a later day)
    assert.deepEqual(read('【6月12日・共同】B市の新工場が10日、稼働した。'), [['6月12日', '--06-12'], ['10日', '--06-10']]);
    assert.deepEqual(read('本报讯 9月3日电 该园区28日举行签约仪式。'), [['9月3日', '--09-03'], ['28日', '--08-28']]);
    // no dateline at all: the day alone
    assert.deepEqual(read('C社は14日、新しい研究棟の建設を発表した。'), [['14日', '---14']]);
    // a dated dateline still gives year and month
    assert.deepEqual(read('2025年3月21日\nD社は19日、増資を決めた。'), [['2025年3月21日', '2025-03-21'], ['19日', '2025-03-19']]);
  });
});

describe('figures: which yuan a document means', () => {
  const money = (text: string) => recognizeFigures(text, documentFigureOptions(text))
    .filter((f) => dimensionOf(f.unit) === 'money').map((f) => [f.text, f.unit]);
  test('a (港币,下同) declaration makes the bare 元 after it Hong Kong dollars, in either script', () => {
    assert.deepEqual(money('该项目总投资12亿元(港币,下同),其中8亿元用于研发。'), [['12亿元', 'HKD'], ['8亿元', 'HKD']]);
    assert.deepEqual(money('計劃撥款3億元（新台幣，下同），另有1億元。'), [['3億元', 'TWD'], ['1億元', 'TWD']]);
  });
  test('Hong Kong budget words count as Hong Kong in a traditional text', () => {
    assert.deepEqual(money('數碼港與科學園各獲撥款2億元,財政預算案另預留5億元,以推動這個區域的發展。'), [['2億元', 'HKD'], ['5億元', 'HKD']]);
  });
  test('a bare $ in a page that names Singapore by its places and agencies is the Singapore dollar', () => {
    assert.deepEqual(money('JTC will open the park at Jurong next year. Rent at Tuas is set at $42 per sq m.'), [['$42', 'SGD']]);
    assert.deepEqual(money('The park in Ohio charges $42 per sq m.'), [['$42', 'USD']]);
  });
  test('words only Taiwan writes (積體電路, 人工智慧, 軟體) make a traditional text’s bare 元 NT dollars', () => {
    assert.deepEqual(money('某園區去年營業額達1,200億元,積體電路產業受惠人工智慧需求,軟體廠商亦增資30億元。'), [['1,200億元', 'TWD'], ['30億元', 'TWD']]);
    // a mainland text in traditional characters (集成電路, 人工智能) stays in yuan
    assert.deepEqual(money('某園區去年營業額達1,200億元,集成電路產業受惠人工智能需求,軟件廠商亦增資30億元。'), [['1,200億元', 'CNY'], ['30億元', 'CNY']]);
  });
  test('a mainland text stays in yuan', () => {
    assert.deepEqual(money('该项目总投资12亿元,其中8亿元用于研发。'), [['12亿元', 'CNY'], ['8亿元', 'CNY']]);
  });
});

describe('figures: dates that cannot exist (issue 16)', () => {
  test('give no figure at all (not a shorter month or year) and are returned as impossible dates', () => {
    const text = 'On 31 February 2026, 2026年2月30日, 2026-13-05, Nov. 0000 and February 31, 2026; 29 February 2028 is fine.';
    const { figures, impossibleDates } = readFigures(text);
    assert.deepEqual(figures.map((f) => [f.text, f.value]), [['29 February 2028', '2028-02-29']]);
    assert.deepEqual(impossibleDates.map((d) => [d.text, d.reason, text.slice(d.start, d.end)]), [
      ['31 February 2026', 'February 2026 has 28 days', '31 February 2026'],
      ['2026年2月30日', 'February 2026 has 28 days', '2026年2月30日'],
      ['2026-13-05', 'there is no month 13', '2026-13-05'],
      ['Nov. 0000', 'there is no year 0', 'Nov. 0000'],
      ['February 31, 2026', 'February 2026 has 28 days', 'February 31, 2026'],
    ]);
    assert.deepEqual(recognizeFigures(text).map((f) => f.text), ['29 February 2028'], 'recognizeFigures agrees');
  });
  test('the five samples have none', () => {
    for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(path.join(SAMPLES, f), 'utf8');
      assert.deepEqual(readFigures(text, documentFigureOptions(text)).impossibleDates, [], f);
    }
  });
});

describe('figures: dimensions and sameQuantity', () => {
  test('dimensionOf', () => {
    assert.equal(dimensionOf('km2'), 'area');
    assert.equal(dimensionOf('mu'), 'area');
    assert.equal(dimensionOf('m'), 'length');
    assert.equal(dimensionOf('JPY'), 'money');
    assert.equal(dimensionOf('year-duration'), 'duration');
    assert.equal(dimensionOf('pflops'), 'compute');
  });
  test('baseValue', () => {
    assert.equal(baseValue(one('7.2平方キロ')), 7_200_000);
    assert.equal(baseValue(one('5.6 kilometers')), 5600);
    assert.equal(baseValue(one('3ヘクタール')), 30_000);
    assert.equal(baseValue(one('522億人民元')), 52_200_000_000);
    assert.equal(baseValue(one('2026年2月24日')), '2026-02-24');
  });
  const same: [string, string][] = [
    ['5.6 km', '5,600 m'],
    ['0.5 km²', '500,000 m²'],
    ['3平方千米', '3平方公里'],
    ['3.725 billion yuan', '37億2500万元'],
    ['50万', '500,000'],
    ['50万平方メートル', '500,000 square meters'],
    ['50万平方米', '500,000 square meters'],
    ['522億人民元', 'RMB 52.2 billion'],
    ['９１平方キロ', '91-square-kilometer'],
    ['7割以上', 'more than 70%'],
    ['28キロ', '28 kilometers'],
    ['三年来', 'over the past three years'],
    ['2月24日', 'February 24, 2026'],
    ['七成', '70 percent'],
    ['十大', 'Top Ten'],
    ['1.2万亿元', '1.2 trillion yuan'],
  ];
  for (const [a, b] of same) {
    test(`${a} = ${b}`, () => {
      const fa = recognizeFigures(a)[0];
      const fb = recognizeFigures(b)[0];
      assert.ok(fa && fb, `${show(recognizeFigures(a))} ${show(recognizeFigures(b))}`);
      assert.ok(sameQuantity(fa, fb), `${show([fa])} vs ${show([fb])}`);
      assert.ok(sameQuantity(fb, fa));
    });
  }
  const different: [string, string][] = [
    ['28キロ', '38 kilometers'],
    ['10亿元', '10亿日元'],
    ['1 billion yuan', '1 billion yen'],
    ['5.6 km', '5.6 km²'],
    ['50万平方メートル', '60万平方メートル'],
    ['2026年2月24日', '2026年2月25日'],
    ['300人', '300%'],
    ['0.5', '0.52'],
  ];
  for (const [a, b] of different) {
    test(`${a} ≠ ${b}`, () => {
      const fa = recognizeFigures(a)[0];
      const fb = recognizeFigures(b)[0];
      assert.ok(fa && fb);
      assert.ok(!sameQuantity(fa, fb));
    });
  }
  test('approx tolerates 5 %', () => {
    const half: Figure = { start: 0, end: 0, text: 'about half', value: 0.5, unit: 'number', bound: 'approx' };
    const exact: Figure = { start: 0, end: 0, text: '0.52', value: 0.52, unit: 'number', bound: 'exact' };
    assert.ok(sameQuantity(half, exact));
    assert.ok(sameQuantity(one('約300人'), one('310人')));
    assert.ok(!sameQuantity(one('約300人'), one('330人')));
    assert.ok(!sameQuantity(one('300人'), one('310人')));
  });
});

describe('figures: formatFigure', () => {
  const cases2: [string, string, 'en' | 'ja' | 'zh' | undefined][] = [
    ['50万平方メートル', '500,000 m²', undefined],
    ['522億人民元', '52,200,000,000 CNY', undefined],
    ['7割', '70 %', undefined],
    ['7割以上', 'at least 70 %', 'en'],
    ['2026年2月24日', '2026-02-24', undefined],
    ['300人以上', 'at least 300 people', 'en'],
    ['300人以上', '300人以上', 'ja'],
    ['约10亿元', '约1,000,000,000 CNY', 'zh'],
    ['91平方キロ', '91 km²', undefined],
    ['第14位', 'No. 14', 'en'],
    ['第14位', '第14位', 'ja'],
    ['過去3年間', '3 years', 'en'],
    ['200P', '200 PFLOPS', undefined],
    ['60%を超え', 'over 60 %', 'en'],
  ];
  for (const [text, want, locale] of cases2) {
    test(`${text} -> ${want}`, () => assert.equal(formatFigure(one(text), locale), want));
  }
});

describe('figures: rewriteFigure keeps the original language and style', () => {
  const rw: [string, string, string, string][] = [
    // original text, the figure's span, target text, expected new span text
    ['28キロに及ぶ道路網', '28キロ', '38 kilometers', '38キロ'],
    ['コアエリアには50万平方メートルに及ぶ建造物', '50万平方メートル', '600,000 square meters', '60万平方メートル'],
    ['28 kilometers of road network', '28 kilometers', '38キロ', '38 kilometers'],
    ['500,000 square meters of buildings', '500,000 square meters', '60万平方米', '600,000 square meters'],
    ['５０万平方メートル', '５０万平方メートル', '600,000 square meters', '６０万平方メートル'],
    ['5.6キロ', '5.6キロ', '5,800 m', '5.8キロ'],
    ['RMB 52.2 billion', 'RMB 52.2 billion', '600億元', 'RMB 60 billion'],
    ['522億人民元', '522億人民元', 'RMB 52.2 billion', '522億人民元'],
    ['522億人民元', '522億人民元', 'RMB 60 billion', '600億人民元'],
    ['五十二億二千万元', '五十二億二千万元', '60億元', '六十億元'],
    ['7割以上増加', '7割以上', 'more than 80%', '8割以上'],
    ['三年来', '三年来', 'over the past four years', '四年来'],
    ['Four key projects', 'Four', '5つの主要プロジェクト', 'Five'],
    ['100社以上', '100社以上', 'more than 120 companies', '120社以上'],
    ['2026年2月24日、', '2026年2月24日', 'February 25, 2026', '2026年2月25日'],
    ['On February 24, the', 'February 24', '2026年2月25日', 'February 25'],
    ['SHENYANG, China, Feb. 27, 2026 (GLOBE', 'Feb. 27, 2026', '2026年3月2日', 'March 2, 2026'],
    [' date 2026-03-02 ', '2026-03-02', '2026年3月5日', '2026-03-05'],
    ['2月24日,2026浑南', '2月24日', 'March 1', '3月1日'],
  ];
  for (const [text, span, targetText, want] of rw) {
    test(`${span} <- ${targetText}`, () => {
      const original = recognizeFigures(text, { referenceYear: 2026 }).find((f) => f.text === span);
      assert.ok(original, show(recognizeFigures(text)));
      const target = recognizeFigures(targetText, { referenceYear: 2026 })[0];
      assert.ok(target, targetText);
      assert.equal(rewriteFigure(original, text, target), want);
    });
  }
});

// Inputs that make a careless scanner backtrack or rescan: read without an error. That the
// time grows linearly with the input is measured by the bench (npm run bench: bench/scaling.ts);
// the timeout only turns a hang into a failure.
describe('figures: pathological inputs', () => {
  for (const [name, input] of pathologicalFigureInputs()) {
    test(name, { timeout: 120_000 }, () => {
      assert.ok(Array.isArray(recognizeFigures(input)));
    });
  }
});

describe('figures: fast normalisation', () => {
  test('fastNormalize gives exactly what normalizeWithMap gives', async () => {
    const { fastNormalize } = await import('../../server/src/core/figures/fastNormalize');
    const { normalizeWithMap } = await import('../../server/src/core/text/normalize');
    const inputs = readdirSync(SAMPLES).map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));
    inputs.push('ｶﾀｶﾅ ９１㎡ 𠮷 \u3000\u2009—～。①², ｷﾛ', '', 'ascii only 123');
    for (const s of inputs) {
      const a = fastNormalize(s);
      const b = normalizeWithMap(s);
      assert.equal(a.text, b.text);
      assert.deepEqual(Array.from(a.toOriginal), Array.from(b.toOriginal));
    }
  });
});
