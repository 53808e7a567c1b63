// Documents far larger than a release (issue 16: keystrokes in a 2 MB document cost
// seconds each and blocked every request): names are recognised stretch by stretch,
// a keystroke reads one stretch again, and the reading pauses between stretches.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReleaseLens } from '../../server/src/core/service';
import { silentLogger } from '../../server/src/core/types';
import { HUGE_DOCUMENT, STRETCH, stretches } from '../../server/src/core/entityStretches';
import { InMemoryFileSystem } from '../../server/src/core/workspace/inMemoryFileSystem';
import { splitParagraphs } from '../../server/src/core/text/paragraphs';

const lens = () => createReleaseLens({ fileSystem: new InMemoryFileSystem({}), logger: silentLogger });
const LINE = 'The Qinghe Materials Laboratory opened a 12 km² site in Dongpu High-Tech Zone.';
// About 320 KB: one numbered line per sentence (no two stretches alike).
const LINES = Math.ceil((HUGE_DOCUMENT + 64_000) / (LINE.length + 8));
const huge = Array.from({ length: LINES }, (_, i) => `${i}. ${LINE}\n`).join('');
const shown = (mentions: { start: number; end: number; text: string; type: string; id: string }[]) => mentions.map((m) => `${m.start}-${m.end} ${m.type} ${m.id} ${m.text}`);

describe('entity recognition in a document far larger than a release', () => {
  it('groups whole paragraphs into stretches of at most STRETCH characters, cut where the text says (an insertion moves no later cut)', () => {
    const paragraphs = splitParagraphs(huge);
    const groups = stretches(paragraphs, huge);
    assert.ok(groups.length >= 5);
    assert.equal(groups[0][0], 0);
    assert.equal(groups.at(-1)![1], paragraphs.length - 1);
    for (const [i, [first, last]] of groups.entries()) {
      assert.ok(paragraphs[last].end - paragraphs[first].start <= STRETCH);
      if (i > 0) assert.equal(first, groups[i - 1][1] + 1, 'consecutive');
    }
    const longer = `Added at the start. ${huge}`;
    const cuts = (t: string) => stretches(splitParagraphs(t), t).map(([, last]) => t.length - splitParagraphs(t)[last].end);
    assert.deepEqual(cuts(longer).slice(1), cuts(huge).slice(1), 'the same cuts after the first, counted from the end');
  });

  it('finds every name with offsets into the whole document, pausing between stretches', async () => {
    const engine = lens();
    let pauses = 0;
    engine.analyzer.pause = async () => void pauses++;
    const analysis = await engine.analyzer.analyze('file:///huge.release', huge, true);
    assert.equal(analysis.mentions.length, 2 * LINES);
    for (const m of analysis.mentions) assert.equal(huge.slice(m.start, m.end), m.text);
    assert.deepEqual(new Set(analysis.mentions.map((m) => m.id)), new Set(['lab:qinghematerialslaboratory', 'zone:dongpuhigh-techzone']));
    const count = stretches(splitParagraphs(huge), huge).length;
    assert.equal(engine.analyzer.stretchesRead, count);
    assert.ok(pauses >= count, `paused ${pauses} times`);
  });

  it('after a keystroke, reads what a fresh analyzer reads, re-reading only the edited stretch', async () => {
    const engine = lens();
    await engine.analyzer.analyze('file:///huge.release', huge, true);
    const before = engine.analyzer.stretchesRead;
    // A name typed into the second line: mentions there shift, and one more is found.
    const at = huge.indexOf('\n') + 1;
    const edited = `${huge.slice(0, at)}Marked by Beilin Robotics Institute. ${huge.slice(at)}`;
    const after = await engine.analyzer.analyze('file:///huge.release', edited, true);
    assert.equal(engine.analyzer.stretchesRead - before, 1, 'one stretch read again');
    const fresh = await lens().analyzer.analyze('file:///huge.release', edited, true);
    assert.deepEqual(shown(after.mentions), shown(fresh.mentions));
    assert.ok(after.mentions.some((m) => m.text === 'Beilin Robotics Institute'));
  });

  it('leaves a document under the size alone: one reading of the whole text, no pause', async () => {
    const engine = lens();
    let pauses = 0;
    engine.analyzer.pause = async () => void pauses++;
    const text = `${LINE}\n`.repeat(100);
    const analysis = await engine.analyzer.analyze('file:///small.release', text, true);
    assert.equal(pauses, 0);
    assert.equal(engine.analyzer.stretchesRead, 0);
    assert.equal(analysis.mentions.length, 200);
  });
});
