// The analyzer's caches for documents being edited (paragraphs, and tokens by sentence)
// must never change what is found: after every keystroke the analysis equals a fresh
// analysis of the same text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentAnalyzer } from '../../server/src/core/analyzer';
import { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { silentLogger } from '../../server/src/core/types';
import { SAMPLE_FILES, readSample } from '../helpers/samples';

describe('analyzer while a document is edited', () => {
  const japanese = new JapaneseTokenizer(undefined, undefined, { workerScript: false });

  it('finds after each edit exactly what a fresh analysis of the edited text finds', async () => {
    const editing = new DocumentAnalyzer({ japanese, logger: silentLogger });
    let text = readSample(SAMPLE_FILES.hunnanJa);
    await editing.analyze('file:///ja.txt', text, true);
    // Edits inside one sentence of a long paragraph, inside an entity name, and a new sentence.
    const edits: [string, string][] = [['成功裏に', '無事に'], ['渾南科学技術都市', '渾南科学都市'], ['。', '。遼寧省の新しい実験室が開設された。']];
    for (const [from, to] of edits) {
      assert.ok(text.includes(from), from);
      text = text.replace(from, to);
      const cached = await editing.analyze('file:///ja.txt', text, true);
      const fresh = await new DocumentAnalyzer({ japanese, logger: silentLogger }).analyze('file:///ja.txt', text);
      assert.deepEqual(cached.mentions, fresh.mentions, `mentions after "${to}"`);
      assert.deepEqual(cached.figures, fresh.figures, `figures after "${to}"`);
    }
  });
});

describe('analyzer: dates that cannot exist (issue 16)', () => {
  const japanese = new JapaneseTokenizer(undefined, undefined, { workerScript: false });

  it('reports each as an impossible-date notice on its span, and reads no figure there', async () => {
    const text = 'Title\n\nThe plant opens on 31 February 2026 in Hunnan.\n';
    const analysis = await new DocumentAnalyzer({ japanese, logger: silentLogger }).analyze('file:///d.txt', text);
    const start = text.indexOf('31 February 2026');
    assert.deepEqual(analysis.notices, [{
      code: 'impossible-date', severity: 'information', start, end: start + '31 February 2026'.length, related: [],
      message: 'Date that cannot exist: “31 February 2026” (February 2026 has 28 days)',
    }]);
    assert.ok(!analysis.figures.some((f) => f.end > start && f.start < start + 16), 'no figure on the span');
  });

  it('the five samples have no notices', async () => {
    const analyzer = new DocumentAnalyzer({ japanese, logger: silentLogger });
    for (const file of Object.values(SAMPLE_FILES)) {
      assert.deepEqual((await analyzer.analyze(`file:///${file}`, readSample(file))).notices, [], file);
    }
  });
});
