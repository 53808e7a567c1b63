// The catalog file: one zod schema, located problems, a fresh generated JSON schema,
// and edits that keep formatting and refuse to touch a file that cannot be parsed.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  addAliasEdits,
  addEntityEdits,
  addIgnoreEdits,
  applyCatalogEdits,
  catalogJsonSchema,
  catalogSchema,
  parseCatalog,
  renameEntityEdits,
} from '../../server/src/core/catalog';

const GOOD = `{
  // project catalog
  "$schema": "./schemas/release-lens.schema.json",
  "entities": [
    {
      "id": "zone:hunnan-science-and-technology-city",
      "type": "zone",
      "names": { "zh": "浑南科技城", "en": "Hunnan Science and Technology City" },
      "aliases": ["渾南科学技術都市"],
    },
  ],
  "families": [{ "id": "hunnan-2026", "files": ["samples/hunnan-2026-*.txt"] }],
}
`;

const at = (text: string, p: { start: number; end: number }) => text.slice(p.start, p.end);

describe('parseCatalog', () => {
  it('reads a valid catalog with comments and trailing commas', () => {
    const r = parseCatalog(GOOD);
    assert.deepEqual(r.problems, []);
    assert.equal(r.catalog?.entities[0].names.zh, '浑南科技城');
    assert.equal(r.catalog?.families?.[0].files[0], 'samples/hunnan-2026-*.txt');
  });
  it('reports JSON syntax errors at their place and returns no catalog', () => {
    const text = '{ "entities": [ { "id": "zone:a" "type": "zone" } ] }';
    const r = parseCatalog(text);
    assert.equal(r.catalog, undefined);
    assert.ok(r.problems.length >= 1);
    assert.equal(r.problems[0].start, text.indexOf('"type"'));
    assert.match(r.problems[0].message, /Comma expected/);
  });
  it('maps zod issues to the offending node', () => {
    const text = '{\n  "entities": [\n    { "id": "zone:a", "type": "area", "names": { "en": "A" } },\n    { "id": "Bad Id", "type": "lab", "names": {} , "colour": 1}\n  ]\n}';
    const r = parseCatalog(text);
    assert.deepEqual(r.catalog, { entities: [] }, 'both entries have problems: both are left out, the catalog stays in force');
    const texts = r.problems.map((p) => at(text, p));
    assert.ok(texts.includes('"area"'), texts.join(' | '));
    assert.ok(texts.includes('"Bad Id"'), texts.join(' | '));
    assert.ok(texts.includes('"colour"'), texts.join(' | '));
    assert.ok(texts.includes('"names"'), texts.join(' | ')); // no name at all
    assert.ok(r.problems.some((p) => /entities\[0\]\.type/.test(p.message)));
  });
  it('reports a missing property on its object', () => {
    const text = '{ "entities": [ { "id": "zone:a", "type": "zone", "names": { "ja": "A" } }, { "type": "lab", "names": { "ja": "C" } } ] }';
    const r = parseCatalog(text);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /entities\[1\]\.id: Missing required property "id"/);
    assert.equal(text[r.problems[0].start], '{');
    assert.equal(r.problems[0].start, text.indexOf('{ "type": "lab"'));
  });
  it('reports a duplicate id at the second one', () => {
    const text = '{ "entities": [ { "id": "zone:a", "type": "zone", "names": { "ja": "A" } }, { "id": "zone:a", "type": "zone", "names": { "ja": "B" } } ] }';
    const r = parseCatalog(text);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /Duplicate entity id "zone:a"/);
    assert.equal(r.problems[0].start, text.lastIndexOf('"zone:a"'));
  });
  it('never throws, whatever the input', () => {
    for (const t of ['', '   ', 'null', '[]', '{', '{"entities": 3}', '\u0000', '"x"']) {
      const r = parseCatalog(t);
      assert.equal(r.catalog, undefined, t);
      assert.ok(r.problems.length > 0, t);
      for (const p of r.problems) assert.ok(p.start >= 0 && p.end >= p.start && p.end <= Math.max(t.length, 1), t);
    }
  });
});

describe('the JSON schema', () => {
  it('is generated from the zod schema', () => {
    const s = catalogJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    assert.ok(s.properties.entities && s.properties.families && s.properties.ignore);
    assert.deepEqual(s.required, ['entities']);
    assert.ok(catalogSchema.safeParse({ entities: [] }).success);
  });
  // The committed schemas/release-lens.schema.json is checked by test/unit/generated.test.ts.
});

describe('catalog edits', () => {
  const apply = (text: string, r: { edits: { offset: number; length: number; content: string }[] } | { error: string }) => {
    assert.ok('edits' in r, 'error' in r ? r.error : '');
    return applyCatalogEdits(text, r.edits);
  };
  it('adds an entity, keeping comments and indentation, with a generated id', () => {
    const r = addEntityEdits(GOOD, { type: 'lab', name: '辽河实验室', language: 'zh' });
    assert.ok('id' in r);
    assert.equal(r.id, 'lab:liaohe-laboratory');
    const out = apply(GOOD, r);
    assert.ok(out.includes('// project catalog'));
    const c = parseCatalog(out).catalog!;
    assert.equal(c.entities.length, 2);
    assert.deepEqual(c.entities[1], { id: 'lab:liaohe-laboratory', type: 'lab', names: { zh: '辽河实验室' } });
    assert.match(out, /\n {4}\{\n {6}"id": "lab:liaohe-laboratory"/);
  });
  it('makes ids unique and refuses a duplicate explicit id', () => {
    const r1 = addEntityEdits(GOOD, { type: 'zone', name: 'Hunnan Science and Technology City', language: 'en' });
    assert.ok('id' in r1 && r1.id === 'zone:hunnan-science-and-technology-city-2');
    const r2 = addEntityEdits(GOOD, { id: 'zone:hunnan-science-and-technology-city', type: 'zone', name: 'X', language: 'en' });
    assert.ok('error' in r2);
  });
  it('creates the file content when the catalog is empty', () => {
    const out = apply('', addEntityEdits('', { type: 'zone', name: 'Fuzhou High-Tech Zone', language: 'en' }));
    assert.deepEqual(parseCatalog(out).catalog, { entities: [{ id: 'zone:fuzhou-high-tech-zone', type: 'zone', names: { en: 'Fuzhou High-Tech Zone' } }] });
  });
  it('adds aliases (once), and creates a recognised entity that is not in the catalog yet', () => {
    const out = apply(GOOD, addAliasEdits(GOOD, 'zone:hunnan-science-and-technology-city', '科技城'));
    assert.deepEqual(parseCatalog(out).catalog!.entities[0].aliases, ['渾南科学技術都市', '科技城']);
    assert.deepEqual(addAliasEdits(out, 'zone:hunnan-science-and-technology-city', '科技城'), { edits: [] });
    assert.ok('error' in addAliasEdits(GOOD, 'lab:liaohe-laboratory', 'Liaohe Lab'));
    const created = apply(GOOD, addAliasEdits(GOOD, 'lab:liaohe-laboratory', 'Liaohe Lab', { type: 'lab', names: { zh: '辽河实验室', en: 'Liaohe Laboratory' } }));
    assert.deepEqual(parseCatalog(created).catalog!.entities[1], { id: 'lab:liaohe-laboratory', type: 'lab', names: { zh: '辽河实验室', en: 'Liaohe Laboratory' }, aliases: ['Liaohe Lab'] });
  });
  it('adds ignore entries (creating the array, no duplicates)', () => {
    const entry = { code: 'figure-mismatch', file: 'samples/a.ja.txt', fingerprint: 'abc123' };
    const out = apply(GOOD, addIgnoreEdits(GOOD, entry));
    assert.deepEqual(parseCatalog(out).catalog!.ignore, [entry]);
    assert.deepEqual(addIgnoreEdits(out, entry), { edits: [] });
    const out2 = apply(out, addIgnoreEdits(out, { code: 'date-mismatch' }));
    assert.equal(parseCatalog(out2).catalog!.ignore!.length, 2);
  });
  it('renames an entity in one language', () => {
    const out = apply(GOOD, renameEntityEdits(GOOD, 'zone:hunnan-science-and-technology-city', 'ja', '渾南科学技術都市'));
    assert.equal(parseCatalog(out).catalog!.entities[0].names.ja, '渾南科学技術都市');
    assert.ok('error' in renameEntityEdits(GOOD, 'zone:nope', 'ja', 'x'));
  });
  it('refuses to edit a catalog it cannot parse or validate', () => {
    for (const broken of ['{ "entities": [ ', '{ "entitys": [] }', '{ "entities": 3 }']) {
      assert.ok('error' in addEntityEdits(broken, { type: 'zone', name: 'X', language: 'en' }), broken);
      assert.ok('error' in addAliasEdits(broken, 'zone:a', 'y', { type: 'zone', names: { en: 'A' } }), broken);
      assert.ok('error' in addIgnoreEdits(broken, { code: 'x' }), broken);
      assert.ok('error' in renameEntityEdits(broken, 'zone:a', 'en', 'B'), broken);
    }
  });
  it('keeps tab indentation', () => {
    const tabbed = '{\n\t"entities": []\n}\n';
    const out = apply(tabbed, addEntityEdits(tabbed, { type: 'zone', name: 'A Zone', language: 'en' }));
    assert.match(out, /\n\t\t\{/);
  });
});
