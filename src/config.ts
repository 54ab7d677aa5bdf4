import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configError } from './errors.js';
import type { AllowPattern } from './filters/pipeline.js';
import { DISK, type PolicyFiles } from './policy-files.js';
import { regexHazard } from './ruleset/regex-safety.js';
import { SEVERITIES, type NewSuppressions, type Severity } from './types.js';

export const CONFIG_FILE = '.caibo-scan.json';

/** `.caibo-scan.json`, as documented by schema/config.schema.json. */
export interface Config {
  exclude: string[];
  allow: AllowPattern[];
  failOn?: Severity | 'none';
  /** Rule directories, resolved against the config file's folder. */
  rules: string[];
  includeLocalEnv?: boolean;
  /** Range scans: do keys the change allows with its own allow comments fail it? (default report) */
  newSuppressions?: NewSuppressions;
  /** Where the config came from, for messages; undefined when none was found. */
  file?: string;
}

const FIELDS = ['$schema', 'exclude', 'allow', 'failOn', 'rules', 'includeLocalEnv', 'newSuppressions'];
const NEW_SUPPRESSIONS: readonly NewSuppressions[] = ['fail', 'report'];
export const FAIL_ON = [...SEVERITIES, 'none'] as const;

/** The nearest `.caibo-scan.json` from `start` up to the enclosing git root (or `start` alone outside git). */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates a config file; every error names the file and the field. */
export function loadConfig(file: string, files: PolicyFiles = DISK): Config {
  let data: unknown;
  try {
    data = JSON.parse(files.readText(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw configError(`${file}: cannot read config: ${reason}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw configError(`${file}: config must be a JSON object`);
  }
  const raw = data as Record<string, unknown>;
  const bad = (field: string, why: string) => configError(`${file}: field "${field}" ${why}`);
  for (const field of Object.keys(raw)) {
    if (!FIELDS.includes(field)) throw bad(field, `is not a known field (known: ${FIELDS.slice(1).join(', ')})`);
  }
  const strings = (field: string): string[] => {
    const value = raw[field] ?? [];
    // An empty `allow` regex would match every path and silence the whole scan.
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
      throw bad(field, 'must be an array of non-empty strings');
    }
    return value as string[];
  };
  const config: Config = {
    exclude: strings('exclude'),
    allow: compileAllow(strings('allow'), file),
    rules: strings('rules').map((dir) => resolve(dirname(file), dir)),
    file,
  };
  if (raw.failOn !== undefined) {
    if (!FAIL_ON.includes(raw.failOn as Severity)) throw bad('failOn', `must be one of ${FAIL_ON.join(', ')}`);
    config.failOn = raw.failOn as Severity | 'none';
  }
  if (raw.includeLocalEnv !== undefined) {
    if (typeof raw.includeLocalEnv !== 'boolean') throw bad('includeLocalEnv', 'must be true or false');
    config.includeLocalEnv = raw.includeLocalEnv;
  }
  if (raw.newSuppressions !== undefined) {
    if (!NEW_SUPPRESSIONS.includes(raw.newSuppressions as NewSuppressions)) throw bad('newSuppressions', `must be one of ${NEW_SUPPRESSIONS.join(', ')}`);
    config.newSuppressions = raw.newSuppressions as NewSuppressions;
  }
  return config;
}

/** `allow` patterns (config file or library option) compiled; `where` names their origin in errors. */
export function compileAllow(patterns: readonly string[], where: string): AllowPattern[] {
  return patterns.map((pattern, index) => {
    const bad = (why: string) => configError(`${where}: field "allow[${index}]" ${why}`);
    if (typeof pattern !== 'string' || pattern === '') throw bad('must be a non-empty string');
    const hazard = regexHazard(pattern);
    if (hazard) throw bad(`could make a scan hang: ${hazard}`);
    try {
      return { pattern, regex: new RegExp(pattern) };
    } catch (error) {
      throw bad(`is not a valid regular expression: ${(error as Error).message}`);
    }
  });
}

export const EMPTY_CONFIG: Config = { exclude: [], allow: [], rules: [] };
