// Chinese text writes products, materials and kinds of software in capitals (60万吨BDO,
// PBAT/PBS/PBT, 引入CAD、CAM、PLM系统): an all-capital word there is no organisation when a
// quantity of goods comes right before it, or when it stands in a run of three or more such
// words (unless the run is summed up as companies: IBM、SAP、HP等企业), joined by 、 / + or 和.

const QUANTITY_BEFORE = /[0-9.][\s]?[万千百亿]?\s?(?:吨|台|套|片|件|辆|只|颗|条|桶|立方米|平方米|GWh|GW|MW|kW|t)\s?$/u;
const NEXT = /^\s?[、/,，+及和与]\s?([A-Z][A-Z0-9]{1,6})(?![A-Za-z])/u;
const PREVIOUS = /(?<![A-Za-z])([A-Z][A-Z0-9]{1,6})\s?[、/,，+及和与]\s?$/u;
const COMPANIES_AFTER = /^\s?等?\s?(?:[0-9一二三四五六七八九十几多]+\s?家)?\s?(?:公司|企业|集团|银行|厂商|机构)/u;

export function productAcronym(folded: string, start: number, end: number): boolean {
  if (QUANTITY_BEFORE.test(folded.slice(Math.max(0, start - 12), start))) return true;
  let run = 1;
  let last = end;
  for (let m = NEXT.exec(folded.slice(last, last + 12)); m; m = NEXT.exec(folded.slice(last, last + 12))) {
    run++;
    last += m[0].length;
  }
  for (let first = start, m = PREVIOUS.exec(folded.slice(Math.max(0, first - 12), first)); m; m = PREVIOUS.exec(folded.slice(Math.max(0, first - 12), first))) {
    run++;
    first -= m[0].length;
  }
  return run >= 3 && !COMPANIES_AFTER.test(folded.slice(last, last + 12));
}
