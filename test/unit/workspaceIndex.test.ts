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

describe('findings that point into an edited document', () => {
  const make = () => new WorkspaceIndex(new DocumentAnalyzer({ japanese: new JapaneseTokenizer(undefined, undefined, { workerScript: false }), logger: silentLogger }), silentLogger);
  const a = 'file:///w/a.txt';
  const b = 'file:///w/b.txt';
  const textA = 'QINGSHAN, May 3, 2026 -- The city opened the 7.2-square-kilometer Qingshan Science City to companies.\n';
  const textB = 'QINGSHAN, June 9, 2026 -- Officials toured the 7.5-square-kilometer Qingshan Science City on Tuesday.\n';
  const relatedIn = (index: WorkspaceIndex) => index.diagnostics(a).flatMap((d) => d.related.filter((r) => r.uri === b).map((r) => ({ code: d.code, start: r.start, end: r.end })));

  it('follow its text when an edit there moves a figure, as a fresh index would find them', async () => {
    const index = make();
    await index.upsert(a, textA);
    await index.upsert(b, textB);
    const before = relatedIn(index);
    assert.equal(before.length, 1, 'the conflicting area is found');
    assert.equal(before[0].code, 'entity-figure-conflict');
    assert.equal(textB.slice(before[0].start, before[0].end), '7.5-square-kilometer');
    index.takeChangedDiagnostics();

    const edited = textB.replace('Officials toured', 'Officials from the ministry toured');
    await index.upsert(b, edited, true);
    const changed = index.takeChangedDiagnostics();
    const after = relatedIn(index);
    assert.equal(edited.slice(after[0].start, after[0].end), '7.5-square-kilometer');
    assert.ok(changed === 'all' || changed.has(a), 'the other document is published again');

    const fresh = make();
    await fresh.upsert(a, textA);
    await fresh.upsert(b, edited);
    assert.deepEqual(after, relatedIn(fresh));
  });
});
