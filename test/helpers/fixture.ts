import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A file tree in a fresh temp folder, removed after the test file. */
export function makeTree(files: Record<string, string | Buffer> = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'caibo-scan-')));
  created.push(root);
  writeTree(root, files);
  return root;
}

export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Ada Dev',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada Dev',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
};

/** Runs real git in `cwd`; throws with git's stderr on failure. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A git repository with the given files committed (or left untracked when `commit` is false). */
export function makeRepo(files: Record<string, string | Buffer> = {}, commit = true): string {
  const root = makeTree();
  git(root, 'init', '-q');
  writeTree(root, files);
  if (commit && Object.keys(files).length) {
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'initial');
  }
  return root;
}

/** Writes files, stages them and commits; returns the new commit's sha. */
export function commitFiles(root: string, files: Record<string, string | Buffer>, message = 'change'): string {
  writeTree(root, files);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', message);
  return git(root, 'rev-parse', 'HEAD').trim();
}
