// Processes for the code-server suite: package the extension, install it into an isolated
// extensions folder, start code-server on loopback, launch Debian's chromium. Every process
// started here is stopped by the returned handle (the suite calls it in a finally/after).
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export const SAMPLES = path.join(REPO, 'samples');
export const OUTPUT = path.join(REPO, 'test-output');
export const SCREENSHOTS = path.join(OUTPUT, 'screenshots');
export const LOGS = path.join(OUTPUT, 'e2e');
export const EXTENSION_ID = 'release-lens.release-lens';
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** node …/code-server/out/node/entry.js, installed by .ci/install-e2e.sh into .e2e/. */
export function codeServerEntry(): string {
  const dir = process.env.E2E_CODE_SERVER_DIR ?? path.join(REPO, '.e2e');
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) throw new Error(`code-server is not installed (${entry} missing): run  bash .ci/install-e2e.sh`);
  return entry;
}

export function log(message: string): void {
  process.stdout.write(`[e2e] ${message}\n`);
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Run a command to completion; rejects with its output when it fails or takes too long. */
export function run(command: string, args: string[], options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? REPO, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} timed out after ${options.timeoutMs}ms\n${output}`));
    }, options.timeoutMs ?? 300_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output}`));
    });
  });
}

/**
 * Build the production bundle and package it as the release does (no dependencies: the
 * bundle carries them). E2E_VSIX=path reuses a .vsix built elsewhere.
 */
export async function packageExtension(outDir: string): Promise<string> {
  if (process.env.E2E_VSIX) return path.resolve(process.env.E2E_VSIX);
  const vsix = path.join(outDir, 'release-lens.vsix');
  await run(process.execPath, ['esbuild.mjs', '--production'], { timeoutMs: 180_000 });
  const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  // The same flags as `npm run package` (README images are relative: the .vsix carries them).
  await run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix], { timeoutMs: 180_000 });
  if (!existsSync(vsix)) throw new Error(`vsce did not write ${vsix}`);
  return vsix;
}

export interface Profile {
  /** --user-data-dir */
  userDataDir: string;
  /** --extensions-dir */
  extensionsDir: string;
  /** --config (so nothing is written to ~/.config/code-server) */
  configFile: string;
}

/** An isolated code-server profile under `root`, with the user settings the tests need. */
export function createProfile(root: string, settings: Record<string, unknown> = {}): Profile {
  const profile = {
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    configFile: path.join(root, 'config.yaml'),
  };
  mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  writeFileSync(profile.configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const userSettings = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    // VS Code in a browser saves after a delay by default; the tests decide when to save.
    'files.autoSave': 'off',
    // Long press-release paragraphs are single lines: wrap them so the text the tests
    // hover is on screen.
    'editor.wordWrap': 'on',
    'editor.hover.delay': 150,
    'editor.hover.sticky': true,
    ...settings,
  };
  writeFileSync(path.join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  return profile;
}

export async function installExtension(profile: Profile, vsix: string): Promise<void> {
  const output = await run(
    process.execPath,
    [codeServerEntry(), '--config', profile.configFile, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix],
    { timeoutMs: 120_000 },
  );
  if (!/successfully installed/i.test(output)) throw new Error(`code-server --install-extension did not report success:\n${output}`);
}

export interface CodeServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Start code-server on 127.0.0.1:<free port> and wait until it serves the workbench. */
export async function startCodeServer(profile: Profile, logFile: string, extraArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CodeServer> {
  const port = await freePort();
  mkdirSync(path.dirname(logFile), { recursive: true });
  const logStream = createWriteStream(logFile);
  const args = [
    codeServerEntry(),
    '--config', profile.configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    ...extraArgs,
  ];
  // Own process group, so stop() ends code-server together with its extension hosts.
  const child: ChildProcess = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  child.stdout?.pipe(logStream);
  child.stderr?.pipe(logStream);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let alive = true;
  void exited.then(() => (alive = false));

  const stop = async (): Promise<void> => {
    if (!alive || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
    // Extension hosts and the language server may outlive the main process for a moment.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* group empty */
    }
  };

  const url = `http://127.0.0.1:${port}/`;
  // Ready when code-server says so on stdout (a real event, not a poll); 60 s at most.
  let startupTimer: NodeJS.Timeout | undefined;
  const listening = new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      if (output.includes('HTTP server listening on')) resolve();
    });
    void exited.then(() => reject(new Error(`code-server exited during start-up (log: ${logFile})`)));
    startupTimer = setTimeout(() => reject(new Error(`code-server did not start listening on ${url} within 60 s (log: ${logFile})`)), 60_000);
  });
  try {
    await listening;
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(startupTimer);
  }
  return { url, port, stop };
}

/** Debian's chromium, headless, with the flags that work on this closed network. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run  bash .ci/install-e2e.sh  (installs Debian's chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}
