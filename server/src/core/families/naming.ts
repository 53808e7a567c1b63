import { uriToPath } from './glob';

/**
 * File naming conventions people use for the versions of one release:
 * `name.ja.txt` / `name.en.txt`, `name_ja.txt`, `name-en.txt`, and `ja/name.txt` beside
 * `en/name.txt`. Two files whose names differ only in the language tag are versions of
 * one release: strong evidence, stronger than any shared figure.
 */
export interface NamingKey {
  /** What the versions share: folder and stem without the language tag. */
  key: string;
  /** The language tag, folded (jp -> ja, cn / zh-hant -> zh:…). */
  tag: string;
}

// Language tags, longest first so that "zh-hans" is not read as "zh" + "-hans".
const TAGS = ['zh-hans', 'zh-hant', 'hans', 'hant', 'zh-cn', 'zh-tw', 'zh-hk', 'zh_cn', 'zh_tw', 'en', 'ja', 'jp', 'jpn', 'eng', 'zh', 'cn', 'chn', 'chs', 'cht', 'sc', 'tc'];
const TAG = TAGS.join('|');
const SUFFIX = new RegExp(`^(.+?)[._-](${TAG})$`, 'i');
const PREFIX = new RegExp(`^(${TAG})[._-](.+)$`, 'i');
const FOLDER = new RegExp(`^(${TAG})$`, 'i');

/** Folds a tag: the traditional and simplified Chinese versions stay two versions. */
function foldTag(tag: string): string {
  const t = tag.toLowerCase().replace('_', '-');
  if (t === 'jp' || t === 'jpn') return 'ja';
  if (t === 'eng') return 'en';
  if (t === 'cn' || t === 'chn' || t === 'chs' || t === 'sc' || t === 'hans' || t === 'zh-cn' || t === 'zh-hans') return 'zh';
  if (t === 'tc' || t === 'cht' || t === 'hant' || t === 'zh-tw' || t === 'zh-hk' || t === 'zh-hant') return 'zh-hant';
  return t;
}

/** The naming key of a file, or undefined when its name carries no language tag. */
export function namingKey(uri: string): NamingKey | undefined {
  const parts = uriToPath(uri).replace(/\\/g, '/').split('/');
  const last = parts.pop() ?? '';
  let file = last;
  try { file = decodeURIComponent(last); } catch { /* a plain path with % in it */ }
  const stem = file.replace(/(?:\.release)?\.[A-Za-z0-9]{1,8}$/i, '');
  if (!stem) return undefined;
  const dir = parts.join('/');
  // A name that is only a number beside the tag (en-01, 01_ja) numbers the files of a
  // collection; it names no release, and two files numbered alike are not versions by it.
  const numbered = (name: string): boolean => /^[\d._-]+$/.test(name);
  let m = SUFFIX.exec(stem);
  if (m) return numbered(m[1]) ? undefined : { key: `${dir}/${m[1].toLowerCase()}`, tag: foldTag(m[2]) };
  m = PREFIX.exec(stem);
  if (m) return numbered(m[2]) ? undefined : { key: `${dir}/${m[2].toLowerCase()}`, tag: foldTag(m[1]) };
  const folder = parts[parts.length - 1] ?? '';
  if (FOLDER.test(folder)) return { key: `${parts.slice(0, -1).join('/')}/*/${stem.toLowerCase()}`, tag: foldTag(folder) };
  return undefined;
}

/**
 * Pairs of documents (indices into `uris`) whose names differ only in the language tag.
 * A name shared by many files is kept to one file per tag (the first in order).
 */
export function namingPairs(uris: readonly string[]): [number, number][] {
  const groups = new Map<string, Map<string, number>>();
  uris.forEach((uri, i) => {
    const k = namingKey(uri);
    if (!k) return;
    let g = groups.get(k.key);
    if (!g) groups.set(k.key, (g = new Map()));
    if (!g.has(k.tag)) g.set(k.tag, i);
  });
  const out: [number, number][] = [];
  for (const g of groups.values()) {
    const members = [...g.values()].sort((a, b) => a - b);
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) out.push([members[x], members[y]]);
  }
  return out;
}
