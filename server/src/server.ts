// The Release Lens language server: wires an LSP connection (stdio or node IPC, chosen
// by the command-line flags --stdio / --node-ipc) to the core engine. Each feature lives
// in its own file under lsp/; this file only connects them.
import { fileURLToPath } from 'node:url';
import { createConnection, DidChangeConfigurationNotification, FileChangeType, ProposedFeatures, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { registerCatalogRequests } from './lsp/catalogRequests';
import { registerCodeActions } from './lsp/codeActions';
import { registerEditorExtras } from './lsp/editorExtras';
import { registerHover } from './lsp/hover';
import { registerNavigation } from './lsp/navigation';
import { forgetLineIndex } from './lsp/positions';
import { registerSemanticTokens, semanticTokensLegend } from './lsp/semanticTokens';
import { type InitOptions, Session, uriToPath } from './lsp/session';

const connection = createConnection(ProposedFeatures.all);
const session = new Session(connection);

connection.onInitialize((params): InitializeResult => {
  const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (folders.length === 0 && params.rootUri) {
    const root = uriToPath(params.rootUri);
    if (root) folders.push(root);
  }
  session.initialize(params.initializationOptions as InitOptions | undefined, folders, params.locale);
  session.supportsProgress = !!params.capabilities.window?.workDoneProgress;
  session.supportsConfiguration = !!params.capabilities.workspace?.configuration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      renameProvider: { prepareProvider: true },
      codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite'] },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
      semanticTokensProvider: { legend: semanticTokensLegend, full: true, range: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'Release Lens', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (session.supportsConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'releaseLens' }).catch(() => undefined);
  }
  await session.refreshSettings();
  await session.reloadCatalog();
  await session.scanWorkspace();
});

connection.onDidChangeConfiguration(async () => {
  const filesChanged = await session.refreshSettings();
  await session.reloadCatalog();
  // Severities may have changed: every document's findings are converted again.
  session.publishAll(undefined, true);
  if (filesChanged) void session.scanWorkspace();
});

session.documents.onDidOpen((e) => {
  if (isCatalog(e.document.uri)) return;
  if (session.isRelease(e.document.uri, e.document.languageId)) void session.updateOpenDocument(e.document);
});
session.documents.onDidChangeContent((e) => {
  if (isCatalog(e.document.uri)) void session.reloadCatalog();
  else if (session.isRelease(e.document.uri, e.document.languageId)) void session.updateOpenDocument(e.document);
});
session.documents.onDidClose((e) => {
  forgetLineIndex(e.document.uri);
  session.forgetOpenDocument(e.document.uri);
  // The closed editor's text gives way to the file on disk (or to nothing, if it was never saved).
  if (session.isRelease(e.document.uri, e.document.languageId)) void session.updateFromDisk(e.document.uri).then(() => session.releaseJapaneseWhenIdle());
});

connection.onDidChangeWatchedFiles(async (params) => {
  for (const change of params.changes) {
    if (isCatalog(change.uri)) {
      await session.reloadCatalog();
    } else if (change.type === FileChangeType.Deleted) {
      if (!session.documents.get(change.uri)) session.removeFromIndex(change.uri);
    } else if (session.isRelease(change.uri)) {
      await session.updateFromDisk(change.uri);
    }
  }
});

function isCatalog(uri: string): boolean {
  if (!session.catalogPath || !uri.startsWith('file:')) return false;
  try {
    return fileURLToPath(uri) === session.catalogPath;
  } catch {
    return false;
  }
}

registerHover(session);
registerSemanticTokens(session);
registerNavigation(session);
registerCodeActions(session);
registerEditorExtras(session);
registerCatalogRequests(session);

// A bug in one request must not take the server down; log it and keep serving.
process.on('uncaughtException', (error) => session.logger.error(`Unexpected error: ${error.stack ?? error}`));
process.on('unhandledRejection', (error) => session.logger.error(`Unexpected rejection: ${(error as Error)?.stack ?? error}`));

session.documents.listen(connection);
connection.listen();
