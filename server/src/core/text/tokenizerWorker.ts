// The tokenizer thread: holds kuromoji and its dictionary, tokenises what the main
// thread sends. Bundled to dist/tokenizerWorker.js (see JapaneseTokenizer).
import { parentPort, workerData } from 'node:worker_threads';
import { type KuromojiTokenizer, packTokens, type TokenizeItem, tokenizeRuns } from './japaneseTokenizer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const kuromoji = require('kuromoji');
const port = parentPort!;

kuromoji.builder({ dicPath: (workerData as { dictionaryPath: string }).dictionaryPath }).build((error: Error | null, tokenizer: KuromojiTokenizer) => {
  if (error) {
    port.postMessage({ type: 'error', message: error.message });
    return;
  }
  port.on('message', (request: { id: number; items: TokenizeItem[] }) => {
    const tokens = packTokens(request.items.map((i) => tokenizeRuns(tokenizer, i.text, i.offset)));
    port.postMessage({ type: 'tokens', id: request.id, tokens }, [tokens.ints.buffer as ArrayBuffer]);
  });
  port.postMessage({ type: 'ready' });
});
