import type { ExportDocument } from './annotations';

/** JSON Lines: one document per line (text, language, family, entities, figures). */
export function renderJsonl(documents: readonly ExportDocument[]): string {
  return documents.map((d) => JSON.stringify(d) + '\n').join('');
}
