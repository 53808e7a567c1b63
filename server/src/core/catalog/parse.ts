import { z } from 'zod';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { catalogEntitySchema, catalogFamilySchema, catalogIgnoreSchema, catalogRejectSchema, catalogSchema, type Catalog } from './schema';

export interface CatalogProblem {
  start: number;
  end: number;
  message: string;
}

export interface ParsedCatalog {
  /**
   * Undefined when the file has a syntax error or is not an object with an `entities`
   * array. Entries with a problem are reported and left out; the rest is in force.
   */
  catalog?: Catalog;
  problems: CatalogProblem[];
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Property name expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing brace expected',
  CloseBracketExpected: 'Closing bracket expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Invalid comment',
  UnexpectedEndOfComment: 'Unexpected end of comment',
  UnexpectedEndOfString: 'Unexpected end of string',
  UnexpectedEndOfNumber: 'Unexpected end of number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character',
};

/**
 * Parses release-lens.json (comments and trailing commas allowed). JSON syntax errors
 * and schema violations are reported at the offending place; the catalog is returned
 * only when there are none (a caller keeps its last good catalog). Never throws: the
 * parser is tolerant and the depth is bounded, so an exception here is a bug, not a
 * bad file, and is not caught.
 */
export function parseCatalog(text: string): ParsedCatalog {
  // jsonc-parser and the conversion below recurse per level: a deep enough file would
  // overflow the stack. No catalog needs more than a handful of levels.
  const deep = tooDeepAt(text);
  if (deep >= 0) return { problems: [{ ...clampSpan(text.length, deep, 1), message: `release-lens.json: Nested more than ${MAX_DEPTH} levels deep` }] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !root) {
    const problems = errors.map((e) => ({
      ...clampSpan(text.length, e.offset, e.length),
      message: `release-lens.json: ${SYNTAX_MESSAGES[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}`,
    }));
    if (!problems.length) problems.push({ start: 0, end: Math.min(text.length, 1), message: 'release-lens.json: The file is empty' });
    return { problems };
  }
  const value = nodeValue(root);
  const result = catalogSchema.safeParse(value);
  if (result.success) return { catalog: result.data, problems: [] };
  return { catalog: salvage(value), problems: result.error.issues.map((issue) => issueProblem(root, issue)) };
}

const MAX_DEPTH = 64;

/** Offset of the bracket that opens level MAX_DEPTH + 1 (outside strings and comments), or -1. Linear, no recursion. */
function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return -1;
}

/**
 * The valid part of a catalog that failed validation: each entry of each list is checked
 * on its own and kept when it is valid (the first of two entities with one id wins), so
 * one bad entry does not take every other entity out of force.
 */
function salvage(value: unknown): Catalog | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  if (!Array.isArray(raw.entities)) return undefined;
  const valid = <T>(list: unknown, schema: z.ZodType<T>): T[] | undefined =>
    Array.isArray(list) ? list.flatMap((item) => {
      const r = schema.safeParse(item);
      return r.success ? [r.data] : [];
    }) : undefined;
  const ids = new Set<string>();
  const entities = valid(raw.entities, catalogEntitySchema)!.filter((e) => !ids.has(e.id) && !!ids.add(e.id));
  const catalog: Catalog = { entities };
  const families = valid(raw.families, catalogFamilySchema);
  const ignore = valid(raw.ignore, catalogIgnoreSchema);
  const reject = valid(raw.reject, catalogRejectSchema);
  if (families) catalog.families = families;
  if (ignore) catalog.ignore = ignore;
  if (reject) catalog.reject = reject;
  return catalog;
}

/** A span inside the text, at least one character long when the text is not empty (an error at the end marks the last character). */
function clampSpan(length: number, offset: number, size: number): { start: number; end: number } {
  if (length === 0) return { start: 0, end: 0 };
  const start = Math.min(Math.max(offset, 0), length - 1);
  return { start, end: Math.min(length, start + Math.max(size, 1)) };
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v) out[k.value as string] = nodeValue(v);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function issueProblem(root: Node, issue: z.core.$ZodIssue): CatalogProblem {
  const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  let node: Node | undefined;
  let keys: string[] = [];
  if (issue.code === 'unrecognized_keys') keys = issue.keys;
  // the deepest node that exists on the path
  let missing = false;
  for (let n = path.length; n >= 0 && !node; n--) {
    node = findNodeAtLocation(root, path.slice(0, n));
    if (node && n < path.length) missing = true; // a missing property: point at the object that lacks it
  }
  node ??= root;
  if (keys.length && node.type === 'object') {
    const prop = node.children?.find((p) => p.children?.[0] && keys.includes(p.children[0].value as string));
    if (prop?.children?.[0]) return { start: prop.children[0].offset, end: prop.children[0].offset + prop.children[0].length, message: messageOf(issue, path, false) };
  }
  // a property value: underline the value; an object: its key if it has one, else its opening brace
  let start = node.offset;
  let end = node.offset + node.length;
  if ((node.type === 'object' || node.type === 'array') && node.parent?.type === 'property' && node.parent.children?.[0]) {
    const key = node.parent.children[0];
    start = key.offset;
    end = key.offset + key.length;
  } else if (node.type === 'object' || node.type === 'array') {
    end = start + 1;
  }
  return { start, end, message: messageOf(issue, path, missing) };
}

function messageOf(issue: z.core.$ZodIssue, path: (string | number)[], missing: boolean): string {
  const where = path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') : 'catalog';
  let message = issue.message;
  if (missing && issue.code === 'invalid_type') message = `Missing required property "${path[path.length - 1]}"`;
  if (issue.code === 'unrecognized_keys') message = `Unknown property ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `release-lens.json ${where}: ${message}`;
}
