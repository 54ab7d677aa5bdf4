import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FAIL_ON } from './config.js';

/**
 * The command line as data: yargs (cli-parser.ts) builds its help, validation and error messages
 * from it, and quickParse reads the common invocations from it without loading yargs, which was a
 * third of a pre-commit hook's run (issue 6: `staged` within 100 ms of bare node).
 */

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
  describe: string;
}

export const OPTIONS = {
  format: { type: 'string', alias: 'f', choices: FORMATS, default: 'text', describe: 'report format' },
  output: { type: 'string', alias: 'o', describe: 'write the report to FILE (atomically) instead of stdout' },
  'fail-on': { type: 'string', choices: FAIL_ON, describe: 'lowest severity that exits 1 [default: high]' },
  'show-secrets': { type: 'boolean', default: false, describe: 'print raw keys (never in CI logs)' },
  config: { type: 'string', alias: 'c', describe: 'config file (default: nearest .caibo-scan.json; --no-config: none)' },
  rules: { type: 'string', array: true, describe: 'extra rule directory or file (repeatable)' },
  baseline: { type: 'string', describe: 'report only findings not in this baseline file' },
  include: { type: 'string', array: true, describe: 'only scan paths matching GLOB (repeatable)' },
  exclude: { type: 'string', array: true, describe: 'skip paths matching GLOB (repeatable)' },
  'include-local-env': { type: 'boolean', describe: 'also report keys in gitignored local .env files (low)' },
  'show-suppressed': { type: 'boolean', default: false, describe: 'list suppressed findings too' },
  'stdin-filename': { type: 'string', describe: 'path to report for `-` (standard input)' },
  'follow-symlinks': { type: 'boolean', default: false, describe: 'follow symbolic links (loops are detected)' },
  verify: { type: 'boolean', default: false, describe: 'ask Caibo\'s API whether each live key still works (one request per key to apay.caibo.digital)' },
  'verify-test-keys': { type: 'boolean', default: false, describe: 'with --verify: also check test keys' },
  'fail-on-active': { type: 'boolean', default: false, describe: 'with --verify: exit 1 when a key is active or could not be checked' },
  'max-archive-depth': { type: 'number', describe: 'open archives and compressed files nested up to N deep (default 3; 0: none)' },
  'sarif-category': { type: 'string', describe: 'SARIF automationDetails.id (one per analysis)' },
  debug: { type: 'boolean', default: false, describe: 'show stack traces for errors' },
} as const satisfies Record<string, OptionSpec>;

export const HISTORY_OPTIONS = {
  range: { type: 'string', describe: 'only what the commits in BASE..HEAD add (pull requests)' },
  since: { type: 'string', describe: 'only what the commits since BASE add (BASE..HEAD)' },
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

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The argv yargs would read the same way, parsed with node's util.parseArgs; undefined for
 * anything else (help, version, unknown or repeated options, `--`, bundled short flags, bad
 * values...), which yargs then parses and, where wrong, explains. test/cli-options.test.ts checks
 * that both agree on every argv this accepts.
 */
export function quickParse(argv: readonly string[]): Arguments | undefined {
  if (argv.includes('-')) return undefined; // yargs drops a lone `-` wherever it stands
  const command = COMMANDS.find((c) => c === argv[0]);
  const specs: Record<string, OptionSpec> = { ...OPTIONS, ...(command && COMMAND_OPTIONS[command]) };
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = { type: spec.type === 'boolean' ? 'boolean' : 'string', multiple: spec.array ?? false, ...(spec.alias ? { short: spec.alias } : {}) };
    // yargs reads `--no-config` as config: false; so does parseArgs once the negation is declared.
    if (spec.type === 'string' && !spec.array) options[`no-${name}`] = { type: 'boolean' };
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
    if (!spec.array && seen.has(token.name)) return undefined; // yargs makes an array of it
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
