import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentSelector, isExcluded, readGlobs } from './documentSelector';
import { RestartingErrorHandler } from './errorHandler';

export interface InitializationOptions {
  include: string[];
  exclude: string[];
  storagePath: string;
  locale: string;
}

/**
 * Owns the LanguageClient: creates it, restarts it on request or when the include/exclude
 * globs change (the document selector is built from them), and lets features hook every
 * new client (custom notifications).
 */
export class ReleaseLensClient implements vscode.Disposable {
  private current: LanguageClient | undefined;
  private readonly errorHandler: RestartingErrorHandler;
  private readonly onDidCreateEmitter = new vscode.EventEmitter<LanguageClient>();
  /** Fires for every new LanguageClient, before it starts: register notification handlers here. */
  readonly onDidCreateClient = this.onDidCreateEmitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private restarting: Promise<void> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
  ) {
    this.errorHandler = new RestartingErrorHandler(output, {
      showOutput: () => output.show(true),
      restart: () => void this.restart(),
    });
    this.disposables.push(
      this.onDidCreateEmitter,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('releaseLens.include') || event.affectsConfiguration('releaseLens.exclude')) {
          output.info('include/exclude changed; restarting the server with the new document selector.');
          void this.restart();
        }
      }),
    );
  }

  get client(): LanguageClient | undefined {
    return this.current;
  }

  async start(): Promise<void> {
    const client = this.create();
    this.current = client;
    this.onDidCreateEmitter.fire(client);
    try {
      await client.start();
    } catch (error) {
      this.output.error(`Release Lens server failed to start: ${String(error)}`);
      await this.reportStartFailure();
    }
  }

  /** Stops the server (if running) and starts a fresh one; the crash counter is reset. */
  restart(): Promise<void> {
    this.restarting ??= (async () => {
      this.errorHandler.reset();
      const old = this.current;
      this.current = undefined;
      if (old) {
        try {
          await old.stop(5000);
        } catch (error) {
          this.output.warn(`Stopping the server failed: ${String(error)}`);
        }
        await old.dispose().catch(() => undefined);
      }
      await this.start();
    })().finally(() => (this.restarting = undefined));
    return this.restarting;
  }

  async dispose(): Promise<void> {
    for (const d of this.disposables) d.dispose();
    const client = this.current;
    this.current = undefined;
    if (client) await client.dispose(2000).catch(() => undefined);
  }

  private create(): LanguageClient {
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const globs = readGlobs();
    const initializationOptions: InitializationOptions = {
      include: globs.include,
      exclude: globs.exclude,
      storagePath: (this.context.storageUri ?? this.context.globalStorageUri).fsPath,
      locale: vscode.env.language,
    };
    const fileEvents = [
      vscode.workspace.createFileSystemWatcher('**/*.{txt,release}'),
      vscode.workspace.createFileSystemWatcher('**/release-lens.json'),
    ];
    const excluded = (document: vscode.TextDocument) => isExcluded(document, globs.exclude);
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(globs.include),
      synchronize: { configurationSection: 'releaseLens', fileEvents },
      initializationOptions,
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: this.errorHandler,
      // Excluded files never reach the server (a document selector cannot say "not").
      middleware: {
        didOpen: (document, next) => (excluded(document) ? Promise.resolve() : next(document)),
        didChange: (event, next) => (excluded(event.document) ? Promise.resolve() : next(event)),
        didClose: (document, next) => (excluded(document) ? Promise.resolve() : next(document)),
        didSave: (document, next) => (excluded(document) ? Promise.resolve() : next(document)),
      },
    };
    const client = new LanguageClient('releaseLens', 'Release Lens', serverOptions, clientOptions);
    // The watchers belong to this client; dispose them with it.
    const dispose = client.dispose.bind(client);
    client.dispose = async (timeout?: number) => {
      for (const watcher of fileEvents) watcher.dispose();
      return dispose(timeout);
    };
    return client;
  }

  private async reportStartFailure(): Promise<void> {
    const showOutput = vscode.l10n.t('Show Output');
    const restart = vscode.l10n.t('Restart');
    const choice = await vscode.window.showErrorMessage(vscode.l10n.t('Release Lens server could not be started.'), showOutput, restart);
    if (choice === showOutput) this.output.show(true);
    else if (choice === restart) void this.restart();
  }
}
