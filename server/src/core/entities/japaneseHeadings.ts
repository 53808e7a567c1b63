import type { Paragraph } from '../types';
import type { Candidate } from './candidate';
import { foldText } from './fold';
import { cjkHead } from './reading';

// Japanese news roundups (new plants of the week, company news in brief) head each item
// with a bullet and the company it is about: ▼X, ▶︎X, ■X、headline. The name on such a line,
// up to its end or its first comma, is an organisation. Only in a document with kana, and
// only where two bullet lines or more read as names (one bullet is more often a section title).

const BULLET = /^[ \t\u3000]*[▼▶►▷■◆◇●◎][\ufe0e\ufe0f]?[ \u3000]*/u;
/** A company name: kanji, katakana, Latin, digits and the marks names use; single spaces only between words. */
const NAME = /^[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9・ー&＆.\-]+(?: [\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9・ー&＆.\-]+)*/u;
/** What ends the name: the line's end, or a comma before the headline. */
const AFTER_NAME = /^(?:[ \u3000]*$|[、,，])/u;
/** Section titles written like names: 概要, 開催日時, 会社概要, お問い合わせ先 … and places (関東地区, 山口県). */
const TITLE_WORDS =
  /(?:概要|内容|日時|日程|場所|会場|参考|背景|目的|詳細|予定|実績|特徴|写真|資料|備考|連絡先|問合せ先|問い合わせ先|一覧|事例|ポイント|プロフィール|メモ|まとめ|結果|動向|情報|ニュース|トピックス|国内|海外|地区|地域|[都道府県市区町村])$/u;

export function japaneseHeadingCandidates(text: string, paragraphs: Paragraph[]): Candidate[] {
  if (!/[\u3040-\u309f]/u.test(text)) return [];
  const out: Candidate[] = [];
  for (const p of paragraphs) {
    const line = text.slice(p.start, p.end);
    const bullet = BULLET.exec(line);
    if (!bullet) continue;
    const name = NAME.exec(line.slice(bullet[0].length))?.[0];
    if (!name || name.length < 2 || name.length > 30) continue;
    const at = bullet[0].length + name.length;
    if (!AFTER_NAME.test(line.slice(at)) || TITLE_WORDS.test(name) || /^[0-9.\-]+$/u.test(name)) continue;
    // a name with a zone, lab or project word of its own (…センター, …工業団地) is read by the type-word recognisers
    if ((cjkHead(foldText(name))?.type ?? 'organization') !== 'organization') continue;
    const start = p.start + bullet[0].length;
    out.push({ start, end: start + name.length, type: 'organization', source: 'pattern', generic: false, hasName: true, seat: true });
  }
  return out.length >= 2 ? out : [];
}
