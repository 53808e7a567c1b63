#!/usr/bin/env node
// Materialises one excerpt of a `pages` search answer, byte-exact, into eval/.texts/ and
// records where it came from in the set's manifest (never the text).
//
//   node eval/tools/save-excerpt.mjs --set releases|heldout|families|heldout-families --id zh-07 --lang zh [--script hant]
//        [--family NAME] [--manifest manifest.zh.json] --url URL < answer.json
//
// A set's manifest may be split in parts (manifest.zh.json ...) that are read together.
// answer.json is the search tool's JSON answer as returned (query, results[]). The
// excerpt of the result whose url equals --url is written to eval/.texts/<set>/<id>.txt.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    set: { type: 'string' }, id: { type: 'string' }, lang: { type: 'string' }, script: { type: 'string' },
    family: { type: 'string' }, url: { type: 'string' }, force: { type: 'boolean' },
    manifest: { type: 'string', default: 'manifest.json' },
  },
});
for (const k of ['set', 'id', 'lang', 'url']) if (!values[k]) fail(`--${k} is required`);
if (!/^[a-z0-9][a-z0-9-]*$/.test(values.id)) fail('--id: lower-case letters, digits and dashes');

const answer = JSON.parse(readFileSync(0, 'utf8'));
if (!answer || !Array.isArray(answer.results)) fail('stdin is not a search answer (no results array)');
const hit = answer.results.find((r) => r.url === values.url);
if (!hit) fail(`no result with url ${values.url} in this answer (urls: ${answer.results.map((r) => r.url).join(', ')})`);
if (typeof hit.excerpt !== 'string' || hit.excerpt.length === 0) fail('that result has no excerpt');

const textDir = path.join(process.env.RELEASE_LENS_EVAL_TEXTS ?? path.join(ROOT, 'eval', '.texts'), values.set);
if (!/^manifest[a-z0-9.-]*\.json$/.test(values.manifest)) fail('--manifest: manifest.json or manifest.<part>.json');
const manifestPath = path.join(ROOT, 'eval', 'devsets', values.set, values.manifest);
mkdirSync(textDir, { recursive: true });
const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : [];
const clash = manifest.find((e) => e.id === values.id && e.url !== values.url);
if (clash && !values.force) fail(`id ${values.id} is already used for ${clash.url} (--force to replace)`);
const dupe = manifest.find((e) => e.url === values.url && e.id !== values.id);
if (dupe) fail(`this url is already in the set as ${dupe.id}`);
// a held-out set must not share a text with the sets the engines were tuned on (nor with the other held-out set)
const NOT_IN = { heldout: ['releases', 'families', 'heldout-families'], 'heldout-families': ['releases', 'families', 'heldout'] };
if (values.set === 'heldout-families' && !values.family) fail('--family is required for a family set');
if (NOT_IN[values.set]) {
  for (const dev of NOT_IN[values.set]) {
    const dir = path.join(ROOT, 'eval', 'devsets', dev);
    const files = existsSync(dir) ? readdirSync(dir).filter((n) => /^manifest[a-z0-9.-]*\.json$/.test(n)) : [];
    for (const n of files) if (JSON.parse(readFileSync(path.join(dir, n), 'utf8')).some((e) => e.url === values.url)) fail(`this url is in the ${dev} set`);
  }
}

writeFileSync(path.join(textDir, `${values.id}.txt`), hit.excerpt, 'utf8');
const entry = {
  id: values.id,
  lang: values.lang,
  ...(values.script ? { script: values.script } : {}),
  query: answer.query,
  url: values.url,
  first40: Array.from(hit.excerpt).slice(0, 40).join(''),
  sha256: createHash('sha256').update(hit.excerpt, 'utf8').digest('hex'),
  ...(values.family ? { family: values.family } : {}),
};
const next = manifest.filter((e) => e.id !== values.id);
next.push(entry);
next.sort((a, b) => a.id.localeCompare(b.id));
mkdirSync(path.dirname(manifestPath), { recursive: true });
writeFileSync(manifestPath, JSON.stringify(next, null, 2) + '\n');
console.log(`saved ${values.set}/${values.id}.txt (${Buffer.byteLength(hit.excerpt)} bytes)`);

function fail(message) {
  console.error(`save-excerpt: ${message}`);
  process.exit(2);
}
