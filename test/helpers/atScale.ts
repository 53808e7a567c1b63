// Large synthetic inputs, shared by the unit tests (which check the results at scale) and
// the bench (bench/scaling.ts, which times them: wall-clock thresholds live there, not in
// tests that run on a loaded machine).
import type { DocumentAnalysis, Figure, Unit } from '../../server/src/core/types';

/** `families` families of three versions (en, ja, zh) sharing a date, distinctive figures and a zone; generic figures shared by all. */
export function scaledFamilyDocs(families = 3000): DocumentAnalysis[] {
  let offset = 0;
  const fig = (value: number | string, unit: Unit, text = String(value)): Figure => {
    const start = offset;
    offset += text.length + 10;
    return { start, end: start + text.length, text, value, unit, bound: 'exact' };
  };
  const docs: DocumentAnalysis[] = [];
  for (let f = 0; f < families; f++) {
    for (const language of ['en', 'ja', 'zh'] as const) {
      const uri = `file:///big/release-${String(f).padStart(5, '0')}.${language}.txt`;
      const figures = [
        fig(2025, 'year'), fig(3, 'count', 'three'), fig(50, 'percent'), // generic, shared by all
        fig(`2025-${String(1 + (f % 12)).padStart(2, '0')}-${String(1 + (f % 28)).padStart(2, '0')}`, 'date'),
        fig(1000 + f, 'km2'), fig(7 + f / 1000, 'km'), fig(100 + f, 'count', 'companies'),
      ];
      const id = `zone:${f % 50}`;
      docs.push({ uri, contentHash: uri, language, figures, mentions: [{ start: 100000, end: 100010, text: id, type: 'zone', id, source: 'pattern' }], notices: [] });
    }
  }
  return docs;
}

/** `families` families of three versions whose figures all agree (20 distances each, extra money in zh): checks find nothing. */
export function scaledAgreeingWorkspace(families = 333): { analyses: Map<string, DocumentAnalysis>; texts: Map<string, string> } {
  const analyses = new Map<string, DocumentAnalysis>();
  const texts = new Map<string, string>();
  for (let f = 0; f < families; f++) {
    for (const lang of ['en', 'ja', 'zh']) {
      const uri = `file:///big/r${f}.${lang}.txt`;
      let text = '';
      const figures: Figure[] = [];
      const add = (s: string, value: number | string, unit: Figure['unit'], counted?: string): void => {
        text += `Sentence about it: `;
        figures.push({ start: text.length, end: text.length + s.length, text: s, value, unit, bound: 'exact', ...(counted ? { counted } : {}) });
        text += `${s}.\n`;
      };
      add('March 3', `2025-03-${String(1 + (f % 28)).padStart(2, '0')}`, 'date');
      add('2025', 2025, 'year');
      add('three', 3, 'count', 'projects');
      for (let k = 0; k < 20; k++) add(`${f * 100 + k} km`, f * 100 + k + 0.5, k % 2 ? 'km' : 'km2');
      if (lang === 'zh') for (let k = 0; k < 10; k++) add(`${k} extra`, 1000 + k, 'CNY');
      analyses.set(uri, { uri, contentHash: uri, language: 'en', figures, mentions: [], notices: [] });
      texts.set(uri, text);
    }
  }
  return { analyses, texts };
}

/**
 * Inputs that make a careless figure scanner slow (backtracking, quadratic rescans):
 * `scale` 1 is the size the unit tests read (about 100,000 characters each, a 1 MB line);
 * the bench also reads scale 0.5 to see that the time grows linearly.
 */
export function pathologicalFigureInputs(scale = 1): [string, string][] {
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const chars = '0123456789一二三四五六七八九十百千万亿億兆两.,年月日%第 ';
  let x = 12345;
  const mixed: string[] = [];
  for (let i = 0; i < n(1_000_000); i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    mixed.push(chars[x % chars.length]);
  }
  return [
    ['100,000 digits', '7'.repeat(n(100_000))],
    ['separated digits and a unit', `${'123,'.repeat(n(25_000))}456平方メートル`],
    ['万 × 10,000', '万'.repeat(n(10_000))],
    ['1 + 万 × 10,000', `1${'万'.repeat(n(10_000))}元`],
    ['1 MB mixed digits and CJK numerals', mixed.join('')],
    ['1 MB CJK numerals', '一二三四五六七八九十百千万'.repeat(n(80_000))],
    ['1 MB number words', 'twenty-five hundred '.repeat(n(50_000))],
  ];
}
