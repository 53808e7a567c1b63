// `npm run eval -- --set NAME`: which sets a name scores, and the committed held-out family
// set's own consistency (manifest and annotations; the texts are not in CI).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { evalSets } from '../../eval/devset';
import { FamilyAnnotationSchema, ManifestSchema } from '../../eval/schema';

const devsets = path.resolve(__dirname, '../../eval/devsets');
const manifestOf = (set: string) => {
  const dir = path.join(devsets, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^manifest[a-z0-9.-]*\.json$/.test(n))
    .flatMap((n) => ManifestSchema.parse(JSON.parse(readFileSync(path.join(dir, n), 'utf8'))));
};

describe('eval --set', () => {
  it('scores releases and the development families by default, held-out releases with heldout', () => {
    assert.deepEqual(evalSets('releases'), { releaseSet: 'releases', familySet: 'families' });
    assert.deepEqual(evalSets('heldout'), { releaseSet: 'heldout', familySet: 'families' });
  });

  it('scores only families with heldout-families, and refuses an unknown set', () => {
    assert.deepEqual(evalSets('heldout-families'), { familySet: 'heldout-families' });
    assert.throws(() => evalSets('families-heldout'), /--set/);
  });
});

describe('eval/devsets/heldout-families', () => {
  const manifest = manifestOf('heldout-families');
  const annotationDir = path.join(devsets, 'heldout-families', 'annotations');
  const annotations = existsSync(annotationDir)
    ? readdirSync(annotationDir).filter((n) => n.endsWith('.json')).map((n) => FamilyAnnotationSchema.parse(JSON.parse(readFileSync(path.join(annotationDir, n), 'utf8'))))
    : [];

  it('annotates every manifest family, with versions of that family only', () => {
    const familyOf = new Map(manifest.map((e) => [e.id, e.family]));
    assert.deepEqual(new Set(annotations.map((a) => a.family)), new Set(manifest.map((e) => e.family)));
    for (const a of annotations) {
      for (const v of a.versions) assert.equal(familyOf.get(v), a.family, `${a.family}: ${v}`);
      for (const fact of a.facts) for (const v of Object.keys(fact.surfaces)) assert.ok(a.versions.includes(v), `${a.family} ${fact.fact}: ${v}`);
      for (const e of a.entities) for (const v of Object.keys(e.surfaces)) assert.ok(a.versions.includes(v), `${a.family} ${e.entity}: ${v}`);
    }
  });

  it('shares no text with the sets the engines were tuned on, nor with the held-out releases', () => {
    const elsewhere = new Set(['releases', 'families', 'heldout'].flatMap((s) => manifestOf(s).map((e) => e.url)));
    for (const e of manifest) assert.ok(!elsewhere.has(e.url), `${e.id}: ${e.url}`);
  });
});
