import type { Language, Paragraph } from '../types';

// Kana is the decisive sign of Japanese; Han without kana is Chinese; Latin letters
// are English. A paragraph is `mixed` when two scripts each hold a real share.

export interface ScriptCounts {
  kana: number;
  han: number;
  latin: number;
}

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { kana: 0, han: 0, latin: 0 };
  // Code-unit ranges (the same as the patterns above, BMP only): no regex per character.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) counts.kana++;
    else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) counts.han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.latin++;
  }
  return counts;
}

export function languageOfCounts({ kana, han, latin }: ScriptCounts): Language {
  const cjk = kana + han;
  if (cjk === 0 && latin === 0) return 'en';
  // Latin letters count about five to a word, CJK characters about two: weigh them.
  const latinWeight = latin / 2.5;
  if (cjk > 0 && latinWeight > cjk * 1.5 && latin > 40) return latin > 0 && cjk > 20 ? 'mixed' : 'en';
  if (cjk === 0) return 'en';
  const cjkLanguage: Language = kana >= Math.max(2, cjk * 0.03) ? 'ja' : 'zh';
  if (latinWeight > cjk * 0.6 && latin > 40) return 'mixed';
  return cjkLanguage;
}

export function detectLanguage(text: string): Language {
  return languageOfCounts(countScripts(text));
}

/**
 * The language of a whole document: the dominant CJK language when there is one
 * (a Japanese release that quotes English names is still Japanese), else English.
 */
export function documentLanguage(paragraphs: readonly Paragraph[], text: string): Language {
  const total: ScriptCounts = { kana: 0, han: 0, latin: 0 };
  for (const p of paragraphs) {
    const c = countScripts(text.slice(p.start, p.end));
    total.kana += c.kana;
    total.han += c.han;
    total.latin += c.latin;
  }
  const cjk = total.kana + total.han;
  if (cjk === 0) return 'en';
  if (total.kana >= Math.max(2, cjk * 0.03)) return 'ja';
  if (total.latin / 2.5 > cjk * 1.5) return 'en';
  return 'zh';
}
