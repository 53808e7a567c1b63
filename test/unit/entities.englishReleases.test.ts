// Ten short English releases written for this test (invented names; the styles of a Xinhua
// dispatch, a China Daily report, a CGTN item, a zone's own announcement, and news from
// Singapore, Korea, India and Japan). Each pins every entity found, so that a rule which
// adds junk or loses a name fails here.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { JapaneseTokenizer } from '../../server/src/core/text/japaneseTokenizer';
import { analyze, loadTokenizer } from '../fixtures/entities/analyze';

const DIR = path.join(__dirname, '..', 'fixtures', 'entities', 'en-releases');

let tok: JapaneseTokenizer;
before(async () => {
  tok = await loadTokenizer();
});

const EXPECTED: Record<string, string[]> = {
  // a list after a plural class noun (projects include A, the B, C and D), agencies named by remit and country, a lower-case megasite or wind farm after a proper word
  'city-projects-list.txt': [
    'project Longreach Solar Farm',
    'project Arlen River Greenway',
    'project Ferro Bay Logistics Hub',
    'project Tansy Smart Grid',
    'project Velda Ridge wind farm',
    'organization Kestrel Motors',
    'zone Marden Point megasite',
    'organization Export Thailand',
    'organization Innovate Malaysia',
  ],
  // a list the sentence calls projects holds projects, whatever their head word (a park, a corridor); a quoted title opens an item; a list of parks stays parks
  'project-lists.txt': [
    'project Marrow Hill Cultural Park',
    'project Tenby Logistics Park',
    'project “Silver Gate” Heritage Park',
    'project Corran Wind Power',
    'project Delby River Greenway',
    'project Delby Smart Grid',
    'zone Tenby Science Park',
  ],
  // company words that end a company's name after a proper word (never a lower-case field); a list after 'partners such as'
  'company-words.txt': [
    'organization Harlan Materials',
    'organization Dovetail Properties',
    'organization Corbel Energy',
    'organization Sefton Construction',
    'organization Quell Robotics',
    'organization Averon',
  ],
  // a company's first word alone is that company (never a place's word, a public body's place, a word also written in lower case)
  'company-short-forms.txt': [
    'organization Kestrel Robotics Group',
    'zone Hollin Industrial Park',
    'organization Kestrel',
    'organization Tarrow Industrial Development Corp',
    'organization Changsha Motors Co',
    'organization Ocean Foods',
    'organization Harlan Properties',
  ],
  // Malaysian and British legal forms (Bhd, Sdn Bhd, Plc), a syllable acronym (HATEC for Harwood Technopolis), a list item carrying its acronym, a company without its legal form, a legal form before "and" ending a first company
  'asean-estates.txt': [
    'zone Harwood Technopolis',
    'zone HATEC',
    'zone Selang',
    'zone Pasir Merah',
    'organization Teluk Land Plc',
    'organization Arden Ltd',
    'organization Harlow Group',
    'organization Teluk Land',
    'organization Marang Power International Bhd',
    'organization Kenyir Sdn Bhd',
  ],
  // SIR after a name (India's special investment regions), an Industry Complex, a stock exchange before "-listed" (never one plain word: its city), a "-based" place before a lower-case project, a closing agency credit, a newspaper with its article after "told", a Konsortium
  'credits-exchanges.txt': [
    'zone Marwar SIR',
    'organization Corran Infra',
    'organization Varun Exchange',
    'organization KSE',
    'zone Korvan National Industry Complex',
    'organization The Courier',
    'organization Sungai Water Konsortium',
    'organization Bernama',
  ],
  // a complex named for a trade or for leisure is a zone, a sports complex one building (a project); an Innopolis is a zone
  'korea-complexes.txt': [
    'zone Seomun Logistics Complex',
    'zone Hanbit Biotech Complex',
    'zone Daeri Leisure Complex',
    'project Seomun Sports Complex',
    'zone Hanbit Innopolis',
  ],
  'cgtn-ftz.txt': [
    'zone China (Minhai) Pilot Free Trade Zone',
    'organization Ministry of Commerce',
    'zone Fangcheng Area',
    'zone Xiwan Comprehensive Bonded Zone',
    'zone Fangcheng Airport Economy Zone',
    'zone Future Sci-Tech City',
  ],
  // a mixed-case acronym (capitals for its words' initials) is its lab's; a training centre is a lab, an innovation or call centre a facility; an academy that ends its name is a school, an academy of a science a lab
  'centres-acronyms.txt': [
    'lab Corvel Institute of Marine Technology',
    'lab CIMTech',
    'project Harlow Innovation Centre',
    'lab Dunmore Training Centre',
    'project Harlow Call Centre',
    'organization Hollin Training Academy',
    'lab Corvel Academy of Marine Sciences',
  ],
  'chinadaily-corridor.txt': [
    'zone Heyuan-Tanzhou Science and Technology Innovation Corridor',
    'lab State Key Laboratory of Coastal Materials',
    'organization Tanzhou University',
    'lab Heyuan Institute of Advanced Manufacturing',
    'organization Qingwan Motors',
    'organization Deyang Semiconductor',
    'project Corridor Talent Initiative',
    'zone Heyuan national high-tech zone',
    'organization Heyuan Municipal Bureau of Science and Technology',
  ],
  'india-sez.txt': [
    'organization Telvana State Industrial Infrastructure Corporation',
    'organization TSIIC',
    'zone Korpalli industrial park',
    'organization Vistar Pharmaceuticals',
    'zone Korpalli Pharma City special economic zone',
    'zone Korpalli Pharma City',
    'organization Telvana government',
  ],
  'japan-plant.txt': [
    'organization Kisaragi Precision Co., Ltd.',
    'zone Minamiyama Industrial Park',
    'project Minamiyama plant',
    'organization Ministry of Economy, Energy and Industry',
    'lab Kisaragi Advanced Materials Laboratory',
  ],
  'korea-techno-valley.txt': [
    'zone 3rd Hanbit Techno Valley',
    'organization Ministry of Land, Housing and Transport',
    'organization Gyeonghan Free Economic Zone Authority',
    'zone Gyeonghan Free Economic Zone',
    'organization Hanbit Electronics',
    'organization Dasan Biologics',
    'zone Seomun National Industrial Complex',
    'project Hanbit Startup Center',
    'zone Hanbit Techno Valley',
    'lab Korea Institute of Startup Growth',
  ],
  'singapore-district.txt': [
    'zone Kallang West Innovation District',
    'organization Urban Estates Corporation',
    'organization UEC',
    'zone Innovation Park',
    'lab Marlow Institute of Robotics',
    'organization Merrow Capital',
    'organization Ashford Partners',
    'project Bayline Towers',
    'organization Investment Development Board',
  ],
  // names typed by their role in the sentence (latinRoles.ts): subjects of a body's verbs, appositions, a list ending 'are among the companies', naming verbs, a lab's class noun, an acronym before "programme"
  'uk-campus-roles.txt': [
    'organization Halden Build',
    'zone Corvin Research Campus',
    'organization Orrin & Vale',
    'zone Norbury Logistics Center',
    'organization Arkwell',
    'organization KX02UK',
    'zone Brightfold',
    'lab Ravelin',
    'project Green Government Land Release',
    'project GLR',
    'organization Tarrow Realty',
    'organization Pellow',
    'organization Talvo',
  ],
  // organisations known by the syntax around them (latinSyntax.ts): a company's possessive before its fab, the parties of a joint venture and of a memorandum, a photo's agency, a page's source line and copyright; never a city, a country or a pinyin place that owns plants
  'syntax-cues.txt': [
    'organization Arvane Microsystems',
    'zone Selindung Industrial Park',
    'organization Kestrel Holdings',
    'organization Baywater',
    'organization Telmora Energy',
    'organization Penara government',
    'organization Harbour Images',
    'organization Seaview',
    'organization Selindung Courier',
    'organization Valley Courier Media',
  ],
  'xinhua-zone.txt': [
    'organization Xinhua',
    'zone Nanjiang Hi-tech Industrial Development Zone',
    'zone Qiaobei Science City',
    'zone Lanxi Bonded Port Area',
    'project Hualong refinery expansion project',
    'organization Lanshan Provincial Development and Reform Commission',
  ],
  'zone-announcement.txt': [
    'zone Dongping Economic and Technological Development Zone',
    'zone DETDZ',
    'organization DETDZ Management Committee',
    'zone Dongping International Biotech Park',
    'zone Dongping Software Park',
    'lab Dongping Engineering Research Center for Smart Equipment',
    'project Phase II of the Dongping Smart Logistics Project',
  ],
};

/** What a user would never want marked in these releases: datelines, a company's plan, a type word alone. */
const NEVER = ['TOKYO', 'SEOUL', 'SINGAPORE', 'HYDERABAD', 'LONDON', 'Medium-term Management Plan', 'Corridor', 'Management Plan', 'Innovation District',
  // people who sign, announce or develop, a sentence adverb before a park, an owner's acronym before "plan", a word inside a programme's name (not its head)
  'Company CEO Dale Hunt', 'Dale Hunt', 'Pia Lund', 'Additionally', 'Zhou Ming', 'TR', 'Government',
  // a region is no agency; a place that has a factory is not a company; a headline's place
  'East China', 'Norland', 'Tarnow',
  // a city and a government that sign, places that own factories, a photographer, a dateline
  'Lindau City', 'Lindau', 'Penara', 'Vietnam', 'Qiaotou', 'Tan Wei Ming', 'KUALA TERANG', 'PENWICK', 'Tarrow', 'Changsha', 'Ocean', 'JOHOR BAHRU', 'Arden Ltd and Harlow Group', 'London', 'Hong Kong', 'Nashik-based project', 'Nashik', 'SemiLink', 'Lee Min'];

describe('English releases of several countries (fixtures)', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const got = [...new Set(analyze(tok, `mem://${file}`, text).mentions.map((m) => `${m.type} ${m.text}`))];
      assert.deepEqual([...got].sort(), [...expected].sort());
      for (const junk of NEVER) assert.ok(!got.some((g) => g.endsWith(` ${junk}`) && !expected.includes(g)), `${junk} in ${got.join(' | ')}`);
    });
  }
  it('a company named by a company word or a group word is found again where recognition stops (after "of", before a title)', () => {
    const text = fs.readFileSync(path.join(DIR, 'company-short-forms.txt'), 'utf8');
    const mentions = analyze(tok, 'mem://short', text).mentions;
    for (const name of ['Harlan Properties', 'Kestrel Robotics Group']) {
      const found = mentions.filter((m) => m.text === name);
      assert.equal(found.length, 2, name);
      assert.equal(new Set(found.map((m) => m.id)).size, 1, name);
    }
  });
  it('every fixture is pinned', () => {
    assert.deepEqual(fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort(), Object.keys(EXPECTED).sort());
  });
});
