// What was last published per document, and the error and warning counts over all of
// them (the status bar), kept up to date as documents are republished or cleared.
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';

interface Published {
  /** The version and the diagnostics as sent: an unchanged answer is not sent again. */
  key: string;
  errors: number;
  warnings: number;
}

export class DiagnosticsPublisher {
  private readonly published = new Map<string, Published>();
  private errors = 0;
  private warnings = 0;

  /** `send`: publishes for a canonical URI (the session spells it as the editor does). */
  constructor(private readonly send: (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void) {}

  get counts(): { errors: number; warnings: number } {
    return { errors: this.errors, warnings: this.warnings };
  }

  has(uri: string): boolean {
    return this.published.has(uri);
  }

  /**
   * Sends `diagnostics` for `uri` (canonical) unless exactly these were sent for this version last time; `force` sends anyway (the
   * edited document always gets an answer for its new version). Returns whether it sent.
   */
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[], force = false): boolean {
    const key = `${version ?? ''}\u0000${JSON.stringify(diagnostics)}`;
    const previous = this.published.get(uri);
    if (previous?.key === key && !force) return false;
    this.record(uri, { key, errors: count(diagnostics, DiagnosticSeverity.Error), warnings: count(diagnostics, DiagnosticSeverity.Warning) });
    this.send(uri, version, diagnostics);
    return true;
  }

  /** Clears what was published for `uri` (`always`: even if nothing was); returns whether it sent. */
  clear(uri: string, always = false): boolean {
    if (!this.published.has(uri) && !always) return false;
    this.record(uri, undefined);
    this.send(uri, undefined, []);
    return true;
  }

  private record(uri: string, next: Published | undefined): void {
    const previous = this.published.get(uri);
    this.errors += (next?.errors ?? 0) - (previous?.errors ?? 0);
    this.warnings += (next?.warnings ?? 0) - (previous?.warnings ?? 0);
    if (next) this.published.set(uri, next);
    else this.published.delete(uri);
  }
}

function count(diagnostics: Diagnostic[], severity: DiagnosticSeverity): number {
  let n = 0;
  for (const d of diagnostics) if (d.severity === severity) n++;
  return n;
}
