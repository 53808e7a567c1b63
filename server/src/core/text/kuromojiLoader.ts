// Builds kuromoji's tokenizer from a dictionary folder, reading the files our own way.
//
// kuromoji's Node loader gunzips all twelve dictionary files at once and then copies
// each decompressed buffer (`new Uint8Array(buffer)`), so the load's garbage peaks at
// three times the dictionary; the process keeps most of that peak as resident memory
// after the garbage is collected. Here the files are read one after another and each
// decompressed buffer's own ArrayBuffer is handed over as it is: about 40 MB less
// resident memory once loaded (measured with the compacted dictionary, see
// scripts/compactDictionary.mjs), with the same dictionary objects and tokens.
//
// kuromoji's DictionaryLoader (kuromoji/src/loader/DictionaryLoader.js) expects exactly
// this: its loadArrayBuffer(file, callback) is meant to be replaced, and it builds the
// dictionaries from whatever ArrayBuffers that delivers.
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import type { KuromojiTokenizer } from './japaneseTokenizer';

type Callback = (error: Error | null, buffer?: ArrayBuffer) => void;

interface DictionaryLoader {
  loadArrayBuffer: (file: string, callback: Callback) => void;
  load(callback: (error: Error | null, dictionaries: unknown) => void): void;
}

export interface KuromojiLoadOptions {
  /**
   * Read and decompress synchronously: the fastest load, for a thread that has nothing
   * else to do (the tokenizer thread). Otherwise the event loop runs between files.
   */
  blocking?: boolean;
}

export function loadKuromoji(dictionaryPath: string, options: KuromojiLoadOptions = {}): Promise<KuromojiTokenizer> {
  // Required here, not at the top, so that processes that never see Japanese never load kuromoji.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const DictionaryLoader = require('kuromoji/src/loader/DictionaryLoader') as new (dictionaryPath: string) => DictionaryLoader;
  const Tokenizer = require('kuromoji/src/Tokenizer') as new (dictionaries: unknown) => KuromojiTokenizer;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const loader = new DictionaryLoader(dictionaryPath);
  loader.loadArrayBuffer = options.blocking ? readBlocking : readInTurn();
  return new Promise((resolve, reject) => {
    loader.load((error, dictionaries) => {
      if (error) reject(error);
      else resolve(boundPrefixSearch(new Tokenizer(dictionaries), dictionaries as KuromojiDictionaries));
    });
  });
}

function readBlocking(file: string, callback: Callback): void {
  let buffer: ArrayBuffer;
  try {
    buffer = wholeArrayBuffer(zlib.gunzipSync(fs.readFileSync(file)));
  } catch (error) {
    callback(error as Error);
    return;
  }
  callback(null, buffer);
}

/** Asynchronous reads, one file at a time (kuromoji asks for all of them at once). */
function readInTurn(): (file: string, callback: Callback) => void {
  let queue: Promise<unknown> = Promise.resolve();
  return (file, callback) => {
    const read = queue.then(async () => {
      const compressed = await fs.promises.readFile(file);
      return wholeArrayBuffer(await new Promise<Buffer>((resolve, reject) => zlib.gunzip(compressed, (error, result) => (error ? reject(error) : resolve(result)))));
    });
    // The next read waits for this one to settle; its failure goes to its own callback below.
    queue = read.catch(() => undefined);
    // Called outside the promise, so an exception in kuromoji's code is not swallowed.
    read.then(
      (buffer) => process.nextTick(callback, null, buffer),
      (error: Error) => process.nextTick(callback, error),
    );
  };
}

/**
 * The buffer's bytes as an ArrayBuffer of exactly their length, as kuromoji views some
 * files as Int32Array / Int16Array / Uint32Array of the whole ArrayBuffer. A large
 * decompressed buffer owns its ArrayBuffer and is handed over without a copy; a small
 * one sits in Node's shared pool and is copied.
 */
function wholeArrayBuffer(buffer: Buffer): ArrayBuffer {
  const whole = buffer.buffer as ArrayBuffer;
  if (buffer.byteOffset === 0 && buffer.byteLength === whole.byteLength) return whole;
  return whole.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

interface KuromojiDictionaries {
  token_info_dictionary: { pos_buffer: { buffer: Uint8Array } };
}

interface PrefixSearchTrie {
  commonPrefixSearch(key: string): unknown[];
}

/**
 * kuromoji looks words up at every position of a run with the whole rest of the run as
 * the key, which its trie converts to UTF-8 first: quadratic in the run's length (about
 * a fifth of the tokenizer thread's time on the bench corpus). No word is longer than the
 * dictionary's longest surface, so the key is cut there: the same words are found.
 */
function boundPrefixSearch(tokenizer: KuromojiTokenizer, dictionaries: KuromojiDictionaries): KuromojiTokenizer {
  const trie = (tokenizer as unknown as { viterbi_builder?: { trie?: PrefixSearchTrie } }).viterbi_builder?.trie;
  if (!trie) return tokenizer;
  const longest = longestSurface(dictionaries.token_info_dictionary.pos_buffer.buffer);
  const search = trie.commonPrefixSearch.bind(trie);
  trie.commonPrefixSearch = (key: string) => search(key.length > longest ? key.slice(0, longest) : key);
  return tokenizer;
}

/**
 * The longest known word, in UTF-16 units, plus one: field 0 of every feature line
 * (NUL-terminated "surface,pos,…" in UTF-8; in our compacted dictionary the surface is
 * written as that many underscores).
 */
export function longestSurface(features: Uint8Array): number {
  let longest = 0;
  let length = 0;
  let inSurface = true;
  for (let i = 0; i < features.length; i++) {
    const byte = features[i];
    if (byte === 0) {
      inSurface = true;
      length = 0;
    } else if (inSurface) {
      if (byte === 0x2c) {
        inSurface = false;
        if (length > longest) longest = length;
      } else if ((byte & 0xc0) !== 0x80) length += byte >= 0xf0 ? 2 : 1; // a UTF-8 lead byte; four-byte sequences are two UTF-16 units
    }
  }
  return longest + 1;
}

