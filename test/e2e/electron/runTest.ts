// Suite 1: the extension-host tests (test/e2e/electron/suite) in a desktop VS Code, via
// @vscode/test-electron. Uses VSCODE_EXECUTABLE_PATH when set, otherwise tries to download
// VS Code (into .vscode-test/); when neither gives a build it exits with SKIP_EXIT_CODE
// and says why (no VS Code can be downloaded on machines without internet).
//
//   node out/e2e/electron/runTest.js       (built and run by scripts/test-e2e.mjs)
// Env: VSCODE_EXECUTABLE_PATH, VSCODE_VERSION (default "stable"), E2E_NO_DOWNLOAD=1,
//      RELEASE_LENS_E2E_RESULTS (file for the pass/fail counts), E2E_KEEP_TMP=1.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { copySamples, tempDir } from '../shared/workspace';

export const SKIP_EXIT_CODE = 3;
const REPO = path.resolve(__dirname, '..', '..', '..');

async function findVSCode(): Promise<{ executable?: string; reason?: string }> {
  const fromEnv = process.env.VSCODE_EXECUTABLE_PATH;
  if (fromEnv) {
    // A path that was set but is wrong is a configuration error, not a skip.
    if (!existsSync(fromEnv)) throw new Error(`VSCODE_EXECUTABLE_PATH=${fromEnv} does not exist`);
    return { executable: fromEnv };
  }
  if (process.env.E2E_NO_DOWNLOAD) return { reason: 'VSCODE_EXECUTABLE_PATH is not set and E2E_NO_DOWNLOAD is set' };
  const version = process.env.VSCODE_VERSION ?? 'stable';
  try {
    // A build already in .vscode-test/ is used offline; otherwise this downloads one.
    const executable = await downloadAndUnzipVSCode({ version, cachePath: path.join(REPO, '.vscode-test'), timeout: 30_000 });
    return { executable };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { reason: `VSCODE_EXECUTABLE_PATH is not set and VS Code ${version} could not be downloaded (${message.split('\n')[0]})` };
  }
}

async function main(): Promise<number> {
  let found: { executable?: string; reason?: string };
  try {
    found = await findVSCode();
  } catch (error) {
    console.error(`[electron] failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { executable, reason } = found;
  if (!executable) {
    console.log(`[electron] skipped: no VS Code build available: ${reason}`);
    return SKIP_EXIT_CODE;
  }
  console.log(`[electron] VS Code: ${executable}`);
  const tmp = tempDir('release-lens-electron-');
  const workspace = copySamples(path.join(REPO, 'samples'), path.join(tmp, 'workspace'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ 'files.autoSave': 'off', 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off' }, null, 2),
  );
  mkdirSync(extensionsDir, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      extensionTestsEnv: { RELEASE_LENS_E2E_RESULTS: process.env.RELEASE_LENS_E2E_RESULTS ?? '' },
      launchArgs: [
        workspace,
        '--user-data-dir', userDataDir,
        '--extensions-dir', extensionsDir,
        '--disable-extensions', // others', not the one under test
        '--disable-workspace-trust',
        '--disable-telemetry',
        '--disable-gpu',
      ],
    });
    return 0;
  } catch (error) {
    console.error(`[electron] failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    if (!process.env.E2E_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  }
}

void main().then((code) => process.exit(code));
