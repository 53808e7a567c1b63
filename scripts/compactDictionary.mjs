// Writes kuromoji's IPADIC dictionary to dist/dict compacted, for esbuild.mjs. Loaded,
// the shipped dictionary held about 100 MB of typed arrays, most of it zero padding and
// feature strings (reading, pronunciation, base form ...) that Release Lens never reads.
//
// What kuromoji 0.1.2 reads from each file (src/dict/*.js, src/loader/DictionaryLoader.js):
//   tid.dat       10-byte entries: left id, right id, cost (int16 each), then an int32
//                 pos_id, the byte offset of the entry's NUL-terminated feature line in
//                 tid_pos.dat. An entry's token_info_id is its byte offset.
//   tid_pos.dat   feature lines "surface,pos,pos_detail_1,...". The tokenizer splits a line
//                 on "," and takes field 0 as the known word's surface_form, 1 as pos, 2 as
//                 pos_detail_1; the fields after those come out undefined when absent.
//   tid_map.dat   int32 key count, then per key: key, n, n token_info_ids.
//   unk*.dat      the same three for unknown words (tiny, but padded to 10 MB each);
//   unk_invoke    per character class: 2 bytes, int32, NUL-terminated name. kuromoji
//                 reads classes until the buffer ends, so its 1 MB of zeros became about
//                 150,000 empty classes on the heap.
//
// The compacted files:
//   tid_pos.dat   only the distinct lines "<n underscores>,pos,pos_detail_1,pos_detail_2" (and, for a
//                 person's or an organisation's name, ",*,*,*,*,reading": about 35,000 lines), where n is the
//                 length (UTF-16 units) of the word's surface: JapaneseTokenizer takes a
//                 token's length from surface_form and its text from the input (a known
//                 word's surface is exactly the text the trie matched). The second detail
//                 (固有名詞,組織 / 地域 / 人名) tells entity recognition a company name from a
//                 place. A few hundred lines (and the readings) instead of 392,126. tid.dat's pos_ids are
//                 rewritten to point at them.
//   tid.dat, unk.dat, unk_pos.dat, unk_map.dat, unk_invoke.dat
//                 cut where their structure ends (trailing padding dropped). All of them are
//                 viewed as Uint8Array, so their lengths need no alignment.
//   base.dat, check.dat (Int32Array), cc.dat (Int16Array), unk_char.dat, unk_compat.dat
//   (Uint32Array, indexed by code point)   copied unchanged.
//   tid_map.dat   copied unchanged too: its 19 KB of padding lives only while kuromoji parses
//                 the map (kuromoji reads it as empty keys), and node's gzip packs the cut
//                 file 380 KB larger than kuromoji's own .gz of the whole one.
//
// Output is deterministic (same input, same bytes) and is rewritten only when an input
// (kuromoji's dict folder or this script) is newer than the oldest output file.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync, constants as zlibConstants } from 'node:zlib';

const UNCHANGED = ['base.dat.gz', 'check.dat.gz', 'cc.dat.gz', 'unk_char.dat.gz', 'unk_compat.dat.gz', 'tid_map.dat.gz'];
const REWRITTEN = ['tid.dat.gz', 'tid_pos.dat.gz', 'unk.dat.gz', 'unk_pos.dat.gz', 'unk_map.dat.gz', 'unk_invoke.dat.gz'];
export const DICTIONARY_FILES = [...UNCHANGED, ...REWRITTEN];

/** The proper nouns whose reading is kept (japaneseTokenizer.ts READ_NAMES reads them). */
const READ_NAMES = new Set(['固有名詞,人名', '固有名詞,組織']);

const ENTRY = 10; // bytes per tid.dat / unk.dat entry
const POS_ID = 6; // offset of pos_id inside an entry

/**
 * Compacts the dictionary in `source` (kuromoji's dict folder) into `target`.
 * Returns false when `target` was already up to date.
 */
export function compactDictionary(source, target) {
  if (isUpToDate(source, target)) return false;
  mkdirSync(target, { recursive: true });
  const read = (name) => gunzipSync(readFileSync(path.join(source, name)));
  // Each file goes through a temporary name, so a concurrent reader never sees half of it.
  const place = (name, writeTo) => {
    const temp = path.join(target, `${name}.${process.pid}.tmp`);
    writeTo(temp);
    renameSync(temp, path.join(target, name));
  };
  const write = (name, bytes) => place(name, (file) => writeFileSync(file, gzipSync(bytes, { level: zlibConstants.Z_BEST_COMPRESSION })));
  for (const name of UNCHANGED) place(name, (file) => copyFileSync(path.join(source, name), file));

  // Known words.
  const tidMap = trimTargetMap(read('tid_map.dat.gz'));
  const { tid, pos } = compactFeatures(read('tid.dat.gz'), read('tid_pos.dat.gz'), tidMap.maxValue);
  write('tid.dat.gz', tid);
  write('tid_pos.dat.gz', pos);

  // Unknown words: features kept whole, padding dropped.
  const unkMap = trimTargetMap(read('unk_map.dat.gz'));
  const unk = read('unk.dat.gz').subarray(0, unkMap.maxValue + ENTRY);
  const unkPos = read('unk_pos.dat.gz');
  let unkPosEnd = 0;
  for (let id = 0; id < unk.length; id += ENTRY) unkPosEnd = Math.max(unkPosEnd, lineEnd(unkPos, unk.readInt32LE(id + POS_ID)) + 1);
  write('unk.dat.gz', unk);
  write('unk_pos.dat.gz', unkPos.subarray(0, unkPosEnd));
  write('unk_map.dat.gz', unkMap.bytes);
  write('unk_invoke.dat.gz', trimInvokeDefinitions(read('unk_invoke.dat.gz')));
  return true;
}

/** The outputs all exist and none is older than kuromoji's dictionary or this script. */
function isUpToDate(source, target) {
  // The folder too: a reinstalled package gets a new folder, while npm may give its files old times.
  const inputs = [fileURLToPath(import.meta.url), source, ...readdirSync(source).map((name) => path.join(source, name))];
  const newestInput = Math.max(...inputs.map((file) => statSync(file).mtimeMs));
  return DICTIONARY_FILES.every((name) => {
    const file = path.join(target, name);
    return existsSync(file) && statSync(file).mtimeMs >= newestInput;
  });
}

/** A target map (tid_map / unk_map) cut after its declared keys; also its largest token_info_id. */
function trimTargetMap(bytes) {
  const keys = bytes.readInt32LE(0);
  let at = 4;
  let maxValue = 0;
  for (let k = 0; k < keys; k++) {
    const count = bytes.readInt32LE(at + 4);
    at += 8;
    for (let i = 0; i < count; i++, at += 4) maxValue = Math.max(maxValue, bytes.readInt32LE(at));
  }
  if (at > bytes.length) throw new Error('compactDictionary: target map shorter than its key count says');
  if (maxValue % ENTRY !== 0) throw new Error(`compactDictionary: token_info_id ${maxValue} is not an entry offset`);
  return { bytes: bytes.subarray(0, at), maxValue };
}

/** tid.dat cut after its last referenced entry, with pos_ids pointing at the distinct short feature lines. */
function compactFeatures(tidBytes, posBytes, maxTokenInfoId) {
  const tid = Buffer.from(tidBytes.subarray(0, maxTokenInfoId + ENTRY)); // a copy: rewritten below
  const offsets = new Map(); // feature line -> its offset in the new tid_pos
  const lines = [];
  let size = 0;
  for (let id = 0; id < tid.length; id += ENTRY) {
    const posId = tid.readInt32LE(id + POS_ID);
    const fields = posBytes.toString('utf8', posId, lineEnd(posBytes, posId)).split(',');
    if (fields.length < 4 || fields[0].length === 0) throw new Error(`compactDictionary: unexpected feature line at ${posId}`);
    // A person's or an organisation's name keeps its reading (field 8): how its Latin form is spelt.
    const reading = READ_NAMES.has(`${fields[2]},${fields[3]}`) && fields[8] ? `,*,*,*,*,${fields[8]}` : '';
    const line = `${'_'.repeat(fields[0].length)},${fields[1]},${fields[2]},${fields[3] ?? '*'}${reading}`;
    let offset = offsets.get(line);
    if (offset === undefined) {
      offset = size;
      offsets.set(line, offset);
      const encoded = Buffer.from(`${line}\0`, 'utf8');
      lines.push(encoded);
      size += encoded.length;
    }
    tid.writeInt32LE(offset, id + POS_ID);
  }
  return { tid, pos: Buffer.concat(lines, size) };
}

/** unk_invoke.dat cut after its last character class (classes have non-empty names; padding is zeros). */
function trimInvokeDefinitions(bytes) {
  let at = 0;
  while (at + 6 < bytes.length && bytes[at + 6] !== 0) at = lineEnd(bytes, at + 6) + 1;
  if (at === 0) throw new Error('compactDictionary: no character class in unk_invoke.dat');
  return bytes.subarray(0, at);
}

/** The offset of the NUL that ends the string at `start`. */
function lineEnd(bytes, start) {
  const end = bytes.indexOf(0, start);
  if (end < 0) throw new Error(`compactDictionary: unterminated string at ${start}`);
  return end;
}
