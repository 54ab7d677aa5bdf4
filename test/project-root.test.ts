import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../src/sources/project-root.js';
import { parseJson, runCli } from './helpers/cli.js';
import { git, makeRepo, makeTree, writeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

/** What must not change with the directory named or the cwd: issue 11, point 1. */
const verdicts = async (args: string[], cwd: string) =>
  parseJson(await runCli([...args, '--format', 'json'], { cwd })).findings.map((f) => ({
    file: f.file,
    ruleId: f.ruleId,
    severity: f.severity,
    context: f.context,
    fingerprint: f.fingerprint,
  }));

/** A built app: a small hand-written bundle in dist/ (client by its place) and a server file. */
const app = () => ({
  'package.json': '{"name":"shop","private":true}\n',
  'dist/app.js': `fetch("/pay",{headers:{k:"${liveKey()}"}});\n`,
  'server.js': `const key = '${liveKey()}';\n`,
});

describe('verdicts are a function of the file, not of the command line', () => {
  it('in a git repository: `.`, `dist`, `cd dist`, an absolute path and another cwd agree', async () => {
    const repo = makeRepo(app());
    const whole = await verdicts(['.'], repo);
    expect(whole.map((f) => [f.file, f.context, f.severity])).toEqual([
      ['dist/app.js', 'client-bundle', 'critical'],
      ['server.js', 'default', 'high'],
    ]);
    const inDist = whole.filter((f) => f.file.startsWith('dist/'));
    expect(await verdicts(['dist'], repo)).toEqual(inDist);
    expect(await verdicts([], join(repo, 'dist'))).toEqual(inDist);
    expect(await verdicts(['.'], join(repo, 'dist'))).toEqual(inDist);
    expect(await verdicts(['app.js'], join(repo, 'dist'))).toEqual(inDist);
    expect(await verdicts([join(repo, 'dist')], makeTree())).toEqual(inDist);
    expect(await verdicts(['../server.js'], join(repo, 'dist'))).toEqual(whole.filter((f) => f.file === 'server.js'));
  });

  it('outside git, the nearest folder with a package.json is the project root', async () => {
    const outer = makeTree();
    writeTree(join(outer, 'shop'), app());
    const root = join(outer, 'shop');
    const inDist = (await verdicts(['.'], root)).filter((f) => f.file.startsWith('dist/'));
    expect(inDist).toHaveLength(1);
    expect(inDist[0]).toMatchObject({ context: 'client-bundle' });
    expect(await verdicts(['shop/dist'], outer)).toEqual(inDist);
    expect(await verdicts([], join(root, 'dist'))).toEqual(inDist);
  });

  it('a framework config marks the project root too', async () => {
    const root = makeTree({ 'vite.config.ts': 'export default {}\n', 'dist/app.js': `k("${liveKey()}")\n` });
    expect(await verdicts([], join(root, 'dist'))).toEqual(await verdicts(['.'], root));
  });

  it("a package.json a build writes into its output (.next/, Nitro's .output/server/) is not the project's", async () => {
    const root = makeTree({
      'package.json': '{"name":"shop"}',
      'next.config.mjs': 'export default {};\n',
      '.next/package.json': '{"type":"commonjs"}',
      '.next/static/chunks/app/page-3f9a1c2b.js': `k("${liveKey()}")\n`,
      '.next/server/app/page.js': `k("${liveKey()}")\n`,
      '.output/server/package.json': '{"name":"nitro-output","private":true}',
      '.output/server/chunks/pay.mjs': `k("${liveKey()}")\n`,
    });
    const whole = await verdicts(['.'], root);
    expect(whole.map((f) => [f.file, f.context])).toEqual([
      ['.next/server/app/page.js', 'default'],
      ['.next/static/chunks/app/page-3f9a1c2b.js', 'client-bundle'],
      ['.output/server/chunks/pay.mjs', 'default'],
    ]);
    expect(await verdicts(['.next'], root)).toEqual(whole.slice(0, 2));
    expect(await verdicts([], join(root, '.next/static'))).toEqual(whole.slice(1, 2));
    expect(await verdicts([], join(root, '.output/server'))).toEqual(whole.slice(2));
  });

  it('honours GIT_CEILING_DIRECTORIES as git does: a repository above the ceiling is not the project', () => {
    const outer = makeTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'shop/package.json': '{}', 'shop/dist/app.js': '' });
    expect(findProjectRoot(join(outer, 'shop/dist'), {})).toBe(outer);
    expect(findProjectRoot(join(outer, 'shop/dist'), { GIT_CEILING_DIRECTORIES: `/nowhere:${outer}` })).toBe(join(outer, 'shop'));
    // Started in the ceiling itself, git still looks there.
    expect(findProjectRoot(outer, { GIT_CEILING_DIRECTORIES: outer })).toBe(outer);
  });

  it('history and staged report the same paths and fingerprints as a file scan', async () => {
    const repo = makeRepo(app());
    const files = await verdicts(['dist'], repo);
    const history = await verdicts(['history'], join(repo, 'dist'));
    expect(history.filter((f) => f.file.startsWith('dist/'))).toEqual(files);
    const key = liveKey();
    writeTree(repo, { 'dist/more.js': `k("${key}")\n` });
    git(repo, 'add', 'dist/more.js');
    expect(await verdicts(['staged'], join(repo, 'dist'))).toEqual(await verdicts(['dist/more.js'], repo));
  });
});

describe('config and report paths follow the project root', () => {
  it('.caibo-scan.json globs at the project root keep applying when a subdirectory is scanned', async () => {
    const repo = makeRepo({
      ...app(),
      '.caibo-scan.json': JSON.stringify({ exclude: ['dist/legacy/**'], allow: ['^dist/vendor/'] }),
      'dist/legacy/old.js': `k("${liveKey()}")\n`,
      'dist/vendor/sdk.js': `k("${liveKey()}")\n`,
    });
    for (const [args, cwd] of [[['dist'], repo], [[], join(repo, 'dist')]] as const) {
      const result = await runCli([...args, '--format', 'json', '--show-suppressed'], { cwd });
      const report = parseJson(result);
      expect(report.findings.map((f) => f.file)).toEqual(['dist/app.js']);
      expect(report.suppressed?.map((f) => [f.file, f.suppressedBy])).toEqual([['dist/vendor/sdk.js', 'config']]);
    }
  });

  it('--exclude matches report paths, and paths below the scanned directory as it did before', async () => {
    const repo = makeRepo({ ...app(), 'dist/legacy/old.js': `k("${liveKey()}")\n` });
    for (const glob of ['dist/legacy/**', 'legacy/**']) {
      const report = parseJson(await runCli(['dist', '--exclude', glob, '--format', 'json'], { cwd: repo }));
      expect(report.findings.map((f) => f.file)).toEqual(['dist/app.js']);
    }
  });

  it("a package's own config in a monorepo matches paths relative to its folder", async () => {
    const repo = makeRepo({
      'apps/web/.caibo-scan.json': JSON.stringify({ exclude: ['dist/legacy/**'], allow: ['^dist/vendor/'] }),
      'apps/web/dist/app.js': `k("${liveKey()}")\n`,
      'apps/web/dist/legacy/old.js': `k("${liveKey()}")\n`,
      'apps/web/dist/vendor/sdk.js': `k("${liveKey()}")\n`,
    });
    const result = await runCli(['--format', 'json', '--show-suppressed'], { cwd: join(repo, 'apps/web') });
    const report = parseJson(result);
    expect(report.findings.map((f) => f.file)).toEqual(['apps/web/dist/app.js']);
    expect(report.suppressed?.map((f) => f.file)).toEqual(['apps/web/dist/vendor/sdk.js']);
  });

  it('--format github points at files that exist relative to the repository root', async () => {
    const repo = makeRepo(app());
    const result = await runCli(['--format', 'github'], { cwd: join(repo, 'dist') });
    const files = [...result.stdout.matchAll(/^::error file=([^,]+),/gm)].map((m) => m[1]!);
    expect(files).toEqual(['dist/app.js']);
    for (const file of files) expect(existsSync(join(repo, file))).toBe(true);
  });
});
