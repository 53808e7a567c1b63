/**
 * Digits that are part of a code rather than a figure, beyond the ones numbers.ts skips
 * inline: file names (20230908-1.jpg, IMG_0412.png) and Japanese block numbers
 * written in romaji (3-chome).
 */
const FILE_EXTENSION = /^[\])]?(?:[-_]\d{1,3})?\.(?:jpe?g|png|gif|webp|pdf|docx?|xlsx?|pptx?|zip)\b/i;
const ADDRESS_BLOCK = /^-(?:chome|cho-me|banchi)\b/i;

/** Is the number [i, end) of `t` a file name or an address block? */
export function inCode(t: string, end: number): boolean {
  const c = t[end];
  if (c !== '-' && c !== '_' && c !== '.' && c !== ']' && c !== ')') return false; // the common case, without a regex
  const after = t.slice(end, end + 12);
  return FILE_EXTENSION.test(after) || ADDRESS_BLOCK.test(after);
}

/** key=3 is a code; 1,000坪=3,300㎡ (after CJK text) states the same quantity in another unit. */
export function afterCodeEquals(t: string, i: number): boolean {
  return t.charCodeAt(i - 1) === 61 && (i < 2 || t.charCodeAt(i - 2) < 0x3000);
}
