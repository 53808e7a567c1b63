// The pre-commit hook (.pre-commit-hooks.yaml) as pre-commit runs it: its `files`
// pattern picks the staged files that look like releases, and its entry, given only
// the staged version, still compares it with the versions beside it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/lspClient';
import { hunnanCopy, runCli } from '../helpers/cli';
import { SAMPLE_FILES } from '../helpers/samples';

const hooks = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
const field = (name: string): string => {
  const match = new RegExp(`^  ${name}: (.*)$`, 'm').exec(hooks);
  assert.ok(match, `the hook has ${name}`);
  return match[1].replace(/^'(.*)'$/, '$1');
};

describe('the pre-commit hook', () => {
  it('is named release-lens, runs the installed CLI, and matches the files the extension treats as releases', () => {
    assert.match(hooks, /^- id: release-lens$/m);
    assert.equal(field('language'), 'node');
    const files = new RegExp(field('files'));
    for (const p of ['releases/expo.en.txt', 'docs/samples/x.zh.txt', 'a/b.release', 'c.release.txt']) assert.ok(files.test(p), p);
    for (const p of ['README.txt', 'notes/todo.txt', 'releases/logo.png']) assert.ok(!files.test(p), p);
  });

  it('its entry, given only the staged version, reports the changed figure against the versions beside it', () => {
    const copy = hunnanCopy({ file: SAMPLE_FILES.hunnanJa, from: '28キロ', to: '38キロ' });
    try {
      const [command, ...args] = field('entry').split(' ');
      assert.equal(command, 'release-lens');
      const staged = `releases/${SAMPLE_FILES.hunnanJa}`;
      const { code, stdout } = runCli([...args, staged], copy.dir);
      assert.equal(code, 1);
      assert.match(stdout, new RegExp(`${staged.replace(/\./g, '\\.')}:\\d+:\\d+: error figure-mismatch`));
      assert.match(stdout, /^1 files checked: 1 errors/m, 'only the staged file is reported');
      // Without the other versions there is nothing to compare with.
      assert.equal(runCli(['check', staged], copy.dir).code, 0);
      // A staged version that agrees with the others passes.
      assert.equal(runCli([...args, `releases/${SAMPLE_FILES.hunnanEn}`], copy.dir).code, 0);
    } finally {
      copy.dispose();
    }
  });
});
