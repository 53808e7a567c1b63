// The CLI over the samples, in both formats, as a CI pipeline would run it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/lspClient';
import { SAMPLES, SAMPLE_FILES, copySamples } from '../helpers/samples';

const CLI = path.join(ROOT, 'bin', 'release-lens.js');

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('release-lens check', () => {
  it('prints JSON in the documented format for the samples folder, exit 0 when clean', () => {
    const { code, stdout, stderr } = run(['check', '--format', 'json', 'samples']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    assert.equal(report.documents.length, 5);
    const en = report.documents.find((d: { path: string }) => d.path.endsWith(SAMPLE_FILES.hunnanEn));
    assert.equal(en.language, 'en');
    assert.ok(en.family, 'the Hunnan English version belongs to a family');
    const ja = report.documents.find((d: { path: string }) => d.path.endsWith(SAMPLE_FILES.hunnanJa));
    assert.equal(ja.family, en.family);
    const figure = en.figures.find((f: { text: string }) => f.text.startsWith('500,000'));
    assert.deepEqual({ value: figure.value, unit: figure.unit, bound: figure.bound }, { value: 500000, unit: 'm2', bound: 'exact' });
    for (const key of ['text', 'start', 'end', 'line', 'character']) assert.ok(key in figure, key);
    const lab = en.entities.find((e: { text: string }) => e.text === 'Liaohe Laboratory');
    assert.equal(lab.type, 'lab');
    const jaLab = ja.entities.find((e: { text: string }) => e.text === 'Liaohe Laboratory');
    assert.equal(jaLab.id, lab.id, 'the same entity has the same id in every document');
  });

  it('prints a text summary per file', () => {
    const { code, stdout } = run(['check', 'samples']);
    assert.equal(code, 0);
    for (const name of Object.values(SAMPLE_FILES)) assert.match(stdout, new RegExp(name.replace(/\./g, '\\.')));
    assert.match(stdout, /5 files checked: 0 errors/);
  });

  it('exits 1 with the mismatch when one version is changed', () => {
    const copy = copySamples();
    try {
      const file = copy.file(SAMPLE_FILES.hunnanJa);
      const text = require('node:fs').readFileSync(file, 'utf8') as string;
      writeFileSync(file, text.replace('28キロ', '38キロ'));
      const { code, stdout } = run(['check', path.join(copy.dir, 'samples')]);
      assert.equal(code, 1);
      assert.match(stdout, /figure-mismatch/);
      assert.match(stdout, /hunnan-2026-conference\.en\.txt|hunnan-2026-conference\.zh\.txt/);
    } finally {
      copy.dispose();
    }
  });

  it('names an unreadable, binary or non-UTF-8 file in one line, checks the others, and exits 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-lens-bad-'));
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const { code, stdout, stderr } = run(['check', dir, path.join(dir, 'missing.txt'), path.join(SAMPLES, SAMPLE_FILES.hunnanEn)]);
    assert.equal(code, 2);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 3, stderr);
    assert.match(stderr, /binary\.txt: binary file/);
    assert.match(stderr, /latin1\.txt: not valid UTF-8/);
    assert.match(stderr, /missing\.txt: no such file/);
    assert.match(stdout, /hunnan-2026-conference\.en\.txt/);
  });

  it('keeps analyses in a --cache folder and gives the same report from it', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'release-lens-cli-cache-'));
    const first = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--cache', cache, 'samples'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RELEASE_LENS_DEBUG: '1' } });
    const second = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--cache', cache, 'samples'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RELEASE_LENS_DEBUG: '1' } });
    assert.equal(first.status, 0);
    assert.match(first.stderr, /analysis cache: 0 usable entries/);
    assert.match(second.stderr, /analysis cache: 5 usable entries/);
    assert.equal(second.stdout, first.stdout);
  });

  it('exits 2 with usage on a bad command line', () => {
    assert.equal(run(['check']).code, 2);
    assert.equal(run(['check', '--format', 'xml', 'samples']).code, 2);
    assert.equal(run(['frobnicate']).code, 2);
    assert.match(run(['--help']).stdout, /Usage: release-lens check/);
  });

  it('says a usage error in lines that are each a prefixed message or the synopsis (the fuzzer\'s stderr-line-not-prefixed)', () => {
    for (const args of [[], ['check', '--format', 'xml', 'samples'], ['check', 'samples', '--cache'], ['frobnicate']]) {
      const { code, stderr } = run(args);
      assert.equal(code, 2);
      const lines = stderr.split('\n').filter(Boolean);
      assert.ok(lines[0].startsWith('release-lens: '), lines[0]);
      assert.match(stderr, /^Usage: release-lens check/m);
      for (const line of lines) assert.match(line, /^(?:release-lens: |Usage: |\s)/, `a stray line: ${line}`);
    }
  });
});
