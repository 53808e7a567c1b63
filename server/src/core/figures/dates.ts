import { scanFigures } from './scanner';

const HEAD_LINES = 8;
const HEAD_CHARS = 1200;

/**
 * The publication date of a release: the first full date (YYYY-MM-DD) in its first
 * non-empty lines — a dateline ("SHENYANG, China, Feb. 27, 2026 (GLOBE NEWSWIRE)"),
 * a date line (" date 2026-03-02", "時間: 2025-11-19 10:58") or a bracketed dateline
 * (【瀋陽（中国）2026年3月2日新華社】). Undefined when the head has none.
 */
export function findDocumentDate(text: string): string | undefined {
  let end = 0;
  let lines = 0;
  while (end < text.length && end < HEAD_CHARS && lines < HEAD_LINES) {
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.slice(end, lineEnd).trim() !== '') lines++;
    end = nl < 0 ? text.length : nl + 1;
  }
  const head = text.slice(0, Math.min(end, HEAD_CHARS));
  for (const f of scanFigures(head)) {
    if (f.unit === 'date' && typeof f.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.value)) return f.value;
  }
  return undefined;
}
