// The extension manifest agrees with the code: settings (common/src/settings.ts), the
// translations of package.json and of vscode.l10n strings, semantic tokens, activation
// events and the TextMate grammar.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CHECK_CODES, DEFAULT_SETTINGS, DEFAULT_SEVERITIES } from '../../common/src/settings';

const root = path.resolve(__dirname, '../..');
const readJson = (file: string): any => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const pkg = readJson('package.json');
const contributes = pkg.contributes;

/** Flattens the default settings into dotted keys, as VS Code's configuration registry sees them. */
function flattenDefaults(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flattenDefaults(inner, `${prefix}.${key}`, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function expectedSettings(): Map<string, unknown> {
  const { checks: _checks, ...rest } = DEFAULT_SETTINGS;
  const expected = flattenDefaults(rest, 'releaseLens', new Map());
  // `checks` defaults to {} (each code falls back to DEFAULT_SEVERITIES): one setting per code.
  for (const code of CHECK_CODES) expected.set(`releaseLens.checks.${code}`, DEFAULT_SEVERITIES[code]);
  return expected;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

describe('package.json contributes.configuration', () => {
  const properties: Record<string, any> = contributes.configuration.properties;
  const expected = expectedSettings();

  it('has exactly the settings of common/src/settings.ts', () => {
    assert.deepEqual(Object.keys(properties).sort(), [...expected.keys()].sort());
  });

  it('has the same defaults as the zod schema', () => {
    for (const [key, value] of expected) assert.deepEqual(properties[key].default, value, key);
  });

  it('describes, types and scopes every setting', () => {
    for (const [key, property] of Object.entries(properties)) {
      assert.ok(typeof property.type === 'string', `${key} has a type`);
      assert.match(property.markdownDescription ?? '', /^%.+%$/, `${key} has a localised markdownDescription`);
      assert.ok(['resource', 'window', 'application', 'machine', 'machine-overridable', 'language-overridable'].includes(property.scope), `${key} has a scope`);
      if (property.enum) assert.equal(property.enumDescriptions?.length, property.enum.length, `${key} describes every enum value`);
      if (property.enum) assert.ok(property.enum.includes(property.default), `${key} default is one of its enum values`);
    }
  });

  it('offers every severity for every check', () => {
    for (const code of CHECK_CODES) assert.deepEqual(properties[`releaseLens.checks.${code}`].enum, ['error', 'warning', 'information', 'hint', 'off']);
  });
});

describe('package.json translations', () => {
  const keys = new Set<string>();
  JSON.stringify(pkg).replace(/"%([^"%]+)%"/g, (_m, key: string) => (keys.add(key), ''));
  for (const file of ['package.nls.json', 'package.nls.ja.json', 'package.nls.zh-cn.json']) {
    it(`${file} has every %key% of package.json`, () => {
      const nls = readJson(file);
      const missing = [...keys].filter((key) => typeof nls[key] !== 'string' || nls[key].length === 0);
      assert.deepEqual(missing, []);
    });
  }

  it('package.nls.ja.json and .zh-cn.json have the same keys as package.nls.json', () => {
    const en = Object.keys(readJson('package.nls.json')).sort();
    assert.deepEqual(Object.keys(readJson('package.nls.ja.json')).sort(), en);
    assert.deepEqual(Object.keys(readJson('package.nls.zh-cn.json')).sort(), en);
  });
});

describe('vscode.l10n bundles', () => {
  const sources = listFiles(path.join(root, 'client/src')).filter((f) => f.endsWith('.ts'));
  const messages = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gs)) messages.add(m[2].replace(/\\(['"`\\])/g, '$1'));
    // Every call takes a literal (a variable cannot be checked, nor extracted by tooling).
    for (const m of text.matchAll(/l10n\.t\(\s*([^\s'"`])/g)) assert.fail(`${path.relative(root, file)}: vscode.l10n.t(${m[1]}…) without a string literal`);
  }

  it('finds the client strings', () => assert.ok(messages.size > 10));

  for (const bundle of ['l10n/bundle.l10n.ja.json', 'l10n/bundle.l10n.zh-cn.json']) {
    it(`${bundle} translates every vscode.l10n.t string of client/src`, () => {
      const translations = readJson(bundle);
      assert.deepEqual([...messages].filter((m) => typeof translations[m] !== 'string').sort(), []);
    });
    it(`${bundle} keeps the placeholders of every string`, () => {
      const translations: Record<string, string> = readJson(bundle);
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      for (const [message, translation] of Object.entries(translations)) assert.deepEqual(placeholders(translation), placeholders(message), message);
    });
  }

  it('package.json points at the l10n folder', () => assert.equal(pkg.l10n, './l10n'));
});

describe('semantic tokens', () => {
  const types: { id: string; superType?: string }[] = contributes.semanticTokenTypes;
  const scopes: Record<string, string[]> = Object.assign({}, ...contributes.semanticTokenScopes.map((s: { scopes: object }) => s.scopes));

  it('contributes the five entity and figure types', () => {
    assert.deepEqual(types.map((t) => t.id).sort(), ['figure', 'lab', 'organization', 'project', 'zone']);
  });

  it('gives every type a superType and a TextMate scope', () => {
    for (const type of types) {
      assert.ok(type.superType, `${type.id} has a superType`);
      assert.ok(scopes[type.id]?.length, `${type.id} has a scope mapping`);
    }
  });

  it('contributes the conflict modifier', () => {
    assert.ok(contributes.semanticTokenModifiers.some((m: { id: string }) => m.id === 'conflict'));
  });
});

describe('activation and commands', () => {
  it('has explicit activation events, including onLanguage:press-release', () => {
    assert.ok(Array.isArray(pkg.activationEvents) && pkg.activationEvents.length > 0);
    assert.ok(pkg.activationEvents.includes('onLanguage:press-release'));
  });

  it('registers in client/src every contributed command, and contributes every registered one', () => {
    const code = listFiles(path.join(root, 'client/src')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const registered = new Set([...code.matchAll(/registerCommand\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]));
    for (const [, id] of code.matchAll(/\[\s*'(releaseLens\.annotate\w+)'/g)) registered.add(id);
    const contributed = new Set<string>(contributes.commands.map((c: { command: string }) => c.command));
    assert.deepEqual([...contributed].sort(), [...registered].sort());
    for (const command of contributes.commands) assert.equal(command.category, '%releaseLens.category%');
  });

  it('declares workspace trust and virtual workspace support', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, false);
  });
});

describe('TextMate grammar and language configuration', () => {
  const grammarFile = contributes.grammars[0].path as string;
  const grammar = readJson(grammarFile);

  it('the contributed files exist and parse', () => {
    assert.equal(grammar.scopeName, contributes.grammars[0].scopeName);
    readJson(contributes.languages[0].configuration);
  });

  it('resolves every #include to a repository entry', () => {
    const includes: string[] = [];
    JSON.stringify(grammar).replace(/"include":"#([^"]+)"/g, (_m, name: string) => (includes.push(name), ''));
    for (const name of includes) assert.ok(grammar.repository[name], `#${name} exists`);
  });

  it('has regexes that compile (those without Oniguruma-only syntax)', () => {
    const patterns: string[] = [];
    (function walk(node: unknown): void {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        for (const key of ['match', 'begin', 'end']) {
          const value = (node as Record<string, unknown>)[key];
          if (typeof value === 'string') patterns.push(value);
        }
        Object.values(node).forEach(walk);
      }
    })(grammar);
    assert.ok(patterns.length > 5);
    const onigurumaOnly = /\\[GAzZhH]|\(\?[imx]+[-:)]|\(\?>|\\p\{|[*+?]\+|\\k</;
    for (const pattern of patterns.filter((p) => !onigurumaOnly.test(p))) assert.doesNotThrow(() => new RegExp(pattern, 'u'), pattern);
  });

  it('colours the usual dates and numbers of a release', () => {
    const date: { match: string }[] = grammar.repository.date.patterns;
    const matchesAny = (text: string) => date.some((p) => new RegExp(`^(?:${p.match})$`, 'u').test(text));
    for (const text of ['2026年2月24日', 'Feb. 27, 2026', '2026-03-02', '2025-11-19 10:58', '２０２６年３月２日']) assert.ok(matchesAny(text), text);
    const dateline = new RegExp(grammar.repository.dateline.match);
    assert.ok(dateline.test('SHENYANG, China, Feb. 27, 2026 (GLOBE NEWSWIRE) -- On February 24'));
  });
});
