// A bare folder works: a folder of .txt releases outside samples/ and releases/ (no
// settings). Opening one release reads its siblings, so its other versions and the
// findings between them appear; the Problems panel speaks the client's language.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TestLspClient } from '../helpers/lspClient';

const FIXTURE = path.resolve(__dirname, '../fixtures/families/harbor');

function bareFolder(names: (lang: string) => string): { dir: string; file: (lang: string) => string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-lens-bare-'));
  for (const lang of ['en', 'ja', 'zh']) {
    const target = path.join(dir, names(lang));
    cpSync(path.join(FIXTURE, `harbor.${lang}.txt`), target, { recursive: true });
  }
  return { dir, file: (lang) => path.join(dir, names(lang)), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('a bare folder of releases', () => {
  const clients: TestLspClient[] = [];
  const folders: { dispose: () => void }[] = [];
  after(() => {
    for (const c of clients) c.kill();
    for (const f of folders) f.dispose();
  });

  for (const [label, names] of [
    ['name.ja.txt', (lang: string) => `forum-2027.${lang}.txt`],
    ['ja/name.txt', (lang: string) => `${lang}/forum-2027.txt`],
  ] as const) {
    it(`opening one version (${label}) reads the others and reports a disagreement, in the client's language`, async () => {
      const folder = bareFolder(names);
      folders.push(folder);
      const client = new TestLspClient();
      clients.push(client);
      await client.initialize(folder.dir, {}, 'ja');
      await client.waitForStatus((s) => s.state === 'ready');
      const uri = pathToFileURL(folder.file('en')).toString();
      const text = readFileSync(folder.file('en'), 'utf8').replace('18.6 kilometers', '16.6 kilometers');
      await client.open(uri, text);
      // Siblings are read one by one: wait until the finding names both other versions.
      const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'figure-mismatch' && (d.relatedInformation?.length ?? 0) >= 2));
      const mismatch = published.diagnostics.find((d) => d.code === 'figure-mismatch')!;
      assert.match(mismatch.message, /版によって数値が異なります/);
      const others = new Set(mismatch.relatedInformation?.map((r) => r.location.uri));
      assert.deepEqual([...others].sort(), [pathToFileURL(folder.file('ja')).toString(), pathToFileURL(folder.file('zh')).toString()].sort());
    });
  }
});
