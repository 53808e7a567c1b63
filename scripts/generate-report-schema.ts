// Writes schemas/release-lens-report.schema.json from the zod schema of the CLI's JSON
// output. Run: node --import tsx scripts/generate-report-schema.ts
// test/cli/jsonReport.test.ts fails when the committed file is stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reportJsonSchema } from '../server/src/cli/jsonReport';

export const REPORT_SCHEMA_PATH = path.join(__dirname, '..', 'schemas', 'release-lens-report.schema.json');

export function renderReportSchema(): string {
  return JSON.stringify(reportJsonSchema(), null, 2) + '\n';
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(REPORT_SCHEMA_PATH), { recursive: true });
  fs.writeFileSync(REPORT_SCHEMA_PATH, renderReportSchema());
  console.log(`wrote ${path.relative(process.cwd(), REPORT_SCHEMA_PATH)}`);
}
