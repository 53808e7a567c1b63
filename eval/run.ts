// npm run eval — scores the engines on the development sets (real text materialised into
// the git-ignored eval/.texts/) and, with --recognizers DIR, on Recognizers-Text's Specs.
// Not a CI test: CI cannot reach the texts. Each evaluation is one module in this folder
// exporting `evaluate(options)`, which prints its table and returns its scores.
//   npm run eval [-- --only figures,entities,families] [--set releases|heldout|heldout-families] [--recognizers DIR] [--json FILE] [--ids REGEX]
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { evalSets, type FamilySetName, type ReleaseSetName } from './devset';

export interface EvalOptions {
  recognizersDir?: string;
  verbose: boolean;
  /** The release set figures and entities are scored on: `releases` (default) or `heldout`. */
  set: ReleaseSetName;
  /** The family set families are scored on: `families` (default) or `heldout-families`. */
  familySet: FamilySetName;
  /** Only the releases whose id matches this pattern (e.g. `^en-(59|6)`): scores a slice on its own. */
  ids?: RegExp;
}
export type EvalModule = { evaluate(options: EvalOptions): Promise<Record<string, unknown>> };

const EVALUATIONS = ['figures', 'entities', 'families', 'recognizers'] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, recognizers: { type: 'string' }, json: { type: 'string' }, set: { type: 'string', default: 'releases' }, ids: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } },
  });
  const only = values.only ? values.only.split(',') : [...EVALUATIONS];
  const { releaseSet, familySet } = evalSets(values.set);
  const options: EvalOptions = { recognizersDir: values.recognizers, verbose: values.verbose ?? false, set: releaseSet ?? 'releases', familySet, ids: values.ids ? new RegExp(values.ids) : undefined };
  const results: Record<string, unknown> = {};
  for (const name of EVALUATIONS) {
    if (!only.includes(name)) continue;
    if ((name === 'figures' || name === 'entities') && !releaseSet) {
      console.log(`${name}: skipped (${values.set} is a family set; --only families scores it)\n`);
      continue;
    }
    if (name === 'recognizers' && !options.recognizersDir) {
      console.log('recognizers: skipped (pass --recognizers DIR, a copy of microsoft/Recognizers-Text)\n');
      continue;
    }
    const file = path.join(__dirname, `${name}.ts`);
    if (!existsSync(file)) {
      console.log(`${name}: no evaluation yet\n`);
      continue;
    }
    const mod = (await import(file)) as EvalModule;
    console.log(`== ${name}`);
    results[name] = await mod.evaluate(options);
    console.log('');
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
