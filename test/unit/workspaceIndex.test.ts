// The workspace index after edits: what a user sees in hovers and references follows
// the text, whether the edit touched an entity name or only other words.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { DocumentAnalyzer } from '../../server/src/core/analyzer';
import { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { silentLogger } from '../../server/src/core/types';
import { WorkspaceIndex } from '../../server/src/core/workspace/workspaceIndex';
import { SAMPLE_FILES, readSample } from '../helpers/samples';

describe('workspace index after edits', () => {
  const index = new WorkspaceIndex(new DocumentAnalyzer({ japanese: new JapaneseTokenizer(undefined, undefined, { workerScript: false }), logger: silentLogger }), silentLogger);
  const uri = (name: string) => `file:///w/${name}`;
  const en = readSample(SAMPLE_FILES.hunnanEn);
  // Canonical ids are given when the workspace view is asked for (as every request does).
  const idOf = (doc: string, text: string) => (index.entities(), index.get(uri(doc))!.analysis.mentions.find((m) => m.text === text)?.id);

  before(async () => {
    for (const name of [SAMPLE_FILES.hunnanEn, SAMPLE_FILES.hunnanJa, SAMPLE_FILES.hunnanZh]) await index.upsert(uri(name), readSample(name));
    index.families();
  });

  it('renaming an entity in one version unlinks it, and renaming it back links it again', async () => {
    const liaohe = idOf(SAMPLE_FILES.hunnanJa, 'Liaohe Laboratory')!;
    assert.equal(idOf(SAMPLE_FILES.hunnanEn, 'Liaohe Laboratory'), liaohe);

    await index.upsert(uri(SAMPLE_FILES.hunnanEn), en.replaceAll('Liaohe Laboratory', 'Fushun Laboratory'));
    const fushun = index.mentionAt(uri(SAMPLE_FILES.hunnanEn), index.get(uri(SAMPLE_FILES.hunnanEn))!.text.indexOf('Fushun Laboratory'))!;
    assert.equal(fushun.text, 'Fushun Laboratory');
    assert.notEqual(fushun.id, liaohe);
    assert.ok(index.mentionsOf(liaohe).every((m) => m.uri !== uri(SAMPLE_FILES.hunnanEn)));

    await index.upsert(uri(SAMPLE_FILES.hunnanEn), en);
    assert.equal(idOf(SAMPLE_FILES.hunnanEn, 'Liaohe Laboratory'), liaohe);
    assert.ok(index.mentionsOf(liaohe).some((m) => m.uri === uri(SAMPLE_FILES.hunnanEn)));
    assert.deepEqual(index.diagnostics(uri(SAMPLE_FILES.hunnanEn)), []);
  });

  it('an edit elsewhere keeps the ids and finds a changed figure', async () => {
    const liaohe = idOf(SAMPLE_FILES.hunnanJa, 'Liaohe Laboratory')!;
    await index.upsert(uri(SAMPLE_FILES.hunnanEn), en.replace('28 kilometers', '38 kilometers'));
    assert.equal(idOf(SAMPLE_FILES.hunnanEn, 'Liaohe Laboratory'), liaohe);
    assert.deepEqual(index.diagnostics(uri(SAMPLE_FILES.hunnanEn)).map((d) => d.code), ['figure-mismatch']);
    await index.upsert(uri(SAMPLE_FILES.hunnanEn), en);
    assert.deepEqual(index.diagnostics(uri(SAMPLE_FILES.hunnanEn)), []);
  });
});
