// Measures a burst of opens after the index ends (issue 16: a restarted server reopening
// every open document): N releases on disk, K opened at once with their disk text; the
// time until every one has its diagnostics and a hover is answered, and how many times
// the whole workspace view was computed for it (the server's info log).
// Usage: npm run build && node --import tsx scripts/openBurst.ts [N=300] [K=20]
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { buildCorpus, writeCorpus } from '../bench/corpus';
import { TestLspClient } from '../test/helpers/lspClient';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 300);
  const k = Number(process.argv[3] ?? 20);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rl-burst-'));
  const files = buildCorpus(n);
  writeCorpus(dir, files);
  const storage = mkdtempSync(path.join(os.tmpdir(), 'rl-burst-cache-'));
  const opened = files.slice(0, k).map((f) => ({ uri: pathToFileURL(path.join(dir, f.relativePath)).toString(), text: f.text }));
  for (const mode of ['after-index', 'after-index-edited', 'restart']) await run(mode);
  rmSync(dir, { recursive: true, force: true });
  rmSync(storage, { recursive: true, force: true });

  async function run(mode: string): Promise<void> {
  const client = new TestLspClient();
  try {
    const started = performance.now();
    // restart: a warm server (disk cache) whose client reopens its editors right after initialize.
    await client.initialize(dir, {}, 'en', { storagePath: storage });
    if (mode.startsWith('after-index')) await client.waitForStatus((s) => s.state === 'ready' && s.total >= files.length);
    const viewsBefore = client.logMessages.filter((m) => m.startsWith('Workspace view of')).length;
    const openedAt = performance.now();
    const published = opened.map((o) => client.waitForDiagnostics(o.uri, (p) => p.version === 1));
    // edited: unsaved text restored by the editor, with a figure the disk's has not.
    for (const o of opened) void client.open(o.uri, mode === 'after-index-edited' ? `${o.text}\nRevenue rose 12% to 3.4 million.\n` : o.text, 'plaintext', 1);
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: opened[0].uri }, position: { line: 0, character: 1 } });
    await Promise.all([...published, hover]);
    const burstMs = performance.now() - openedAt;
    if (mode === 'restart') await client.waitForStatus((s) => s.state === 'ready' && s.total >= files.length);
    const readyMs = performance.now() - started;
    const views = client.logMessages.filter((m) => m.startsWith('Workspace view of')).slice(viewsBefore);
    console.log(JSON.stringify({ mode, n, k, burstMs: Math.round(burstMs), readyMs: Math.round(readyMs), viewsComputed: views.length, views: views.map((v) => v.replace(/Workspace view of /, "").replace(/ documents computed/, "")) }));
    await client.shutdown();
  } finally {
    client.kill();
  }
  }
}

void main();
