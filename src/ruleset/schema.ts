import { rulesError } from '../errors.js';
import { SEVERITIES, type ContextId, type KeyType, type RuleSpec } from '../types.js';
import { regexHazard } from './regex-safety.js';

/** A key shape: a literal prefix (the prefilter's needle) and a body regex. */
export interface PatternSpec {
  id: string;
  keyType: KeyType;
  prefix: string;
  body: string;
  description: string;
  examples?: { match: string[]; noMatch: string[] };
}

/** What makes a key-shaped token a documentation placeholder rather than a leak. */
export interface PlaceholderSpec {
  exactBodies: string[];
  words: string[];
  minRepeatedRun: number;
  minSequentialRun: number;
  minDistinctChars: number;
  templateBefore: string[];
  templateAfter: string[];
  examples?: { placeholder: string[] };
}

export interface RuleFile {
  patterns?: PatternSpec[];
  rules?: RuleSpec[];
  placeholders?: PlaceholderSpec;
  contextPrecedence?: ContextId[];
}

export const CONTEXTS: readonly ContextId[] = [
  'client-bundle',
  'exposed-env-var',
  'url',
  'committed-env',
  'local-env',
  'default',
];
const KEY_TYPES: readonly KeyType[] = ['live', 'test'];
const PRECISIONS = ['very-high', 'high', 'medium', 'low'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Json = Record<string, unknown>;

/** Validates one parsed rule file; every error names the file, the rule id and the field. */
export function validateRuleFile(data: unknown, file: string): RuleFile {
  const where = (id: string | undefined, field: string) =>
    `${file}${id ? `: rule "${id}"` : ''}: field "${field}"`;
  const object = (value: unknown, at: string): Json => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw rulesError(`${at} must be an object`);
    }
    return value as Json;
  };
  const onlyFields = (value: Json, allowed: string[], id: string | undefined) => {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) throw rulesError(`${where(id, key)} is not a known field`);
    }
  };
  const text = (value: Json, field: string, id?: string, optional = false): string => {
    const v = value[field];
    if (v === undefined && optional) return '';
    if (typeof v !== 'string' || v.length === 0) {
      throw rulesError(`${where(id, field)} must be a non-empty string`);
    }
    return v;
  };
  const oneOf = <T extends string>(value: Json, field: string, allowed: readonly T[], id?: string): T => {
    const v = value[field];
    if (!allowed.includes(v as T)) {
      throw rulesError(`${where(id, field)} must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`);
    }
    return v as T;
  };
  const strings = (value: Json, field: string, id?: string): string[] => {
    const v = value[field];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) {
      throw rulesError(`${where(id, field)} must be an array of strings`);
    }
    return v as string[];
  };
  const count = (value: Json, field: string): number => {
    const v = value[field];
    if (!Number.isInteger(v) || (v as number) < 1) {
      throw rulesError(`${where(undefined, `placeholders.${field}`)} must be a positive integer`);
    }
    return v as number;
  };

  const safeRegex = (source: string, at: string): string => {
    try {
      new RegExp(source);
    } catch (error) {
      throw rulesError(`${at} is not a valid regular expression: ${(error as Error).message}`);
    }
    const hazard = regexHazard(source);
    if (hazard) throw rulesError(`${at} could make a scan hang: ${hazard}`);
    return source;
  };

  const root = object(data, file);
  onlyFields(root, ['$schema', 'patterns', 'rules', 'placeholders', 'contextPrecedence'], undefined);
  const result: RuleFile = {};

  if (root.patterns !== undefined) {
    if (!Array.isArray(root.patterns)) throw rulesError(`${where(undefined, 'patterns')} must be an array`);
    result.patterns = root.patterns.map((raw, index) => {
      const p = object(raw, `${file}: patterns[${index}]`);
      const id = typeof p.id === 'string' ? p.id : undefined;
      onlyFields(p, ['id', 'keyType', 'prefix', 'body', 'description', 'examples'], id);
      if (!id || !ID.test(id)) throw rulesError(`${where(id ?? `patterns[${index}]`, 'id')} must be kebab-case`);
      const spec: PatternSpec = {
        id,
        keyType: oneOf(p, 'keyType', KEY_TYPES, id),
        prefix: text(p, 'prefix', id),
        body: safeRegex(text(p, 'body', id), where(id, 'body')),
        description: text(p, 'description', id),
      };
      if (p.examples !== undefined) {
        const ex = object(p.examples, where(id, 'examples'));
        onlyFields(ex, ['match', 'noMatch'], id);
        spec.examples = { match: strings(ex, 'match', id), noMatch: strings(ex, 'noMatch', id) };
      }
      return spec;
    });
  }

  if (root.rules !== undefined) {
    if (!Array.isArray(root.rules)) throw rulesError(`${where(undefined, 'rules')} must be an array`);
    result.rules = root.rules.map((raw, index) => {
      const r = object(raw, `${file}: rules[${index}]`);
      const id = typeof r.id === 'string' ? r.id : undefined;
      onlyFields(
        r,
        ['id', 'keyType', 'context', 'severity', 'precision', 'title', 'description', 'remediation', 'help'],
        id,
      );
      if (!id || !ID.test(id)) throw rulesError(`${where(id ?? `rules[${index}]`, 'id')} must be kebab-case`);
      return {
        id,
        keyType: oneOf(r, 'keyType', KEY_TYPES, id),
        context: oneOf(r, 'context', CONTEXTS, id),
        severity: oneOf(r, 'severity', SEVERITIES, id),
        precision: oneOf(r, 'precision', PRECISIONS, id),
        title: text(r, 'title', id),
        description: text(r, 'description', id),
        remediation: text(r, 'remediation', id),
        help: strings(r, 'help', id),
      };
    });
  }

  if (root.placeholders !== undefined) {
    const p = object(root.placeholders, where(undefined, 'placeholders'));
    onlyFields(
      p,
      ['exactBodies', 'words', 'minRepeatedRun', 'minSequentialRun', 'minDistinctChars', 'templateBefore', 'templateAfter', 'examples'],
      undefined,
    );
    result.placeholders = {
      exactBodies: strings(p, 'exactBodies'),
      words: strings(p, 'words').map((w) => w.toLowerCase()),
      minRepeatedRun: count(p, 'minRepeatedRun'),
      minSequentialRun: count(p, 'minSequentialRun'),
      minDistinctChars: count(p, 'minDistinctChars'),
      templateBefore: strings(p, 'templateBefore'),
      templateAfter: strings(p, 'templateAfter'),
    };
    if (p.examples !== undefined) {
      const examples = object(p.examples, where(undefined, 'placeholders.examples'));
      onlyFields(examples, ['placeholder'], undefined);
      result.placeholders.examples = { placeholder: strings(examples, 'placeholder') };
    }
  }

  if (root.contextPrecedence !== undefined) {
    const list = strings(root, 'contextPrecedence');
    for (const c of list) {
      if (!CONTEXTS.includes(c as ContextId)) {
        throw rulesError(`${where(undefined, 'contextPrecedence')} has unknown context "${c}"`);
      }
    }
    result.contextPrecedence = list as ContextId[];
  }
  return result;
}
