// Which text of a document wins when analyses overlap (core/workspace/submissions.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Submissions } from '../../server/src/core/workspace/submissions';

describe('submissions', () => {
  it('a newer text of the same document supersedes an older one still being analysed', () => {
    const s = new Submissions();
    const first = s.submit('a');
    const other = s.submit('b');
    const second = s.submit('a');
    assert.equal(first(), false);
    assert.equal(second(), true);
    assert.equal(other(), true, 'another document is not affected');
  });

  it('a removal drops the analysis running for the document, and reads of its file from before the removal are stale', () => {
    const s = new Submissions();
    const readAt = s.now();
    const running = s.submit('a');
    s.removed('a');
    assert.equal(running(), false);
    assert.equal(s.pending('a'), false);
    assert.equal(s.readBeforeRemoval('a', readAt), true);
    assert.equal(s.readBeforeRemoval('a', s.now()), false, 'a read after the removal brings it back');
    assert.equal(s.readBeforeRemoval('a', undefined), false, "the editor's text always counts");
  });

  it('a stored text ends the pending analysis and the removal', () => {
    const s = new Submissions();
    const readAt = s.now();
    s.removed('a');
    s.submit('a');
    assert.equal(s.pending('a'), true);
    s.stored('a');
    assert.equal(s.pending('a'), false);
    assert.equal(s.readBeforeRemoval('a', readAt), false);
  });
});
