import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, openSync, symlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runBin } from './helpers/cli.js';
import { git, makeRepo, makeTree, writeTree } from './helpers/fixture.js';
import { LIVE_PREFIX, liveKey, testKey } from './helpers/keygen.js';
import { requirement } from './helpers/requirement.js';

/**
 * `--threads N` reads and searches files in worker threads (src/sources/file-workers.ts); the
 * report must be the one `--threads 1` gives, byte for byte, whatever the files hold. These run the
 * built CLI: the worker is dist/scan-worker.js.
 */
const missing = requirement(spawnSync('zip', ['--help'], { stdio: 'ignore' }).error === undefined, 'zip', 'apt-get install zip');

/** A repository past the parallel threshold, with a key in every form and place a worker could get wrong. */
function leakyBigTree(): string {
  const files: Record<string, string | Buffer> = {};
  // Many clean files in several folders, so keys land at the start, middle and end of several messages.
  for (let i = 0; i < 700; i += 1) files[`src/m${i % 7}/f${String(i).padStart(3, '0')}.ts`] = `export const n${i} = ${i};\n`.repeat(i % 40);
  const key = liveKey();
  Object.assign(files, {
    'src/m3/a-plain.ts': `const k = "${key}";\n`,
    'src/m5/b-base64.yaml': `data:\n  token: ${Buffer.from(`x=${liveKey()}`).toString('base64')}\n`,
    'src/m1/c-percent.txt': `url=https://example.com/?k=${encodeURIComponent(testKey()).replaceAll('_', '%5F')}\n`,
    'src/m2/d-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`KEY=${liveKey()}\n`, 'utf16le')]),
    'src/m4/e-placeholder.ts': `const k = "${LIVE_PREFIX}${'x'.repeat(24)}";\n`,
    'src/m6/f-allowed.ts': `// caibo-scan:allow fixture\nconst k = "${liveKey()}";\n`,
    'src/m0/g-large.js': `${'// filler line\n'.repeat(60_000)}k="${liveKey()}"`,
    'dist/assets/index-3f9a1c2b.js': `fetch(u,{headers:{"X-API-Key":"${liveKey()}"}})`,
    'dist/assets/index-3f9a1c2b.js.gz': gzipSync(`fetch(u,{headers:{"X-API-Key":"${liveKey()}"}})`),
    '.env': `CAIBO_API_KEY=${liveKey()}\n`,
    '.gitignore': '.env.local\n',
  });
  const root = makeRepo(files);
  writeTree(root, { '.env.local': `CAIBO_API_KEY=${liveKey()}\n`, 'stage/app.js': `const k = "${liveKey()}";\n` });
  execFileSync('zip', ['-qr', 'release.zip', 'stage'], { cwd: root });
  // A file over the 16 MB chunk size with a key across the first chunk edge, and a name that is not UTF-8.
  const large = openSync(join(root, 'dump.sql'), 'w');
  writeSync(large, Buffer.alloc(16 * 1024 * 1024 - 10, 0x61));
  writeSync(large, `\n${liveKey()}\n`);
  closeSync(large);
  const oddName = Buffer.concat([Buffer.from(`${root}/odd-`), Buffer.from([0xff, 0xfe]), Buffer.from('.js')]);
  const odd = openSync(oddName, 'w');
  writeSync(odd, `const k = "${liveKey()}";\n`);
  closeSync(odd);
  expect(spawnSync('mkfifo', [join(root, 'src/m3/pipe')]).status).toBe(0);
  symlinkSync('a-plain.ts', join(root, 'src/m3/link.ts'));
  git(root, 'status', '--short'); // the repository is sound
  return root;
}

const scanWith = (root: string, threads: number, ...args: string[]) => runBin(['.', '--threads', String(threads), '--debug', ...args], { cwd: root });

/** JSON and SARIF carry the scan's duration: the one field two runs may differ in. */
const withoutDuration = (output: string) => output.replace(/"durationMs": \d+/, '"durationMs": 0').replace(/ in \d+ ms/g, ' in 0 ms');

describe.skipIf(missing !== '')(`parallel files scan${missing}`, () => {
  it('gives the report --threads 1 gives, in every format, with the files read by worker threads', () => {
    const root = leakyBigTree();
    for (const format of ['json', 'sarif', 'text']) {
      const one = scanWith(root, 1, '--format', format, '--show-suppressed');
      const two = scanWith(root, 2, '--format', format, '--show-suppressed');
      expect(one.stderr).toContain('files read on one thread');
      expect(two.stderr).toContain('files read by 2 worker threads');
      expect(two.exitCode).toBe(1);
      expect(withoutDuration(two.stdout)).toBe(withoutDuration(one.stdout));
      const warnings = (stderr: string) => stderr.split('\n').filter((line) => !line.includes('debug:'));
      expect(warnings(two.stderr)).toEqual(warnings(one.stderr));
    }
    const report = JSON.parse(scanWith(root, 3, '--format', 'json').stdout) as { findings: Array<{ file: string; context: string }>; skipped: Array<{ path: string }>; summary: { filesScanned: number } };
    expect(report.findings.map((f) => f.file).sort()).toEqual([
      '.env',
      'dist/assets/index-3f9a1c2b.js',
      'dist/assets/index-3f9a1c2b.js.gz!/index-3f9a1c2b.js',
      'dump.sql',
      'odd-\\xff\\xfe.js',
      'release.zip!/stage/app.js',
      'src/m0/g-large.js',
      'src/m1/c-percent.txt',
      'src/m2/d-utf16.txt',
      'src/m3/a-plain.ts',
      'src/m5/b-base64.yaml',
      'stage/app.js',
    ]);
    expect(report.skipped.map((s) => s.path).sort()).toEqual(['src/m3/link.ts', 'src/m3/pipe']);
  });

  it('stays on one thread for a few files, and counts every file and byte either way', () => {
    const root = makeTree(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.js`, `export const a = ${i};\n`])));
    const few = scanWith(root, 4, '--format', 'json');
    expect(few.exitCode).toBe(0);
    expect(few.stderr).toContain('files read on one thread');
    const big = leakyBigTree();
    const summaries = [1, 2].map((threads) => (JSON.parse(scanWith(big, threads, '--format', 'json').stdout) as { summary: Record<string, unknown> }).summary);
    expect({ ...summaries[1], durationMs: 0 }).toEqual({ ...summaries[0], durationMs: 0 });
    expect(summaries[0]!.filesScanned).toBeGreaterThan(700);
  });

  it('rejects a --threads that is not a positive whole number, in one line', () => {
    for (const value of ['0', '-1', '1.5', 'two']) {
      const result = runBin(['.', '--threads', value], { cwd: makeTree({}) });
      expect(result.exitCode).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('--threads');
    }
  });
});

describe('worker thread failures', () => {
  it('fail the scan with the worker error, never a report or an unhandled rejection', async () => {
    // The built library, where the worker script exists (from the TypeScript sources there is none).
    const { worktreeSource } = (await import(new URL('../dist/sources/worktree.js', import.meta.url).href)) as typeof import('../src/sources/worktree.js');
    const root = makeTree(Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`f${i}.js`, `export const a = ${i};\n`])));
    // A pattern the worker's detector cannot compile: every worker fails as it starts.
    const broken = [{ id: 'broken', keyType: 'live' as const, prefix: 'caibo_live_sk_', body: '(', description: '' }];
    const source = worktreeSource({ root, cwd: root, paths: ['.'], include: [], exclude: [], followSymlinks: false, needles: ['caibo_'], threads: 2, patterns: broken });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(
        (async () => {
          for await (const _ of source.blobs());
        })(),
      ).rejects.toThrow(/Invalid regular expression/);
      // The pool itself: every batch handed to a failed worker is rejected with its error.
      const { startFileWorkers } = (await import(new URL('../dist/sources/file-workers.js', import.meta.url).href)) as typeof import('../src/sources/file-workers.js');
      const workers = startFileWorkers(2, broken)!;
      const batches = await Promise.allSettled([0, 1, 2].map(() => workers.screen([[join(root, 'f1.js'), 'f1.js']])));
      for (const batch of batches) expect(batch).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/Invalid regular expression/) } });
      await expect(workers.screen([])).rejects.toThrow(/Invalid regular expression/);
      await workers.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
