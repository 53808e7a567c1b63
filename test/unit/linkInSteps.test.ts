// Linking in steps (core/steps.ts): the server links a whole workspace in slices and
// answers requests in between, so the steps must give exactly what linking at once gives,
// even when another linking (the view of the open documents) runs between two of them.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { linkEntities, linkEntitiesInSteps, type LinkDocument, type LinkOptions } from '../../server/src/core/entities';
import { runSteps, Slicer, sortInSteps, type Steps } from '../../server/src/core/steps';
import { analyzeSamples, loadTokenizer } from '../fixtures/entities/analyze';

let docs: LinkDocument[];
// The samples three times over, as three folders: an archive's repeated names, and families to link inside.
let workspace: LinkDocument[];
let options: LinkOptions;

before(async () => {
  ({ docs } = analyzeSamples(await loadTokenizer()));
  workspace = ['a', 'b', 'c'].flatMap((folder) => docs.map((d) => ({ ...d, uri: `${folder}/${d.uri}` })));
  const hunnan = (folder: string) => workspace.filter((d) => d.uri.startsWith(`${folder}/hunnan`)).map((d) => d.uri);
  options = { families: [hunnan('a'), hunnan('b'), hunnan('c')] };
});

describe('linking in steps', () => {
  it('yields many times, and gives what linking at once gives when another linking runs between its steps', () => {
    const steps = linkEntitiesInSteps(workspace, options);
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields++;
      // What a request answered from the open documents' view does meanwhile (module caches shared).
      if (yields % 5 === 0) linkEntities(docs.slice(0, 2));
      next = steps.next();
    }
    assert.ok(yields > 20, `${yields} yields`);
    const atOnce = linkEntities(workspace, options);
    assert.deepEqual(next.value.mentionIds, atOnce.mentionIds);
    assert.deepEqual(next.value.entities, atOnce.entities);
  });

  it('leaves its input as it was when stopped halfway', () => {
    const before = JSON.stringify(workspace);
    const steps = linkEntitiesInSteps(workspace, options);
    for (let i = 0; i < 10; i++) steps.next();
    steps.return(undefined as never);
    assert.equal(JSON.stringify(workspace), before);
  });
});

describe('sorting in steps', () => {
  it('gives the order Array.prototype.sort gives (stable: ties keep their order), at every length', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const n of [0, 1, 31, 32, 33, 100, 1000, 5000]) {
      const items = Array.from({ length: n }, (_, i) => ({ key: Math.floor(random() * (n / 4 + 1)), i }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      assert.deepEqual(runSteps(sortInSteps([...items], byKey)), [...items].sort(byKey), `${n} items`);
    }
  });
});

describe('the slicer', () => {
  function* counting(state: { yields: number; closed: boolean }): Steps<string> {
    try {
      for (let i = 0; i < 5; i++) {
        state.yields++;
        yield;
      }
      return 'done';
    } finally {
      state.closed = true;
    }
  }

  it('pauses at every yield with no time per slice, and never within a long slice', async () => {
    const pauses: string[] = [];
    const pause = async (step: string) => void pauses.push(step);
    assert.deepEqual(await new Slicer(pause, 0, () => true).run('link', counting({ yields: 0, closed: false })), { value: 'done' });
    assert.deepEqual(pauses, ['link', 'link', 'link', 'link', 'link']);
    pauses.length = 0;
    assert.deepEqual(await new Slicer(pause, Infinity, () => true).run('link', counting({ yields: 0, closed: false })), { value: 'done' });
    assert.deepEqual(pauses, []);
    assert.equal(runSteps(counting({ yields: 0, closed: false })), 'done');
  });

  it('stops, closing the steps, once the work is no longer wanted after a pause', async () => {
    const state = { yields: 0, closed: false };
    let wanted = true;
    const slicer = new Slicer(async () => void (wanted = state.yields < 2), 0, () => wanted);
    assert.equal(await slicer.run('link', counting(state)), undefined);
    assert.equal(state.yields, 2);
    assert.equal(state.closed, true);
  });
});
