// The CLI with the files and arguments real users have (issue 16): odd file names, the
// same file named three ways, a catalog that is a FIFO or not UTF-8, an empty argument,
// a stray NUL in a text, a huge Japanese run of digits.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT } from '../helpers/lspClient';
import { SAMPLES, SAMPLE_FILES } from '../helpers/samples';

const CLI = path.join(ROOT, 'bin', 'release-lens.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
}

describe('release-lens check: files and arguments from the wild', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-lens-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const catalog = { entities: [{ id: 'lab:liaohe-lab', type: 'lab', names: { en: 'Liaohe Laboratory' }, aliases: ['Liaohe Lab'] }] };

  it('reads a family whose file names hold % and ( ) [ ] & + \' !', () => {
    const d = path.join(dir, 'names');
    mkdirSync(d);
    copyFileSync(path.join(SAMPLES, SAMPLE_FILES.hunnanEn), path.join(d, 'hunnan 100%.en.txt'));
    copyFileSync(path.join(SAMPLES, SAMPLE_FILES.hunnanJa), path.join(d, "hunnan (1) [a]&b+c'!.ja.txt"));
    writeFileSync(path.join(d, 'hunnan %E4%B8%AD.zh.txt'), readFileSync(path.join(SAMPLES, SAMPLE_FILES.hunnanZh), 'utf8').replace('28公里', '38公里'));
    const { code, stdout, stderr } = run(['check', '--format', 'json', 'names'], dir);
    assert.equal(stderr, '');
    const report = JSON.parse(stdout);
    assert.deepEqual(report.documents.map((x: { path: string }) => path.basename(x.path)).sort(), ["hunnan %E4%B8%AD.zh.txt", 'hunnan (1) [a]&b+c\'!.ja.txt', 'hunnan 100%.en.txt'].sort());
    assert.equal(new Set(report.documents.map((x: { family: string }) => x.family)).size, 1, 'one family');
    const zh = report.documents.find((x: { path: string }) => x.path.includes('%E4'));
    assert.ok(zh.diagnostics.some((x: { code: string }) => x.code === 'figure-mismatch'));
    assert.ok(zh.diagnostics.flatMap((x: { related: { path: string }[] }) => x.related).some((r: { path: string }) => r.path.endsWith('hunnan 100%.en.txt')));
    assert.equal(code, 1);
  });

  it('reports a file named three ways (x, ./x, absolute) once', () => {
    copyFileSync(path.join(SAMPLES, SAMPLE_FILES.hunnanEn), path.join(dir, 'x.release'));
    const { stdout } = run(['check', '--format', 'json', 'x.release', './x.release', path.join(dir, 'x.release')], dir);
    assert.deepEqual(JSON.parse(stdout).documents.map((x: { path: string }) => x.path), ['x.release']);
  });

  it('refuses a --catalog that is not a regular file, without blocking on a FIFO', () => {
    const fifo = path.join(dir, 'catalog.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo on this system
    const { code, stderr, timedOut } = run(['check', '--catalog', 'catalog.fifo', 'x.release'], dir);
    assert.ok(!timedOut, 'the CLI returned');
    assert.equal(code, 2);
    assert.match(stderr, /^release-lens: catalog\.fifo: the catalog is not a regular file/m);
  });

  it('decodes a catalog saved as UTF-16 with a BOM, and names a catalog with bytes that are not UTF-8 (no replacement characters)', () => {
    const json = JSON.stringify(catalog, null, 2);
    writeFileSync(path.join(dir, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    const utf16 = run(['check', '--format', 'json', '--catalog', 'utf16.json', 'x.release'], dir);
    assert.equal(utf16.stderr, '');
    const lab = JSON.parse(utf16.stdout).documents[0].entities.find((e: { text: string }) => e.text === 'Liaohe Laboratory');
    assert.equal(lab.id, 'lab:liaohe-lab', 'the catalog is in force');
    writeFileSync(path.join(dir, 'latin1.json'), Buffer.concat([Buffer.from(json), Buffer.from('\n// caf\xe9', 'latin1')]));
    const bad = run(['check', '--format', 'json', '--catalog', 'latin1.json', 'x.release'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^release-lens: latin1\.json: release-lens\.json is not valid UTF-8 \(byte \d+ cannot be read\)/m);
    assert.ok(!bad.stdout.includes('\ufffd'));
  });

  it('says what an empty PATH argument is, and checks the other paths', () => {
    const { code, stdout, stderr } = run(['check', '--format', 'json', '', 'x.release'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /^release-lens: "" \(an empty PATH argument\): names no file/m);
    assert.equal(JSON.parse(stdout).documents.length, 1);
  });

  it('keeps a message about a file with a newline in its name on one line', () => {
    const name = 'bad\nname.txt';
    writeFileSync(path.join(dir, name), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const { code, stderr } = run(['check', name], dir);
    assert.equal(code, 2);
    assert.deepEqual(stderr.trim().split('\n'), ['release-lens: bad\\nname.txt: binary file (contains NUL bytes), not a text release']);
  });

  it('reads a UTF-8 text with one stray NUL character instead of calling it binary', () => {
    writeFileSync(path.join(dir, 'nul.release'), readFileSync(path.join(SAMPLES, SAMPLE_FILES.hunnanEn), 'utf8').replace('Liaohe', 'Lia\u0000ohe'));
    const { stdout, stderr } = run(['check', '--format', 'json', 'nul.release'], dir);
    assert.equal(stderr, '');
    assert.equal(JSON.parse(stdout).documents.length, 1);
  });

  it('reads a Japanese line with 20,000 digits after a type word', () => {
    writeFileSync(path.join(dir, 'digits.release'), `遼河研究所は${'1'.repeat(20_000)}です。\n`);
    const { code, stdout } = run(['check', '--format', 'json', 'digits.release'], dir);
    assert.equal(code, 0);
    assert.ok(JSON.parse(stdout).documents[0].entities.some((e: { text: string }) => e.text === '遼河研究所'));
  });

  it('reports dates that cannot exist as impossible-date notes, never as date figures', () => {
    const text = 'The plant opens on 31 February 2026.\n\n工場は2026年2月30日に開業する。\n';
    writeFileSync(path.join(dir, 'impossible.release'), text);
    const { code, stdout, stderr } = run(['check', '--format', 'json', 'impossible.release'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 0, 'a note does not fail the check');
    const doc = JSON.parse(stdout).documents[0];
    const notes = doc.diagnostics.filter((x: { code: string }) => x.code === 'impossible-date');
    assert.deepEqual(notes.map((x: { start: number; end: number; severity: string }) => [text.slice(x.start, x.end), x.severity]), [
      ['31 February 2026', 'information'], ['2026年2月30日', 'information'],
    ]);
    assert.match(notes[0].message, /“31 February 2026” \(February 2026 has 28 days\)/);
    for (const n of notes) {
      assert.ok(!doc.figures.some((f: { start: number; end: number }) => f.end > n.start && f.start < n.end), `no figure on ${text.slice(n.start, n.end)}`);
    }
    assert.ok(!doc.figures.some((f: { unit: string }) => f.unit === 'date'), 'no date figure at all');
  });
});
