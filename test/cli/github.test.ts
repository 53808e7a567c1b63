// `release-lens check --format github` (GitHub Actions workflow commands) read back as
// the runner reads them, and --fail-on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty } from '../../server/src/cli/githubAnnotations';
import { hunnanCopy, runCli } from '../helpers/cli';
import { SAMPLE_FILES } from '../helpers/samples';

interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

// The runner's unescaping (actions/runner ActionCommand): %25 last, so "%253A" stays "%3A".
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** `::name k=v,k=v::message`, as the runner parses a line of a step's output. */
function parseCommand(line: string): WorkflowCommand {
  const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  assert.ok(match, `not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    assert.ok(eq > 0, `property without "=": ${pair}`);
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: match[1], properties, message: unescapeData(match[3]) };
}

/** The text an annotation covers (line/col 1-based, columns in UTF-16 code units, endColumn exclusive). */
function annotatedText(dir: string, c: WorkflowCommand): string {
  const lines = readFileSync(path.join(dir, c.properties.file), 'utf8').split(/\r\n|\r|\n/);
  assert.equal(c.properties.line, c.properties.endLine);
  return lines[Number(c.properties.line) - 1].slice(Number(c.properties.col) - 1, Number(c.properties.endColumn) - 1);
}

describe('release-lens check --format github', () => {
  it('escapes as the runner unescapes: data % CR LF; properties also : and ,', () => {
    const tricky = '100% of 5,600 m: done\r\nnext';
    assert.equal(escapeData(tricky), '100%25 of 5,600 m: done%0D%0Anext');
    assert.equal(escapeProperty(tricky), '100%25 of 5%2C600 m%3A done%0D%0Anext');
    assert.equal(unescapeProperty(escapeProperty(tricky)), tricky);
    assert.equal(unescapeData(escapeData('%3A stays')), '%3A stays');
  });

  it('writes one ::error line per error finding, whose place holds the changed figure, with the other versions in the message', () => {
    const copy = hunnanCopy({ file: SAMPLE_FILES.hunnanJa, from: '28キロ', to: '38キロ' });
    try {
      const { code, stdout } = runCli(['check', '--format', 'github', 'releases'], copy.dir);
      assert.equal(code, 1);
      const commands = stdout.trimEnd().split('\n').map(parseCommand);
      const mismatch = commands.find((c) => c.properties.title?.includes('figure-mismatch'));
      assert.ok(mismatch, stdout);
      assert.equal(mismatch.command, 'error');
      assert.equal(mismatch.properties.file, `releases/${SAMPLE_FILES.hunnanJa}`);
      assert.equal(annotatedText(copy.dir, mismatch), '38キロ');
      const [first, ...others] = mismatch.message.split('\n');
      assert.match(first, /38キロ/);
      assert.deepEqual(others.map((o) => o.split(':')[0]).sort(), [`releases/${SAMPLE_FILES.hunnanEn}`, `releases/${SAMPLE_FILES.hunnanZh}`]);
    } finally {
      copy.dispose();
    }
  });

  it('writes nothing for the unedited samples', () => {
    const { code, stdout } = runCli(['check', '--format', 'github', 'samples']);
    assert.equal(code, 0);
    assert.equal(stdout, '');
  });
});

describe('release-lens check --fail-on', () => {
  it('an information finding (a figure missing from one version) fails only with --fail-on information', () => {
    const copy = hunnanCopy({ file: SAMPLE_FILES.hunnanEn, from: ' and a 7.2-square-kilometer CTD core area', to: '' });
    try {
      const github = runCli(['check', '--format', 'github', 'releases'], copy.dir);
      const commands = github.stdout.trimEnd().split('\n').map(parseCommand);
      // One notice: the figure missing. The entity it named is not reported missing: the
      // next sentence still says "the core area" (a type word of that zone, unlinked).
      assert.deepEqual(commands.map((c) => [c.command, c.properties.file, c.properties.title]), [['notice', `releases/${SAMPLE_FILES.hunnanEn}`, 'Figure missing from this version (figure-missing)']]);
      assert.equal(github.code, 0, 'the default, --fail-on error');
      assert.equal(runCli(['check', '--fail-on', 'warning', 'releases'], copy.dir).code, 0);
      assert.equal(runCli(['check', '--fail-on', 'information', 'releases'], copy.dir).code, 1);
      assert.equal(runCli(['check', '--fail-on=information', '--format', 'sarif', 'releases'], copy.dir).code, 1);
      assert.equal(runCli(['check', '--fail-on', 'never', 'releases'], copy.dir).code, 0);
    } finally {
      copy.dispose();
    }
  });

  it('an error finding passes with --fail-on never; a bad level is a usage error', () => {
    const copy = hunnanCopy({ file: SAMPLE_FILES.hunnanJa, from: '28キロ', to: '38キロ' });
    try {
      assert.equal(runCli(['check', 'releases'], copy.dir).code, 1);
      assert.equal(runCli(['check', '--fail-on', 'never', 'releases'], copy.dir).code, 0);
      const bad = runCli(['check', '--fail-on', 'fatal', 'releases'], copy.dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--fail-on must be error, warning, information or never, not "fatal"/);
    } finally {
      copy.dispose();
    }
  });
});
