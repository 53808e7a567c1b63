// "Export Annotations…" as the client asks for it (releaseLens/exportAnnotations): the
// server writes the same files as `release-lens export` over the same folder.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ExportAnnotationsResult } from '../../common/src/protocol';
import { runCli } from '../helpers/cli';
import { TestLspClient } from '../helpers/lspClient';
import { SAMPLE_FILES, copySamples, readSample } from '../helpers/samples';

/** Every file below `dir`, relative, with its content. */
function contents(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('the export request (Export Annotations…)', () => {
  const workspace = copySamples();
  const client = new TestLspClient();
  const folders: string[] = [];
  const newFolder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-lens-export-'));
    folders.push(dir);
    return dir;
  };

  before(async () => {
    await client.startOn(workspace.dir, 5, workspace.uri(SAMPLE_FILES.hunnanEn), readSample(SAMPLE_FILES.hunnanEn));
  });

  after(() => {
    client.kill();
    workspace.dispose();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  for (const format of ['brat', 'jsonl', 'csv'] as const) {
    it(`${format}: writes the files the CLI writes for the same folder`, async () => {
      const folder = newFolder();
      const result = (await client.connection.sendRequest('releaseLens/exportAnnotations', { format, folder })) as ExportAnnotationsResult;
      assert.equal(result.problem, undefined, result.error);
      assert.equal(result.documents, 5);
      assert.ok(result.files.length > 0 && result.files.every((f) => f.startsWith(folder)));
      const fromCli = newFolder();
      assert.equal(runCli(['export', '--format', format, '--out', fromCli, 'samples'], workspace.dir).code, 0);
      assert.deepEqual(contents(folder), contents(fromCli));
    });
  }

  it('an unknown format is refused with a reason, and nothing is written', async () => {
    const folder = newFolder();
    const result = (await client.connection.sendRequest('releaseLens/exportAnnotations', { format: 'xml', folder })) as ExportAnnotationsResult;
    assert.equal(result.problem, 'format');
    assert.deepEqual(readdirSync(folder), []);
  });
});
