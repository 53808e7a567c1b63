// Custom requests and notifications shared by the client and the server. Everything an
// editor needs for the core features goes through standard LSP; these only add the
// VS Code status bar, the comparison view and catalog annotation.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { EntityType } from './entityTypes';

export interface StatusParams {
  state: 'indexing' | 'ready' | 'error';
  /** Documents indexed so far and in all (while indexing). */
  indexed: number;
  total: number;
  errors: number;
  warnings: number;
  message?: string;
}
export const statusNotification = new NotificationType<StatusParams>('releaseLens/status');

export interface ComparisonCell {
  uri: string;
  text: string;
  value: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export interface ComparisonRow {
  label: string;
  mismatch: boolean;
  /** One cell per version (same order as `versions`); null where a version has no counterpart. */
  cells: (ComparisonCell | null)[];
}
export interface ComparisonParams {
  uri: string;
}
export interface ComparisonResult {
  familyId: string | null;
  versions: { uri: string; language: string; name: string }[];
  rows: ComparisonRow[];
}
export const comparisonRequest = new RequestType<ComparisonParams, ComparisonResult, void>('releaseLens/comparison');

export interface KnownEntity {
  id: string;
  type: EntityType;
  names: Partial<Record<'ja' | 'zh' | 'en', string>>;
  mentionCount: number;
}
export const knownEntitiesRequest = new RequestType0<KnownEntity[], void>('releaseLens/knownEntities');

export interface AnnotateParams {
  /** The document and the selected text. */
  uri: string;
  text: string;
  type?: EntityType;
  /** Link the text to this existing entity instead of creating one. */
  entityId?: string;
}
export interface TextEditResult {
  catalogUri: string;
  /** The edits to apply to the catalog, computed on its current text (formatting kept). */
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
  /** Set when the catalog could not be parsed: nothing is written. */
  error?: string;
}
export const annotateRequest = new RequestType<AnnotateParams, TextEditResult, void>('releaseLens/annotate');

export interface ExportAnnotationsParams {
  /** jsonl, brat or csv (README: "Exporting annotations"). */
  format: 'jsonl' | 'brat' | 'csv';
  /** The folder to write into (a file-system path; created when missing). */
  folder: string;
}
export interface ExportAnnotationsResult {
  folder: string;
  /** The files written (file-system paths). */
  files: string[];
  documents: number;
  /** Set when nothing was exported: why (the client words it in the display language), and details. */
  problem?: 'indexing' | 'noReleases' | 'noFamily' | 'write' | 'format';
  error?: string;
}
export const exportAnnotationsRequest = new RequestType<ExportAnnotationsParams, ExportAnnotationsResult, void>('releaseLens/exportAnnotations');
