import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger, Span } from '../types';
import { loadKuromoji } from './kuromojiLoader';

export interface JapaneseToken extends Span {
  surface: string;
  /** Part of speech (名詞, 助詞 ...) and its first detail (固有名詞, 数 ...). */
  pos: string;
  posDetail: string;
  /** The second detail (組織, 地域, 人名 for a proper noun; '*' when there is none). */
  posDetail2: string;
  /** True for words kuromoji did not know (渾, 遼 and 瀋 are among them). */
  unknown: boolean;
  /**
   * kuromoji's reading (katakana) of a known person's or organisation's name (野村 ノムラ):
   * how its Latin form is spelt. Only those: the shipped dictionary keeps no other reading.
   */
  reading?: string;
}

interface KuromojiToken {
  /**
   * Read for its length only. The dictionary Release Lens ships (scripts/compactDictionary.mjs)
   * stores a placeholder of the right length instead of a known word's surface; the word
   * is the text the tokenizer matched, which tokenizeRuns takes from the input.
   */
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2?: string;
  reading?: string;
  word_type: string;
}
export interface KuromojiTokenizer {
  tokenize(text: string): KuromojiToken[];
}

/**
 * Tokens cross the thread boundary packed: seven integers per token in a transferable
 * Int32Array (start, end, part of speech, its two details, unknown, reading) and a table of the
 * part-of-speech and reading strings. Structured-cloning thousands of token objects per release
 * cost the main thread more than the tokenising it handed off.
 */
export interface PackedTokens {
  ints: Int32Array;
  /** Per item, how many tokens. */
  counts: number[];
  strings: string[];
}

const FIELDS = 7;

export function packTokens(lists: JapaneseToken[][]): PackedTokens {
  const strings: string[] = [];
  const codes = new Map<string, number>();
  const code = (value: string): number => {
    let c = codes.get(value);
    if (c === undefined) {
      c = strings.length;
      strings.push(value);
      codes.set(value, c);
    }
    return c;
  };
  const total = lists.reduce((n, l) => n + l.length, 0);
  const ints = new Int32Array(total * FIELDS);
  let k = 0;
  for (const list of lists) {
    for (const t of list) {
      ints[k++] = t.start;
      ints[k++] = t.end;
      ints[k++] = code(t.pos);
      ints[k++] = code(t.posDetail);
      ints[k++] = code(t.posDetail2);
      ints[k++] = t.unknown ? 1 : 0;
      ints[k++] = t.reading ? code(t.reading) : -1;
    }
  }
  return { ints, counts: lists.map((l) => l.length), strings };
}

/** Unpacks tokens; surfaces are read back from the texts that were sent. */
export function unpackTokens(packed: PackedTokens, items: TokenizeItem[]): JapaneseToken[][] {
  const { ints, counts, strings } = packed;
  let k = 0;
  return counts.map((count, i) => {
    const item = items[i];
    const list: JapaneseToken[] = new Array(count);
    for (let j = 0; j < count; j++) {
      const start = ints[k];
      const end = ints[k + 1];
      list[j] = { start, end, surface: item.text.slice(start - item.offset, end - item.offset), pos: strings[ints[k + 2]], posDetail: strings[ints[k + 3]], posDetail2: strings[ints[k + 4]], unknown: ints[k + 5] === 1 };
      if (ints[k + 6] >= 0) list[j].reading = strings[ints[k + 6]];
      k += FIELDS;
    }
    return list;
  });
}

export interface TokenizeItem {
  text: string;
  /** Added to every token's offsets. */
  offset: number;
}

export interface JapaneseTokenizerOptions {
  /**
   * The bundled worker script (dist/tokenizerWorker.js). When there is one, kuromoji
   * lives in that worker thread and the main thread never loads it: the background
   * index then uses both cores (the worker tokenises the next release while the main
   * thread reads the current one) at the memory cost of a single dictionary.
   * `false` keeps kuromoji in the calling thread. Default: the script next to the bundle, if any.
   */
  workerScript?: string | false;
}

type Pending = { resolve: (tokens: PackedTokens) => void; reject: (error: Error) => void };

/**
 * kuromoji, loaded lazily and once. The dictionary takes about half a second and 140 MB
 * to load, so nothing loads it until Japanese text actually needs tokens, and every caller
 * shares the same load.
 */
export class JapaneseTokenizer {
  private loading: Promise<void> | undefined;
  private tokenizer: KuromojiTokenizer | undefined;
  private worker: import('node:worker_threads').Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly workerScript: string | undefined;

  constructor(
    private readonly dictionaryPath: string = findDictionaryPath(),
    private readonly logger?: Logger,
    options: JapaneseTokenizerOptions = {},
  ) {
    this.workerScript = options.workerScript === false ? undefined : (options.workerScript ?? findWorkerScript());
  }

  get isLoaded(): boolean {
    return this.tokenizer !== undefined || this.worker !== undefined;
  }

  /** True when tokens can be had synchronously (kuromoji in this thread). */
  get isInline(): boolean {
    return this.workerScript === undefined;
  }

  load(): Promise<void> {
    if (!this.loading) {
      const started = Date.now();
      this.loading = (this.workerScript ? this.startWorker(this.workerScript) : this.loadInline()).then(
        () => this.logger?.info(`Japanese dictionary loaded in ${Date.now() - started} ms${this.workerScript ? ' (tokenizer thread)' : ''}`),
        (error: Error) => {
          this.loading = undefined;
          throw new Error(`Could not load the Japanese dictionary from ${this.dictionaryPath}: ${error.message}`);
        },
      );
    }
    return this.loading;
  }

  private async loadInline(): Promise<void> {
    this.tokenizer = await loadKuromoji(this.dictionaryPath);
  }

  private startWorker(script: string): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    // A young generation capped at 16 MB: with V8's own sizing, about one cold index in five
    // had this thread's heap swing between 120 and 310 MB (kuromoji's lattices promoted and
    // collected again), 30 % slower and 550 MB at its peak instead of 310. Measured over ten
    // cold indexes of 1,000 releases each: default 7.9-12.0 s / 311-557 MB; 16 MB 8.6-9.5 s /
    // 294-368 MB; 8 MB 8.7-10.0 s / 339-364 MB; 96 MB 7.8-12.4 s / 402-596 MB.
    const worker = new Worker(script, { workerData: { dictionaryPath: this.dictionaryPath }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: { type: string; id?: number; tokens?: PackedTokens; message?: string }) => {
        if (message.type === 'ready') {
          this.worker = worker;
          worker.unref(); // an idle tokenizer must not keep a CLI run alive
          resolve();
        } else if (message.type === 'error') reject(new Error(message.message));
        else if (message.type === 'tokens') this.settle(message.id!, (p) => p.resolve(message.tokens!));
      });
      const fail = (error: Error) => {
        reject(error);
        this.worker = undefined;
        this.loading = undefined; // the next request starts a new thread
        for (const id of [...this.pending.keys()]) this.settle(id, (p) => p.reject(error));
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the tokenizer thread exited (code ${code})`)));
    });
  }

  private settle(id: number, action: (pending: Pending) => void): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
    action(pending);
  }

  /**
   * Tokenises several texts at once (one message to the tokenizer thread). Only kana/Han
   * runs are sent to kuromoji. `priority`: for a document being edited, ahead of the
   * background index's requests.
   */
  async tokenizeMany(items: TokenizeItem[], priority = false): Promise<JapaneseToken[][]> {
    if (items.length === 0) return [];
    while (!this.tokenizer && !this.worker) await this.load(); // again if it was released while this request waited
    if (this.tokenizer) return items.map((i) => tokenizeRuns(this.tokenizer!, i.text, i.offset));
    const worker = this.worker!;
    const id = this.nextId++;
    const packed = await new Promise<PackedTokens>((resolve, reject) => {
      if (this.pending.size === 0) worker.ref(); // keep the process alive while a reply is due
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, items, priority });
    });
    return unpackTokens(packed, items);
  }

  /** Tokenises `text` once loaded; offsets are shifted by `offset`. */
  async tokenize(text: string, offset = 0): Promise<JapaneseToken[]> {
    return (await this.tokenizeMany([{ text, offset }]))[0];
  }

  /** Synchronous variant, for callers that loaded an in-thread tokenizer (workerScript: false). */
  tokenizeLoaded(text: string, offset = 0): JapaneseToken[] {
    if (!this.tokenizer) throw new Error('Japanese tokenizer used synchronously before it was loaded in this thread');
    return tokenizeRuns(this.tokenizer, text, offset);
  }

  /**
   * Lets the dictionary go until tokens are needed again (the next request loads it
   * again, about half a second): after the background index, an archive that is not
   * being edited in Japanese does not need it held. Returns false, and keeps it, while
   * requests are in flight.
   */
  async unload(): Promise<boolean> {
    // Only waits for a load in progress to settle: its failure is reported to whoever awaited it.
    await this.loading?.catch(() => undefined);
    if (this.pending.size > 0) return false;
    const worker = this.worker;
    const wasLoaded = this.isLoaded;
    this.worker = undefined;
    this.tokenizer = undefined;
    this.loading = undefined;
    if (worker) {
      worker.removeAllListeners(); // its exit must not reset a tokenizer loaded after this
      await worker.terminate();
    }
    if (wasLoaded) this.logger?.info('Japanese dictionary released until it is needed again');
    return true;
  }

}

/** The bundled tokenizer worker next to the bundle, if this code runs bundled. */
export function findWorkerScript(): string | undefined {
  const candidate = path.join(__dirname, 'tokenizerWorker.js');
  return fs.existsSync(candidate) ? candidate : undefined;
}

// English text is pathologically slow in kuromoji (126 ms for 4 KB), so only runs that
// contain Japanese characters are tokenised; Latin runs and white space are skipped.
const JAPANESE_RUN = /[\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f0-9０-９.．,，・ー〇]+/gu;

/** The proper nouns whose readings are kept (scripts/compactDictionary.mjs keeps the same). */
export const READ_NAMES = new Set(['固有名詞,人名', '固有名詞,組織']);

export function tokenizeRuns(tokenizer: KuromojiTokenizer, text: string, offset: number): JapaneseToken[] {
  const tokens: JapaneseToken[] = [];
  JAPANESE_RUN.lastIndex = 0;
  for (let m = JAPANESE_RUN.exec(text); m; m = JAPANESE_RUN.exec(text)) {
    if (!/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u.test(m[0])) continue;
    for (const [from, to] of boundedPieces(m[0])) {
      const piece = m[0].slice(from, to);
      let at = 0;
      for (const t of tokenizer.tokenize(piece)) {
        const end = at + t.surface_form.length;
        const token: JapaneseToken = {
          start: offset + m.index + from + at,
          end: offset + m.index + from + end,
          surface: piece.slice(at, end),
          pos: t.pos,
          posDetail: t.pos_detail_1,
          posDetail2: t.pos_detail_2 ?? '*',
          unknown: t.word_type === 'UNKNOWN',
        };
        // A word at a cut the run was given (boundedPieces) may be a fragment read wrongly.
        const atCut = (at === 0 && from > 0) || (end === piece.length && to < m[0].length);
        if (!atCut && t.word_type !== 'UNKNOWN' && t.reading && READ_NAMES.has(`${t.pos_detail_1},${t.pos_detail_2}`)) token.reading = t.reading;
        tokens.push(token);
        at = end;
      }
    }
  }
  return tokens;
}

/**
 * kuromoji makes an unknown word from every position of a run of one character class
 * (digits, hiragana, katakana, kanji numerals, full-width letters) to the run's end, so a
 * long run costs quadratic memory (20,000 digits: 4 GB), and its lattice grows with the
 * text it is given. Runs are therefore cut before kuromoji sees them: a same-class stretch
 * after MAX_SAME_CLASS characters (no word is that long; the longest in the dictionary has
 * 26 units), a piece after MAX_PIECE characters, at its last change of character class.
 * Text between Japanese punctuation is rarely that long, so ordinary sentences are
 * tokenised whole, exactly as before.
 */
export const MAX_SAME_CLASS = 32;
export const MAX_PIECE = 256;

export function boundedPieces(run: string): [number, number][] {
  if (run.length <= MAX_SAME_CLASS) return [[0, run.length]];
  const pieces: [number, number][] = [];
  let start = 0;
  let streak = 0;
  let lastChange = 0; // last offset where the character class changed, in the current piece
  let previous = -1;
  for (let i = 0; i < run.length; i++) {
    const cls = charClass(run.charCodeAt(i));
    if (cls !== previous) {
      streak = 0;
      if (i > start) lastChange = i;
    }
    previous = cls;
    if (streak === MAX_SAME_CLASS) {
      pieces.push([start, i]);
      start = lastChange = i;
      streak = 0;
    } else if (i - start === MAX_PIECE) {
      const cut = lastChange > start + MAX_PIECE / 2 ? lastChange : i;
      pieces.push([start, cut]);
      start = lastChange = cut;
      streak = i - cut;
    }
    streak++;
  }
  pieces.push([start, run.length]);
  return pieces;
}

const KANJI_NUMERALS = new Set([...'〇一二三四五六七八九十百千万億兆']);

/** kuromoji's character classes, as far as they matter for cutting (char.def of IPADIC). */
function charClass(c: number): number {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return 1; // digits
  if (c >= 0x3041 && c <= 0x309f) return 2; // hiragana
  if ((c >= 0x30a0 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) return 3; // katakana
  if (KANJI_NUMERALS.has(String.fromCharCode(c))) return 4;
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return 5; // full-width letters
  if (c >= 0x3400) return 6; // kanji and the rest
  return 7; // separators (. , ・)
}

/**
 * The dictionary folder: next to the bundle (dist/dict) when bundled, else the one in
 * node_modules. The server passes it explicitly; kuromoji cannot find it after bundling.
 */
export function findDictionaryPath(): string {
  const candidates = [path.join(__dirname, 'dict'), path.join(__dirname, '..', 'dict')];
  try {
    candidates.push(path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict'));
  } catch {
    // not resolvable from a bundle; the candidates above apply
  }
  for (const candidate of candidates) {
    if (fs.existsSync(path.join(candidate, 'base.dat.gz'))) return candidate;
  }
  return candidates[0];
}
