import { programmeCandidates } from './programmes';
import type { EntityMention, Paragraph } from '../types';
import type { JapaneseToken } from '../text/japaneseTokenizer';
import { ChineseWordBoundaries } from '../text/chineseSegmenter';
import type { Catalog } from '../catalog/schema';
import { foldText, matchKey } from './fold';
import { CJK_TYPE_INDEX } from './reading';
import { SHORT_ORG_HEADS } from './typeWords';
import type { Candidate, Ctx } from './candidate';
import { cjkCandidates } from './cjk';
import { acronymCandidates, latinCandidates } from './latin';
import { assignLocalIds, resolveOverlaps } from './resolve';
import { acronymMentions, japaneseOrganizationTokenCandidates, creditAndMinistryCandidates, japanesePrefixCompanyCandidates, latinCompanyCandidates, properWordCandidates } from './organizations';
import { applyGazetteer } from './gazetteer';
import { latinShortForms } from './latinShortForms';
import { listMentions } from './latinLists';
import { contextCompanyCandidates, phaseCandidates, sharedHeadCandidates } from './latinOrganizations';
import { retypeByApposition, roleCandidates } from './latinRoles';
import { companyShortForms, retypeListedProjects, syntaxCompanyCandidates } from './latinSyntax';
import { japaneseCompanyCandidates } from './japaneseNames';
import { japaneseHeadingCandidates } from './japaneseHeadings';
import { japaneseLeadSubjects } from './japaneseLeads';
import { japaneseActingSubjects } from './japaneseSubjects';
import { japaneseFacilityEventCandidates } from './japaneseFacilityEvents';
import { japaneseKindedListMembers, japaneseListMembers } from './japaneseLists';
import { japaneseSiteOwners } from './japaneseOwners';
import { japaneseDefinedAliases } from './japaneseAliases';
import { isJapaneseText, readingFreeRecurrences, zoneNameRecurrences } from './japaneseShortForms';
import { cjkShortNameMentions, stockCodeCandidates } from './shortNames';
import { enumerationCandidates, shortNameRecurrences } from './enumerations';
import { mediaCreditCandidates } from './media';
import { bilateralBodyCandidates } from './bilateral';
import { romanisedName } from './romaji';
import { companyListCandidates, investedProjectItems } from './zhCompanyLists';
import { namedAsCandidates, quotedNameBeforeKind } from './zhNamedAs';
import { parkOfBureauMentions } from './zhParkBureaus';
import { productAcronym } from './zhProductAcronyms';
import { mediaCreditsZh } from './zhMediaCredits';
import { agencyAbbreviationCandidates, governmentReferenceCandidates } from './zhGovernment';
import { ownZoneMentions } from './zhOwnZone';
import { retypeZoneActors } from './zhZoneActors';
import { parkAbbreviationMentions } from './zhParkAbbreviations';
import { officerTitleCandidates } from './zhOfficerTitles';

export interface RecognizeInput {
  text: string;
  paragraphs: Paragraph[];
  /** kuromoji tokens of the Japanese runs (offsets into `text`); may be empty. */
  japaneseTokens: JapaneseToken[];
  catalog?: Catalog;
}

/**
 * Finds the zones, labs, projects and organisations of one document. Spans are UTF-16
 * offsets into `input.text`; each mention's id is a document-local key that linking
 * replaces by the canonical id (catalog mentions already carry their catalog id).
 * Mentions may nest (an organisation that contains a zone: 福州高新区管委会); they never
 * cross. Sorted by start, longer first.
 */
export function recognizeEntities(input: RecognizeInput): EntityMention[] {
  const { text } = input;
  const folded = foldText(text);
  const ctx: Ctx = { text, folded, tokensByEnd: new Map(), tokensByStart: new Map(), boundaries: undefined };
  for (const t of input.japaneseTokens) {
    ctx.tokensByEnd.set(t.end, t);
    ctx.tokensByStart.set(t.start, t);
  }

  const candidates: Candidate[] = [];
  if (input.catalog) candidates.push(...catalogCandidates(text, input.catalog));
  for (const p of input.paragraphs) {
    const japanese = p.language === 'ja' || (p.language === 'mixed' && hasTokensIn(input.japaneseTokens, p.start, p.end));
    // Chinese word boundaries are computed sentence by sentence when a candidate first needs them.
    ctx.boundaries = !japanese && /[\u3400-\u9fff]/u.test(folded.slice(p.start, p.end)) ? new ChineseWordBoundaries(text, p.start, p.end) : undefined;
    candidates.push(...cjkCandidates(ctx, p.start, p.end, japanese));
    candidates.push(...latinCandidates(ctx, p.start, p.end));
    candidates.push(...acronymCandidates(ctx, p.start, p.end));
    candidates.push(...latinCompanyCandidates(ctx, p.start, p.end));
    candidates.push(...contextCompanyCandidates(ctx, p.start, p.end), ...sharedHeadCandidates(ctx, p.start, p.end), ...phaseCandidates(ctx, p.start, p.end), ...roleCandidates(ctx, p.start, p.end));
    // (Chinese: capitals that name products or software, 60万吨BDO, CAD、CAM、PLM, are no organisations)
    const properWords = properWordCandidates(ctx, p.start, p.end).filter((c) => japanese || !ctx.boundaries || !productAcronym(ctx.folded, c.start, c.end));
    candidates.push(...properWords, ...mediaCreditCandidates(ctx, p.start, p.end), ...bilateralBodyCandidates(ctx, p.start, p.end));
    candidates.push(...creditAndMinistryCandidates(ctx, p.start, p.end));
    // (English paragraphs only: the cues are English syntax)
    if (!japanese && !ctx.boundaries) candidates.push(...syntaxCompanyCandidates(ctx, p.start, p.end));
    if (!japanese && ctx.boundaries) candidates.push(...companyListCandidates(ctx, p.start, p.end), ...namedAsCandidates(ctx, p.start, p.end), ...enumerationCandidates(ctx, p.start, p.end), ...programmeCandidates(ctx, p.start, p.end), ...mediaCreditsZh(ctx, p.start, p.end), ...governmentReferenceCandidates(ctx, p.start, p.end), ...agencyAbbreviationCandidates(ctx, p.start, p.end), ...officerTitleCandidates(ctx, p.start, p.end), ...quotedNameBeforeKind(ctx, p.start, p.end), ...investedProjectItems(ctx, p.start, p.end));
    if (japanese || ctx.boundaries) candidates.push(...stockCodeCandidates(ctx, p.start, p.end, japanese));
    if (japanese) candidates.push(...japanesePrefixCompanyCandidates(ctx, p.start, p.end), ...japaneseOrganizationTokenCandidates(ctx, p.start, p.end), ...japaneseCompanyCandidates(ctx, p.start, p.end), ...japaneseLeadSubjects(ctx, p.start, p.end), ...japaneseActingSubjects(ctx, p.start, p.end), ...japaneseFacilityEventCandidates(ctx, p.start, p.end));
  }
  candidates.push(...japaneseHeadingCandidates(text, input.paragraphs));
  const rejected = rejectedKeys(input.catalog);
  const kept = resolveOverlaps(rejected.size ? candidates.filter((c) => !rejected.has(matchKey(text.slice(c.start, c.end)))) : candidates);
  const mentions = assignLocalIds(kept, text);
  retypeByApposition(text, mentions);
  retypeListedProjects(text, mentions);
  mentions.push(...acronymMentions(text, mentions));
  mentions.push(...latinShortForms(text, mentions));
  mentions.push(...companyShortForms(text, mentions));
  mentions.push(...listMentions(text, mentions));
  mentions.push(...cjkShortNameMentions(text, mentions));
  // (hiragana anywhere: a Japanese text; read once, each step below reads the mentions before it)
  const japaneseText = isJapaneseText(text);
  if (!japaneseText) {
    mentions.push(...parkOfBureauMentions(text, mentions), ...ownZoneMentions(text, folded, mentions));
    mentions.push(...parkAbbreviationMentions(text, folded, mentions));
    retypeZoneActors(folded, mentions);
  }
  mentions.push(...readingFreeRecurrences(text, mentions));
  if (japaneseText) {
    mentions.push(...zoneNameRecurrences(text, mentions, ctx.tokensByStart), ...japaneseListMembers(text, mentions, ctx.tokensByStart, ctx.tokensByEnd));
    mentions.push(...japaneseSiteOwners(mentions), ...japaneseDefinedAliases(text, mentions));
    mentions.push(...japaneseKindedListMembers(text, mentions, ctx.tokensByStart));
  }
  // the document as its own gazetteer: a name found once is found wherever it recurs
  const doc = { text, mentions: mentions.sort((a, b) => a.start - b.start || b.end - a.end) };
  applyGazetteer([doc], undefined, [folded]);
  if (!/[\u3040-\u30ff]/u.test(text)) {
    doc.mentions.push(...shortNameRecurrences(text, folded, doc.mentions));
    doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  if (input.japaneseTokens.length > 0) {
    for (const m of doc.mentions) {
      const reading = m.source === 'shortForm' ? undefined : romanisedName(text, m.start, m.end, ctx.tokensByStart);
      if (reading) m.reading = reading;
    }
  }
  return rejected.size ? doc.mentions.filter((m) => !rejected.has(matchKey(m.text))) : doc.mentions;
}

/** The catalog's `reject` list: names that are never entities (matched folded, any case). */
function rejectedKeys(catalog: Catalog | undefined): Set<string> {
  return new Set((catalog?.reject ?? []).map(matchKey));
}


function hasTokensIn(tokens: JapaneseToken[], start: number, end: number): boolean {
  // tokens are sorted by offset
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo].start < end && /[\u3040-\u30ff]/u.test(tokens.slice(lo, lo + 400).filter((t) => t.start < end).map((t) => t.surface).join(''));
}

// ---------------------------------------------------------------- catalog

function catalogCandidates(text: string, catalog: Catalog): Candidate[] {
  const key = foldText(text).toLowerCase();
  const out: Candidate[] = [];
  for (const e of catalog.entities) {
    const names = new Set<string>();
    for (const n of [e.names.ja, e.names.zh, e.names.en, ...(e.aliases ?? [])]) if (n && n.trim()) names.add(matchKey(n));
    for (const name of names) {
      const latinEdges = /^[a-z0-9]/.test(name) || /[a-z0-9]$/.test(name);
      for (let at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (latinEdges && (/[a-z0-9]/.test(key[at - 1] ?? '') || /[a-z0-9]/.test(key[end] ?? ''))) continue;
        out.push({ start: at, end, type: e.type, source: 'catalog', generic: false, catalogId: e.id });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- which text needs tokens

let typeWordPattern: RegExp | undefined;

/**
 * Whether a stretch of CJK text may hold an entity that recognition needs kuromoji
 * tokens for: it contains a type word (科技城, 実験室, センター …). Text without one is
 * never tokenised, which saves most of kuromoji's work on a release.
 */
export function mayContainCjkEntity(text: string): boolean {
  typeWordPattern ??= new RegExp(
    [...new Set([...CJK_TYPE_INDEX.map((w) => w.text), ...SHORT_ORG_HEADS.map((h) => foldText(h[0]))])]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'u',
  );
  return typeWordPattern.test(foldText(text)) || JAPANESE_NAME_CUES.test(text) || ORGANISATION_ACTS.test(text);
}

/**
 * What organisations do in releases (sign, invest, found, open, develop together): a
 * sentence saying so likely names its subject or partner without a type word (AとBが共同開発
 * した, Xが出資), which kuromoji's proper-noun tags or a list with a typed name find.
 */
const ORGANISATION_ACTS = /締結|調印|出資|設立|開設|入居|進出|提携|協業|共同|参画|買収|傘下|子会社|発表した|と協力|(?:など|という)[^。]{0,16}?(?:企業|会社|[0-9０-９一二三四五六七八九十]社)|(?:メーカー|サプライヤー|パートナー)(?:である|だ|です|で[、,])/u;

/**
 * Japanese sentences that name a company or a facility without a type word (japaneseNames.ts):
 * a seat in parentheses, counted quoted names, a company word, what a company is or does
 * before a katakana name, a naming noun before a quote. Checked on the raw text.
 */
const JAPANESE_NAME_CUES =
  /[(（](?:本社|本店|所在地|同[)）、]|[\u3400-\u9fff]{1,4}[都道府県市区])|」(?:と|、|および|及び)「|製作所|製薬|化成|硝子|技研|電機|電工|商事|物産|重工|精機|精工|興産|工業|ジャパン|(?:会社|企業|メーカー|大手|ベンチャー|商社)の?[\u30a0-\u30ff]|(?:する|行う|手がける|手掛ける|営む)「?[\u30a0-\u30ff]|(?:プロジェクト|施設|ブランド|スパコン|拠点|ビル|団地|パーク|施策|制度|計画|プログラム)「|以下|简称|簡稱|は、?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日|」(?:が|を)?(?:オープン|開業|開所|竣工|開設)|の(?:開所式|竣工式|落成式|開業式|起工式)/u;
