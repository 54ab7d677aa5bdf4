import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBin } from './helpers/cli.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// bin.ts answers a lone --version/-v before loading the CLI; the answer must match what yargs gives.
describe('caibo-scan --version', () => {
  it.each([['--version'], ['-v']])('%s prints the package version and exits 0', (flag) => {
    expect(runBin([flag])).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--version after other flags still goes through yargs with the same answer', () => {
    expect(runBin(['--no-config', '--version'])).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });
});
