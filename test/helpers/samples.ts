import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');

export const SAMPLE_FILES = {
  hunnanEn: 'hunnan-2026-conference.en.txt',
  hunnanJa: 'hunnan-2026-conference.ja.txt',
  hunnanZh: 'hunnan-2026-conference.zh.txt',
  beihu: 'beihu-future-science-city-2025.ja.txt',
  suzhou: 'suzhou-gba-2021.ja.txt',
} as const;

export function readSample(name: string): string {
  return readFileSync(path.join(SAMPLES, name), 'utf8');
}

/** A temporary copy of the samples folder (tests change copies, never the samples). */
export function copySamples(): { dir: string; uri: (name: string) => string; file: (name: string) => string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-lens-'));
  const samples = path.join(dir, 'samples');
  cpSync(SAMPLES, samples, { recursive: true });
  return {
    dir,
    file: (name) => path.join(samples, name),
    uri: (name) => pathToFileURL(path.join(samples, name)).toString(),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The UTF-16 offset -> LSP position of the first occurrence of `needle` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: offset + delta - (before.lastIndexOf('\n') + 1) };
}
