#!/usr/bin/env node
// Records the SHA-256 of each materialised text in its manifest entry (where missing), so
// that a text materialised again in a later session is checked against the one the
// annotations were made on.   node eval/tools/record-hashes.mjs
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TEXTS = process.env.RELEASE_LENS_EVAL_TEXTS ?? path.join(ROOT, 'eval', '.texts');
for (const set of ['releases', 'families']) {
  const dir = path.join(ROOT, 'eval', 'devsets', set);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((n) => /^manifest[a-z0-9.-]*\.json$/.test(n))) {
    const file = path.join(dir, name);
    const entries = JSON.parse(readFileSync(file, 'utf8'));
    let added = 0;
    for (const e of entries) {
      const text = path.join(TEXTS, set, `${e.id}.txt`);
      if (e.sha256 || !existsSync(text)) continue;
      e.sha256 = createHash('sha256').update(readFileSync(text)).digest('hex');
      added++;
    }
    writeFileSync(file, JSON.stringify(entries, null, 2) + '\n');
    console.log(`${set}/${name}: ${added} hash(es) recorded`);
  }
}
