// Entity links inside a release family (issue 11): a version pair is known to be one
// release, so an entity named in each language is linked by its words when the match
// is mutual. Our own names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { familyNameScore, FAMILY_LINK_THRESHOLD, linkEntities, type LinkDocument } from '../../server/src/core/entities/link';
import type { EntityMention, EntityType } from '../../server/src/core/types';

let n = 0;
const mention = (text: string, type: EntityType): EntityMention => ({ text, type, id: `${type}:local-${n++}`, source: 'pattern', start: n * 100, end: n * 100 + text.length });
const doc = (uri: string, language: 'en' | 'ja' | 'zh', names: [string, EntityType][]): LinkDocument => ({ uri, language, mentions: names.map(([t, ty]) => mention(t, ty)) });

function linked(docs: LinkDocument[], families?: string[][]): (a: string, b: string) => boolean {
  const r = linkEntities(docs, { families });
  const idOf = new Map<string, string>();
  for (const d of docs) d.mentions.forEach((m, i) => idOf.set(m.text, r.mentionIds.get(d.uri)![i]));
  return (a, b) => idOf.get(a) === idOf.get(b);
}

describe('entity links inside a release family', () => {
  const en = doc('file:///f/lakeside.en.txt', 'en', [['Hujing District CPC Committee', 'organization'], ['Advanced Materials Centre', 'project'], ['Hujing Municipal Party Committee', 'organization']]);
  const zh = doc('file:///f/lakeside.zh.txt', 'zh', [['中国共产党湖景区委员会', 'organization'], ['先进材料中心', 'project'], ['湖景市青山区委', 'organization']]);

  it('links a committee named with an acronym and a place in pinyin, and a centre by its words, only in a family', () => {
    const inFamily = linked([en, zh], [[en.uri, zh.uri]]);
    assert.ok(inFamily('Hujing District CPC Committee', '中国共产党湖景区委员会'));
    assert.ok(inFamily('Advanced Materials Centre', '先进材料中心'));
    const apart = linked([en, zh]);
    assert.ok(!apart('Hujing District CPC Committee', '中国共产党湖景区委员会'));
  });

  it('does not link a body to a narrower one that adds a place after the shared words', () => {
    const inFamily = linked([en, zh], [[en.uri, zh.uri]]);
    assert.ok(!inFamily('Hujing Municipal Party Committee', '湖景市青山区委'));
    assert.equal(familyNameScore('Hujing Municipal Party Committee', '湖景市青山区委'), 0);
  });

  it('links a project centre to a lab\'s research centre of the same words across the two types, not other types', () => {
    const ja = doc('file:///g/lake.ja.txt', 'ja', [['湖景重工中日デジタル科学技術研究センター', 'lab']]);
    const cn = doc('file:///g/lake.zh.txt', 'zh', [['湖景重工中日数字科技创新中心', 'project']]);
    assert.ok(linked([ja, cn], [[ja.uri, cn.uri]])('湖景重工中日デジタル科学技術研究センター', '湖景重工中日数字科技创新中心'));
    const org = doc('file:///h/lake.zh.txt', 'zh', [['湖景重工中日数字科技创新中心', 'organization']]);
    const ja2 = doc('file:///h/lake.ja.txt', 'ja', [['湖景重工中日デジタル科学技術研究センター', 'lab']]);
    assert.ok(!linked([ja2, org], [[ja2.uri, org.uri]])('湖景重工中日デジタル科学技術研究センター', '湖景重工中日数字科技创新中心'));
  });

  it('scores common words alone below the bar', () => {
    assert.ok(familyNameScore('Science and Technology Center', '科技中心') < FAMILY_LINK_THRESHOLD);
  });
});
