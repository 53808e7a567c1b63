import type { Candidate, Ctx } from './candidate';

// Chinese programmes and funds a government launches (“X计划”, 「X基金」, 推出X先导计划): a
// project named by the type word 计划 / 計畫 / 基金 / 方案, which is also a common noun
// (年度计划, 培育計劃, 计划投资). Only where the name is set off: in quotes, or as the
// object of a verb that launches one, the whole run of name characters up to the head.

const HEAD = '(?:[計计][劃划畫画]|基金|方案)';
const NAME = '[\\u3400-\\u9fffA-Za-z0-9-]';
// a quoted programme: the quote holds the whole name
const QUOTED = new RegExp(`[「“『"](${NAME}{2,16}${HEAD})[」”』"]`, 'gu');
// launched, set up or funded: 推出X计划, 成立X基金, 设立X基金
const LAUNCHED = new RegExp(`(?:推出|推行|成立|設立|设立|啟動|启动|增撥資源於|整合|加碼|加码|優化|优化|注資|注资)(${NAME}{2,12}?${HEAD})(?![\\u3400-\\u9fff])`, 'gu');
// common nouns and words that make a kind of programme, not one programme
const KIND = /^(?:年度|現有|现有|培育|支援|資助|资助|相關|相关|有關|有关|新|母|聯合|联合|專項|专项|實施|实施|具體|具体|該|该|此|這|这|其他|其它|整體|整体|投資|投资|產業|产业|發展|发展|工作|行動|行动)*[計计][劃划畫画基金方案]*$|^(?:母|聯合|联合|專項|专项|投資|投资|產業|产业)?基金$/u;

// a quoted or Latin name right before the type word: 「X」計劃, Incu-App、Incu-Tech計劃 (the name is the programme)
const NAMED_BEFORE = new RegExp(`[「“『"](${NAME}{2,16})[」”』"]${HEAD}`, 'gu');
const LATIN_BEFORE = new RegExp(`((?:[A-Za-z][A-Za-z0-9.-]{1,15}、)*[A-Za-z][A-Za-z0-9.-]{1,15})${HEAD}`, 'gu');

export function programmeCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const out: Candidate[] = [];
  const para = ctx.text.slice(pStart, pEnd);
  for (const re of [NAMED_BEFORE, LATIN_BEFORE]) {
    re.lastIndex = 0;
    for (let m = re.exec(para); m; m = re.exec(para)) {
      let at = pStart + m.index + m[0].indexOf(m[1]);
      for (const name of m[1].split('、')) {
        // (a Latin name that starts inside a word is none: abcX計劃)
        if (!(re === LATIN_BEFORE && at === pStart + m.index && /[A-Za-z0-9]/.test(ctx.text[at - 1] ?? ''))) {
          // (a quoted name is the programme's whatever else its letters may say; a bare Latin one yields to a longer name)
          out.push({ start: at, end: at + name.length, type: 'project', source: 'pattern', generic: false, hasName: true, acronym: re === LATIN_BEFORE });
        }
        at += name.length + 1;
      }
    }
  }
  for (const re of [QUOTED, LAUNCHED]) {
    re.lastIndex = 0;
    for (let m = re.exec(para); m; m = re.exec(para)) {
      const name = m[1];
      if (KIND.test(name) || !/[\u3400-\u9fff]/u.test(name.slice(0, -2))) continue;
      const start = pStart + m.index + m[0].indexOf(name);
      out.push({ start, end: start + name.length, type: 'project', source: 'pattern', generic: false, hasName: true });
    }
  }
  return out;
}
