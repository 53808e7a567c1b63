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

  it('finds a name read together with the next one at "and"', () => {
    const e = doc('file:///k/hill.en.txt', 'en', [['Lingshan and Future Science and Technology City', 'zone']]);
    const z = doc('file:///k/hill.zh.txt', 'zh', [['灵山创新园', 'zone']]);
    assert.ok(linked([e, z], [[e.uri, z.uri]])('Lingshan and Future Science and Technology City', '灵山创新园'));
  });

  it('scores common words alone below the bar', () => {
    assert.ok(familyNameScore('Science and Technology Center', '科技中心') < FAMILY_LINK_THRESHOLD);
  });

  it('reads common words of names in English across the three languages (low carbon city, anime, creative), keeping different centres apart', () => {
    const e = doc('file:///m/river.en.txt', 'en', [['Qinghe China-Japan Low Carbon City Innovation Center', 'project'], ['Qinghe Software Industry Center', 'project']]);
    const z = doc('file:///m/river.zh.txt', 'zh', [['清河中日低碳城市创新中心', 'project'], ['清河(日本)动漫创意产业中心', 'project'], ['清河软件产业中心', 'project']]);
    const j = doc('file:///m/river.ja.txt', 'ja', [['清河中日低炭素都市イノベーションセンター', 'lab'], ['清河(日本)アニメ・漫画クリエーティブ産業センター', 'project'], ['清河ソフトウェア産業センター', 'project']]);
    const same = linked([e, z, j], [[e.uri, z.uri, j.uri]]);
    assert.ok(same('Qinghe China-Japan Low Carbon City Innovation Center', '清河中日低碳城市创新中心'));
    assert.ok(same('Qinghe China-Japan Low Carbon City Innovation Center', '清河中日低炭素都市イノベーションセンター'));
    assert.ok(same('清河(日本)动漫创意产业中心', '清河(日本)アニメ・漫画クリエーティブ産業センター'));
    assert.ok(same('Qinghe Software Industry Center', '清河软件产业中心'));
    assert.ok(!same('清河(日本)动漫创意产业中心', '清河软件产业中心'));
    assert.ok(!same('清河(日本)アニメ・漫画クリエーティブ産業センター', '清河ソフトウェア産業センター'));
  });

  it('does not read a place ending in 城 before 市 as a city', () => {
    assert.ok(familyNameScore('Shancheng Municipal Committee', '山城市委員会') >= FAMILY_LINK_THRESHOLD);
  });

  it('links a nation\'s academy named with "Academy of … Sciences" to its Han name across lab and organization', () => {
    const e = doc('file:///n/acad.en.txt', 'en', [['Chinese Academy of Social Sciences', 'lab']]);
    const z = doc('file:///n/acad.zh.txt', 'zh', [['中国社会科学院', 'organization']]);
    assert.ok(linked([e, z], [[e.uri, z.uri]])('Chinese Academy of Social Sciences', '中国社会科学院'));
    assert.ok(!linked([e, z])('Chinese Academy of Social Sciences', '中国社会科学院'));
  });

  it('does not take an acronym of a parent body for the body, nor link two committees of it in different cities', () => {
    const e = doc('file:///p/party.en.txt', 'en', [['XDP', 'organization'], ['Vale Municipal Committee of the XDP', 'organization'], ['Shancheng Municipal Committee of the XDP', 'organization']]);
    const j = doc('file:///p/party.ja.txt', 'ja', [['新民党(XDP)山城市委員会', 'organization'], ['新民党(XDP)谷口市委員会', 'organization']]);
    const same = linked([e, j], [[e.uri, j.uri]]);
    assert.ok(same('Shancheng Municipal Committee of the XDP', '新民党(XDP)山城市委員会'));
    assert.ok(!same('XDP', '新民党(XDP)山城市委員会'));
    assert.ok(!same('XDP', '新民党(XDP)谷口市委員会'));
    assert.ok(!same('Vale Municipal Committee of the XDP', '新民党(XDP)谷口市委員会'));
    // across unrelated releases too: a shared acronym of a parent is no evidence
    const e2 = doc('file:///q/other.en.txt', 'en', [['Vale Municipal Committee of the XDP', 'organization']]);
    const j2 = doc('file:///q/another.ja.txt', 'ja', [['新民党(XDP)谷口市委員会', 'organization']]);
    assert.ok(!linked([e2, j2])('Vale Municipal Committee of the XDP', '新民党(XDP)谷口市委員会'));
  });

  it('reads a bilateral pair in either order (中日, 日中, Sino-Japanese, Japan-China) as one', () => {
    const e = doc('file:///r/pair.en.txt', 'en', [['Sino-Japanese Qinghe Friendship Industrial Park', 'zone']]);
    const z = doc('file:///r/pair.zh.txt', 'zh', [['中日清河友好产业园', 'zone']]);
    const j = doc('file:///r/pair.ja.txt', 'ja', [['日中清河友好産業パーク', 'zone']]);
    const same = linked([e, z, j], [[e.uri, z.uri, j.uri]]);
    assert.ok(same('Sino-Japanese Qinghe Friendship Industrial Park', '中日清河友好产业园'));
    assert.ok(same('中日清河友好产业园', '日中清河友好産業パーク'));
  });
});
