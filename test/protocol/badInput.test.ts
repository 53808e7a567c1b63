// Bad input never hangs or crashes the server: each document is analysed or skipped
// with a visible notice, and hovers in other documents keep being answered.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { SAMPLE_FILES, copySamples, positionOf, readSample } from '../helpers/samples';

describe('bad input', () => {
  const workspace = copySamples();
  const client = new TestLspClient();
  const releases = path.join(workspace.dir, 'releases');
  const en = SAMPLE_FILES.hunnanEn;
  const enText = readSample(en);

  const hoverStillAnswers = async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: workspace.uri(en) },
      position: positionOf(enText, '500,000 square meters', 2),
    });
    assert.match((hover?.contents as MarkupContent).value, /500,000 m²/);
  };

  before(async () => {
    require('node:fs').mkdirSync(releases);
    // On disk, matching the include globs: a 50 MB log file, a binary file, invalid UTF-8.
    writeFileSync(path.join(releases, 'server.log.txt'), 'GET /index.html 200 1234\n'.repeat(2_100_000));
    writeFileSync(path.join(releases, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(path.join(releases, 'latin1.txt'), Buffer.from('caf\xe9 50 km\n', 'latin1'));
    await client.startOn(workspace.dir, 5, workspace.uri(en), enText);
  });

  after(() => {
    client.kill();
    workspace.dispose();
  });

  for (const name of ['server.log.txt', 'image.txt', 'latin1.txt']) {
    it(`skips ${name} on disk with a notice in the Problems panel`, async () => {
      const uri = pathToFileURL(path.join(releases, name)).toString();
      const published = await client.waitForDiagnostics(uri);
      assert.equal(published.diagnostics.length, 1);
      assert.equal(published.diagnostics[0].code, 'file-skipped');
      assert.match(published.diagnostics[0].message, /did not read this file/);
    });
  }

  const openDocuments: [string, () => string][] = [
    ['a 5 MB single line', () => 'Release 12 km '.repeat(380_000)],
    ['100,000 digits', () => '1'.repeat(100_000)],
    ['10,000 repetitions of 万', () => '万'.repeat(10_000)],
    ['a 1 MB line of digits and CJK numerals', () => '12三百万4.5億六千'.repeat(100_000)],
  ];
  for (const [label, make] of openDocuments) {
    it(`answers for ${label} and keeps serving hovers elsewhere`, async () => {
      const uri = pathToFileURL(path.join(releases, `${label.replace(/\W+/g, '-')}.release`)).toString();
      await client.open(uri, make(), 'press-release');
      const published = await client.waitForDiagnostics(uri);
      assert.ok(Array.isArray(published.diagnostics));
      await hoverStillAnswers();
    });
  }
});
