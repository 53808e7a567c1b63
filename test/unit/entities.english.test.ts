// English recognition rules (issue 12), on sentences written for these tests: invented
// names, nothing from the development set. Each test asserts what a user would see: the
// entity's text and type found, or not found.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { analyze, loadTokenizer, namesFound } from '../fixtures/entities/analyze';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});
const { found, has, lacks: hasNot } = namesFound(() => tok);

describe('English types from the head word', () => {
  it('a Title Case park is a zone even when its words are generic; a university park stays a project', () => {
    has('Tenants of the Marine Robotics Technology Park and the Delwin University Science Park met.', 'zone Marine Robotics Technology Park', 'project Delwin University Science Park');
  });
  it('a campus is a zone; a centre for training or testing is a lab', () => {
    has('The Orlen Valley Campus hosts the Pellmar Welding Training Center.', 'zone Orlen Valley Campus', 'lab Pellmar Welding Training Center');
  });
  it('schemes, funds, programmes and towers are projects', () => {
    has(
      'Start-ups may apply to the Harbour Seed Scheme for Graduates, the Quill Venture Fund and the Lakeside Readiness program, all run from Ferrow Towers.',
      'project Harbour Seed Scheme for Graduates',
      'project Quill Venture Fund',
      'project Lakeside Readiness program',
      'project Ferrow Towers',
    );
  });
  it('newspapers by their head word', () => {
    has('According to The Dunmore Star and the Westvale Post, work starts soon.', 'organization Dunmore Star', 'organization Westvale Post');
  });
  it('a planned international city is a zone', () => {
    has('Offices moved to Arlo International City last year.', 'zone Arlo International City');
  });
});

describe('English boundaries', () => {
  it('the City of X and the government of X are bodies; a city in a province is not', () => {
    const got = has('The City of Marrow Falls and the government of Tessin signed a deal.', 'organization City of Marrow Falls', 'organization government of Tessin');
    const other = found('Investors came from Vellan City of Norland Province and Carrow.');
    hasNot(other, 'Vellan City of Norland Province', 'Vellan City of Norland Province and Carrow');
    assert.ok(got.length >= 2);
  });
  it('numerals, quantifiers and sector words never start a name', () => {
    const got = found('One FTZ will open in the north, and an ITeS Special Economic Zone was approved for Several Industrial Parks.');
    hasNot(got, 'One FTZ', 'ITeS Special Economic Zone', 'Several Industrial Parks');
  });
  it('a possessive after a head word ends the name', () => {
    const got = has('Students of Dalby Ridge University’s Harlow Campus start in May.', 'organization Dalby Ridge University');
    hasNot(got, 'Dalby Ridge University’s Harlow Campus');
  });
});

describe('English short forms of a name given earlier', () => {
  it('a short name defined in quotes is the same entity wherever it recurs', () => {
    const doc = analyze(tok, 'a.txt', 'Korvane Systems Corporation (hereafter the “Company”) said the Company will build a plant. The Brisk Harbour Science Park (“Science Park”) grew; the Science Park is full.');
    const company = doc.mentions.filter((m) => m.text === 'Company');
    assert.equal(company.length, 2);
    const full = doc.mentions.find((m) => m.text === 'Korvane Systems Corporation')!;
    assert.ok(company.every((m) => m.id === full.id && m.type === 'organization'));
    const park = doc.mentions.filter((m) => m.text === 'Science Park');
    assert.ok(park.length >= 2 && park.every((m) => m.type === 'zone'), JSON.stringify(park));
  });
  it('"the Board" repeats the head of a body named before; with no such body it is nothing', () => {
    const doc = analyze(tok, 'a.txt', 'The Board of Land Approvals met on Monday. The proposal was approved by the Board.');
    const full = doc.mentions.find((m) => m.text === 'Board of Land Approvals')!;
    assert.ok(doc.mentions.some((m) => m.text === 'Board' && m.id === full.id), JSON.stringify(doc.mentions));
    hasNot(found('The proposal was approved by the Board on Monday.'), 'Board');
  });
});

describe('English organisations without a definition', () => {
  it('an abbreviation spelling the initials of a body named before is that body; with none before it is nothing', () => {
    const doc = analyze(tok, 'a.txt', 'The Marlow County Economic Development Authority bought the land. The EDA expects 400 jobs.');
    const full = doc.mentions.find((m) => m.text === 'Marlow County Economic Development Authority')!;
    assert.ok(doc.mentions.some((m) => m.text === 'EDA' && m.id === full.id), JSON.stringify(doc.mentions));
    hasNot(found('The EDA expects 400 jobs.'), 'EDA');
  });
  it('two companies joined by "and" are two, and a possessive before a company is not part of it', () => {
    has('Officials of Corvane Co. and Norway’s Halden Optics Ltd. met.', 'organization Corvane Co.', 'organization Halden Optics Ltd.');
    has('The plant was sold to Brandell Tooling and Export pvt Ltd last year.', 'organization Brandell Tooling and Export pvt Ltd');
  });
  it('a photo credited to an agency by its abbreviation', () => {
    has('The new hall opened on Monday.\nPHOTO: QNA\nVisitors toured it.', 'organization QNA');
  });
  it('"The" inside a sentence marks a newspaper title even when its words are generic', () => {
    has('An official told The Evening Times that talks went well.', 'organization Evening Times');
  });
  it('a Latin short form is the full name\'s last words, not the end of a word', () => {
    const doc = analyze(tok, 'a.txt', 'The Varna KSEZ opened. Each SEZ must report yearly.');
    assert.ok(!doc.mentions.some((m) => m.text === 'SEZ'), JSON.stringify(doc.mentions));
  });
});

describe('English type words as written', () => {
  it('the case after a hyphen varies, and a zone\'s type word may be lower case after its name; a country before it is a kind', () => {
    const got = has(
      'Firms in the Dorran National Hi-tech District and the Keswin high-tech zone grew, and a China free trade zone was mooted.',
      'zone Dorran National Hi-tech District',
      'zone Keswin high-tech zone',
    );
    hasNot(got, 'China free trade zone');
  });
  it('infrastructure and plants are projects; business districts and techno parks are zones', () => {
    has(
      'The Pellam Bridge, the Ostrow Wind Farm and the Tavi Data Centre serve the Marrick Business District and Qelvin Techno Park.',
      'project Pellam Bridge',
      'project Ostrow Wind Farm',
      'project Tavi Data Centre',
      'zone Marrick Business District',
      'zone Qelvin Techno Park',
    );
  });
});

describe('English companies known by what the sentence says of them', () => {
  it('members of a list of companies', () => {
    has('The park drew firms such as Quorra Labs, Vantrell and Dessin Biotech (DBT) last year.', 'organization Quorra Labs', 'organization Vantrell', 'organization Dessin Biotech');
  });
  it('a name right after the word that classes it, and a name the sentence calls a company', () => {
    has('Logistics firm Harrowgate Freight and Tulsa-based Pemberly will move in. Meanwhile, Ostrava Micro, a company making sensors, expands.', 'organization Harrowgate Freight', 'organization Pemberly', 'organization Ostrava Micro');
  });
  it('an acronym that announces or says something is a body, wherever it recurs; a country or a title is not', () => {
    const got = has('Dunmore welcomes QX. QX announced a $175 million plan. Today QX already has 3,500 staff. The US said no and the CEO said yes.', 'organization QX');
    assert.equal(got.filter((g) => g === 'organization QX').length, 3);
    hasNot(got, 'US', 'CEO');
  });
  it('a body with a Title Case complement is a name in generic words; a pension fund is an investor', () => {
    has('The Department of Industrial Estate Planning met the Greater Marrow Pension Fund.', 'organization Department of Industrial Estate Planning', 'organization Greater Marrow Pension Fund');
    hasNot(found('A Management Committee met.'), 'Management Committee');
  });
  it('a possessive ends its owner’s name; an owner in capitals or camel case is a body, a place is not', () => {
    const got = has('Work with KVRI’s Marine Robotics Centre and Dorrin TechWorks’ Alder Park began, like Dunvale’s Harbour Park and the Builder’s Centre.', 'organization KVRI', 'project Marine Robotics Centre', 'zone Harbour Park');
    hasNot(got, 'KVRI’s Marine Robotics Centre', 'Dunvale', 'Dunvale’s Harbour Park');
  });
  it('titles after a company word and sentence openers are not names', () => {
    const got = found('The company President spoke. Companies such as The Best of them were absent.');
    hasNot(got, 'President', 'The Best');
  });
});

describe('English junk kept out', () => {
  it('a title before a surname that is a type word is a person; page buttons and a country in capitals are no abbreviations', () => {
    const got = found('TOP > News > 2024\nLast May, President Park Min-seo visited the site.\nAddress: Kita-ku, Osaka, JAPAN\nLINE\nNEWS\n据报道，QUILLMART.COM上线。');
    hasNot(got, 'President Park', 'TOP', 'JAPAN', 'LINE', 'NEWS', 'COM');
  });
  it('an area is a zone as a part of a named zone, and the zone stays a name of its own', () => {
    const got = has('The office of the Dalmer area of the Rosk Pilot Free Trade Zone opened.', 'zone Dalmer area', 'zone Rosk Pilot Free Trade Zone');
    hasNot(found('Prices in the Dalmer area rose.'), 'Dalmer area');
    assert.ok(got.length >= 2);
  });
});

describe('English names written together or by their district', () => {
  it('inner capitals after an abbreviation, and a run-together newspaper name; page chrome and typos are not names', () => {
    has('Reports by QNAWire and LakesideDaily were echoed by VTElectronics.', 'organization QNAWire', 'organization LakesideDaily', 'organization VTElectronics');
    hasNot(found('AAAPrint\nThe SEZwhich opened in May.'), 'AAAPrint', 'SEZwhich');
  });
  it('a body a chairman heads, a partnership, and a head word with a hyphenated modifier', () => {
    has(
      'A panel headed by Corvell Forge Chairman Arun Mehta met the Tarrant Economic Development Partnership and Selby Grants Committee-funded colleges.',
      'organization Corvell Forge',
      'organization Tarrant Economic Development Partnership',
      'organization Selby Grants Committee',
    );
  });
  it('a one-word district is that word alone later on', () => {
    const doc = analyze(tok, 'a.txt', 'Plants in Varrow District expanded. Output in Varrow rose, and Varrow Harbour Group grew.');
    const full = doc.mentions.find((m) => m.text === 'Varrow District')!;
    const alone = doc.mentions.filter((m) => m.text === 'Varrow');
    assert.equal(alone.length, 1);
    assert.equal(alone[0].id, full.id);
  });
});

describe('English facilities and shared heads', () => {
  it('a zone type word in mixed case after its name; alone it is a phrase', () => {
    has('Firms in Dorran National Hi-tech zone grew.', 'zone Dorran National Hi-tech zone');
    hasNot(found('Each Hi-tech zone reports yearly.'), 'Hi-tech zone');
  });
  it('planned cities by their type word', () => {
    has('Offices in Halvik Electronics City and Morrow Smart City opened.', 'zone Halvik Electronics City', 'zone Morrow Smart City');
  });
  it('a university\'s centre named after it is that facility, and a database is a project', () => {
    has('The University of Brenton Marlow Innovation Center uses the Quill Trade Database.', 'lab University of Brenton Marlow Innovation Center', 'project Quill Trade Database');
  });
  it('names that share one plural type word are each an entity of its type', () => {
    has('Orvik and Hal Brenner institutes sit beside the Kessel and Dunmore Associations.', 'lab Orvik', 'lab Hal Brenner', 'organization Kessel', 'organization Dunmore Associations');
  });
});

describe('English phases', () => {
  it('a phase of a named development is a project', () => {
    has('Work on Tarrow Port Phase II and on Phase 2 of the Velda Cable Project began.', 'project Tarrow Port Phase II', 'project Phase 2 of the Velda Cable Project');
  });
});

describe('English projects: numbers, plants, malls and funds', () => {
  it('a number right after a name word is part of the name; a year or an amount is not', () => {
    const got = has('The plant will be named “Wellmoor No.2 Plant”, and $5.5 billion went to Harbourport 5 Tower.', 'project Wellmoor No.2 Plant', 'project Harbourport 5 Tower');
    hasNot(got, '5 Harbourport 5 Tower');
    hasNot(found('In the 2019 Science Park budget, 5 Science Parks grew.'), '2019 Science Park', '5 Science Parks');
  });
  it('an assembly plant and a shopping mall are projects', () => {
    has('Jobs stay at its Carrow Ridge Township assembly plant and the Brell Assembly plant; Orla Riverside Shopping Mall opens.', 'project Carrow Ridge Township assembly plant', 'project Brell Assembly plant', 'project Orla Riverside Shopping Mall');
  });
  it('a fund of two Title Case words after "the" is a name even in generic words', () => {
    has('The Government will inject $2 billion into the Research & Design Fund this year.', 'project Research & Design Fund');
    hasNot(found('A Development Fund and the Research Fund exist.'), 'Development Fund', 'Research Fund');
  });
  it('a numbered or camel-case project recurs without "project"; a one-word one does not', () => {
    const got = has('Marlo launches its maiden eStation 21 project. The first eStation 21 development opens. The Quay project starts; Quay is a town.', 'project eStation 21 project', 'project eStation 21');
    hasNot(got, 'Quay');
  });
});
