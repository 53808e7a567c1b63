// A FileSystem held in memory: the engine's tests run on a workspace of strings, with no
// disk and no editor (as vscode-markdown-languageservice's InMemoryWorkspace does).
import * as path from 'node:path';
import { type DirectoryEntry, type FileStat, type FileSystem, fileSystemError } from './fileSystem';

export class InMemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();

  /** `files`: path -> text (UTF-8) or bytes. */
  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [file, content] of Object.entries(files)) this.write(file, content);
  }

  write(file: string, content: string | Uint8Array): void {
    this.files.set(path.resolve(file), typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  delete(file: string): void {
    this.files.delete(path.resolve(file));
  }

  /** Every file's path, sorted. */
  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  async stat(file: string): Promise<FileStat> {
    const full = path.resolve(file);
    const bytes = this.files.get(full);
    if (bytes) return { kind: 'file', size: bytes.length };
    if (this.isDirectory(full)) return { kind: 'directory', size: 0 };
    throw fileSystemError('ENOENT', file);
  }

  async readFile(file: string): Promise<Uint8Array> {
    const full = path.resolve(file);
    const bytes = this.files.get(full);
    if (bytes) return bytes;
    throw fileSystemError(this.isDirectory(full) ? 'EISDIR' : 'ENOENT', file);
  }

  async readDirectory(dir: string): Promise<DirectoryEntry[]> {
    const full = path.resolve(dir);
    if (!this.isDirectory(full)) throw fileSystemError(this.files.has(full) ? 'ENOTDIR' : 'ENOENT', dir);
    const entries = new Map<string, DirectoryEntry>();
    const prefix = full.endsWith(path.sep) ? full : full + path.sep;
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...rest] = file.slice(prefix.length).split(path.sep);
      entries.set(name, { name, kind: rest.length ? 'directory' : 'file' });
    }
    return [...entries.values()];
  }

  async realPath(file: string): Promise<string> {
    return path.resolve(file);
  }

  async *readLines(file: string): AsyncIterable<string> {
    const text = new TextDecoder().decode(await this.readFile(file));
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    yield* lines;
  }

  async writeLines(file: string, lines: AsyncIterable<string> | Iterable<string>): Promise<void> {
    const out: string[] = [];
    for await (const line of lines) out.push(line + '\n');
    this.write(file, out.join(''));
  }

  private isDirectory(full: string): boolean {
    const prefix = full.endsWith(path.sep) ? full : full + path.sep;
    for (const file of this.files.keys()) if (file.startsWith(prefix)) return true;
    return false;
  }
}
