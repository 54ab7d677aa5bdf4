import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FAIL_ON } from './config.js';

/**
 * The command line as data: yargs (cli-parser.ts) builds its help, validation and error messages
 * from it, and quickParse reads the common invocations from it without loading yargs, which was a
 * third of a pre-commit hook's run (issue 6: `staged` within 100 ms of bare node).
 */

export const POLICY_SOURCES = ['base', 'head'] as const;
export const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab', 'codequality', 'junit', 'html'] as const;
export const COMMANDS = ['history', 'staged', 'baseline', 'pre-receive', 'audit', 'merge', 'pack', 'image', 'url'] as const;
type Command = (typeof COMMANDS)[number];

export interface OptionSpec {
  type: 'string' | 'boolean' | 'number';
  alias?: string;
  /** Repeatable: every occurrence adds a value. */
  array?: boolean;
  choices?: readonly string[];
  default?: string | boolean;
  /** A string option that also has a `--no-NAME` form (`--no-config`). Booleans always have one. */
  negatable?: boolean;
  describe: string;
}

export const OPTIONS = {
  format: { type: 'string', alias: 'f', choices: FORMATS, default: 'text', describe: 'report format' },
  output: { type: 'string', alias: 'o', describe: 'write the report to FILE (atomically) instead of stdout' },
  'fail-on': { type: 'string', choices: FAIL_ON, describe: 'lowest severity that exits 1 [default: high]' },
  'show-secrets': { type: 'boolean', default: false, describe: 'print raw keys (never in CI logs)' },
  config: { type: 'string', alias: 'c', negatable: true, describe: 'config file (default: nearest .caibo-scan.json; --no-config: none)' },
  rules: { type: 'string', array: true, describe: 'extra rule directory or file (repeatable)' },
  baseline: { type: 'string', describe: 'report only findings not in this baseline file' },
  include: { type: 'string', array: true, describe: 'only scan paths matching GLOB (repeatable; *.js: at any depth)' },
  exclude: { type: 'string', array: true, describe: 'skip paths matching GLOB (repeatable; *.min.js: at any depth)' },
  'include-local-env': { type: 'boolean', describe: 'also report keys in gitignored local .env files (low)' },
  'show-suppressed': { type: 'boolean', default: false, describe: 'list suppressed findings too' },
  'stdin-filename': { type: 'string', describe: 'path to report for `-` (standard input)' },
  'follow-symlinks': { type: 'boolean', default: false, describe: 'follow symbolic links (loops are detected)' },
  verify: { type: 'boolean', default: false, describe: 'ask Caibo\'s API whether each live key still works (one request per key to apay.caibo.digital)' },
  'verify-test-keys': { type: 'boolean', default: false, describe: 'with --verify: also check test keys' },
  'fail-on-active': { type: 'boolean', default: false, describe: 'with --verify: exit 1 when a key is active or could not be checked' },
  'max-archive-depth': { type: 'number', describe: 'open archives and compressed files nested up to N deep (default 3; 0: none)' },
  threads: { type: 'number', describe: 'worker threads reading files in a files scan [default: the number of cores, at most 8; 1: none]' },
  'sarif-category': { type: 'string', describe: 'SARIF automationDetails.id (one per analysis)' },
  color: { type: 'boolean', describe: 'force colour on (--color) or off (--no-color) [default: on a terminal]' },
  quiet: { type: 'boolean', alias: 'q', default: false, describe: 'print only findings, no summary line' },
  debug: { type: 'boolean', default: false, describe: 'show stack traces for errors, and how the files were read' },
} as const satisfies Record<string, OptionSpec>;

export const HISTORY_OPTIONS = {
  range: { type: 'string', describe: 'only what the commits in BASE..HEAD add (pull requests)' },
  since: { type: 'string', describe: 'only what the commits since BASE (a commit, or a date YYYY-MM-DD) add' },
  'policy-from': { type: 'string', choices: POLICY_SOURCES, describe: "with --range/--since: whose config, baseline and rules judge the range: base (default, the reviewed side) or head (the change's own; it can switch its check off)" },
  'include-unreachable': { type: 'boolean', default: false, describe: 'also scan dangling commits and blobs' },
  'max-commits': { type: 'number', describe: 'scan at most the N newest commits' },
  'purge-plan': { type: 'string', describe: 'write the git filter-repo --replace-text FILE (raw keys, mode 0600) and print the purge steps' },
  yes: { type: 'boolean', default: false, describe: 'allow --purge-plan on a CI run without a terminal' },
} as const satisfies Record<string, OptionSpec>;

export const PRE_RECEIVE_OPTIONS = {
  'allow-skip': { type: 'boolean', default: false, describe: 'let pushers skip the check with `git push -o caibo-scan.skip` (logged)' },
} as const satisfies Record<string, OptionSpec>;

export const AUDIT_OPTIONS = {
  cache: { type: 'string', default: '.caibo-scan-audit', describe: 'where mirrors and the resumable state are kept' },
  shard: { type: 'string', describe: 'audit only shard K of N (K/N), for CI matrix jobs' },
  jobs: { type: 'number', describe: 'repositories scanned at once [default: the number of cores]' },
} as const satisfies Record<string, OptionSpec>;

export const URL_OPTIONS = {
  'allow-host': { type: 'string', array: true, describe: 'also fetch from HOST (a CDN); redirects elsewhere are not followed (repeatable)' },
  header: { type: 'string', array: true, describe: "send 'Name: value' with every request, e.g. auth for staging (repeatable; never printed)" },
  'max-pages': { type: 'number', describe: 'fetch at most N HTML pages [default: 50]' },
  'max-bytes': { type: 'number', describe: 'read at most N MB in all [default: 200]; one response at most 20 MB' },
  timeout: { type: 'number', describe: 'seconds one request may take [default: 10]; the crawl at most 12x that' },
  concurrency: { type: 'number', describe: 'requests in flight at once [default: 4]' },
} as const satisfies Record<string, OptionSpec>;

/** Each command's own options, besides OPTIONS. */
export const COMMAND_OPTIONS: Partial<Record<Command, Record<string, OptionSpec>>> = {
  history: HISTORY_OPTIONS,
  'pre-receive': PRE_RECEIVE_OPTIONS,
  audit: AUDIT_OPTIONS,
  url: URL_OPTIONS,
};

/** Every option the command takes (undefined: a scan of paths). */
export const optionsFor = (command: Command | undefined): Record<string, OptionSpec> => ({ ...OPTIONS, ...(command ? COMMAND_OPTIONS[command] : {}) });

/** Each command's positional: its name, whether it takes many values, whether it must be given. */
export const POSITIONALS: Record<Command | 'scan', { name: string; many: boolean; required?: true }> = {
  scan: { name: 'paths', many: true },
  history: { name: 'repo', many: false },
  staged: { name: 'files', many: true },
  baseline: { name: 'paths', many: true },
  'pre-receive': { name: 'repo', many: false },
  audit: { name: 'list', many: false, required: true },
  merge: { name: 'reports', many: true, required: true },
  pack: { name: 'target', many: false },
  image: { name: 'image', many: false },
  url: { name: 'url', many: false },
};

/** Parsed arguments as yargs gives them to run(): camelCase names, `_` holding the command. */
export type Arguments = Record<string, unknown> & { _: Array<string | number> };

export const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The argv yargs would read the same way, parsed with node's util.parseArgs; undefined for
 * anything else (help, version, unknown or repeated options, `--`, bundled short flags, bad
 * values...), which yargs then parses and, where wrong, explains. test/cli-options.test.ts checks
 * that both agree on every argv this accepts.
 */
export function quickParse(argv: readonly string[]): Arguments | undefined {
  if (argv.includes('-')) return undefined; // yargs drops a lone `-` wherever it stands
  const command = COMMANDS.find((c) => c === argv[0]);
  const specs = optionsFor(command);
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = { type: spec.type === 'boolean' ? 'boolean' : 'string', multiple: spec.array ?? false, ...(spec.alias ? { short: spec.alias } : {}) };
    // yargs reads `--no-config` as config: false; so does parseArgs once the negation is declared.
    if (spec.negatable) options[`no-${name}`] = { type: 'boolean' };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: command ? argv.slice(1) : [...argv], options, strict: true, allowPositionals: true, allowNegative: true, tokens: true });
  } catch {
    return undefined;
  }
  const seen = new Set<string>();
  const tokens = parsed.tokens!;
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'option-terminator') return undefined;
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) return undefined; // `--no-no-config`
    if (!spec.array && seen.has(token.name)) return undefined; // yargs makes an array of it (parse() keeps the last)
    seen.add(token.name);
    if (token.rawName.startsWith('-') && !token.rawName.startsWith('--') && token.inlineValue) return undefined; // -fjson: yargs reads -f -j -s -o -n
    const next = tokens[index + 1];
    // yargs reads `--debug false` as a value of the flag, parseArgs as a positional.
    if (spec.type === 'boolean' && next?.kind === 'positional' && /^(true|false)$/.test(next.value)) return undefined;
  }
  const args: Arguments = { _: command ? [command] : [] };
  for (const [name, spec] of Object.entries(specs)) {
    const raw = (parsed.values as Record<string, string | boolean | string[] | undefined>)[name];
    const value = raw === undefined ? spec.default : spec.type === 'number' ? Number(raw) : raw;
    if (value === undefined) continue;
    if (spec.choices && !spec.choices.includes(value as string)) return undefined;
    if (spec.type === 'number' && Number.isNaN(value)) return undefined;
    args[camelCase(name)] = value;
  }
  const positional = POSITIONALS[command ?? 'scan'];
  const values = parsed.positionals;
  if ((values.length > 1 && !positional.many) || (values.length === 0 && positional.required)) return undefined;
  if (values.length) args[positional.name] = positional.many ? values : values[0];
  return args;
}

/** What yargs adds to every command line. */
const BUILT_IN: Record<string, OptionSpec> = {
  help: { type: 'boolean', alias: 'h', describe: 'show help' },
  version: { type: 'boolean', alias: 'v', describe: 'show the version' },
};

/** Edit distance, for "did you mean" (names are short: the quadratic table is nothing). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest of `candidates` to a mistyped word, when it is close enough to be what was meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = candidate.startsWith(word) && word.length >= 3 ? 0.5 : distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(1, Math.min(2, Math.floor(word.length / 3))) ? best : undefined;
}

/** Every spelling of every long option, as typed: `--format`, `--no-config`, ... */
function longFlags(specs: Record<string, OptionSpec>): string[] {
  return Object.entries(specs).flatMap(([name, spec]) => [
    `--${name}`,
    ...(spec.type === 'boolean' || spec.negatable ? [`--no-${name}`] : []),
  ]);
}

const valueHint = (spec: OptionSpec) => (spec.choices ? ` (${spec.choices.join(', ')})` : '');

/**
 * The command-line contract checked before either parser runs: one line naming the first problem,
 * or undefined when the argv means exactly one thing. Catches what parsers would otherwise drop or
 * misread: a flag without its value (`-o` last, `--output=`, `-f --debug`), unknown and misspelled
 * flags (with a suggestion), a history flag on another command, bad choices and numbers, and extra
 * positionals. Repeated single-value flags are not a problem: the last one wins (both parsers).
 */
export function argvProblem(argv: readonly string[]): string | undefined {
  const command = COMMANDS.find((c) => c === argv[0]);
  const allSpecs: Record<string, OptionSpec> = Object.assign({}, OPTIONS, ...Object.values(COMMAND_OPTIONS), BUILT_IN);
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(allSpecs)) {
    options[name] = { type: spec.type === 'boolean' ? 'boolean' : 'string', ...(spec.alias ? { short: spec.alias } : {}) };
  }
  const { tokens } = parseArgs({ args: command ? argv.slice(1) : [...argv], options, strict: false, allowPositionals: true, allowNegative: true, tokens: true });
  const known = { ...optionsFor(command), ...BUILT_IN };
  let positionals = 0;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      positionals += 1;
      if (positionals > 1 && !POSITIONALS[command ?? 'scan'].many) return `${command} takes one ${POSITIONALS[command ?? 'scan'].name} (got "${token.value}" too)`;
      continue;
    }
    const { name, rawName } = token;
    const spec = allSpecs[name];
    const negated = rawName.startsWith('--no-') && !(name in allSpecs && rawName === `--${name}`);
    const typed = token.inlineValue ? `${rawName}=` : rawName;
    if (!spec || (negated && spec.type !== 'boolean' && !spec.negatable)) {
      const suggestion = rawName.startsWith('--') ? closest(rawName, longFlags(known)) : undefined;
      return `unknown option ${typed.replace(/=$/, '')}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
    }
    if (!(name in known)) {
      const owners = COMMANDS.filter((c) => name in (COMMAND_OPTIONS[c] ?? {})).map((c) => `\`caibo-scan ${c}\``);
      return `${rawName} only applies to ${owners.join(' and ')}`;
    }
    if (spec.type === 'boolean' || negated) {
      if (token.inlineValue && !/^(true|false)$/.test(token.value ?? '')) return `${rawName} takes no value (got "${token.value}")`;
      continue;
    }
    if (!rawName.startsWith('--') && token.inlineValue) return `write ${rawName} ${token.value}, with a space (got ${rawName}${token.value})`;
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
      return `${rawName} needs a value${valueHint(spec)}${value === undefined ? '' : `; for one starting with "-", write --${name}=${value}`}`;
    }
    if (value === '') return `${rawName} needs a non-empty value${valueHint(spec)}`;
    if (spec.choices && !spec.choices.includes(value)) return `${rawName} must be one of ${spec.choices.join(', ')} (got "${value}")`;
    if (spec.type === 'number' && !/^\d+$/.test(value)) return `${rawName} must be a whole number (got "${value}")`;
  }
  return undefined;
}
