import type { Candidate, Ctx } from './candidate';

// Chinese news credits: the paper, site or channel a report is credited to, found by where
// it stands, not by a list of media. A credit names its medium before the reporter or the
// dateline (【X╱記者…】, X记者…, X讯, X北京3月1日电, (X 某某摄)), after the time a page was
// posted or a 来源 label, or quotes a paper by its title (据《X报》报道). All organisations.
// Read on the folded text (traditional forms folded).

/** A medium's name: Han characters ending as media names end (…网, …社, …台, …报, …刊, …在线). */
const MEDIUM = String.raw`[\u3400-\u9fff]{1,7}?(?:网|社|台|报|刊|在线|新闻|电视)`;

/** 【X╱记者…, 【X/…, 【X 2023年…, 【X讯: a bracketed credit opening a report. */
const BRACKET_CREDIT = new RegExp(String.raw`【(${MEDIUM})(?=\s*[╱/／|｜]|\s*记者|\s+[0-9]|讯)`, 'gu');
/** X记者 after the start of a line, a bracket or a space: the reporter's medium. */
const REPORTER_CREDIT = new RegExp(String.raw`(?:^|[\s【(（])(${MEDIUM})(?=记者)`, 'gmu');
/** X讯 opening a paragraph (拂晓报讯): the paper's own dateline. */
const NEWS_LEAD = new RegExp(String.raw`^[\s　]*(${MEDIUM})(?=讯)`, 'gmu');
/** X[place]3月1日电: a wire dateline, the place optional. */
const WIRE_DATELINE = new RegExp(String.raw`(?:^|[\s【(（])(${MEDIUM})(?=[\u3400-\u9fff]{0,4}\s?[0-9]{1,2}月[0-9]{1,2}日\s?电)`, 'gmu');
/** (X 某某摄): a photo credit, the medium before the photographer. */
const PHOTO_CREDIT = new RegExp(String.raw`[(（](${MEDIUM})\s(?=[\u3400-\u9fff]{2,4}摄[)）])`, 'gu');
/** 据《X报》报道, 《X日报》记者: a paper quoted by its title. */
const QUOTED_PAPER = /《([\u3400-\u9fff]{1,10}?(?:报|刊|杂志))》(?=报道|报导|记者|消息|刊登|刊发|发表|社论)/gu;
/** X—《Y》 at a line's start: a site that reposts a paper's report (X网—《Y日报》). */
const REPOST_LINE = new RegExp(String.raw`^[\s　]*(${MEDIUM})(?=\s?[—-]+\s?《)`, 'gmu');

/** A web page's byline: the time it was posted, then the source (2012年10月22日15:42  X网). */
const TIMESTAMP_SOURCE = new RegExp(String.raw`[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s+(${MEDIUM})(?=\s|$)`, 'gmu');
/** A source line: 来源: X网 (a code or a person's name is no medium: it must end as one). */
const SOURCE_LABEL = new RegExp(String.raw`来源[:：]\s*(${MEDIUM})(?=\s|$|[,，。])`, 'gmu');

const PATTERNS = [BRACKET_CREDIT, REPORTER_CREDIT, NEWS_LEAD, WIRE_DATELINE, PHOTO_CREDIT, QUOTED_PAPER, REPOST_LINE, TIMESTAMP_SOURCE, SOURCE_LABEL];
/** Cheap test before the patterns: a paragraph with none of these words credits no one. */
const CUES = /记者|讯|电|摄|【|《|:|来源/u;
/** The text's own medium (本报, 本网) and the generic ones (晚报讯, 该报) name no one. */
const NO_NAME = /^(?:本|该|此|我|各|一|两|全|省|市|县|区|晚|日|早|党|大)[\u3400-\u9fff]?(?:网|社|台|报|刊|在线|新闻|电视)$/u;

export function mediaCreditsZh(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const slice = ctx.folded.slice(pStart, pEnd);
  if (!CUES.test(slice)) return [];
  const out: Candidate[] = [];
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of slice.matchAll(pattern)) {
      const name = m[1];
      if (name.length < 3 || NO_NAME.test(name)) continue;
      const start = pStart + m.index + m[0].lastIndexOf(name);
      out.push({ start, end: start + name.length, type: 'organization', source: 'pattern', generic: false, hasName: true });
    }
  }
  return out;
}
