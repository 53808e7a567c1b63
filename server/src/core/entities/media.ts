import type { Candidate, Ctx } from './candidate';

// News agencies, wire services and release distributors named where a release credits
// them, not by a type word (media type words are in typeWords.ts): the distributor between
// slashes of a wire dateline (…, 2022 /Distributor/ --), the source line at a wire
// release's end (SOURCE X, ソース:X, 来源:X) and a Latin credit before a CJK headline
// (X:headline). All organisations. Structure only: no name of a medium is listed.

/** A Latin name: capitalised words, "of" / "and" / "&" between them, up to six words. */
const LATIN_NAME = String.raw`[A-Z][A-Za-z0-9&'’.-]*(?:(?: (?:of|and|&|the))? [A-Z0-9][A-Za-z0-9&'’.-]*){0,5}`;

/** A wire dateline's distributor: after a date ("Aug. 30, 2022", "2022年8月30日", "30日"), between slashes (not a web address's /2022/x/). */
const DATELINE_DISTRIBUTOR = /(?:(?<![/\w])(?:19|20)\d\d|\d{1,2}日)\s*\/\s*([^/\s][^/\n]{0,38}?)\s*\/(?=\s|$|[-—–])/gu;

/** The label of a source line, then the credited name up to the line's end. */
const SOURCE_LINE = new RegExp(String.raw`^[ \t]*(?:SOURCE|Source:|ソース[:：]|出典[:：]|来源[:：]|來源[:：]|消息来源[:：])[ \t]*(${LATIN_NAME})[ \t]*$`, 'gmu');

/** A Latin credit of two words or more opening a line, before a colon and a CJK headline. */
const HEADLINE_CREDIT = new RegExp(String.raw`^[ \t]*(${LATIN_NAME})[:：][ \t]*(?=[\u3040-\u30ff\u3400-\u9fff])`, 'gmu');

/** A short CJK credit opening a wire release's first line before a colon (X:headline). */
const CJK_HEADLINE_CREDIT = /^\s*([\u3400-\u9fff]{2,6})[:：](?=\s*[\u3400-\u9fff])/u;

/** Labels that open a line before a colon and name no one. */
const LABELS = /^(?:Press Release|News Release|Media Contact|Contact|Photo|Source|Date|Time|Update|Note|Editor|Tel|Fax|E-?mail)s?$/i;

/** A dateline's distributor: Latin words or a short CJK name, no figure. */
const DISTRIBUTOR_NAME = /^(?:[A-Za-z][A-Za-z0-9&'’. -]{1,37}[A-Za-z0-9]|[\u3040-\u30ff\u3400-\u9fff]{2,8})$/u;

export function mediaCreditCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { text } = ctx;
  const slice = text.slice(pStart, pEnd);
  const out: Candidate[] = [];
  const push = (start: number, end: number) => out.push({ start, end, type: 'organization', source: 'pattern', generic: false, hasName: true });
  for (const m of slice.matchAll(DATELINE_DISTRIBUTOR)) {
    const name = m[1];
    if (!DISTRIBUTOR_NAME.test(name)) continue;
    const start = pStart + m.index + m[0].indexOf(name, m[0].indexOf('/'));
    push(start, start + name.length);
  }
  for (const m of slice.matchAll(SOURCE_LINE)) {
    const start = pStart + m.index + m[0].lastIndexOf(m[1]);
    push(start, start + m[1].length);
  }
  // in a wire release only (a distributor in its dateline): elsewhere a first line's X: is a label (原标题:, 快讯:)
  const credit = pStart === firstLineStart(text) ? CJK_HEADLINE_CREDIT.exec(slice) : null;
  if (credit && isWireRelease(text)) {
    const start = pStart + credit[0].indexOf(credit[1]);
    push(start, start + credit[1].length);
  }
  for (const m of slice.matchAll(HEADLINE_CREDIT)) {
    if (!m[1].includes(' ') || LABELS.test(m[1])) continue;
    const start = pStart + m.index + m[0].indexOf(m[1]);
    push(start, start + m[1].length);
  }
  return out;
}

/** Where the document's first non-blank line starts. */
function firstLineStart(text: string): number {
  return /^\s*/u.exec(text)![0].replace(/[^\n]*$/u, '').length;
}

let lastText: string | undefined;
let lastWire = false;
/** The release carries a distributor's wire dateline (…2022 /X/). Remembered for the last text. */
function isWireRelease(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    DATELINE_DISTRIBUTOR.lastIndex = 0;
    lastWire = [...text.matchAll(DATELINE_DISTRIBUTOR)].some((m) => DISTRIBUTOR_NAME.test(m[1]));
  }
  return lastWire;
}

/** A name shaped like a wire service's or a distributor's (…社, …通信, …Newswire, … News Agency). */
export function isWireName(name: string): boolean {
  const t = name.trim();
  return /(?:通讯社|通訊社|通信社|新闻社|新聞社|(?<!合作|旅行|神|結|结)[^\s公会會]社|通信)$/u.test(t) || /(?:wire|\bNews Agency|\bPress)$/i.test(t);
}

const LATIN = /^[\x20-\x7e’]+$/;

/**
 * Inside a release family, the wire service of one version and that of another, when each
 * is the only one left unlinked between the two and one is written in Latin letters, the
 * other in CJK: the distributor under its name in each language. Returns pairs of indexes
 * into `as` and `bs`.
 */
export function wireServicePairs(as: { names: string[]; type: string }[], bs: { names: string[]; type: string }[]): [number, number][] {
  const wires = (list: { names: string[]; type: string }[]) => list.map((l, k) => (l.type === 'organization' && l.names.some(isWireName) ? k : -1)).filter((k) => k >= 0);
  const wa = wires(as);
  const wb = wires(bs);
  if (wa.length !== 1 || wb.length !== 1) return [];
  const latin = (l: { names: string[] }) => l.names.every((n) => LATIN.test(n));
  return latin(as[wa[0]]) !== latin(bs[wb[0]]) ? [[wa[0], wb[0]]] : [];
}
