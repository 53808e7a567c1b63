// A burst of opens (a restarted editor reopening its documents, with unsaved text or
// not) costs one workspace view, not one per document (issue 16), and its findings are
// those of a fresh index of the same texts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { buildCorpus, type CorpusFile, writeCorpus } from '../../bench/corpus';
import { TestLspClient } from '../helpers/lspClient';

const K = 12;
const files = buildCorpus(60);
const opened = files.slice(0, K);
// Unsaved text with a figure the file on disk has not: every open changes the families' input.
const edited = (f: CorpusFile) => `${f.text}\nRevenue rose 12% to 3.4 million.\n`;
const views = (client: TestLspClient, from: number) => client.logMessages.slice(from).filter((m) => m.startsWith('Workspace view of'));

/** What a client would show: the findings without the URIs (the folders differ). */
const shown = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)} ${d.message}`).sort();

describe('a burst of opens', () => {
  const dirs: string[] = [];
  const clients: TestLspClient[] = [];
  const indexed = async (texts: CorpusFile[]) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rl-burst-'));
    dirs.push(dir);
    writeCorpus(dir, texts);
    const client = new TestLspClient();
    clients.push(client);
    await client.initialize(dir);
    await client.waitForStatus((s) => s.state === 'ready' && s.total >= texts.length);
    await client.waitForLog((m) => m.startsWith('Indexed '));
    const uri = (f: CorpusFile) => pathToFileURL(path.join(dir, f.relativePath)).toString();
    return { client, uri };
  };
  const openAll = async (client: TestLspClient, uri: (f: CorpusFile) => string, text: (f: CorpusFile) => string) => {
    const from = client.logMessages.length;
    const published = opened.map((f) => client.waitForDiagnostics(uri(f), (p) => p.version === 1));
    for (const f of opened) void client.open(uri(f), text(f), 'plaintext', 1);
    const params = await Promise.all(published);
    return { params, views: views(client, from) };
  };

  after(() => {
    for (const c of clients) c.kill();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('of unchanged files computes no view; with unsaved edits, one; the findings are a fresh index of the same texts', async () => {
    const { client, uri } = await indexed(files);
    const atIndexEnd = opened.map((f) => client.diagnostics.get(uri(f)));
    const unchanged = await openAll(client, uri, (f) => f.text);
    assert.deepEqual(unchanged.views, []);
    for (const [i, f] of opened.entries()) assert.deepEqual(shown(unchanged.params[i]), atIndexEnd[i] ? shown(atIndexEnd[i]) : [], f.relativePath);

    // The same documents edited (each a new version, as a restored editor's unsaved text): one view for all of them.
    const { client: second, uri: secondUri } = await indexed(files);
    const burst = await openAll(second, secondUri, edited);
    assert.ok(burst.views.length <= 1, burst.views.join('\n'));

    assert.ok(burst.params.some((p) => p.diagnostics.length > 0), 'the corpus has findings to compare');
    // A fresh index of the edited texts on disk finds the same.
    const { client: fresh, uri: freshUri } = await indexed(files.map((f, i) => (i < K ? { ...f, text: edited(f) } : f)));
    for (const [i, f] of opened.entries()) {
      const expected = fresh.diagnostics.get(freshUri(f));
      assert.deepEqual(shown(burst.params[i]), expected ? shown(expected) : [], f.relativePath);
    }
  });
});
