import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesError } from '../errors.js';
import { DISK, type PolicyFiles } from '../policy-files.js';
import type { ContextId, KeyType, RuleSpec } from '../types.js';
import {
  CONTEXTS,
  validateRuleFile,
  type PatternSpec,
  type PlaceholderSpec,
  type RuleFile,
} from './schema.js';

/** rules/ ships beside dist/ and src/: two levels above this module, the CLI chunks (dist/chunks/) and the Action bundle (action/dist/). */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
export const VERIFY_SPEC_FILE = 'verify.json';

/** Rule files, validated and merged: what the detector, the filters and decide() read. */
export interface Ruleset {
  patterns: PatternSpec[];
  rules: RuleSpec[];
  placeholders: PlaceholderSpec;
  contextPrecedence: ContextId[];
  /** The rule for each (key type, context) pair. */
  ruleFor(keyType: KeyType, context: ContextId): RuleSpec;
  ruleById(id: string): RuleSpec | undefined;
}

function readRuleFile(file: string, files: PolicyFiles): RuleFile {
  let data: unknown;
  try {
    data = JSON.parse(files.readText(file));
  } catch (error) {
    throw rulesError(`${file}: cannot read rule file: ${(error as Error).message}`);
  }
  return validateRuleFile(data, file);
}

function ruleFilesIn(path: string, files: PolicyFiles): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = files.isDirectory(path);
  } catch (error) {
    throw rulesError(`${path}: cannot read rules: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!isDirectory) return [path];
  return files
    .list(path)
    // rules/verify.json is the --verify request, not a rule file (verify/spec.ts reads it).
    .filter((name) => name.endsWith('.json') && !(path === BUILTIN_RULES_DIR && name === VERIFY_SPEC_FILE))
    .sort()
    .map((name) => join(path, name));
}

/**
 * Loads the built-in rules plus any user rule directories (or single files), compiled once per scan.
 * User rules are read through `files` (a range scan reads them from the base revision); the
 * built-in ones are the tool's own and always come from disk.
 */
export function loadRuleset(extraDirs: readonly string[] = [], files: PolicyFiles = DISK): Ruleset {
  const ruleFiles = [
    ...ruleFilesIn(BUILTIN_RULES_DIR, DISK).map((file) => ({ file, from: DISK })),
    ...extraDirs.flatMap((dir) => ruleFilesIn(dir, files)).map((file) => ({ file, from: files })),
  ];
  const patterns: PatternSpec[] = [];
  const rules: RuleSpec[] = [];
  let placeholders: PlaceholderSpec | undefined;
  let contextPrecedence: ContextId[] | undefined;
  const seen = new Map<string, string>();
  const claim = (id: string, file: string) => {
    const other = seen.get(id);
    if (other) throw rulesError(`${file}: rule "${id}": field "id" is already defined in ${basename(other)}`);
    seen.set(id, file);
  };

  for (const { file, from } of ruleFiles) {
    const data = readRuleFile(file, from);
    for (const pattern of data.patterns ?? []) {
      claim(pattern.id, file);
      patterns.push(pattern);
    }
    for (const rule of data.rules ?? []) {
      claim(rule.id, file);
      rules.push(rule);
    }
    if (data.placeholders) placeholders = mergePlaceholders(placeholders, data.placeholders);
    if (data.contextPrecedence) contextPrecedence = data.contextPrecedence;
  }

  if (!placeholders) throw rulesError(`${BUILTIN_RULES_DIR}: no placeholders section found`);
  const table = new Map<string, RuleSpec>();
  for (const rule of rules) table.set(`${rule.keyType}:${rule.context}`, rule);
  for (const keyType of ['live', 'test'] as const) {
    for (const context of CONTEXTS) {
      if (!table.has(`${keyType}:${context}`)) {
        throw rulesError(`rules: no rule for key type "${keyType}" in context "${context}"`);
      }
    }
  }
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return {
    patterns,
    rules,
    placeholders,
    contextPrecedence: contextPrecedence ?? [...CONTEXTS],
    ruleFor: (keyType, context) => table.get(`${keyType}:${context}`)!,
    ruleById: (id) => byId.get(id),
  };
}

/** User placeholder lists extend the built-in ones; user thresholds replace them. */
function mergePlaceholders(base: PlaceholderSpec | undefined, extra: PlaceholderSpec): PlaceholderSpec {
  if (!base) return extra;
  return {
    exactBodies: [...base.exactBodies, ...extra.exactBodies],
    words: [...base.words, ...extra.words],
    minRepeatedRun: extra.minRepeatedRun,
    minSequentialRun: extra.minSequentialRun,
    minDistinctChars: extra.minDistinctChars,
    templateBefore: [...base.templateBefore, ...extra.templateBefore],
    templateAfter: [...base.templateAfter, ...extra.templateAfter],
    examples: base.examples,
  };
}
