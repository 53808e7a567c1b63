/**
 * What a document says about its own figures, read once from the whole text before its
 * paragraphs are scanned: the dateline (month-days and bare days take its year and
 * month), which yuan a bare 元 is (新台幣 and 港元 documents), which dollar a bare $ is
 * (S$, HK$, NT$ documents), what ¥ is outside Japanese text, and whether 114年 is a
 * Minguo year. Counted from explicit currency names first, place names second.
 */
import { findDocumentDate, findYearlessDateline } from './dates';
import type { ScanOptions } from './scan/state';

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

const THIS_YEAR_STATED = /今\s?[(（]\s?((?:19|20)\d{2})\s?年?\s?[)）]\s?年|今年\s?[(（]\s?((?:19|20)\d{2})\s?年?\s?[)）]/;
const TRADITIONAL = /[們這為會國經業區實營與發從來對應當來樓銷際縣園貨]/g;

export function documentFigureOptions(text: string): ScanOptions {
  const dateline = findDocumentDate(text);
  const options: ScanOptions = {};
  if (dateline) {
    options.referenceDate = dateline;
    options.referenceYear = Number(dateline.slice(0, 4));
  } else {
    // no dated dateline: bare days (19日) are days of a year-less dateline's month, or of no known month
    options.yearlessDateline = findYearlessDateline(text) ?? '';
    // 今(2022)年, 今年(2022年): Taiwanese press states the current year in brackets; months take it
    const thisYear = THIS_YEAR_STATED.exec(text);
    if (thisYear) options.referenceYear = Number(thisYear[1] ?? thisYear[2]);
  }
  // yuan
  const twd = count(text, /新台幣|新臺幣|新台币|台幣|臺幣|台币|NT\$/g);
  const hkd = count(text, /港元|港幣|港币|HK\$/g);
  const cny = count(text, /人民幣|人民币|RMB/g);
  const traditional = count(text, TRADITIONAL) >= 5;
  // 100亿元(港币,下同): the text says which yuan it means from here on
  const declared = /[(（]\s*(港币|港幣|港元|新台币|新台幣|新臺幣)\s*[,，、;；]\s*下同/.exec(text);
  if (declared) options.yuan = declared[1].startsWith('港') ? 'HKD' : 'TWD';
  else if (cny === 0 && (twd > 0 || hkd > 0) && (traditional || twd + hkd >= 2)) options.yuan = twd >= hkd ? 'TWD' : 'HKD';
  else if (cny === 0 && traditional) {
    // places and agencies, then words only Taiwan writes (集成电路, 人工智能, 软件 elsewhere)
    const tw = count(text, /臺灣|台灣|台北|臺北|中央社|行政院|經濟部|立法院|新竹|台南|臺南|高雄/g) +
      count(text, /積體電路|人工智慧|奈米|軟體|硬體|晶圓|國科會/g);
    const hk = count(text, /香港|特區政府|立法會|港府|數碼港|財政司|財政預算案|施政報告/g);
    if (tw > hk && tw >= 2) options.yuan = 'TWD';
    else if (hk > tw && hk >= 2) options.yuan = 'HKD';
  }
  if (options.yuan === 'TWD' || /民國|民国/.test(text)) options.minguoYears = true;
  // dollar
  const sgd = count(text, /S\$|SGD|Singapore dollars?/g);
  const hkDollar = count(text, /HK\$|HKD|Hong Kong dollars?/g);
  const twDollar = count(text, /NT\$|TWD|New Taiwan dollars?/g);
  const usd = count(text, /US\$|U\.S\.\s?\$|USD|U\.?S\.? dollars?/g);
  const local = Math.max(sgd, hkDollar, twDollar);
  if (local > usd && local > 0) options.dollar = sgd === local ? 'SGD' : hkDollar === local ? 'HKD' : 'TWD';
  else if (usd === 0 && local === 0) {
    // the country's name, or its places and agencies (JTC, Paya Lebar), for a page that names it once
    const sg = count(text, /Singapore|\b(JTC|Jurong|Tuas|Changi|Paya Lebar|Punggol|Tampines|Sentosa|HDB)\b/g);
    const hk = count(text, /Hong Kong|\b(Kowloon|Tsuen Wan|Sha Tin|Kwun Tong|Tseung Kwan O|Cyberport|HKSAR|LegCo)\b/g);
    if (sg >= 3 && sg > hk) options.dollar = 'SGD';
    else if (hk >= 3 && hk > sg) options.dollar = 'HKD';
  }
  // ¥ outside Japanese text
  const yen = count(text, /\byen\b|JPY|Japan/g);
  const yuanWords = count(text, /\byuan\b|RMB|CNY|renminbi|China/gi);
  if (yen > yuanWords) options.yenSign = 'JPY';
  return options;
}
