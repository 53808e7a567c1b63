// Runs the built CLI (bin/release-lens.js) as a CI job would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT } from './lspClient';
import { SAMPLES, SAMPLE_FILES } from './samples';

export const CLI = path.join(ROOT, 'bin', 'release-lens.js');

export function runCli(args: string[], cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const HUNNAN = [SAMPLE_FILES.hunnanEn, SAMPLE_FILES.hunnanJa, SAMPLE_FILES.hunnanZh] as const;

/** The Hunnan family alone, copied into a temporary folder (releases/…), optionally with one change. */
export function hunnanCopy(change?: { file: string; from: string; to: string }): { dir: string; file: (name: string) => string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-lens-hunnan-'));
  const file = (name: string) => path.join(dir, 'releases', name);
  for (const name of HUNNAN) cpSync(path.join(SAMPLES, name), file(name));
  if (change) {
    const text = readFileSync(file(change.file), 'utf8');
    if (!text.includes(change.from)) throw new Error(`"${change.from}" is not in ${change.file}`);
    writeFileSync(file(change.file), text.replace(change.from, change.to));
  }
  return { dir, file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
