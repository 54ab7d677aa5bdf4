// git processes started as early as possible. `staged` runs on every commit, and its one slow step
// is git's own diff: the CLI's entry point starts it before loading the CLI (~100 ms of compiling
// on this machine), and the staged source takes it over when it asks for the same diff.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { safeGit } from './safe-git.js';

/**
 * The two diffs `staged` reads (see staged.ts), in two processes so the patch can be read while git
 * still writes it: raw entries for exact paths, and the patch, whose sections follow the same order.
 */
export const STAGED_RAW_ARGS: readonly string[] = ['diff', '--cached', '--raw', '-z', '--no-abbrev', '-M'];
export const STAGED_PATCH_ARGS: readonly string[] = ['diff', '--cached', '-p', '-U0', '--full-index', '-M'];

/** A running git: its stderr and exit are caught from the start, so whoever reads it later misses neither. */
export interface GitRun {
  child: ChildProcessWithoutNullStreams;
  stderr: Buffer[];
  exited: Promise<number | null>;
  /** Output read before anyone asked for it (a prestarted run), to be read first. */
  early: Buffer[];
}

export function startGit(dir: string, args: readonly string[]): GitRun {
  // GIT_FLUSH=0: git log would otherwise flush a pipe after every commit (thousands of tiny reads).
  const git = safeGit(args);
  const child = spawn('git', git.args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...git.env, GIT_FLUSH: '0' } });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (part: Buffer) => stderr.push(part));
  const exited = new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', done);
  });
  child.stdin.on('error', () => undefined); // git may exit before reading all of stdin; its exit code tells
  return { child, stderr, exited, early: [] };
}

/** Output a prestarted git may write before it is taken over; past this it waits (a huge first commit). */
const EARLY_OUTPUT_LIMIT = 64 * 1024 * 1024;

const prestarted = new Map<string, { run: GitRun; collect: (chunk: Buffer) => void }>(); // by directory and arguments
const keyOf = (dir: string, args: readonly string[]) => [dir, ...args].join('\0');

/**
 * Starts a git (without stdin) that a later streamGit with the same directory and arguments takes
 * over. Its output is collected meanwhile: a full pipe would stop git while the CLI loads.
 */
export function prestartGit(dir: string, args: readonly string[]): void {
  const run = startGit(dir, args);
  run.child.stdin.end();
  run.exited.catch(() => undefined); // a failure to start is reported to whoever takes it over
  let bytes = 0;
  const collect = (chunk: Buffer) => {
    run.early.push(chunk);
    bytes += chunk.length;
    if (bytes > EARLY_OUTPUT_LIMIT) run.child.stdout.pause();
  };
  run.child.stdout.on('data', collect);
  prestarted.set(keyOf(dir, args), { run, collect });
}

/** The prestarted git with these arguments, if any; its stream is paused, its early output in `early`. */
export function takePrestarted(dir: string, args: readonly string[]): GitRun | undefined {
  const started = prestarted.get(keyOf(dir, args));
  if (!started) return undefined;
  prestarted.delete(keyOf(dir, args));
  const { run, collect } = started;
  run.child.stdout.pause();
  run.child.stdout.removeListener('data', collect);
  return run;
}

/** Ends the prestarted gits nobody took over (the command failed first, or scanned elsewhere). */
export function discardPrestarted(): void {
  for (const { run } of prestarted.values()) run.child.kill();
  prestarted.clear();
}
