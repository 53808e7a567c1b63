// entity-missing: an entity every other version names, absent from this one (information).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEntityMissing } from '../../server/src/core/checks/entityNames';
import type { DocumentAnalysis, EntityMention, Language } from '../../server/src/core/types';

function mention(text: string, start: number, id: string, type: EntityMention['type']): EntityMention {
  return { start, end: start + text.length, text, type, id, source: 'pattern' };
}

function version(uri: string, language: Language, text: string, mentions: EntityMention[]): { doc: DocumentAnalysis; text: string } {
  return { doc: { uri, contentHash: uri, language, figures: [], mentions, notices: [] }, text };
}

function check(...versions: { doc: DocumentAnalysis; text: string }[]) {
  return checkEntityMissing(versions.map((v) => v.doc), new Map(versions.map((v) => [v.doc.uri, v.text])));
}

const EN = "The People's Government of Riverside District opened Quay Lab.";
const enMentions = (lab = true) => [
  mention("People's Government of Riverside District", 4, 'organization:gov', 'organization'),
  mention('Riverside District', 27, 'zone:riverside', 'zone'),
  ...(lab ? [mention('Quay Lab', 53, 'lab:quay', 'lab')] : []),
];

describe('entity-missing', () => {
  it('reports an entity the two other versions name and this one does not', () => {
    const found = check(
      version('file:///r.en.txt', 'en', EN, enMentions()),
      version('file:///r.ja.txt', 'ja', EN, enMentions()),
      version('file:///r.zh.txt', 'zh', '河畔区人民政府开设了码头。', [mention('河畔区人民政府', 0, 'organization:gov', 'organization')]),
    );
    assert.deepEqual(found.map((d) => `${d.uri} ${d.code} ${d.message}`), [
      'file:///r.zh.txt entity-missing Entity missing: Quay Lab is named in r.en.txt, r.ja.txt but not in this version.',
    ]);
  });

  it('does not report an entity the others name only inside a longer name (a district inside its government)', () => {
    const found = check(
      version('file:///r.en.txt', 'en', EN, enMentions(false)),
      version('file:///r.ja.txt', 'ja', EN, enMentions(false)),
      version('file:///r.zh.txt', 'zh', '河畔区人民政府开设了实验室。', [mention('河畔区人民政府', 0, 'organization:gov', 'organization')]),
    );
    assert.deepEqual(found, []);
  });

  it('does not report it where this version has a type word of its kind that recognition left unnamed (实验室 alone, 新設の…実験室)', () => {
    for (const text of ['河畔区人民政府开设了实验室。', '河畔区人民政府开设了海洋材料实验室。']) {
      const found = check(
        version('file:///r.en.txt', 'en', EN, enMentions()),
        version('file:///r.ja.txt', 'ja', EN, enMentions()),
        version('file:///r.zh.txt', 'zh', text, [mention('河畔区人民政府', 0, 'organization:gov', 'organization')]),
      );
      assert.deepEqual(found, [], text);
    }
  });
});
