// The forgiving catalog (a bad entry is reported and skipped; plain ids) and the editor's
// correction loop (Not an Entity, Change Type, Unlink, Same Entity as): each correction is
// one catalog edit that keeps the file's formatting, and recognition obeys it.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  applyCatalogEdits,
  changeTypeEdits,
  mergeEdits,
  parseCatalog,
  rejectEdits,
  unlinkEdits,
  type Catalog,
} from '../../server/src/core/catalog';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { analyze, loadTokenizer } from '../fixtures/entities/analyze';

const CATALOG = `{
  // our catalog
  "entities": [
    { "id": "zone:marlow-tech-park", "type": "zone", "names": { "en": "Marlow Tech Park" } },
    { "id": "Bad Id", "type": "lab", "names": { "en": "Quill Laboratory" } },
    { "id": "birch-valley", "type": "zone", "names": { "en": "Birch Valley Innovation Park" } },
    { "id": "lab:no-name", "type": "lab", "names": {} }
  ]
}
`;

const apply = (text: string, r: { edits: { offset: number; length: number; content: string }[] } | { error: string }): string => {
  assert.ok('edits' in r, 'error' in r ? r.error : '');
  assert.equal(r.edits.length, 1, 'one edit: one undo step');
  return applyCatalogEdits(text, r.edits);
};

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});
const found = (text: string, catalog?: Catalog) => analyze(tok, 'a.txt', text, catalog).mentions.map((m) => `${m.type} ${m.text}`);

describe('a forgiving catalog', () => {
  it('reports each bad entry at its place, skips it, and keeps the rest in force; plain ids are accepted', () => {
    const r = parseCatalog(CATALOG);
    assert.deepEqual(r.catalog?.entities.map((e) => e.id), ['zone:marlow-tech-park', 'birch-valley']);
    assert.equal(r.problems.length, 2);
    assert.equal(CATALOG.slice(r.problems[0].start, r.problems[0].end), '"Bad Id"');
    assert.match(r.problems[1].message, /entities\[3\]/);
    assert.deepEqual(found('Tenants moved into Birch Valley Innovation Park in May.', r.catalog), ['zone Birch Valley Innovation Park']);
  });
  it('edits a catalog with a bad entry at the right places (the file keeps the bad entry)', () => {
    const out = apply(CATALOG, mergeEdits(CATALOG, { id: 'birch-valley', type: 'zone', names: {}, fromCatalog: true }, 'BVIP'));
    assert.deepEqual(parseCatalog(out).catalog?.entities[1].aliases, ['BVIP']);
    assert.ok(out.includes('"Bad Id"') && out.includes('// our catalog'));
  });
});

describe('the correction loop', () => {
  const text = 'The Harlow Robotics Center opened at Marlow Tech Park. Deputy Planning Council chair spoke.';
  it('Not an Entity: the name goes to `reject`, once, and is found nowhere', () => {
    const before = found(text);
    assert.ok(before.includes('organization Deputy Planning Council'), before.join(' | '));
    const out = apply(CATALOG, rejectEdits(CATALOG, 'Deputy Planning Council'));
    assert.ok(out.includes('// our catalog'));
    const catalog = parseCatalog(out).catalog!;
    assert.deepEqual(catalog.reject, ['Deputy Planning Council']);
    assert.ok(!found(text, catalog).some((m) => m.endsWith('Deputy Planning Council')));
    assert.deepEqual((rejectEdits(out, 'deputy planning council') as { edits: unknown[] }).edits, []);
    // a second rejection appends to the list
    const twice = apply(out, rejectEdits(out, 'Harlow Robotics Center'));
    assert.deepEqual(parseCatalog(twice).catalog!.reject, ['Deputy Planning Council', 'Harlow Robotics Center']);
  });
  it('Change Type: a recognised entity is recorded with the new type, which recognition then uses', () => {
    assert.ok(found(text).includes('project Harlow Robotics Center'));
    const out = apply(CATALOG, changeTypeEdits(CATALOG, { id: 'project:harlow-robotics-center', type: 'project', names: { en: 'Harlow Robotics Center' }, fromCatalog: false }, 'lab'));
    assert.ok(found(text, parseCatalog(out).catalog).includes('lab Harlow Robotics Center'));
    // a catalog entity's type is changed in place
    const moved = apply(CATALOG, changeTypeEdits(CATALOG, { id: 'zone:marlow-tech-park', type: 'zone', names: {}, fromCatalog: true }, 'project'));
    assert.equal(parseCatalog(moved).catalog!.entities[0].type, 'project');
  });
  it('Unlink: the name and the rest of the entity become two catalog entities', () => {
    const start = apply(CATALOG, mergeEdits(CATALOG, { id: 'zone:marlow-tech-park', type: 'zone', names: {}, fromCatalog: true }, 'Marlow Park'));
    const out = apply(start, unlinkEdits(start, { id: 'zone:marlow-tech-park', type: 'zone', names: { en: 'Marlow Tech Park' }, fromCatalog: true }, 'Marlow Park', 'en'));
    const c = parseCatalog(out).catalog!;
    assert.equal(c.entities[0].aliases, undefined);
    const own = c.entities.find((e) => e.names.en === 'Marlow Park');
    assert.ok(own && own.id !== 'zone:marlow-tech-park');
    // a recognised (not catalogued) entity is written down without the name
    const rec = apply(CATALOG, unlinkEdits(CATALOG, { id: 'lab:qiyun-lab', type: 'lab', names: { en: 'Qiyun Lab', zh: '齐云实验室' }, fromCatalog: false }, 'Qiyun Lab', 'en'));
    const r = parseCatalog(rec).catalog!;
    assert.deepEqual(r.entities.find((e) => e.id === 'lab:qiyun-lab')?.names, { zh: '齐云实验室' });
    assert.ok(r.entities.some((e) => e.id !== 'lab:qiyun-lab' && e.names.en === 'Qiyun Lab'));
  });
  it('Same Entity as: the name becomes an alias of the target (written down if only recognised)', () => {
    const out = apply(CATALOG, mergeEdits(CATALOG, { id: 'project:harlow-robotics-center', type: 'project', names: { en: 'Harlow Robotics Center' }, fromCatalog: false }, 'HRC'));
    const e = parseCatalog(out).catalog!.entities.find((x) => x.id === 'project:harlow-robotics-center')!;
    assert.deepEqual(e.aliases, ['HRC']);
  });
  it('creates the catalog when there is none', () => {
    const out = apply('', rejectEdits('', 'Planning Council'));
    assert.deepEqual(parseCatalog(out).catalog, { entities: [], reject: ['Planning Council'] });
  });
  it('refuses to rewrite a catalog with syntax errors', () => {
    assert.ok('error' in rejectEdits('{ "entities": [', 'X'));
  });
});
