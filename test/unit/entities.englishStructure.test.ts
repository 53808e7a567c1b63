// English names recognised by their structure (issue 12): Title Case runs ending in a type
// word, read the way English grammar marks a proper name. Invented names, our own sentences.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { loadTokenizer, namesFound } from '../fixtures/entities/analyze';

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});
const { found, has, lacks } = namesFound(() => tok);

describe('English zones named in generic words', () => {
  it('a Title Case zone without an article is a name, even in generic words', () => {
    has('Rents at Innovation Park rose this year, its operator said.', 'zone Innovation Park');
    has("Qingshan's Future Sci-Tech City has drawn 2,000 engineers.", 'zone Future Sci-Tech City');
    has('The Eastern Science City will open a second phase.', 'zone Eastern Science City');
  });
  it('not a kind in the plural, a modifier of another name, a headline, or a type word after "the"', () => {
    lacks(found('Innovation Parks are spreading across the region.'), 'Innovation Parks', 'Innovation Park');
    lacks(found('He heads the Department of Economic Zone Management.'), 'Economic Zone');
    lacks(found('He spoke about Free Trade Zone policies and Science Park projects.'), 'Free Trade Zone', 'Science Park');
    lacks(found('Science Park Round Up For The Week'), 'Science Park');
    lacks(found('Firms in the Science Park grew fast.'), 'Science Park');
  });
  it('an ordinal numbers a site of the same name', () => {
    has('Work on the 3rd Dalmun Techno Valley starts next year.', 'zone 3rd Dalmun Techno Valley');
  });
  it('corridors, industrial complexes and state key laboratories', () => {
    has(
      'The Ruyang-Linxi Science and Technology Innovation Corridor links the Hwadong National Industrial Complex with the State Key Laboratory of Marine Sensors.',
      'zone Ruyang-Linxi Science and Technology Innovation Corridor',
      'zone Hwadong National Industrial Complex',
      'lab State Key Laboratory of Marine Sensors',
    );
  });
  it('a named initiative is a project', () => {
    has('The Silver Coast Initiative funds ten ports.', 'project Silver Coast Initiative');
  });
});

describe('English names with lower-case type words', () => {
  it('longer zone type words in lower case after a name', () => {
    has(
      'Firms in the Linbei national high-tech zone, the Dacheng economic-technological development area and the Haesong international business district expanded.',
      'zone Linbei national high-tech zone',
      'zone Dacheng economic-technological development area',
      'zone Haesong international business district',
    );
  });
  it('a project named before what it is and "project"; power stations', () => {
    has('The Wenkou refinery expansion project and the Lushi hydropower station were completed.', 'project Wenkou refinery expansion project', 'project Lushi hydropower station');
  });
  it('a generic qualifier or a verb before "project" does not make a name', () => {
    const got = found('The Wenkou government project was delayed; Lushi signed project deals.');
    lacks(got, 'Wenkou government project', 'government project', 'Lushi signed project');
  });
});

describe('English companies named by what they make', () => {
  it('a company word after a proper word ends a company name', () => {
    has('Dorrel Technology and Vansk Motors will supply Kelbrook Steel.', 'organization Dorrel Technology', 'organization Vansk Motors', 'organization Kelbrook Steel');
  });
  it('not after generic words, "and" or "of"', () => {
    const got = found('Information Technology and Quantum Technology grew; the Ministry of Science and Technology agreed.');
    lacks(got, 'Information Technology', 'Quantum Technology');
    assert.ok(got.includes('organization Ministry of Science and Technology') && !got.includes('organization Science and Technology'), got.join(' | '));
    lacks(found('Her talk on Biomedical Technology, Advanced Manufacturing Technology and the Linhai Venture Capital fund drew crowds.'), 'Biomedical Technology', 'Advanced Manufacturing Technology', 'Linhai Venture Capital');
  });
});

describe('English public bodies in Title Case after "the"', () => {
  it('a body of two Title Case words or more after "the" is named, even in generic words', () => {
    has('The project was approved by the Investment Development Board and the Provincial Development and Reform Commission.', 'organization Investment Development Board', 'organization Provincial Development and Reform Commission');
  });
  it('not in lower case', () => {
    lacks(found('Members of the economic development board met.'), 'economic development board');
  });
});

describe('English ministries of several fields', () => {
  it('a ministry of a list of fields in commas is one name', () => {
    has(
      'The Ministry of Ports, Shipping and Transport and the Ministry of Culture, Sports and Tourism (MCST) agreed.',
      'organization Ministry of Ports, Shipping and Transport',
      'organization Ministry of Culture, Sports and Tourism',
    );
  });
  it('a list of companies after a ministry is not part of it', () => {
    const got = has('Officials of the Ministry of Commerce, Orvex and Delano Motors met.', 'organization Ministry of Commerce');
    lacks(got, 'Ministry of Commerce, Orvex and Delano Motors');
  });
});

describe('English headlines in Title Case', () => {
  it('a name does not run across a headline verb', () => {
    const got = has('Harlow Science City Welcomes New Research Institute', 'zone Harlow Science City');
    lacks(got, 'Harlow Science City Welcomes New Research Institute', 'City Welcomes New Research Institute');
    lacks(found('Dunmere Opens New Free Trade Zone In North'), 'Dunmere Opens New Free Trade Zone');
  });
});

describe('more zone type words of Chinese English', () => {
  it('bonded port areas, airport economy zones, new cities and university towns', () => {
    has(
      'The Linhai Bonded Port Area, the Yanbei Airport Economy Zone, the Dongfu New City and the Nanqiao University Town signed the pact.',
      'zone Linhai Bonded Port Area',
      'zone Yanbei Airport Economy Zone',
      'zone Dongfu New City',
      'zone Nanqiao University Town',
    );
  });
  it("a company's lower-case plant is not a name", () => {
    lacks(found("The Yanbei New Area houses Korvel's plant."), "Korvel's plant");
  });
});

describe('English datelines and areas of a zone', () => {
  it("a dateline's city in capitals is no abbreviation of a body", () => {
    lacks(found('TOKYO, Oct. 3 -- Kisaragi will build a plant.\nSEOUL -- The Ministry said so.'), 'TOKYO', 'SEOUL');
  });
  it('a Title Case area of a named zone is a zone', () => {
    has('The Fangcheng Area of the China (Minhai) Pilot Free Trade Zone grew.', 'zone Fangcheng Area', 'zone China (Minhai) Pilot Free Trade Zone');
  });
});

describe('English districts', () => {
  it('a lower-case district after a pinyin name is a zone; after another place it is an administrative district', () => {
    const got = has('Plants in Luohe district and Yuhang district, and farms in Kottayam district and Thanh Nhu district.', 'zone Luohe district', 'zone Yuhang district');
    lacks(got, 'Kottayam district', 'Thanh Nhu district');
  });
});

describe('English organisations by their company', () => {
  it('the unrecognised items of a list of organisations are organisations', () => {
    has('Arden Group, Norvale University, Pellow Systems and Kestrel took part.', 'organization Kestrel', 'organization Arden Group');
  });
  it('not in a list of places, nor when a recognised item is of another kind', () => {
    const got = found('Delegates came from Dunmore, Ashby, Kelso and Pellow.');
    lacks(got, 'Dunmore', 'Ashby', 'Kelso', 'Pellow');
    lacks(found('Arden Group, the Linhai Science Park, Pellow Systems and Kestrel signed.'), 'Kestrel');
  });
  it('a name after the noun that classes it (estate agent X) and no scale word opening a name', () => {
    has('The sale was handled by estate agent Harrowgate.', 'organization Harrowgate');
    has('The Norland External Trade Organization (NETRO) opened an office.', 'organization Norland External Trade Organization', 'organization NETRO');
    lacks(found('Pellow Group Launches A £15 Billion Green Data Centre Network'), 'Billion Green Data Centre Network');
  });
});

describe('English facilities with numbers', () => {
  it('a small number after a type word numbers the facility; a count does not', () => {
    has('Work on the Dalmun Metro Line 6 and the Harwick Airport Terminal 3 started.', 'project Dalmun Metro Line 6', 'project Harwick Airport Terminal 3');
    has('The Orlen Hi-Tech Zone 12 projects were signed.', 'zone Orlen Hi-Tech Zone');
  });
  it('a technology written with a digit opens a name; gigafactories are projects', () => {
    has('The 5G Smart Port Demonstration Project and the Varel Linhai Gigafactory.', 'project 5G Smart Port Demonstration Project', 'project Varel Linhai Gigafactory');
  });
});

describe('English zones sharing one plural type word', () => {
  it('each name before a shared plural designation is a zone', () => {
    has('Firms in the Linhai and Dongfu new areas and the Yanbei, Qiaoxi and Fujian pilot free trade zones grew.', 'zone Linhai', 'zone Dongfu', 'zone Yanbei', 'zone Qiaoxi', 'zone Fujian');
  });
  it('not nationalities, and not parks, which a city has many of', () => {
    lacks(found('The Chinese and Korean high-tech zones, and Linhai and Dongfu industrial parks.'), 'Chinese', 'Korean', 'Linhai', 'Dongfu');
  });
});

describe('English zone names of many words', () => {
  it('any Title Case zone after a proper word; Key inside a name', () => {
    has(
      'The Yanbei Comprehensive Experimental Zone, the Ruili Key Development and Opening-up Experimental Zone, the Lianhe Free Trade Area and the Dongfu Comprehensive Bonded Area signed.',
      'zone Yanbei Comprehensive Experimental Zone',
      'zone Ruili Key Development and Opening-up Experimental Zone',
      'zone Lianhe Free Trade Area',
      'zone Dongfu Comprehensive Bonded Area',
    );
  });
  it('Key still opens no name', () => {
    lacks(found('Key Development Zone projects were signed.'), 'Key Development Zone');
  });
});

describe('English phrases that look like names', () => {
  it('one common word before Zone, and a span of years before Initiative, make no name', () => {
    lacks(found('The Green Zone approach and the Time Zone difference; in the Comfort Zone of investors.'), 'Green Zone', 'Time Zone', 'Comfort Zone');
    lacks(found('He said the Three-Year Initiative would start.'), 'Three-Year Initiative', 'Initiative');
  });
});

describe('English companies joined by "and"', () => {
  it('a legal form before "and" ends the first company when the second has none', () => {
    has('Orvel Industries Limited and Fenwick Consulting signed.', 'organization Orvel Industries Limited');
    has('Kuroha Co. and Norland’s Vesper Optics Ltd. signed a supply deal.', 'organization Kuroha Co.', 'organization Vesper Optics Ltd.');
  });
});

describe('English planned cities and parts of parks', () => {
  it('an abbreviation before City names a planned city; a sub-park after its name is a zone', () => {
    has('The Kestrel International Finance Tec-City, or KIFT City, and the Qianshan sub-park in the Anlin Hi-tech Zone grew.', 'zone KIFT City', 'zone Qianshan sub-park', 'zone Kestrel International Finance Tec-City');
    lacks(found('He moved to NYC City Hall.'), 'NYC City');
  });
});

describe('English names joined by "and"', () => {
  it('a lone place after "in" and before "and" is not part of the zone after it', () => {
    const got = has('Plants in Dalby and Marwick World City grew.', 'zone Marwick World City');
    lacks(got, 'Dalby and Marwick World City');
  });
  it('a joint body keeps both places', () => {
    has('The Hallam and Warrow Local Enterprise Partnership met.', 'organization Hallam and Warrow Local Enterprise Partnership');
  });
});

describe('English company words inside longer names', () => {
  it('no company inside a company with a legal form, nor before a capitalised word', () => {
    const got = has('Delvo Energy Technology Co., Ltd. and the Center for Marine Technology Commercialization signed.', 'organization Delvo Energy Technology Co., Ltd.');
    lacks(got, 'Delvo Energy Technology', 'Marine Technology');
  });
  it('a company before "and" ends there, and the company word alone is no short form of it', () => {
    const got = has('Orlan Technology and Kelso Welding Training Center moved next to the Design and Innovation Park (DIP).', 'organization Orlan Technology', 'lab Kelso Welding Training Center', 'zone Design and Innovation Park');
    assert.ok(!got.includes('organization Technology'), got.join(' | '));
  });
});

describe('English zones of zones', () => {
  it('a zone "of" another zone is two names', () => {
    has('The Lianhe Special Area of the Dongfu FTZ and the Nanwan FTP drew investors.', 'zone Lianhe Special Area', 'zone Dongfu FTZ', 'zone Nanwan FTP');
  });
  it('a body "of" a zone keeps it', () => {
    has('The Administrative Committee of Lianhe Hi-Tech Zone met.', 'organization Administrative Committee of Lianhe Hi-Tech Zone');
  });
});

describe('English bodies of any company', () => {
  it('a board of its own members is no name; a board of a field is', () => {
    const got = has('The Board of Directors approved it, and the Board of Land Approvals agreed.', 'organization Board of Land Approvals');
    lacks(got, 'Board of Directors');
  });
});

describe('English names with an "on" complement', () => {
  it('an initiative, committee or panel on its subject', () => {
    has(
      'The China-Norland (Lianhe) Demonstration Initiative on Strategic Connectivity and the Assembly Panel on Housing and Transport met.',
      'project China-Norland (Lianhe) Demonstration Initiative on Strategic Connectivity',
      'organization Assembly Panel on Housing and Transport',
    );
  });
});

describe('English special zones of India, Japan and Korea', () => {
  it('investment regions, industrial townships and special zones', () => {
    has(
      'The Dhanora Special Investment Region, the Kelvad Industrial Township and the Fukari Strategic Special Zone grew.',
      'zone Dhanora Special Investment Region',
      'zone Kelvad Industrial Township',
      'zone Fukari Strategic Special Zone',
    );
  });
});

describe('English bodies "for" their remit', () => {
  it('a department for a remit, with an "of" inside it', () => {
    has('The Department for Promotion of Industry and Internal Trade (DPIT) agreed.', 'organization Department for Promotion of Industry and Internal Trade');
  });
});
