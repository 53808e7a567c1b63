// release-lens check [--format text|json|sarif|github] [--fail-on LEVEL] [--catalog FILE] PATH...
// release-lens export --format jsonl|brat|csv [--out DIR] PATH...
// The same core as the language server, over files on disk. Exit 0 when clean, 1 when
// a finding at or above --fail-on exists (errors by default), 2 on usage or I/O errors.
// The output formats live in ./cli/ (one file each); this file parses and dispatches.
import * as path from 'node:path';
import { describeQuantity } from './core/figures';
import { parseCatalog, type Catalog } from './core/catalog';
import { readCatalogFile } from './core/catalog/file';
import { createReleaseLens, type ReleaseLens } from './core/service';
import { LineIndex } from './core/text/paragraphs';
import { errorCode, type FileSystem } from './core/workspace/fileSystem';
import { findReleaseFiles } from './core/workspace/releaseFiles';
import type { WorkspaceIndex } from './core/workspace/workspaceIndex';
import { findingLocale, localizeFinding, type FindingLocale } from './core/checks/messages';
import type { Logger } from './core/types';
import { EXPORT_FORMATS, type ExportFormat } from './core/export';
import { runExport } from './cli/exportCommand';
import { failsOn, FAIL_ON, findingsOf, type FailOn, type Finding } from './cli/findings';
import { renderGithubAnnotations } from './cli/githubAnnotations';
import { reportDate, type JsonReport } from './cli/jsonReport';
import { renderSarif } from './cli/sarif';
import { nodeFileSystem } from './node/nodeFileSystem';
import { version as VERSION } from '../../package.json';

const USAGE = `Usage: release-lens check [--format text|json|sarif|github] [--fail-on LEVEL] [--siblings] [--locale en|ja|zh-cn] [--catalog FILE] [--cache DIR] [--max-file-size KB] PATH...
       release-lens export --format jsonl|brat|csv [--out DIR] [--family ID] [--catalog FILE] [--cache DIR] [--max-file-size KB] PATH...

check: checks press releases for entities, figures and figures that disagree between versions.
export: writes the entities and figures found (and the catalog's corrections) as data.
PATH may be a file or a folder (folders are searched for *.txt and *.release files).

Options of check:
  --format text|json|sarif|github   output format (default: text); github writes workflow commands
                       (annotations on the pull request), sarif a SARIF 2.1.0 log
  --fail-on error|warning|information|never
                       the least severe finding that makes the exit status 1 (default: error)
  --siblings           also read the release files beside each named file (the other versions),
                       reporting only the named files (for pre-commit, which names staged files)
  --locale en|ja|zh-cn language of the text and json messages (default: from LC_ALL, LC_MESSAGES or LANG)
Options of export:
  --format jsonl|brat|csv   one document per line; brat standoff (.txt and .ann); a release
                       family's aligned figures as a table
  --out DIR            write into DIR (needed for brat; jsonl and csv go to stdout without it)
  --family ID          csv: only this release family
Options of both:
  --catalog FILE       the project catalog (default: ./release-lens.json when present)
  --cache DIR          keep analyses in DIR between runs (keyed by content and engine version)
  --max-file-size KB   skip larger files with a notice (default: 2048)
  -h, --help           show this help

Exit status: 0 no findings at or above --fail-on, 1 such findings, 2 usage or I/O errors.`;

/** The two "Usage:" lines, which a usage error repeats under its message. */
const SYNOPSIS = USAGE.split('\n').slice(0, 2).join('\n');

const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

interface CommonOptions {
  catalog?: string;
  cache?: string;
  maxFileSizeKB: number;
  paths: string[];
}

interface CheckOptions extends CommonOptions {
  command: 'check';
  /** Also read the release files beside each named file (other versions), reporting only the named ones. */
  siblings: boolean;
  format: CheckFormat;
  failOn: FailOn;
  /** Language of the findings' messages in the text and json formats. */
  locale: FindingLocale;
}

export interface ExportCommandOptions extends CommonOptions {
  command: 'export';
  format: ExportFormat;
  out?: string;
  family?: string;
}

type Options = CheckOptions | ExportCommandOptions;

export class UsageError extends Error {}

/** Releases analysed at once (the tokenizer thread and this one overlap). */
const FILES_IN_FLIGHT = 3;

function oneOf<T extends string>(option: string, allowed: readonly T[], value: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`${option} must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not "${shown(value)}"`);
  return found;
}

export function parseArgs(argv: string[]): Options | 'help' {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command !== 'check' && command !== 'export') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  let format: string | undefined;
  let failOn: string | undefined;
  let out: string | undefined;
  let family: string | undefined;
  let siblings = false;
  let locale: string | undefined;
  const common: CommonOptions = { maxFileSizeKB: 2048, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    let arg = rest[i];
    let inline: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) [arg, inline] = [arg.slice(0, eq), arg.slice(eq + 1)];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    const only = (c: Options['command']): void => {
      if (command !== c) throw new UsageError(`${arg} is an option of release-lens ${c}`);
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--format') format = value();
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--fail-on') (only('check'), (failOn = value()));
    else if (arg === '--out') (only('export'), (out = value()));
    else if (arg === '--siblings') (only('check'), (siblings = true));
    else if (arg === '--locale') (only('check'), (locale = value()));
    else if (arg === '--family') (only('export'), (family = value()));
    else if (arg === '--catalog') {
      common.catalog = value();
      if (common.catalog === '') throw new UsageError('--catalog was given an empty file name');
    }
    else if (arg === '--cache') common.cache = value();
    else if (arg === '--max-file-size') {
      const n = Number(value());
      if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-file-size takes a positive number of KB');
      common.maxFileSizeKB = n;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${shown(arg)}"`);
    else common.paths.push(arg);
  }
  if (common.paths.length === 0) throw new UsageError('no PATH given');
  if (command === 'check') {
    return {
      command, ...common,
      format: format === undefined ? 'text' : oneOf('--format', CHECK_FORMATS, format),
      failOn: failOn === undefined ? 'error' : oneOf('--fail-on', FAIL_ON, failOn),
      siblings,
      locale: localeOption(locale),
    };
  }
  if (format === undefined) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}`);
  const exportFormat = oneOf('--format', EXPORT_FORMATS, format);
  if (exportFormat === 'brat' && out === undefined) throw new UsageError('--format brat writes a folder of .txt and .ann files: give --out DIR');
  if (family !== undefined && exportFormat !== 'csv') throw new UsageError('--family picks the table of --format csv');
  return { command, ...common, format: exportFormat, out, family };
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
/**
 * --siblings (what the pre-commit hook passes): a staged file alone has nobody to disagree
 * with, so the releases beside each named file (its other versions) are read too; only the
 * named files are reported.
 */
async function siblingsOf(lens: ReleaseLens, files: readonly string[]): Promise<string[]> {
  const named = new Set(files.map((f) => path.resolve(f)));
  const found = new Set<string>();
  for (const file of files) for (const sibling of await lens.siblingReleaseFiles(path.resolve(file))) if (!named.has(sibling)) found.add(sibling);
  return [...found].sort();
}

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
    // Every line on stderr is a prefixed message or the synopsis (scripts read it line by line); the options are in --help.
    if (error instanceof UsageError) return { exitCode: 2, stdout: '', stderr: `release-lens: ${error.message}\n${SYNOPSIS}\nrelease-lens: release-lens --help lists the options\n` };
    throw error;
  }
  if (options === 'help') return { exitCode: 0, stdout: USAGE + '\n', stderr: '' };

  const problems: string[] = [];
  const explicitCatalog = options.catalog !== undefined;
  const catalogFile = options.catalog ?? 'release-lens.json';
  const catalog = await loadCatalog(fileSystem, catalogFile, explicitCatalog, problems);
  const files = await expandPaths(fileSystem, options.paths, problems);

  const lens = createReleaseLens({
    fileSystem, logger, cache: options.cache,
    // The index sees the catalog without its ignore list: ignored findings are set aside
    // here (findingsOf), so that SARIF can report them as suppressed.
    catalog: catalog && { ...catalog, ignore: [] },
    rootPath: process.cwd(), relativePath: (uri) => path.relative(process.cwd(), uri),
  });
  const { index, japanese, cache } = lens;
  if (cache) logger.info(`analysis cache: ${await cache.load()} usable entries`);
  const context = options.command === 'check' && options.siblings ? await siblingsOf(lens, files) : [];
  const checked: string[] = [];
  // A few files in flight, so the tokenizer thread and this one work at the same time.
  const inFlight: Promise<unknown>[] = [];
  const named = new Set(files);
  for await (const { file, read } of lens.readReleasesAhead([...files, ...context], options.maxFileSizeKB * 1024)) {
    if (!read.ok) {
      // A sibling is only context: one that cannot be read is not this run's failure.
      if (named.has(file)) problems.push(`${shown(file)}: ${read.reason}`);
      continue;
    }
    inFlight.push(index.upsert(path.resolve(file), read.text));
    if (named.has(file)) checked.push(file);
    if (inFlight.length >= FILES_IN_FLIGHT) await inFlight.shift();
  }
  await Promise.all(inFlight);
  // Every release is read: the dictionary is not needed for the checks, which is when memory peaks.
  await japanese.unload();
  await cache?.save().catch((error) => problems.push(`${options.cache}: cannot write the cache (${(error as Error).message})`));
  const stderrOf = () => problems.map((p) => `release-lens: ${p}\n`).join('');
  if (options.command === 'export') {
    const exported = await runExport(index, checked.map((f) => path.resolve(f)), options, catalog);
    if ('error' in exported) problems.push(exported.error);
    return { exitCode: problems.length > 0 ? 2 : 0, stdout: 'stdout' in exported ? exported.stdout : '', stderr: stderrOf() };
  }
  const findings = new Map<string, Finding[]>(checked.map((file) => [file, findingsOf(index, path.resolve(file), catalog?.ignore ?? [])]));
  const reported = (file: string) => findings.get(file)!.filter((f) => !f.suppressedBy).map((f) => f.diagnostic);
  const perDocument = checked.map((file) => ({ uri: path.resolve(file), findings: findings.get(file)! }));
  const textOf = (uri: string) => index.get(uri)?.text;
  let stdout: string;
  switch (options.format) {
    case 'json': {
      // Typed by the zod schema the published JSON schema comes from, so the two cannot drift apart.
      const report: JsonReport = { version: 1, documents: checked.map((file) => documentReport(index, file, reported(file), options.locale)) };
      stdout = JSON.stringify(report, null, 2) + '\n';
      break;
    }
    case 'sarif':
      stdout = JSON.stringify(renderSarif({ root: process.cwd(), documents: perDocument, textOf, catalogFile: catalog ? catalogFile : undefined, problems, version: VERSION }), null, 2) + '\n';
      break;
    case 'github':
      stdout = renderGithubAnnotations({ root: process.cwd(), documents: perDocument, textOf });
      break;
    default:
      stdout = formatText(checked.map((file) => documentReport(index, file, reported(file), options.locale)));
  }
  const failed = failsOn([...findings.values()].flat(), options.failOn);
  const stderr = stderrOf();
  const exitCode = problems.length > 0 ? 2 : failed ? 1 : 0;
  return { exitCode, stdout, stderr };
}

/** One document in the public JSON format (README: "JSON output"). Keep it stable. */
/** --locale, else the environment's (LC_ALL, LC_MESSAGES, LANG); en, ja or zh. */
function localeOption(value: string | undefined): FindingLocale {
  if (value !== undefined && !/^(?:en|ja|zh)(?:[-_].*)?$/i.test(value)) throw new UsageError(`--locale must be en, ja or zh-cn, not "${shown(value)}"`);
  const env = process.env;
  return findingLocale(value ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG));
}

export function documentReport(index: WorkspaceIndex, file: string, diagnostics = index.diagnostics(path.resolve(file)), locale: FindingLocale = 'en') {
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
      text: f.text, start: f.start, end: f.end, ...at(f.start), ...(typeof f.value === 'string' ? reportDate(f.value) : { value: f.value }), unit: f.unit, bound: f.bound,
      ...(f.counted ? { counted: f.counted } : {}), ...(f.note ? { note: f.note } : {}), normalised: describeQuantity(f).normalised,
    })),
    diagnostics: diagnostics.map((d) => {
      const words = localizeFinding(d, locale);
      return {
        code: d.code, severity: d.severity, message: words.message, start: d.start, end: d.end, ...at(d.start),
        related: d.related.map((r, i) => ({ path: path.relative(process.cwd(), r.uri), start: r.start, end: r.end, message: words.related[i] })),
      };
    }),
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
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
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
