// What each finding code means, for formats that describe their rules (SARIF's
// tool.driver.rules, the title of a GitHub annotation). The same words as the
// README's table of findings.
import { CHECK_CODES, DEFAULT_SEVERITIES, type CheckCode } from '../../../common/src/settings';
import type { Severity } from '../core/types';

export interface FindingRule {
  code: string;
  /** PascalCase, as SARIF names rules. */
  name: string;
  title: string;
  description: string;
  defaultSeverity: Severity;
}

const DESCRIPTIONS: Record<CheckCode, { title: string; description: string }> = {
  'figure-mismatch': {
    title: 'Figure differs between versions',
    description: 'An aligned figure differs between versions of a release after normalising units and scales (5.6 km = 5,600 m; 50万 = 500,000); approximate bounds tolerate rounding.',
  },
  'unit-mismatch': {
    title: 'Unit differs between versions',
    description: 'The same number is stated with an incompatible unit in another version of the release (91 km against 91 km²).',
  },
  'date-mismatch': {
    title: 'Event date differs between versions',
    description: "The event date differs between versions of a release (a dateline's publication date is not an event date).",
  },
  'count-claim': {
    title: 'Count disagrees with its list',
    description: 'A count word disagrees with the clear list that follows it ("Four key projects – A, B, C").',
  },
  'entity-figure-conflict': {
    title: 'Entity attribute stated differently elsewhere',
    description: 'Outside a release family, the same attribute of the same entity is stated with different values in another document.',
  },
  'figure-missing': {
    title: 'Figure missing from this version',
    description: 'A distinctive figure that all other versions of the release (at least two) state has no counterpart in this one.',
  },
  'entity-missing': {
    title: 'Entity missing from this version',
    description: 'An entity that every other version of the release (at least two) names is not named in this one.',
  },
  'name-mismatch': {
    title: 'Name differs from the catalog',
    description: "The catalog gives the entity a name in this version's language and the version calls it something else (not the name, not an alias).",
  },
};

/** Document notices are not checks (no setting), but they are reported like findings. */
const NOTICES: FindingRule[] = [
  {
    code: 'file-too-large',
    name: 'FileTooLarge',
    title: 'File too large to analyse',
    description: 'The file is larger than the size limit (--max-file-size, releaseLens.maxFileSizeKB) and was not analysed.',
    defaultSeverity: 'information',
  },
  {
    code: 'impossible-date',
    name: 'ImpossibleDate',
    title: 'Date that cannot exist',
    description: 'Text with the shape of a date whose day, month or year cannot exist (31 February 2026, 2026年2月30日, 2026-13-05); it is not read as a date or as any other figure.',
    defaultSeverity: 'information',
  },
];

const pascal = (code: string): string => code.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');

export const FINDING_RULES: readonly FindingRule[] = [
  ...CHECK_CODES.map((code) => {
    const severity = DEFAULT_SEVERITIES[code];
    return { code, name: pascal(code), ...DESCRIPTIONS[code], defaultSeverity: severity === 'off' ? 'information' : severity };
  }),
  ...NOTICES,
];

/** The rule of a code; an unknown code (a newer engine) still gets one. */
export function ruleFor(code: string): FindingRule {
  return FINDING_RULES.find((r) => r.code === code) ?? { code, name: pascal(code), title: code, description: code, defaultSeverity: 'warning' };
}
