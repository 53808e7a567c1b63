// A version's own stamps (wire datelines, page timestamps, date lines) are not facts of
// the release; dates in the lead that look like them are. Our own sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPublicationStamp } from '../../server/src/core/checks/stamps';

/** isPublicationStamp for the first occurrence of `figure` in `text`. */
const stamp = (text: string, figure: string, isDate = true): boolean => {
  const at = text.indexOf(figure);
  assert.ok(at >= 0, figure);
  return isPublicationStamp(text, at, at + figure.length, isDate);
};

describe('publication stamps', () => {
  it('takes wire datelines, bracketed or not, for stamps', () => {
    assert.ok(stamp('【青州(中国)2024年3月16日Asia Wire】青州の…が14日に開幕した。', '2024年3月16日'));
    assert.ok(stamp('【3月16日 Asia Wire】青州の…が14日に開幕した。', '3月16日'));
    assert.ok(stamp('QINGZHOU, China, March 16, 2024 /Asia Wire/ -- The fair opened on March 14.', 'March 16, 2024'));
    assert.ok(stamp('QINGZHOU, China, March 16,2024 -- The fair opened on March 14.', 'March 16,2024'));
    assert.ok(stamp('新华社青州3月16日电　蓝湾科学园3月14日开幕。', '3月16日'));
  });
  it('takes a page timestamp and every figure of a date line for stamps', () => {
    assert.ok(stamp('Lantern Bay opens its fair\n2024-03-16 10:58 1210\n\nThe fair…', '2024-03-16'));
    assert.ok(stamp(' date 2024-03-16 16 marzo 2024 a\n\nThe fair opened on March 14.', '2024', false));
  });
  it('leaves the event dates of the lead alone', () => {
    assert.ok(!stamp('【3月16日 Asia Wire】青州の…が14日に開幕した。', '14日'));
    assert.ok(!stamp('QINGZHOU, China, March 16, 2024 /Asia Wire/ -- The fair opened on March 14 — two days early.', 'March 14'));
    assert.ok(!stamp('蓝湾科学园春季洽谈会3月14日14:00在青州开幕。', '3月14日'));
    assert.ok(!stamp(`${'The park grew. '.repeat(120)}On March 16, 2024 /Asia Wire/ the fair closed.`, 'March 16, 2024'));
  });
});
