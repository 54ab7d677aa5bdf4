import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { validateRuleFile } from '../src/ruleset/schema.js';
import { loadVerifySpec } from '../src/verify/verify.js';
import { makeTree } from './helpers/fixture.js';

const repoFile = (path: string) => new URL(`../${path}`, import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(repoFile(path), 'utf8')) as Record<string, unknown>;

function compile(schemaPath: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addFormat('regex', (source: string) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  });
  return ajv.compile(readJson(schemaPath));
}

const validateConfigSchema = compile('schema/config.schema.json');
const validateRulesSchema = compile('schema/rules.schema.json');

/** Does the loader accept this config? (It reads files, so each case is written to a temp folder.) */
function loaderAcceptsConfig(config: unknown): boolean {
  const root = makeTree({ '.caibo-scan.json': JSON.stringify(config) });
  try {
    loadConfig(`${root}/.caibo-scan.json`);
    return true;
  } catch {
    return false;
  }
}

function loaderAcceptsRules(data: unknown): boolean {
  try {
    validateRuleFile(data, 'case.json');
    return true;
  } catch {
    return false;
  }
}

function loaderAcceptsVerifySpec(data: unknown): boolean {
  const root = makeTree({ 'verify.json': JSON.stringify(data) });
  try {
    loadVerifySpec(`${root}/verify.json`);
    return true;
  } catch {
    return false;
  }
}

/** The README's config examples (JSON blocks naming the schema), so documentation and schema cannot drift apart. */
const README_CONFIGS = [...readFileSync(repoFile('README.md'), 'utf8').matchAll(/```json\n(\{[^`]*?config\.schema\.json[^`]*?)```/g)].map(
  (block) => JSON.parse(block[1]!) as Record<string, unknown>,
);
const EXAMPLE_CONFIGS = [
  ...README_CONFIGS,
  { rules: ['./caibo-rules'], includeLocalEnv: true, failOn: 'none' },
  { allow: ['^c0f0a8838262a5a7171c3840e1f268a0$'] },
  {},
];

describe('JSON Schemas', () => {
  it.each(readdirSync(repoFile('rules')).filter((n) => n.endsWith('.json') && n !== 'verify.json'))('rules/%s is valid against schema/rules.schema.json', (name) => {
    const data = readJson(`rules/${name}`);
    expect(data.$schema).toBe('../schema/rules.schema.json');
    expect(validateRulesSchema(data), JSON.stringify(validateRulesSchema.errors)).toBe(true);
  });

  it('rules/verify.json is valid against schema/verify.schema.json, and schema and loader agree on bad specs', () => {
    const validate = compile('schema/verify.schema.json');
    const spec = readJson('rules/verify.json');
    expect(spec.$schema).toBe('../schema/verify.schema.json');
    expect(validate(spec), JSON.stringify(validate.errors)).toBe(true);
    expect(loaderAcceptsVerifySpec(spec)).toBe(true);
    const bad: Array<Record<string, unknown>> = [
      { ...spec, method: 'POST' },
      { ...spec, path: 'https://elsewhere.example/x' },
      { ...spec, status: { '404': 'maybe' } },
      { ...spec, status: { ok: 'active' } },
      { ...spec, timeoutMs: 0 },
      { ...spec, host: 'https://elsewhere.example' },
    ];
    for (const data of bad) {
      expect(validate(data)).toBe(false);
      expect(loaderAcceptsVerifySpec(data)).toBe(false);
    }
  });

  it('the README documents a config example', () => {
    expect(README_CONFIGS.length).toBeGreaterThan(0);
  });

  it.each(EXAMPLE_CONFIGS.map((c) => [JSON.stringify(c), c]))('example config %s is valid for schema and loader', (_, config) => {
    expect(validateConfigSchema(config), JSON.stringify(validateConfigSchema.errors)).toBe(true);
    expect(loaderAcceptsConfig(config)).toBe(true);
  });

  const BAD_CONFIGS: Array<[string, unknown]> = [
    ['unknown field', { exclud: ['dist/**'] }],
    ['exclude not an array', { exclude: 'dist/**' }],
    ['exclude with a number', { exclude: [1] }],
    ['empty allow regex', { allow: [''] }],
    ['invalid allow regex', { allow: ['(unclosed'] }],
    ['failOn out of range', { failOn: 'severe' }],
    ['includeLocalEnv as a string', { includeLocalEnv: 'yes' }],
    ['rules as a string', { rules: './rules' }],
    ['not an object', ['exclude']],
  ];
  it.each(BAD_CONFIGS)('config with %s is rejected by both schema and loader', (_, config) => {
    expect(validateConfigSchema(config)).toBe(false);
    expect(loaderAcceptsConfig(config)).toBe(false);
  });

  const rule = readJson('rules/severity.json').rules as Array<Record<string, unknown>>;
  const pattern = (readJson('rules/caibo-keys.json').patterns as Array<Record<string, unknown>>)[0]!;
  const placeholders = readJson('rules/placeholders.json').placeholders as Record<string, unknown>;
  const BAD_RULE_FILES: Array<[string, unknown]> = [
    ['unknown top-level field', { pattern: [] }],
    ['unknown rule field', { rules: [{ ...rule[0], severityLevel: 'high' }] }],
    ['unknown context', { rules: [{ ...rule[0], context: 'browser' }] }],
    ['missing rule help', { rules: [{ ...rule[0], help: undefined }] }],
    ['non-kebab rule id', { rules: [{ ...rule[0], id: 'Caibo_Key' }] }],
    ['empty pattern prefix', { patterns: [{ ...pattern, prefix: '' }] }],
    ['unknown pattern example field', { patterns: [{ ...pattern, examples: { match: [], noMatch: [], maybe: [] } }] }],
    ['zero placeholder threshold', { placeholders: { ...placeholders, minRepeatedRun: 0 } }],
    ['unknown placeholder example field', { placeholders: { ...placeholders, examples: { placeholder: [], other: [] } } }],
    ['unknown context in precedence', { contextPrecedence: ['client-bundle', 'server'] }],
  ];
  it.each(BAD_RULE_FILES)('rule file with %s is rejected by both schema and loader', (_, data) => {
    const json = JSON.parse(JSON.stringify(data)) as unknown;
    expect(validateRulesSchema(json)).toBe(false);
    expect(loaderAcceptsRules(json)).toBe(false);
  });

  it('a minimal valid rule file is accepted by both', () => {
    const data = { contextPrecedence: ['url', 'default'], patterns: [{ id: 'x-key', keyType: 'live', prefix: 'x_', body: '[a-z]{8}', description: 'x' }] };
    expect(validateRulesSchema(data)).toBe(true);
    expect(loaderAcceptsRules(data)).toBe(true);
  });
});
