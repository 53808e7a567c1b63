// release-lens check [--format text|json] [--catalog FILE] PATH...
// The same core as the language server, over files on disk. Exit 0 when clean, 1 when
// any error-severity finding exists, 2 on usage or I/O errors.
import * as path from 'node:path';
import { parseCatalog, type Catalog } from './core/catalog';
import { readCatalogFile } from './core/catalog/file';
import { createReleaseLens } from './core/service';
import { LineIndex } from './core/text/paragraphs';
import { errorCode, type FileSystem } from './core/workspace/fileSystem';
import { findReleaseFiles } from './core/workspace/releaseFiles';
import type { WorkspaceIndex } from './core/workspace/workspaceIndex';
import type { Logger } from './core/types';
import { nodeFileSystem } from './node/nodeFileSystem';

const USAGE = `Usage: release-lens check [--format text|json] [--catalog FILE] [--cache DIR] [--max-file-size KB] PATH...

Checks press releases for entities, figures and figures that disagree between versions.
PATH may be a file or a folder (folders are searched for *.txt and *.release files).

Options:
  --format text|json   output format (default: text)
  --catalog FILE       the project catalog (default: ./release-lens.json when present)
  --cache DIR          keep analyses in DIR between runs (keyed by content and engine version)
  --max-file-size KB   skip larger files with a notice (default: 2048)
  -h, --help           show this help

Exit status: 0 no errors, 1 error-severity findings, 2 usage or I/O errors.`;

interface Options {
  format: 'text' | 'json';
  catalog?: string;
  cache?: string;
  maxFileSizeKB: number;
  paths: string[];
}

export class UsageError extends Error {}

/** Releases analysed at once (the tokenizer thread and this one overlap). */
const FILES_IN_FLIGHT = 3;

export function parseArgs(argv: string[]): Options | 'help' {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const options: Options = { format: 'text', maxFileSizeKB: 2048, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${shown(f)}"`);
      options.format = f;
    } else if (arg.startsWith('--format=')) {
      const f = arg.slice('--format='.length);
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${shown(f)}"`);
      options.format = f;
    } else if (arg === '--catalog') {
      options.catalog = value();
      if (options.catalog === '') throw new UsageError('--catalog was given an empty file name');
    }
    else if (arg === '--cache') options.cache = value();
    else if (arg === '--max-file-size') {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-file-size takes a positive number of KB');
      options.maxFileSizeKB = n;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${shown(arg)}"`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError('no PATH given');
  return options;
}

const RELEASE_FILE = (p: string) => /\.(txt|release)$/i.test(p);

/**
 * The files to check, each once: the same file named two ways (x, ./x, an absolute path,
 * a symbolic link) is checked and reported once, under the first name given.
 */
async function expandPaths(fs: FileSystem, paths: string[], problems: string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const real = await fs.realPath(file).catch(() => path.resolve(file));
    if (seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };
  for (const p of paths) {
    if (p === '') {
      problems.push('"" (an empty PATH argument): names no file (a variable that expanded to nothing?)');
      continue;
    }
    try {
      const stat = await fs.stat(p);
      if (stat.kind === 'directory') {
        for (const f of await findReleaseFiles(fs, p, RELEASE_FILE)) await add(path.join(p, path.relative(p, f)));
      } else await add(p);
    } catch (error) {
      const code = errorCode(error);
      problems.push(`${shown(p)}: ${code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`);
    }
  }
  return files;
}

async function loadCatalog(fs: FileSystem, file: string | undefined, explicit: boolean, problems: string[]): Promise<Catalog | undefined> {
  if (!file) return undefined;
  // Only a regular file is read (a FIFO would block); UTF-16 with a BOM is decoded, other non-UTF-8 bytes are refused.
  const read = await readCatalogFile(fs, file);
  if ('missing' in read) {
    if (explicit) problems.push(`${shown(file)}: cannot read the catalog (no such file)`);
    return undefined;
  }
  if ('problem' in read) {
    problems.push(`${shown(file)}: ${read.problem.replace(/ The last good catalog stays in use\.$/, '')}`);
    return undefined;
  }
  const text = read.text;
  const parsed = parseCatalog(text);
  const index = new LineIndex(text);
  for (const p of parsed.problems) {
    const pos = index.positionAt(p.start);
    problems.push(`${shown(file)}:${pos.line + 1}:${pos.character + 1}: ${p.message}`);
  }
  return parsed.catalog;
}

/** A path or argument as it may appear in a one-line message: control characters (a newline in a file name) escaped. */
export function shown(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], logger: Logger = { info() {}, warn() {}, error() {} }, fileSystem: FileSystem = nodeFileSystem): Promise<CliResult> {
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return { exitCode: 2, stdout: '', stderr: `release-lens: ${error.message}\n\n${USAGE}\n` };
    throw error;
  }
  if (options === 'help') return { exitCode: 0, stdout: USAGE + '\n', stderr: '' };

  const problems: string[] = [];
  const explicitCatalog = options.catalog !== undefined;
  const catalogFile = options.catalog ?? 'release-lens.json';
  const catalog = await loadCatalog(fileSystem, catalogFile, explicitCatalog, problems);
  const files = await expandPaths(fileSystem, options.paths, problems);

  const lens = createReleaseLens({
    fileSystem, logger, catalog, cache: options.cache,
    rootPath: process.cwd(), relativePath: (uri) => path.relative(process.cwd(), uri),
  });
  const { index, japanese, cache } = lens;
  if (cache) logger.info(`analysis cache: ${await cache.load()} usable entries`);
  const checked: string[] = [];
  // A few files in flight, so the tokenizer thread and this one work at the same time.
  const inFlight: Promise<unknown>[] = [];
  for await (const { file, read } of lens.readReleasesAhead(files, options.maxFileSizeKB * 1024)) {
    if (!read.ok) {
      problems.push(`${shown(file)}: ${read.reason}`);
      continue;
    }
    inFlight.push(index.upsert(path.resolve(file), read.text));
    checked.push(file);
    if (inFlight.length >= FILES_IN_FLIGHT) await inFlight.shift();
  }
  await Promise.all(inFlight);
  // Every release is read: the dictionary is not needed for the checks, which is when memory peaks.
  await japanese.unload();
  await cache?.save().catch((error) => problems.push(`${options.cache}: cannot write the cache (${(error as Error).message})`));
  const documents = checked.map((file) => documentReport(index, file));
  const hasError = documents.some((d) => d.diagnostics.some((x) => x.severity === 'error'));
  const stderr = problems.map((p) => `release-lens: ${p}\n`).join('');
  const stdout = options.format === 'json'
    ? JSON.stringify({ version: 1, documents }, null, 2) + '\n'
    : formatText(documents);
  const exitCode = problems.length > 0 ? 2 : hasError ? 1 : 0;
  return { exitCode, stdout, stderr };
}

/** One document in the public JSON format (README: "JSON output"). Keep it stable. */
export function documentReport(index: WorkspaceIndex, file: string) {
  const uri = path.resolve(file);
  const doc = index.get(uri)!;
  const lines = new LineIndex(doc.text);
  const at = (offset: number) => lines.positionAt(offset);
  const family = index.familyOf(uri);
  return {
    path: file,
    language: doc.analysis.language,
    family: family?.id ?? null,
    entities: doc.analysis.mentions.map((m) => ({
      id: m.id, type: m.type, text: m.text, start: m.start, end: m.end, ...at(m.start),
    })),
    figures: doc.analysis.figures.map((f) => ({
      text: f.text, start: f.start, end: f.end, ...at(f.start), value: f.value, unit: f.unit, bound: f.bound,
      ...(f.counted ? { counted: f.counted } : {}), ...(f.note ? { note: f.note } : {}),
    })),
    diagnostics: index.diagnostics(uri).map((d) => ({
      code: d.code, severity: d.severity, message: d.message, start: d.start, end: d.end, ...at(d.start),
      related: d.related.map((r) => ({ path: path.relative(process.cwd(), r.uri), start: r.start, end: r.end, message: r.message })),
    })),
  };
}

type Report = ReturnType<typeof documentReport>;

function formatText(documents: Report[]): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const d of documents) {
    out.push(`${shown(d.path)} (${d.language}${d.family ? `, family ${d.family}` : ''}): ${d.entities.length} entities, ${d.figures.length} figures, ${d.diagnostics.length} findings`);
    for (const x of d.diagnostics) {
      if (x.severity === 'error') errors++;
      if (x.severity === 'warning') warnings++;
      out.push(`  ${shown(d.path)}:${x.line + 1}:${x.character + 1}: ${x.severity} ${x.code}: ${x.message}`);
      for (const r of x.related) out.push(`      see ${shown(r.path)}: ${r.message}`);
    }
  }
  out.push(`${documents.length} files checked: ${errors} errors, ${warnings} warnings`);
  return out.join('\n') + '\n';
}

export function main(argv = process.argv.slice(2)): void {
  const verbose = process.env.RELEASE_LENS_DEBUG === '1';
  const logger: Logger = {
    info: (m) => verbose && process.stderr.write(`[info] ${m}\n`),
    warn: (m) => process.stderr.write(`[warn] ${m}\n`),
    error: (m) => process.stderr.write(`[error] ${m}\n`),
  };
  runCli(argv, logger).then(
    (result) => {
      process.stdout.write(result.stdout);
      process.stderr.write(result.stderr);
      process.exitCode = result.exitCode;
    },
    (error) => {
      process.stderr.write(`release-lens: internal error: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) main();
