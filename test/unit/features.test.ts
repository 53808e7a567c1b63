// The editor features as functions of the engine (core/features), in plain Node on an
// in-memory workspace of the samples: no server, no editor.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { versionsLens } from '../../server/src/core/features/codeLens';
import { compareVersions } from '../../server/src/core/features/comparison';
import { type FeatureContext, NOT_CANCELLED } from '../../server/src/core/features/context';
import { hoverAt } from '../../server/src/core/features/hover';
import { valueHints } from '../../server/src/core/features/inlayHints';
import { definition, documentOutline, references, workspaceSymbols } from '../../server/src/core/features/navigation';
import { t } from '../../server/src/lsp/messages';
import { type InMemoryWorkspace, sampleWorkspace } from '../helpers/inMemoryWorkspace';
import { positionOf, readSample, SAMPLE_FILES } from '../helpers/samples';

const EN = `samples/${SAMPLE_FILES.hunnanEn}`;
const JA = `samples/${SAMPLE_FILES.hunnanJa}`;
const ZH = `samples/${SAMPLE_FILES.hunnanZh}`;
const CANCELLED = { isCancellationRequested: true };

function contextOf(workspace: InMemoryWorkspace): FeatureContext {
  const { index } = workspace.lens;
  return { index, locale: 'en', t: (key, ...args) => t('en', key, ...args), clientUri: (uri) => uri, relativePath: (uri) => index.relativePath(uri) };
}

describe('editor features on an in-memory workspace', () => {
  let workspace: InMemoryWorkspace;
  let ctx: FeatureContext;
  const en = readSample(SAMPLE_FILES.hunnanEn);
  const ja = readSample(SAMPLE_FILES.hunnanJa);
  before(async () => {
    workspace = await sampleWorkspace();
    ctx = contextOf(workspace);
  });

  it('hover on an entity names the other versions that mention it', () => {
    const card = hoverAt(ctx, workspace.uri(EN), positionOf(en, 'Liaohe Laboratory', 3), 20, NOT_CANCELLED)!;
    assert.equal(card.range.start.character, positionOf(en, 'Liaohe Laboratory').character);
    assert.match(card.markdown, /\*\*Mentioned in\*\*/);
    assert.match(card.markdown, /hunnan-2026-conference\.ja\.txt/);
    assert.match(card.markdown, /hunnan-2026-conference\.zh\.txt/);
    assert.doesNotMatch(card.markdown, /hunnan-2026-conference\.en\.txt:/);
  });

  it('hover on a figure gives its value and its agreeing counterparts', () => {
    const card = hoverAt(ctx, workspace.uri(JA), positionOf(ja, '50万平方メートル', 1), 20, NOT_CANCELLED)!;
    assert.match(card.markdown, /500,000 m²/);
    assert.match(card.markdown, /In the other versions/);
    assert.equal((card.markdown.match(/✓ agrees/g) ?? []).length, 2);
    assert.doesNotMatch(card.markdown, /differs/);
  });

  it('hover elsewhere, on an unknown document or when cancelled, gives nothing', () => {
    assert.equal(hoverAt(ctx, workspace.uri(EN), { line: 0, character: 0 }, 20, NOT_CANCELLED), null);
    assert.equal(hoverAt(ctx, workspace.uri('samples/none.txt'), { line: 0, character: 0 }, 20, NOT_CANCELLED), null);
    assert.equal(hoverAt(ctx, workspace.uri(EN), positionOf(en, 'Liaohe Laboratory', 3), 20, CANCELLED), null);
  });

  it('the code lens counts the versions and the mismatches', async () => {
    assert.deepEqual(versionsLens(ctx, workspace.uri(EN), NOT_CANCELLED).map((l) => l.title), ['3 versions · no mismatch']);
    assert.deepEqual(versionsLens(ctx, workspace.uri(`samples/${SAMPLE_FILES.beihu}`), NOT_CANCELLED), []);
    const edited = await sampleWorkspace({ [JA]: ja.replace('28キロ', '38キロ') });
    assert.deepEqual(versionsLens(contextOf(edited), edited.uri(EN), NOT_CANCELLED).map((l) => l.title), ['3 versions · 1 mismatch']);
  });

  it('inlay hints give the normalised value of figures written in another scale only', () => {
    const lines = ja.split('\n').length;
    const labels = valueHints(ctx, workspace.uri(JA), { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, NOT_CANCELLED).map((h) => h.label);
    assert.ok(labels.includes('= 500,000 m²'), labels.join(' | '));
    assert.ok(!labels.some((l) => l.includes('28 km')), '28キロ is written in its own scale');
  });

  it('the comparison puts each version in a column and marks a mismatching row', async () => {
    const table = compareVersions(ctx, workspace.uri(ZH), NOT_CANCELLED);
    assert.equal(table.versions.length, 3);
    assert.ok(table.rows.length >= 5);
    assert.ok(table.rows.every((r) => !r.mismatch));
    const edited = await sampleWorkspace({ [JA]: ja.replace('28キロ', '38キロ') });
    const rows = compareVersions(contextOf(edited), edited.uri(ZH), NOT_CANCELLED).rows.filter((r) => r.mismatch);
    assert.equal(rows.length, 1);
    assert.ok(rows[0].cells.some((c) => c?.text === '38キロ'));
    assert.deepEqual(compareVersions(ctx, workspace.uri(`samples/${SAMPLE_FILES.suzhou}`), NOT_CANCELLED), { familyId: null, versions: [], rows: [] });
  });

  it('references find an entity in every language; definition is its first mention without a catalog', () => {
    const at = positionOf(en, 'Liaohe Laboratory', 2);
    const refs = references(ctx, workspace.uri(EN), at, NOT_CANCELLED)!;
    const uris = new Set(refs.map((r) => r.uri));
    assert.ok(uris.has(workspace.uri(EN)) && uris.has(workspace.uri(JA)) && uris.has(workspace.uri(ZH)), [...uris].join(' '));
    assert.deepEqual(definition(ctx, workspace.uri(EN), at, undefined, NOT_CANCELLED), refs[0]);
    assert.equal(references(ctx, workspace.uri(EN), { line: 0, character: 0 }, NOT_CANCELLED), null);
  });

  it('the outline groups the entities by type, each once; workspace symbols find them by any name', () => {
    const outline = documentOutline(ctx, workspace.uri(EN), NOT_CANCELLED);
    assert.ok(outline.length > 0 && outline.every((g) => g.kind === 'group' && g.children!.length > 0));
    const labs = outline.find((g) => g.name === 'lab')!.children!.map((c) => c.name);
    assert.ok(labs.includes('Liaohe Laboratory'), labs.join(', '));
    assert.equal(new Set(labs).size, labs.length);
    const symbols = workspaceSymbols(ctx, 'liaohe lab', NOT_CANCELLED);
    assert.ok(symbols.some((s) => s.kind === 'lab'), JSON.stringify(symbols));
    assert.deepEqual(workspaceSymbols(ctx, 'liaohe', CANCELLED), []);
  });
});
