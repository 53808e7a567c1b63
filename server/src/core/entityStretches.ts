/**
 * Entity recognition for documents far larger than a press release (a 2 MB one-line list
 * pasted into an editor). Recognition reads the whole document at once: in a 1.7 MB line
 * it cost 2.5 s at every keystroke, blocking every request meanwhile. Over
 * HUGE_DOCUMENT characters it is run stretch by stretch (whole paragraphs, at most
 * STRETCH characters each), each stretch's mentions cached by its text, so that a
 * keystroke reads one stretch again, and the first reading pauses between stretches
 * (requests are answered meanwhile). What is lost: a name's short form or recurrence is
 * found only in the stretch of the full name, and two spellings of one name in different
 * stretches are not joined (both are linked across the workspace as usual).
 */
import type { Catalog } from './catalog';
import { recognizeEntities } from './entities';
import type { JapaneseToken } from './text/japaneseTokenizer';
import type { EntityMention, Paragraph } from './types';

/** Documents longer than this (UTF-16 units) are recognised in stretches. */
export const HUGE_DOCUMENT = 256_000;
/** The longest stretch (a paragraph is at most 4,000 characters: text/paragraphs.ts). */
export const STRETCH = 64_000;
/** Stretches kept (about 4 MB of text): the documents being edited. */
const MAX_CACHED = 64;

export class EntityStretches {
  private readonly cache = new Map<string, EntityMention[]>();
  /** Bumped by clear(): a reading that paused across a catalog change does not cache what it read with the old one. */
  private generation = 0;
  /** Stretches recognised (not found in the cache) so far. */
  read = 0;

  /** A catalog change changes recognition: nothing cached holds. */
  clear(): void {
    this.cache.clear();
    this.generation++;
  }

  /**
   * The document's mentions, offsets into `text`, sorted as recognizeEntities sorts them.
   * `pause` is awaited between stretches that were read (not cached).
   */
  async recognize(text: string, paragraphs: Paragraph[], japaneseTokens: JapaneseToken[], catalog: Catalog | undefined, pause: () => Promise<void>): Promise<EntityMention[]> {
    const mentions: EntityMention[] = [];
    const generation = this.generation;
    let t = 0;
    for (const [first, last] of stretches(paragraphs, text)) {
      const start = paragraphs[first].start;
      const end = paragraphs[last].end;
      const stretchText = text.slice(start, end);
      let found = this.cache.get(stretchText);
      if (found) {
        // Least recently used goes first: re-insert on use.
        this.cache.delete(stretchText);
      } else {
        while (t < japaneseTokens.length && japaneseTokens[t].start < start) t++;
        const tokens: JapaneseToken[] = [];
        for (let k = t; k < japaneseTokens.length && japaneseTokens[k].end <= end; k++) tokens.push({ ...japaneseTokens[k], start: japaneseTokens[k].start - start, end: japaneseTokens[k].end - start });
        const local = paragraphs.slice(first, last + 1).map((p) => ({ ...p, start: p.start - start, end: p.end - start }));
        found = recognizeEntities({ text: stretchText, paragraphs: local, japaneseTokens: tokens, catalog });
        this.read++;
        await pause();
      }
      if (generation === this.generation) {
        if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
        this.cache.set(stretchText, found);
      }
      for (const m of found) mentions.push({ ...m, start: m.start + start, end: m.end + start });
    }
    return mentions;
  }
}

/**
 * Consecutive paragraphs grouped into stretches of at most STRETCH characters (a
 * paragraph longer than that is a stretch of its own). A stretch ends, once it holds
 * MIN_STRETCH characters, after a paragraph whose ends hash to a cut (content-defined, as
 * backup tools cut files into chunks): an edit that lengthens one stretch moves no later
 * boundary, so the other stretches keep their text and their cached mentions.
 */
export function stretches(paragraphs: Paragraph[], text: string): [number, number][] {
  const out: [number, number][] = [];
  let first = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (i > first && paragraphs[i].end - paragraphs[first].start > STRETCH) {
      out.push([first, i - 1]);
      first = i;
    }
    if (paragraphs[i].end - paragraphs[first].start >= MIN_STRETCH && cutsAfter(text, paragraphs[i])) {
      out.push([first, i]);
      first = i + 1;
    }
  }
  if (first < paragraphs.length) out.push([first, paragraphs.length - 1]);
  return out;
}

const MIN_STRETCH = STRETCH / 4;

/** One paragraph in four, by a hash of its first and last 16 characters. */
function cutsAfter(text: string, p: Paragraph): boolean {
  let h = 0;
  const ends = text.slice(p.start, Math.min(p.end, p.start + 16)) + text.slice(Math.max(p.start, p.end - 16), p.end);
  for (let i = 0; i < ends.length; i++) h = (Math.imul(h, 31) + ends.charCodeAt(i)) | 0;
  return (h & 3) === 0;
}
