// The core's share of issue 16: catalog bytes and catalog edits, nesting depth, long
// paragraphs read in pieces, URIs spelled once, analyses tied to their text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addAliasEdits, addEntityEdits, addIgnoreEdits, parseCatalog } from '../../server/src/core/catalog';
import { decodeCatalog } from '../../server/src/core/catalog/file';
import { DocumentAnalyzer } from '../../server/src/core/analyzer';
import { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { MAX_PARAGRAPH, splitParagraphs } from '../../server/src/core/text/paragraphs';
import { silentLogger, type EntityType } from '../../server/src/core/types';
import { canonicalUri, pathToUri, uriToFsPath } from '../../server/src/core/workspace/uri';
import { alignPair } from '../../server/src/core/checks/align';
import type { DocumentItems } from '../../server/src/core/checks/context';
import { WorkspaceIndex } from '../../server/src/core/workspace/workspaceIndex';
import { SAMPLE_FILES, readSample } from '../helpers/samples';

const CATALOG = JSON.stringify({ entities: [{ id: 'lab:liaohe', type: 'lab', names: { en: 'Liaohe Laboratory' } }] }, null, 2);

describe('catalog bytes', () => {
  it('reads UTF-8 with or without a BOM, and UTF-16 (LE and BE) with a BOM', () => {
    for (const bytes of [
      Buffer.from(CATALOG),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CATALOG)]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CATALOG, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CATALOG, 'utf16le').swap16()]),
    ]) {
      const decoded = decodeCatalog(bytes);
      assert.ok('text' in decoded && parseCatalog(decoded.text).catalog, 'a valid catalog');
    }
  });

  it('names the first byte that is not UTF-8 instead of reading a replacement character', () => {
    const bytes = Buffer.concat([Buffer.from('{"entities": []} // caf'), Buffer.from([0xe9])]);
    const decoded = decodeCatalog(bytes);
    assert.ok('problem' in decoded);
    assert.match(decoded.problem, /not valid UTF-8 \(byte 23 cannot be read\)/);
  });

  it('refuses a catalog nested too deep with a located problem, without recursing', () => {
    const parsed = parseCatalog('{"entities": [' + '['.repeat(50_000));
    assert.equal(parsed.catalog, undefined);
    assert.match(parsed.problems[0].message, /Nested more than 64 levels/);
    assert.ok('error' in addIgnoreEdits('['.repeat(50_000), { code: 'figure-mismatch' }), 'edits refuse it too');
  });
});

describe('catalog edits are validated by the catalog schema before they are offered', () => {
  it('refuses an entity type the schema does not know', () => {
    const result = addEntityEdits(CATALOG, { type: 'city' as EntityType, name: '遼河', language: 'ja' });
    assert.ok('error' in result);
    assert.match(result.error, /would make release-lens\.json invalid/);
  });

  it('refuses an empty alias, and writes a valid one', () => {
    assert.ok('error' in addAliasEdits(CATALOG, 'lab:liaohe', '   ') );
    const ok = addAliasEdits(CATALOG, 'lab:liaohe', 'Liaohe Lab');
    assert.ok('edits' in ok && ok.edits.length === 1);
  });
});

describe('long paragraphs', () => {
  it('are read in pieces of at most MAX_PARAGRAPH characters that end at sentence ends', () => {
    const sentence = '蘇州市は新たな研究所を設立し、面積は50万平方メートルとなった。';
    const text = sentence.repeat(Math.ceil(200_000 / sentence.length));
    const pieces = splitParagraphs(text);
    assert.ok(pieces.length > 40);
    assert.equal(pieces[0].start, 0);
    assert.equal(pieces[pieces.length - 1].end, text.length);
    for (let i = 0; i < pieces.length; i++) {
      assert.ok(pieces[i].end - pieces[i].start <= MAX_PARAGRAPH);
      if (i > 0) assert.equal(pieces[i].start, pieces[i - 1].end, 'no gap, no overlap');
      if (i < pieces.length - 1) assert.equal(text[pieces[i].end - 1], '。', 'cut after a sentence end');
    }
  });

  it('give the same figures and entities as the same text in short paragraphs', async () => {
    const analyzer = new DocumentAnalyzer({ japanese: new JapaneseTokenizer(undefined, undefined, { workerScript: false }), logger: silentLogger });
    const ja = readSample(SAMPLE_FILES.suzhou).replace(/\s*\n\s*/g, '');
    const long = ja.repeat(Math.ceil(20_000 / ja.length));
    const a = await analyzer.analyze('file:///long', long);
    const b = await analyzer.analyze('file:///short', long.replace(/。/g, '。\n').replace(/\n$/, ''));
    assert.deepEqual(a.figures.map((f) => [f.text, f.value, f.unit]), b.figures.map((f) => [f.text, f.value, f.unit]));
    assert.deepEqual(a.mentions.map((m) => [m.text, m.type]), b.mentions.map((m) => [m.text, m.type]));
  });
});

describe('document URIs', () => {
  it('spell a file as VS Code does, whatever spelling a client sent', () => {
    const file = "/w/release (1) [draft] & co + 'x' 100%!.ja.txt";
    const vscode = "file:///w/release%20%281%29%20%5Bdraft%5D%20%26%20co%20%2B%20%27x%27%20100%25%21.ja.txt";
    assert.equal(pathToUri(file), vscode);
    assert.equal(canonicalUri("file:///w/release%20(1)%20[draft]%20&%20co%20+%20'x'%20100%25!.ja.txt"), vscode);
    assert.equal(uriToFsPath(vscode), file);
    assert.equal(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
    // A sloppy client's bare % is a percent sign, not an escape.
    assert.equal(uriToFsPath('file:///w/100%.txt'), '/w/100%.txt');
  });
});

describe('analyses tied to their text', () => {
  it('an analysis finished after its document was edited again or removed is not stored', async () => {
    const index = new WorkspaceIndex(new DocumentAnalyzer({ japanese: new JapaneseTokenizer(undefined, undefined, { workerScript: false }), logger: silentLogger }), silentLogger);
    const en = readSample(SAMPLE_FILES.hunnanEn);
    const first = index.upsert('file:///w/a.en.txt', en, true, 1);
    const second = index.upsert('file:///w/a.en.txt', en.split('\n')[0], true, 2);
    assert.deepEqual(await Promise.all([first, second]), [false, true]);
    assert.equal(index.get('file:///w/a.en.txt')!.version, 2);
    assert.equal(index.get('file:///w/a.en.txt')!.text, en.split('\n')[0]);
    const late = index.upsert('file:///w/b.en.txt', en);
    index.remove('file:///w/b.en.txt');
    assert.equal(await late, false);
    assert.equal(index.get('file:///w/b.en.txt'), undefined);
  });
});

describe('count claims on one long unbroken line', () => {
  it('look for a count\'s list near it, not to the end of the line for every count (the fuzzer\'s hang: 2 MB, one line)', async () => {
    const { checkCountClaims } = await import('../../server/src/core/checks/countClaim');
    const unit = 'Three key projects: Alpha, Beta. ';
    const text = unit.repeat(60_000); // 2 MB, no line break, 60,000 counts
    const figures = [];
    for (let at = 0; at < text.length; at += unit.length) figures.push({ start: at, end: at + 5, text: 'Three', value: 3, unit: 'count' as const, bound: 'exact' as const, counted: 'projects' });
    const t0 = performance.now();
    const found = checkCountClaims({ uri: 'file:///w/a.release', contentHash: '', language: 'en', figures, mentions: [], notices: [] }, text);
    const ms = performance.now() - t0;
    // Every "Three … : Alpha, Beta" names two: each count is still checked against its own list.
    assert.equal(found.length, 60_000);
    // Scanning to the line's end per count was 60,000 scans of up to 2 MB (3.5 s here; in the
    // server, 1.6 s of every keystroke in a 200 KB line); bounded, about 1 s. A generous bound: the machine may be loaded.
    assert.ok(ms < 15_000, `${Math.round(ms)} ms`);
  });
});

describe('release bytes with NULs in them', () => {
  it('read valid UTF-8 text after a run of NULs; refuse UTF-16 without a BOM and bytes with hardly any text', async () => {
    const { decodeRelease } = await import('../../server/src/core/workspace/releaseFiles');
    // The fuzzer's CLI case: 35 NULs, then a Japanese sentence (valid UTF-8): a readable file.
    const junk = decodeRelease(Buffer.concat([Buffer.alloc(35), Buffer.from('?プロジェクト総額。')]));
    assert.ok(junk.ok && junk.text.endsWith('プロジェクト総額。'));
    assert.ok(decodeRelease(Buffer.from('Hunnan 28 km\u0000 more text')).ok, 'a stray NUL');
    assert.ok(!decodeRelease(Buffer.from('Hunnan Science City, 28 km', 'utf16le')).ok, 'UTF-16 LE without a BOM');
    assert.ok(!decodeRelease(Buffer.from('Hunnan Science City, 28 km', 'utf16le').swap16()).ok, 'UTF-16 BE without a BOM');
    assert.ok(!decodeRelease(Buffer.from([0])).ok, 'a lone NUL');
    assert.ok(!decodeRelease(Buffer.from([0, 0x41, 0, 0xff])).ok, 'not UTF-8');
  });
});

describe('aligning a version with a long list of figures', () => {
  // The fuzzer's hang (seed 35): a 38 KB draft with 2,153 figures in one family with a
  // release of 48. Pairing the left-overs asked, for every pair, questions about the whole
  // window and the whole sentence: 2 s per check of the family, at every keystroke.
  // Work is counted (reads of figure values), not timed: the machine may be loaded.
  const items = (uri: string, n: number, oneSentence: boolean, base: number, reads: { n: number }): DocumentItems => ({
    uri,
    starts: [0],
    items: Array.from({ length: n }, (_, i) => {
      const value = base + i * 1.37;
      const figure = { text: `${value} km²`, start: i * 10, end: i * 10 + 8, unit: 'km2' as const, bound: 'exact' as const, get value() { reads.n++; return value; } };
      return { uri, idx: i, figure, dim: 'area', rel: (i + 1) / (n + 1), sentence: oneSentence ? 0 : i, entities: new Set(['zone:x']), distinctive: true, around: 'the zone covers' };
    }),
  });
  const work = (n: number): { reads: number; pairs: number } => {
    const reads = { n: 0 };
    const pairs = alignPair(items('file:///w/list.zh.txt', n, true, 1000, reads), items('file:///w/release.en.txt', 40, false, 5, reads)).length;
    return { reads: reads.n, pairs };
  };

  it('grows with the number of pairs, not with pairs times the window', () => {
    const small = work(600);
    const large = work(1200);
    assert.ok(small.pairs > 0 && large.pairs > 0, 'left-overs are still paired');
    // Twice the figures, twice the pairs: about twice the work (it was four times, and
    // 20 times at the fuzzer's 2,153).
    assert.ok(large.reads < 3 * small.reads, `${small.reads} -> ${large.reads} reads`);
  });
});
