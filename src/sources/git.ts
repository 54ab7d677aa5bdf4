import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { gitError, isCaiboScanError, type CaiboScanError } from '../errors.js';
import type { GitStatus } from '../types.js';
import { startGit, takePrestarted } from './git-early.js';
import { safeGit } from './safe-git.js';

export { safeGit };

/**
 * How git sees each of a few working-tree files (the env files a scan met), in two git calls per
 * scan rather than one per file. Paths are relative to `root`; outside a repository all are 'no-repo'.
 */
export async function gitStatuses(root: string, paths: readonly string[]): Promise<Map<string, GitStatus>> {
  const statuses = new Map<string, GitStatus>(paths.map((p) => [p, 'no-repo']));
  if (paths.length === 0) return statuses;
  // Files in a submodule (or a nested clone) belong to that repository: git refuses pathspecs into
  // a submodule ("Pathspec is in submodule"), so each is asked of its own repository.
  const nested = new Map<string, string[]>();
  const own: string[] = [];
  for (const path of paths) {
    const repo = nestedRepository(root, path);
    if (repo === undefined) own.push(path);
    else nested.set(repo, [...(nested.get(repo) ?? []), path]);
  }
  for (const [repo, inside] of nested) {
    const relativeTo = (path: string) => path.slice(repo.length + 1);
    const answers = await gitStatuses(join(root, repo), inside.map(relativeTo));
    for (const path of inside) statuses.set(path, answers.get(relativeTo(path))!);
  }
  if (own.length === 0) return statuses;
  const here = { dir: root };
  const inWorkTree = await gitAnswer(root, ['rev-parse', '--is-inside-work-tree']).catch(() => undefined);
  if (inWorkTree?.status !== 0 || inWorkTree.stdout.trim() !== 'true') return statuses;
  const tracked = new Set((await ask(here, ['ls-files', '-z', '--', ...own.map((p) => `:(literal)${p}`)])).split('\0').filter(Boolean));
  const untracked = own.filter((p) => !tracked.has(p));
  // `git check-ignore` with no paths is a fatal usage error, not an empty answer; exit 1 means none is ignored.
  const ignored = new Set<string>();
  if (untracked.length) {
    const answer = await gitAnswer(root, ['check-ignore', '--', ...untracked]).catch((error: unknown) => {
      throw asGitError(error, 'git check-ignore');
    });
    if (answer.status !== 0 && answer.status !== 1) throw gitError(withRemedy(`git check-ignore: ${firstLine(answer.stderr)}`));
    for (const path of answer.stdout.split('\n').filter(Boolean)) ignored.add(path);
  }
  for (const path of own) {
    statuses.set(path, tracked.has(path) ? 'tracked' : ignored.has(path) ? 'ignored' : 'untracked');
  }
  return statuses;
}

/** The deepest directory above `path` (below `root`) that is a repository of its own, if any. */
function nestedRepository(root: string, path: string): string | undefined {
  const parts = path.split('/').slice(0, -1);
  for (let depth = parts.length; depth > 0; depth -= 1) {
    const dir = parts.slice(0, depth).join('/');
    if (existsSync(join(root, dir, '.git'))) return dir;
  }
  return undefined;
}

const firstLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/^(fatal|error): /, '').trim())
    .find(Boolean) ?? 'git failed';

const DUBIOUS_OWNERSHIP = /dubious ownership in repository at '(.*)'/;
const MISSING_OR_CORRUPT =
  /\b(corrupt|bad object|missing (blob|tree|commit)|packfile|inflate|unable to (read|unpack)|failed to read object|invalid object|did not point to a valid object)\b/i;

/** Adds what to do to the git failures a user can fix. */
function withRemedy(message: string): string {
  // git >= 2.35.2 refuses a repository another user owns (CVE-2022-24765).
  const dubious = DUBIOUS_OWNERSHIP.exec(message);
  if (dubious) {
    return `git refuses ${dubious[1]}: it is owned by another user (dubious ownership); if you trust it, run: git config --global --add safe.directory ${dubious[1]}`;
  }
  if (MISSING_OR_CORRUPT.test(message)) return `${message}: the repository is corrupt or missing objects (try git fsck)`;
  return message;
}

/** Turns any git failure into one clear line (exit 2). */
function asGitError(error: unknown, what: string): CaiboScanError {
  if (isCaiboScanError(error)) return error;
  const err = error as NodeJS.ErrnoException;
  if (err.code === 'ENOENT' || /spawn git ENOENT/.test(err.message ?? '')) {
    return gitError('git not found: install git or put it on PATH');
  }
  return gitError(withRemedy(`${what}: ${firstLine(err.message ?? String(error))}`));
}

/** A repository the git sources read. */
export interface Repo {
  /** Where git commands run (the given directory; git finds the repository from there). */
  dir: string;
  /** A bare repository (`repo.git`): history only, it has no index or working tree. */
  bare: boolean;
  /** The commit being merged, when openRepo was asked and a merge is in progress. */
  mergeHead?: string;
}

interface GitAnswer {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * One small git question as a plain child process: no library start-up and no queue, so several
 * run at once (each saves a pre-commit hook tens of milliseconds over simple-git's scheduler).
 */
function gitAnswer(dir: string, args: string[]): Promise<GitAnswer> {
  return new Promise((done, fail) => {
    const git = safeGit(args);
    execFile('git', git.args, { cwd: dir, env: git.env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      if (status === null) fail(error); // git did not run (not installed) or its output overflowed
      else done({ status, stdout, stderr });
    });
  });
}

/**
 * Checks that `dir` is inside a git repository and that git runs; throws a one-line gitError if not.
 * With `mergeHead`, the same git call also says which commit a merge in progress brings in.
 */
export async function openRepo(dir: string, { mergeHead = false } = {}): Promise<Repo> {
  if (!existsSync(dir)) throw gitError(`${dir}: no such directory`);
  let answer: GitAnswer;
  try {
    answer = await gitAnswer(dir, ['rev-parse', '--is-bare-repository', ...(mergeHead ? ['--verify', '--quiet', 'MERGE_HEAD^{commit}'] : [])]);
  } catch (error) {
    throw asGitError(error, dir);
  }
  const [bare, merging] = answer.stdout.split('\n');
  // With --verify, exit 1 after the first answer only says MERGE_HEAD does not exist.
  if (answer.status !== 0 && !(mergeHead && answer.status === 1 && bare)) {
    const message = firstLine(answer.stderr);
    throw gitError(/not a git repository/i.test(message) ? `${dir}: not a git repository` : withRemedy(`${dir}: ${message}`));
  }
  return { dir, bare: bare === 'true', ...(merging ? { mergeHead: merging } : {}) };
}

/** Runs a small git question and returns its output; failures become a one-line gitError. */
export async function ask(repo: Pick<Repo, 'dir'>, args: string[], what = `git ${args[0]}`): Promise<string> {
  let answer: GitAnswer;
  try {
    answer = await gitAnswer(repo.dir, args);
  } catch (error) {
    throw asGitError(error, what);
  }
  if (answer.status !== 0) throw gitError(withRemedy(`${what}: ${firstLine(answer.stderr)}`));
  return answer.stdout;
}

export async function isShallow(repo: Pick<Repo, 'dir'>): Promise<boolean> {
  return (await ask(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** The working tree's top directory; a bare repository's own directory. */
export async function topLevel(repo: Repo): Promise<string> {
  return (await ask(repo, ['rev-parse', '--show-toplevel']).catch(() => '')).trim() || repo.dir;
}

/** The commit `rev` names, or undefined when it names none (unknown ref, missing object). */
export async function resolveCommit(repo: Pick<Repo, 'dir'>, rev: string): Promise<string | undefined> {
  const sha = await ask(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).catch(() => '');
  return sha.trim() || undefined;
}

/**
 * Streams a git command's stdout. Never a shell; stdin (revisions, object ids) can be written by
 * `feed`. A non-zero exit after the output ends throws a one-line gitError: a failed git is never
 * mistaken for an empty, clean result.
 */
export async function* streamGit(
  repo: Pick<Repo, 'dir'>,
  args: string[],
  feed?: (stdin: Writable) => Promise<void>,
): AsyncGenerator<Buffer> {
  // Without stdin to feed, a git the CLI started early for these arguments is this one (git-early.ts).
  const { child, stdin, stderr, exited, output } = (feed ? undefined : takePrestarted(repo.dir, args)) ?? startGit(repo.dir, args);
  const fed = (feed && stdin ? feed(stdin) : Promise.resolve()).then(
    () => void stdin?.end(),
    (error: unknown) => error,
  );
  try {
    yield* output;
    const code = await exited;
    if (code !== 0) throw gitError(withRemedy(`git ${args[0]}: ${firstLine(Buffer.concat(stderr).toString('utf8'))}`));
    const feedError = await fed;
    if (feedError) throw feedError;
  } catch (error) {
    throw asGitError(error, `git ${args[0]}`);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}

/** Lines per write: one pipe write per id would cost more than git's work on it. */
const LINES_PER_WRITE = 512;

/**
 * Writes each batch of lines to a child's stdin in one write, waiting for it to drain, so memory
 * stays flat for any count. Batches may arrive while they are written (an async source), to
 * overlap two processes.
 */
export async function writeLineBatches(stdin: Writable, batches: Iterable<readonly string[]> | AsyncIterable<readonly string[]>): Promise<void> {
  for await (const batch of batches) {
    if (batch.length && !stdin.write(`${batch.join('\n')}\n`)) await once(stdin, 'drain');
  }
}

function* batchesOf(lines: Iterable<string>, size: number): Generator<string[]> {
  let batch: string[] = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  yield batch;
}

/** Writes a known list of lines to a child's stdin, LINES_PER_WRITE at a time. */
export const writeLines = (stdin: Writable, lines: Iterable<string>) => writeLineBatches(stdin, batchesOf(lines, LINES_PER_WRITE));
