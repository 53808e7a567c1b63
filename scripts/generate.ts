// Writes the files generated from the code's zod schemas (each schema is the single source
// of truth; the files are committed so that VS Code, editors and users read them without a
// build):
//   schemas/release-lens.schema.json         the catalog (server/src/core/catalog)
//   schemas/release-lens-report.schema.json  the CLI's JSON output (server/src/cli/jsonReport.ts)
//   package.json contributes.configuration   the settings (common/src/settings.ts)
// Run: npm run generate (writes) or npm run generate -- --check (fails on a stale file).
// test/unit/generated.test.ts fails when a committed file is stale, so a drift fails CI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { settingsSchema } from '../common/src/settings';
import { reportJsonSchema } from '../server/src/cli/jsonReport';
import { catalogJsonSchema } from '../server/src/core/catalog';

export const ROOT = path.join(__dirname, '..');

export interface Generated {
  /** Relative to the repository root. */
  file: string;
  /** The file's generated text, given its committed text (undefined if absent). */
  render(committed: string | undefined): string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** The JSON Schema of a zod schema (draft-07), as one object per JSON Schema node. */
type JsonSchema = { [key: string]: unknown; type?: string; properties?: Record<string, JsonSchema>; enum?: unknown[] };

/** Zod's bounds of a safe integer say nothing a user needs to read. */
const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

/**
 * package.json's `contributes.configuration` from the settings schema: one setting per
 * leaf (nested objects become dotted keys, as VS Code's configuration reads them), in
 * the schema's order, with its default, type and bounds, its scope (the schema's meta,
 * else 'resource') and localised descriptions: `%releaseLens.<setting>%` for the
 * setting and `%<prefix>.<value>%` for each enum value (package.nls*.json).
 */
export function settingsConfiguration(): Record<string, unknown> {
  const schema = z.toJSONSchema(settingsSchema, { target: 'draft-07', io: 'input' }) as JsonSchema;
  const properties: Record<string, unknown> = {};
  const visit = (node: JsonSchema, key: string) => {
    if (node.type === 'object' && node.properties) {
      for (const [name, inner] of Object.entries(node.properties)) visit(inner, `${key}.${name}`);
      return;
    }
    const { default: defaultValue, scope, enumDescriptions, type, items, enum: values, minimum, maximum } = node;
    const setting: Record<string, unknown> = { type, items, enum: values };
    if (values) setting.enumDescriptions = values.map((value) => `%${enumDescriptions ?? key}.${String(value)}%`);
    if (typeof minimum === 'number' && minimum > -SAFE_INTEGER) setting.minimum = minimum;
    if (typeof maximum === 'number' && maximum < SAFE_INTEGER) setting.maximum = maximum;
    Object.assign(setting, { default: defaultValue, markdownDescription: `%${key}%`, scope: scope ?? 'resource', order: Object.keys(properties).length });
    properties[key] = JSON.parse(JSON.stringify(setting)); // drops the undefined fields
  };
  visit(schema, 'releaseLens');
  return { title: '%releaseLens.configuration.title%', properties };
}

export const GENERATED: Generated[] = [
  { file: 'schemas/release-lens.schema.json', render: () => json(catalogJsonSchema()) },
  { file: 'schemas/release-lens-report.schema.json', render: () => json(reportJsonSchema()) },
  {
    file: 'package.json',
    render: (committed) => {
      if (committed === undefined) throw new Error('package.json is missing');
      const manifest = JSON.parse(committed);
      manifest.contributes.configuration = settingsConfiguration();
      return json(manifest);
    },
  },
];

function read(file: string): string | undefined {
  const full = path.join(ROOT, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
}

/** The generated files whose committed text differs from what the code generates now. */
export function staleFiles(): string[] {
  return GENERATED.filter(({ file, render }) => {
    const committed = read(file);
    return committed !== render(committed);
  }).map((g) => g.file);
}

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    for (const file of stale) console.error(`${file} is stale: run npm run generate`);
    process.exit(stale.length > 0 ? 1 : 0);
  }
  for (const { file, render } of GENERATED) {
    const committed = read(file);
    const text = render(committed);
    if (text === committed) continue;
    fs.mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
    fs.writeFileSync(path.join(ROOT, file), text);
    console.log(`wrote ${file}`);
  }
}
