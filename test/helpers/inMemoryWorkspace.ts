// A workspace of releases held in memory, indexed by the engine built through its one
// entry (core/service.ts): what the feature tests run on, in plain Node, with no server.
import * as path from 'node:path';
import { createReleaseLens, type ReleaseLens } from '../../server/src/core/service';
import { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { silentLogger } from '../../server/src/core/types';
import { InMemoryFileSystem } from '../../server/src/core/workspace/inMemoryFileSystem';
import { pathToUri, uriToFsPath } from '../../server/src/core/workspace/uri';
import { readSample, SAMPLE_FILES } from './samples';

export const WORKSPACE_ROOT = path.resolve('/workspace');

/** One kuromoji for every in-memory workspace of a test run, in this thread. */
const japanese = new JapaneseTokenizer(undefined, undefined, { workerScript: false });

export interface InMemoryWorkspace {
  lens: ReleaseLens;
  fileSystem: InMemoryFileSystem;
  /** The URI of a file of the workspace by its relative path. */
  uri(relativePath: string): string;
  /** Indexes every release file (as the server's background index does). */
  indexAll(): Promise<void>;
}

/** `files`: relative path -> text. Every `.txt` file is a release. */
export async function inMemoryWorkspace(files: Record<string, string>): Promise<InMemoryWorkspace> {
  const fileSystem = new InMemoryFileSystem(Object.fromEntries(Object.entries(files).map(([rel, text]) => [path.join(WORKSPACE_ROOT, rel), text])));
  const lens = createReleaseLens({
    fileSystem, logger: silentLogger, japanese, rootPath: WORKSPACE_ROOT,
    relativePath: (uri) => path.relative(WORKSPACE_ROOT, uriToFsPath(uri) ?? uri).split(path.sep).join('/'),
  });
  const workspace: InMemoryWorkspace = {
    lens,
    fileSystem,
    uri: (rel) => pathToUri(path.join(WORKSPACE_ROOT, rel)),
    async indexAll() {
      const releases = await lens.findReleaseFiles(WORKSPACE_ROOT, (rel) => rel.endsWith('.txt'));
      for await (const { file, read } of lens.readReleasesAhead(releases)) if (read.ok) await lens.index.upsert(pathToUri(file), read.text);
    },
  };
  await workspace.indexAll();
  return workspace;
}

/** The five samples, under samples/, with `changes` applied (relative path -> new text). */
export function sampleWorkspace(changes: Record<string, string> = {}): Promise<InMemoryWorkspace> {
  const files: Record<string, string> = {};
  for (const name of Object.values(SAMPLE_FILES)) files[`samples/${name}`] = readSample(name);
  return inMemoryWorkspace({ ...files, ...changes });
}
