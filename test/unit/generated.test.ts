// The files generated from the zod schemas (scripts/generate.ts) are committed up to date:
// a change to a schema without `npm run generate` fails here, and so in CI.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { GENERATED, ROOT, settingsConfiguration } from '../../scripts/generate';

describe('generated files (npm run generate)', () => {
  for (const { file, render } of GENERATED) {
    it(`the committed ${file} is what the code generates`, () => {
      const full = path.join(ROOT, file);
      assert.ok(fs.existsSync(full), `${file} is missing: run npm run generate`);
      const committed = fs.readFileSync(full, 'utf8');
      // Not assert.equal on the whole text: name the file and the command in the failure.
      if (committed !== render(committed)) assert.fail(`${file} is stale: run npm run generate`);
    });
  }
});

describe('package.json settings from common/src/settings.ts', () => {
  const { properties } = settingsConfiguration() as { properties: Record<string, Record<string, unknown>> };

  it('one setting per leaf of the schema, nested objects as dotted keys', () => {
    assert.ok(properties['releaseLens.checks.figure-mismatch']);
    assert.ok(properties['releaseLens.hover.maxMentions']);
    assert.equal(properties['releaseLens.checks'], undefined);
  });

  it('the scope from the schema meta, else resource', () => {
    assert.equal(properties['releaseLens.trace.server'].scope, 'window');
    assert.equal(properties['releaseLens.include'].scope, 'resource');
  });

  it('enum descriptions under the prefix the schema names, else the setting key', () => {
    assert.deepEqual(properties['releaseLens.checks.count-claim'].enumDescriptions, ['error', 'warning', 'information', 'hint', 'off'].map((v) => `%releaseLens.severity.${v}%`));
    assert.deepEqual(properties['releaseLens.trace.server'].enumDescriptions, ['off', 'messages', 'verbose'].map((v) => `%releaseLens.trace.server.${v}%`));
  });

  it('bounds a user can read (not those of a safe integer)', () => {
    assert.equal(properties['releaseLens.hover.maxMentions'].maximum, 200);
    assert.equal(properties['releaseLens.maxFileSizeKB'].minimum, 1);
    assert.equal(properties['releaseLens.maxFileSizeKB'].maximum, undefined);
  });

  it('orders the settings as the schema does', () => {
    const orders = Object.values(properties).map((p) => p.order as number);
    assert.deepEqual(orders, orders.map((_, i) => i));
  });
});
