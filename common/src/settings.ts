import { z } from 'zod';

// The single source of truth for `releaseLens.*` settings. The server validates what
// the client sends against it; package.json's `contributes.configuration` is generated
// from it (npm run generate, scripts/generate.ts) and test/unit/generated.test.ts fails
// when the committed package.json is stale, so the Settings UI and the code agree.
// Each setting's description is `%releaseLens.<setting>%` in package.nls*.json.

/** What the Settings UI needs beyond the schema (read by scripts/generate.ts). */
declare module 'zod' {
  interface GlobalMeta {
    /** VS Code's configuration scope; 'resource' when not given. */
    scope?: 'application' | 'machine' | 'machine-overridable' | 'window' | 'resource' | 'language-overridable';
    /** The package.nls key prefix of an enum's value descriptions (`<prefix>.<value>`); the setting's own key when not given. */
    enumDescriptions?: string;
  }
}

export const CHECK_CODES = [
  'figure-mismatch',
  'unit-mismatch',
  'date-mismatch',
  'count-claim',
  'entity-figure-conflict',
  'figure-missing',
  'entity-missing',
  'name-mismatch',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export function isCheckCode(code: string): code is CheckCode {
  return (CHECK_CODES as readonly string[]).includes(code);
}

export const severitySetting = z.enum(['error', 'warning', 'information', 'hint', 'off']).meta({ enumDescriptions: 'releaseLens.severity' });
export type SeveritySetting = z.infer<typeof severitySetting>;

export const DEFAULT_SEVERITIES: Record<CheckCode, SeveritySetting> = {
  'figure-mismatch': 'error',
  'unit-mismatch': 'error',
  'date-mismatch': 'error',
  'count-claim': 'warning',
  'entity-figure-conflict': 'warning',
  'figure-missing': 'information',
  'entity-missing': 'information',
  'name-mismatch': 'warning',
};

export const DEFAULT_INCLUDE = ['**/*.release', '**/*.release.txt', '**/samples/**/*.txt', '**/releases/**/*.txt'];

export const settingsSchema = z.object({
  include: z.array(z.string()).default(DEFAULT_INCLUDE),
  exclude: z.array(z.string()).default(['**/node_modules/**', '**/.git/**']),
  catalogPath: z.string().default('release-lens.json'),
  checks: z
    .object(Object.fromEntries(CHECK_CODES.map((c) => [c, severitySetting.default(DEFAULT_SEVERITIES[c])])) as Record<CheckCode, z.ZodDefault<typeof severitySetting>>)
    .partial()
    .default({}),
  inlayHints: z.object({ enabled: z.boolean().default(false) }).default({ enabled: false }),
  hover: z.object({ maxMentions: z.number().int().min(0).max(200).default(20) }).default({ maxMentions: 20 }),
  maxFileSizeKB: z.number().int().min(1).default(2048),
  trace: z.object({ server: z.enum(['off', 'messages', 'verbose']).default('off').meta({ scope: 'window' }) }).default({ server: 'off' }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Validates settings from a client; invalid parts fall back to defaults, with the problems listed. */
export function parseSettings(input: unknown): { settings: Settings; problems: string[] } {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return { settings: result.data, problems: [] };
  const problems = result.error.issues.map((i) => `releaseLens.${i.path.join('.')}: ${i.message}`);
  // Keep the valid top-level keys, drop the invalid ones.
  const partial: Record<string, unknown> = { ...(typeof input === 'object' && input ? (input as Record<string, unknown>) : {}) };
  for (const issue of result.error.issues) delete partial[String(issue.path[0])];
  const fallback = settingsSchema.safeParse(partial);
  return { settings: fallback.success ? fallback.data : DEFAULT_SETTINGS, problems };
}

export function severityOf(settings: Settings, code: CheckCode): SeveritySetting {
  return settings.checks[code] ?? DEFAULT_SEVERITIES[code];
}
