// The tokenizer thread gives the same tokens as kuromoji in this thread, and tokens
// survive the packing that carries them across the thread boundary.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { JapaneseTokenizer, packTokens, unpackTokens } from '../../server/src/core/text/japaneseTokenizer';
import { SAMPLE_FILES, readSample } from '../helpers/samples';

const WORKER = path.resolve(__dirname, '..', '..', 'dist', 'tokenizerWorker.js');

describe('Japanese tokenizer', () => {
  const inline = new JapaneseTokenizer(undefined, undefined, { workerScript: false });
  const threaded = new JapaneseTokenizer(undefined, undefined, { workerScript: WORKER });
  after(() => threaded.unload());
  const text = readSample(SAMPLE_FILES.hunnanJa);
  const items = text.split('\n').map((line, i) => ({ text: line, offset: i * 1000 }));

  it('packs and unpacks tokens without loss', async () => {
    const tokens = await inline.tokenizeMany(items);
    assert.deepEqual(unpackTokens(packTokens(tokens), items), tokens);
  });

  it('gives the same tokens in its own thread as in this one (npm test builds dist/ first)', { skip: !existsSync(WORKER) && 'dist/tokenizerWorker.js not built' }, async () => {
    const here = await inline.tokenizeMany(items);
    const there = await threaded.tokenizeMany(items);
    assert.ok(here.flat().length > 100);
    assert.deepEqual(there, here);
    // the second detail of a proper noun crosses the thread boundary (固有名詞,組織 / 地域)
    assert.ok(there.flat().some((t) => t.posDetail === '固有名詞' && t.posDetail2 !== '*'));
    // Offsets are UTF-16 offsets into the item texts (shifted by each item's offset).
    for (const [i, list] of there.entries()) for (const t of list) assert.equal(items[i].text.slice(t.start - items[i].offset, t.end - items[i].offset), t.surface);
  });

  it('lets its dictionary go and loads it again for the next request, with the same tokens', { skip: !existsSync(WORKER) && 'dist/tokenizerWorker.js not built' }, async () => {
    const tokenizer = new JapaneseTokenizer(undefined, undefined, { workerScript: WORKER });
    try {
      const before = await tokenizer.tokenizeMany(items);
      assert.equal(tokenizer.isLoaded, true);
      assert.equal(await tokenizer.unload(), true);
      assert.equal(tokenizer.isLoaded, false);
      assert.deepEqual(await tokenizer.tokenizeMany(items), before);
      assert.equal(tokenizer.isLoaded, true);
    } finally {
      await tokenizer.unload();
    }
  });

  it('keeps its dictionary while a request is in flight, and the request is answered', { skip: !existsSync(WORKER) && 'dist/tokenizerWorker.js not built' }, async () => {
    const tokenizer = new JapaneseTokenizer(undefined, undefined, { workerScript: WORKER });
    try {
      await tokenizer.load();
      const answer = tokenizer.tokenizeMany(items);
      assert.equal(await tokenizer.unload(), false);
      assert.ok((await answer).flat().length > 100);
      assert.equal(tokenizer.isLoaded, true);
    } finally {
      await tokenizer.unload();
    }
  });
});
