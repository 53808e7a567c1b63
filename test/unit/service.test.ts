// The engine built through its one entry (core/service.ts) on an in-memory file system:
// the files it finds and reads, the findings, and the disk cache, with no disk at all.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createReleaseLens } from '../../server/src/core/service';
import { silentLogger } from '../../server/src/core/types';
import { InMemoryFileSystem } from '../../server/src/core/workspace/inMemoryFileSystem';
import { sampleWorkspace, WORKSPACE_ROOT } from '../helpers/inMemoryWorkspace';
import { readSample, SAMPLE_FILES } from '../helpers/samples';

const ja = `samples/${SAMPLE_FILES.hunnanJa}`;

describe('the Release Lens service on an in-memory workspace', () => {
  it('finds and reads the releases, and the unedited samples raise no finding', async () => {
    const workspace = await sampleWorkspace();
    assert.equal(workspace.lens.index.size, 5);
    for (const uri of workspace.lens.index.uris()) assert.deepEqual(workspace.lens.index.diagnostics(uri), [], uri);
    assert.equal(workspace.lens.index.familyOf(workspace.uri(ja))?.uris.length, 3);
  });

  it('finds a figure changed in one version, naming the other versions', async () => {
    const workspace = await sampleWorkspace({ [ja]: readSample(SAMPLE_FILES.hunnanJa).replace('28キロ', '38キロ') });
    const findings = workspace.lens.index.diagnostics(workspace.uri(ja));
    assert.deepEqual(findings.map((d) => d.code), ['figure-mismatch']);
    assert.deepEqual(findings[0].related.map((r) => path.basename(r.uri)).sort(), [SAMPLE_FILES.hunnanEn, SAMPLE_FILES.hunnanZh]);
  });

  it('refuses binary files and invalid UTF-8 with a reason, and reads the others', async () => {
    const fileSystem = new InMemoryFileSystem({ '/w/a.txt': 'plain', '/w/b.txt': new Uint8Array([0x61, 0, 0x62]), '/w/c.txt': new Uint8Array([0xff, 0xfe, 0xfd]) });
    const lens = createReleaseLens({ fileSystem, logger: silentLogger });
    const files = await lens.findReleaseFiles('/w', () => true);
    assert.deepEqual(files, ['/w/a.txt', '/w/b.txt', '/w/c.txt'].map((f) => path.resolve(f)));
    assert.deepEqual(await lens.readRelease(files[0]), { ok: true, text: 'plain', bytes: 5 });
    const reason = async (file: string) => {
      const read = await lens.readRelease(file);
      return read.ok ? 'read' : read.reason;
    };
    assert.match(await reason(files[1]), /^binary file/);
    assert.equal(await reason(files[2]), 'not valid UTF-8');
    assert.equal(await reason('/w/none.txt'), 'no such file');
    assert.equal(await reason('/w'), 'not a regular file');
  });

  it('keeps analyses in its cache folder between runs, on the file system it was given', async () => {
    const workspace = await sampleWorkspace();
    const cacheDir = path.join(WORKSPACE_ROOT, '.cache');
    const first = createReleaseLens({ fileSystem: workspace.fileSystem, logger: silentLogger, cache: cacheDir, japanese: workspace.lens.japanese });
    const text = readSample(SAMPLE_FILES.hunnanJa);
    await first.index.upsert(workspace.uri(ja), text);
    await first.cache!.save();
    assert.ok(workspace.fileSystem.paths().some((p) => p.startsWith(cacheDir)));
    const second = createReleaseLens({ fileSystem: workspace.fileSystem, logger: silentLogger, cache: cacheDir, japanese: workspace.lens.japanese });
    assert.equal(await second.cache!.load(), 1);
  });

  it('reads the catalog through the same file system', async () => {
    const fileSystem = new InMemoryFileSystem({ '/w/release-lens.json': '{ "entities": [] }' });
    const lens = createReleaseLens({ fileSystem, logger: silentLogger });
    assert.deepEqual(await lens.readCatalogFile('/w/release-lens.json'), { text: '{ "entities": [] }' });
    assert.deepEqual(await lens.readCatalogFile('/w/none.json'), { missing: true });
  });
});
