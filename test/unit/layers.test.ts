// The layer rules in eslint.config.mjs fail on a forbidden import (and pass the allowed ones).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..');

async function importErrors(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('the core engine may not import LSP, VS Code or the LSP adapters', async () => {
  assert.equal((await importErrors('server/src/core/x.ts', "import { Connection } from 'vscode-languageserver/node';\n")).length, 1);
  assert.equal((await importErrors('server/src/core/checks/x.ts', "import * as vscode from 'vscode';\n")).length, 1);
  assert.equal((await importErrors('server/src/core/x.ts', "import { x } from '../lsp/hover';\n")).length, 1);
  assert.deepEqual(await importErrors('server/src/core/x.ts', "import type { Figure } from './types';\nimport { ENTITY_TYPES } from '../../../common/src/entityTypes';\n"), []);
});

test('the core reads files only through the file system it is given', async () => {
  assert.equal((await importErrors('server/src/core/workspace/x.ts', "import { promises } from 'node:fs';\n")).length, 1);
  assert.equal((await importErrors('server/src/core/x.ts', "import { nodeFileSystem } from '../node/nodeFileSystem';\n")).length, 1);
  assert.deepEqual(await importErrors('server/src/core/x.ts', "import type { FileSystem } from './workspace/fileSystem';\n"), []);
  assert.deepEqual(await importErrors('server/src/node/x.ts', "import { promises } from 'node:fs';\n"), []);
});

test('the client may not import the server; common may import neither', async () => {
  assert.equal((await importErrors('client/src/x.ts', "import type { Figure } from '../../server/src/core/types';\n")).length, 1);
  assert.equal((await importErrors('common/src/x.ts', "import type { Figure } from '../../server/src/core/types';\n")).length, 1);
  assert.deepEqual(await importErrors('client/src/x.ts', "import type { EntityType } from '../../common/src/entityTypes';\n"), []);
});

test('the server outside the core may not use the editor API', async () => {
  assert.equal((await importErrors('server/src/lsp/x.ts', "import * as vscode from 'vscode';\n")).length, 1);
  assert.deepEqual(await importErrors('server/src/lsp/x.ts', "import { Connection } from 'vscode-languageserver/node';\n"), []);
});
