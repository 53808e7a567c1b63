// The documents open in the editor, keyed by their canonical URI (core/workspace/uri.ts),
// with the spelling the editor used for each so that answers about an open document use
// the editor's own URI. Notifications are validated at the boundary: a malformed one is
// logged and ignored.
import { z } from 'zod';
import { type Connection, type TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { canonicalUri } from '../core/workspace/uri';
import type { Logger } from '../core/types';
import { IncomingCloses } from './incomingCloses';

const position = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
export const rangeSchema = z.object({ start: position, end: position });

const openParams = z.object({
  textDocument: z.object({ uri: z.string().min(1), languageId: z.string(), version: z.number().int(), text: z.string() }),
});
const changeParams = z.object({
  textDocument: z.object({ uri: z.string().min(1), version: z.number().int() }),
  contentChanges: z.array(z.union([z.object({ range: rangeSchema, text: z.string() }), z.object({ text: z.string() })])),
});
const closeParams = z.object({ textDocument: z.object({ uri: z.string().min(1) }) });

export interface OpenDocument {
  /** The canonical URI (the key). */
  uri: string;
  /** The URI as the editor spelled it. */
  clientUri: string;
  languageId: string;
  document: TextDocument;
}

type Listener = (doc: OpenDocument) => void;

export class OpenDocuments {
  /**
   * Per canonical URI, the editor's documents for that file, the one touched last at the
   * end. Normally one; a client can open one file under two spellings, and then the text
   * it touched last is the file's text.
   */
  private readonly open = new Map<string, OpenDocument[]>();
  /** The editor's spelling of every document it has opened, kept after it closes (it names the file that way). */
  private readonly spellings = new Map<string, string>();
  private readonly listeners = { open: [] as Listener[], change: [] as Listener[], close: [] as Listener[] };
  /** Closes read off the wire and not handled yet (the server feeds it the client's bytes). */
  readonly incomingCloses = new IncomingCloses();

  constructor(private readonly logger: Logger) {}

  get(uri: string): TextDocument | undefined {
    return this.entry(uri)?.document;
  }

  entry(uri: string): OpenDocument | undefined {
    return this.open.get(uri)?.at(-1);
  }

  all(): OpenDocument[] {
    return [...this.open.values()].map((list) => list[list.length - 1]);
  }

  /** The URI to use in answers about `uri`: the editor's spelling while it is open. */
  clientUri(uri: string): string {
    return this.entry(uri)?.clientUri ?? this.spellings.get(uri) ?? uri;
  }

  /**
   * Whether the editor has closed every spelling under which `uri` is open, in messages the
   * server has read but not handled yet: what is published now would arrive after the close.
   */
  closing(uri: string): boolean {
    const list = this.open.get(uri);
    return !!list && list.every((d) => this.incomingCloses.has(d.clientUri));
  }

  /** Whether `doc` is still open (under its spelling). */
  isOpen(doc: OpenDocument): boolean {
    return this.open.get(doc.uri)?.includes(doc) ?? false;
  }

  /** Every spelling under which `uri` is open now (normally one). */
  openSpellings(uri: string): string[] {
    return (this.open.get(uri) ?? []).map((d) => d.clientUri);
  }

  /**
   * A request asked about `clientUri`, open with others spellings of its file: that
   * spelling's text becomes the file's (as an edit of it would). Returns the document when
   * it was not the file's text already, else undefined.
   */
  touch(clientUri: string): OpenDocument | undefined {
    const list = this.open.get(canonicalUri(clientUri));
    if (!list || list.length < 2 || list[list.length - 1].clientUri === clientUri) return undefined;
    const doc = list.find((d) => d.clientUri === clientUri);
    if (!doc) return undefined;
    this.open.set(doc.uri, [...list.filter((d) => d !== doc), doc]);
    return doc;
  }

  onDidOpen(listener: Listener): void {
    this.listeners.open.push(listener);
  }
  onDidChangeContent(listener: Listener): void {
    this.listeners.change.push(listener);
  }
  onDidClose(listener: Listener): void {
    this.listeners.close.push(listener);
  }

  listen(connection: Connection): void {
    connection.onDidOpenTextDocument((raw) => {
      const params = this.valid(openParams, raw, 'didOpen');
      if (!params) return;
      const { uri: clientUri, languageId, version, text } = params.textDocument;
      const uri = canonicalUri(clientUri);
      const doc: OpenDocument = { uri, clientUri, languageId, document: TextDocument.create(clientUri, languageId, version, text) };
      this.open.set(uri, [...(this.open.get(uri) ?? []).filter((d) => d.clientUri !== clientUri), doc]);
      this.spellings.set(uri, clientUri);
      for (const l of this.listeners.open) l(doc);
    });
    connection.onDidChangeTextDocument((raw) => {
      const params = this.valid(changeParams, raw, 'didChange');
      if (!params) return;
      const uri = canonicalUri(params.textDocument.uri);
      const list = this.open.get(uri);
      const doc = list?.find((d) => d.clientUri === params.textDocument.uri) ?? (list?.length === 1 ? list[0] : undefined);
      if (!list || !doc) return;
      doc.document = TextDocument.update(doc.document, params.contentChanges as TextDocumentContentChangeEvent[], params.textDocument.version);
      this.open.set(uri, [...list.filter((d) => d !== doc), doc]);
      for (const l of this.listeners.change) l(doc);
    });
    connection.onDidCloseTextDocument((raw) => {
      this.incomingCloses.handled((raw as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri);
      const params = this.valid(closeParams, raw, 'didClose');
      if (!params) return;
      const uri = canonicalUri(params.textDocument.uri);
      const list = this.open.get(uri);
      const doc = list?.find((d) => d.clientUri === params.textDocument.uri) ?? (list?.length === 1 ? list[0] : undefined);
      if (!list || !doc) return;
      const rest = list.filter((d) => d !== doc);
      if (rest.length) {
        // Still open under another spelling: that text is the file's now.
        this.open.set(uri, rest);
        for (const l of this.listeners.change) l(rest[rest.length - 1]);
        return;
      }
      this.open.delete(uri);
      for (const l of this.listeners.close) l(doc);
    });
  }

  private valid<T>(schema: z.ZodType<T>, raw: unknown, what: string): T | undefined {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.logger.warn(`Ignored a malformed ${what} notification: ${parsed.error.issues[0]?.message ?? 'invalid parameters'}`);
    return undefined;
  }
}
