// Layers, enforced: common/ is the bottom layer (shared by client and server), the core
// engine knows nothing of LSP or VS Code, the client never reaches into the server, and
// the server never into the client. `npx eslint .` runs in `npm test`;
// test/unit/layers.test.ts proves a forbidden import fails.
import tseslint from 'typescript-eslint';

const EDITOR_PACKAGES = ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*', 'vscode-languageserver-protocol', 'vscode-languageserver-textdocument'];

function forbid(groups, message, more = []) {
  return { 'no-restricted-imports': ['error', { patterns: [...groups.map((group) => ({ group, message })), ...more] }] };
}

const CORE = [[EDITOR_PACKAGES, ['**/lsp/**', '**/client/**', '**/cli', '**/cli/**', '**/server', '**/node/**']], 'The core engine knows nothing of LSP, VS Code, the CLI or the client: pass what it needs in.'];
// The core reads files only through the FileSystem it is given (core/workspace/fileSystem.ts);
// kuromoji's dictionary loader and thread are the exception (platform code in text/).
const DISK = { group: ['fs', 'fs/*', 'node:fs', 'node:fs/*', 'node:readline'], message: 'The core reads files through the FileSystem it is given (core/workspace/fileSystem.ts), never the disk itself.' };
const KUROMOJI_LOADING = ['server/src/core/text/japaneseTokenizer.ts', 'server/src/core/text/kuromojiLoader.ts'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.e2e/**', 'bench/.build/**', 'bench/.corpus/**', 'eval/.texts/**', 'eval/.recognizers/**', 'test/e2e/fixtures/**', '.vscode-test/**'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { parser: tseslint.parser },
    // Registered so the code's existing eslint-disable comments name a known rule.
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    files: ['server/src/core/**/*.ts'],
    ignores: KUROMOJI_LOADING,
    rules: forbid(...CORE, [DISK]),
  },
  {
    files: KUROMOJI_LOADING,
    rules: forbid(...CORE),
  },
  {
    files: ['common/src/**/*.ts'],
    rules: forbid([['vscode', '**/server/**', '**/client/**']], 'common/ is the bottom layer: it imports neither the server nor the client.'),
  },
  {
    files: ['client/src/**/*.ts'],
    rules: forbid([['**/server/**', 'vscode-languageserver', 'vscode-languageserver/*']], 'The client talks to the server over LSP; shared types live in common/.'),
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/core/**'],
    rules: forbid([['vscode', '**/client/**']], 'The server runs outside VS Code: no editor API, no client code.'),
  },
);
