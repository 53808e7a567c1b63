import type { EntityMention, Figure } from '../types';

// An archive names the same entities and states the same figures thousands of times:
// the strings of analyses are kept once each. Interning also cuts the link to the
// document text: a slice of a string in V8 keeps the whole string alive, so one
// entity name held from each release would otherwise hold every release's text.

const pool = new Map<string, string>();
/** Past this many distinct strings the pool starts again (it only saves memory; correctness never depends on it). */
const MAX_POOL = 200_000;
/** V8 copies slices shorter than this anyway. */
const SLICE_MIN = 13;

export function intern(value: string): string {
  const hit = pool.get(value);
  if (hit !== undefined) return hit;
  if (pool.size >= MAX_POOL) pool.clear();
  const own = value.length < SLICE_MIN ? value : (JSON.parse(JSON.stringify(value)) as string);
  pool.set(own, own);
  return own;
}

/** Interns, in place, the strings an analysis keeps of its text. */
export function internStrings(analysis: { figures: Figure[]; mentions: EntityMention[] }): void {
  for (const f of analysis.figures) {
    f.text = intern(f.text);
    if (typeof f.value === 'string') f.value = intern(f.value);
    if (f.counted !== undefined) f.counted = intern(f.counted);
    if (f.note !== undefined) f.note = intern(f.note);
  }
  for (const m of analysis.mentions) {
    m.text = intern(m.text);
    m.id = intern(m.id);
    if (m.reading !== undefined) m.reading = intern(m.reading);
  }
}
