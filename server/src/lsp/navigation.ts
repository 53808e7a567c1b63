// Definition, references, the outline and workspace symbols: core/features/navigation.ts, as LSP.
import { type CancellationToken, type DocumentSymbol, SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { type CatalogSource, definition, documentOutline, type OutlineSymbol, references, workspaceSymbols } from '../core/features/navigation';
import type { EntityType } from '../core/types';
import type { Session } from './session';
import { documentParams, positionParams, validated, workspaceSymbolParams } from './params';

const SYMBOL_KIND: Record<EntityType | 'group', SymbolKind> = {
  zone: SymbolKind.Namespace,
  lab: SymbolKind.Class,
  project: SymbolKind.Struct,
  organization: SymbolKind.Module,
  group: SymbolKind.Package,
};

/** The catalog's text: the editor's while it is open, else the one the session last read. */
function catalogSource(session: Session): CatalogSource | undefined {
  const uri = session.catalogUri;
  if (!uri) return undefined;
  const text = session.documents.get(uri)?.getText() ?? session.catalogText;
  return text === undefined ? undefined : { uri, text };
}

function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return { ...symbol, kind: SYMBOL_KIND[symbol.kind], children: symbol.children?.map(toDocumentSymbol) };
}

export function registerNavigation(session: Session): void {
  const { connection } = session;
  connection.onDefinition(validated(positionParams, (params, token: CancellationToken) =>
    definition(session.features(), params.textDocument.uri, params.position, catalogSource(session), token)));
  connection.onReferences(validated(positionParams, (params, token: CancellationToken) =>
    references(session.features(), params.textDocument.uri, params.position, token)));
  connection.onDocumentSymbol(validated(documentParams, (params, token: CancellationToken): DocumentSymbol[] =>
    documentOutline(session.features(), params.textDocument.uri, token).map(toDocumentSymbol)));
  connection.onWorkspaceSymbol(validated(workspaceSymbolParams, (params, token: CancellationToken): SymbolInformation[] =>
    workspaceSymbols(session.features(), params.query, token).map((s) => ({ name: s.name, kind: SYMBOL_KIND[s.kind], location: s.location, containerName: s.kind }))));
}
