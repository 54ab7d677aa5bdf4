import { describe, expect, it } from 'vitest';
import { parseJson, runCli } from './helpers/cli.js';
import { makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

const files = (result: Awaited<ReturnType<typeof runCli>>) => parseJson(result).findings.map((f) => f.file).sort();

describe('which files are scanned', () => {
  it('scans dotfiles and gitignored build output, skips .git/ and node_modules/', async () => {
    const key = liveKey();
    const root = makeRepo({
      '.gitignore': 'dist/\nbuild/\n.next/\npublic/generated/\n',
      'dist/app.js': `k="${key}"`,
      'build/static/js/main.1a2b3c4d.js': `k="${key}"`,
      '.next/static/chunks/page.js': `k="${key}"`,
      'public/generated/cfg.json': `{"k":"${key}"}`,
      '.config/settings': `k=${key}`,
      'node_modules/lib/index.js': `k="${key}"`,
    });
    const result = await runCli(['.', '--format', 'json'], { cwd: root });
    expect(files(result)).toEqual([
      '.config/settings',
      '.next/static/chunks/page.js',
      'build/static/js/main.1a2b3c4d.js',
      'dist/app.js',
      'public/generated/cfg.json',
    ]);
  });

  it('narrows the walk with --include and --exclude (repeatable)', async () => {
    const key = liveKey();
    const root = makeTree({ 'src/a.ts': `k="${key}"`, 'src/b.js': `k="${key}"`, 'test/c.ts': `k="${key}"`, 'docs/d.md': key });
    const include = await runCli(['.', '--format', 'json', '--include', '**/*.ts', '--include', 'docs/**'], { cwd: root });
    expect(files(include)).toEqual(['docs/d.md', 'src/a.ts', 'test/c.ts']);
    const exclude = await runCli(['.', '--format', 'json', '--exclude', 'test/**', '--exclude', '**/*.md'], { cwd: root });
    expect(files(exclude)).toEqual(['src/a.ts', 'src/b.js']);
  });

  it('reports paths relative to a single scanned directory, or to the cwd for several paths', async () => {
    const key = liveKey();
    const root = makeTree({ 'app/src/a.js': `k="${key}"`, 'lib/b.js': `k="${key}"` });
    expect(files(await runCli(['app', '--format', 'json'], { cwd: root }))).toEqual(['src/a.js']);
    expect(files(await runCli(['app', 'lib/b.js', '--format', 'json'], { cwd: root }))).toEqual(['app/src/a.js', 'lib/b.js']);
  });

  it('scans an empty tree and an empty file cleanly', async () => {
    expect((await runCli(['.'], { cwd: makeTree() })).exitCode).toBe(0);
    const result = await runCli(['.', '--format', 'json'], { cwd: makeTree({ empty: '' }) });
    expect(parseJson(result).summary).toMatchObject({ filesScanned: 1, bytesScanned: 0, findings: 0 });
  });
});
