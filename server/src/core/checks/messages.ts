// Findings' messages in the editor's language (en, ja, zh-cn). A finding keeps what its
// message says (the figures, files and names); the message is written out in English by
// the check and, for another language, when the editor or the CLI shows it.
import { formatFigure } from '../figures';
import type { EngineDiagnostic, Figure } from '../types';

export type FindingLocale = 'en' | 'ja' | 'zh';

export interface FindingText {
  key: 'figure-mismatch' | 'unit-mismatch' | 'date-mismatch' | 'restatement-mismatch' | 'figure-missing' | 'entity-missing' | 'name-mismatch';
  /** The figure here (mismatches) or the figure that is missing (figure-missing). */
  here?: Figure;
  /** The other versions' figures, with their file names. */
  others?: { figure: Figure; file: string }[];
  /** entity-missing, name-mismatch: the entity's name, the name used here, the files naming it. */
  entity?: string;
  used?: string;
  files?: string[];
}

/** en, ja or zh from a VS Code display language or a POSIX locale (ja_JP.UTF-8, zh-cn, C). */
export function findingLocale(locale: string | undefined): FindingLocale {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('ja')) return 'ja';
  if (l.startsWith('zh')) return 'zh';
  return 'en';
}

function value(f: Figure, locale: FindingLocale): string {
  return formatFigure(f, locale);
}

const q = (locale: FindingLocale, s: string): string => (locale === 'en' ? `“${s}”` : `「${s}」`);

function list(locale: FindingLocale, parts: string[]): string {
  if (locale !== 'en') return parts.join('、');
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const WHAT: Record<FindingLocale, Record<'figure-mismatch' | 'unit-mismatch' | 'date-mismatch', string>> = {
  en: { 'figure-mismatch': 'Figure differs between versions', 'unit-mismatch': 'Unit differs between versions', 'date-mismatch': 'Event date differs between versions' },
  ja: { 'figure-mismatch': '版によって数値が異なります', 'unit-mismatch': '版によって単位が異なります', 'date-mismatch': '版によって開催日が異なります' },
  zh: { 'figure-mismatch': '各版本的数字不一致', 'unit-mismatch': '各版本的单位不一致', 'date-mismatch': '各版本的活动日期不一致' },
};

/** The message of a finding in a language (the check's own English message when it has no data). */
export function findingMessage(d: EngineDiagnostic, locale: FindingLocale): string {
  const t = (d as EngineDiagnostic & { text?: FindingText }).text;
  if (!t) return d.message;
  const others = t.others ?? [];
  switch (t.key) {
    case 'figure-mismatch': case 'unit-mismatch': case 'date-mismatch': {
      if (!t.here) return d.message;
      const here = `${value(t.here, locale)}（${q(locale, t.here.text)}）`;
      if (locale === 'en') return `${WHAT.en[t.key]}: ${value(t.here, 'en')} here (${q('en', t.here.text)}), but ${list('en', others.map((o) => `${value(o.figure, 'en')} in ${o.file} (${q('en', o.figure.text)})`))}.`;
      const there = list(locale, others.map((o) => `${o.file} では ${value(o.figure, locale)}（${q(locale, o.figure.text)}）`));
      if (locale === 'ja') return `${WHAT.ja[t.key]}：ここでは ${here}、${there}。`;
      return `${WHAT.zh[t.key]}：此处为 ${here}，${list('zh', others.map((o) => `${o.file} 中为 ${value(o.figure, 'zh')}（${q('zh', o.figure.text)}）`))}。`;
    }
    case 'restatement-mismatch': {
      const o = others[0];
      if (!t.here || !o) return d.message;
      if (locale === 'en') return `Figure differs from the figure it restates: ${value(t.here, 'en')} here (${q('en', t.here.text)}), but ${value(o.figure, 'en')} just before (${q('en', o.figure.text)}).`;
      if (locale === 'ja') return `言い換えた数値が元の数値と異なります：ここでは ${value(t.here, 'ja')}（${q('ja', t.here.text)}）、直前では ${value(o.figure, 'ja')}（${q('ja', o.figure.text)}）。`;
      return `括注中的数字与原数字不一致：此处为 ${value(t.here, 'zh')}（${q('zh', t.here.text)}），前文为 ${value(o.figure, 'zh')}（${q('zh', o.figure.text)}）。`;
    }
    case 'figure-missing': {
      if (!t.here) return d.message;
      const where = others.map((o) => (locale === 'en' ? `${o.file} (${q('en', o.figure.text)})` : `${o.file}（${q(locale, o.figure.text)}）`));
      if (locale === 'en') return `Figure missing: ${value(t.here, 'en')} is stated in ${list('en', where)} but has no counterpart in this version.`;
      if (locale === 'ja') return `数値の欠落：${value(t.here, 'ja')} は ${list('ja', where)} にありますが、この版には対応する数値がありません。`;
      return `数字缺失：${value(t.here, 'zh')} 见于 ${list('zh', where)}，但此版本中没有对应的数字。`;
    }
    case 'entity-missing': {
      const files = list(locale, t.files ?? []);
      if (locale === 'en') return `Entity missing: ${t.entity} is named in ${files} but not in this version.`;
      if (locale === 'ja') return `固有名の欠落：${q('ja', t.entity ?? '')} は ${files} に出てきますが、この版にはありません。`;
      return `名称缺失：${q('zh', t.entity ?? '')} 见于 ${files}，但此版本中没有提及。`;
    }
    case 'name-mismatch': {
      if (locale === 'en') return `Name differs from the catalog: ${q('en', t.used ?? '')} here, but the catalog's name in this language is ${q('en', t.entity ?? '')}.`;
      if (locale === 'ja') return `カタログと名称が異なります：ここでは ${q('ja', t.used ?? '')}、カタログのこの言語での名称は ${q('ja', t.entity ?? '')} です。`;
      return `名称与目录不一致：此处为 ${q('zh', t.used ?? '')}，目录中该语言的名称为 ${q('zh', t.entity ?? '')}。`;
    }
  }
}

/** The related locations' messages in a language. */
export function relatedMessage(figure: Figure | undefined, file: string, fallback: string, locale: FindingLocale): string {
  if (!figure || locale === 'en') return fallback;
  return locale === 'ja' ? `${file} では ${value(figure, 'ja')}` : `${file} 中为 ${value(figure, 'zh')}`;
}

/** A finding's message and its related locations' messages, in a language. */
export function localizeFinding(d: EngineDiagnostic, locale: FindingLocale): { message: string; related: string[] } {
  if (locale === 'en') return { message: d.message, related: d.related.map((r) => r.message) };
  const t = (d as EngineDiagnostic & { text?: FindingText }).text;
  const others = t?.others ?? [];
  return {
    message: findingMessage(d, locale),
    related: d.related.map((r, i) => {
      const o = others[i];
      if (o) return relatedMessage(o.figure, o.file, r.message, locale);
      if (t?.key === 'entity-missing' || t?.key === 'name-mismatch') return r.message;
      return r.message;
    }),
  };
}

/** Attaches the data of a message without making it part of the finding's JSON. */
export function withText<T extends EngineDiagnostic>(d: T, text: FindingText): T {
  Object.defineProperty(d, 'text', { value: text, enumerable: false, configurable: true, writable: true });
  return d;
}
