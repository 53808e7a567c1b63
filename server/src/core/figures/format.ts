/** Display of a normalised figure, and rewriting a figure in its own language and style. */
import type { Figure } from '../types';
import { scanFigures, ScannedFigure, DateStyle } from './scanner';
import { baseValue, clean, dimensionOf, UNIT_FACTOR } from './units';
import { EN_MONTH_ABBR, EN_MONTH_NAMES } from './lexicon';

type Locale = 'en' | 'ja' | 'zh';

const UNIT_SYMBOL: Partial<Record<Figure['unit'], string>> = {
  km2: 'km²', m2: 'm²', ha: 'ha', mu: 'mu', km: 'km', m: 'm', CNY: 'CNY', JPY: 'JPY', USD: 'USD', percent: '%', pflops: 'PFLOPS',
  mi2: 'sq mi', ft2: 'sq ft', acre: 'acres', tsubo: 'tsubo', mi: 'mi', ft: 'ft',
};

/** English names for the classifiers and nouns of CJK counts. */
const EN_COUNTED: Record<string, string> = {
  '人': 'people', '名': 'people', '位': 'people', '社': 'companies', '家': 'companies', '企業': 'companies', '企业': 'companies',
  'プロジェクト': 'projects', '项目': 'projects', '件': 'items', '所': 'institutions', '台': 'units', '基': 'units',
  '个': '', '個': '', 'つ': '', '项': '', '項': '', '大': '', '点': '', '倍': 'times',
};

// One formatter for all calls: Number.prototype.toLocaleString builds one per call.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

function formatNumber(n: number): string {
  return NUMBER_FORMAT.format(n);
}

/**
 * A normalised display of a figure: "500,000 m²", "52,200,000,000 CNY", "70 %",
 * "2026-02-24", "at least 300 people". Units are kept as written (91 km² stays km²).
 */
export function formatFigure(f: Figure, locale: Locale = 'en'): string {
  let body: string;
  const v = f.value;
  if (typeof v === 'string') {
    body = v;
  } else {
    const num = formatNumber(v);
    switch (f.unit) {
      case 'count': {
        const c = f.counted ?? '';
        if (locale === 'en') {
          const en = c in EN_COUNTED ? EN_COUNTED[c] : c;
          body = en ? `${num} ${en}` : num;
        } else {
          body = `${num}${c}`;
        }
        break;
      }
      case 'rank':
        body = locale === 'en' ? `No. ${num}` : locale === 'ja' ? `第${num}位` : `第${num}`;
        break;
      case 'year':
        body = String(v);
        break;
      case 'year-duration':
        body = locale === 'en' ? `${num} ${v === 1 ? 'year' : 'years'}` : `${num}年`;
        break;
      case 'number':
        body = num;
        break;
      default:
        body = `${num} ${UNIT_SYMBOL[f.unit] ?? f.unit}`;
    }
  }
  return withBound(body, f.bound, locale);
}

// Units of other systems (and 亩) are shown with their metric equivalent too.
const METRIC_AREA = new Set(['mi2', 'ft2', 'acre', 'mu', 'tsubo']);
const METRIC_LENGTH = new Set(['mi', 'ft']);

function significant(n: number): string {
  const r = Number(n.toPrecision(Math.max(4, String(Math.round(n)).length)));
  return formatNumber(r);
}

/**
 * The quantity as written and as normalised, for hovers and the CLI's JSON: 12千米 ->
 * "12 km" (the unit as written, the scale folded in); 91 square miles -> "91 sq mi =
 * 235.7 km²" (units of other systems get their metric equivalent); 50万平方メートル ->
 * "500,000 m²".
 */
export function describeQuantity(f: Figure, locale: Locale = 'en'): { written: string; normalised: string } {
  let normalised = formatFigure(f, locale);
  if (typeof f.value === 'number' && (METRIC_AREA.has(f.unit) || METRIC_LENGTH.has(f.unit))) {
    const base = f.value * (UNIT_FACTOR[f.unit] ?? 1);
    const metric = METRIC_AREA.has(f.unit)
      ? base >= 1e6 ? `${significant(base / 1e6)} km²` : `${significant(base)} m²`
      : base >= 1000 ? `${significant(base / 1000)} km` : `${significant(base)} m`;
    normalised = `${normalised} = ${metric}`;
  }
  return { written: f.text, normalised };
}

function withBound(body: string, bound: Figure['bound'], locale: Locale): string {
  if (bound === 'exact') return body;
  if (locale === 'en') {
    const w = { atLeast: 'at least', over: 'over', approx: 'about', atMost: 'at most', under: 'under' }[bound];
    return `${w} ${body}`;
  }
  if (locale === 'ja') {
    switch (bound) {
      case 'atLeast': return `${body}以上`;
      case 'over': return `${body}超`;
      case 'approx': return `約${body}`;
      case 'atMost': return `${body}以下`;
      case 'under': return `${body}未満`;
    }
  }
  switch (bound) {
    case 'atLeast': return `${body}以上`;
    case 'over': return `超过${body}`;
    case 'approx': return `约${body}`;
    case 'atMost': return `不超过${body}`;
    case 'under': return `不到${body}`;
  }
  return body;
}

// ---------------------------------------------------------------------------
// rewriting

/**
 * The new text for `original`'s span that states `target`'s value in the original's
 * language and style: 28キロ with target 38 km -> 38キロ; 50万平方メートル with target
 * 600000 m2 -> 60万平方メートル; "28 kilometers" -> "38 kilometers"; a date in the
 * original's date format. Bound words and units of the original are kept.
 */
export function rewriteFigure(original: Figure, originalText: string, target: Figure): string {
  const spanText = originalText.slice(original.start, original.end) || original.text;
  const sf = locate(original, originalText);
  if (!sf) return spanText;
  const rel = (x: number) => x - sf.start;

  if (sf.unit === 'date' || target.unit === 'date') {
    if (typeof target.value !== 'string' || !sf.dateStyle) return spanText;
    return renderDate(target.value, sf.dateStyle, spanText);
  }
  if (typeof target.value !== 'number') return spanText;

  // the target value in the original's unit
  let v = target.value;
  const dimO = dimensionOf(sf.unit);
  const dimT = dimensionOf(target.unit);
  if (dimO === dimT && dimO !== 'money') {
    const b = baseValue(target);
    if (typeof b === 'number') v = clean(b / (UNIT_FACTOR[sf.unit] ?? 1));
  }
  if (sf.tenths) v = clean(v / 10);
  const coreText = spanText.slice(rel(sf.coreStart), rel(sf.coreEnd));
  let newCore: string;
  let tailStart = rel(sf.coreEnd);
  if (sf.scaleWord) {
    newCore = plain(clean(v / 10 ** sf.scaleWord.pow));
  } else {
    newCore = renderCore(v, coreText, sf);
  }
  if (isFullWidth(coreText)) newCore = toFullWidth(newCore);
  return spanText.slice(0, rel(sf.coreStart)) + newCore + spanText.slice(tailStart);
}

const LOCATE_CONTEXT = 48;

function locate(original: Figure, text: string): ScannedFigure | undefined {
  const inText = text.slice(original.start, original.end);
  if (inText === original.text || !original.text) {
    // Re-read only the figure's surroundings (bound words before it, units after it),
    // not the whole document: quick fixes are computed for every mismatch.
    const from = Math.max(0, original.start - LOCATE_CONTEXT);
    const all = scanFigures(text.slice(from, Math.min(text.length, original.end + LOCATE_CONTEXT))).map((f) => ({
      ...f, start: f.start + from, end: f.end + from, coreStart: f.coreStart + from, coreEnd: f.coreEnd + from,
    }));
    const hit = all.find((f) => f.start === original.start && f.end === original.end) ??
      all.find((f) => f.start < original.end && original.start < f.end);
    if (hit) return hit;
  }
  // fall back to the span alone
  const alone = scanFigures(original.text);
  if (alone.length === 0) return undefined;
  const f = alone[0];
  const shiftBy = original.start;
  return { ...f, start: f.start + shiftBy, end: f.end + shiftBy, coreStart: f.coreStart + shiftBy, coreEnd: f.coreEnd + shiftBy };
}

function plain(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(clean(n));
}

function withSeparators(n: number, sep: string): string {
  const s = plain(n);
  const [i, f] = s.split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return f ? `${grouped}.${f}` : grouped;
}

const FW_DIGIT_RE = /[\uff10-\uff19]/;
function isFullWidth(s: string): boolean {
  return FW_DIGIT_RE.test(s);
}
function toFullWidth(s: string): string {
  return s.replace(/[0-9.,]/g, (c) => (c === '.' ? '．' : c === ',' ? '，' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
}

const BIG = [
  { pow: 12, ja: '兆', zh: '万亿' },
  { pow: 8, ja: '億', zh: '亿' },
  { pow: 4, ja: '万', zh: '万' },
];

function renderCore(v: number, coreText: string, sf: ScannedFigure): string {
  const norm = coreText.normalize('NFKC');
  const scaleChars = [...norm].filter((c) => '万萬亿億兆'.includes(c));
  const trad = norm.includes('億') || norm.includes('萬');
  switch (sf.style) {
    case 'digits': {
      const sepMatch = /\d([,，\s\u2009\u202f\u00a0])\d{3}/.exec(coreText);
      return sepMatch ? withSeparators(v, sepMatch[1] === '，' ? ',' : sepMatch[1]) : plain(v);
    }
    case 'mixed': {
      if (scaleChars.length === 1 && (norm.endsWith(scaleChars[0]) || /[亿億]$/.test(norm))) {
        // 50万, 522億, 52.2亿, 1.2万亿
        const last = norm.endsWith('万亿') || norm.endsWith('万億') ? norm.slice(-2) : scaleChars[0];
        const pow = last.length === 2 ? 12 : '万萬'.includes(last) ? 4 : last === '兆' ? 12 : 8;
        const q = clean(v / 10 ** pow);
        if (q >= 1 || v === 0) return `${plain(q)}${last}`;
        return renderMixedComposite(v, trad) || plain(v);
      }
      return renderMixedComposite(v, trad) || plain(v);
    }
    case 'cjk': {
      if (Number.isInteger(v) && v >= 0) return cjkNumerals(v, trad);
      return plain(v);
    }
    case 'words': {
      if (Number.isInteger(v) && v >= 0 && v < 100) {
        const w = englishWords(v);
        return /^[A-Z]/.test(coreText) ? w[0].toUpperCase() + w.slice(1) : w;
      }
      return plain(v);
    }
    case 'cjkseq':
      return String(v).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]);
  }
  return plain(v);
}

/**
 * Splits an integer into big-scale groups: 350000000 -> [{3, 億}, {5000, 万}], plus the
 * rest below 万. Japanese writes 億/兆, Chinese 亿/万亿 (兆 when the value is that large).
 */
function bigScaleGroups(v: number, trad: boolean): { groups: { count: number; word: string }[]; rest: number } {
  let rest = BigInt(v);
  const groups: { count: number; word: string }[] = [];
  for (const b of BIG) {
    const unit = 10n ** BigInt(b.pow);
    const q = rest / unit;
    if (q > 0n) {
      groups.push({ count: Number(q), word: trad ? b.ja : b.pow === 12 ? '兆' : b.zh });
      rest -= q * unit;
    }
  }
  return { groups, rest: Number(rest) };
}

/** 350000000 -> 3億5000万 (ASCII digits with big scales). */
function renderMixedComposite(v: number, trad: boolean): string {
  if (!Number.isInteger(v) || v < 0) return '';
  const { groups, rest } = bigScaleGroups(v, trad);
  const out = groups.map((g) => `${g.count}${g.word}`).join('') + (rest > 0 ? `${rest}` : '');
  return out || '0';
}

const CJK_D = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function cjkSection(n: number): string {
  // n < 10000
  const units = ['', '十', '百', '千'];
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) { out += '零'; zero = false; }
    out += (d === 1 && p === 1 && !out ? '' : CJK_D[d]) + units[p];
  }
  return out;
}

function cjkNumerals(v: number, trad: boolean): string {
  if (v === 0) return '〇';
  const { groups, rest } = bigScaleGroups(v, trad);
  return groups.map((g) => cjkSection(g.count) + g.word).join('') + (rest > 0 ? cjkSection(rest) : '');
}

const EN_ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function englishWords(n: number): string {
  if (n < 20) return EN_ONES[n];
  const t = Math.floor(n / 10);
  const o = n % 10;
  return o ? `${EN_TENS[t]}-${EN_ONES[o]}` : EN_TENS[t];
}

function renderDate(value: string, style: DateStyle, fallback: string): string {
  const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return fallback;
  const year = m[1] === '-' ? undefined : Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : undefined;
  const mm = String(month).padStart(2, '0');
  const dd = day !== undefined ? String(day).padStart(2, '0') : '';
  switch (style.kind) {
    case 'iso':
      if (year === undefined) return fallback;
      return style.hasDay && day !== undefined ? `${year}${style.sep}${mm}${style.sep}${dd}` : `${year}${style.sep}${mm}`;
    case 'cjk': {
      const y = style.hasYear && year !== undefined ? `${year}年` : '';
      const d = style.hasDay && day !== undefined ? `${day}${style.dayChar}` : '';
      const s = `${y}${month}月${d}`;
      return isFullWidth(fallback) ? toFullWidth(s) : s;
    }
    case 'en-mdy': {
      const name = style.month === 'abbr' ? EN_MONTH_ABBR[month - 1] : EN_MONTH_NAMES[month - 1];
      if (!style.hasDay || day === undefined) return year !== undefined ? `${name} ${year}` : name;
      return style.hasYear && year !== undefined ? `${name} ${day}, ${year}` : `${name} ${day}`;
    }
    case 'en-dmy': {
      const name = style.month === 'abbr' ? EN_MONTH_ABBR[month - 1] : EN_MONTH_NAMES[month - 1];
      return style.hasYear && year !== undefined && day !== undefined ? `${day} ${name} ${year}` : `${day ?? ''} ${name}`.trim();
    }
  }
}
