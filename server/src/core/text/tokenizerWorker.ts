// The tokenizer thread: holds kuromoji and its dictionary, tokenises what the main
// thread sends. Bundled to dist/tokenizerWorker.js (see JapaneseTokenizer).
import { parentPort, workerData } from 'node:worker_threads';
import { packTokens, type TokenizeItem, tokenizeRuns } from './japaneseTokenizer';
import { loadKuromoji } from './kuromojiLoader';

const port = parentPort!;

// This thread has nothing else to do while the dictionary loads: read it synchronously.
loadKuromoji((workerData as { dictionaryPath: string }).dictionaryPath, { blocking: true }).then(
  (tokenizer) => {
    port.on('message', (request: { id: number; items: TokenizeItem[] }) => {
      const tokens = packTokens(request.items.map((i) => tokenizeRuns(tokenizer, i.text, i.offset)));
      port.postMessage({ type: 'tokens', id: request.id, tokens }, [tokens.ints.buffer as ArrayBuffer]);
    });
    port.postMessage({ type: 'ready' });
  },
  (error: Error) => port.postMessage({ type: 'error', message: error.message }),
);
