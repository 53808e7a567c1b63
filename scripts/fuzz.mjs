// npm run fuzz [-- SECONDS] [-- any lsp-fuzz.mjs option]: drives the built server the way an
// erratic editor would, and the CLI through hostile cases, for a chosen time (default 300 s),
// with fresh seeds each run unless --seeds is given. Run it before each release. Exits 1 when
// it found anything but transient staleness (ranges from a text the server was still reading).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const seconds = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : Number(process.env.FUZZ_SECONDS ?? 300);
const has = (flag) => args.includes(flag);
const firstSeed = Date.now() % 100000;
const out = path.join(os.tmpdir(), `release-lens-fuzz-${process.pid}.json`);
const failures = path.join(os.tmpdir(), `release-lens-fuzz-failures-${process.pid}`);
const node = process.execPath;
// Absolute paths: the fuzzer runs the server in a temporary workspace.
const fuzzArgs = [
  path.join(root, 'scripts', 'lsp-fuzz.mjs'),
  '--cmd', `${node} ${path.join(root, 'dist', 'server.js')} --stdio`,
  '--cli-cmd', `${node} ${path.join(root, 'dist', 'cli.js')}`,
  '--root', root,
  '--time-limit', String(seconds),
  '--out', out,
  '--failures', failures,
  '--quiet',
  ...(has('--seeds') || has('--seed') ? [] : ['--seeds', [0, 1, 2, 3].map((k) => firstSeed + k).join(',')]),
  ...(has('--iterations') ? [] : ['--iterations', '100000']),
  ...(has('--cli-cases') ? [] : ['--cli-cases', '120']),
  ...args,
];
if (!fs.existsSync(path.join(root, 'dist', 'server.js'))) {
  console.error('fuzz: build first (npm run build)');
  process.exit(2);
}
console.log(`fuzz: ${seconds} s, ${fuzzArgs.slice(1).join(' ')}`);
const run = spawnSync(node, fuzzArgs, { stdio: ['ignore', 'ignore', 'inherit'], cwd: root });
if (!fs.existsSync(out)) process.exit(run.status ?? 2);
const report = JSON.parse(fs.readFileSync(out, 'utf8'));
// Ranges from a text the server had not finished reading are expected while it reads; the rest persists.
const TRANSIENT = /^stale-/;
const persistent = Object.entries(report.failureTotals ?? {}).filter(([k]) => !TRANSIENT.test(k) && k !== 'cli');
const cli = Object.entries(report.cli?.misbehaviours ?? {});
console.log(JSON.stringify({
  seeds: report.seeds?.map((s) => s.seed), ops: report.lsp?.ops, cliCases: report.cli?.cases, crashes: report.crashes, hangs: report.hangs,
  failures: report.failureTotals, cliMisbehaviours: report.cli?.misbehaviours, report: out, failureRecords: failures,
}, null, 2));
const bad = report.crashes > 0 || report.hangs > 0 || persistent.length > 0 || cli.length > 0;
console.log(bad ? 'fuzz: FOUND PROBLEMS (see the failure records; replay one with scripts/lsp-fuzz.mjs --repro FILE)' : 'fuzz: nothing persistent found');
process.exit(bad ? 1 : 0);
