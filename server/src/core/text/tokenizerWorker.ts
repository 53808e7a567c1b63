// The tokenizer thread: holds kuromoji and its dictionary, tokenises what the main
// thread sends. Bundled to dist/tokenizerWorker.js (see JapaneseTokenizer).
import { parentPort, workerData } from 'node:worker_threads';
import { type KuromojiTokenizer, type TokenizeItem, tokenizeRuns } from './japaneseTokenizer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const kuromoji = require('kuromoji');
const port = parentPort!;

kuromoji.builder({ dicPath: (workerData as { dictionaryPath: string }).dictionaryPath }).build((error: Error | null, tokenizer: KuromojiTokenizer) => {
  if (error) {
    port.postMessage({ type: 'error', message: error.message });
    return;
  }
  port.on('message', (request: { id: number; items: TokenizeItem[] }) => {
    port.postMessage({ type: 'tokens', id: request.id, tokens: request.items.map((i) => tokenizeRuns(tokenizer, i.text, i.offset)) });
  });
  port.postMessage({ type: 'ready' });
});
