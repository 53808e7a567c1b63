// A plain LSP client over the built server's stdio, as any editor (or Neovim) would
// speak to it: JSON-RPC with vscode-languageserver-protocol, no VS Code involved.
import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  type ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  ExitNotification,
  DidOpenTextDocumentNotification,
  ConfigurationRequest,
  WorkDoneProgressCreateRequest,
  RegistrationRequest,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface StatusParams {
  state: string;
  indexed: number;
  total: number;
  errors: number;
  warnings: number;
}

type Waiter<T> = { predicate: (value: T) => boolean; resolve: (value: T) => void };

/** How long a wait for a server event may take before the test fails saying what it waited for. */
export const WAIT_TIMEOUT_MS = Number(process.env.RELEASE_LENS_TEST_WAIT_MS ?? 60_000);

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${WAIT_TIMEOUT_MS} ms waiting for ${what}`)), WAIT_TIMEOUT_MS);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class TestLspClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly stderr: string[] = [];
  private readonly process: ChildProcess;
  private diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private statusWaiters: Waiter<StatusParams>[] = [];
  lastStatus: StatusParams | undefined;
  /** The server's log (window/logMessage), in order. */
  readonly logMessages: string[] = [];
  private logWaiters: Waiter<string>[] = [];
  settings: Record<string, unknown> = {};

  constructor() {
    // RELEASE_LENS_SERVER_NODE_ARGS: extra node flags for the server (for example --cpu-prof when profiling the bench).
    const nodeArgs = process.env.RELEASE_LENS_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    this.process = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.diagnosticWaiters = this.diagnosticWaiters.filter((w) => (w.predicate(params) ? (w.resolve(params), false) : true));
    });
    this.connection.onNotification('releaseLens/status', (params: StatusParams) => {
      this.lastStatus = params;
      this.statusWaiters = this.statusWaiters.filter((w) => (w.predicate(params) ? (w.resolve(params), false) : true));
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((i) => (i.section === 'releaseLens' ? this.settings : null)));
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    this.connection.onRequest(RegistrationRequest.type, () => null);
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logMessages.push(params.message);
      this.logWaiters = this.logWaiters.filter((w) => (w.predicate(params.message) ? (w.resolve(params.message), false) : true));
    });
    this.connection.listen();
  }

  async initialize(folder: string, capabilities: Record<string, unknown> = {}, locale = 'en', initializationOptions?: Record<string, unknown>): Promise<unknown> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).toString(),
      workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: path.basename(folder) }],
      locale,
      initializationOptions,
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, ...capabilities },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Resolves with the first diagnostics notification for `uri` that satisfies `predicate` (already received ones count). */
  waitForDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = this.diagnostics.get(uri);
    if (seen && predicate(seen)) return Promise.resolve(seen);
    return within(new Promise((resolve) => this.diagnosticWaiters.push({ predicate: (p) => p.uri === uri && predicate(p), resolve })), `diagnostics of ${uri} (${predicate.toString().slice(0, 80)})`);
  }

  /**
   * The usual start of a test: initialize on `folder`, wait until the background index
   * holds `indexed` documents, open `uri` and wait for its first diagnostics.
   */
  async startOn(folder: string, indexed: number, uri: string, text: string, locale = 'en'): Promise<unknown> {
    const result = await this.initialize(folder, {}, locale);
    await this.waitForStatus((s) => s.state === 'ready' && s.total >= indexed);
    await this.open(uri, text);
    await this.waitForDiagnostics(uri);
    return result;
  }

  /** Resolves on the next status notification that satisfies `predicate` (or the last one, if it already does). */
  waitForStatus(predicate: (s: StatusParams) => boolean): Promise<StatusParams> {
    if (this.lastStatus && predicate(this.lastStatus)) return Promise.resolve(this.lastStatus);
    return within(new Promise((resolve) => this.statusWaiters.push({ predicate, resolve })), `a status (${predicate.toString().slice(0, 80)}); last: ${JSON.stringify(this.lastStatus)}`);
  }

  /** Resolves with the first log message that satisfies `predicate` (already received ones from index `from` on count). */
  waitForLog(predicate: (message: string) => boolean, from = 0): Promise<string> {
    const seen = this.logMessages.slice(from).find(predicate);
    if (seen !== undefined) return Promise.resolve(seen);
    return within(new Promise((resolve) => this.logWaiters.push({ predicate, resolve })), `a log message (${predicate.toString().slice(0, 80)})`);
  }

  /** Resolves on the next status notification (not one already received) that satisfies `predicate`. */
  nextStatus(predicate: (s: StatusParams) => boolean = () => true): Promise<StatusParams> {
    return within(new Promise((resolve) => this.statusWaiters.push({ predicate, resolve })), `the next status (${predicate.toString().slice(0, 80)})`);
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Shuts the server down the way an editor does and waits for the process to exit. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await within(exited, "the server process to exit after shutdown");
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.process.kill();
  }
}
