// The workspace index while a bulk load (the cold index) runs: the whole-workspace view
// waits for its end, the documents being edited are answered from a view of their own,
// and the view after it is the one a fresh index computes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentAnalyzer } from '../../server/src/core/analyzer';
import { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { silentLogger } from '../../server/src/core/types';
import { WorkspaceIndex } from '../../server/src/core/workspace/workspaceIndex';
import { SAMPLE_FILES, readSample } from '../helpers/samples';

const japanese = new JapaneseTokenizer(undefined, undefined, { workerScript: false });
const newIndex = () => new WorkspaceIndex(new DocumentAnalyzer({ japanese, logger: silentLogger }), silentLogger);
const uri = (name: string) => `file:///w/${name}`;
const HUNNAN = [SAMPLE_FILES.hunnanEn, SAMPLE_FILES.hunnanJa, SAMPLE_FILES.hunnanZh];
// One figure changed in the Japanese version: a figure-mismatch once its family is seen.
const editedJa = readSample(SAMPLE_FILES.hunnanJa).replace('28キロ', '38キロ');
const codes = (index: WorkspaceIndex, name: string) => index.diagnostics(uri(name)).map((d) => d.code).sort();

describe('the workspace view deferred during a bulk load', () => {
  it('answers an edited document from a view of the open documents, and the full view after', async () => {
    const index = newIndex();
    index.deferView(true);
    await index.upsert(uri(SAMPLE_FILES.hunnanEn), readSample(SAMPLE_FILES.hunnanEn));
    await index.upsert(uri(SAMPLE_FILES.hunnanZh), readSample(SAMPLE_FILES.hunnanZh));
    await index.upsert(uri(SAMPLE_FILES.hunnanJa), editedJa, true, 1);

    // Only the open document is in the view: its family is not known yet, so no mismatch.
    assert.deepEqual(index.takeChangedDiagnostics(), new Set([uri(SAMPLE_FILES.hunnanJa)]));
    assert.deepEqual(codes(index, SAMPLE_FILES.hunnanJa), []);
    assert.equal(index.familyOf(uri(SAMPLE_FILES.hunnanJa)), undefined);
    const mention = index.get(uri(SAMPLE_FILES.hunnanJa))!.analysis.mentions[0];
    assert.ok(index.mentionsOf(index.mentionAt(uri(SAMPLE_FILES.hunnanJa), mention.start)!.id).every((m) => m.uri === uri(SAMPLE_FILES.hunnanJa)));

    index.deferView(false);
    assert.equal(index.takeChangedDiagnostics(), 'all');
    const fresh = newIndex();
    for (const name of HUNNAN) await fresh.upsert(uri(name), name === SAMPLE_FILES.hunnanJa ? editedJa : readSample(name));
    for (const name of HUNNAN) assert.deepEqual(index.diagnostics(uri(name)), fresh.diagnostics(uri(name)), name);
    assert.ok(codes(index, SAMPLE_FILES.hunnanJa).includes('figure-mismatch'));
  });

  it('ends in steps with the view a fresh index computes, started again when a document changes meanwhile', async () => {
    const index = newIndex();
    index.deferView(true);
    for (const name of [...HUNNAN, SAMPLE_FILES.beihu]) await index.upsert(uri(name), readSample(name));
    let pauses = 0;
    const pause = async () => {
      // An edit arrives between two steps of the first attempt.
      if (++pauses === 1) await index.upsert(uri(SAMPLE_FILES.hunnanJa), editedJa, true, 2);
    };
    await index.endDeferredView(pause, 0);
    assert.equal(index.viewDeferred, false);
    assert.ok(pauses > 3, `${pauses} pauses`);
    assert.equal(index.takeChangedDiagnostics(), 'all');
    const fresh = newIndex();
    for (const name of [...HUNNAN, SAMPLE_FILES.beihu]) await fresh.upsert(uri(name), name === SAMPLE_FILES.hunnanJa ? editedJa : readSample(name));
    for (const name of [...HUNNAN, SAMPLE_FILES.beihu]) assert.deepEqual(index.diagnostics(uri(name)), fresh.diagnostics(uri(name)), name);
    const id = (i: WorkspaceIndex) => i.mentionAt(uri(SAMPLE_FILES.hunnanEn), i.get(uri(SAMPLE_FILES.hunnanEn))!.text.indexOf('Liaohe Laboratory'))!.id;
    assert.equal(index.mentionsOf(id(index)).length, fresh.mentionsOf(id(fresh)).length);
  });

  it('takes in an edit that moved only text meanwhile, as a fresh index would see it', async () => {
    const index = newIndex();
    index.deferView(true);
    for (const name of HUNNAN) await index.upsert(uri(name), readSample(name));
    const moved = '追記。\n' + editedJa; // every figure and name moves
    await index.upsert(uri(SAMPLE_FILES.hunnanJa), editedJa, true, 1);
    let pauses = 0;
    await index.endDeferredView(async () => {
      if (++pauses === 2) await index.upsert(uri(SAMPLE_FILES.hunnanJa), moved, true, 2);
    }, 0);
    assert.equal(index.viewDeferred, false);
    const fresh = newIndex();
    for (const name of HUNNAN) await fresh.upsert(uri(name), name === SAMPLE_FILES.hunnanJa ? moved : readSample(name));
    for (const name of HUNNAN) assert.deepEqual(index.diagnostics(uri(name)), fresh.diagnostics(uri(name)), name);
  });

  it('answers an edit that arrives while it links before linking ends, and ends with the view a fresh index computes', async () => {
    const index = newIndex();
    index.deferView(true);
    const names = [...HUNNAN, SAMPLE_FILES.beihu, SAMPLE_FILES.suzhou];
    for (const name of names) await index.upsert(uri(name), readSample(name));
    await index.upsert(uri(SAMPLE_FILES.hunnanJa), editedJa, true, 1);
    const moved = '追記。\n' + editedJa;
    let answer: Promise<string[]> | undefined;
    let answered = false;
    let linkPausesAfterAnswer = 0;
    // Each pause lets the event loop turn once, as the server's does: what is queued runs.
    await index.endDeferredView(async (step) => {
      if (step === 'link' && !answer) {
        answer = index.upsert(uri(SAMPLE_FILES.hunnanJa), moved, true, 2).then(() => {
          answered = true;
          return codes(index, SAMPLE_FILES.hunnanJa);
        });
      } else if (step === 'link' && answered) linkPausesAfterAnswer++;
      await new Promise((resolve) => setImmediate(resolve));
    }, 0);
    assert.ok(answer, 'linking paused');
    // The open document's own view answered it: its family is not known to that view yet.
    assert.deepEqual(await answer, []);
    assert.ok(linkPausesAfterAnswer > 0, 'linking went on after the edit was answered');
    assert.equal(index.viewDeferred, false);
    const fresh = newIndex();
    for (const name of names) await fresh.upsert(uri(name), name === SAMPLE_FILES.hunnanJa ? moved : readSample(name));
    for (const name of names) assert.deepEqual(index.diagnostics(uri(name)), fresh.diagnostics(uri(name)), name);
    assert.ok(codes(index, SAMPLE_FILES.hunnanJa).includes('figure-mismatch'));
  });

  it('takes in an edit of a name meanwhile (linked again, families kept), as a fresh index would see it', async () => {
    const index = newIndex();
    index.deferView(true);
    for (const name of HUNNAN) await index.upsert(uri(name), readSample(name));
    const renamed = readSample(SAMPLE_FILES.hunnanEn).replaceAll('Liaohe Laboratory', 'Fushun Laboratory');
    await index.upsert(uri(SAMPLE_FILES.hunnanEn), readSample(SAMPLE_FILES.hunnanEn), true, 1);
    let pauses = 0;
    await index.endDeferredView(async () => {
      if (++pauses === 2) await index.upsert(uri(SAMPLE_FILES.hunnanEn), renamed, true, 2);
    }, 0);
    const fresh = newIndex();
    for (const name of HUNNAN) await fresh.upsert(uri(name), name === SAMPLE_FILES.hunnanEn ? renamed : readSample(name));
    for (const name of HUNNAN) assert.deepEqual(index.diagnostics(uri(name)), fresh.diagnostics(uri(name)), name);
    const fushun = (i: WorkspaceIndex) => i.mentionAt(uri(SAMPLE_FILES.hunnanEn), renamed.indexOf('Fushun Laboratory'))!;
    assert.equal(index.mentionsOf(fushun(index).id).length, fresh.mentionsOf(fushun(fresh).id).length);
  });

  it('stores the documents of the bulk load without marking any findings changed', async () => {
    const index = newIndex();
    await index.upsert(uri(SAMPLE_FILES.beihu), readSample(SAMPLE_FILES.beihu), true, 3);
    index.takeChangedDiagnostics();
    index.deferView(true);
    index.takeChangedDiagnostics();
    for (const name of HUNNAN) await index.upsert(uri(name), readSample(name));
    assert.deepEqual(index.takeChangedDiagnostics(), new Set());
  });

  it('reads a partial first reading again when the same text comes back', async () => {
    const index = newIndex();
    const text = readSample(SAMPLE_FILES.suzhou);
    const analyzer = new DocumentAnalyzer({ japanese, logger: silentLogger });
    index.store(uri(SAMPLE_FILES.suzhou), text, await analyzer.analyze(uri(SAMPLE_FILES.suzhou), text, false, undefined, false), 1, true);
    assert.equal(await index.upsert(uri(SAMPLE_FILES.suzhou), text, true, 1), true);
    assert.equal(index.get(uri(SAMPLE_FILES.suzhou))!.partial, undefined);
    assert.equal(await index.upsert(uri(SAMPLE_FILES.suzhou), text, true, 1), false);
  });
});
