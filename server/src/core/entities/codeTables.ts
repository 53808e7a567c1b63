import { EN_TYPE_INDEX } from './reading';

// Codes written in capitals that are no bodies: currency codes (ISO 4217), country codes
// (ISO 3166-1 alpha-2 and alpha-3, and the common short forms of states' names) and a
// general vocabulary of technical and economic abbreviations. An all-capital word of these
// tables is an organisation only when the text makes it one (a definition in parentheses
// after a body's name, a verb that a body does) or the catalog or the workspace names it so.
// Published standards and general vocabulary only: never names taken from the texts.

/** ISO 4217 currency codes (active, funds and precious metals). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
    'GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW ' +
    'KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD ' +
    'NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE ' +
    'SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED ' +
    'VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWL ' +
    // renminbi, written so as often as CNY
    'RMB'
  ).split(' '),
);

/** ISO 3166-1 alpha-2 and alpha-3 country codes. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
    'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI ' +
    'FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN ' +
    'IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
    'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF ' +
    'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
    'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE ' +
    'YT ZA ZM ZW ' +
    'AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN ' +
    'BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD ' +
    'COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF ' +
    'PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND ' +
    'IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU ' +
    'LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL ' +
    'NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ' +
    'ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS ' +
    'SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE ' +
    'GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE'
  ).split(' '),
);

/** Short forms of states' names in common use: a state, never a body, whatever it does. */
export const STATE_SHORT_FORMS: ReadonlySet<string> = new Set(['PRC', 'ROC', 'ROK', 'DPRK', 'UAE', 'KSA', 'RSA', 'USSR', 'UK', 'USA']);

/**
 * Technical and economic abbreviations of general vocabulary (computing, manufacturing,
 * energy, finance, statistics, life sciences, logistics): things and measures, not bodies.
 */
export const TECHNICAL_ACRONYMS: ReadonlySet<string> = new Set(
  (
    // computing and the web
    'AI AIGC LLM ML NLP IT ICT IOT IIOT API SDK UUID GUID URL URI HTTP HTTPS HTML XML JSON SQL CPU GPU NPU TPU ' +
    'RAM ROM SSD HDD LAN WAN VPN DNS ICP CDN SAAS PAAS IAAS OS UI UX AR VR XR MR QR OCR RFID NFC GPS GNSS ' +
    'LTE WIFI USB BIM GIS ERP CRM SCM HRM OA SEO KYC CMS ' +
    // manufacturing and electronics
    'CAD CAM CAE CAPP PLM MES SPC PLC SCADA HMI CNC AGV AMR RPA IC SOC MCU FPGA ASIC DRAM NAND EDA IGBT SIC ' +
    'GAN MEMS CMOS LED OLED LCD PCB PCBA SMT OEM ODM EMS ECM ECU ADAS UAV EVTOL EV EVS NEV HEV PHEV BEV FCEV ' +
    'MSI LSI VLSI QC QA TQM GMP GLP ' +
    // energy and materials
    'LPG LNG CNG PV CCUS CCS HVDC UHV BESS ESS KWH MWH GWH TWH KW MW GW HVAC ' +
    // economy, finance and statistics
    'GDP GNP GNI CPI PPI PMI FDI ODI OFDI IPO ROI ROE EPS VC PE ESG CSR SDG SDGS PPP BOT EPC EPCM B2B B2C ' +
    'O2O SME SMES MSME MSMES SOE SOES R&D KPI CAGR YOY QOQ FY VAT GST FTA MOU LOI NDA SPV REIT REITS ETF ' +
    'NAV AUM GFA FAR TOD MSA CBA ' +
    // life sciences and health
    'DNA RNA MRNA PCR MRI CT ICU CRO CDMO CMO CAR-T IVD ' +
    // logistics and trade
    'TEU TEUS FOB CIF FCL LCL ' +
    // time zones and units
    'GMT UTC JST CST KST IST SGT HKT EST PST SQM SQFT'
  ).split(' '),
);

/** The initials of a zone's type word of two words or more: FTZ (Free Trade Zone), SEZ, ETDZ. */
let kindAcronyms: ReadonlySet<string> | undefined;

/** An abbreviation of a kind of zone (an FTZ, the SEZs): alone it names no zone. */
export function isKindAcronym(word: string): boolean {
  kindAcronyms ??= new Set(
    EN_TYPE_INDEX.filter((t) => t.type === 'zone' && t.words.length >= 2 && /^[A-Z]/.test(t.words[0]))
      .map((t) => t.words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join(''))
      .filter((a) => a.length >= 3),
  );
  return kindAcronyms.has(word.replace(/s$/, ''));
}

/** Whether an all-capital word is a code of the tables above (case folded: SaaS, IoT, EVs). */
export function isCodeWord(word: string): boolean {
  const w = word.toUpperCase();
  return CURRENCY_CODES.has(w) || COUNTRY_CODES.has(w) || STATE_SHORT_FORMS.has(w) || TECHNICAL_ACRONYMS.has(w);
}

/**
 * What a body does, right after its name as the subject (X said, X has signed, X will
 * invest): a code of the tables so used names a body after all (a ministry's abbreviation
 * that happens to be a country code). Not a state's short form: a state acts, and stays a state.
 */
const BODY_VERB =
  /^(?:has |have |had |will |would |also |then |has also |will also |is to |plans to |)(?:said|says|announced|announces|signed|signs|invested|invests|invest|launched|launches|launch|opened|opens|open|agreed|agrees|agree|acquired|acquires|acquire|approved|approves|approve|reported|reports|stated|states|unveiled|unveils|unveil|partnered|partners|established|establishes|establish|set up|sets up|built|builds|build|plans|planned|expects|expected|hosted|hosts|host|organised|organized|organises|organizes|awarded|awards|award|issued|issues|issue|operates|operated|operate|owns|owned|develops|developed|develop|funds|funded|fund)\b/;

export function isBodyVerbAfter(text: string, start: number, end: number): boolean {
  if (STATE_SHORT_FORMS.has(text.slice(start, end).toUpperCase())) return false;
  return BODY_VERB.test(text.slice(end, end + 40).replace(/^\s+/, ''));
}

/**
 * Head words of terms, not of bodies: what a defined abbreviation of a measure, a thing or
 * a method ends in (Market Sentiment Index (MSI), Engine Control Module (ECM)); not the
 * words a company's name often ends in (Technology, Systems, Software, Products).
 */
const TERM_HEADS = new Set(
  ('index indices indicator rate ratio score gas fuel oil module modules unit model models method methods process ' +
    'analysis control management planning intelligence reality vehicle vehicles engine device devices ' +
    'protocol standard standards policy sensitivity sentiment price prices cost costs value volume capacity ' +
    'certificate certification license licence number code identifier therapy treatment test testing ' +
    'reaction resonance battery batteries cell cells sensor sensors chip chips circuit circuits')
    .split(' '),
);

const DEFINED_ABBREVIATION = /([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,7})\s?\(([A-Z][A-Z&]{1,5})s?\)/g;

/**
 * Abbreviations a text defines as terms: "Growth in dispersion (GRID)", "Liquefied
 * Petroleum Gas (LPG)": the words before the parentheses spell it (its letters in order,
 * the first one a word's initial) and end in a lower-case word or a term's head word. Such an
 * abbreviation names no body anywhere in the text.
 */
let lastText: string | undefined;
let lastTerms = new Set<string>();

export function definedTerms(text: string): Set<string> {
  // asked once per paragraph of the same text: the last answer is kept
  if (text === lastText) return lastTerms;
  const out = new Set<string>();
  lastText = text;
  lastTerms = out;
  DEFINED_ABBREVIATION.lastIndex = 0;
  for (let m = DEFINED_ABBREVIATION.exec(text); m; m = DEFINED_ABBREVIATION.exec(text)) {
    const words = m[1].split(/\s+/);
    const phrase = spellingPhrase(words, m[2]);
    if (!phrase) continue;
    const last = phrase[phrase.length - 1];
    if (/^[a-z]/.test(last) || TERM_HEADS.has(last.toLowerCase())) out.add(m[2]);
  }
  return out;
}

/** The shortest run of last words whose first initial is the abbreviation's and whose letters hold it in order. */
function spellingPhrase(words: string[], acronym: string): string[] | undefined {
  const letters = acronym.replace(/&/g, '').toLowerCase();
  for (let k = words.length - 1; k >= 0; k--) {
    if (words.length - k > letters.length + 3) break;
    if (words[k][0].toLowerCase() !== letters[0]) continue;
    const phrase = words.slice(k);
    const flat = phrase.join(' ').toLowerCase();
    let j = 0;
    for (let i = 0; i < flat.length && j < letters.length; i++) if (flat[i] === letters[j]) j++;
    if (j === letters.length) return phrase;
  }
  return undefined;
}
