// What the engine needs of a file system, passed in (core code never reads the disk
// itself): Node's for the server and the CLI (server/src/node/nodeFileSystem.ts), an
// in-memory one for tests (inMemoryFileSystem.ts) and, one day, a browser's.

export type FileKind = 'file' | 'directory' | 'other';

export interface FileStat {
  kind: FileKind;
  /** Bytes. */
  size: number;
}

export interface DirectoryEntry {
  name: string;
  /** Symbolic links are 'other': the engine does not follow them. */
  kind: FileKind;
}

/**
 * Paths are the platform's (Node's `path` joins them). Failures reject with an Error
 * carrying a Node-style `code` ('ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR' …), which the
 * engine turns into one-line reasons.
 */
export interface FileSystem {
  stat(path: string): Promise<FileStat>;
  readFile(path: string): Promise<Uint8Array>;
  readDirectory(path: string): Promise<DirectoryEntry[]>;
  /** The real path (symbolic links resolved); the path itself where that cannot be known. */
  realPath(path: string): Promise<string>;
  /** A text file's lines (UTF-8), streamed: a large archive's cache never has to fit in one string. */
  readLines(path: string): AsyncIterable<string>;
  /** Writes `lines` (UTF-8, one per line) all at once: a temporary file, then a rename; missing folders are made. */
  writeLines(path: string, lines: AsyncIterable<string> | Iterable<string>): Promise<void>;
}

/** An Error with a Node-style code, as FileSystem implementations reject with. */
export function fileSystemError(code: string, path: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** The Node-style code of a FileSystem failure, if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
