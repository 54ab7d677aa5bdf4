import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../src/cli-parser.js';
import { runCli } from './helpers/cli.js';

/** Issue 13: --help was hard-wrapped at 100 columns, so an 80-column terminal broke words and examples. */
describe('--help', () => {
  it.each([
    ['not a terminal', { isTTY: false, columns: 200 }, 80],
    ['an 80-column terminal', { isTTY: true, columns: 80 }, 80],
    ['a 72-column terminal', { isTTY: true, columns: 72 }, 72],
    ['a 132-column terminal', { isTTY: true, columns: 132 }, 132],
  ])('wraps to the width of %s, examples whole', async (_, io, width) => {
    for (const argv of [['--help'], ['history', '--help']]) {
      const { exitCode, stdout } = await runCli(argv, io);
      expect(exitCode).toBe(0);
      const lines = stdout.split('\n');
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(width);
      if (argv[0] === '--help') for (const [command] of EXAMPLES) expect(lines).toContain(`  ${command.replaceAll('$0', 'caibo-scan')}`);
    }
  });

  it('breaks lines between words', async () => {
    const { stdout } = await runCli(['--help'], { isTTY: true, columns: 64 });
    const words = new Set(stdout.split(/\s+/));
    for (const word of ['(atomically)', 'stdout', 'gitignored', 'suppressed']) expect(words).toContain(word);
  });
});
