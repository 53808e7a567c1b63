// Writes schemas/release-lens.schema.json from the zod schema of the catalog (the single
// source of truth). Run: node --import tsx scripts/generate-catalog-schema.ts
// test/unit/catalog.test.ts fails when the committed file is stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogJsonSchema } from '../server/src/core/catalog';

export const CATALOG_SCHEMA_PATH = path.join(__dirname, '..', 'schemas', 'release-lens.schema.json');

export function renderCatalogSchema(): string {
  return JSON.stringify(catalogJsonSchema(), null, 2) + '\n';
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(CATALOG_SCHEMA_PATH), { recursive: true });
  fs.writeFileSync(CATALOG_SCHEMA_PATH, renderCatalogSchema());
  console.log(`wrote ${path.relative(process.cwd(), CATALOG_SCHEMA_PATH)}`);
}
