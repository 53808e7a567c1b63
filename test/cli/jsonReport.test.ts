// The JSON output's schema (schemas/release-lens-report.schema.json): generated from the
// zod schema (test/unit/generated.test.ts checks it is not stale), and the CLI's output
// validates against it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('writes a month or a year as its first day with its precision, every date in a form the schema documents', () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'release-lens-dates-'));
    try {
      const en = 'Dated 14 May 2025. The park opened in Jan. 2021 and phase two follows in March 2026.\n';
      const ja = '研究所は8日、2028年春に開所し、12月に第1期を完成させると発表した。\n';
      fs.writeFileSync(path.join(dir, 'dates.release'), en);
      fs.writeFileSync(path.join(dir, 'undated.ja.release'), ja);
      const report = JSON.parse(runCli(['check', '--format', 'json', 'dates.release', 'undated.ja.release'], dir).stdout);
      assertValid(report);
      const dates = report.documents.flatMap((d: { figures: { unit: string; text: string; value: string; precision?: string }[] }) =>
        d.figures.filter((f) => f.unit === 'date').map((f) => [f.text, f.value, f.precision]));
      assert.deepEqual(dates, [
        ['14 May 2025', '2025-05-14', 'day'], ['Jan. 2021', '2021-01-01', 'month'], ['March 2026', '2026-03-01', 'month'],
        ['8日', '---08', 'day'], ['2028年春', '2028-01-01', 'year'], ['12月', '--12-01', 'month'],
      ]);
      for (const d of report.documents) {
        for (const f of d.figures) if (f.unit !== 'date') assert.equal(f.precision, undefined, `${f.text}: no precision on a ${f.unit}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
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
