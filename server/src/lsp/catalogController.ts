// The project catalog as the session holds it: where it is, its text as last read, and
// reloading it (problems published at the catalog; the last good catalog stays in force
// when the new one does not parse; every release read again when the catalog in force
// changed).
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { parseCatalog, type Catalog } from '../core/catalog';
import { catalogKey as keyOfCatalog, type ReleaseLens } from '../core/service';
import type { Logger } from '../core/types';
import type { AnalysisCache } from '../core/workspace/analysisCache';
import { pathToUri } from '../core/workspace/uri';
import { lineIndexFor, toRange } from './positions';

/** What the catalog controller needs from the session that owns it. */
export interface CatalogHost {
  readonly lens: ReleaseLens;
  readonly logger: Logger;
  folders(): readonly string[];
  /** The catalogPath setting (absolute, or relative to the first workspace folder). */
  catalogSetting(): string;
  /** The editor's text of the document `uri` (canonical), while it is open. */
  openText(uri: string): string | undefined;
  cache(): AnalysisCache | undefined;
  sendDiagnostics(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  unloadJapaneseWhenIdle(): Promise<void>;
  publishAll(): void;
}

export class CatalogController {
  /** The catalog file's absolute path, once a workspace folder is known. */
  path: string | undefined;
  /** The catalog file's text as last read from disk (navigation points into it). */
  text: string | undefined;
  private reloads = 0;
  /** Hash of the catalog in force ('' for none); undefined before the first load. */
  private key: string | undefined;
  private cacheLoaded = false;

  constructor(private readonly host: CatalogHost) {}

  /** The catalog file's canonical URI, once a workspace folder is known. */
  get uri(): string | undefined {
    return this.path === undefined ? undefined : pathToUri(this.path);
  }

  /** Whether `uri` (canonical) is the catalog file. */
  isCatalog(uri: string): boolean {
    return this.path !== undefined && uri === this.uri;
  }

  /** Re-reads the catalog file and everything that depends on it. */
  async reload(): Promise<void> {
    const { host } = this;
    const index = host.lens.index;
    const folder = host.folders()[0];
    if (!folder) return;
    // Reloads can overlap (a save, then a delete): only the newest one's reading counts.
    const generation = ++this.reloads;
    const setting = host.catalogSetting();
    const file = path.isAbsolute(setting) ? setting : path.join(folder, setting);
    this.path = file;
    const uri = pathToUri(file);
    const openText = host.openText(uri);
    let text = openText;
    let catalog: Catalog | undefined;
    const diagnostics: Diagnostic[] = [];
    if (text === undefined) {
      const read = await host.lens.readCatalogFile(file);
      if (generation !== this.reloads) return;
      if ('problem' in read) {
        // Bytes that are not text: said at the catalog, and the last good catalog stays in force.
        diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'Release Lens', code: 'catalog', message: read.problem });
        catalog = index.getCatalog();
        host.logger.warn(`${setting}: ${read.problem}; the last good catalog stays in use.`);
      } else if ('text' in read) text = read.text;
    }
    if (text !== undefined) {
      if (openText === undefined) this.text = text;
      const parsed = parseCatalog(text);
      const lines = lineIndexFor(uri, text);
      for (const p of parsed.problems) {
        diagnostics.push({ range: toRange(lines, p.start, p.end), severity: DiagnosticSeverity.Error, source: 'Release Lens', code: 'catalog', message: p.message });
      }
      // A catalog that does not parse keeps the last good one in force.
      catalog = parsed.catalog ?? index.getCatalog();
      if (!parsed.catalog) host.logger.warn(`${setting} has problems; the last good catalog stays in use.`);
    }
    // Read just before the file was deleted (its event still on its way): a file that is gone has no problems to show.
    const gone = openText === undefined && diagnostics.length > 0 && !existsSync(file);
    host.sendDiagnostics(uri, undefined, gone ? [] : diagnostics);
    // Re-reading every release is only worth it when the catalog in force changed
    // (a settings change or a save of an unchanged or broken catalog leaves it as it was).
    const key = catalog ? keyOfCatalog(catalog) : '';
    if (key === this.key) return;
    const cache = host.cache();
    if (cache) {
      cache.setCatalogKey(key);
      if (!this.cacheLoaded) {
        this.cacheLoaded = true;
        const usable = await cache.load();
        host.logger.info(`Analysis cache: ${usable} usable entries`);
      }
    }
    if (generation !== this.reloads) return;
    this.key = key;
    index.setCatalog(catalog);
    await index.reanalyzeAll();
    await host.unloadJapaneseWhenIdle();
    host.publishAll();
    host.logger.info(`Catalog ${catalog ? 'loaded' : 'removed'}: ${index.size} releases read again`);
  }
}
