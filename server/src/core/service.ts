// The one entry to the engine: the language server (lsp/session.ts) and the CLI (cli.ts)
// both build it here, from what their platform gives them (a file system, a logger, a
// place for the disk cache). Tests build it on an in-memory file system.
import * as path from 'node:path';
import { DocumentAnalyzer, ENGINE_VERSION, hashText } from './analyzer';
import type { Catalog } from './catalog';
import { readCatalogFile } from './catalog/file';
import { JapaneseTokenizer, findDictionaryPath } from './text/japaneseTokenizer';
import { type Logger, silentLogger } from './types';
import { AnalysisCache } from './workspace/analysisCache';
import type { FileSystem } from './workspace/fileSystem';
import { findReleaseFiles, readRelease, readReleasesAhead } from './workspace/releaseFiles';
import { siblingReleaseFiles } from './workspace/siblings';
import { WorkspaceIndex } from './workspace/workspaceIndex';

export interface ReleaseLensOptions {
  fileSystem: FileSystem;
  logger?: Logger;
  /** A folder for the disk cache of analyses (keyed by content, engine version and catalog); none by default. */
  cache?: string;
  catalog?: Catalog;
  /** The folder catalog globs (families, ignore) are relative to. */
  rootPath?: string;
  /** How findings name other documents. */
  relativePath?: (uri: string) => string;
  /** Longer documents are skipped with a notice. */
  maxFileSizeKB?: number;
  /** kuromoji; by default in its own thread with the bundled dictionary. */
  japanese?: JapaneseTokenizer;
}

export interface ReleaseLens {
  readonly fileSystem: FileSystem;
  readonly logger: Logger;
  readonly japanese: JapaneseTokenizer;
  readonly analyzer: DocumentAnalyzer;
  readonly index: WorkspaceIndex;
  readonly cache: AnalysisCache | undefined;
  /** Keeps analyses in `directory` from now on (the server learns its storage folder after it starts). */
  useCache(directory: string): AnalysisCache;
  /** The catalog in force: documents are read again with it (WorkspaceIndex.reanalyzeAll). */
  setCatalog(catalog: Catalog | undefined): void;
  readRelease(file: string, maxBytes?: number): ReturnType<typeof readRelease>;
  readReleasesAhead(files: readonly string[], maxBytes?: number): ReturnType<typeof readReleasesAhead>;
  findReleaseFiles(root: string, matches: (relativePath: string) => boolean): Promise<string[]>;
  /** The release files beside `file` (its other versions, in a bare folder or language folders). */
  siblingReleaseFiles(file: string): Promise<string[]>;
  readCatalogFile(file: string): ReturnType<typeof readCatalogFile>;
}

export function createReleaseLens(options: ReleaseLensOptions): ReleaseLens {
  const { fileSystem: fs } = options;
  const logger = options.logger ?? silentLogger;
  const japanese = options.japanese ?? new JapaneseTokenizer(findDictionaryPath(), logger);
  const maxLength = options.maxFileSizeKB === undefined ? undefined : options.maxFileSizeKB * 1024;
  const analyzer = new DocumentAnalyzer({ japanese, logger, catalog: options.catalog, maxLength });
  const index = new WorkspaceIndex(analyzer, logger, { rootPath: options.rootPath, relativePath: options.relativePath });
  if (options.catalog) index.setCatalog(options.catalog);
  let cache: AnalysisCache | undefined;
  const useCache = (directory: string) => {
    cache = new AnalysisCache(fs, directory, ENGINE_VERSION, options.catalog ? catalogKey(options.catalog) : '');
    index.useCache(cache);
    return cache;
  };
  if (options.cache) useCache(options.cache);
  return {
    fileSystem: fs,
    logger,
    japanese,
    analyzer,
    index,
    get cache() {
      return cache;
    },
    useCache,
    setCatalog: (catalog) => {
      cache?.setCatalogKey(catalog ? catalogKey(catalog) : '');
      index.setCatalog(catalog);
    },
    readRelease: (file, maxBytes) => readRelease(fs, file, maxBytes),
    readReleasesAhead: (files, maxBytes) => readReleasesAhead(fs, files, maxBytes),
    findReleaseFiles: (root, matches) => findReleaseFiles(fs, root, matches),
    siblingReleaseFiles: (file) => siblingReleaseFiles(fs, file),
    readCatalogFile: (file) => readCatalogFile(fs, path.resolve(file)),
  };
}

/** What keys the disk cache to a catalog: analyses depend on it. */
export function catalogKey(catalog: Catalog): string {
  return hashText(JSON.stringify(catalog));
}
