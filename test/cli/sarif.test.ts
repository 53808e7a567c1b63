// `release-lens check --format sarif`, validated against the official SARIF 2.1.0 schema
// and read back as a code-scanning service would: every result's region holds the text
// it claims, related locations point into the other versions, ignored findings are
// suppressed results.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { ROOT } from '../helpers/lspClient';
import { hunnanCopy, runCli } from '../helpers/cli';
import { SAMPLE_FILES } from '../helpers/samples';

/**
 * The SARIF 2.1.0 schema that Microsoft's SARIF validator (the SARIF SDK's Multitool, on npm as
 * @microsoft/sarif-multitool) ships in its platform package: the official schema, read from the
 * installed package, not a copy of ours.
 */
function officialSchema(): unknown {
  const platform = process.platform === 'win32' ? 'win32' : process.platform === 'darwin' ? 'darwin' : 'linux';
  const file = require.resolve(`@microsoft/sarif-multitool-${platform}/sarif-2.1.0.json`, { paths: [ROOT] });
  return JSON.parse(readFileSync(file, 'utf8'));
}

const schema = officialSchema() as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function assertValid(log: unknown): asserts log is Sarif.Log {
  const ok = validateSarif(log);
  assert.ok(ok, `not valid SARIF 2.1.0: ${JSON.stringify(validateSarif.errors?.slice(0, 5), null, 2)}`);
}

/** The file a SARIF location names, resolved through originalUriBaseIds. */
function fileOf(run: Sarif.Run, location: Sarif.Location): string {
  const artifact = location.physicalLocation!.artifactLocation!;
  const base = artifact.uriBaseId ? run.originalUriBaseIds![artifact.uriBaseId].uri! : '';
  return fileURLToPath(new URL(artifact.uri!, base || undefined));
}

/** Line/column (1-based, UTF-16 code units) to an offset, as a SARIF viewer computes it. */
function offsetOf(text: string, line: number, column: number): number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts[line - 1] + column - 1;
}

/** Checks one location's region against the file: line/column, offset/length and snippet agree. */
function regionText(run: Sarif.Run, location: Sarif.Location): { file: string; text: string } {
  const file = fileOf(run, location);
  const content = readFileSync(file, 'utf8');
  const r = location.physicalLocation!.region!;
  const start = offsetOf(content, r.startLine!, r.startColumn!);
  const end = offsetOf(content, r.endLine!, r.endColumn!);
  assert.equal(start, r.charOffset, `${file}: line/column and charOffset disagree`);
  assert.equal(end - start, r.charLength, `${file}: end line/column and charLength disagree`);
  const text = content.slice(start, end);
  if (r.snippet) assert.equal(r.snippet.text, text);
  return { file, text };
}

function checkEveryResult(run: Sarif.Run): void {
  const rules = run.tool.driver.rules!;
  for (const result of run.results ?? []) {
    assert.equal(rules[result.ruleIndex!].id, result.ruleId, 'ruleIndex points at the rule of ruleId');
    assert.ok(result.message.text && result.message.text.length > 0);
    assert.equal(result.locations!.length, 1);
    assert.ok(regionText(run, result.locations![0]).text.length > 0, 'a finding is on some text');
    for (const related of result.relatedLocations ?? []) regionText(run, related);
  }
}

describe('release-lens check --format sarif', () => {
  it('on the samples: valid SARIF 2.1.0, one run, a rule per finding code, columns in UTF-16 code units', () => {
    const { code, stdout, stderr } = runCli(['check', '--format', 'sarif', 'samples']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const log: unknown = JSON.parse(stdout);
    assertValid(log);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const rules = run.tool.driver.rules!;
    for (const id of ['figure-mismatch', 'unit-mismatch', 'date-mismatch', 'count-claim', 'entity-figure-conflict', 'figure-missing']) {
      const rule = rules.find((r) => r.id === id);
      assert.ok(rule, `rule ${id}`);
      assert.ok(rule.fullDescription?.text, `${id} has a description`);
      assert.ok(rule.defaultConfiguration?.level, `${id} has a default level`);
    }
    assert.equal(rules.find((r) => r.id === 'figure-missing')!.defaultConfiguration!.level, 'note');
    assert.deepEqual(run.results, [], 'the unedited samples have no finding');
    assert.equal(run.invocations![0].executionSuccessful, true);
  });

  it('a Hunnan copy with one changed figure: a result in that version with related locations in the other two', () => {
    const copy = hunnanCopy({ file: SAMPLE_FILES.hunnanJa, from: '28キロ', to: '38キロ' });
    try {
      const { code, stdout } = runCli(['check', '--format', 'sarif', 'releases'], copy.dir);
      assert.equal(code, 1, 'an error-level finding fails the run');
      const log: unknown = JSON.parse(stdout);
      assertValid(log);
      const run = log.runs[0];
      checkEveryResult(run);
      const mismatch = run.results!.find((r) => r.ruleId === 'figure-mismatch');
      assert.ok(mismatch, JSON.stringify(run.results, null, 1));
      assert.equal(mismatch.level, 'error');
      const artifact = mismatch.locations![0].physicalLocation!.artifactLocation!;
      assert.equal(artifact.uri, `releases/${SAMPLE_FILES.hunnanJa}`, 'a relative URI');
      assert.equal(artifact.uriBaseId, 'SRCROOT');
      const here = regionText(run, mismatch.locations![0]);
      assert.equal(here.text, '38キロ');
      const related = mismatch.relatedLocations!.map((l) => regionText(run, l));
      assert.deepEqual(related.map((r) => path.basename(r.file)).sort(), [SAMPLE_FILES.hunnanEn, SAMPLE_FILES.hunnanZh].sort());
      for (const r of related) assert.match(r.text, /28/, `${r.file}: the counterpart says 28`);
      assert.ok(mismatch.relatedLocations!.every((l) => l.message?.text), 'each related location says what it is');
      assert.match(mismatch.partialFingerprints?.['releaseLensFingerprint/v1'] ?? '', /^figure-mismatch:[0-9a-f]{12}$/);
    } finally {
      copy.dispose();
    }
  });

  it('a finding ignored in the catalog (by its fingerprint) is a suppressed result and no longer fails the run', () => {
    const copy = hunnanCopy({ file: SAMPLE_FILES.hunnanJa, from: '28キロ', to: '38キロ' });
    try {
      const first = JSON.parse(runCli(['check', '--format', 'sarif', 'releases'], copy.dir).stdout) as Sarif.Log;
      const mismatch = first.runs[0].results!.find((r) => r.ruleId === 'figure-mismatch')!;
      const fingerprint = mismatch.partialFingerprints!['releaseLensFingerprint/v1'];
      // What "Ignore this finding" writes: the code, the file and the fingerprint.
      writeFileSync(path.join(copy.dir, 'release-lens.json'), JSON.stringify({
        entities: [],
        ignore: [{ code: 'figure-mismatch', file: `releases/${SAMPLE_FILES.hunnanJa}`, fingerprint, reason: 'the Japanese version was corrected later' }],
      }));
      const { code, stdout } = runCli(['check', '--format', 'sarif', 'releases'], copy.dir);
      const log: unknown = JSON.parse(stdout);
      assertValid(log);
      const run = log.runs[0];
      checkEveryResult(run);
      const suppressed = run.results!.find((r) => r.partialFingerprints?.['releaseLensFingerprint/v1'] === fingerprint)!;
      assert.deepEqual(suppressed.suppressions?.map((s) => [s.kind, s.status, s.justification]), [['external', 'accepted', 'the Japanese version was corrected later']]);
      assert.equal(suppressed.suppressions![0].location?.physicalLocation?.artifactLocation?.uri, 'release-lens.json');
      const unsuppressedErrors = run.results!.filter((r) => !r.suppressions?.length && r.level === 'error');
      assert.equal(code, unsuppressedErrors.length > 0 ? 1 : 0);
      // The other formats leave it out, as the editor does.
      const text = runCli(['check', 'releases'], copy.dir).stdout;
      assert.doesNotMatch(text, new RegExp(`${SAMPLE_FILES.hunnanJa.replace(/\./g, '\\.')}:\\d+:\\d+: error figure-mismatch`));
    } finally {
      copy.dispose();
    }
  });

  it('names a file that cannot be read as a tool notification and still writes valid SARIF', () => {
    const copy = hunnanCopy();
    try {
      writeFileSync(copy.file('broken.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
      const { code, stdout, stderr } = runCli(['check', '--format', 'sarif', 'releases'], copy.dir);
      assert.equal(code, 2);
      assert.match(stderr, /broken\.txt: not valid UTF-8/);
      const log: unknown = JSON.parse(stdout);
      assertValid(log);
      const invocation = log.runs[0].invocations![0];
      assert.equal(invocation.executionSuccessful, false);
      assert.match(invocation.toolExecutionNotifications![0].message.text!, /broken\.txt: not valid UTF-8/);
    } finally {
      copy.dispose();
    }
  });
});
