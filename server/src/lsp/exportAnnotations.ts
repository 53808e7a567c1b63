import { exportAnnotationsRequest, type ExportAnnotationsResult } from '../../../common/src/protocol';
import { EXPORT_FORMATS, ExportError } from '../core/export';
import { writeExport } from '../node/writeExport';
import type { Session } from './session';

/** "Export Annotations…": the same export as `release-lens export`, over the workspace index. */
export function registerExportAnnotations(session: Session): void {
  session.connection.onRequest(exportAnnotationsRequest, async (params): Promise<ExportAnnotationsResult> => {
    const failed = (problem: ExportAnnotationsResult['problem'], error: string): ExportAnnotationsResult => ({ folder: params.folder, files: [], documents: 0, problem, error });
    const format = EXPORT_FORMATS.find((f) => f === params.format);
    if (!format) return failed('format', `Unknown export format "${params.format}".`);
    if (session.isIndexing) return failed('indexing', 'The workspace is still being indexed.');
    const uris = session.index.uris().sort((a, b) => session.relativePath(a).localeCompare(session.relativePath(b)));
    if (uris.length === 0) return failed('noReleases', 'There are no press releases in the workspace.');
    try {
      const result = await writeExport(session.index, uris, params.folder, { format, relativePath: (uri) => session.relativePath(uri), catalog: session.index.getCatalog() });
      return { ...result, documents: uris.length };
    } catch (error) {
      if (error instanceof ExportError) return failed('noFamily', error.message);
      // The disk refused a write; anything else is a bug, answered as an error of the request.
      if ((error as NodeJS.ErrnoException).code) return failed('write', (error as Error).message);
      throw error;
    }
  });
}
