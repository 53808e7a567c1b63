// postinstall: builds dist/ when it is missing and the build tools are here, i.e. in a
// fresh clone (pre-commit installs the hook of .pre-commit-hooks.yaml that way: npm
// install in a clone, then npm pack, which must print nothing but the tarball's name,
// so the build cannot be a prepack or prepare script). Does nothing in an installed
// package (dist/ shipped, no esbuild.mjs) or a working copy that was built already.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const canBuild = existsSync(path.join(root, 'esbuild.mjs')) && (() => {
  try {
    require.resolve('esbuild');
    return true;
  } catch {
    return false;
  }
})();
if (!existsSync(path.join(root, 'dist', 'cli.js')) && canBuild) {
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: ['ignore', 2, 2] });
  process.exit(result.status ?? 1);
}
