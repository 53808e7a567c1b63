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
      else resolve(new Tokenizer(dictionaries));
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
