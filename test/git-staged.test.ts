import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, parseJson, runBin, runCli } from './helpers/cli.js';
import { commitFiles, git, makeRepo, makeTree, writeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

const staged = async (cwd: string) => {
  const result = await runCli(['staged', '--format', 'json', '--show-suppressed'], { cwd });
  return { ...result, json: parseJson(result) };
};

describe('staged: what the next commit adds', () => {
  it('finds a newly staged key but not an already committed key in the same file', async () => {
    const root = makeRepo({ 'config.js': `a()\nconst old = '${liveKey()}';\n` });
    const committed = git(root, 'show', 'HEAD:config.js');
    writeTree(root, { 'config.js': `${committed}const fresh = '${liveKey()}';\n` });
    git(root, 'add', 'config.js');

    const { exitCode, json } = await staged(root);
    expect(exitCode).toBe(1);
    expect(json.findings).toMatchObject([{ file: 'config.js', line: 3 }]);
    expect(json.suppressed).toMatchObject([{ file: 'config.js', line: 2, suppressedBy: 'not-added' }]);
  });

  it('ignores a key only in the working tree, not staged', async () => {
    const root = makeRepo({ 'app.js': 'start()\n' });
    writeTree(root, { 'app.js': `start()\nk = '${liveKey()}'\n`, 'new.js': `n = '${liveKey()}'\n` });
    const { exitCode, json } = await staged(root);
    expect(exitCode).toBe(0);
    expect(json.findings).toEqual([]);
  });

  it('reads the index version of a partially staged file (git add -p)', async () => {
    const [stagedKey, unstagedKey] = [liveKey(), liveKey()];
    const filler = Array.from({ length: 10 }, (_, i) => `line${i}()`).join('\n');
    const root = makeRepo({ 'app.js': `${filler}\n` });
    writeTree(root, { 'app.js': `s = '${stagedKey}'\n${filler}\nu = '${unstagedKey}'\n` });
    addPatch(root, 'app.js', 'y\nn\n'); // first hunk yes, second hunk no

    const { json } = await staged(root);
    expect(json.findings).toMatchObject([{ file: 'app.js', line: 1, redacted: `${stagedKey.slice(0, 18)}********` }]);
  });

  it('works in a repository with no commits yet', async () => {
    const root = makeRepo({ 'app.js': `k = '${liveKey()}'\n` }, false);
    git(root, 'add', 'app.js');
    const { exitCode, json } = await staged(root);
    expect(exitCode).toBe(1);
    expect(json.findings).toMatchObject([{ file: 'app.js', line: 1 }]);
  });

  it('handles renames (no new lines), deletions, and paths with spaces and non-ASCII names', async () => {
    const root = makeRepo({ 'old name.js': `k = '${liveKey()}'\n`, 'gone.js': `g = '${liveKey()}'\n` });
    git(root, 'mv', 'old name.js', 'renamed.js');
    git(root, 'rm', '-q', 'gone.js');
    writeTree(root, { 'docs dir/café ünïcode.js': `c = '${liveKey()}'\n` });
    git(root, 'add', '-A');

    const { json } = await staged(root);
    expect(json.findings.map((f) => f.file)).toEqual(['docs dir/café ünïcode.js']);
    // A rename adds no line, so the moved file is not even read: its old key is no finding.
    expect(json.suppressed).toEqual([]);
  });

  it('during a merge, reports only lines new against both parents', async () => {
    const [theirs, resolution] = [liveKey(), liveKey()];
    const root = makeRepo({ 'pay.js': 'start()\n' });
    git(root, 'checkout', '-qb', 'feature');
    commitFiles(root, { 'pay.js': `start()\nt = '${theirs}'\n` }, 'feature key');
    git(root, 'checkout', '-q', 'main');
    commitFiles(root, { 'pay.js': 'start()\nours()\n' }, 'main change');
    spawnSync('git', ['merge', 'feature'], { cwd: root }); // conflicts: pay.js
    writeTree(root, { 'pay.js': `start()\nours()\nt = '${theirs}'\nr = '${resolution}'\n` });
    git(root, 'add', 'pay.js');

    const { json } = await staged(root);
    expect(json.findings).toMatchObject([{ file: 'pay.js', line: 4 }]);
  });

  it('a key after a NUL byte in a file git diffs as text (a `diff` attribute) counts as added', async () => {
    // git writes such a file's patch with its NUL bytes, which -z output also uses as separators:
    // the patch must not end at the first one, or the lines after it would not count as added.
    const root = makeRepo({ '.gitattributes': '*.dat diff\n', 'z.dat': 'start\n', 'b.js': 'b()\n' });
    writeTree(root, { 'z.dat': `start\nx\0y\nk = '${liveKey()}'\n`, 'b.js': `b()\nc()\n` });
    git(root, 'add', '-A');
    expect(git(root, 'diff', '--cached', '--numstat')).toMatch(/^2\t0\tz\.dat$/m); // a text diff, NUL and all

    const { exitCode, json } = await staged(root);
    expect(exitCode).toBe(1);
    expect(json.findings).toMatchObject([{ file: 'z.dat', line: 3 }]);
  });

  it('reads only the files whose added lines hold a key prefix: an old key elsewhere is not listed', async () => {
    const root = makeRepo({ 'old.js': `a()\nk = '${liveKey()}'\n`, 'both.js': `a()\nk = '${liveKey()}'\n` });
    writeTree(root, { 'old.js': `${git(root, 'show', 'HEAD:old.js')}b()\n`, 'both.js': `${git(root, 'show', 'HEAD:both.js')}c = 'caibo_config'\n` });
    git(root, 'add', '-A');

    const { json } = await staged(root);
    expect(json.findings).toEqual([]);
    // both.js adds a near miss, so it is read and its old key shows as not added; old.js adds no prefix.
    expect(json.suppressed).toMatchObject([{ file: 'both.js', line: 2, suppressedBy: 'not-added' }]);
    expect(json.summary).toMatchObject({ filesScanned: 2 });
  });

  it('reads what the patch cannot show: an intent-to-add file, a binary file, a file over 16 MB, a submodule skipped', async () => {
    const root = makeRepo({ 'big.sql': `${'insert into t values (1);\n'.repeat(700_000)}`, 'old.bin': Buffer.from([0, 1, 0x0a]) });
    const sub = makeRepo({ 'k.js': `k = '${liveKey()}'\n` });
    git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'libs/sub');
    const big = readFileSync(join(root, 'big.sql'));
    writeTree(root, {
      'big.sql': Buffer.concat([big, Buffer.from(`-- k = '${liveKey()}'\n`)]), // 18 MB: scanned in 16 MB chunks
      'old.bin': Buffer.from(`\0\x01\nk = '${liveKey()}'\n`),
      'later.js': `k = '${liveKey()}'\n`,
    });
    git(root, 'add', 'big.sql', 'old.bin');
    git(root, 'add', '-N', 'later.js'); // intent to add: nothing staged yet, so nothing to report
    expect(big.length).toBeGreaterThan(16 * 1024 * 1024);

    const { json } = await staged(root);
    expect(json.findings.map((f) => [f.file, f.line])).toEqual([['big.sql', 700_001], ['old.bin', 2]]);
  });

  it('a mode change or a rename adds no line: an old key there is no finding, and the file is not read', async () => {
    const root = makeRepo({ 'run.sh': `k='${liveKey()}'\n`, 'a.js': `k = '${liveKey()}'\n` });
    chmodSync(join(root, 'run.sh'), 0o755);
    git(root, 'mv', 'a.js', 'b.js');
    git(root, 'add', '-A');
    const { exitCode, json } = await staged(root);
    expect(exitCode).toBe(0);
    expect(json.suppressed).toEqual([]);
    expect(json.summary).toMatchObject({ filesScanned: 2 });
  });

  it('scans nothing when nothing is staged', async () => {
    const root = makeRepo({ 'app.js': `k = '${liveKey()}'\n` });
    const { exitCode, json } = await staged(root);
    expect(exitCode).toBe(0);
    expect(json.summary).toMatchObject({ filesScanned: 0 });
  });

  it('as a pre-commit hook, sees what `git commit -a` stages and blocks the commit', () => {
    const root = makeRepo({ 'app.js': 'start()\n' });
    const hook = join(root, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" staged\n`, { mode: 0o755 });
    writeTree(root, { 'app.js': `start()\nk = '${liveKey()}'\n` }); // tracked, modified, not staged

    const commit = spawnSync('git', ['commit', '-a', '-m', 'add key'], { cwd: root, encoding: 'utf8', env: gitEnv() });
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toMatch(/caibo-live-key/);
    expect(git(root, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  });

  it('dist/bin.js starts the diffs before loading the CLI: the same report, no temporary file left', async () => {
    const root = makeRepo({ 'app.js': 'start()\n', 'old.js': `k = '${liveKey()}'\n` });
    writeTree(root, { 'app.js': `start()\nk = '${liveKey()}'\n`, 'old.js': `k = '${liveKey()}'\nb()\n` });
    git(root, 'add', '-A');
    const tmp = makeTree();
    const bin = runBin(['staged', '--format', 'json', '--show-suppressed'], { cwd: root, env: { TMPDIR: tmp } });
    const { json } = await staged(root);
    expect(bin.exitCode).toBe(1);
    expect({ ...parseJson(bin), summary: undefined }).toEqual({ ...json, summary: undefined });
    // A usage error ends the run before the diffs are taken over: they are ended and their files gone.
    expect(runBin(['staged', '--format', 'nope'], { cwd: root, env: { TMPDIR: tmp } }).exitCode).toBe(2);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('not a git repository exits 2', () => {
    const result = runBin(['staged'], { cwd: makeTree({ 'a.txt': 'a' }) });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^caibo-scan: .*not a git repository\n$/);
  });
});

/** `git add -p` with scripted answers, as a user would stage part of a file. */
function addPatch(root: string, path: string, answers: string): void {
  const result = spawnSync('git', ['-c', 'interactive.singleKey=false', 'add', '-p', '--', path], {
    cwd: root,
    input: answers,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git add -p failed: ${result.stderr}`);
}

/** Who commits, for git run without the fixture helper (the hook needs a real `git commit`). */
const gitEnv = () => ({
  ...process.env,
  NODE_EXTRA_CA_CERTS: '',
  GIT_AUTHOR_NAME: 'Ada Dev',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada Dev',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
});
