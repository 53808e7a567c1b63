// Codes in capitals that are no bodies (issue 12): currency codes, country codes and technical
// abbreviations are not organisations, in English, Chinese and Japanese text, unless the text
// makes them one. Invented names, our own sentences.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { loadTokenizer, namesFound } from '../fixtures/entities/analyze';
import { COUNTRY_CODES, CURRENCY_CODES, STATE_SHORT_FORMS, TECHNICAL_ACRONYMS, definedTerms, isBodyVerbAfter, isCodeWord } from '../../server/src/core/entities/codeTables';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});
const { found, has } = namesFound(() => tok);
const organisations = (text: string) => found(text).filter((n) => n.startsWith('organization '));

describe('code tables', () => {
  it('hold the published codes and general abbreviations', () => {
    for (const c of ['VND', 'INR', 'USD', 'EUR', 'THB']) assert.ok(CURRENCY_CODES.has(c), c);
    for (const c of ['VNM', 'KOR', 'JP', 'DEU']) assert.ok(COUNTRY_CODES.has(c), c);
    for (const c of ['ROK', 'PRC', 'UAE']) assert.ok(STATE_SHORT_FORMS.has(c) && isCodeWord(c), c);
    for (const c of ['UUID', 'ICP', 'LPG', 'CAD', 'MES', 'PLM', 'SPC', 'GDP', 'R&D']) assert.ok(TECHNICAL_ACRONYMS.has(c), c);
    assert.ok(isCodeWord('SaaS') && isCodeWord('EVs'));
  });
  it('hold no bodies', () => {
    for (const c of ['WTO', 'ASEAN', 'NASA', 'KOTRA', 'ISO', 'NHS']) assert.ok(!isCodeWord(c), c);
  });
  it('a verb a body does after a word makes it a subject', () => {
    assert.ok(isBodyVerbAfter('ITA said on Monday', 0, 3));
    assert.ok(isBodyVerbAfter('ITA has signed a deal', 0, 3));
    assert.ok(!isBodyVerbAfter('ITA 2025 figures', 0, 3));
    assert.ok(!isBodyVerbAfter('ROK agreed to it', 0, 3)); // a state stays a state
  });
});

describe('codes in capitals are no organisations', () => {
  it('a currency code before an amount', () => {
    assert.deepEqual(organisations('The plant cost VND 12,000 billion, or about 470 million USD.'), []);
    assert.deepEqual(organisations('Investment reached INR 3,400 crore in the year.'), []);
  });
  it('a country code as a modifier', () => {
    assert.deepEqual(organisations('The first ROK-style smart factory park will open next year, officials of the PRC and ROK agreed.'), []);
  });
  it('technical abbreviations, also inside Chinese and Japanese text', () => {
    assert.deepEqual(organisations('Each record carries a UUID and an ICP licence number; the tanks hold LPG.'), []);
    assert.deepEqual(organisations('该企业将通过CAD/CAM +PLM+MES +SPC数据化系统推动智能化生产。'), []);
    assert.deepEqual(organisations('同社はMES とPLM を導入した。'), []);
  });
  it('an abbreviation that is no code stays an organisation', () => {
    has('Officials of the DVTC visited the site on Monday.', 'organization DVTC');
  });
  it('a code defined as a body, or the subject of what a body does, is one', () => {
    has('The Island Trade Agency (ITA) opened an office. ITA will also host a fair.', 'organization ITA');
    has('Officials said ITA signed the agreement on Monday.', 'organization ITA');
  });
});

describe('the abbreviation of a kind of zone', () => {
  it('alone names no zone', () => {
    assert.deepEqual(found('Officials expect one more FTZ next year. The FTZ is expected to draw investors, as SEZs have.'), []);
  });
  it('is the short form of the zone the document names', () => {
    has(
      'The Norland (Vell) Pilot Free Trade Zone opened on Monday. Firms registered in the FTZ’s Vell area, and the FTZ will widen its scope.',
      'zone Norland (Vell) Pilot Free Trade Zone',
      'zone FTZ',
    );
    const defined = found('Delegates visited the Harlow Special Economic Zone (SEZ) in May. The SEZ has 40 firms.');
    assert.equal(defined.filter((n) => n === 'zone SEZ').length, 2);
  });
});

describe('abbreviations a text defines as terms', () => {
  it('a phrase that spells it and ends in a lower-case word or a term head', () => {
    assert.deepEqual([...definedTerms('Under the Spread of growth (SPOG) policy and the Port Activity Index (PAI), trade rose.')].sort(), ['PAI', 'SPOG']);
  });
  it('not a body, a company, or a phrase that does not spell it', () => {
    assert.deepEqual([...definedTerms('The Harbour Development Board (HDB), Kelvar Technology (KT) and the new index (XQ) met.')], []);
  });
  it('such an abbreviation names no organisation anywhere in the text', () => {
    assert.deepEqual(organisations('Under the Spread of growth (SPOG) policy, 40 firms moved. SPOG aims at smaller towns.'), []);
    has('The Harbour Development Board (HDB) approved it. HDB will also fund roads.', 'organization HDB');
  });
});

describe('page furniture and places named to compare', () => {
  it('a breadcrumb item and a field label are no names', () => {
    const names = found('Home>Latest News>Updates\nMarlow New Area signs 12 projects\nPublishDate:2025-03-01 Source: Marlow New Area');
    assert.ok(!names.some((n) => / Latest News$| PublishDate$/.test(n)), names.join(', '));
    assert.ok(names.includes('zone Marlow New Area'));
  });
  it('a famous zone named to compare is not the zone of the release', () => {
    assert.deepEqual(found('They hope to make the town a Korean version of Quartz Valley.'), []);
    assert.deepEqual(found('Officials called it "the potential Quartz Valley of South Korea".'), []);
    assert.deepEqual(found('The district is known as Taiwan’s Quartz Valley.'), []);
    has('Firms moved to Quartz Valley last year.', 'zone Quartz Valley');
  });
});

describe('a zone after "a" or "an" that ends its phrase', () => {
  it('is a kind, not a name', () => {
    assert.deepEqual(found('The mayor stressed the building of a Green and Open Industrial Park when visiting.'), []);
    assert.deepEqual(found('What works in a New Economy industrial park?'), []);
  });
  it('a name after "the", or a zone that modifies a noun after "a", stays a name', () => {
    has('The mayor visited the Green and Open Industrial Park when in town.', 'zone Green and Open Industrial Park');
    has('He joined a Dalby Science Park company in May.', 'zone Dalby Science Park');
  });
});

describe('a field abbreviation with "&"', () => {
  it('names no project alone, and is a word inside a name', () => {
    assert.deepEqual(found('The R&D project was signed in Vell on Monday.'), []);
    has('The Marlow R&D Center opened on Monday.', 'lab Marlow R&D Center');
  });
});

describe('a network named in common words only', () => {
  it('is a kind of network, not a broadcaster', () => {
    assert.deepEqual(found('Members of the Green Data Centre Network met in May.'), []);
    has('Members of the Green Data Centre Network met in May, and Asia News Network said so.', 'organization Asia News Network');
  });
});
