// Request parameters are validated at the boundary, with zod: a request with bad
// parameters is answered with InvalidParams and a one-line reason, never with an
// InternalError and a stack from deep inside a handler. Document URIs are normalised
// here (core/workspace/uri.ts), so every handler sees one spelling per file.
import { z } from 'zod';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { entityTypeSchema } from '../core/catalog';
import { canonicalUri } from '../core/workspace/uri';
import { rangeSchema } from './documents';

export const uriSchema = z.string().min(1).transform(canonicalUri);
const position = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
const textDocument = z.object({ uri: uriSchema });

export const documentParams = z.object({ textDocument });
export const positionParams = z.object({ textDocument, position });
export const rangeParams = z.object({ textDocument, range: rangeSchema });
export const renameParams = positionParams.extend({ newName: z.string() });
export const workspaceSymbolParams = z.object({ query: z.string() });
export const codeActionParams = z.object({
  textDocument,
  range: rangeSchema,
  context: z.object({
    diagnostics: z.array(z.object({
      range: rangeSchema,
      message: z.string(),
      code: z.union([z.string(), z.number()]).optional(),
      source: z.string().optional(),
      severity: z.number().optional(),
      data: z.unknown().optional(),
    })),
  }),
});
export const comparisonParams = z.object({ uri: uriSchema });
export const annotateParams = z.object({
  uri: uriSchema,
  text: z.string(),
  type: entityTypeSchema.optional(), // the catalog's own schema: an invalid type is never written
  entityId: z.string().min(1).optional(),
});

/**
 * What a request about a document waits for before it is answered, given the document's
 * URI as the client spelled it (the session sets it: a file open under two spellings is
 * answered about the text the asked spelling last received, see Session.spellingAsked).
 * Undefined from the hook: nothing to wait for, answered at once.
 */
let beforeDocumentRequest: ((clientUri: string) => Promise<void> | undefined) | undefined;

export function setBeforeDocumentRequest(hook: typeof beforeDocumentRequest): void {
  beforeDocumentRequest = hook;
}

function askedUri(raw: unknown): string | undefined {
  const params = raw as { textDocument?: { uri?: unknown }; uri?: unknown };
  const uri = params.textDocument?.uri ?? params.uri;
  return typeof uri === 'string' ? uri : undefined;
}

/** Wraps a handler: its parameters are parsed by `schema` first; bad ones get InvalidParams. */
export function validated<S extends z.ZodType, R, A extends unknown[] = []>(schema: S, handler: (params: z.output<S>, ...rest: A) => R): (raw: unknown, ...rest: A) => R {
  return (raw, ...rest) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters: ${where}${issue?.message ?? 'unreadable'}`);
    }
    const asked = askedUri(raw);
    const wait = asked === undefined ? undefined : beforeDocumentRequest?.(asked);
    // The cancellation token and the rest, as the connection passes them.
    if (wait) return wait.then(() => handler(parsed.data, ...rest)) as R;
    return handler(parsed.data, ...rest);
  };
}
