import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, HISTORY_OPTIONS, OPTIONS, type OptionSpec } from '../../src/cli-options.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';

/**
 * The argv contract (issue 13) over command lines generated from the real option table: whatever is
 * typed, the CLI exits 0, 1 or 2; never "internal error"; a 2 is one line naming the problem; and a
 * command line that runs uses only flags its --help documents.
 */
const RUNS = Number(process.env.CAIBO_SCAN_PROPERTY_RUNS ?? 150);
const SPECS: Record<string, OptionSpec> = { ...OPTIONS, ...HISTORY_OPTIONS };

/** Each flag in every form a user can type it, with a value drawn from what the flag takes (and junk). */
const junk = fc.constantFrom('', '-', '-x', '--', 'a b', 'x.js', 'missing/dir', '0', '-1', '1.5', 'NaN', 'true', 'é', '..', '*.js');
function valueFor(spec: OptionSpec) {
  if (spec.choices) return fc.oneof(fc.constantFrom(...spec.choices), junk);
  if (spec.type === 'number') return fc.oneof(fc.constantFrom('1', '3', '100'), junk);
  return fc.oneof(fc.constantFrom('src', 'a.js', '*.js', 'src/**', 'out/r.txt'), junk);
}
const flagArb = fc.oneof(
  ...Object.entries(SPECS).map(([name, spec]) => {
    const names = [`--${name}`, ...(spec.alias ? [`-${spec.alias}`] : [])];
    if (spec.type === 'boolean' || spec.negatable) names.push(`--no-${name}`);
    const flag = fc.constantFrom(...names);
    if (spec.type === 'boolean') return fc.oneof(flag.map((f) => [f]), flag.map((f) => [`${f}=true`]));
    return fc.oneof(
      fc.tuple(flag, valueFor(spec)).map(([f, v]) => [f, v]),
      fc.tuple(flag, valueFor(spec)).map(([f, v]) => [`${f}=${v}`]),
      flag.map((f) => [f]), // no value
    );
  }),
  fc.constantFrom(['--help'], ['-h'], ['--version'], ['--bogus'], ['--formt'], ['-'], ['--'], ['-fjson'], ['hist']).map((a) => [...a]),
);
const positionalArb = fc.constantFrom('.', 'src', 'a.js', 'missing', 'histroy', 'stagd');
const argvArb = fc
  .tuple(fc.option(fc.constantFrom(...COMMANDS), { nil: undefined }), fc.array(fc.oneof(flagArb, positionalArb.map((p) => [p])), { maxLength: 6 }))
  .map(([command, parts]) => [...(command ? [command] : []), ...parts.flat()]);

describe('every argv works or exits 2 with one line', () => {
  const repo = makeRepo({ 'a.js': `k="${liveKey()}"\n`, 'src/b.js': 'let x = 1;\n' });
  const helps = new Map<string, Promise<string>>();
  const helpFor = (command: string) => {
    if (!helps.has(command)) helps.set(command, runCli(command === 'scan' ? ['--help'] : [command, '--help'], { cwd: repo }).then((r) => r.stdout));
    return helps.get(command)!;
  };

  it('exits 0, 1 or 2; never an internal error; a usage error is one line; what runs is documented', async () => {
    const seen = { 0: 0, 1: 0, 2: 0 };
    await fc.assert(
      fc.asyncProperty(argvArb, async (argv) => {
        const result = await runCli(argv, { cwd: repo, stdin: Buffer.from('') });
        expect([0, 1, 2]).toContain(result.exitCode);
        seen[result.exitCode] += 1;
        expect(result.stderr).not.toMatch(/internal error/);
        if (result.exitCode === 2 && !argv.some((word) => word.startsWith('--debug'))) {
          // A usage or setup error: one line. A run that got partway (an audit with an unreadable
          // repository, an incomplete history) may write its report and one line per problem.
          if (result.stdout === '') expect(result.stderr).toMatch(/^caibo-scan: [^\n]+\n$/);
          else expect(result.stderr).toMatch(/^(caibo-scan: [^\n]+\n)+$/);
        }
        if (result.exitCode !== 2) {
          const command = COMMANDS.find((c) => c === argv[0]) ?? 'scan';
          const help = await helpFor(command);
          // Words after `--` are operands (file names), not flags.
          const end = argv.indexOf('--');
          for (const word of end === -1 ? argv : argv.slice(0, end)) {
            const flag = /^--(?:no-)?([a-z][a-z-]*)/.exec(word)?.[1];
            if (flag) expect(help, `${word} is not in ${command} --help`).toContain(`--${flag}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
    // The generator reaches every outcome, so the property says something about each.
    expect(seen[0] && seen[1] && seen[2], JSON.stringify(seen)).toBeTruthy();
  });
});
