// `release-lens export`: brat files read back by a standoff parser written from brat's
// documentation (every span's text is the document's text at its offsets), JSON Lines
// with UTF-16 and code point offsets, the comparison table as CSV, and the catalog's
// corrections.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CodePointIndex } from '../../server/src/core/export';
import { HUNNAN, hunnanCopy, runCli } from '../helpers/cli';
import { SAMPLE_FILES } from '../helpers/samples';

// ---- a brat standoff parser, from brat's documentation of the format (standoff.html)

interface BratTextBound { id: string; type: string; fragments: [number, number][]; text: string }
interface BratFile {
  textBounds: Map<string, BratTextBound>;
  normalizations: { id: string; target: string; db: string; dbId: string; text: string }[];
  attributes: { id: string; name: string; target: string; value?: string }[];
  notes: { id: string; target: string; text: string }[];
}

function parseAnn(content: string): BratFile {
  const file: BratFile = { textBounds: new Map(), normalizations: [], attributes: [], notes: [] };
  for (const line of content.split('\n')) {
    if (line === '') continue;
    const [id, annotation, text, ...extra] = line.split('\t');
    assert.equal(extra.length, 0, `more than three tab-separated fields: ${line}`);
    if (id.startsWith('T')) {
      // T1<TAB>Type START END[;START END]*<TAB>text (fragments' texts joined by a space)
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(annotation);
      assert.ok(match && text !== undefined, `bad text-bound line: ${line}`);
      const fragments = match[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      file.textBounds.set(id, { id, type: match[1], fragments, text });
    } else if (id.startsWith('N')) {
      // N1<TAB>Reference T1 DB:ID<TAB>text
      const match = /^Reference (T\d+) (\S+?):(\S+)$/.exec(annotation);
      assert.ok(match, `bad normalization line: ${line}`);
      file.normalizations.push({ id, target: match[1], db: match[2], dbId: match[3], text });
    } else if (id.startsWith('A')) {
      // A1<TAB>Name T1 [Value]
      const [name, target, value, ...rest] = annotation.split(' ');
      assert.equal(rest.length, 0, `bad attribute line: ${line}`);
      file.attributes.push({ id, name, target, value });
    } else if (id.startsWith('#')) {
      const match = /^AnnotatorNotes (\S+)$/.exec(annotation);
      assert.ok(match, `bad note line: ${line}`);
      file.notes.push({ id, target: match[1], text });
    } else assert.fail(`an annotation kind this export does not write: ${line}`);
  }
  return file;
}

/** brat's characters: Unicode code points of the text as stored. */
const codePoints = (text: string): string[] => Array.from(text);

function withAstralRelease<T>(run: (dir: string) => T): T {
  const copy = hunnanCopy();
  try {
    // 𠮷 and 😀 are outside the BMP: two UTF-16 code units, one code point each.
    writeFileSync(copy.file('astral.en.txt'), '𠮷野家 Report 😀\n\nThe Liaohe Laboratory in Shenyang covers 91 square kilometers 😀 and signed 12 projects worth 3.7 billion yuan.\r\nA second line.\n');
    return run(copy.dir);
  } finally {
    copy.dispose();
  }
}

describe('release-lens export --format brat', () => {
  it('round-trips: a .ann beside each .txt, every span of which is the text at its offsets (code points)', () => {
    withAstralRelease((dir) => {
      const out = mkdtempSync(path.join(tmpdir(), 'release-lens-brat-'));
      try {
        const { code, stderr } = runCli(['export', '--format', 'brat', '--out', out, 'releases'], dir);
        assert.equal(stderr, '');
        assert.equal(code, 0);
        const names = readdirSync(path.join(out, 'releases')).sort();
        assert.deepEqual(names, ['astral.en.ann', 'astral.en.txt', ...HUNNAN.flatMap((n) => [n.replace(/\.txt$/, '.ann'), n])].sort());
        assert.match(readFileSync(path.join(out, 'annotation.conf'), 'utf8'), /\[entities\][^[]*Lab\n[^[]*Figure/);
        let spans = 0;
        for (const name of names.filter((n) => n.endsWith('.ann'))) {
          const txt = readFileSync(path.join(out, 'releases', name.replace(/\.ann$/, '.txt')), 'utf8');
          assert.equal(txt, readFileSync(path.join(dir, 'releases', name.replace(/\.ann$/, '.txt')), 'utf8'), 'the text is copied unchanged');
          const chars = codePoints(txt);
          const ann = parseAnn(readFileSync(path.join(out, 'releases', name), 'utf8'));
          for (const t of ann.textBounds.values()) {
            const pieces = t.fragments.map(([s, e]) => {
              assert.ok(s <= e && e <= chars.length, `${name} ${t.id}: offsets inside the text`);
              return chars.slice(s, e).join('');
            });
            assert.equal(pieces.join(' '), t.text, `${name} ${t.id}: the text at its offsets`);
            spans++;
          }
          for (const n of ann.normalizations) {
            assert.ok(ann.textBounds.has(n.target), `${name} ${n.id} normalises an annotation of the file`);
            assert.equal(n.db, 'ReleaseLens');
            assert.match(n.dbId, /^(zone|lab|project|organization):\S+$/);
          }
          for (const a of ann.attributes) {
            assert.equal(ann.textBounds.get(a.target)?.type, 'Figure', `${name} ${a.id} is a figure's attribute`);
            assert.ok(['Unit', 'Bound'].includes(a.name));
          }
          const figures = [...ann.textBounds.values()].filter((t) => t.type === 'Figure');
          assert.equal(ann.attributes.filter((a) => a.name === 'Unit').length, figures.length, `${name}: every figure has a unit`);
        }
        assert.ok(spans > 100, `${spans} spans read back`);
        // Offsets are code points: after 𠮷 and 😀 (one each) the UTF-16 offset is two more.
        const astral = parseAnn(readFileSync(path.join(out, 'releases', 'astral.en.ann'), 'utf8'));
        const lab = [...astral.textBounds.values()].find((t) => t.text === 'Liaohe Laboratory')!;
        const text = readFileSync(path.join(out, 'releases', 'astral.en.txt'), 'utf8');
        assert.equal(lab.type, 'Lab');
        assert.equal(lab.fragments[0][0], text.indexOf('Liaohe Laboratory') - 2);
        const area = [...astral.textBounds.values()].find((t) => t.text.startsWith('91'))!;
        assert.deepEqual(astral.attributes.filter((a) => a.target === area.id).map((a) => [a.name, a.value]), [['Unit', 'km2'], ['Bound', 'exact']]);
        assert.match(astral.notes.find((n) => n.target === area.id)!.text, /value=91/);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });

  it('needs --out (a folder of files), with a clear message', () => {
    const { code, stderr } = runCli(['export', '--format', 'brat', 'samples']);
    assert.equal(code, 2);
    assert.match(stderr, /--format brat writes a folder of \.txt and \.ann files: give --out DIR/);
  });
});

describe('release-lens export --out', () => {
  it('a folder that cannot be made gets one clear line and exit 2, not a stack trace (nor a hang)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-lens-out-'));
    try {
      const file = path.join(dir, 'a-file');
      writeFileSync(file, '');
      const inTheWay = runCli(['export', '--format', 'jsonl', '--out', file, 'samples']);
      assert.equal(inTheWay.code, 2);
      assert.equal(inTheWay.stderr, `release-lens: ${file}: cannot write the export there (a file is in the way of a folder)\n`);
      if (process.platform === 'linux') {
        const refused = runCli(['export', '--format', 'brat', '--out', '/proc/release-lens-export', 'samples']);
        assert.equal(refused.code, 2);
        assert.match(refused.stderr, /^release-lens: \/proc\/release-lens-export: cannot write the export \(ENOENT[^\n]*\)\n$/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('release-lens export --format jsonl', () => {
  it('one document per line: text, language, family, entities and figures with UTF-16 and code point offsets', () => {
    withAstralRelease((dir) => {
      const { code, stdout } = runCli(['export', '--format', 'jsonl', 'releases'], dir);
      assert.equal(code, 0);
      const docs = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(docs.length, 4);
      for (const d of docs) {
        const text = readFileSync(path.join(dir, d.path), 'utf8');
        assert.equal(d.text, text);
        const chars = codePoints(text);
        for (const span of [...d.entities, ...d.figures]) {
          assert.equal(text.slice(span.start, span.end), span.text, `${d.path}: UTF-16 offsets`);
          assert.equal(chars.slice(span.codePointStart, span.codePointEnd).join(''), span.text, `${d.path}: code point offsets`);
        }
      }
      const en = docs.find((d) => d.path === `releases/${SAMPLE_FILES.hunnanEn}`);
      assert.deepEqual([en.language, en.family], ['en', 'hunnan-2026-conference']);
      const astral = docs.find((d) => d.path === 'releases/astral.en.txt');
      assert.equal(astral.family, null);
      const lab = astral.entities.find((e: { text: string }) => e.text === 'Liaohe Laboratory');
      assert.deepEqual([lab.type, lab.start - lab.codePointStart, lab.accepted, lab.source], ['lab', 2, false, 'pattern']);
      const money = astral.figures.find((f: { text: string }) => f.text.startsWith('3.7'));
      assert.deepEqual([money.value, money.unit, money.bound, money.start - money.codePointStart], [3.7e9, 'CNY', 'exact', 3]);
    });
  });

  it('carries the catalog corrections: accepted entities are marked, and corrections.json lists accepted and ignored entries', () => {
    const copy = hunnanCopy();
    const out = mkdtempSync(path.join(tmpdir(), 'release-lens-jsonl-'));
    try {
      const catalog = {
        entities: [{ id: 'lab:liaohe-laboratory', type: 'lab', names: { zh: '辽河实验室', en: 'Liaohe Laboratory' }, aliases: ['遼河実験室'] }],
        ignore: [{ code: 'figure-missing', file: 'releases/*.en.txt' }],
      };
      writeFileSync(path.join(copy.dir, 'release-lens.json'), JSON.stringify(catalog));
      const { code } = runCli(['export', '--format', 'jsonl', '--out', out, 'releases'], copy.dir);
      assert.equal(code, 0);
      const docs = readFileSync(path.join(out, 'annotations.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
      const zh = docs.find((d) => d.path.endsWith(SAMPLE_FILES.hunnanZh));
      const lab = zh.entities.find((e: { text: string }) => e.text === '辽河实验室');
      assert.deepEqual([lab.id, lab.accepted], ['lab:liaohe-laboratory', true]);
      assert.ok(zh.entities.some((e: { accepted: boolean }) => !e.accepted), 'entities found by patterns are not marked accepted');
      const corrections = JSON.parse(readFileSync(path.join(out, 'corrections.json'), 'utf8'));
      assert.deepEqual(corrections, {
        accepted: [{ id: 'lab:liaohe-laboratory', type: 'lab', names: { zh: '辽河实验室', en: 'Liaohe Laboratory' }, aliases: ['遼河実験室'] }],
        rejected: [],
        ignored: [{ code: 'figure-missing', file: 'releases/*.en.txt' }],
      });
    } finally {
      copy.dispose();
      rmSync(out, { recursive: true, force: true });
    }
  });
});

/** RFC 4180 fields, for reading the CSV back. */
function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && content[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  assert.equal(field + row.join(''), '', 'the file ends with CRLF');
  return rows;
}

describe('release-lens export --format csv', () => {
  it('the comparison table of a family: a row per aligned figure, the changed one marked, quoted where needed', () => {
    const copy = hunnanCopy({ file: SAMPLE_FILES.hunnanJa, from: '28キロ', to: '38キロ' });
    try {
      const { code, stdout } = runCli(['export', '--format', 'csv', 'releases'], copy.dir);
      assert.equal(code, 0);
      assert.ok(stdout.startsWith('\ufeff'), 'a byte order mark, for spreadsheet programs');
      const [header, ...rows] = parseCsv(stdout.slice(1));
      assert.deepEqual(header.slice(0, 2), ['fact', 'mismatch']);
      assert.equal(header.length, 2 + 3 * 3);
      assert.ok(header.includes(`${SAMPLE_FILES.hunnanJa} text`));
      for (const row of rows) assert.equal(row.length, header.length);
      const ja = header.indexOf(`${SAMPLE_FILES.hunnanJa} text`);
      const changed = rows.find((r) => r[ja] === '38キロ')!;
      assert.equal(changed[1], 'yes');
      assert.ok(rows.filter((r) => r[1] === 'yes').length === 1, 'only that row is a mismatch');
      assert.ok(rows.some((r) => r.some((cell) => cell.includes(','))), 'values with commas (500,000 m²) survive quoting');
      assert.ok(stdout.includes('"500,000 m²"'));
    } finally {
      copy.dispose();
    }
  });

  it('several families to stdout: asks for --family or --out', () => {
    const copy = hunnanCopy();
    const out = mkdtempSync(path.join(tmpdir(), 'release-lens-csv-'));
    try {
      // Two families set in the catalog: English + Japanese, and the Chinese with a re-issue of it.
      writeFileSync(path.join(copy.dir, 'releases', 'reissue.zh.txt'), readFileSync(copy.file(SAMPLE_FILES.hunnanZh), 'utf8'));
      writeFileSync(path.join(copy.dir, 'release-lens.json'), JSON.stringify({
        entities: [],
        families: [{ id: 'first', files: ['releases/*.en.txt', 'releases/*.ja.txt'] }, { id: 'second', files: ['releases/*.zh.txt'] }],
      }));
      const several = runCli(['export', '--format', 'csv', 'releases'], copy.dir);
      assert.equal(several.code, 2);
      assert.match(several.stderr, /2 release families \(first, second\): give --family ID, or --out DIR for one file each/);
      const one = runCli(['export', '--format', 'csv', '--family', 'second', 'releases'], copy.dir);
      assert.equal(one.code, 0);
      assert.match(parseCsv(one.stdout.slice(1))[0].join(','), /reissue\.zh\.txt text/);
      const written = runCli(['export', '--format', 'csv', '--out', out, 'releases'], copy.dir);
      assert.equal(written.code, 0);
      assert.deepEqual(readdirSync(out).filter((f) => f.endsWith('.csv')).sort(), ['first.csv', 'second.csv']);
    } finally {
      copy.dispose();
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('code point offsets', () => {
  it('count a character outside the BMP once', () => {
    const text = 'a𠮷b😀c';
    const index = new CodePointIndex(text);
    assert.deepEqual([0, 1, 3, 4, 6, 7].map((o) => index.at(o)), [0, 1, 2, 3, 4, 5]);
    assert.equal(new CodePointIndex('plain').at(3), 3);
  });
});
