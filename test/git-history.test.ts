import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { parseJson, runBin, runCli } from './helpers/cli.js';
import { commitFiles, git, makeRepo, makeTree, writeTree } from './helpers/fixture.js';
import { LIVE_PREFIX, liveKey } from './helpers/keygen.js';

const history = async (cwd: string, ...args: string[]) => {
  const result = await runCli(['history', '--format', 'json', ...args], { cwd });
  return { ...result, json: result.exitCode === 2 ? undefined : parseJson(result) };
};
const head = (root: string) => git(root, 'rev-parse', 'HEAD').trim();

describe('history: every commit on every ref', () => {
  it('finds a key added then deleted, with the commit that added it and inHead false; the files scan does not', async () => {
    const key = liveKey();
    const root = makeRepo({ 'README.md': '# app\n' });
    const added = commitFiles(root, { 'src/config.js': `export const key = '${key}';\n` }, 'add payment config');
    git(root, 'rm', '-q', 'src/config.js');
    git(root, 'commit', '-qm', 'remove key');

    const result = await history(root);
    expect(result.exitCode).toBe(1);
    expect(result.json!.findings).toMatchObject([
      {
        file: 'src/config.js',
        line: 1,
        column: 21,
        commit: added,
        author: 'Ada Dev',
        email: 'ada@example.com',
        commitSubject: 'add payment config',
        inHead: false,
      },
    ]);
    expect(result.json!.findings[0]!.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(result.json!.summary).toMatchObject({ commits: 3, refs: 1, uniqueBlobs: 2 });
    expect(result.stdout + result.stderr).not.toContain(key);

    const files = await runCli(['.', '--format', 'json'], { cwd: root });
    expect(files.exitCode).toBe(0);
  });

  it('reports a key still at HEAD with inHead true', async () => {
    const root = makeRepo({ 'app.js': `const k = '${liveKey()}';\n` });
    expect((await history(root)).json!.findings).toMatchObject([{ file: 'app.js', commit: head(root), inHead: true }]);
  });

  it('finds a key only on an unmerged branch', async () => {
    const root = makeRepo({ 'README.md': '# app\n' });
    git(root, 'checkout', '-qb', 'experiment');
    const onBranch = commitFiles(root, { 'pay.js': `k = '${liveKey()}'\n` }, 'try payments');
    git(root, 'checkout', '-q', 'main');

    const result = await history(root);
    expect(result.json!.findings).toMatchObject([{ file: 'pay.js', commit: onBranch, inHead: false }]);
    expect(result.json!.summary).toMatchObject({ refs: 2 });
  });

  it('finds a key only on a remote-tracking branch', async () => {
    const origin = makeRepo({ 'README.md': '# app\n' });
    git(origin, 'checkout', '-qb', 'wip');
    const onRemote = commitFiles(origin, { 'wip.js': `k = '${liveKey()}'\n` }, 'wip');
    git(origin, 'checkout', '-q', 'main');
    const clone = makeTree();
    git(clone, 'clone', '-q', `file://${origin}`, 'repo');

    const result = await history(join(clone, 'repo'));
    expect(result.json!.findings).toMatchObject([{ file: 'wip.js', commit: onRemote, inHead: false }]);
  });

  it('finds a key only in a tag', async () => {
    const root = makeRepo({ 'README.md': '# app\n' });
    git(root, 'checkout', '-q', '--orphan', 'release');
    const tagged = commitFiles(root, { 'release.env': `CAIBO_API_KEY=${liveKey()}\n` }, 'release build');
    git(root, 'tag', 'v1.0.0');
    git(root, 'checkout', '-q', 'main');
    git(root, 'branch', '-D', 'release');

    const result = await history(root);
    // In history an env file is committed by definition.
    expect(result.json!.findings).toMatchObject([{ file: 'release.env', commit: tagged, context: 'committed-env' }]);
  });

  it('finds keys only in the stash: an older entry, and an untracked file stashed with -u', async () => {
    const [older, newer, untracked] = [liveKey(), liveKey(), liveKey()];
    const root = makeRepo({ 'app.js': 'const k = process.env.CAIBO_KEY;\n' });
    writeTree(root, { 'app.js': `const k = '${older}';\n` });
    git(root, 'stash', '-q');
    writeTree(root, { 'app.js': `const k = '${newer}';\n`, 'scratch.js': `s = '${untracked}'\n` });
    git(root, 'stash', '-q', '-u');

    const result = await history(root);
    expect(result.json!.findings.map((f) => [f.file, f.redacted])).toEqual(
      expect.arrayContaining([
        ['app.js', redacted(older)],
        ['app.js', redacted(newer)],
        ['scratch.js', redacted(untracked)],
      ]),
    );
    expect(result.json!.findings).toHaveLength(3);
  });

  it('reports the same key in two files twice', async () => {
    const key = liveKey();
    const root = makeRepo({ 'a.js': `a = '${key}'\n`, 'b.js': `b = '${key}'\n` });
    expect((await history(root)).json!.findings.map((f) => f.file)).toEqual(['a.js', 'b.js']);
  });

  it('follows a key moved by a rename: one finding per path, each at the commit that put it there', async () => {
    const root = makeRepo({ 'old.js': `k = '${liveKey()}'\n` });
    const first = head(root);
    git(root, 'mv', 'old.js', 'new.js');
    git(root, 'commit', '-qm', 'rename');
    const renamed = head(root);

    expect((await history(root)).json!.findings).toMatchObject([
      { file: 'new.js', commit: renamed, inHead: true },
      { file: 'old.js', commit: first, inHead: false },
    ]);
  });

  it('attributes a line changed twice to the commit that first added the key', async () => {
    const key = liveKey();
    const root = makeRepo({ 'app.js': 'start()\n' });
    const introduced = commitFiles(root, { 'app.js': `start()\nconst k = '${key}';\n` }, 'add key');
    commitFiles(root, { 'app.js': `start()\nconst k = '${key}'; // payments\n` }, 'comment');
    commitFiles(root, { 'app.js': `start()\nlet k = '${key}'; // payments\n` }, 'let');

    expect((await history(root)).json!.findings).toMatchObject([{ file: 'app.js', line: 2, commit: introduced }]);
  });

  it('attributes each key to the oldest commit holding it at that path, past near misses and later versions', async () => {
    const key = liveKey();
    const root = makeRepo({ 'app.js': `// ${LIVE_PREFIX}<...> goes here\n` }); // a needle, no key
    const introduced = commitFiles(root, { 'app.js': `k = '${key}'\n` }, 'add key');
    commitFiles(root, { 'app.js': `k = '${key}' // v3\n` }, 'comment');
    const copied = commitFiles(root, { 'copy.js': `k = '${key}'\n` }, 'copy: the same blob at a new path');

    const result = await history(root);
    expect(result.json!.findings).toMatchObject([
      { file: 'app.js', commit: introduced, inHead: true },
      { file: 'copy.js', commit: copied, inHead: true },
    ]);
    expect(result.json!.summary).toMatchObject({ commits: 4, filesScanned: 3 });
  });

  it('attributes keys through merges: a merged branch to its commit, a key added by the merge itself to the merge', async () => {
    const root = makeRepo({ 'README.md': '# app\n', 'shared.js': 'a()\n' });
    git(root, 'checkout', '-qb', 'feature');
    const onFeature = commitFiles(root, { 'feature.js': `f = '${liveKey()}'\n`, 'shared.js': 'a()\nb()\n' }, 'feature');
    git(root, 'checkout', '-q', 'main');
    commitFiles(root, { 'shared.js': 'z()\na()\n' }, 'main change');
    git(root, 'merge', '-q', '--no-ff', '--no-commit', 'feature');
    commitFiles(root, { 'merge.js': `m = '${liveKey()}'\n` }, 'merge feature');
    const merge = head(root);

    expect((await history(root)).json!.findings).toMatchObject([
      { file: 'feature.js', commit: onFeature, inHead: true },
      { file: 'merge.js', commit: merge, inHead: true },
    ]);
  });

  it('scans an empty repository cleanly', async () => {
    const result = await history(makeRepo());
    expect(result.exitCode).toBe(0);
    expect(result.json!.summary).toMatchObject({ findings: 0, commits: 0, refs: 0 });
  });

  it('warns that a shallow clone has partial history, then scans what it has', async () => {
    const [gone, kept] = [liveKey(), liveKey()];
    const origin = makeRepo({ 'old.js': `k = '${gone}'\n` });
    git(origin, 'rm', '-q', 'old.js');
    commitFiles(origin, { 'new.js': `k = '${kept}'\n` }, 'new');
    const clone = makeTree();
    git(clone, 'clone', '-q', '--depth', '1', `file://${origin}`, 'repo');

    const result = await history(join(clone, 'repo'));
    expect(result.stderr).toMatch(/warning: history is partial: shallow clone.*fetch-depth: 0/);
    expect(result.json!.findings.map((f) => f.file)).toEqual(['new.js']);
  });

  it('--include-unreachable also finds a key in a commit no ref reaches any more', async () => {
    const root = makeRepo({ 'README.md': '# app\n' });
    commitFiles(root, { 'oops.js': `k = '${liveKey()}'\n` }, 'oops');
    git(root, 'reset', '-q', '--hard', 'HEAD~1');

    expect((await history(root)).json!.findings).toEqual([]);
    expect((await history(root, '--include-unreachable')).json!.findings).toMatchObject([{ file: 'oops.js', commitSubject: 'oops' }]);
  });

  it('--include-unreachable also finds a key in a blob that was staged but never committed', async () => {
    const root = makeRepo({ 'README.md': '# app\n' });
    writeTree(root, { 'draft.js': `k = '${liveKey()}'\n` });
    git(root, 'add', 'draft.js');
    git(root, 'rm', '-q', '--cached', 'draft.js');
    rmSync(join(root, 'draft.js'));

    const result = await history(root, '--include-unreachable');
    expect(result.json!.findings).toMatchObject([{ file: expect.stringMatching(/^\(unreachable blob [0-9a-f]{40}\)$/), commit: null }]);
  });

  it('--max-commits scans only the newest commits', async () => {
    const root = makeRepo({ 'old.js': `k = '${liveKey()}'\n` });
    commitFiles(root, { 'a.txt': 'a\n' }, 'a');
    commitFiles(root, { 'b.txt': 'b\n' }, 'b');
    const result = await history(root, '--max-commits', '2');
    expect(result.json!.summary).toMatchObject({ commits: 2, findings: 0 });
  });

  it('shows progress only through the progress writer (a terminal), never in captured stderr', async () => {
    const root = makeRepo({ 'app.js': 'start()\n' });
    const lines: string[] = [];
    const withTerminal = await runCli(['history'], { cwd: root, progress: (line) => lines.push(line) });
    expect(lines.at(-1)).toMatch(/^1 commit, 1 blob, 8 B \([\d.]+ MB\/s\)$/);
    expect(withTerminal.stderr).toBe('');
    expect(runBin(['history'], { cwd: root }).stderr).toBe('');
  });

  it('gives the library caller commit and stats too', async () => {
    const root = makeRepo({ 'app.js': `k = '${liveKey()}'\n` });
    const report = await scan({ mode: 'history', cwd: root });
    expect(report.stats).toMatchObject({ commits: 1, refs: 1, uniqueBlobs: 1 });
    expect(report.findings[0]!.commit?.sha).toBe(head(root));
  });
});

describe('history: errors exit 2 with one line', () => {
  it('not a git repository', () => {
    const result = runBin(['history'], { cwd: makeTree({ 'a.txt': 'a' }) });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^caibo-scan: .*not a git repository\n$/);
  });

  it('a corrupt repository (a missing blob) is an error, never a clean report: exit 2, the blob listed as skipped', () => {
    const root = makeRepo({ 'app.js': 'start()\n' });
    const blob = git(root, 'rev-parse', 'HEAD:app.js').trim();
    rmSync(join(root, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const result = runBin(['history'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toMatch(/1 skipped/);
    expect(result.stderr).toMatch(/^caibo-scan: warning: 1 blob is missing from the repository .*try git fsck/m);
    expect(result.stderr).toMatch(/^caibo-scan: error: the scan is incomplete/m);
  });

  it('git missing from PATH', () => {
    const result = runBin(['history'], { cwd: makeRepo(), env: { PATH: '/nonexistent' } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('caibo-scan: git not found: install git or put it on PATH\n');
  });

  it('a bad --max-commits', async () => {
    expect((await runCli(['history', '--max-commits', '0'], { cwd: makeRepo() })).exitCode).toBe(2);
  });
});

/** The redacted form the JSON shows: prefix plus four body characters. */
const redacted = (key: string) => `${key.slice(0, LIVE_PREFIX.length + 4)}********`;
