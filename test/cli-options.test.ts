import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS, COMMANDS, OPTIONS, POSITIONALS, quickParse, type Arguments } from '../src/cli-options.js';
import { parse } from '../src/cli-parser.js';
import { runCli } from './helpers/cli.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

/**
 * quickParse reads the usual command lines without loading yargs; yargs reads the rest. Both must
 * mean the same: for any argv quickParse accepts, its arguments equal what yargs makes of it.
 */
const RUNS = Number(process.env.CAIBO_SCAN_PROPERTY_RUNS ?? 300);
const SPECS = Object.assign({}, OPTIONS, ...Object.values(COMMAND_OPTIONS)) as Record<string, (typeof OPTIONS)[keyof typeof OPTIONS]>;
const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** What run() reads of yargs' result: `_`, each option under its camelCase name, the positional. */
function asRunSees(args: Arguments): Record<string, unknown> {
  const seen: Record<string, unknown> = { _: args._ };
  for (const name of Object.keys(SPECS)) if (args[camelCase(name)] !== undefined) seen[camelCase(name)] = args[camelCase(name)];
  for (const { name } of Object.values(POSITIONALS)) {
    const value = args[name];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) seen[name] = value;
  }
  return seen;
}

const flagArb = fc.oneof(
  ...Object.entries(SPECS).flatMap(([name, spec]) => {
    const alias = 'alias' in spec ? [fc.constant(`-${spec.alias}`)] : [];
    return [fc.constant(`--${name}`), fc.constant(`--no-${name}`), ...alias];
  }),
  fc.constantFrom('--help', '-h', '--version', '-v', '--', '-', '--bogus', '-fjson', '--format=json', '--debug=false', '--no-no-config'),
);
const valueArb = fc.oneof(
  fc.constantFrom(...OPTIONS.format.choices, 'none', 'high', 'low', 'xml', 'true', 'false', '0', '5', '-1', '1e3', '0x10', 'abc', '', '-x', 'a b', 'src', 'x.js'),
  fc.string({ maxLength: 8 }),
);
const argvArb = fc.tuple(
  fc.option(fc.constantFrom(...COMMANDS), { nil: undefined }),
  fc.array(fc.oneof(flagArb, valueArb), { maxLength: 8 }),
).map(([command, rest]) => (command ? [command, ...rest] : rest));

describe('quickParse and yargs read a command line the same way', () => {
  it('agrees with yargs on every argv it accepts', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(argvArb, async (argv) => {
        const quick = quickParse(argv);
        if (!quick) return;
        accepted += 1;
        const full = await parse([...argv], process.cwd());
        expect(full.error).toBeUndefined();
        expect(full.output).toBe('');
        expect(quick).toEqual(asRunSees(full.args!));
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 10); // the generator reaches the fast path often enough to mean something
  });

  it.each([
    [['staged']],
    [['staged', 'a.js', 'b.js']],
    [['staged', '--no-config', '--format', 'json', '--fail-on', 'none']],
    [['.', '--format', 'sarif', '-o', 'out.sarif', '--exclude', 'dist/**', '--exclude', 'vendor/**']],
    [['history', 'repo', '--since', 'origin/main', '--max-commits', '5']],
    [['baseline', '--output', 'b.json']],
  ])('reads the usual %j itself (and as yargs would)', async (argv) => {
    const quick = quickParse(argv);
    expect(quick).toBeDefined();
    expect(quick).toEqual(asRunSees((await parse(argv, process.cwd())).args!));
  });

  it.each([[['--help']], [['-v']], [['--format', 'xml']], [['--bogus']], [['history', 'a', 'b']], [['--debug', 'false']]])(
    'leaves %j to yargs',
    (argv) => expect(quickParse(argv)).toBeUndefined(),
  );
});

describe('repeatable options', () => {
  it('take one value each: file names after them (as pre-commit appends) stay files', async () => {
    const root = makeTree({ 'app.js': `k="${liveKey()}"\n`, 'other.js': `k="${liveKey()}"\n`, 'docs/x.md': '' });
    for (const argv of [['--exclude', 'docs/**', 'app.js'], ['--exclude=docs/**', '--include', '*.js', 'app.js']]) {
      const result = await runCli([...argv, '--format', 'json'], { cwd: root });
      expect(result.exitCode).toBe(1);
      expect(JSON.parse(result.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['app.js']);
    }
  });
});
