import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient/node';

const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

/**
 * Restarts a crashed server up to 4 times in 3 minutes, telling the user each time (a
 * non-modal notification); after that it stops and says so with "Show Output" and
 * "Restart" buttons. Never a silent death, never a modal dialog.
 */
export class RestartingErrorHandler implements ErrorHandler {
  private readonly restarts: number[] = [];

  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly actions: { showOutput(): void; restart(): void },
  ) {}

  error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    this.output.error(`Connection error: ${error.message}`);
    // A few write errors are normal while the server process is going away; the close
    // handler decides about restarts.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    while (this.restarts.length > 0 && now - this.restarts[0] > WINDOW_MS) this.restarts.shift();
    if (this.restarts.length < MAX_RESTARTS) {
      this.restarts.push(now);
      this.output.warn(`Server stopped unexpectedly; restart ${this.restarts.length} of ${MAX_RESTARTS} in 3 minutes.`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Release Lens server stopped unexpectedly and was restarted.'));
      return { action: CloseAction.Restart, handled: true };
    }
    this.output.error(`Server stopped unexpectedly ${MAX_RESTARTS + 1} times in 3 minutes; not restarting.`);
    void this.reportGivingUp();
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  /** Called after a manual restart: the user asked for a fresh start. */
  reset(): void {
    this.restarts.length = 0;
  }

  private async reportGivingUp(): Promise<void> {
    const showOutput = vscode.l10n.t('Show Output');
    const restart = vscode.l10n.t('Restart');
    const choice = await vscode.window.showErrorMessage(
      vscode.l10n.t('Release Lens server stopped unexpectedly {0} times in 3 minutes and will not be restarted automatically.', MAX_RESTARTS + 1),
      showOutput,
      restart,
    );
    if (choice === showOutput) this.actions.showOutput();
    else if (choice === restart) this.actions.restart();
  }
}
