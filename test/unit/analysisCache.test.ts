// The disk cache of analyses: used when it matches, ignored (never trusted) when it is
// corrupt, foreign or made by another engine version.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DocumentAnalyzer, hashText } from '../../server/src/core/analyzer';
import { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { silentLogger } from '../../server/src/core/types';
import { nodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { AnalysisCache } from '../../server/src/core/workspace/analysisCache';
import { SAMPLE_FILES, readSample } from '../helpers/samples';

describe('analysis cache', () => {
  const analyzer = new DocumentAnalyzer({ japanese: new JapaneseTokenizer(), logger: silentLogger });
  const text = readSample(SAMPLE_FILES.hunnanEn);

  it('gives back what was stored, after a save and a load in a new cache', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-cache-'));
    const analysis = await analyzer.analyze('file:///a.txt', text);
    const first = new AnalysisCache(nodeFileSystem, dir, 'v1');
    first.put(analysis);
    await first.save();
    const second = new AnalysisCache(nodeFileSystem, dir, 'v1');
    assert.equal(await second.load(), 1);
    const hit = second.get('file:///b.txt', hashText(text));
    assert.ok(hit);
    assert.equal(hit.uri, 'file:///b.txt');
    assert.deepEqual(hit.figures, analysis.figures);
    assert.deepEqual(hit.mentions, analysis.mentions);
    assert.equal(second.get('file:///b.txt', hashText(text + ' ')), undefined);
  });

  // A release with a date that cannot exist used to be re-read at every start-up (41 % of the bench's archive).
  it('stores a text with a date that cannot exist, and gives its note back', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-cache-'));
    const impossible = `${text}\n\nThe park opened on 31 February 2026.\n`;
    const analysis = await analyzer.analyze('file:///a.txt', impossible);
    assert.deepEqual(analysis.notices.map((n) => n.code), ['impossible-date']);
    const first = new AnalysisCache(nodeFileSystem, dir, 'v1');
    first.put(analysis);
    await first.save();
    const second = new AnalysisCache(nodeFileSystem, dir, 'v1');
    assert.equal(await second.load(), 1);
    const hit = second.get('file:///b.txt', hashText(impossible));
    assert.ok(hit);
    assert.deepEqual(hit.notices, analysis.notices);
  });

  it('does not store a file skipped for its size (the limit is a setting)', async () => {
    const small = new DocumentAnalyzer({ japanese: new JapaneseTokenizer(), logger: silentLogger, maxLength: 10 });
    const analysis = await small.analyze('file:///a.txt', text);
    assert.deepEqual(analysis.notices.map((n) => n.code), ['file-too-large']);
    const cache = new AnalysisCache(nodeFileSystem, mkdtempSync(path.join(tmpdir(), 'rl-cache-')), 'v1');
    cache.put(analysis);
    assert.equal(cache.size, 0);
  });

  it('writes the mention keys recognition gave, even after linking renamed them in place', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-cache-'));
    const analysis = await analyzer.analyze('file:///a.txt', text);
    const localIds = analysis.mentions.map((m) => m.id);
    const first = new AnalysisCache(nodeFileSystem, dir, 'v1');
    first.put(analysis);
    for (const m of analysis.mentions) m.id = `canonical:${m.id}`; // what linking does to the index's objects
    await first.save();
    const second = new AnalysisCache(nodeFileSystem, dir, 'v1');
    await second.load();
    assert.deepEqual(second.get('file:///a.txt', hashText(text))!.mentions.map((m) => m.id), localIds);
  });

  it('ignores a cache written by another engine version or for another catalog', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-cache-'));
    const cache = new AnalysisCache(nodeFileSystem, dir, 'v1');
    cache.put(await analyzer.analyze('file:///a.txt', text));
    await cache.save();
    assert.equal(await new AnalysisCache(nodeFileSystem, dir, 'v2').load(), 0);
    assert.equal(await new AnalysisCache(nodeFileSystem, dir, 'v1', 'other-catalog').load(), 0);
  });

  it('ignores a corrupt file and entries that do not validate, and rebuilds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-cache-'));
    const file = path.join(dir, 'analyses.jsonl');
    writeFileSync(file, '{ not json');
    const cache = new AnalysisCache(nodeFileSystem, dir, 'v1');
    assert.equal(await cache.load(), 0);
    const analysis = await analyzer.analyze('file:///a.txt', text);
    cache.put(analysis);
    await cache.save();
    const [header, line] = readFileSync(file, 'utf8').trim().split('\n');
    const [hash, entry] = JSON.parse(line);
    // One entry tampered with (a figure without a value), one under the wrong hash, one line cut short.
    const tampered = structuredClone(entry);
    tampered.figures[0].value = { evil: true };
    writeFileSync(file, [header, JSON.stringify([hash, tampered]), JSON.stringify(['deadbeef', entry]), line.slice(0, 40)].join('\n'));
    assert.equal(await new AnalysisCache(nodeFileSystem, dir, 'v1').load(), 0);
  });
});
