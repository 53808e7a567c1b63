// The tokenizer thread: holds kuromoji and its dictionary, tokenises what the main
// thread sends. Bundled to dist/tokenizerWorker.js (see JapaneseTokenizer).
import { parentPort, workerData } from 'node:worker_threads';
import { packTokens, type TokenizeItem, tokenizeRuns } from './japaneseTokenizer';
import { loadKuromoji } from './kuromojiLoader';

const port = parentPort!;

interface Request {
  id: number;
  items: TokenizeItem[];
  priority?: boolean;
}

// This thread has nothing else to do while the dictionary loads: read it synchronously.
loadKuromoji((workerData as { dictionaryPath: string }).dictionaryPath, { blocking: true }).then(
  (tokenizer) => {
    // Requests wait in a queue and documents being edited go first: a keystroke's sentence
    // is not tokenised after the releases the background index sent before it.
    const queue: Request[] = [];
    let draining = false;
    const next = () => {
      const i = queue.findIndex((r) => r.priority);
      const request = queue.splice(i < 0 ? 0 : i, 1)[0];
      const tokens = packTokens(request.items.map((item) => tokenizeRuns(tokenizer, item.text, item.offset)));
      port.postMessage({ type: 'tokens', id: request.id, tokens }, [tokens.ints.buffer as ArrayBuffer]);
      // Messages that arrived meanwhile are queued before the next one is chosen.
      if (queue.length) setImmediate(next);
      else draining = false;
    };
    port.on('message', (request: Request) => {
      queue.push(request);
      if (!draining) {
        draining = true;
        setImmediate(next);
      }
    });
    port.postMessage({ type: 'ready' });
  },
  (error: Error) => port.postMessage({ type: 'error', message: error.message }),
);
