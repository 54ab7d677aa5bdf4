import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runCli } from './helpers/cli.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';
import { requirement } from './helpers/requirement.js';

/** `caibo-scan pack`: what npm would publish, by npm's own rules (issue 15). Packages are made at test time. */
const missing = requirement(spawnSync('npm', ['--version'], { stdio: 'ignore' }).status === 0, 'npm', 'install Node.js with npm');

const packJson = async (cwd: string, ...args: string[]) => {
  const result = await runCli(['pack', ...args, '--format', 'json'], { cwd });
  return { result, ...parseJson(result) };
};

describe.skipIf(missing !== '')(`pack${missing}`, () => {
  it('scans the files a `files` list ships and not the others', async () => {
    const [shipped, unshipped] = [liveKey(), liveKey()];
    const root = makeTree({
      'package.json': JSON.stringify({ name: 'shop-sdk', version: '1.0.0', files: ['dist'] }),
      'dist/index.js': `export const key = "${shipped}";\n`,
      'src/index.js': `export const key = "${unshipped}";\n`,
      '.env': `CAIBO_KEY=${unshipped}\n`,
    });
    const { result, findings } = await packJson(root);
    expect(result.exitCode).toBe(1);
    expect(findings.map((f) => f.file)).toEqual(['dist/index.js']);
  });

  it('honours .npmignore, and reports a .env npm would publish as committed', async () => {
    const [inEnv, inTest] = [liveKey(), liveKey()];
    const root = makeTree({
      'package.json': JSON.stringify({ name: 'shop-sdk', version: '1.0.0' }),
      '.npmignore': 'test/\n',
      '.gitignore': '.env\n', // npm reads .npmignore instead: the .env ships
      '.env': `CAIBO_KEY=${inEnv}\n`,
      'test/fixture.js': `k = "${inTest}"\n`,
      'index.js': 'module.exports = {};\n',
    });
    const { findings } = await packJson(root);
    expect(findings.map((f) => [f.file, f.context])).toEqual([['.env', 'committed-env']]);
  });

  it('scans an npm pack tarball by its entries', async () => {
    const key = liveKey();
    const root = makeTree({
      'pkg/package.json': JSON.stringify({ name: 'shop-sdk', version: '1.0.0' }),
      'pkg/dist/index.js': `k = "${key}"\n${'// padding\n'.repeat(100)}`,
    });
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', root], { cwd: join(root, 'pkg'), stdio: 'ignore' });
    expect(readdirSync(root)).toContain('shop-sdk-1.0.0.tgz');
    const { findings } = await packJson(root, 'shop-sdk-1.0.0.tgz');
    expect(findings.map((f) => f.file)).toEqual(['shop-sdk-1.0.0.tgz!/package/dist/index.js']);
  });

  it('explains a target that is not a package', async () => {
    const root = makeTree({ 'notes.txt': 'hello\n', 'empty/.keep': '' });
    for (const [target, message] of [
      ['notes.txt', /neither a package directory nor a tarball/],
      ['missing', /no such file or directory/],
      ['empty', /npm pack --dry-run failed/],
    ] as const) {
      const result = await runCli(['pack', target], { cwd: root });
      expect(result.exitCode).toBe(2);
      expect(result.stderr.split('\n')[0]).toMatch(message);
    }
  });
});
