// The Release Lens language server: wires an LSP connection (stdio or node IPC, chosen
// by the command-line flags --stdio / --node-ipc) to the core engine. Each feature lives
// in its own file under lsp/; this file only connects them.
import { z } from 'zod';
import { createConnection, DidChangeConfigurationNotification, FileChangeType, ProposedFeatures, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { registerAnnotate } from './lsp/annotate';
import { registerCodeActions } from './lsp/codeActions';
import { registerCodeLens } from './lsp/codeLens';
import { registerComparison } from './lsp/comparison';
import { registerInlayHints } from './lsp/inlayHints';
import { registerKnownEntities } from './lsp/knownEntities';
import { registerExportAnnotations } from './lsp/exportAnnotations';
import { registerHover } from './lsp/hover';
import { registerNavigation } from './lsp/navigation';
import { registerRename } from './lsp/rename';
import { forgetLineIndex } from './lsp/positions';
import { registerSemanticTokens, semanticTokensLegend } from './lsp/semanticTokens';
import { type InitOptions, Session } from './lsp/session';
import type { OpenDocument } from './lsp/documents';
import { canonicalUri, uriToFsPath } from './core/workspace/uri';

const connection = createConnection(ProposedFeatures.all);
const session = new Session(connection);

connection.onInitialize((params): InitializeResult => {
  const folders = (params.workspaceFolders ?? []).map((f) => uriToFsPath(f.uri)).filter((p): p is string => !!p);
  if (folders.length === 0 && params.rootUri) {
    const root = uriToFsPath(params.rootUri);
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

// A release, or a file the index holds (read from disk): the editor's text is the one to read.
const tracked = (doc: OpenDocument) => session.tracks(doc);
session.documents.onDidOpen((doc) => {
  if (session.isCatalog(doc.uri)) return;
  if (!tracked(doc)) return;
  // Its other versions may sit next to it in a folder the workspace scan does not read.
  void session.updateOpenDocument(doc).then(() => session.readSiblings(doc.uri));
});
session.documents.onDidChangeContent((doc) => {
  if (session.isCatalog(doc.uri)) void session.reloadCatalog();
  else if (tracked(doc)) void session.updateOpenDocument(doc);
});
session.documents.onDidClose((doc) => {
  forgetLineIndex(doc.uri);
  if (session.isCatalog(doc.uri)) void session.reloadCatalog();
  // The closed editor's text gives way to the file on disk (or to nothing: an untitled
  // document, a file never saved or deleted meanwhile leaves the index).
  else void session.closeDocument(doc.uri);
});

const watchedFiles = z.object({ changes: z.array(z.object({ uri: z.string().min(1).transform(canonicalUri), type: z.number().int() })) });

connection.onDidChangeWatchedFiles(async (raw) => {
  const params = watchedFiles.safeParse(raw);
  if (!params.success) return session.logger.warn('Ignored a malformed didChangeWatchedFiles notification');
  // Deletions first, at once: a rename (deleted + created) must not leave the old name in
  // the index while the new file is being read.
  const changes = [...params.data.changes].sort((a, b) => Number(b.type === FileChangeType.Deleted) - Number(a.type === FileChangeType.Deleted));
  for (const change of changes) {
    if (session.isCatalog(change.uri)) {
      await session.reloadCatalog();
    } else if (change.type === FileChangeType.Deleted) {
      if (!session.documents.get(change.uri)) session.removeFromIndex(change.uri);
    } else if (session.isRelease(change.uri)) {
      await session.updateFromDisk(change.uri);
    }
  }
});

registerHover(session);
registerSemanticTokens(session);
registerNavigation(session);
registerCodeActions(session);
registerCodeLens(session);
registerInlayHints(session);
registerComparison(session);
registerKnownEntities(session);
registerAnnotate(session);
registerRename(session);
registerExportAnnotations(session);

// A bug in one request must not take the server down; log it and keep serving.
process.on('uncaughtException', (error) => session.logger.error(`Unexpected error: ${error.stack ?? error}`));
process.on('unhandledRejection', (error) => session.logger.error(`Unexpected rejection: ${(error as Error)?.stack ?? error}`));

session.documents.listen(connection);
connection.listen();
// Read beside the connection's reader: a close on its way in stops a publish for that document (lsp/incomingCloses.ts).
const closes = session.documents.incomingCloses;
if (process.argv.includes('--stdio')) process.stdin.on('data', (chunk: Buffer) => closes.observe(chunk));
else if (process.argv.includes('--node-ipc')) process.on('message', (message) => closes.observeMessage(message));
