import type { EntityMention } from '../types';
import type { JapaneseToken } from '../text/japaneseTokenizer';
import { foldText } from './fold';
import { cjkHead } from './reading';

// Japanese releases about Chinese zones borrow China's own abbreviations of a zone's kind
// (高新区 for a high-tech industrial development zone, 経開区, 科学城): these stand for the
// zone the text is about even in a headline before its full name, and as a gloss in
// parentheses. A type word after 同 or 各 (同モデル区, 各新区) is not a short form.

const ABBREVIATED_ZONE_WORDS = new Set(['高新区', '経開区', '自貿区', '綜保区', '科学城', '科技城', '科創城'].map(foldText));

/** Whether a bare type word (folded) may stand for a zone named in a Japanese text. */
export function japaneseBareZoneWord(folded: string): boolean {
  return ABBREVIATED_ZONE_WORDS.has(folded);
}

/** A bare type word after a determiner (同, 各, 両) or a rank (国家級): the said zone or a class of them. */
export function japaneseDeterminedTypeWord(text: string, start: number): boolean {
  return /(?:[同各両]|国家級)$/u.test(text.slice(Math.max(0, start - 3), start));
}

/** A text is read by the Japanese rules when it has hiragana. */
export const isJapaneseText = (text: string): boolean => /[\u3041-\u309f]/u.test(text);

/** A reading given inside a name, in kana: inno-base(イノベース) TOKYO → inno-base TOKYO. */
const INNER_READING = /[(（][\u3041-\u309f\u30a0-\u30ff]{2,16}[)）]/u;

/**
 * A name written once with its reading inside (Xbase(エックスベース) OSAKA) is written
 * without it afterwards: those occurrences are the same entity.
 */
export function readingFreeRecurrences(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  const taken = mentions.map((m) => [m.start, m.end] as const);
  for (const m of mentions) {
    const reading = INNER_READING.exec(m.text);
    if (m.source === 'shortForm' || !reading || reading.index === 0 || reading.index + reading[0].length === m.text.length) continue;
    const bare = (m.text.slice(0, reading.index) + m.text.slice(reading.index + reading[0].length)).replace(/ {2,}/g, ' ');
    for (let at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
      const end = at + bare.length;
      // a Latin edge must not continue a word
      if (/[A-Za-z0-9]/.test(text[at - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
      if (taken.some(([s, e]) => s < end && at < e) || out.some((o) => o.start < end && at < o.end)) continue;
      out.push({ start: at, end, text: bare, type: m.type, id: m.id, source: 'pattern' });
    }
  }
  return out;
}

/**
 * Japanese text about a Chinese zone calls it by its name without the type word once the
 * full name is given (X科学城 … Xは, 上海X): the name part alone, two or three kanji that
 * kuromoji reads as a proper noun but not as one place (大連, 西安 are cities, not the zone), followed by no
 * kanji, is the same zone.
 */
export function zoneNameRecurrences(text: string, mentions: readonly EntityMention[], tokensByStart: ReadonlyMap<number, JapaneseToken>): EntityMention[] {
  const out: EntityMention[] = [];
  const taken = mentions.map((m) => [m.start, m.end] as const);
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'zone' || m.source !== 'pattern') continue;
    const head = cjkHead(foldText(m.text));
    if (!head || head.type !== 'zone') continue;
    const name = m.text.slice(0, m.text.length - head.text.length);
    if (!/^[\u3400-\u9fff]{2,3}$/u.test(name) || seen.has(name) || /[市省県区州都国村町]$/u.test(name)) continue;
    const first = tokensByStart.get(m.start);
    if (!first || (first.end >= m.start + name.length && first.posDetail2 === '地域')) continue;
    // a common word before the type word (提携示範区, 復興工業団地) names no zone of its own
    const tokens: JapaneseToken[] = [];
    for (let t: JapaneseToken | undefined = first; t && t.end <= m.start + name.length; t = tokensByStart.get(t.end)) tokens.push(t);
    if (!tokens.some((t) => t.unknown || t.posDetail === '固有名詞')) continue;
    // a name the text itself writes as a city or a province (平湖市 … 平湖経済技術開発区) is the place
    if (new RegExp(`${name}[市県省州]`, 'u').test(text)) continue;
    seen.add(name);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/[\u3400-\u9fff]/u.test(text[end] ?? '')) continue;
      if (taken.some(([s, e]) => s < end && at < e) || out.some((o) => o.start < end && at < o.end)) continue;
      out.push({ start: at, end, text: name, type: 'zone', id: m.id, source: 'shortForm' });
    }
  }
  return out;
}
