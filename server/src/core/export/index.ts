// Annotation export (release-lens export, "Export Annotations…"): JSON Lines, brat standoff, CSV.
export { catalogCorrections, exportDocuments, type ExportCorrections, type ExportDocument, type ExportEntity, type ExportFigure, type ExportSpan } from './annotations';
export { BRAT_FIGURE, BRAT_NORMALIZATION_DB, bratAnnotationConf, renderBratAnnotations } from './brat';
export { csvField, renderFamilyCsv, type CsvVersion } from './csv';
export { renderJsonl } from './jsonl';
export { CodePointIndex } from './offsets';
export { buildExport, CORRECTIONS_FILE, EXPORT_FORMATS, ExportError, JSONL_FILE, type ExportFile, type ExportFormat, type ExportOptions } from './write';
export { BOUNDS, ENTITY_TYPE_NAMES, UNITS } from './vocabulary';
