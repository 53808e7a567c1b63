// The JSON output's schema (schemas/release-lens-report.schema.json): generated from the
// zod schema (test/unit/generated.test.ts checks it is not stale), and the CLI's output
// validates against it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { reportSchema } from '../../server/src/cli/jsonReport';
import { hunnanCopy, runCli } from '../helpers/cli';
import { SAMPLE_FILES } from '../helpers/samples';

const REPORT_SCHEMA_PATH = path.join(__dirname, '..', '..', 'schemas', 'release-lens-report.schema.json');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(REPORT_SCHEMA_PATH, 'utf8')));

function assertValid(report: unknown): void {
  assert.ok(validate(report), `does not match the schema: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
  assert.ok(reportSchema.safeParse(report).success, 'and the zod schema it comes from');
}

describe('the JSON output schema', () => {
  it('the samples report validates', () => {
    const { stdout } = runCli(['check', '--format', 'json', 'samples']);
    assertValid(JSON.parse(stdout));
  });

  it('a report with findings and related places validates', () => {
    const copy = hunnanCopy({ file: SAMPLE_FILES.hunnanJa, from: '28キロ', to: '38キロ' });
    try {
      const report = JSON.parse(runCli(['check', '--format', 'json', 'releases'], copy.dir).stdout);
      assert.ok(report.documents.some((d: { diagnostics: { related: unknown[] }[] }) => d.diagnostics.some((x) => x.related.length > 0)));
      assertValid(report);
    } finally {
      copy.dispose();
    }
  });

  it('rejects what the README does not promise (an unknown field, a wrong unit)', () => {
    const { stdout } = runCli(['check', '--format', 'json', 'samples']);
    const report = JSON.parse(stdout);
    report.documents[0].figures[0].unit = 'furlong';
    assert.equal(validate(report), false);
    report.documents[0].figures[0].unit = 'km';
    report.documents[0].extra = true;
    assert.equal(validate(report), false);
  });
});
