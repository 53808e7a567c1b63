import type { EntityType } from '../types';

// More English type words (typeWords.ts holds the first table; this one is spread into it).
// Only type words: no entity name may ever be added here.
const Z: EntityType = 'zone';
const P: EntityType = 'project';
const L: EntityType = 'lab';
const O: EntityType = 'organization';

/** Company words: the last word of many company names (a head only after a proper word). */
// (Materials, Properties, Energy, Foods, Construction, Consulting: 2026-12-03 evening, neutral or better on ten unseen releases)
export const COMPANY_WORDS: readonly string[] = ['Technology', 'Motors', 'Motor', 'Steel', 'Partners', 'Electronics', 'Semiconductor', 'Semiconductors', 'Chemical', 'Chemicals', 'Pharmaceutical', 'Pharmaceuticals', 'Airlines', 'Automotive', 'Electric', 'Biologics', 'Therapeutics', 'Capital', 'Ventures', 'Realty', 'Materials', 'Properties', 'Energy', 'Foods', 'Construction', 'Consulting'];

export const EN_MORE_TYPE_WORDS: ReadonlyArray<readonly [string, EntityType, string]> = [
  // planned districts and parks
  ['Research Park', Z, 'research-park'],
  ['Free Economic Zone', Z, 'free-economic-zone'],
  ['Free Zone', Z, 'free-trade-zone'],
  ['International City', Z, 'international-city'],
  ['Knowledge City', Z, 'knowledge-city'],
  ['Tech City', Z, 'technology-city'],
  ['Technology City', Z, 'technology-city'],
  ['Media City', Z, 'media-city'],
  ['Internet City', Z, 'internet-city'],
  ['Special Area', Z, 'special-area'],
  ['Pilot Area', Z, 'pilot-zone'],
  ['Demonstration Area', Z, 'demonstration-zone'],
  ['Business District', Z, 'business-district'],
  ['Central Business District', Z, 'business-district'],
  ['Financial District', Z, 'business-district'],
  ['Technopark', Z, 'technology-park'],
  ['Techno Park', Z, 'technology-park'],
  ['Technopolis', Z, 'technology-park'],
  ['Knowledge Park', Z, 'knowledge-park'],
  ['Logistics Park', Z, 'logistics-park'],
  ['Industrial Cluster', Z, 'cluster'],
  ['Economic Corridor', Z, 'economic-corridor'],
  ['Free Port', Z, 'free-trade-port'],
  ['Eco-City', Z, 'eco-city'],
  ['Eco City', Z, 'eco-city'],
  ['Industrial City', Z, 'industrial-city'],
  ['area', Z, 'area-of'],
  ['Area', Z, 'area-of'],
  ['High and New Technology Industrial Development Zone', Z, 'high-tech-zone'],
  ['Innovation Zone', Z, 'innovation-zone'],
  ['Development Area', Z, 'development-zone'],
  ['Bonded Area', Z, 'bonded-zone'],
  ['Cyber City', Z, 'cyber-city'],
  ['Electronics City', Z, 'electronics-city'],
  ['Electronic City', Z, 'electronics-city'],
  ['Hi-Tech City', Z, 'high-tech-city'],
  ['Smart City', Z, 'smart-city'],
  ['Education City', Z, 'education-city'],
  ['Health City', Z, 'health-city'],
  ['Medical City', Z, 'health-city'],
  ['Financial City', Z, 'financial-city'],
  ['Airport City', Z, 'airport-city'],
  ['Innovation City', Z, 'innovation-city'],
  ['Digital City', Z, 'digital-city'],
  // longer zone type words, so that their all lower-case forms are read after a name too (Linbei national high-tech zone)
  ['National High-Tech Zone', Z, 'high-tech-zone'],
  ['National Hi-Tech Zone', Z, 'high-tech-zone'],
  ['Economic-Technological Development Area', Z, 'economic-and-technological-development-zone'],
  ['Economic-Technological Development Zone', Z, 'economic-and-technological-development-zone'],
  ['Economic and Technological Development Area', Z, 'economic-and-technological-development-zone'],
  ['International Business District', Z, 'business-district'],
  ['Tec-City', Z, 'technology-city'],
  // an economic zone's abbreviated type word after its name (Dalvo EZ, X EPZ, Y FEZ)
  ['EZ', Z, 'economic-zone'],
  ['FTP', Z, 'free-trade-port'],
  ['EPZ', Z, 'export-processing-zone'],
  ['FEZ', Z, 'free-economic-zone'],
  // India's special investment regions (X SIR), after the name like EZ
  ['SIR', Z, 'special-economic-zone'],
  // any Title Case zone after a proper word (X Comprehensive Experimental Zone)
  ['Zone', Z, 'zone'],
  ['Experimental Zone', Z, 'pilot-zone'],
  ['Free Trade Area', Z, 'free-trade-zone'],
  ['Bonded Area', Z, 'bonded-zone'],
  ['Software City', Z, 'software-park'],
  ['World City', Z, 'international-city'],
  // India's investment regions and townships, Japan's and Korea's special zones
  ['Investment Region', Z, 'special-economic-zone'],
  ['Special Investment Region', Z, 'special-economic-zone'],
  ['Industrial Township', Z, 'industrial-park'],
  ['Special Zone', Z, 'special-area'],
  ['Strategic Special Zone', Z, 'special-area'],
  // a park's parts, in lower case after their name (the Qianshan sub-park)
  ['sub-park', Z, 'sub-zone'],
  ['Sub-park', Z, 'sub-zone'],
  ['Sub-Park', Z, 'sub-zone'],
  ['Bonded Port Area', Z, 'bonded-zone'],
  ['Port Area', Z, 'port-area'],
  ['Economy Zone', Z, 'economic-zone'],
  ['New City', Z, 'new-area'],
  ['University City', Z, 'university-town'],
  ['University Town', Z, 'university-town'],
  ['Pharma City', Z, 'health-city'],
  // Korea's 산업단지 and corridors of several cities are planned zones too
  ['Industrial Complex', Z, 'industrial-park'],
  ['Industry Complex', Z, 'industrial-park'],
  // a complex named for a trade or for leisure is a district of many sites (Korea's X Logistics Complex), not one building
  ['Logistics Complex', Z, 'logistics-park'],
  // Korea's research and business cities (X Innopolis), like a technopolis
  ['Innopolis', Z, 'technology-park'],
  ['Biotech Complex', Z, 'industrial-park'],
  ['Tourism Complex', Z, 'tourism-zone'],
  ['Leisure Complex', Z, 'tourism-zone'],
  ['National Industrial Complex', Z, 'industrial-park'],
  ['Corridor', Z, 'economic-corridor'],
  ['Innovation Corridor', Z, 'economic-corridor'],
  // schemes, funds and buildings; a named initiative is a programme (a plan is not: Action Plan, Business Plan)
  ['Initiative', P, 'programme'],
  ['Scheme', P, 'scheme'],
  ['Fund', P, 'fund'],
  ['Program', P, 'programme'],
  ['program', P, 'programme'],
  ['programme', P, 'programme'],
  ['Tower', P, 'tower'],
  ['Towers', P, 'tower'],
  ['Bridge', P, 'bridge'],
  ['Expressway', P, 'expressway'],
  ['Railway', P, 'railway'],
  ['Tunnel', P, 'tunnel'],
  ['Metro Line', P, 'railway'],
  ['Subway Line', P, 'railway'],
  ['Gigafactory', P, 'plant'],
  ['Megafactory', P, 'plant'],
  // a lower-case megasite after a proper word (the Tarn Valley Point megasite)
  ['megasite', Z, 'megasite'],
  ['Terminal', P, 'terminal'],
  ['Power Plant', P, 'power-plant'],
  ['Power Station', P, 'power-plant'],
  ['Wind Farm', P, 'power-plant'],
  ['Solar Farm', P, 'power-plant'],
  // lower-case, after a name only (the Dunmore hydropower station)
  ['power station', P, 'power-plant'],
  ['hydropower station', P, 'power-plant'],
  ['power plant', P, 'power-plant'],
  ['wind farm', P, 'power-plant'],
  ['solar farm', P, 'power-plant'],
  ['Data Center', P, 'data-center'],
  ['Data Centre', P, 'data-center'],
  ['Facility', P, 'facility'],
  ['Database', P, 'platform'],
  ['assembly plant', P, 'plant'],
  ['Assembly plant', P, 'plant'],
  ['Assembly Plant', P, 'plant'],
  ['Shopping Mall', P, 'mall'],
  ['Shopping Centre', P, 'mall'],
  ['Shopping Center', P, 'mall'],
  // bodies named by an "of" complement only (City of X, Office of X): latin.ts
  ['City', O, 'city-government'],
  ['Office', O, 'office'],
  ['Headquarters', O, 'headquarters'],
  ['Partnership', O, 'partnership'],
  ['Panel', O, 'committee'],
  ['Organization', O, 'organization'],
  ['Organisation', O, 'organization'],
  // what a company makes, as the last word of its name (Dorrel Technology, Vance Motors): latin.ts
  // takes them only after a proper word, never in generic words (Information Technology)
  ...COMPANY_WORDS.map((w) => [w, O, 'company-word'] as const),
  // a pension fund is an investor, not a scheme
  ['Pension Fund', O, 'investor'],
  // a state key laboratory is named by its field: State Key Laboratory of X
  ['State Key Laboratory', L, 'laboratory'],
  ['Key Laboratory', L, 'laboratory'],
  ['Engineering Research Center', L, 'research-center'],
  ['Engineering Research Centre', L, 'research-center'],
  // a training centre teaches a field's skills, as a lab does research (a call or data centre is a facility; an
  // innovation centre stays a project: the samples' reviewed expectations read it so)
  ['Training Centre', L, 'research-center'],
  ['Training Center', L, 'research-center'],
  // a consortium in Malay and German spelling (X Water Konsortium)
  ['Konsortium', O, 'consortium'],
  // newspapers
  ['Star', O, 'newspaper'],
  ['Post', O, 'newspaper'],
  ['Chronicle', O, 'newspaper'],
  ['Telegraph', O, 'newspaper'],
  ['Observer', O, 'newspaper'],
];

/** Heads that make a name only with an "of" complement: the City of X, the government of X. */
export const OF_ONLY_HEADS: ReadonlySet<string> = new Set(['City', 'Office']);

/** A country before a lower-case type word makes a kind, not a name (a China free trade zone); in capitals it is no abbreviation. */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(['China', 'Chinese', 'Japan', 'Japanese', 'Korea', 'Korean', 'India', 'Indian', 'Asia', 'Asian', 'Europe', 'European', 'America', 'American', 'US', 'U.S.', 'UK', 'EU', 'Singapore', 'Singaporean', 'Vietnam', 'Vietnamese', 'Thai', 'Thailand', 'Malaysia', 'Malaysian', 'Indonesia', 'Indonesian', 'Taiwan', 'Taiwanese', 'Germany', 'German', 'British', 'French', 'Russian', 'Foreign', 'Overseas', 'Domestic', 'Local']);

/** Personal titles: a title and one word before a head word are a person (President Park). */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set(['President', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Minister', 'Chairman', 'Governor', 'Mayor', 'Professor', 'Prof.', 'Secretary', 'Director']);

/** Verbs a Title Case headline capitalises: a name never runs across one (China Opens New Free Trade Zone). */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(
  ['Open', 'Sign', 'Welcome', 'Launch', 'Unveil', 'Announce', 'Host', 'Attract', 'See', 'Get', 'Win', 'Break', 'Start', 'Begin', 'Build', 'Set', 'Add', 'Boost', 'Eye', 'Mark', 'Become', 'Receive', 'Expand', 'Join', 'Ink', 'Approve', 'Complete', 'Celebrate', 'Release', 'Reach', 'Hit', 'Draw', 'Lure', 'Seal', 'Kick', 'Roll', 'Rise', 'Grow', 'Deliver', 'Secure', 'Debut', 'Invest', 'Pledge', 'Target', 'Attend', 'Visit', 'Establish', 'Inaugurate', 'Introduce', 'Break', 'Aim', 'Plan', 'Offer', 'Help', 'Make', 'Take', 'Bring', 'Create', 'Enter']
    .flatMap((v) => [v, `${v}s`, v.endsWith('e') ? `${v}d` : `${v}ed`, `${v}es`]),
);

