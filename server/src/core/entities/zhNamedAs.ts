import type { Candidate, Ctx } from './candidate';
import { cjkHead } from './reading';

// Chinese: a name the text gives a park, a project or a body (将X园区命名为“Y”, 定名为「Y」):
// the quoted name is the thing named, of the type of the first type word after 将 or 把 (the
// object), else of the nearest type word before the verb in the clause (a project when none).

const NAMED_AS = /(?:命名为|取名为|定名为|更名为|冠名为)[“「『"]([\u3400-\u9fffA-Za-z0-9·&-]{2,16})[”」』"]/gu;
const PARKS = /园区?$/u;

export function namedAsCandidates(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const { folded } = ctx;
  const out: Candidate[] = [];
  const para = folded.slice(pStart, pEnd);
  NAMED_AS.lastIndex = 0;
  for (let m = NAMED_AS.exec(para); m; m = NAMED_AS.exec(para)) {
    const verb = pStart + m.index;
    const clause = Math.max(pStart, folded.lastIndexOf('。', verb), folded.lastIndexOf(';', verb), folded.lastIndexOf('；', verb));
    // the object of 将/把 is what is named: its first type word; else the nearest before the verb
    const object = Math.max(folded.lastIndexOf('将', verb), folded.lastIndexOf('把', verb));
    const head = object > clause ? firstHead(folded, object + 1, verb) : nearestHead(folded, clause, verb);
    const type: Candidate['type'] = !head ? 'project' : PARKS.test(head.text) ? 'zone' : head.type;
    const start = verb + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length, type, source: 'pattern', generic: false, hasName: true });
  }
  return out;
}

function firstHead(folded: string, from: number, to: number): ReturnType<typeof cjkHead> {
  for (let k = from + 2; k <= to; k++) {
    const head = cjkHead(folded.slice(from, k));
    if (head && head.text.length >= 2) return head;
  }
  return undefined;
}

function nearestHead(folded: string, from: number, to: number): ReturnType<typeof cjkHead> {
  for (let k = to; k > from + 1; k--) {
    const head = cjkHead(folded.slice(from, k));
    if (head && head.text.length >= 2) return head;
  }
  return undefined;
}

// A quoted name right before what it is (「X」一站式数码服务平台, “Y”创新计划): the quote is
// the name, of the type of the type word that ends the description. The description is at
// most a clause part of Han characters, with no verb of its own (no 的: 「X」的平台 is X's).
const QUOTED_BEFORE_KIND = /[“「『]([\u3400-\u9fffA-Za-z0-9·&-]{2,12})[”」』]([\u3400-\u9fff]{2,16}?)(?=[,，。、;；:：)）\s]|$)/gu;

export function quotedNameBeforeKind(ctx: Ctx, pStart: number, pEnd: number): Candidate[] {
  const para = ctx.folded.slice(pStart, pEnd);
  if (!/[“「『]/u.test(para)) return [];
  const out: Candidate[] = [];
  for (const m of para.matchAll(QUOTED_BEFORE_KIND)) {
    const description = m[2];
    if (description.includes('的')) continue;
    const head = cjkHead(description);
    // (not 项目 or 工程: 「X」观摩检查…项目, “十一五”规划重点项目 name a period or a group, not the project)
    if (!head || head.text.length < 2 || description.length - head.text.length < 2 || head.cls === 'project') continue;
    // (a slogan of numbers is no name: “两代表一委员”, “十四五”)
    if (/^[0-9一二三四五六七八九十两百千万]/u.test(m[1])) continue;
    const type: Candidate['type'] = PARKS.test(head.text) ? 'zone' : head.type;
    const start = pStart + m.index + 1;
    out.push({ start, end: start + m[1].length, type, source: 'pattern', generic: false, hasName: true });
  }
  return out;
}
