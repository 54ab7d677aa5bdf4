import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runBin, runCli } from './helpers/cli.js';
import { commitFiles, git, makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

/** main holds an old key; feature adds a new key and edits the old key's file elsewhere. */
function featureBranch() {
  const [oldKey, newKey] = [liveKey(), liveKey()];
  const root = makeRepo({ 'config.js': `a()\nconst legacy = '${oldKey}';\n`, 'README.md': '# app\n' });
  git(root, 'checkout', '-qb', 'feature');
  commitFiles(root, { 'config.js': `a()\nconst legacy = '${oldKey}';\nb()\n` }, 'touch config');
  const adds = commitFiles(root, { 'checkout.js': `x()\nconst key = '${newKey}';\n` }, 'add checkout');
  return { root, adds };
}

describe('history --range / --since: only what a pull request adds', () => {
  it('reports only the keys the branch adds, not old keys in files it touches', async () => {
    const { root, adds } = featureBranch();
    const result = await runCli(['history', '--range', 'main..feature', '--format', 'json', '--show-suppressed'], { cwd: root });
    expect(result.exitCode).toBe(1);
    const json = parseJson(result);
    expect(json.findings).toMatchObject([{ file: 'checkout.js', line: 2, commit: adds, inHead: true }]);
    expect(json.suppressed).toMatchObject([{ file: 'config.js', suppressedBy: 'not-added' }]);
    expect(json.summary).toMatchObject({ commits: 2 });
  });

  it('a key after a NUL byte in a file git diffs as text (a `diff` attribute) counts as added', async () => {
    // The patch holds the NUL; -z output uses NUL as its separator, so the patch came in pieces and
    // only the first piece was read: the lines after the NUL never counted as added.
    const root = makeRepo({ '.gitattributes': '*.dat diff\n', 'z.dat': 'start\n' });
    git(root, 'checkout', '-qb', 'feature');
    commitFiles(root, { 'z.dat': `start\nx\0y\nk = '${liveKey()}'\n` }, 'binary-ish');
    commitFiles(root, { 'a.js': 'a()\n' }, 'after it');
    const result = await runCli(['history', '--range', 'main..feature', '--format', 'json'], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings).toMatchObject([{ file: 'z.dat', line: 3 }]);
  });

  it('--since BASE means BASE..HEAD', async () => {
    const { root } = featureBranch();
    const result = await runCli(['history', '--since', 'main', '--format', 'json'], { cwd: root });
    expect(parseJson(result).findings.map((f) => f.file)).toEqual(['checkout.js']);
  });

  it('is clean when the branch adds no key', async () => {
    const root = makeRepo({ 'config.js': `const legacy = '${liveKey()}';\n` });
    git(root, 'checkout', '-qb', 'feature');
    commitFiles(root, { 'config.js': 'const legacy = process.env.CAIBO_API_KEY;\n' }, 'read the key from the environment');
    const result = await runCli(['history', '--range', 'main..HEAD'], { cwd: root });
    expect(result.exitCode).toBe(0);
  });

  it('reports a key added and removed again inside the range: the pushed commits still hold it', async () => {
    const root = makeRepo({ 'README.md': '# app\n' });
    git(root, 'checkout', '-qb', 'feature');
    const added = commitFiles(root, { 'tmp.js': `k = '${testKey()}'\n` }, 'debug');
    git(root, 'rm', '-q', 'tmp.js');
    git(root, 'commit', '-qm', 'oops');
    const result = await runCli(['history', '--range', 'main..feature', '--format', 'json', '--fail-on', 'low'], { cwd: root });
    expect(parseJson(result).findings).toMatchObject([{ file: 'tmp.js', commit: added, inHead: false }]);
  });

  it('does not blame a merge of main into the branch for main\'s keys', async () => {
    const root = makeRepo({ 'README.md': '# app\n' });
    git(root, 'checkout', '-qb', 'feature');
    commitFiles(root, { 'feature.js': 'f()\n' }, 'feature');
    git(root, 'checkout', '-q', 'main');
    commitFiles(root, { 'main.js': `k = '${liveKey()}'\n` }, 'main adds a key');
    git(root, 'checkout', '-q', 'feature');
    git(root, 'merge', '-q', '--no-ff', '-m', 'merge main', 'main');
    const result = await runCli(['history', '--range', 'main..feature'], { cwd: root });
    expect(result.exitCode).toBe(0);
  });

  it('a blob the range needs that is missing from the repository exits 2, never clean', () => {
    const root = makeRepo({ 'config.js': 'a()\n' });
    git(root, 'checkout', '-qb', 'feature');
    commitFiles(root, { 'other.js': 'b()\n' }, 'add a file');
    commitFiles(root, { 'config.js': `a()\nconst key = '${liveKey()}';\n` }, 'add a key');
    const drop = (spec: string) => {
      const blob = git(root, 'rev-parse', spec).trim();
      rmSync(join(root, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    };
    // A blob the range adds: listed as skipped, the scan incomplete (as in a full audit).
    drop('feature:other.js');
    const added = runBin(['history', '--range', 'main..feature'], { cwd: root });
    expect(added.exitCode).toBe(2);
    expect(added.stderr).toMatch(/^caibo-scan: warning: 1 blob is missing from the repository/m);
    expect(added.stderr).toMatch(/^caibo-scan: error: the scan is incomplete/m);
    // The base's version of a file the range adds a key to: its added lines cannot be known.
    drop('main:config.js');
    const base = runBin(['history', '--range', 'main..feature', '--format', 'json'], { cwd: root });
    expect(base.exitCode).toBe(2);
  });

  it('a bad range exits 2 with one line', async () => {
    const root = makeRepo({ 'a.txt': 'a\n' });
    for (const range of ['nope..HEAD', 'main...HEAD', 'main']) {
      const result = await runCli(['history', '--range', range], { cwd: root });
      expect(result.exitCode, range).toBe(2);
      expect(result.stderr.split('\n')[0]).toMatch(/^caibo-scan: /);
    }
  });

  it('a base missing from a shallow clone exits 2 and names fetch-depth: 0, never reports clean', () => {
    const { root } = featureBranch();
    const clone = makeTree();
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${root}`, 'repo');
    const result = runBin(['history', '--since', 'origin/main'], { cwd: join(clone, 'repo') });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^caibo-scan: .*shallow clone.*fetch-depth: 0/);
  });
});
