// The compacted dictionary Release Lens ships (dist/dict, written by scripts/compactDictionary.mjs
// during the build) gives exactly the tokens kuromoji's own dictionary gives: same
// surfaces, offsets, parts of speech and unknown flags.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { type JapaneseToken, type KuromojiTokenizer, tokenizeRuns } from '../../server/src/core/text/japaneseTokenizer';
import { loadKuromoji, longestSurface } from '../../server/src/core/text/kuromojiLoader';
import { SAMPLE_FILES, readSample } from '../helpers/samples';

const ORIGINAL = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
const COMPACTED = path.resolve(__dirname, '..', '..', 'dist', 'dict');
const built = existsSync(path.join(COMPACTED, 'tid_pos.dat.gz'));

// Beyond the samples: verbs and adjectives in several forms, katakana and half-width
// words, numerals, unknown kanji, symbols, a surrogate pair, a very long run.
const EXTRA = [
  '彼女は昨日、東京駅で友達に会いました。明日は雨が降らなければ、公園を散歩するつもりです。',
  '美しかった景色を忘れられない。食べさせられたくなかったのに、結局全部食べてしまった。',
  'ｶﾀｶﾅとカタカナ、ひらがな、漢字が混ざった文章をトークナイザーに渡す。',
  '令和８年３月２日、第３回会議を開催。参加者は約１２００人、予算は３億７２５０万円。',
  '瀋陽市渾南区の遼河実験室は、鑫・淼・犇のような珍しい漢字も含む。𠮷野家で牛丼を食べた。',
  '「えっ！？」と彼は言った……（笑）。～ですね★',
  'ＡＩ・ＩｏＴ・ＤＸを推進するスマートシティ構想について、国際的な産学官連携を強化する。'.repeat(20),
];

const TEXTS: [string, string][] = [...Object.values(SAMPLE_FILES).map((name): [string, string] => [name, readSample(name)]), ...EXTRA.map((text, i): [string, string] => [`extra ${i + 1}`, text])];

/** Tokens of every line, plus kuromoji's own tokens as it returned them. */
function tokenizeLines(tokenizer: KuromojiTokenizer, text: string) {
  const raw: { surface_form: string }[] = [];
  const recording: KuromojiTokenizer = {
    tokenize: (run) => {
      const tokens = tokenizer.tokenize(run);
      raw.push(...tokens);
      return tokens;
    },
  };
  const tokens: JapaneseToken[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    tokens.push(...tokenizeRuns(recording, line, offset));
    offset += line.length + 1;
  }
  return { tokens, raw };
}

describe('compacted Japanese dictionary', { skip: !built && 'dist/dict not built (npm test builds it first)' }, () => {
  let original: KuromojiTokenizer;
  let compacted: KuromojiTokenizer;
  before(async () => {
    // The reference: kuromoji's own loader and dictionary, as Release Lens used them before.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const kuromoji = require('kuromoji');
    original = await new Promise((resolve, reject) => kuromoji.builder({ dicPath: ORIGINAL }).build((error: Error | null, t: KuromojiTokenizer) => (error ? reject(error) : resolve(t))));
    compacted = await loadKuromoji(COMPACTED, { blocking: true });
  });

  it('is smaller than kuromoji’s and has all its files', () => {
    assert.deepEqual(readdirSync(COMPACTED).sort(), readdirSync(ORIGINAL).sort());
    const size = (dir: string) => readdirSync(dir).reduce((n, name) => n + statSync(path.join(dir, name)).size, 0);
    assert.ok(size(COMPACTED) < size(ORIGINAL) * 0.7);
  });

  for (const [name, text] of TEXTS) {
    it(`gives the same tokens as kuromoji's dictionary: ${name}`, () => {
      const before = tokenizeLines(original, text);
      const after = tokenizeLines(compacted, text);
      if (name !== SAMPLE_FILES.hunnanEn) assert.ok(before.tokens.length > 5, 'Japanese text gives tokens');
      assert.deepEqual(after.tokens, before.tokens);
      // Surfaces come from the text: with kuromoji's dictionary they are its own surface_form.
      assert.deepEqual(
        before.tokens.map((t) => t.surface),
        before.raw.map((t) => t.surface_form),
      );
      for (const t of after.tokens) assert.equal(text.slice(t.start, t.end), t.surface);
    });
  }

  it('keeps every known word’s part of speech, its two details and its surface’s length', () => {
    type Dictionary = { target_map: Record<string, number[]>; getFeatures(id: number): string };
    const dictionary = (t: KuromojiTokenizer) => (t as unknown as { token_info_dictionary: Dictionary }).token_info_dictionary;
    const [a, b] = [dictionary(original), dictionary(compacted)];
    assert.deepEqual(Object.keys(b.target_map), Object.keys(a.target_map));
    let checked = 0;
    for (const ids of Object.values(a.target_map)) {
      for (const id of ids) {
        const [surface, pos, detail, second] = a.getFeatures(id).split(',');
        const [placeholder, pos2, detail2, second2] = b.getFeatures(id).split(',');
        if (placeholder.length !== surface.length || pos2 !== pos || detail2 !== detail || second2 !== second) assert.fail(`entry ${id} (${surface}): ${b.getFeatures(id)} for ${a.getFeatures(id)}`);
        checked++;
      }
    }
    assert.ok(checked > 390_000);
  });

  it('keeps the unknown-word dictionary and character classes (without the empty classes its padding made)', () => {
    type Unknown = { target_map: Record<string, number[]>; getFeatures(id: number): string; character_definition: { invoke_definition_map: { map: { class_name: string }[] } } };
    const unknown = (t: KuromojiTokenizer) => (t as unknown as { unknown_dictionary: Unknown }).unknown_dictionary;
    const [a, b] = [unknown(original), unknown(compacted)];
    assert.deepEqual(b.target_map, a.target_map);
    for (const id of Object.values(a.target_map).flat()) assert.equal(b.getFeatures(id), a.getFeatures(id));
    const classes = b.character_definition.invoke_definition_map.map;
    assert.ok(classes.length > 5 && classes.every((c) => c.class_name !== ''));
    assert.deepEqual(a.character_definition.invoke_definition_map.map.slice(0, classes.length), classes);
    assert.ok(a.character_definition.invoke_definition_map.map.slice(classes.length).every((c) => c.class_name === ''));
  });

  it('marks unknown words and proper nouns as kuromoji does', () => {
    const { tokens } = tokenizeLines(compacted, EXTRA[4]);
    assert.ok(tokens.some((t) => t.unknown));
    assert.ok(tokens.some((t) => t.pos === '名詞' && t.posDetail === '固有名詞'));
    // the second detail (組織, 地域) tells a company from a place
    const known = tokenizeLines(compacted, 'トヨタと日立製作所は東京にある。').tokens;
    assert.deepEqual(known.filter((t) => t.posDetail2 === '組織').map((t) => t.surface), ['トヨタ', '日立製作所']);
    assert.ok(known.some((t) => t.surface === '東京' && t.posDetail2 === '地域'));
  });
});

describe('longest dictionary word', () => {
  it('is read from the feature lines in UTF-16 units, plus one', () => {
    const lines = ['ab,名詞', '漢字語,名詞', '𠮷野,名詞'].map((l) => l + '\0').join('');
    assert.equal(longestSurface(new TextEncoder().encode(lines)), 4); // 漢字語 (3); 𠮷野 is 3 units too
    assert.equal(longestSurface(new TextEncoder().encode('____,名詞\0_,記号\0')), 5);
  });
});
