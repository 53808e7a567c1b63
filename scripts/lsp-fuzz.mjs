#!/usr/bin/env node
// lsp-fuzz.mjs: the team's fuzzer (a copy of ../shared/tools/lsp-fuzz.mjs, kept in the
// project so that `npm run fuzz` works from a clean clone; scripts/fuzz.mjs runs it). One
// local change: a file name with a newline counts as named when the newline is escaped.
// A self-contained fuzz / stress harness for the Release Lens language
// server (any LSP server over stdio, really) and its CLI.
//
//   node tools/lsp-fuzz.mjs --cmd "node PROJECT/dist/server.js --stdio" --root PROJECT \
//        --iterations 3000 --seed 7 [--seeds 7,8,9] [--time-limit 900] [--out report.json] \
//        [--failures DIR] [--cli-cases 300] [--cli-cmd "node PROJECT/dist/cli.js"]
//   node tools/lsp-fuzz.mjs --cmd ... --root ... --repro DIR/<case>.json [--minimize]
//
// --root is the project checkout: samples/ are copied into each temp workspace and the
// only libraries used (vscode-languageserver-textdocument, jsonc-parser, picomatch) are
// loaded from its node_modules. The op sequence is a pure function of the seed, except
// where the harness applies edits the server returned (those follow the server's answers).
// Every loop is bounded by a count and by the clock. One JSON summary goes to stdout
// (and to --out). Failing cases go to --failures, one JSON file each (seed, op index,
// the document text, the request, the last ops), at most a few per distinct signature.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';

// ------------------------------------------------------------------ arguments

function parseArgs(argv) {
  const o = {
    cmd: undefined, root: undefined, iterations: 1000, seeds: ['1'], timeLimit: 900, out: undefined,
    failures: path.join(os.tmpdir(), 'lsp-fuzz-failures'), cliCases: 0, cliCmd: undefined, requestTimeout: 10000,
    repro: undefined, minimize: false, keep: false, quiet: false, maxFailuresPerSignature: 3, lsp: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${a} needs a value`);
      return x;
    };
    switch (a) {
      case '--cmd': o.cmd = v(); break;
      case '--root': o.root = path.resolve(v()); break;
      case '--iterations': o.iterations = Number(v()); break;
      case '--seed': o.seeds = [v()]; break;
      case '--seeds': o.seeds = v().split(',').filter(Boolean); break;
      case '--time-limit': o.timeLimit = Number(v()); break;
      case '--out': o.out = path.resolve(v()); break;
      case '--failures': o.failures = path.resolve(v()); break;
      case '--cli-cases': o.cliCases = Number(v()); break;
      case '--cli-cmd': o.cliCmd = v(); break;
      case '--request-timeout': o.requestTimeout = Number(v()); break;
      case '--repro': o.repro = path.resolve(v()); break;
      case '--minimize': o.minimize = true; break;
      case '--keep': o.keep = true; break;
      case '--quiet': o.quiet = true; break;
      case '--no-lsp': o.lsp = false; break;
      case '--max-failures-per-signature': o.maxFailuresPerSignature = Number(v()); break;
      case '-h': case '--help':
        process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 17).join('\n') + '\n');
        process.exit(0);
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (!o.root && o.cmd) {
    const js = splitCmd(o.cmd).find((p) => /server\.js$/.test(p));
    if (js) o.root = path.resolve(path.dirname(js), '..');
  }
  if (!o.root) throw new Error('--root DIR (the project checkout) is required');
  if (!o.cliCmd) o.cliCmd = `${process.execPath} ${path.join(o.root, 'dist', 'cli.js')}`;
  if (o.lsp && !o.cmd) throw new Error('--cmd "SERVER COMMAND" is required (or --no-lsp)');
  if (!(o.iterations >= 0) || !(o.timeLimit > 0)) throw new Error('bad --iterations or --time-limit');
  return o;
}

function splitCmd(s) {
  const out = [];
  let cur = '';
  let quote = null;
  let any = false;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") { quote = ch; any = true; }
    else if (/\s/.test(ch)) { if (cur || any) out.push(cur); cur = ''; any = false; }
    else cur += ch;
  }
  if (cur || any) out.push(cur);
  return out;
}

const OPTS = parseArgs(process.argv.slice(2));
const req = createRequire(path.join(OPTS.root, 'package.json'));
const { TextDocument } = req('vscode-languageserver-textdocument');
const jsonc = req('jsonc-parser');
const picomatch = req('picomatch');
const GLOBAL_START = Date.now();
const GLOBAL_DEADLINE = GLOBAL_START + OPTS.timeLimit * 1000;
fs.mkdirSync(OPTS.failures, { recursive: true });

// ------------------------------------------------------------------ deterministic randomness

function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

class Rng {
  constructor(seed) {
    const h = xmur3(String(seed));
    let a = h(), b = h(), c = h(), d = h();
    this.f = () => {
      a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
      let t = (a + b) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      d = (d + 1) | 0;
      t = (t + d) | 0;
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    };
  }
  next() { return this.f(); }
  int(n) { return n <= 0 ? 0 : Math.floor(this.f() * n); }
  range(a, b) { return a + this.int(b - a + 1); }
  chance(p) { return this.f() < p; }
  pick(a) { return a[this.int(a.length)]; }
  weighted(table) {
    const entries = Object.entries(table);
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.f() * total;
    for (const [k, w] of entries) { if ((x -= w) < 0) return k; }
    return entries[entries.length - 1][0];
  }
}

// ------------------------------------------------------------------ vocabulary and text generators

const TYPE_WORDS = ['科技城', '科学城', '实验室', '実験室', '研究所', '研究院', '高新区', 'ハイテク区', '新区', '開発区', '开发区', '示范区', '管委会', '委員会', '委员会', '中心', 'センター', '基地', '产业园', 'パーク', '大学', '銀行', '银行', '公司', '会社', 'グループ', ' Laboratory', ' Science City', ' High-Tech Zone', ' Science and Technology City', ' Innovation Center', ' Development Zone', ' University', ' Committee', ' Bank', ' Group', ' Institute', ' Academy'];
const NAME_PARTS = ['浑南', '渾南', '辽河', '遼河', '沈阳', '瀋陽', '苏州', '蘇州', '北湖', '长春', '長春', '福州', '深圳', 'Hunnan', 'Liaohe', 'Shenyang', 'Suzhou', 'Beihu', 'Fuzhou', 'Torch', 'Northeast', '中关村', 'X', 'Ω', '𠮷野', 'ｶﾀｶﾅ', 'Zürich', 'Ærø'];
const UNITS = ['キロ', 'キロメートル', '平方メートル', '平方キロメートル', '平方米', '平方公里', '公里', '米', ' km', 'km', ' km²', 'km2', ' m²', ' square meters', ' square kilometers', 'ヘクタール', ' ha', '亩', '%', '％', 'パーセント', '元', '億元', '亿元', '円', '億円', '美元', 'ドル', ' USD', ' yuan', ' billion yuan', ' PFLOPS', '年', '人', '社', '件', '項目', '个', '家', '项', '位', 'カ所', ' projects', ' companies', ' years'];
const SCALES = ['万', '萬', '億', '亿', '兆', '千', '百', '十', ' million', ' billion', ' thousand', ' trillion', '万亿', '千万'];
const BOUNDS_PRE = ['約', '约', '超', '近', '逾', 'about ', 'more than ', 'nearly ', 'at least ', 'over ', 'up to ', '最大', '累計'];
const BOUNDS_POST = ['以上', '余り', '余', '多', '超', '未満', '以下', '近く', '左右', '前後', ' or more'];
const CJK_DIGITS = '〇一二三四五六七八九两兩';
const CJK_SCALES = '十百千万萬億亿兆';
const SPECIALS = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '👨‍👩‍👧', '𠮷', '🇯🇵', '\u200F', '\u200E', '\u202E', '\u2066', '\u200D', '\u0000', '\uFEFF', '\u2028', '\u2029', '\u0085', '\f', '\v', '\t', 'e\u0301', '\u3000', '\r', '\n', '\r\n', '\u00A0', '\uFFFD', '\uFFFF', '\u{10FFFF}', 'ﾊﾝｶｸ', '①②③', 'Ⅷ', '\u0008', '\u001B[31m', '</script>', '`**[x](javascript:alert(1))**`', '${0}', '{0}', '\\u0000', '"', '\\'];
const PUNCT = ['。', '、', '，', '．', '.', ',', '；', '：', '（', '）', '(', ')', '「', '」', '“', '”', '—', '–', '-', '・', '!', '?', ' ', ' ', ' ', '\n', '\n\n'];
const WORDS_EN = ['the', 'conference', 'was', 'held', 'at', 'covering', 'an', 'area', 'of', 'with', 'investment', 'projects', 'signed', 'Four', 'key', 'three', 'two', 'ten', 'On', 'February', 'March', 'in', 'and'];
const WORDS_JA = ['会議', 'は', 'が', 'で', '開催', 'された', '面積', '投資', 'プロジェクト', '契約', '締結', 'について', '総額', '4つの', '重点', '三つ', '計'];
const WORDS_ZH = ['大会', '在', '举行', '面积', '投资', '项目', '签约', '总额', '四大', '重点', '其中', '共', '达', '为'];
const MONTHS_EN = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'February', 'Smarch'];

function cjkNumber(r) {
  let s = '';
  const n = r.range(1, 6);
  for (let i = 0; i < n; i++) s += r.chance(0.6) ? CJK_DIGITS[r.int(CJK_DIGITS.length)] : CJK_SCALES[r.int(CJK_SCALES.length)];
  return s;
}
function digits(r, n) {
  let s = String(r.range(1, 9));
  for (let i = 1; i < n; i++) s += String(r.int(10));
  return s;
}
function fullWidth(s) {
  return s.replace(/[0-9.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
function genNumber(r) {
  switch (r.int(13)) {
    case 0: return digits(r, r.range(1, 7));
    case 1: return Number(digits(r, r.range(1, 7))).toLocaleString('en-US');
    case 2: return `${digits(r, r.range(1, 4))}.${digits(r, r.range(1, 3))}`;
    case 3: return fullWidth(digits(r, r.range(1, 5)));
    case 4: return cjkNumber(r);
    case 5: return `${digits(r, r.range(1, 3))}${r.pick(['億', '亿', '万', '千', '兆'])}${digits(r, r.range(1, 4))}${r.pick(['万', '千', ''])}`;
    case 6: return '9'.repeat(r.range(16, 400));
    case 7: return `1${'0'.repeat(r.range(10, 320))}${r.pick(['億', '兆', '万', ' billion', ''])}`;
    case 8: return r.pick(['1e308', '1.7976931348623157e+309', 'NaN', 'Infinity', '-0', '0.0000001', '00000', '0', '.5', '5.', '1,2,3,4', '1..2', '3.14.15', '１．２．３']);
    case 9: return `${digits(r, 2)}${r.pick(['〜', '～', '-', '–', '至', 'から'])}${digits(r, 2)}`;
    case 10: return r.pick(['３割', '5成', '12.5%', '１２．５％', '百分之十二', '三分の一', '1/3', '三分之一', '二倍', '2倍']);
    case 11: return r.pick(CJK_SCALES).repeat(r.range(2, 60));
    default: return `${digits(r, r.range(1, 3))}${r.pick(SCALES)}`;
  }
}
function genFigure(r) {
  let s = genNumber(r);
  if (r.chance(0.3)) s = r.pick(BOUNDS_PRE) + s;
  if (r.chance(0.3)) s += r.pick(SCALES);
  if (r.chance(0.7)) s += r.pick(UNITS);
  if (r.chance(0.2)) s += r.pick(BOUNDS_POST);
  return s;
}
function genDate(r) {
  const y = r.pick(['2026', '2025', '2021', '１９９９', '令和8', '二〇二六', '0000', '99999']);
  const m = r.pick(['2', '12', '13', '0', '２', '二']);
  const d = r.pick(['24', '30', '31', '45', '0', '２４', '二十四']);
  return r.pick([`${y}年${m}月${d}日`, `${m}月${d}日`, `${r.pick(MONTHS_EN)} ${d}, ${y}`, `${d} ${r.pick(MONTHS_EN)} ${y}`, `${y}-${m}-${d}`, `${y}/${m}/${d}`]);
}
function genEntity(r) {
  return r.pick(NAME_PARTS) + (r.chance(0.3) ? r.pick(NAME_PARTS) : '') + r.pick(TYPE_WORDS);
}
function genSentence(r, lang) {
  const words = lang === 'en' ? WORDS_EN : lang === 'ja' ? WORDS_JA : WORDS_ZH;
  const n = r.range(3, 25);
  let s = '';
  for (let i = 0; i < n; i++) {
    const k = r.int(10);
    if (k < 4) s += r.pick(words);
    else if (k < 6) s += genFigure(r);
    else if (k < 7) s += genEntity(r);
    else if (k < 8) s += genDate(r);
    else if (k < 9) s += r.pick(PUNCT);
    else s += r.chance(0.1) ? r.pick(SPECIALS) : r.pick(words);
    if (lang === 'en') s += ' ';
  }
  return s + (lang === 'en' ? '.' : '。');
}
function genSynthetic(r) {
  const lang = r.pick(['en', 'ja', 'zh', 'mix']);
  const paragraphs = r.range(1, 12);
  const out = [];
  for (let p = 0; p < paragraphs; p++) {
    const k = r.range(1, 5);
    let para = '';
    for (let i = 0; i < k; i++) para += genSentence(r, lang === 'mix' ? r.pick(['en', 'ja', 'zh']) : lang);
    out.push(para);
  }
  if (r.chance(0.4)) out.unshift(`${r.pick(['SHENYANG, China', '北京', '東京'])}, ${genDate(r)} (GLOBE NEWSWIRE) --`);
  return out.join(r.pick(['\n', '\n\n', '\r\n', '\r\n\r\n', '\r']));
}
function genEdgeText(r) {
  switch (r.int(16)) {
    case 0: return '';
    case 1: return r.pick([' ', '\n', '\r', '\r\n', '\t', '\u3000', '\uFEFF']);
    case 2: return '\r\n'.repeat(r.range(1, 2000));
    case 3: return '\r'.repeat(r.range(1, 2000));
    case 4: return r.pick(SPECIALS).repeat(r.range(1, 500));
    case 5: return '万'.repeat(r.range(100, 12000));
    case 6: return '1'.repeat(r.range(100, 120000));
    case 7: return `${genEntity(r)} `.repeat(r.range(10, 3000));
    case 8: return `${genFigure(r)}、`.repeat(r.range(10, 3000));
    case 9: return '\uD800'.repeat(r.range(1, 300)) + genFigure(r) + '\uDC00'.repeat(r.range(1, 300));
    case 10: return '\u0000'.repeat(r.range(1, 100)) + genSentence(r, 'ja');
    case 11: return Array.from({ length: r.range(100, 30000) }, () => r.pick(['', 'a', '1', '万'])).join('\n');
    case 12: return genSentence(r, 'zh').replace(/\n/g, '\u2028');
    case 13: return '\u202E' + genSentence(r, 'en') + '\u202C' + genSentence(r, 'ja');
    case 14: return `Four key projects – ${'A, '.repeat(r.range(0, 800))}B.`;
    default: return '0'.repeat(r.range(1, 5)) + '.' + '0'.repeat(r.range(1, 5000)) + '1 km';
  }
}
function genHuge(r) {
  switch (r.int(4)) {
    case 0: return genSentence(r, 'en').replace(/\n/g, ' ').repeat(r.range(2000, 12000)); // one long line (~0.2-1.5 MB)
    case 1: return Array.from({ length: 300 }, () => genSentence(r, 'ja')).join('\n').repeat(r.range(2, 8));
    case 2: return 'x'.repeat(2 * 1024 * 1024 + r.range(1, 5000)); // over the 2048 KB default
    default: return `${genFigure(r)} `.repeat(r.range(5000, 40000));
  }
}

/** Random mutations of a text (samples, mostly). Each may cut through a surrogate pair or a CRLF: on purpose. */
function mutate(r, text, count) {
  for (let i = 0; i < count; i++) {
    const at = r.int(text.length + 1);
    switch (r.int(16)) {
      case 0: text = text.slice(0, at) + genFigure(r) + text.slice(at); break;
      case 1: { const len = r.range(1, 200); text = text.slice(0, at) + text.slice(at + len); break; }
      case 2: { const paras = text.split('\n'); const k = r.int(paras.length); paras.splice(k, 0, ...Array(r.range(1, 4)).fill(paras[k])); text = paras.join('\n'); break; }
      case 3: text = text.replace(/\d+/, () => genNumber(r)); break;
      case 4: { // tweak one number somewhere (the usual way to make a figure-mismatch)
        const re = /\d+(?:\.\d+)?/g;
        const all = [...text.matchAll(re)];
        if (all.length) {
          const m = r.pick(all);
          const n = Number(m[0]);
          const rep = r.pick([String(n + 1), String(n * 10), String(Math.max(0, n - 1)), String(n).replace(/\d$/, '7'), fullWidth(String(n))]);
          text = text.slice(0, m.index) + rep + text.slice(m.index + m[0].length);
        }
        break;
      }
      case 5: text = text.slice(0, at) + r.pick(SPECIALS) + text.slice(at); break;
      case 6: text = r.pick([() => text.replace(/\r?\n/g, '\r\n'), () => text.replace(/\r?\n/g, '\r'), () => text.replace(/\n/g, () => r.pick(['\n', '\r\n', '\r']))])(); break;
      case 7: text = text.slice(0, at) + genFigure(r).repeat(r.chance(0.05) ? r.range(100, 1500) : r.range(1, 30)) + text.slice(at); break;
      case 8: { const len = r.range(10, 2000); text = text.slice(0, at) + text.slice(at, at + len).replace(/[\r\n]+/g, ' ') + text.slice(at + len); break; }
      case 9: { const len = r.range(10, 500); text = text.slice(0, at) + fullWidth(text.slice(at, at + len)) + text.slice(at + len); break; }
      case 10: text = text.slice(0, at) + genEntity(r) + text.slice(at); break;
      case 11: text = text.slice(0, at); break;
      case 12: { const paras = text.split('\n'); const a = r.int(paras.length); const b = r.int(paras.length); [paras[a], paras[b]] = [paras[b], paras[a]]; text = paras.join('\n'); break; }
      case 13: text = text.slice(0, at) + genDate(r) + text.slice(at); break;
      case 14: text = text.replace(r.pick([/キロ/, /km/, /万/, /平方メートル/, /平方米/, /%/]), () => r.pick(UNITS)); break;
      default: text = text.slice(0, at) + genSentence(r, r.pick(['en', 'ja', 'zh'])) + text.slice(at); break;
    }
  }
  return text;
}

// ------------------------------------------------------------------ catalogs

const VALID_CATALOG = {
  $schema: './schemas/release-lens.schema.json',
  entities: [
    { id: 'lab:liaohe-laboratory', type: 'lab', names: { zh: '辽河实验室', en: 'Liaohe Laboratory', ja: '遼河実験室' } },
    { id: 'zone:hunnan-science-city', type: 'zone', names: { zh: '浑南科技城', en: 'Hunnan Science and Technology City', ja: '渾南科学技術都市' }, aliases: ['科技城'] },
    { id: 'zone:fuzhou-high-tech-zone', type: 'zone', names: { zh: '福州高新区', ja: '福州ハイテク区', en: 'Fuzhou High-Tech Zone' }, aliases: ['福州高新區'] },
    { id: 'organization:cpc-hunnan', type: 'organization', names: { en: 'CPC Hunnan District Committee', ja: '中国共産党渾南区委員会' } },
  ],
  families: [{ id: 'hunnan', files: ['samples/hunnan-2026-conference.*.txt'] }],
  ignore: [],
};

/** A catalog text and what it is meant to be: 'valid', 'syntax' (does not parse) or 'schema' (parses, wrong shape). */
function genCatalog(r) {
  const c = JSON.parse(JSON.stringify(VALID_CATALOG));
  const k = r.int(22);
  const fmt = (obj) => {
    const indent = r.pick([2, 4, '\t', 0]);
    let s = JSON.stringify(obj, null, indent);
    if (r.chance(0.2)) s = s.replace(/\n/g, '\r\n');
    return s + (r.chance(0.7) ? '\n' : '');
  };
  switch (k) {
    case 0: return { text: fmt(c), kind: 'valid' };
    case 1: return { text: `// project catalog\n/* entities */\n${fmt(c).replace(/\]\n\s*\}/, '],\n}')}`, kind: 'valid' };
    case 2: return { text: '', kind: 'valid' }; // blank counts as an empty catalog for the edit helpers
    case 3: return { text: '{ "entities": [] }\n', kind: 'valid' };
    case 4: { c.entities.push({ id: 'organization:x', type: 'organization', names: { en: r.pick(['%', '区', 'a', '万', 'The', '\uD800', '科技城']) } }); return { text: fmt(c), kind: 'valid' }; }
    case 5: { for (let i = 0; i < r.range(100, 1500); i++) c.entities.push({ id: `project:p${i}`, type: 'project', names: { en: `Project ${i} Center`, zh: `项目${i}中心` } }); return { text: fmt(c), kind: 'valid' }; }
    case 6: { c.ignore.push({ code: 'figure-mismatch', file: 'samples/**', text: '28' }, { code: 'figure-missing' }); return { text: fmt(c), kind: 'valid' }; }
    case 7: { c.families = [{ id: 'all', files: ['**/*'] }, { id: 'dup', files: ['samples/*.txt'] }]; return { text: fmt(c), kind: 'valid' }; }
    case 8: return { text: fmt(c).slice(0, r.range(1, 200)), kind: 'syntax' };
    case 9: return { text: fmt(c).replace(/,/, ''), kind: 'syntax' };
    case 10: return { text: '{ entities: [ } ', kind: 'syntax' };
    case 11: return { text: '['.repeat(r.range(2000, 30000)) + ']'.repeat(r.range(0, 10)), kind: 'syntax' };
    case 12: return { text: '\u0000\uD800{"entities":[]}', kind: 'syntax' };
    case 13: return { text: '{}', kind: 'schema' };
    case 14: { c.entities[0].type = 'city'; return { text: fmt(c), kind: 'schema' }; }
    case 15: { c.entities[1].id = 'has spaces in it'; return { text: fmt(c), kind: 'schema' }; }
    case 16: { c.entities[0].names = {}; return { text: fmt(c), kind: 'schema' }; }
    case 17: { c.entities.push({ ...c.entities[0] }); return { text: fmt(c), kind: 'schema' }; }
    case 18: { c.extra = true; return { text: fmt(c), kind: 'schema' }; }
    case 19: return { text: JSON.stringify({ entities: 'nope' }), kind: 'schema' };
    case 20: return { text: '[[[[' + '{"entities":[]}' + ']]]]', kind: 'schema' };
    default: return { text: '{"entities":[' + Array.from({ length: r.range(1, 5) }, () => '{"id":"lab:x","type":"lab","names":{"en":""}}').join(',') + ']}', kind: 'schema' };
  }
}

/** 'valid' | 'syntax' | 'schema' | 'unknown' judged on the client side (syntax by jsonc-parser; shape by a few rules). */
function judgeCatalog(text) {
  if (text.trim() === '') return 'valid';
  const errors = [];
  const value = jsonc.parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) return 'syntax';
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Array.isArray(value.entities)) return 'schema';
  const allowed = new Set(['$schema', 'entities', 'families', 'ignore']);
  if (Object.keys(value).some((k) => !allowed.has(k))) return 'schema';
  const ids = new Set();
  for (const e of value.entities) {
    if (!e || typeof e !== 'object' || typeof e.id !== 'string' || !/^[a-z]+:[^\s]+$/u.test(e.id)) return 'schema';
    if (!['zone', 'lab', 'project', 'organization'].includes(e.type)) return 'schema';
    if (!e.names || typeof e.names !== 'object' || !Object.values(e.names).some((n) => typeof n === 'string' && n.trim())) return 'schema';
    if (Object.values(e.names).some((n) => typeof n !== 'string' || !n.trim())) return 'schema';
    if (ids.has(e.id)) return 'schema';
    ids.add(e.id);
  }
  return 'unknown-but-plausible';
}

// ------------------------------------------------------------------ positions and ranges

/** Line starts and content ends (without EOL) with LSP's line breaks (\n, \r\n, \r). */
function lineTable(text) {
  const starts = [0];
  const ends = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  return { starts, ends, text };
}
const tableCache = [];
function tableFor(text) {
  for (const e of tableCache) if (e.text === text) return e;
  const t = lineTable(text);
  tableCache.unshift(t);
  if (tableCache.length > 12) tableCache.pop();
  return t;
}
function isInt(n) { return typeof n === 'number' && Number.isInteger(n) && n >= 0; }
/** null when in bounds, else why not. `surrogate` reports (separately) a position inside a surrogate pair. */
function checkPosition(pos, table) {
  if (!pos || !isInt(pos.line) || !isInt(pos.character)) return { bad: `malformed position ${JSON.stringify(pos)}` };
  if (pos.line >= table.starts.length) return { bad: `line ${pos.line} past the last line ${table.starts.length - 1}` };
  const len = table.ends[pos.line] - table.starts[pos.line];
  if (pos.character > len) return { bad: `character ${pos.character} past the end of line ${pos.line} (length ${len})` };
  const off = table.starts[pos.line] + pos.character;
  const t = table.text;
  if (off > 0 && off < t.length) {
    const a = t.charCodeAt(off - 1), b = t.charCodeAt(off);
    if (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) return { surrogate: true };
  }
  return null;
}
function checkRange(range, table) {
  if (!range || typeof range !== 'object') return { bad: `malformed range ${JSON.stringify(range)}` };
  const a = checkPosition(range.start, table);
  if (a?.bad) return { bad: `start: ${a.bad}` };
  const b = checkPosition(range.end, table);
  if (b?.bad) return { bad: `end: ${b.bad}` };
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) return { bad: 'start after end' };
  if (a?.surrogate || b?.surrogate) return { surrogate: true };
  return null;
}
function offsetOf(table, pos) { return table.starts[Math.min(pos.line, table.starts.length - 1)] + pos.character; }
function positionOf(table, off) {
  let lo = 0, hi = table.starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (table.starts[mid] <= off) lo = mid; else hi = mid - 1; }
  return { line: lo, character: off - table.starts[lo] };
}

// ------------------------------------------------------------------ URIs

/** The URI VS Code sends for a file (URI.file(p).toString()): everything but [A-Za-z0-9-._~/] percent-encoded. */
function vscodeUri(p) {
  return 'file://' + p.split('/').map((seg) => Array.from(seg).map((c) => (/[A-Za-z0-9\-._~]/.test(c) ? c : Array.from(Buffer.from(c, 'utf8')).map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''))).join('')).join('/');
}
function uriPath(uri) {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try { return fileURLToPath(uri); } catch { return undefined; }
}

// ------------------------------------------------------------------ failures and stack traces

const STACK_LINE = /^\s+at\s+(?:.+?\s+\()?(?:.*?[\\/])?([^\\/()\s]+:\d+(?::\d+)?)\)?\s*$/;
function normalizeMessage(s) {
  return String(s).replace(/file:\/\/\S+/g, '<uri>').replace(new RegExp(os.tmpdir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '/\\S+', 'g'), '<path>').replace(/"[^"]{30,}"/g, '"…"').replace(/\d+/g, 'N').slice(0, 200);
}
/** "message | top frame" of the first stack trace in a text, or undefined. */
function stackSignature(text) {
  const lines = String(text).split(/\r?\n/);
  const i = lines.findIndex((l) => /^\s+at\s/.test(l));
  if (i < 0) return undefined;
  let msg = '';
  for (let j = i - 1; j >= 0; j--) { if (lines[j].trim()) { msg = lines[j]; break; } }
  const frame = lines[i].trim().replace(/\((?:.*[\\/])?([^\\/]+)\)$/, '($1)').replace(/^at (?:.*[\\/])?([^\\/]+)$/, 'at $1');
  return `${normalizeMessage(msg)} | ${frame}`;
}

const report = {
  harness: 'lsp-fuzz.mjs', startedAt: new Date(GLOBAL_START).toISOString(), options: { ...OPTS },
  seeds: [], lsp: { ops: 0, requests: 0, notifications: 0, seconds: 0, opsPerSecond: 0, byOp: {}, byMethod: {} },
  crashes: 0, hangs: 0, restarts: 0, failures: {}, stackTraces: {}, logErrors: {}, logWarnings: {}, uriAliases: {},
  cli: { cases: 0, byCheck: {}, misbehaviours: {}, notes: [] }, harnessErrors: [], failureFiles: 0,
};
const signatureFiles = new Map();

function countInto(map, key, n = 1) { map[key] = (map[key] ?? 0) + n; }

function truncateDeep(value, max = 4000) {
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max)}…[${value.length} chars]` : value;
  if (Array.isArray(value)) return value.length > 200 ? [...value.slice(0, 200).map((v) => truncateDeep(v, max)), `…[${value.length} items]`] : value.map((v) => truncateDeep(v, max));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, truncateDeep(v, max)]));
  return value;
}

/** Records a failure: counts it by category and signature, and writes the first few of each signature to disk. */
function recordFailure(category, signature, detail, context = {}) {
  const cat = (report.failures[category] ??= { count: 0, signatures: {} });
  cat.count++;
  const sig = (cat.signatures[signature] ??= { count: 0, examples: [] });
  sig.count++;
  const key = `${category}::${signature}`;
  const written = signatureFiles.get(key) ?? 0;
  if (written >= OPTS.maxFailuresPerSignature) return;
  signatureFiles.set(key, written + 1);
  const id = `${category}-s${context.seed ?? 'x'}-op${context.op ?? 'x'}-${createHash('sha1').update(key + written).digest('hex').slice(0, 6)}`;
  const file = path.join(OPTS.failures, `${id}.json`);
  const record = { category, signature, detail: truncateDeep(detail, 20000), ...context };
  if (typeof record.text === 'string' && record.text.length > 300_000) {
    record.textSha1 = createHash('sha1').update(record.text).digest('hex');
    record.textLength = record.text.length;
    record.textHead = record.text.slice(0, 4000);
    record.textTail = record.text.slice(-4000);
    delete record.text;
  }
  fs.writeFileSync(file, JSON.stringify(record, null, 1));
  sig.examples.push(path.basename(file));
  report.failureFiles++;
}

function recordStack(source, text, context) {
  const sig = stackSignature(text);
  if (!sig) return false;
  countInto(report.stackTraces, `${source}: ${sig}`);
  recordFailure('uncaught-exception', `${source}: ${sig}`, { text: String(text).slice(0, 6000) }, context);
  return true;
}

// ------------------------------------------------------------------ JSON-RPC over stdio (raw framing, no library)

class LspProcess {
  constructor(argv, { cwd, onNotification, onRequest, onStderr, onProtocolError }) {
    this.proc = spawn(argv[0], argv.slice(1), { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env } });
    this.buf = Buffer.alloc(0);
    this.pending = new Map();
    this.timedOut = new Set();
    this.nextId = 1;
    this.exited = null;
    this.lastMessageAt = Date.now();
    this.onNotification = onNotification;
    this.onRequest = onRequest;
    this.onProtocolError = onProtocolError;
    this.proc.stdout.on('data', (d) => this.onData(d));
    this.proc.stderr.on('data', (d) => onStderr(String(d)));
    this.proc.stdin.on('error', () => undefined);
    this.exitPromise = new Promise((resolve) => this.proc.on('exit', (code, signal) => {
      this.exited = { code, signal, at: Date.now() };
      for (const p of [...this.pending.values()]) p.finish({ exited: true });
      resolve(this.exited);
    }));
  }
  get alive() { return !this.exited; }
  writeRaw(body) {
    if (this.exited) return false;
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
    return true;
  }
  write(obj) { return this.writeRaw(JSON.stringify(obj)); }
  /** Sends a request; resolves { result } | { error } | { timeout } | { exited }, with ms. */
  request(method, params, timeoutMs, id = this.nextId++) {
    const promise = new Promise((resolve) => {
      const started = performance.now();
      const entry = {
        method,
        finish: (r) => {
          clearTimeout(entry.timer);
          this.pending.delete(id);
          resolve({ ...r, ms: performance.now() - started });
        },
      };
      entry.timer = setTimeout(() => { this.timedOut.add(id); entry.finish({ timeout: true }); }, timeoutMs);
      this.pending.set(id, entry);
      const msg = { jsonrpc: '2.0', id, method };
      if (params !== undefined) msg.params = params;
      if (!this.write(msg)) entry.finish({ exited: true });
    });
    return { id, promise };
  }
  notify(method, params) {
    const msg = { jsonrpc: '2.0', method };
    if (params !== undefined) msg.params = params;
    return this.write(msg);
  }
  onData(d) {
    this.lastMessageAt = Date.now();
    this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
    for (let guard = 0; guard < 100000; guard++) {
      const sep = this.buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const header = this.buf.subarray(0, sep).toString('latin1');
      const m = /(?:^|\r\n)Content-Length:\s*(\d+)\s*(?:\r\n|$)/i.exec(header);
      if (!m) {
        this.onProtocolError('header without Content-Length', header.slice(0, 200));
        this.buf = this.buf.subarray(sep + 4);
        continue;
      }
      const len = Number(m[1]);
      if (this.buf.length < sep + 4 + len) return;
      const body = this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(sep + 4 + len);
      let msg;
      try { msg = JSON.parse(body); } catch { this.onProtocolError('server sent invalid JSON', body.slice(0, 300)); continue; }
      this.dispatch(msg);
    }
  }
  dispatch(msg) {
    if (!msg || typeof msg !== 'object' || msg.jsonrpc !== '2.0') { this.onProtocolError('message without jsonrpc 2.0', JSON.stringify(msg).slice(0, 300)); return; }
    if ('method' in msg && 'id' in msg) {
      Promise.resolve()
        .then(() => this.onRequest(msg.method, msg.params, msg.id))
        .then((result) => this.write({ jsonrpc: '2.0', id: msg.id, result: result ?? null }),
          (error) => this.write({ jsonrpc: '2.0', id: msg.id, error: { code: error?.code ?? -32603, message: String(error?.message ?? error) } }));
    } else if ('method' in msg) {
      this.onNotification(msg.method, msg.params);
    } else if ('id' in msg) {
      if (!('result' in msg) && !('error' in msg)) this.onProtocolError('response with neither result nor error', JSON.stringify(msg).slice(0, 300));
      const p = this.pending.get(msg.id);
      if (p) p.finish('error' in msg ? { error: msg.error } : { result: msg.result });
      else if (this.timedOut.has(msg.id)) this.onProtocolError('late response (after the timeout)', String(msg.id));
      else this.onProtocolError('response to an unknown id', JSON.stringify(msg).slice(0, 300));
    } else this.onProtocolError('message that is neither request, response nor notification', JSON.stringify(msg).slice(0, 300));
  }
  kill() { try { this.proc.kill('SIGKILL'); } catch { /* gone */ } }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ the LSP fuzz run (one seed)

const SAMPLE_DIR = path.join(OPTS.root, 'samples');
const SAMPLES = fs.existsSync(SAMPLE_DIR) ? fs.readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(SAMPLE_DIR, f), 'utf8') })) : [];
const CERTAIN_RELEASE = /\.release(\.txt)?$/i;
const DEFAULT_INCLUDE = ['**/*.release', '**/*.release.txt', '**/samples/**/*.txt', '**/releases/**/*.txt'];

const STRICT_CATEGORIES = new Set(['out-of-bounds-after-settle', 'semantic-token-out-of-bounds-after-settle', 'hover-range-misplaced-after-settle', 'comparison-cell-text-mismatch']);

const OP_WEIGHTS = {
  open: 9, change: 26, typingBurst: 3, close: 4, diskFile: 5, catalog: 4, catalogEditor: 1.5, config: 1.5,
  hover: 9, semanticTokensFull: 5, semanticTokensRange: 3, codeAction: 6, definition: 3, references: 3, rename: 3,
  documentSymbol: 3, workspaceSymbol: 2, inlayHint: 3, codeLens: 3, comparison: 2, knownEntities: 0.5, annotate: 2,
  cancel: 3, malformed: 1.5, settle: 3, restart: 0.25,
};

class FuzzRun {
  constructor(seed, iterations, deadline) {
    this.seed = String(seed);
    this.rng = new Rng(`ops:${seed}`);
    this.rngR = new Rng(`responses:${seed}`);
    this.iterations = iterations;
    this.deadline = deadline;
    this.base = fs.mkdtempSync(path.join(os.tmpdir(), `lsp-fuzz-${seed}-`));
    this.ws = path.join(this.base, 'ws');
    this.storage = path.join(this.base, 'storage');
    this.catalogPath = path.join(this.ws, 'release-lens.json');
    this.catalogUri = pathToFileURL(this.catalogPath).toString();
    this.open = new Map(); // uri -> { doc, languageId, history: Map<version,text> }
    this.diskFiles = new Set(); // absolute paths of release-like files we manage
    this.catalogBytes = null; // what we last wrote (null = no file)
    this.catalogKind = 'absent';
    this.settings = {};
    this.diags = new Map(); // uri -> last publishDiagnostics params
    this.diagCount = new Map();
    this.catalogPublishes = 0;
    this.lastCatalogDiagnostics = undefined;
    this.progressTokens = new Set();
    this.stderrBuf = '';
    this.ops = 0; this.requests = 0; this.notifications = 0;
    this.opIndex = -1; this.lastOps = [];
    this.settled = false;
    this.nameCounter = 0;
    this.restarts = 0;
    this.serverUris = new Map(); // path -> Set of URI strings the server used
    this.maxVersion = new Map();
    this.reportedMissing = new Set();
    this.capture = null;
    this.malformedOp = false;
    this.killedByHarness = false;
    this.pendingFixChecks = [];
    this.stats = { byOp: {}, byMethod: {}, latencies: {} };
    this.legendSize = 5; this.modifierCount = 1;
  }

  ctx(extra = {}) {
    const o = extra.uri && this.open.get(extra.uri);
    if (o?.sent && !extra.notifications) extra = { ...extra, notificationsForThisDocument: o.sent, languageId: o.languageId };
    return { seed: this.seed, op: this.opIndex, lastOps: this.lastOps.slice(-15), settings: this.settings, catalogKind: this.catalogKind, catalogText: this.catalogBytes ? this.catalogBytes.toString('utf8').slice(0, 20000) : null, reproduce: `node lsp-fuzz.mjs --cmd "${OPTS.cmd}" --root ${OPTS.root} --seed ${this.seed} --iterations ${this.opIndex + 1}`, ...extra };
  }
  fail(category, signature, detail, extra) {
    // While settle() probes, out-of-bounds answers are held back and verified once more (see op_settle).
    if (this.capture && STRICT_CATEGORIES.has(category)) { this.capture.push({ category, signature, detail, extra }); return; }
    if (this.malformedOp && category === 'request-internal-error') category = 'internal-error-on-malformed-request';
    recordFailure(category, signature, detail, this.ctx(extra));
  }
  logOp(desc) {
    const line = `${this.opIndex}: ${desc}`;
    this.lastOps.push(line);
    if (this.lastOps.length > 40) this.lastOps.shift();
    if (this.traceFd !== undefined) fs.writeSync(this.traceFd, line.slice(0, 400) + '\n');
  }

  // ---------------------------------------------------------------- workspace

  setupWorkspace() {
    fs.mkdirSync(path.join(this.ws, 'samples'), { recursive: true });
    fs.mkdirSync(path.join(this.ws, 'releases'), { recursive: true });
    fs.mkdirSync(path.join(this.ws, 'notes'), { recursive: true });
    fs.mkdirSync(this.storage, { recursive: true });
    for (const s of SAMPLES) {
      const p = path.join(this.ws, 'samples', s.name);
      fs.writeFileSync(p, s.text);
      this.diskFiles.add(p);
    }
    const r = this.rng;
    this.allowPercent = r.chance(0.25);
    if (r.chance(0.6)) {
      const c = r.chance(0.75) ? { text: JSON.stringify(VALID_CATALOG, null, 2) + '\n', kind: 'valid' } : genCatalog(r);
      this.writeCatalog(c.text, c.kind);
    }
    for (let i = 0; i < r.range(0, 4); i++) {
      const p = path.join(this.ws, 'releases', `pre-${i}.${r.pick(['txt', 'release'])}`);
      fs.writeFileSync(p, mutate(r, r.pick(SAMPLES).text, r.range(1, 4)));
      this.diskFiles.add(p);
    }
    // A symlink loop inside the workspace (the scanner must not follow it forever).
    try { fs.symlinkSync(this.ws, path.join(this.ws, 'releases', 'loop')); } catch { /* no symlinks */ }
  }

  writeCatalog(text, kind) {
    const bytes = Buffer.from(text, 'utf8');
    fs.writeFileSync(this.catalogPath, bytes);
    this.catalogBytes = bytes;
    this.catalogKind = kind;
  }

  diskText(p) {
    try {
      let t = fs.readFileSync(p).toString('utf8');
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
      return t;
    } catch { return undefined; }
  }

  /** The text of a URI as the client sees it: the editor's, else the file's on disk. */
  viewOf(uri) {
    const o = this.open.get(uri);
    if (o) return o.doc.getText();
    const p = uriPath(uri);
    if (p) {
      for (const [u, od] of this.open) if (uriPath(u) === p) return od.doc.getText();
      return this.diskText(p);
    }
    return undefined;
  }
  /** Every text this URI had recently (open versions, the disk): for telling stale answers from wrong ones. */
  otherViews(uri) {
    const out = [];
    const p = uriPath(uri);
    for (const [u, od] of this.open) if (u === uri || (p && uriPath(u) === p)) out.push(...od.history.values());
    for (const t of this.closedHistory.get(p ?? uri) ?? []) out.push(t);
    if (p) { const d = this.diskText(p); if (d !== undefined) out.push(d); }
    return out;
  }

  isCertainRelease(uri, languageId) {
    return languageId === 'press-release' || CERTAIN_RELEASE.test(uri);
  }
  isLikelyRelease(uri, languageId) {
    if (this.isCertainRelease(uri, languageId)) return true;
    const p = uriPath(uri);
    if (!p) return false;
    const include = Array.isArray(this.settings?.include) && this.settings.include.every((x) => typeof x === 'string') ? this.settings.include : DEFAULT_INCLUDE;
    const rel = path.relative(this.ws, p).split(path.sep).join('/');
    try { return picomatch(include, { dot: false })(rel); } catch { return false; }
  }

  // ---------------------------------------------------------------- server lifecycle

  async start() {
    this.progressTokens = new Set();
    const argv = splitCmd(OPTS.cmd);
    this.server = new LspProcess(argv, {
      cwd: this.ws,
      onNotification: (m, p) => this.onNotification(m, p),
      onRequest: (m, p, id) => this.onServerRequest(m, p, id),
      onStderr: (s) => this.onStderr(s),
      onProtocolError: (what, detail) => this.fail('protocol-violation', what, { detail }),
    });
    const caps = {
      general: { positionEncodings: ['utf-16'] },
      workspace: {
        configuration: true, workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
        didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        symbol: { dynamicRegistration: true }, executeCommand: { dynamicRegistration: true },
        semanticTokens: { refreshSupport: true }, inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true }, diagnostics: { refreshSupport: true },
      },
      textDocument: {
        synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
        hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
        definition: { dynamicRegistration: true, linkSupport: true },
        references: { dynamicRegistration: true },
        documentSymbol: { dynamicRegistration: true, hierarchicalDocumentSymbolSupport: true, symbolKind: { valueSet: Array.from({ length: 26 }, (_, i) => i + 1) } },
        codeAction: { dynamicRegistration: true, isPreferredSupport: true, dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } } },
        codeLens: { dynamicRegistration: true },
        rename: { dynamicRegistration: true, prepareSupport: true, prepareSupportDefaultBehavior: 1, honorsChangeAnnotations: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        semanticTokens: { dynamicRegistration: true, tokenTypes: ['namespace', 'class', 'variable', 'number'], tokenModifiers: ['declaration'], formats: ['relative'], requests: { range: true, full: { delta: true } }, multilineTokenSupport: false, overlappingTokenSupport: false, serverCancelSupport: true, augmentsSyntaxTokens: true },
        inlayHint: { dynamicRegistration: true, resolveSupport: { properties: ['tooltip', 'textEdits', 'label.tooltip', 'label.location', 'label.command'] } },
      },
      window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } }, showDocument: { support: true } },
    };
    const params = {
      processId: process.pid,
      clientInfo: { name: 'Visual Studio Code', version: '1.100.0' },
      locale: this.rngR.pick(['en', 'ja', 'zh-cn', 'de', 'zh-tw']),
      rootPath: this.ws,
      rootUri: vscodeUri(this.ws),
      capabilities: caps,
      initializationOptions: { include: DEFAULT_INCLUDE, exclude: ['**/node_modules/**', '**/.git/**'], storagePath: this.storage, locale: 'en' },
      trace: 'off',
      workspaceFolders: [{ uri: vscodeUri(this.ws), name: path.basename(this.ws) }],
    };
    const { promise } = this.server.request('initialize', params, 30000);
    const res = await promise;
    if (!res.result) {
      this.fail('initialize-failed', res.timeout ? 'timeout' : res.exited ? 'exited' : 'error', res);
      return false;
    }
    const legend = res.result.capabilities?.semanticTokensProvider?.legend;
    if (legend) { this.legendSize = legend.tokenTypes.length; this.modifierCount = legend.tokenModifiers.length; }
    this.server.notify('initialized', {});
    // Wait (bounded) for the background index to finish: a status "ready", or quiet.
    const t0 = Date.now();
    while (Date.now() - t0 < 30000 && this.server.alive) {
      if (this.lastStatus?.state === 'ready' && Date.now() - this.server.lastMessageAt > 300) break;
      await sleep(50);
    }
    return this.server.alive;
  }

  async shutdown(expectClean = true) {
    if (!this.server?.alive) return;
    const { promise } = this.server.request('shutdown', undefined, 10000);
    const res = await promise;
    if (res.timeout) this.fail('hang', 'shutdown', {});
    this.server.notify('exit');
    const exited = await Promise.race([this.server.exitPromise, sleep(5000).then(() => null)]);
    if (!exited) {
      if (expectClean) this.fail('hang', 'exit notification did not end the process within 5 s', {});
      this.server.kill();
      await this.server.exitPromise;
    } else if (expectClean && exited.code !== 0) this.fail('bad-exit', `exit code ${exited.code} signal ${exited.signal} after shutdown+exit`, exited);
  }

  onStderr(s) {
    this.stderrBuf += s;
    if (this.stderrBuf.length > 200000) this.stderrBuf = this.stderrBuf.slice(-100000);
  }
  scanStderr() {
    if (!this.stderrBuf) return;
    const text = this.stderrBuf;
    this.stderrBuf = '';
    if (/^\s+at\s/m.test(text)) recordStack('stderr', text, this.ctx());
    else if (text.trim()) countInto(report.logWarnings, `stderr: ${normalizeMessage(text.trim().split('\n')[0])}`);
  }

  onServerRequest(method, params) {
    switch (method) {
      case 'workspace/configuration':
        return (params?.items ?? []).map((i) => (i.section === 'releaseLens' ? this.settings : i.section ? null : { releaseLens: this.settings }));
      case 'window/workDoneProgress/create':
        this.progressTokens.add(JSON.stringify(params?.token));
        return null;
      case 'client/registerCapability': case 'client/unregisterCapability':
      case 'workspace/semanticTokens/refresh': case 'workspace/inlayHint/refresh': case 'workspace/codeLens/refresh': case 'workspace/diagnostic/refresh':
        return null;
      case 'workspace/workspaceFolders':
        return [{ uri: vscodeUri(this.ws), name: path.basename(this.ws) }];
      case 'window/showMessageRequest':
        countInto(report.logWarnings, `showMessageRequest: ${normalizeMessage(params?.message)}`);
        return null;
      case 'window/showDocument':
        return { success: false };
      case 'workspace/applyEdit': {
        countInto(report.logWarnings, 'server sent workspace/applyEdit');
        const ok = this.validateWorkspaceEdit(params?.edit, 'workspace/applyEdit');
        if (ok) this.applyWorkspaceEdit(params.edit, 'applyEdit');
        return { applied: ok };
      }
      default:
        this.fail('protocol-violation', `unexpected server request ${method}`, params);
        throw { code: -32601, message: `Unhandled method ${method}` };
    }
  }

  onNotification(method, params) {
    switch (method) {
      case 'textDocument/publishDiagnostics': this.onDiagnostics(params); break;
      case 'window/logMessage': case 'window/showMessage': {
        const msg = String(params?.message ?? '');
        if (/^\s+at\s/m.test(msg)) recordStack(method === 'window/showMessage' ? 'showMessage' : 'logMessage', msg, this.ctx());
        else if (params?.type === 1) {
          countInto(report.logErrors, normalizeMessage(msg));
          if (/failed|Unexpected|TypeError|RangeError|Error:/i.test(msg)) this.fail('server-error-log', normalizeMessage(msg), { message: msg.slice(0, 4000) });
        } else if (params?.type === 2) countInto(report.logWarnings, normalizeMessage(msg));
        break;
      }
      case '$/progress':
        if (!this.progressTokens.has(JSON.stringify(params?.token))) this.fail('protocol-violation', '$/progress on a token that was never created', params);
        break;
      case 'releaseLens/status': this.lastStatus = params; break;
      case 'telemetry/event': case '$/logTrace': break;
      default: countInto(report.logWarnings, `notification ${method}`);
    }
  }

  noteServerUri(uri, where) {
    const p = uriPath(uri);
    if (!p) return;
    let set = this.serverUris.get(p);
    if (!set) this.serverUris.set(p, (set = new Set()));
    set.add(uri);
    // The editor opened it under another spelling of the same file: two documents for one file.
    for (const [u] of this.open) {
      if (u !== uri && uriPath(u) === p) {
        this.fail('uri-alias', `${where}: the server uses another URI spelling than the open document's`, { serverUri: uri, editorUri: u });
        countInto(report.uriAliases, where);
      }
    }
  }

  /** Checks a range against the text the client sees for `uri` (or `text`). Classifies failures as stale or wrong. */
  checkRangeFor(uri, range, where, text, extra = {}) {
    const view = text ?? this.viewOf(uri);
    if (view === undefined) {
      this.fail('dangling-location', `${where}: location in a file that neither is open nor exists`, { uri, range });
      return false;
    }
    const res = checkRange(range, tableFor(view));
    if (!res) return true;
    if (res.surrogate) {
      countInto(report.logWarnings, `${where}: range boundary inside a surrogate pair`);
      this.fail('range-splits-surrogate', where, { uri, range, around: view.slice(Math.max(0, offsetOf(tableFor(view), range.start) - 5), offsetOf(tableFor(view), range.end) + 5) }, { text: view, uri });
      return true;
    }
    const stale = this.otherViews(uri).some((t) => t !== view && !checkRange(range, tableFor(t))?.bad);
    const category = this.settled ? 'out-of-bounds-after-settle' : stale ? 'stale-range' : 'out-of-bounds-range';
    this.fail(category, `${where}: ${res.bad.replace(/\d+/g, 'N')}`, { uri, range, why: res.bad, lines: tableFor(view).starts.length }, { text: view, uri, ...extra });
    return false;
  }

  onDiagnostics(params) {
    const uri = params?.uri;
    if (typeof uri !== 'string' || !Array.isArray(params.diagnostics)) { this.fail('protocol-violation', 'malformed publishDiagnostics', params); return; }
    this.noteServerUri(uri, 'publishDiagnostics');
    this.diags.set(uri, params);
    this.diagCount.set(uri, (this.diagCount.get(uri) ?? 0) + 1);
    if (uri === this.catalogUri || uriPath(uri) === this.catalogPath) {
      this.catalogPublishes++;
      this.lastCatalogDiagnostics = params.diagnostics;
    }
    const o = this.open.get(uri);
    let text;
    let where = 'publishDiagnostics';
    if (o && params.version !== undefined && params.version !== null) {
      if (params.version > o.doc.version) this.fail('protocol-violation', 'publishDiagnostics for a version the client never sent', { uri, version: params.version, current: o.doc.version });
      text = o.history.get(params.version);
      where = 'publishDiagnostics(version)';
      if (text === undefined) return; // too old to check
    } else text = this.viewOf(uri);
    if (text === undefined) {
      if (params.diagnostics.length) this.fail('ghost-diagnostics-at-publish', 'diagnostics published for a file that is neither open nor on disk', { uri, count: params.diagnostics.length });
      return;
    }
    const table = tableFor(text);
    for (const d of params.diagnostics) {
      if (!d || typeof d.message !== 'string' || !d.message) this.fail('protocol-violation', 'diagnostic without a message', d);
      if (d.severity !== undefined && ![1, 2, 3, 4].includes(d.severity)) this.fail('protocol-violation', 'diagnostic severity out of range', d);
      const res = checkRange(d.range, table);
      if (res?.bad) {
        const stale = this.otherViews(uri).some((t) => t !== text && !checkRange(d.range, tableFor(t))?.bad);
        const cat = where === 'publishDiagnostics(version)' ? (stale ? 'diagnostics-wrong-version' : 'out-of-bounds-diagnostic') : stale ? 'stale-diagnostic' : 'out-of-bounds-diagnostic';
        this.fail(cat, `${where} ${d.code}: ${res.bad.replace(/\d+/g, 'N')}`, { uri, version: params.version, diagnostic: d, why: res.bad }, { text, uri });
      }
      for (const ri of d.relatedInformation ?? []) {
        this.noteServerUri(ri.location?.uri, 'relatedInformation');
        const v = this.viewOf(ri.location?.uri);
        if (v === undefined) { this.fail('dangling-location', 'relatedInformation points at a file that is neither open nor on disk', ri); continue; }
        const r2 = checkRange(ri.location.range, tableFor(v));
        if (r2?.bad) {
          const stale = this.otherViews(ri.location.uri).some((t) => t !== v && !checkRange(ri.location.range, tableFor(t))?.bad);
          this.fail(stale ? 'stale-related-information' : 'out-of-bounds-related-information', `${d.code}: ${r2.bad.replace(/\d+/g, 'N')}`, { uri, related: ri, why: r2.bad }, { text: v, uri: ri.location.uri });
        }
      }
    }
  }

  // ---------------------------------------------------------------- client model

  newUri() {
    const r = this.rng;
    const n = ++this.nameCounter;
    const lang = r.pick(['ja', 'zh', 'en']);
    // A '%' in a file name is allowed only in some seeds: once such a file joins a family it breaks the whole workspace view.
    const name = r.pick([`gen-${n}.${lang}.txt`, `gen ${n} (copy).${lang}.txt`, `生成${n}.${lang}.txt`, `gen-${n}.release`, `gen-${n}.release.txt`, this.allowPercent ? `g#${n}%.release` : `g#${n}.release`, `gen[${n}].release`]);
    const dir = r.pick(['samples', 'releases', 'releases', 'notes', '']);
    const p = path.join(this.ws, dir, name);
    if (r.chance(0.05)) return { uri: `untitled:Untitled-${n}`, languageId: 'press-release' };
    return { uri: r.chance(0.85) ? vscodeUri(p) : pathToFileURL(p).toString(), languageId: dir === 'notes' && r.chance(0.5) ? 'press-release' : r.pick(['plaintext', 'plaintext', 'press-release']), path: p };
  }

  genDocText() {
    const r = this.rng;
    const k = r.int(100);
    if (k < 10) return r.pick(SAMPLES).text;
    if (k < 65) return mutate(r, r.pick(SAMPLES).text, r.range(1, 6));
    if (k < 80) return genSynthetic(r);
    if (k < 97) return genEdgeText(r);
    return genHuge(r);
  }

  pickOpen() {
    const uris = [...this.open.keys()];
    return uris.length ? this.rng.pick(uris) : undefined;
  }
  /** A target for a request: mostly an open document, sometimes an indexed file on disk, rarely something unknown. */
  pickTarget() {
    const r = this.rng;
    const k = r.int(100);
    if (k < 82 && this.open.size) return this.pickOpen();
    if (k < 96) {
      const files = [...this.diskFiles];
      if (files.length) return pathToFileURL(r.pick(files)).toString();
    }
    return r.pick(['file:///nonexistent/x.release', 'untitled:Untitled-99', `${this.catalogUri}`, 'file:///', 'not a uri', vscodeUri(path.join(this.ws, 'samples'))]);
  }
  /** A position in a text: mostly on a figure or entity-like spot, sometimes at/past the end or inside a surrogate pair. */
  genPosition(text) {
    const r = this.rng;
    const table = tableFor(text ?? '');
    const k = r.int(100);
    if (k < 55 && text) {
      const re = /\d|[万億亿兆〇一二三四五六七八九十百千]|Laborator|実験室|实验室|科技城|科学|High-Tech|ハイテク|高新|Center|中心|University|大学|Committee/g;
      re.lastIndex = r.int(text.length);
      const m = re.exec(text) ?? re.exec(text);
      if (m) return positionOf(table, Math.min(text.length, m.index + r.int(Math.max(1, m[0].length))));
    }
    if (k < 75) return positionOf(table, r.int((text?.length ?? 0) + 1));
    if (k < 82) return positionOf(table, text?.length ?? 0);
    if (k < 88) { const line = r.int(table.starts.length); return { line, character: table.ends[line] - table.starts[line] }; }
    if (k < 93) return { line: table.starts.length + r.int(5), character: r.int(10) };
    if (k < 96) { const line = r.int(table.starts.length); return { line, character: table.ends[line] - table.starts[line] + r.range(1, 1000) }; }
    if (k < 98 && text) { const i = text.search(/[\uD800-\uDBFF][\uDC00-\uDFFF]/); if (i >= 0) return positionOf(table, i + 1); }
    return { line: r.pick([0, 2147483647]), character: r.pick([0, 2147483647]) };
  }
  genRange(text) {
    const a = this.genPosition(text);
    const b = this.rng.chance(0.8) ? this.genPosition(text) : a;
    const ta = tableFor(text ?? '');
    return offsetOf(ta, a) <= offsetOf(ta, b) || this.rng.chance(0.1) ? { start: a, end: b } : { start: b, end: a };
  }

  recordVersion(o) {
    o.history.set(o.doc.version, o.doc.getText());
    const limit = o.doc.getText().length > 1_000_000 ? 4 : 30;
    while (o.history.size > limit) o.history.delete(o.history.keys().next().value);
  }

  notify(method, params) {
    this.notifications++;
    // Keep what each open document was sent (small documents): a failure record carries it, a standalone repro.
    const u = params?.textDocument?.uri;
    const o = u && this.open.get(u);
    if (o && (method === 'textDocument/didOpen' || method === 'textDocument/didChange')) {
      const size = JSON.stringify(params).length;
      if (method === 'textDocument/didOpen') { o.sent = []; o.sentSize = 0; }
      if (o.sent && o.sentSize + size < 3_000_000) { o.sent.push({ method, params }); o.sentSize += size; } else o.sent = undefined;
    }
    if (method.startsWith('textDocument/did') || method.startsWith('workspace/didChange')) this.settled = false;
    return this.server.notify(method, params);
  }

  /** Versions never repeat for a URI, even across close/open (so a late publish cannot be checked against the wrong text). */
  nextVersion(uri) {
    const v = (this.maxVersion.get(uri) ?? 0) + 1;
    this.maxVersion.set(uri, v);
    return v;
  }

  async request(method, params, { target, text, timeout = OPTS.requestTimeout, count = true } = {}) {
    if (count) { this.requests++; countInto(this.stats.byMethod, method); }
    const { id, promise } = this.server.request(method, params, timeout);
    const res = await promise;
    const lat = (this.stats.latencies[method] ??= []);
    if (lat.length < 5000) lat.push(res.ms);
    if (res.timeout) {
      report.hangs++;
      this.fail('hang', `${method} got no response within ${timeout} ms`, { method, params: truncateDeep(params) }, { text: target ? text ?? this.viewOf(target) : undefined, uri: target });
      await this.recoverIfStuck();
    } else if (res.error) {
      const msg = String(res.error.message ?? '');
      if (res.error.code === -32603 || /failed with message|failed unexpectedly/.test(msg)) {
        this.fail('request-internal-error', `${method}: ${normalizeMessage(msg)}`, { method, params: truncateDeep(params), error: res.error }, { text: target ? text ?? this.viewOf(target) : undefined, uri: target });
        countInto(report.stackTraces, `response: ${method}: ${normalizeMessage(msg)}`);
      } else countInto(this.stats.byMethod, `${method} -> error ${res.error.code}`);
    }
    return { ...res, id };
  }

  async recoverIfStuck() {
    if (!this.server.alive) return;
    const { promise } = this.server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nonexistent.release' } }, OPTS.requestTimeout);
    const probe = await promise;
    if (probe.timeout) {
      this.fail('hang', 'server unresponsive after a timed-out request (killed and restarted)', {});
      this.killedByHarness = true;
      this.server.kill();
      await this.server.exitPromise;
    }
  }

  // ---------------------------------------------------------------- ops: documents

  async op_open() {
    const r = this.rng;
    let target;
    if (r.chance(0.35) && this.diskFiles.size) {
      const p = r.pick([...this.diskFiles].sort());
      target = { uri: r.chance(0.85) ? vscodeUri(p) : pathToFileURL(p).toString(), languageId: r.pick(['plaintext', 'press-release']), path: p, fromDisk: true };
    } else target = this.newUri();
    if (this.open.has(target.uri)) {
      if (r.chance(0.8)) { await this.op_close(target.uri); }
      // else: a second didOpen for an open document (a buggy client)
    }
    const text = target.fromDisk && r.chance(0.6) ? this.diskText(target.path) ?? '' : this.genDocText();
    const doc = TextDocument.create(target.uri, target.languageId, this.nextVersion(target.uri), text);
    const o = { doc, languageId: target.languageId, history: new Map() };
    this.recordVersion(o);
    this.open.set(target.uri, o);
    this.logOp(`open ${path.basename(target.uri)} (${target.languageId}, ${text.length} chars)`);
    this.notify('textDocument/didOpen', { textDocument: { uri: target.uri, languageId: target.languageId, version: doc.version, text } });
  }

  async op_close(uri = this.pickOpen()) {
    if (!uri) return this.op_open();
    const o = this.open.get(uri);
    this.open.delete(uri);
    const key = uriPath(uri) ?? uri;
    const hist = this.closedHistory.get(key) ?? [];
    hist.push(...[...o.history.values()].slice(-3));
    this.closedHistory.set(key, hist.slice(-6));
    this.logOp(`close ${path.basename(uri)}`);
    this.notify('textDocument/didClose', { textDocument: { uri } });
    this.settled = false;
  }

  genChange(text) {
    const r = this.rng;
    const table = tableFor(text);
    const k = r.int(100);
    const at = () => positionOf(table, r.int(text.length + 1));
    if (k < 35) { const p = at(); return { range: { start: p, end: p }, text: r.pick([r.pick(['1', '2', '0', '万', '億', 'キ', 'ロ', '%', ' ', 'a', '科', '\n', '。', '.', ',']), String(r.int(100)), r.pick(UNITS)]) }; }
    if (k < 50) { const o = r.int(text.length + 1); const e = Math.min(text.length, o + r.range(1, 5)); return { range: { start: positionOf(table, o), end: positionOf(table, e) }, text: '' }; }
    if (k < 70) { const o = r.int(text.length + 1); const e = Math.min(text.length, o + r.range(0, 40)); return { range: { start: positionOf(table, o), end: positionOf(table, e) }, text: r.pick([genFigure(r), genEntity(r), genDate(r), r.pick(SPECIALS), genSentence(r, 'ja')]) }; }
    if (k < 80) { const o = r.int(text.length + 1); const e = Math.min(text.length, o + r.range(0, 3000)); return { range: { start: positionOf(table, o), end: positionOf(table, e) }, text: r.chance(0.5) ? '' : r.pick(SAMPLES).text.slice(0, r.range(0, 3000)) }; }
    if (k < 85) return { text: r.chance(0.5) ? mutate(r, text, r.range(1, 3)) : this.genDocText() }; // full replacement
    // buggy ranges: at / past the end, reversed, beyond the line
    const end = positionOf(table, text.length);
    switch (r.int(6)) {
      case 0: return { range: { start: end, end }, text: genFigure(r) };
      case 1: return { range: { start: { line: end.line + r.range(1, 50), character: r.int(20) }, end: { line: end.line + r.range(51, 100), character: 0 } }, text: genSentence(r, 'zh') };
      case 2: { const p = at(); return { range: { start: p, end: { line: p.line, character: p.character + r.range(1, 5000) } }, text: 'X' }; }
      case 3: { const a = at(); const b = at(); return { range: { start: b, end: a }, text: r.pick(['', '7', '十']) }; }
      case 4: { const p = at(); return { range: { start: p, end: p }, rangeLength: r.range(0, 99999), text: '9' }; }
      default: return { range: { start: { line: r.int(table.starts.length), character: 2147483647 }, end: { line: 2147483647, character: 2147483647 } }, text: '' };
    }
  }

  async op_change(uri = this.pickOpen(), quiet = false) {
    if (!uri) return this.op_open();
    const o = this.open.get(uri);
    const r = this.rng;
    const changes = [];
    const n = r.chance(0.8) ? 1 : r.range(2, 5);
    const version = this.nextVersion(uri);
    for (let i = 0; i < n; i++) {
      const ch = this.genChange(o.doc.getText());
      changes.push(ch);
      TextDocument.update(o.doc, [ch], i === n - 1 ? version : o.doc.version);
    }
    this.recordVersion(o);
    if (!quiet) this.logOp(`change ${path.basename(uri)} v${version}: ${changes.map((c) => (c.range ? `${c.range.start.line}:${c.range.start.character}-${c.range.end.line}:${c.range.end.character}+${c.text.length}` : `full ${c.text.length}`)).join(', ')}`);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  async op_typingBurst() {
    const uri = this.pickOpen();
    if (!uri) return this.op_open();
    const n = this.rng.range(5, 30);
    this.logOp(`typing burst of ${n} edits in ${path.basename(uri)}`);
    for (let i = 0; i < n; i++) {
      await this.op_change(uri, true);
      countInto(this.stats.byOp, 'typingBurst.change');
    }
    this.ops += n + 1; // n edits and the hover
    await this.op_hover(uri);
  }

  // ---------------------------------------------------------------- ops: files on disk, catalog, settings

  async op_diskFile() {
    const r = this.rng;
    const k = r.int(100);
    const files = [...this.diskFiles].sort();
    const changes = [];
    if (k < 35 || !files.length) {
      const dir = r.pick(['releases', 'samples', 'notes', '']);
      const p = path.join(this.ws, dir, r.pick([`disk-${++this.nameCounter}.release`, `disk-${this.nameCounter}.txt`, `disk ${this.nameCounter} (1).release.txt`]));
      const bytes = r.chance(0.15) ? this.genBadBytes() : Buffer.from(r.chance(0.1) ? '\uFEFF' + this.genDocText() : this.genDocText(), 'utf8');
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, bytes);
      this.diskFiles.add(p);
      changes.push({ uri: pathToFileURL(p).toString(), type: 1 });
      this.logOp(`disk create ${path.relative(this.ws, p)} (${bytes.length} bytes)`);
    } else if (k < 70) {
      const p = r.pick(files);
      const before = this.diskText(p) ?? '';
      fs.writeFileSync(p, r.chance(0.1) ? this.genBadBytes() : Buffer.from(mutate(r, before || r.pick(SAMPLES).text, r.range(1, 4)), 'utf8'));
      changes.push({ uri: pathToFileURL(p).toString(), type: 2 });
      this.logOp(`disk change ${path.relative(this.ws, p)}`);
    } else if (k < 90) {
      const p = r.pick(files);
      fs.rmSync(p, { force: true });
      this.diskFiles.delete(p);
      changes.push({ uri: pathToFileURL(p).toString(), type: 3 });
      this.logOp(`disk delete ${path.relative(this.ws, p)}`);
    } else if (k < 95) {
      // Events for things that are not what they say: a missing file "changed", a folder "created".
      changes.push({ uri: pathToFileURL(path.join(this.ws, 'releases', `missing-${r.int(100)}.release`)).toString(), type: r.pick([1, 2]) });
      changes.push({ uri: pathToFileURL(path.join(this.ws, 'samples')).toString(), type: 1 });
      this.logOp('disk events for a missing file and a folder');
    } else {
      // A rename: delete + create, in one notification.
      const p = r.pick(files);
      const q = path.join(this.ws, 'releases', `renamed-${++this.nameCounter}.release`);
      try { fs.renameSync(p, q); this.diskFiles.delete(p); this.diskFiles.add(q); } catch { /* raced */ }
      changes.push({ uri: pathToFileURL(p).toString(), type: 3 }, { uri: pathToFileURL(q).toString(), type: 1 });
      this.logOp(`disk rename ${path.basename(p)} -> ${path.basename(q)}`);
    }
    this.notify('workspace/didChangeWatchedFiles', { changes });
    this.settled = false;
  }

  genBadBytes() {
    const r = this.rng;
    switch (r.int(5)) {
      case 0: return Buffer.from(Array.from({ length: r.range(1, 3000) }, () => r.int(256)));
      case 1: return Buffer.concat([Buffer.from('Hunnan 28 km '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' 50万平方メートル')]);
      case 2: return Buffer.from('\uFEFF' + r.pick(SAMPLES).text, 'utf16le');
      case 3: return Buffer.from(`${'A'.repeat(9000)}\u0000`);
      default: return Buffer.alloc(r.range(2 * 1024 * 1024 + 1, 2 * 1024 * 1024 + 50000), 0x41);
    }
  }

  async op_catalog() {
    const r = this.rng;
    const k = r.int(100);
    if (k < 15 && this.catalogBytes) {
      fs.rmSync(this.catalogPath, { force: true });
      this.catalogBytes = null;
      this.catalogKind = 'absent';
      this.logOp('catalog delete');
      this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(this.catalogPath).toString(), type: 3 }] });
    } else if (k < 25 && this.catalogBytes) {
      // A save that changes nothing, or an event with no change at all.
      this.logOp('catalog changed event without a change');
      this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(this.catalogPath).toString(), type: 2 }] });
    } else {
      const c = genCatalog(r);
      const existed = !!this.catalogBytes;
      this.writeCatalog(c.text, c.kind);
      this.logOp(`catalog write (${c.kind}, ${c.text.length} chars)`);
      this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: r.chance(0.9) ? pathToFileURL(this.catalogPath).toString() : vscodeUri(this.catalogPath), type: existed ? 2 : 1 }] });
    }
    this.settled = false;
  }

  /** The catalog open in an editor: open, a few keystrokes (transient syntax errors), close. Disk stays as it was. */
  async op_catalogEditor() {
    const r = this.rng;
    const uri = this.catalogUri;
    if (this.open.has(uri)) {
      if (r.chance(0.5)) return this.op_change(uri);
      return this.op_close(uri);
    }
    const text = this.catalogBytes ? this.catalogBytes.toString('utf8').replace(/^\uFEFF/, '') : '';
    const doc = TextDocument.create(uri, 'json', this.nextVersion(uri), text);
    const o = { doc, languageId: 'json', history: new Map() };
    this.recordVersion(o);
    this.open.set(uri, o);
    this.logOp('catalog opened in an editor');
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: doc.version, text } });
  }

  genSettings() {
    const r = this.rng;
    switch (r.int(12)) {
      case 0: return {};
      case 1: return { inlayHints: { enabled: true } };
      case 2: return { inlayHints: { enabled: true }, hover: { maxMentions: r.pick([0, 1, 200]) } };
      case 3: return { checks: { 'figure-mismatch': r.pick(['error', 'warning', 'off', 'hint']), 'figure-missing': r.pick(['error', 'off']), 'count-claim': 'error' } };
      case 4: return { maxFileSizeKB: r.pick([1, 4, 100000]) };
      case 5: return { include: ['**/*.txt'], inlayHints: { enabled: true } };
      case 6: return { include: 'not-an-array', hover: { maxMentions: -5 }, checks: { 'figure-mismatch': 'fatal' }, maxFileSizeKB: 'big' };
      case 7: return null;
      case 8: return [1, 2, 3];
      case 9: return { exclude: ['**/samples/**'], inlayHints: { enabled: true } };
      case 10: return { include: ['[', '**/*.{txt', '!(x'], catalogPath: 42 };
      default: return { inlayHints: { enabled: r.chance(0.5) }, checks: { 'unknown-check': 'error' } };
    }
  }

  async op_config() {
    this.settings = this.genSettings();
    this.logOp(`settings ${JSON.stringify(this.settings)}`);
    this.notify('workspace/didChangeConfiguration', { settings: this.rng.chance(0.5) ? null : { releaseLens: this.settings } });
    this.settled = false;
  }

  // ---------------------------------------------------------------- ops: requests

  docParams(uri) { return { textDocument: { uri } }; }

  async op_hover(uri = this.pickTarget()) {
    const text = this.viewOf(uri) ?? '';
    const position = this.genPosition(text);
    this.logOp(`hover ${path.basename(uri)} ${position.line}:${position.character}`);
    const res = await this.request('textDocument/hover', { ...this.docParams(uri), position }, { target: uri, text });
    const h = res.result;
    if (!h) return;
    if (!h.contents) this.fail('protocol-violation', 'hover without contents', h);
    const value = typeof h.contents === 'string' ? h.contents : h.contents.value ?? '';
    if (/undefined|NaN|\[object Object\]|\{\d\}/.test(value)) this.fail('suspicious-hover-text', normalizeMessage(value.match(/.{0,30}(undefined|NaN|\[object Object\]|\{\d\}).{0,30}/s)?.[0] ?? value), { value: value.slice(0, 2000), position }, { text, uri });
    if (h.range && this.checkRangeFor(uri, h.range, 'hover.range', text, { request: { method: 'textDocument/hover', position } })) {
      const t = tableFor(text);
      const p = offsetOf(t, position), s = offsetOf(t, h.range.start), e = offsetOf(t, h.range.end);
      if (!checkPosition(position, t) && (p < s || p > e)) this.fail(this.settled ? 'hover-range-misplaced-after-settle' : 'hover-range-misplaced', 'hover range does not contain the hovered position', { position, range: h.range, rangeText: text.slice(s, e) }, { text, uri });
    }
    for (const m of value.matchAll(/\]\((file:[^)\s]+?)#L(\d+)\)/g)) {
      this.noteServerUri(m[1].replace(/\\(.)/g, '$1'), 'hover link');
    }
  }

  checkLocations(list, where, requestText, requestUri) {
    if (list === null || list === undefined) return;
    const items = Array.isArray(list) ? list : [list];
    for (const loc of items) {
      const uri = loc.uri ?? loc.targetUri;
      const range = loc.range ?? loc.targetSelectionRange ?? loc.targetRange;
      if (typeof uri !== 'string') { this.fail('protocol-violation', `${where}: location without uri`, loc); continue; }
      this.noteServerUri(uri, where);
      this.checkRangeFor(uri, range, where, uri === requestUri ? requestText : undefined);
    }
  }

  async op_definition() {
    const uri = this.pickTarget();
    const text = this.viewOf(uri) ?? '';
    const position = this.genPosition(text);
    this.logOp(`definition ${path.basename(uri)} ${position.line}:${position.character}`);
    const res = await this.request('textDocument/definition', { ...this.docParams(uri), position }, { target: uri, text });
    this.checkLocations(res.result, 'definition', text, uri);
  }

  async op_references() {
    const uri = this.pickTarget();
    const text = this.viewOf(uri) ?? '';
    const position = this.genPosition(text);
    this.logOp(`references ${path.basename(uri)} ${position.line}:${position.character}`);
    const res = await this.request('textDocument/references', { ...this.docParams(uri), position, context: { includeDeclaration: this.rng.chance(0.5) } }, { target: uri, text });
    this.checkLocations(res.result, 'references', text, uri);
    if (Array.isArray(res.result)) {
      const seen = new Set();
      for (const l of res.result) {
        const k = `${uriPath(l.uri) ?? l.uri}|${JSON.stringify(l.range)}`;
        if (seen.has(k)) { this.fail('duplicate-locations', 'references lists the same place twice', { location: l }, { text, uri }); break; }
        seen.add(k);
      }
    }
  }

  checkTokens(data, text, uri, where) {
    if (!Array.isArray(data)) { this.fail('protocol-violation', `${where}: tokens without data`, {}); return; }
    if (data.length % 5) this.fail('semantic-tokens-invalid', `${where}: data length not a multiple of 5`, { length: data.length }, { text, uri });
    const table = tableFor(text);
    let line = 0, char = 0, prevEnd = -1, prevLine = -1;
    for (let i = 0; i + 4 < data.length; i += 5) {
      const [dl, ds, len, type, mods] = data.slice(i, i + 5);
      if (![dl, ds, len, type, mods].every(isInt)) { this.fail('semantic-tokens-invalid', `${where}: negative or non-integer field`, { index: i / 5, fields: [dl, ds, len, type, mods] }, { text, uri }); return; }
      line += dl;
      char = dl === 0 ? char + ds : ds;
      const bad = (why) => {
        const stale = this.otherViews(uri).some((t) => t !== text && line < tableFor(t).starts.length && char + len <= tableFor(t).ends[line] - tableFor(t).starts[line]);
        this.fail(this.settled ? 'semantic-token-out-of-bounds-after-settle' : stale ? 'stale-semantic-token' : 'semantic-token-out-of-bounds', `${where}: ${why.replace(/\d+/g, 'N')}`, { token: { line, char, len, type, mods }, why }, { text, uri });
      };
      if (line >= table.starts.length) { bad(`token line ${line} past the last line ${table.starts.length - 1}`); return; }
      const lineLen = table.ends[line] - table.starts[line];
      if (char + len > lineLen) { bad(`token ${char}+${len} past the end of line ${line} (length ${lineLen})`); return; }
      if (len === 0) this.fail('semantic-tokens-invalid', `${where}: zero-length token`, { line, char }, { text, uri });
      if (type >= this.legendSize) this.fail('semantic-tokens-invalid', `${where}: token type outside the legend`, { type }, { text, uri });
      if (mods >= 1 << this.modifierCount) this.fail('semantic-tokens-invalid', `${where}: modifier bits outside the legend`, { mods }, { text, uri });
      if (line === prevLine && char < prevEnd) this.fail('semantic-tokens-invalid', `${where}: overlapping tokens`, { line, char, prevEnd }, { text, uri });
      const s = table.starts[line] + char;
      const e = s + len;
      const hi = (o) => o > 0 && o < text.length && text.charCodeAt(o - 1) >= 0xd800 && text.charCodeAt(o - 1) <= 0xdbff && text.charCodeAt(o) >= 0xdc00 && text.charCodeAt(o) <= 0xdfff;
      if (hi(s) || hi(e)) this.fail('range-splits-surrogate', `${where}: token boundary inside a surrogate pair`, { line, char, len }, { text, uri });
      prevLine = line; prevEnd = char + len;
    }
  }

  async op_semanticTokensFull(uri = this.pickTarget()) {
    const text = this.viewOf(uri) ?? '';
    this.logOp(`semanticTokens/full ${path.basename(uri)}`);
    const res = await this.request('textDocument/semanticTokens/full', this.docParams(uri), { target: uri, text });
    if (res.result) this.checkTokens(res.result.data, text, uri, 'semanticTokens/full');
  }

  async op_semanticTokensRange() {
    const uri = this.pickTarget();
    const text = this.viewOf(uri) ?? '';
    const range = this.genRange(text);
    this.logOp(`semanticTokens/range ${path.basename(uri)} ${JSON.stringify(range)}`);
    const res = await this.request('textDocument/semanticTokens/range', { ...this.docParams(uri), range }, { target: uri, text });
    if (res.result) this.checkTokens(res.result.data, text, uri, 'semanticTokens/range');
  }

  async op_documentSymbol(uri = this.pickTarget()) {
    const text = this.viewOf(uri) ?? '';
    this.logOp(`documentSymbol ${path.basename(uri)}`);
    const res = await this.request('textDocument/documentSymbol', this.docParams(uri), { target: uri, text });
    const walk = (symbols, parent) => {
      for (const s of symbols ?? []) {
        if (!s.name) this.fail('protocol-violation', 'documentSymbol with an empty name', s);
        if (s.location) { this.checkLocations(s.location, 'documentSymbol(SymbolInformation)', text, uri); continue; }
        const ok1 = this.checkRangeFor(uri, s.range, 'documentSymbol.range', text);
        const ok2 = this.checkRangeFor(uri, s.selectionRange, 'documentSymbol.selectionRange', text);
        if (ok1 && ok2) {
          const t = tableFor(text);
          if (offsetOf(t, s.selectionRange.start) < offsetOf(t, s.range.start) || offsetOf(t, s.selectionRange.end) > offsetOf(t, s.range.end)) this.fail('protocol-violation', 'documentSymbol selectionRange not inside range', s);
          if (parent && (offsetOf(t, s.range.start) < offsetOf(t, parent.range.start) || offsetOf(t, s.range.end) > offsetOf(t, parent.range.end))) this.fail('document-symbol-child-outside-parent', 'child symbol range not inside its parent', { child: s.range, parent: parent.range }, { text, uri });
        }
        walk(s.children, s);
      }
    };
    if (Array.isArray(res.result)) walk(res.result);
  }

  async op_workspaceSymbol() {
    const r = this.rng;
    const query = r.pick(['', 'a', 'Lab', 'liaohe', '浑南', '渾南', '科技', 'ハイテク', 'ＨＵＮＮＡＮ', '\uD800', '.*', '(', '%', genEntity(r), 'x'.repeat(r.range(1, 5000))]);
    this.logOp(`workspace/symbol ${JSON.stringify(query.slice(0, 30))}`);
    const res = await this.request('workspace/symbol', { query });
    this.checkLocations((res.result ?? []).map((s) => s.location).filter(Boolean), 'workspace/symbol');
  }

  async op_inlayHint(uri = this.pickTarget()) {
    const text = this.viewOf(uri) ?? '';
    const range = this.rng.chance(0.5) ? { start: { line: 0, character: 0 }, end: positionOf(tableFor(text), text.length) } : this.genRange(text);
    this.logOp(`inlayHint ${path.basename(uri)}`);
    const res = await this.request('textDocument/inlayHint', { ...this.docParams(uri), range }, { target: uri, text });
    for (const h of res.result ?? []) {
      const bad = checkPosition(h.position, tableFor(text));
      if (bad?.bad) this.checkRangeFor(uri, { start: h.position, end: h.position }, 'inlayHint.position', text);
      const label = typeof h.label === 'string' ? h.label : (h.label ?? []).map((p) => p.value).join('');
      if (/undefined|NaN|Infinity|\[object/.test(label)) this.fail('suspicious-inlay-hint', normalizeMessage(label), { hint: h }, { text, uri });
    }
  }

  async op_codeLens(uri = this.pickTarget()) {
    const text = this.viewOf(uri) ?? '';
    this.logOp(`codeLens ${path.basename(uri)}`);
    const res = await this.request('textDocument/codeLens', this.docParams(uri), { target: uri, text });
    for (const lens of res.result ?? []) {
      this.checkRangeFor(uri, lens.range, 'codeLens.range', text);
      if (lens.command && this.rng.chance(0.5)) {
        // "Execute" it: the server offers no executeCommandProvider, so ask the server (expect an error, not a hang) and do what the client command does.
        await this.request('workspace/executeCommand', { command: lens.command.command, arguments: lens.command.arguments ?? [] });
        if (lens.command.command === 'releaseLens.compareVersions') await this.op_comparison(lens.command.arguments?.[0] ?? uri);
      }
    }
  }

  async op_comparison(uri = this.pickTarget()) {
    this.logOp(`releaseLens/comparison ${path.basename(String(uri))}`);
    const res = await this.request('releaseLens/comparison', { uri }, { target: uri });
    const c = res.result;
    if (!c) return;
    for (const v of c.versions ?? []) this.noteServerUri(v.uri, 'comparison.versions');
    for (const row of c.rows ?? []) {
      if (!Array.isArray(row.cells) || row.cells.length !== (c.versions ?? []).length) this.fail('protocol-violation', 'comparison row with a different number of cells than versions', row);
      for (const cell of row.cells ?? []) {
        if (!cell) continue;
        this.noteServerUri(cell.uri, 'comparison.cell');
        if (this.checkRangeFor(cell.uri, cell.range, 'comparison.cell.range')) {
          const view = this.viewOf(cell.uri);
          const t = tableFor(view);
          const got = view.slice(offsetOf(t, cell.range.start), offsetOf(t, cell.range.end));
          if (this.settled && got !== cell.text) this.fail('comparison-cell-text-mismatch', 'comparison cell text differs from the text at its range', { cell, textAtRange: got }, { text: view, uri: cell.uri });
        }
      }
    }
  }

  async op_knownEntities() {
    this.logOp('releaseLens/knownEntities');
    const res = await this.request('releaseLens/knownEntities', undefined);
    if (res.result && !Array.isArray(res.result)) this.fail('protocol-violation', 'knownEntities is not an array', typeof res.result);
  }

  catalogView() {
    const o = this.open.get(this.catalogUri);
    if (o) return { text: o.doc.getText(), open: true };
    return { text: this.catalogBytes ? this.catalogBytes.toString('utf8').replace(/^\uFEFF/, '') : undefined, open: false };
  }

  /** Validates the edits of a WorkspaceEdit; for the catalog, refuses edits of a catalog that does not parse. */
  validateWorkspaceEdit(edit, where) {
    if (!edit) return false;
    let ok = true;
    const each = [];
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) each.push([uri, edits]);
    for (const dc of edit.documentChanges ?? []) {
      if (dc.kind) { if (dc.kind !== 'create') countInto(report.logWarnings, `${where}: resource op ${dc.kind}`); continue; }
      each.push([dc.textDocument?.uri, dc.edits]);
    }
    for (const [uri, edits] of each) {
      this.noteServerUri(uri, where);
      const isCatalog = uriPath(uri) === this.catalogPath;
      const view = isCatalog ? this.catalogView().text ?? '' : this.viewOf(uri);
      if (isCatalog && (edits ?? []).length) {
        const kind = judgeCatalog(view);
        if (kind === 'syntax' || kind === 'schema' || ['syntax', 'schema'].includes(this.catalogKindNow())) {
          this.fail('catalog-edit-on-malformed-catalog', `${where}: edits offered for a catalog that does not parse or validate`, { kind, catalogKind: this.catalogKindNow(), edits }, { text: view, uri });
          ok = false;
        }
      }
      if (view === undefined) { if (!isCatalog) this.fail('dangling-location', `${where}: edit for a file that neither is open nor exists`, { uri }); continue; }
      const t = tableFor(view);
      for (const e of edits ?? []) {
        if (!this.checkRangeFor(uri, e.range, `${where}.edit`, view)) ok = false;
        if (typeof e.newText !== 'string') { this.fail('protocol-violation', `${where}: edit without newText`, e); ok = false; }
      }
      // Overlapping edits in one change set are not allowed by LSP.
      const sorted = (edits ?? []).map((e) => [offsetOf(t, e.range.start), offsetOf(t, e.range.end)]).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < sorted.length; i++) if (sorted[i][0] < sorted[i - 1][1]) { this.fail('protocol-violation', `${where}: overlapping edits`, edits); ok = false; }
    }
    return ok;
  }

  catalogKindNow() {
    const v = this.catalogView();
    if (v.text === undefined) return 'absent';
    const j = judgeCatalog(v.text);
    if (j !== 'unknown-but-plausible') return j;
    // What the harness generated, while the disk text is the one it wrote.
    if (!v.open && (this.catalogKind === 'syntax' || this.catalogKind === 'schema')) return this.catalogKind;
    return 'valid';
  }

  /** Applies an approved WorkspaceEdit like an editor: open documents by didChange, the catalog (closed) on disk + a watched-file event. */
  async applyWorkspaceEdit(edit, why) {
    const groups = new Map();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) groups.set(uri, edits);
    for (const dc of edit.documentChanges ?? []) if (!dc.kind) groups.set(dc.textDocument.uri, [...(groups.get(dc.textDocument.uri) ?? []), ...dc.edits]);
    for (const [uri, edits] of groups) {
      const isCatalog = uriPath(uri) === this.catalogPath;
      const o = this.open.get(uri) ?? (isCatalog ? this.open.get(this.catalogUri) : undefined);
      if (o) {
        const before = o.doc.getText();
        const after = TextDocument.applyEdits(o.doc, edits);
        TextDocument.update(o.doc, [{ text: after }], this.nextVersion(o.doc.uri));
        this.recordVersion(o);
        this.notify('textDocument/didChange', { textDocument: { uri: o.doc.uri, version: o.doc.version }, contentChanges: [{ text: after }] });
        this.logOp(`applied ${why} to open ${path.basename(uri)} (${before.length} -> ${after.length})`);
      } else if (isCatalog) {
        const before = this.catalogBytes ? this.catalogBytes.toString('utf8') : '';
        const tmp = TextDocument.create(uri, 'json', 0, before);
        const after = TextDocument.applyEdits(tmp, edits);
        const kindBefore = this.catalogKindNow();
        this.writeCatalog(after, 'unknown');
        const publishes = this.catalogPublishes;
        this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(this.catalogPath).toString(), type: before ? 2 : 1 }] });
        this.logOp(`applied ${why} to the catalog on disk (${before.length} -> ${after.length})`);
        const t0 = Date.now();
        while (this.catalogPublishes === publishes && Date.now() - t0 < OPTS.requestTimeout && this.server.alive) await sleep(20);
        const syntax = judgeCatalog(after);
        const serverSaysBroken = this.catalogPublishes !== publishes && (this.lastCatalogDiagnostics ?? []).length > 0;
        if (syntax === 'syntax' || syntax === 'schema' || serverSaysBroken) {
          this.fail('catalog-corrupted-by-server-edit', `${why}: applying the server's catalog edit left an invalid catalog`, { kindBefore, syntax, serverDiagnostics: this.lastCatalogDiagnostics, before: before.slice(0, 4000), after: after.slice(0, 4000), edits });
          this.catalogKind = 'schema';
        } else this.catalogKind = 'valid';
      }
    }
  }

  async op_codeAction() {
    const r = this.rng;
    const uri = this.pickTarget();
    const text = this.viewOf(uri) ?? '';
    const published = this.diags.get(uri)?.diagnostics ?? [];
    let diagnostics;
    if (published.length && r.chance(0.8)) diagnostics = r.chance(0.5) ? published : [r.pick(published)];
    else diagnostics = [{ range: this.genRange(text), message: 'fake', source: 'Release Lens', code: r.pick(['figure-mismatch', 'figure-missing', 'catalog', '', 'x']), data: r.pick([undefined, { fingerprint: 'nope' }, 'str', null]) }];
    const range = diagnostics[0]?.range ?? this.genRange(text);
    this.logOp(`codeAction ${path.basename(uri)} with ${diagnostics.length} diagnostics`);
    const res = await this.request('textDocument/codeAction', { ...this.docParams(uri), range, context: { diagnostics, only: r.chance(0.2) ? ['quickfix'] : undefined, triggerKind: r.pick([1, 2]) } }, { target: uri, text });
    const actions = res.result ?? [];
    if (!Array.isArray(actions)) { this.fail('protocol-violation', 'codeAction result not an array', actions); return; }
    const valid = [];
    for (const a of actions) {
      if (!a.title) this.fail('protocol-violation', 'code action without a title', a);
      if (a.edit && this.validateWorkspaceEdit(a.edit, 'codeAction')) valid.push(a);
      if (a.command) valid.push(a);
    }
    // Apply one, as a user picking a quick fix would (a separate stream of randomness: this depends on the answer).
    if (valid.length && this.rngR.chance(0.5)) {
      const a = this.rngR.pick(valid);
      if (a.edit) {
        await this.applyWorkspaceEdit(a.edit, `code action "${a.title}"`);
        const edits = a.edit.changes?.[uri];
        if (edits?.length && a.diagnostics?.[0]?.code && a.kind === 'quickfix' && a.isPreferred && this.open.has(uri)) this.pendingFixChecks.push({ uri, code: a.diagnostics[0].code, start: edits[0].range.start, title: a.title, op: this.opIndex, version: this.open.get(uri).doc.version, newText: edits[0].newText });
      }
      if (a.command) await this.request('workspace/executeCommand', { command: a.command.command ?? a.command, arguments: a.command.arguments ?? [] });
    }
  }

  async op_rename() {
    const r = this.rng;
    const uri = this.pickTarget();
    const text = this.viewOf(uri) ?? '';
    const position = this.genPosition(text);
    this.logOp(`prepareRename/rename ${path.basename(uri)} ${position.line}:${position.character}`);
    const prep = await this.request('textDocument/prepareRename', { ...this.docParams(uri), position }, { target: uri, text });
    if (prep.result?.range) this.checkRangeFor(uri, prep.result.range, 'prepareRename.range', text);
    else if (prep.result?.start) this.checkRangeFor(uri, prep.result, 'prepareRename', text);
    if (!prep.result && r.chance(0.7)) return;
    const newName = r.pick(['Liaohe Lab', '辽河实验室二', '  ', '', 'a"b\\c', 'line\nbreak', '\uD800', 'x'.repeat(r.range(1, 20000)), '{"entities":[]}', '遼河ラボ', '😀 Lab']);
    const res = await this.request('textDocument/rename', { ...this.docParams(uri), position, newName }, { target: uri, text });
    if (res.result && this.validateWorkspaceEdit(res.result, 'rename') && this.rngR.chance(0.6)) await this.applyWorkspaceEdit(res.result, `rename to ${JSON.stringify(newName.slice(0, 20))}`);
  }

  async op_annotate() {
    const r = this.rng;
    const uri = this.pickTarget();
    const text = this.viewOf(uri) ?? '';
    const range = this.genRange(text);
    const t = tableFor(text);
    const sel = text.slice(offsetOf(t, range.start), Math.min(offsetOf(t, range.end), offsetOf(t, range.start) + 200));
    const params = { uri, text: r.chance(0.8) ? sel : r.pick(['', ' ', '\uD800', 'x'.repeat(5000), '辽河实验室']), type: r.pick([undefined, 'zone', 'lab', 'project', 'organization', 'city']), entityId: r.chance(0.3) ? r.pick(['lab:liaohe-laboratory', 'zone:nope', '', 'bad id']) : undefined };
    this.logOp(`releaseLens/annotate ${JSON.stringify(params.text.slice(0, 20))} as ${params.type ?? params.entityId}`);
    const res = await this.request('releaseLens/annotate', params, { target: uri, text });
    const a = res.result;
    if (!a) return;
    if (a.edits?.length) {
      const edit = { changes: { [a.catalogUri]: a.edits } };
      if (this.validateWorkspaceEdit(edit, 'annotate') && this.rngR.chance(0.6)) await this.applyWorkspaceEdit(edit, 'annotate');
    } else if (!a.error && !a.edits) this.fail('protocol-violation', 'annotate result without edits or error', a);
  }

  async op_cancel() {
    const r = this.rng;
    const uri = this.pickTarget();
    const text = this.viewOf(uri) ?? '';
    const method = r.pick(['textDocument/hover', 'textDocument/references', 'textDocument/semanticTokens/full', 'workspace/symbol', 'textDocument/codeLens', 'textDocument/documentSymbol']);
    const params = method === 'workspace/symbol' ? { query: 'a' } : { ...this.docParams(uri), position: this.genPosition(text), context: { includeDeclaration: true } };
    this.logOp(`cancel ${method}`);
    this.requests++;
    countInto(this.stats.byMethod, `${method} (cancelled)`);
    const { id, promise } = this.server.request(method, params, OPTS.requestTimeout);
    if (r.chance(0.5)) await sleep(r.int(3));
    this.notify('$/cancelRequest', { id: r.chance(0.9) ? id : id + 1000 });
    const res = await promise;
    if (res.timeout) { report.hangs++; this.fail('hang', `cancelled ${method} never answered`, { method, params: truncateDeep(params) }); await this.recoverIfStuck(); }
    else if (res.error && res.error.code !== -32800 && res.error.code !== -32603) countInto(this.stats.byMethod, `${method} (cancelled) -> error ${res.error.code}`);
    else if (res.error?.code === -32603) this.fail('request-internal-error', `${method} (cancelled): ${normalizeMessage(res.error.message)}`, res.error);
  }

  async op_malformed() {
    this.malformedOp = true;
    try { await this.malformedInner(); } finally { this.malformedOp = false; }
  }

  async malformedInner() {
    const r = this.rng;
    const k = r.int(14);
    const expectAnswer = async (method, params, label, codes) => {
      this.requests++;
      const res = await this.request(method, params, { count: false });
      if (res.timeout) return;
      if (res.error && codes && !codes.includes(res.error.code)) countInto(report.logWarnings, `${label}: error code ${res.error.code}`);
      if (!res.error && codes?.includes(-32601)) this.fail('malformed-accepted', `${label}: answered with a result`, res.result);
    };
    const uri = this.pickOpen() ?? 'file:///x.release';
    switch (k) {
      case 0: this.logOp('malformed: unknown request method'); await expectAnswer('textDocument/fooBar', {}, 'unknown method', [-32601]); break;
      case 1: this.logOp('malformed: unknown notification'); this.notify('foo/bar', { x: 1 }); break;
      case 2: this.logOp('malformed: hover with {} params'); await expectAnswer('textDocument/hover', {}, 'hover {}'); break;
      case 3: this.logOp('malformed: hover with string position'); await expectAnswer('textDocument/hover', { textDocument: { uri }, position: { line: 'x', character: -1 } }, 'hover bad position'); break;
      case 4: this.logOp('malformed: hover with negative position'); await expectAnswer('textDocument/hover', { textDocument: { uri }, position: { line: -3, character: -7 } }, 'hover negative'); break;
      case 5: this.logOp('malformed: references without params'); await expectAnswer('textDocument/references', undefined, 'references no params'); break;
      case 6: this.logOp('malformed: semanticTokens range with null range'); await expectAnswer('textDocument/semanticTokens/range', { textDocument: { uri }, range: null }, 'tokens null range'); break;
      case 7: this.logOp('malformed: didChange for a document never opened'); this.notify('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.release', version: 2 }, contentChanges: [{ text: 'x' }] }); break;
      case 8: this.logOp('malformed: didOpen with null text'); this.notify('textDocument/didOpen', { textDocument: { uri: vscodeUri(path.join(this.ws, 'releases', `null-${this.opIndex}.release`)), languageId: 'press-release', version: 1, text: null } }); break;
      case 9: this.logOp('malformed: invalid JSON body'); this.server.writeRaw('{"jsonrpc":"2.0","id":'); break;
      case 10: this.logOp('malformed: batch array'); this.server.writeRaw(JSON.stringify([{ jsonrpc: '2.0', method: 'foo' }])); break;
      case 11: this.logOp('malformed: request with string id'); { const { promise } = this.server.request('textDocument/documentSymbol', { textDocument: { uri } }, OPTS.requestTimeout, `str-${this.opIndex}`); const res = await promise; if (res.timeout) this.fail('hang', 'request with a string id never answered', {}); } break;
      case 12: this.logOp('malformed: codeAction with junk context'); await expectAnswer('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ range: null, message: 1, source: 'Release Lens', code: {} }, null] } }, 'codeAction junk'); break;
      default: this.logOp('malformed: rename with non-string newName'); await expectAnswer('textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 0 }, newName: 42 }, 'rename 42'); break;
    }
    // Still alive and answering?
    await this.probe('after malformed input');
  }

  async probe(why) {
    if (!this.server.alive) return;
    const { promise } = this.server.request('textDocument/documentSymbol', { textDocument: { uri: this.pickOpen() ?? 'file:///nonexistent.release' } }, OPTS.requestTimeout);
    const res = await promise;
    if (res.timeout) { report.hangs++; this.fail('hang', `server stopped answering ${why}`, { lastOps: this.lastOps.slice(-5) }); await this.recoverIfStuck(); }
  }

  /** Waits (bounded) until every open release has diagnostics for its current version and the server is quiet; then checks strictly. */
  async op_settle() {
    this.logOp('settle');
    const t0 = Date.now();
    const limit = OPTS.requestTimeout;
    const waiting = () => [...this.open.entries()].filter(([u, o]) => this.isCertainRelease(u, o.languageId) && this.diags.get(u)?.version !== o.doc.version && !this.reportedMissing.has(`${u}@${o.doc.version}`));
    let missing = [];
    while (Date.now() - t0 < limit && this.server.alive) {
      missing = waiting();
      if (!missing.length && Date.now() - this.server.lastMessageAt > 400) break;
      await sleep(25);
    }
    countInto(this.stats.byOp, 'settle.ms', Date.now() - t0);
    if (!this.server.alive) return;
    for (const [u, o] of missing) {
      const size = o.doc.getText().length;
      this.reportedMissing.add(`${u}@${o.doc.version}`);
      this.fail('missing-diagnostics', `no diagnostics for the current version within ${limit / 1000} s${size > 500000 ? ' (document over 500 KB)' : ''}`, { uri: u, version: o.doc.version, lastPublished: this.diags.get(u)?.version, size }, { text: o.doc.getText(), uri: u });
    }
    const unsettled = [...this.open.entries()].some(([u, o]) => this.isCertainRelease(u, o.languageId) && this.diags.get(u)?.version !== o.doc.version);
    if (unsettled) return;
    this.settled = true;
    // Findings left in the Problems panel for documents that no longer exist (closed and never saved, deleted).
    for (const [u, p] of this.diags) {
      if (p.diagnostics.length && this.viewOf(u) === undefined) this.fail('ghost-diagnostics-persist', 'findings stay published for a document that is neither open nor on disk', { uri: u, count: p.diagnostics.length, codes: [...new Set(p.diagnostics.map((d) => d.code))] });
    }
    // Applied quick fixes: the finding they fixed should be gone now.
    for (const fix of this.pendingFixChecks.splice(0)) {
      const d = this.diags.get(fix.uri)?.diagnostics ?? [];
      if (this.open.get(fix.uri)?.doc.version === fix.version && this.diags.get(fix.uri)?.version === fix.version && d.some((x) => x.code === fix.code && x.range.start.line === fix.start.line && x.range.start.character === fix.start.character)) {
        this.fail('quick-fix-ineffective', `${fix.code}: the finding is still there after applying "${normalizeMessage(fix.title)}"`, fix, { text: this.viewOf(fix.uri), uri: fix.uri });
      }
    }
    // Strict checks now that the server says it has caught up. Out-of-bounds answers are verified
    // once more after 1.5 s: if they are fine then, the server had published diagnostics for the
    // current version before it had analysed it (the version it claimed was not the one it read).
    const uris = [...this.open.keys()].sort();
    const picked = [];
    for (let i = 0; i < Math.min(3, uris.length); i++) picked.push(this.rng.pick(uris));
    const probeAll = async () => {
      for (const u of picked) {
        const saved = this.rng;
        this.rng = new Rng(`${this.seed}:${this.opIndex}:${u}`); // the same positions on both passes
        try {
          await this.op_semanticTokensFull(u);
          await this.op_documentSymbol(u);
          await this.op_hover(u);
        } finally { this.rng = saved; }
      }
    };
    this.capture = [];
    await probeAll();
    const first = this.capture;
    this.capture = null;
    if (!first.length || !this.settled) return;
    await sleep(1500);
    this.capture = [];
    await probeAll();
    const second = this.capture;
    this.capture = null;
    if (second.length) for (const f of second) this.fail(f.category, f.signature, f.detail, f.extra);
    else {
      const f = first[0];
      this.fail('answered-from-older-text-after-diagnostics-for-current-version', f.signature, { ...f.detail, note: 'diagnostics for the current version had been published and the server was quiet for 400 ms, yet this answer fit an older text; 1.5 s later the same request was fine' }, f.extra);
    }
  }

  async op_restart() {
    if (this.restarts >= 6) return this.op_settle();
    this.logOp('restart (shutdown, exit, start again from the disk cache)');
    await this.shutdown(true);
    // Sometimes the cache is damaged between sessions (a crash mid-write, a full disk).
    const cacheDir = path.join(this.storage, 'analysis-cache');
    if (this.rng.chance(0.5) && fs.existsSync(cacheDir)) {
      for (const f of fs.readdirSync(cacheDir).sort()) {
        const p = path.join(cacheDir, f);
        try {
          const b = fs.readFileSync(p);
          fs.writeFileSync(p, this.rng.chance(0.5) ? b.subarray(0, this.rng.int(b.length)) : Buffer.concat([b, Buffer.from('\n{"garbage": [1,2,\n\u0000\n')]));
        } catch { /* not a file */ }
      }
      this.logOp('damaged the analysis cache');
    }
    await this.restartServer('planned');
  }

  async restartServer(why) {
    this.restarts++;
    report.restarts++;
    this.diags.clear();
    this.lastStatus = undefined;
    this.settled = false;
    const ok = await this.start();
    if (!ok) return false;
    // Re-sync open documents like an editor does after a server restart.
    for (const [uri, o] of this.open) {
      this.notify('textDocument/didOpen', { textDocument: { uri, languageId: o.languageId, version: o.doc.version, text: o.doc.getText() } });
    }
    this.logOp(`server restarted (${why})`);
    return true;
  }

  // ---------------------------------------------------------------- after each op

  afterOp() {
    this.scanStderr();
    // The server never writes the catalog (only the client does, applying edits it approved).
    let disk = null;
    try { disk = fs.readFileSync(this.catalogPath); } catch { disk = null; }
    const same = disk === null ? this.catalogBytes === null : this.catalogBytes !== null && disk.equals(this.catalogBytes);
    if (!same) {
      this.fail('catalog-written-by-server', this.catalogKind === 'syntax' || this.catalogKind === 'schema' ? 'a malformed catalog was rewritten on disk' : 'the catalog on disk changed without an approved edit', { expected: this.catalogBytes?.toString('utf8').slice(0, 4000) ?? null, found: disk?.toString('utf8').slice(0, 4000) ?? null, kind: this.catalogKind });
      this.catalogBytes = disk;
    }
  }

  workspaceSnapshot() {
    const out = new Map();
    const walk = (dir, depth) => {
      if (depth > 6) return;
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isSymbolicLink()) continue;
        if (e.isDirectory()) walk(p, depth + 1);
        else if (e.isFile()) { const s = fs.statSync(p); out.set(p, `${s.size}:${s.mtimeMs}`); }
      }
    };
    walk(this.ws, 0);
    return out;
  }

  // ---------------------------------------------------------------- main loop

  async run() {
    this.closedHistory = new Map();
    this.traceFd = fs.openSync(path.join(OPTS.failures, `trace-seed-${this.seed}.log`), 'w');
    this.setupWorkspace();
    const startedAt = performance.now();
    if (!(await this.start())) return this.summary(startedAt);
    let snapshot = this.workspaceSnapshot();
    for (let i = 0; i < this.iterations && Date.now() < this.deadline && Date.now() < GLOBAL_DEADLINE; i++) {
      this.opIndex = i;
      const kind = this.rng.weighted(OP_WEIGHTS);
      countInto(this.stats.byOp, kind);
      const before = this.ops;
      try {
        await this[`op_${kind}`]();
      } catch (error) {
        report.harnessErrors.push(`seed ${this.seed} op ${i} ${kind}: ${error.stack ?? error}`.slice(0, 2000));
      }
      if (this.ops === before) this.ops++;
      this.afterOp();
      if (i % 7 === 0 && ['open', 'change', 'close', 'diskFile', 'catalog', 'config', 'catalogEditor'].includes(kind)) await this.probe('after a notification');
      if (i % 100 === 99) {
        // Files the harness did not write (the server writes only to its storage folder).
        const now = this.workspaceSnapshot();
        for (const [p, sig] of now) {
          if (!snapshot.has(p) || snapshot.get(p) !== sig) {
            const known = this.diskFiles.has(p) || p === this.catalogPath;
            if (!known) this.fail('unexpected-file-write', `a file appeared or changed in the workspace: ${path.relative(this.ws, p).replace(/\d+/g, 'N')}`, { path: p });
          }
        }
        snapshot = now;
      }
      if (!this.server.alive) {
        const ex = this.server.exited;
        const tail = this.stderrBuf.slice(-4000);
        this.scanStderr();
        if (!this.killedByHarness) {
          report.crashes++;
          this.fail('crash', `server exited (code ${ex?.code}, signal ${ex?.signal})`, { exit: ex, stderrTail: tail });
        }
        this.killedByHarness = false;
        if (this.restarts >= 8 || !(await this.restartServer('after a crash'))) break;
      }
      if (!OPTS.quiet && i % 250 === 0) process.stderr.write(`[seed ${this.seed}] op ${i} ops=${this.ops} failures=${Object.values(report.failures).reduce((a, c) => a + c.count, 0)} ${((performance.now() - startedAt) / 1000).toFixed(0)}s\n`);
    }
    await this.op_settle().catch(() => undefined);
    await this.shutdown(true);
    this.scanStderr();
    fs.closeSync(this.traceFd);
    return this.summary(startedAt);
  }

  summary(startedAt) {
    const seconds = (performance.now() - startedAt) / 1000;
    const lat = {};
    for (const [m, list] of Object.entries(this.stats.latencies)) {
      const s = [...list].sort((a, b) => a - b);
      lat[m] = { n: s.length, p50: +s[Math.floor(s.length / 2)]?.toFixed(1), p99: +s[Math.floor(s.length * 0.99)]?.toFixed(1), max: +s[s.length - 1]?.toFixed(1) };
    }
    if (!OPTS.keep) fs.rmSync(this.base, { recursive: true, force: true });
    return { seed: this.seed, ops: this.ops, requests: this.requests, notifications: this.notifications, seconds: +seconds.toFixed(1), opsPerSecond: +(this.ops / seconds).toFixed(1), restarts: this.restarts, lastOp: this.opIndex, byOp: this.stats.byOp, byMethod: this.stats.byMethod, latencyMs: lat };
  }
}

// ------------------------------------------------------------------ repro / minimize (one document, one request)

async function repro(file) {
  const rec = JSON.parse(fs.readFileSync(file, 'utf8'));
  const text = rec.text;
  if (typeof text !== 'string') throw new Error('the failure record has no full text (too large); reproduce it with its seed instead');
  const run = new FuzzRun(`repro`, 0, Date.now() + 600000);
  run.closedHistory = new Map();
  fs.mkdirSync(path.join(run.ws, 'samples'), { recursive: true });
  fs.mkdirSync(path.join(run.ws, 'releases'), { recursive: true });
  for (const s of SAMPLES) fs.writeFileSync(path.join(run.ws, 'samples', s.name), s.text);
  if (rec.catalogText) run.writeCatalog(rec.catalogText, rec.catalogKind ?? 'unknown');
  run.settings = rec.settings ?? {};
  await run.start();
  const rel = rec.uri && uriPath(rec.uri) ? path.relative(run.ws.replace(/ws$/, 'ws'), uriPath(rec.uri)) : 'releases/repro.release';
  const baseName = path.basename(rel).replace(/^[^.]*/, '');
  let attempt = 0;
  const tryText = async (t) => {
    attempt++;
    const p = path.join(run.ws, path.dirname(rel).split(path.sep).slice(-1)[0] || 'releases', `min-${attempt}${baseName || '.release'}`);
    const uri = vscodeUri(p);
    const before = JSON.stringify(report.failures);
    const doc = TextDocument.create(uri, 'press-release', 1, t);
    const o = { doc, languageId: 'press-release', history: new Map() };
    run.recordVersion(o);
    run.open.set(uri, o);
    run.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'press-release', version: 1, text: t } });
    await run.op_settle();
    run.settled = true;
    await run.op_semanticTokensFull(uri);
    await run.op_documentSymbol(uri);
    await run.op_inlayHint(uri);
    await run.op_codeLens(uri);
    const req0 = rec.detail?.request ?? rec.request;
    if (req0?.method === 'textDocument/hover' && req0.position) {
      const res = await run.request('textDocument/hover', { textDocument: { uri }, position: req0.position });
      if (res.result?.range) run.checkRangeFor(uri, res.result.range, 'hover.range', t);
    }
    await run.op_close(uri);
    return JSON.stringify(report.failures) !== before;
  };
  const first = await tryText(text);
  let best = text;
  if (first && OPTS.minimize) {
    // ddmin over lines, then characters; bounded.
    for (const unit of ['line', 'char']) {
      let parts = unit === 'line' ? best.split(/(?<=\n)/) : Array.from(best);
      let n = 2;
      while (parts.length >= 2 && attempt < 400) {
        const size = Math.ceil(parts.length / n);
        let reduced = false;
        for (let i = 0; i < n && attempt < 400; i++) {
          const candidate = [...parts.slice(0, i * size), ...parts.slice((i + 1) * size)];
          if (!candidate.length) continue;
          if (await tryText(candidate.join(''))) { parts = candidate; n = Math.max(n - 1, 2); reduced = true; break; }
        }
        if (!reduced) { if (n >= parts.length) break; n = Math.min(parts.length, n * 2); }
      }
      best = parts.join('');
    }
  }
  await run.shutdown(false);
  if (!OPTS.keep) fs.rmSync(run.base, { recursive: true, force: true });
  const out = { reproduced: first, attempts: attempt, minimal: first ? best : undefined, minimalLength: first ? best.length : undefined, failures: report.failures };
  if (first && OPTS.minimize) fs.writeFileSync(file.replace(/\.json$/, '.min.txt'), best);
  return out;
}

// ------------------------------------------------------------------ CLI fuzz

function cliFuzz(seed, cases, deadline) {
  const r = new Rng(`cli:${seed}`);
  const base = fs.mkdtempSync(path.join(os.tmpdir(), `cli-fuzz-${seed}-`));
  const argv0 = splitCmd(OPTS.cliCmd);
  const isRoot = process.getuid?.() === 0;
  const notes = new Set();
  const misbehave = (check, detail, caseInfo) => {
    countInto(report.cli.misbehaviours, check);
    recordFailure('cli', check, detail, { seed: `cli:${seed}`, op: caseInfo.index, case: caseInfo });
  };
  const files = { good: [], bad: [] };
  const write = (name, content) => {
    const p = path.join(base, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
  };
  // Fixed fixtures.
  const samplesDir = path.join(base, 'samples');
  for (const s of SAMPLES) write(`samples/${s.name}`, s.text);
  const mismatchDir = path.join(base, 'mismatch');
  for (const s of SAMPLES.filter((x) => x.name.startsWith('hunnan'))) write(`mismatch/${s.name}`, s.name.includes('.ja.') ? s.text.replace('28キロ', '38キロ') : s.text);
  const loopDir = path.join(base, 'loops');
  fs.mkdirSync(loopDir, { recursive: true });
  write('loops/a.txt', SAMPLES[0]?.text ?? 'x');
  try {
    fs.symlinkSync(loopDir, path.join(loopDir, 'self'));
    fs.symlinkSync(path.join(loopDir, 'b'), path.join(loopDir, 'a-link'));
    fs.symlinkSync(path.join(loopDir, 'a-link'), path.join(loopDir, 'b'));
    fs.symlinkSync(path.join(loopDir, 'missing.txt'), path.join(loopDir, 'dangling.txt'));
    fs.symlinkSync(path.join(loopDir, 'a.txt'), path.join(loopDir, 'file-link.txt'));
  } catch { notes.add('symlinks could not be created'); }
  const fifo = path.join(base, 'fifo.txt');
  try { spawnSync('mkfifo', [fifo]); } catch { /* none */ }
  const unreadable = write('unreadable.txt', SAMPLES[1]?.text ?? 'x');
  fs.chmodSync(unreadable, 0o000);
  const unreadableDir = path.join(base, 'locked');
  fs.mkdirSync(unreadableDir);
  write('locked/inside.txt', 'Hunnan 28 km');
  fs.chmodSync(unreadableDir, 0o000);
  if (isRoot) notes.add('running as root: chmod 000 files and folders are still readable, so the permission-denied path is not exercised');
  const big = path.join(base, 'big20mb.txt');
  {
    const unit = Buffer.from((SAMPLES[2]?.text ?? 'Hunnan 28 km\n') + '\n');
    const chunks = [];
    let size = 0;
    while (size < 20 * 1024 * 1024) { chunks.push(unit); size += unit.length; }
    fs.writeFileSync(big, Buffer.concat(chunks));
  }

  const genFile = (i) => {
    const k = r.int(16);
    const name = r.pick([`f${i}.txt`, `f ${i} (1).txt`, `f${i}.release`, `ファイル${i}.txt`, `f${i}.md`, `-f${i}.txt`, `f${i}\nnewline.txt`]);
    let content;
    let expect = 'ok';
    switch (k) {
      case 0: case 1: case 2: content = Buffer.from(mutate(r, r.pick(SAMPLES).text, r.range(1, 5))); break;
      case 3: content = Buffer.from(r.pick(SAMPLES).text); break;
      case 4: content = Buffer.from(Array.from({ length: r.range(1, 5000) }, () => r.int(256))); expect = 'unreadable'; if (!content.subarray(0, 8192).includes(0)) content[0] = 0; break;
      case 5: content = Buffer.concat([Buffer.from('Hunnan 28 km '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]), Buffer.from(' end')]); expect = 'unreadable'; break;
      case 6: content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(r.pick(SAMPLES).text)]); expect = 'bom'; break;
      case 7: content = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(r.pick(SAMPLES).text, 'utf16le')]); expect = 'unreadable'; break;
      case 8: content = Buffer.from(r.pick(SAMPLES).text, 'utf16le').swap16(); content = Buffer.concat([Buffer.from([0xfe, 0xff]), content]); expect = 'unreadable'; break;
      case 9: content = Buffer.alloc(0); break;
      case 10: content = Buffer.from(r.pick([' \n\n ', '\r\n\r\n', '\uFEFF'])); break;
      case 11: content = Buffer.from(mutate(r, r.pick(SAMPLES).text, 1).replace(/\n/g, r.pick(['\r\n', '\r']))); break;
      case 12: content = Buffer.from(genEdgeText(r).replace(/[\uD800-\uDFFF]/g, '?')); break;
      case 13: content = Buffer.from(genSynthetic(r)); break;
      case 14: content = Buffer.from([0xed, 0xa0, 0x80, 0x41]); expect = 'unreadable'; break; // CESU-8 lone surrogate
      default: content = Buffer.from('x'.repeat(r.range(1, 4000)) + '\n' + '1'.repeat(r.range(1, 200000))); break;
    }
    const p = write(`gen/${i}/${name}`, content);
    return { path: p, expect, bytes: content };
  };

  const checkJson = (stdout, info, fileTexts) => {
    let j;
    try { j = JSON.parse(stdout); } catch (e) { misbehave('json-invalid', { error: String(e), stdoutHead: stdout.slice(0, 500) }, info); return; }
    if (j.version !== 1 || !Array.isArray(j.documents)) { misbehave('json-shape', { keys: Object.keys(j) }, info); return; }
    const seen = new Map();
    for (const d of j.documents) {
      if (typeof d.path !== 'string' || !['ja', 'zh', 'en', 'mixed'].includes(d.language) || !(d.family === null || typeof d.family === 'string')) misbehave('json-document-fields', { path: d.path, language: d.language, family: d.family }, info);
      const abs = path.resolve(info.cwd, d.path);
      if (seen.has(abs)) misbehave('json-duplicate-document', { path: d.path, other: seen.get(abs) }, info);
      seen.set(abs, d.path);
      let text = fileTexts.get(abs);
      if (text === undefined) { try { text = fs.readFileSync(abs, 'utf8'); } catch { text = undefined; } }
      if (text === undefined) continue;
      const hadBom = text.charCodeAt(0) === 0xfeff;
      const stripped = hadBom ? text.slice(1) : text;
      const table = lineTable(stripped);
      const checkSpan = (kind, x) => {
        if (!isInt(x.start) || !isInt(x.end) || x.end < x.start || x.end > stripped.length) { misbehave(`json-${kind}-offsets-out-of-bounds`, { item: x, length: stripped.length }, info); return; }
        const pos = positionOf(table, x.start);
        if (pos.line !== x.line || pos.character !== x.character) misbehave(`json-${kind}-line-character-mismatch`, { item: x, expected: pos, crInText: /\r(?!\n)/.test(stripped) }, info);
        if ('text' in x && stripped.slice(x.start, x.end) !== x.text) {
          const withBom = text.slice(x.start, x.end) === x.text;
          misbehave(`json-${kind}-text-not-at-offsets${withBom ? ' (offsets count the BOM)' : ''}`, { item: x, atOffsets: stripped.slice(x.start, x.end) }, info);
        }
      };
      for (const e of d.entities ?? []) {
        checkSpan('entity', e);
        if (!['zone', 'lab', 'project', 'organization'].includes(e.type) || typeof e.id !== 'string') misbehave('json-entity-fields', e, info);
      }
      for (const f of d.figures ?? []) {
        checkSpan('figure', f);
        const units = ['km2', 'm2', 'ha', 'mu', 'km', 'm', 'CNY', 'JPY', 'USD', 'percent', 'count', 'rank', 'date', 'year', 'year-duration', 'pflops', 'number'];
        if (!units.includes(f.unit)) misbehave('json-figure-unit-undocumented', { unit: f.unit, text: f.text }, info);
        if (!['exact', 'atLeast', 'over', 'approx', 'atMost', 'under'].includes(f.bound)) misbehave('json-figure-bound-undocumented', { bound: f.bound }, info);
        const validValue = (typeof f.value === 'number' && Number.isFinite(f.value)) || (typeof f.value === 'string' && /^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$/.test(f.value));
        if (!validValue) misbehave(`json-figure-value-invalid (${typeof f.value === 'number' ? String(f.value) : typeof f.value})`, { figure: f }, info);
        if (typeof f.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.value)) {
          const [y, m, dd] = f.value.split('-').map(Number);
          const dt = new Date(Date.UTC(y, m - 1, dd));
          if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== dd) misbehave('json-figure-impossible-date', { figure: f }, info);
        }
      }
      for (const x of d.diagnostics ?? []) {
        checkSpan('diagnostic', x);
        if (!['error', 'warning', 'information', 'hint'].includes(x.severity)) misbehave('json-diagnostic-severity', x, info);
        for (const rel of x.related ?? []) {
          const rp = path.resolve(info.cwd, rel.path);
          let rt; try { rt = fs.readFileSync(rp, 'utf8').replace(/^\uFEFF/, ''); } catch { rt = undefined; }
          if (rt === undefined) misbehave('json-related-path-unreadable', { related: rel }, info);
          else if (!isInt(rel.start) || !isInt(rel.end) || rel.end > rt.length || rel.start > rel.end) misbehave('json-related-offsets-out-of-bounds', { related: rel, length: rt.length }, info);
        }
      }
    }
    return j;
  };

  const runOne = (info) => {
    const t0 = performance.now();
    const res = spawnSync(argv0[0], [...argv0.slice(1), ...info.args], { cwd: info.cwd, encoding: 'utf8', timeout: info.timeout ?? 60000, maxBuffer: 512 * 1024 * 1024, env: { ...process.env } });
    const ms = performance.now() - t0;
    report.cli.cases++;
    countInto(report.cli.byCheck, info.kind);
    const out = { status: res.status, signal: res.signal, stdout: res.stdout ?? '', stderr: res.stderr ?? '', ms };
    if (res.error?.code === 'ETIMEDOUT' || res.signal) { misbehave(res.error?.code === 'ETIMEDOUT' ? `timeout (${(info.timeout ?? 60000) / 1000} s)` : `killed by ${res.signal}`, { args: info.args, ms }, info); return out; }
    if (![0, 1, 2].includes(res.status)) misbehave(`exit-code-${res.status}`, { args: info.args, stderr: out.stderr.slice(0, 2000) }, info);
    if (/^\s+at\s/m.test(out.stderr) || /internal error/.test(out.stderr)) {
      const sig = stackSignature(out.stderr) ?? normalizeMessage(out.stderr.split('\n')[0]);
      countInto(report.stackTraces, `cli: ${sig}`);
      misbehave(`stack-trace: ${sig}`, { args: info.args, stderr: out.stderr.slice(0, 4000) }, info);
    }
    if (res.status === 2 && !out.stderr.trim()) misbehave('exit-2-without-message', { args: info.args }, info);
    for (const line of out.stderr.split('\n').filter(Boolean)) {
      if (!/^(release-lens: |\[warn\] |\[error\] |\[info\] |Usage: |\s|Checks press|PATH may|Options:|Exit status)/.test(line) && !/^\s*$/.test(line)) { misbehave('stderr-line-not-prefixed', { line: line.slice(0, 300), args: info.args }, info); break; }
      if (/^release-lens: :|^release-lens:\s*$/.test(line)) misbehave('stderr-message-without-a-name', { line, args: info.args }, info);
      if (/\[object Object\]|undefined/.test(line)) misbehave('stderr-message-garbled', { line: line.slice(0, 300) }, info);
    }
    return out;
  };

  const started = performance.now();
  let i = 0;
  const expectations = [];
  for (; i < cases && Date.now() < deadline && Date.now() < GLOBAL_DEADLINE; i++) {
    // The fixed cases first, the two 20 MB cases last, random ones (generated files mostly) between.
    const fixed = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
    const k = i >= cases - 2 && cases >= 24 ? (i === cases - 2 ? 10 : 11) : i < fixed.length ? fixed[i] : r.chance(0.6) ? 23 : r.pick(fixed);
    const cwd = base;
    const fmt = r.chance(0.75) ? 'json' : 'text';
    const info = { index: i, kind: '', args: [], cwd };
    const fileTexts = new Map();
    let expectExit;
    let mustName = [];
    let mustReport = [];
    switch (k) {
      case 0: info.kind = 'samples folder'; info.args = ['check', '--format', fmt, 'samples']; expectExit = 0; break;
      case 1: info.kind = 'mismatched family (28 -> 38 km)'; info.args = ['check', '--format', fmt, 'mismatch']; expectExit = 1; break;
      case 2: info.kind = 'symlink loops'; info.args = ['check', '--format', fmt, 'loops']; break;
      case 3: info.kind = 'path through a symlink loop'; info.args = ['check', '--format', fmt, 'loops/self/self/self/a.txt', 'loops/a-link', 'loops/dangling.txt']; mustName = ['loops/a-link', 'loops/dangling.txt']; break;
      case 4: info.kind = 'non-existent paths'; info.args = ['check', '--format', fmt, 'samples', 'no/such/file.txt', 'nosuchdir/']; expectExit = 2; mustName = ['no/such/file.txt', 'nosuchdir/']; break;
      case 5: info.kind = 'empty-string path'; info.args = ['check', '--format', fmt, '', 'samples']; expectExit = 2; break;
      case 6: info.kind = 'unreadable file (chmod 000)'; info.args = ['check', '--format', fmt, path.relative(cwd, unreadable), 'samples']; if (!isRoot) { expectExit = 2; mustName = [path.relative(cwd, unreadable)]; } break;
      case 7: info.kind = 'unreadable folder (chmod 000)'; info.args = ['check', '--format', fmt, 'locked']; break;
      case 8: info.kind = 'fifo'; info.args = ['check', '--format', fmt, 'fifo.txt']; info.timeout = 20000; expectExit = 2; mustName = ['fifo.txt']; break;
      case 9: info.kind = 'device file'; info.args = ['check', '--format', fmt, '/dev/null', '/dev/zero']; info.timeout = 20000; break;
      case 10: info.kind = '20 MB file, default limit'; info.args = ['check', '--format', fmt, 'big20mb.txt']; expectExit = 2; mustName = ['big20mb.txt']; info.timeout = 120000; break;
      case 11: info.kind = '20 MB file, raised limit'; info.args = ['check', '--format', 'json', '--max-file-size', '30000', 'big20mb.txt']; info.timeout = 300000; break;
      case 12: info.kind = 'usage: no command'; info.args = []; expectExit = 2; break;
      case 13: info.kind = 'usage: bad format'; info.args = ['check', '--format', r.pick(['xml', '', 'JSON']), 'samples']; expectExit = 2; break;
      case 14: info.kind = 'usage: option without value'; info.args = ['check', 'samples', r.pick(['--format', '--catalog', '--cache', '--max-file-size'])]; expectExit = 2; break;
      case 15: info.kind = 'usage: bad max size'; info.args = ['check', '--max-file-size', r.pick(['0', '-1', 'abc', '1e400', 'NaN', '0x10', '0.001', ' 5']), 'samples']; break;
      case 16: info.kind = 'catalog: malformed'; write('cat-bad.json', '{ "entities": [ '); info.args = ['check', '--format', fmt, '--catalog', 'cat-bad.json', 'samples']; expectExit = 2; mustName = ['cat-bad.json']; break;
      case 17: info.kind = 'catalog: missing / folder'; info.args = ['check', '--format', fmt, '--catalog', r.pick(['nope.json', 'samples', 'fifo.txt']), 'samples']; expectExit = 2; info.timeout = 20000; break;
      case 18: info.kind = 'catalog: valid'; write('cat-ok.json', JSON.stringify(VALID_CATALOG)); info.args = ['check', '--format', fmt, '--catalog', 'cat-ok.json', 'samples']; expectExit = 0; break;
      case 19: info.kind = 'cache: odd places'; info.args = ['check', '--format', fmt, '--cache', r.pick(['cache-dir', 'samples/hunnan-2026-conference.en.txt', 'no/such/parent/cache', '/proc/cache']), 'samples']; break;
      case 20: info.kind = 'same file twice by two spellings'; info.args = ['check', '--format', 'json', 'samples/hunnan-2026-conference.en.txt', './samples/hunnan-2026-conference.en.txt', path.join(base, 'samples/hunnan-2026-conference.en.txt')]; break;
      case 21: info.kind = 'help'; info.args = [r.pick(['--help', '-h', 'help']), ...(r.chance(0.5) ? ['check'] : [])]; expectExit = 0; break;
      case 22: info.kind = 'corrupted cache'; {
        const dir = path.join(base, 'cache-c');
        fs.mkdirSync(dir, { recursive: true });
        spawnSync(argv0[0], [...argv0.slice(1), 'check', '--cache', dir, 'samples'], { cwd, timeout: 60000 });
        for (const f of fs.readdirSync(dir)) { const p = path.join(dir, f); if (fs.statSync(p).isFile()) { const b = fs.readFileSync(p); fs.writeFileSync(p, Buffer.concat([b.subarray(0, r.int(b.length)), Buffer.from('{"x":\n')])); } }
        info.args = ['check', '--format', 'json', '--cache', dir, 'samples'];
        expectExit = 0;
      } break;
      default: {
        info.kind = 'generated files';
        const n = r.range(1, 6);
        const gen = Array.from({ length: n }, (_, j) => genFile(`${i}-${j}`));
        for (const g of gen) fileTexts.set(g.path, g.expect === 'unreadable' ? undefined : g.bytes.toString('utf8'));
        const useDir = r.chance(0.3);
        info.args = ['check', '--format', fmt, ...(useDir ? [path.relative(cwd, path.join(base, 'gen', String(i)))] : gen.map((g) => path.relative(cwd, g.path)))];
        if (!useDir) {
          mustName = gen.filter((g) => g.expect === 'unreadable').map((g) => path.relative(cwd, g.path));
          mustReport = gen.filter((g) => g.expect !== 'unreadable').map((g) => path.relative(cwd, g.path));
          // A name starting with '-' is passed as gen/N/-name, so it is a path, not an option.
          if (mustName.length) expectExit = 2;
        }
        info.generated = gen.map((g) => ({ path: path.relative(cwd, g.path), expect: g.expect, size: g.bytes.length }));
      }
    }
    const out = runOne(info);
    if (out.status === null) continue;
    if (expectExit !== undefined && out.status !== expectExit) misbehave(`exit code ${out.status}, expected ${expectExit}: ${info.kind}`, { args: info.args, stderr: out.stderr.slice(0, 2000), stdoutHead: out.stdout.slice(0, 300) }, info);
    const usage = /^release-lens: (unknown|missing|no PATH|--|.*needs a value)/m.test(out.stderr) || info.args.length === 0 || info.kind === 'help';
    if (info.args.includes('json') && !usage && out.status !== null) {
      const j = checkJson(out.stdout, info, fileTexts);
      if (j) {
        const reported = new Set(j.documents.map((d) => path.resolve(cwd, d.path)));
        for (const m of mustReport) if (!reported.has(path.resolve(cwd, m))) misbehave('readable-file-missing-from-json', { file: m }, info);
        const hasError = j.documents.some((d) => d.diagnostics.some((x) => x.severity === 'error'));
        const problems = out.stderr.split('\n').some((l) => l.startsWith('release-lens: '));
        const expected = problems ? 2 : hasError ? 1 : 0;
        if (out.status !== expected) misbehave(`exit code ${out.status} but the output says ${expected}`, { problems, hasError, stderr: out.stderr.slice(0, 1000) }, info);
      }
    } else if (info.args.includes('json') && usage && !out.stdout.trim()) {
      countInto(report.cli.byCheck, 'json asked, usage error: stdout empty (no JSON)');
    }
    for (const m of mustName) {
      const shown = m.replace(/\/$/, '');
      // A name with a newline is named with the newline escaped (a message stays one line).
      if (!out.stderr.includes(shown) && !out.stderr.includes(shown.replace(/\n/g, '\\n'))) misbehave('error-does-not-name-the-file', { file: m, stderr: out.stderr.slice(0, 1000) }, info);
    }
    if (info.kind === 'fifo' || info.kind === 'device file' || info.kind === 'unreadable folder (chmod 000)' || info.kind === 'symlink loops' || info.kind === 'path through a symlink loop' || info.kind.startsWith('cache') || info.kind.startsWith('usage: bad max') || info.kind === 'same file twice by two spellings' || info.kind === 'empty-string path' || info.kind.startsWith('20 MB')) {
      expectations.push({ kind: info.kind, args: info.args, status: out.status, ms: Math.round(out.ms), stderr: out.stderr.slice(0, 600), documents: (() => { try { return JSON.parse(out.stdout).documents.length; } catch { return undefined; } })() });
    }
  }
  try { fs.chmodSync(unreadableDir, 0o755); } catch { /* */ }
  if (!OPTS.keep) fs.rmSync(base, { recursive: true, force: true });
  report.cli.notes.push(...notes);
  report.cli.edgeCases = [...(report.cli.edgeCases ?? []), ...expectations];
  report.cli.seconds = +(((report.cli.seconds ?? 0) + (performance.now() - started) / 1000)).toFixed(1);
}

// ------------------------------------------------------------------ main

async function main() {
  if (OPTS.repro) {
    const out = await repro(OPTS.repro);
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return;
  }
  const t0 = performance.now();
  if (OPTS.lsp && OPTS.iterations > 0) {
    for (let s = 0; s < OPTS.seeds.length; s++) {
      const remaining = GLOBAL_DEADLINE - Date.now();
      if (remaining < 5000) break;
      const share = OPTS.cliCases > 0 ? remaining * 0.85 : remaining;
      const deadline = Date.now() + share / (OPTS.seeds.length - s);
      const run = new FuzzRun(OPTS.seeds[s], OPTS.iterations, deadline);
      const summary = await run.run();
      report.seeds.push(summary);
      report.lsp.ops += summary.ops;
      report.lsp.requests += summary.requests;
      report.lsp.notifications += summary.notifications;
      report.lsp.seconds += summary.seconds;
      for (const [k, v] of Object.entries(summary.byOp)) countInto(report.lsp.byOp, k, v);
      for (const [k, v] of Object.entries(summary.byMethod)) countInto(report.lsp.byMethod, k, v);
    }
    report.lsp.seconds = +report.lsp.seconds.toFixed(1);
    report.lsp.opsPerSecond = +(report.lsp.ops / Math.max(report.lsp.seconds, 0.001)).toFixed(1);
  }
  if (OPTS.cliCases > 0) {
    cliFuzz(OPTS.seeds[0], OPTS.cliCases, GLOBAL_DEADLINE);
  }
  report.totalSeconds = +((performance.now() - t0) / 1000).toFixed(1);
  report.failureTotals = Object.fromEntries(Object.entries(report.failures).map(([k, v]) => [k, v.count]));
  const text = JSON.stringify(report, null, 2);
  if (OPTS.out) fs.writeFileSync(OPTS.out, text + '\n');
  process.stdout.write(text + '\n');
}

main().catch((error) => {
  process.stderr.write(`lsp-fuzz: ${error.stack ?? error}\n`);
  process.exitCode = 3;
});
