// git processes started as early as possible. `staged` runs on every commit, and its one slow step
// is git's own diff: the CLI's entry point starts it before loading the CLI (~100 ms of compiling
// on this machine), and the staged source takes it over when it asks for the same diff.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, read, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { safeGit } from './safe-git.js';

/** The diff `staged` reads (see staged.ts): raw entries for exact paths, then the patch for added lines. */
export const STAGED_DIFF_ARGS: readonly string[] = ['diff', '--cached', '--raw', '-p', '-U0', '-z', '--no-abbrev', '--full-index', '-M'];

/** A running git: its stderr and exit are caught from the start, so whoever reads it later misses neither. */
export interface GitRun {
  child: ChildProcess;
  /** Its stdin, for a git started to be fed. */
  stdin?: Writable;
  stderr: Buffer[];
  exited: Promise<number | null>;
  /** What git writes, as it writes it. */
  output: AsyncIterable<Buffer>;
}

function watch(child: ChildProcess, output: (exited: Promise<number | null>) => AsyncIterable<Buffer>): GitRun {
  const stderr: Buffer[] = [];
  child.stderr!.on('data', (part: Buffer) => stderr.push(part));
  const exited = new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', done);
  });
  return { child, stderr, exited, output: output(exited) };
}

const spawnGit = (dir: string, args: readonly string[], stdout: 'pipe' | number) => {
  // GIT_FLUSH=0: git log would otherwise flush a pipe after every commit (thousands of tiny reads).
  const git = safeGit(args);
  return spawn('git', git.args, { cwd: dir, stdio: [stdout === 'pipe' ? 'pipe' : 'ignore', stdout, 'pipe'], env: { ...git.env, GIT_FLUSH: '0' } });
};

export function startGit(dir: string, args: readonly string[]): GitRun {
  const child = spawnGit(dir, args, 'pipe');
  child.stdin!.on('error', () => undefined); // git may exit before reading all of stdin; its exit code tells
  return { ...watch(child, () => child.stdout!), stdin: child.stdin! };
}

const readAt = promisify(read);
const OUTPUT_READ_BYTES = 256 * 1024;
/** How often a file git still writes is looked at again once read to its end. */
const POLL_MS = 2;

/** A file git writes, read as it grows, until git has exited and it is read to its end; then closed. */
async function* growingFile(fd: number, exited: Promise<unknown>): AsyncGenerator<Buffer> {
  let hasExited = false;
  const settled = exited.then(
    () => void (hasExited = true),
    () => void (hasExited = true),
  );
  try {
    for (let position = 0; ; ) {
      const wasDone = hasExited; // checked before the read: once git has exited, its output is all there
      const { bytesRead, buffer } = await readAt(fd, Buffer.allocUnsafe(OUTPUT_READ_BYTES), 0, OUTPUT_READ_BYTES, position);
      if (bytesRead > 0) {
        position += bytesRead;
        yield buffer.subarray(0, bytesRead);
      } else if (wasDone) {
        return;
      } else {
        await Promise.race([settled, new Promise((wake) => setTimeout(wake, POLL_MS))]);
      }
    }
  } finally {
    closeSync(fd);
  }
}

const prestarted = new Map<string, { run: GitRun; fd: number }>(); // by directory and arguments
const keyOf = (dir: string, args: readonly string[]) => [dir, ...args].join('\0');

/**
 * Starts a git (without stdin) that a later streamGit with the same directory and arguments takes
 * over. It writes into a temporary file, not a pipe: the CLI's modules compile on the main thread,
 * so nobody would read a pipe meanwhile, and git would stop once 64 KB filled it. The file is
 * unlinked as soon as it is open (readable only through this process's descriptor, mode 0600, gone
 * with the process); where an open file cannot be unlinked (Windows) nothing is started early.
 */
export function prestartGit(dir: string, args: readonly string[]): void {
  if (process.platform === 'win32') return;
  let fd: number;
  try {
    const path = join(tmpdir(), `caibo-scan-${process.pid}-${prestarted.size}-${Math.random().toString(36).slice(2)}`); // wx: never an existing file
    fd = openSync(path, 'wx+', 0o600);
    unlinkSync(path);
  } catch {
    return; // no temporary directory to write to: the git starts when it is asked for
  }
  const run = watch(spawnGit(dir, args, fd), (exited) => growingFile(fd, exited));
  run.exited.catch(() => undefined); // a failure to start is reported to whoever takes it over
  prestarted.set(keyOf(dir, args), { run, fd });
}

/** The prestarted git with these arguments, if any. */
export function takePrestarted(dir: string, args: readonly string[]): GitRun | undefined {
  const started = prestarted.get(keyOf(dir, args));
  prestarted.delete(keyOf(dir, args));
  return started?.run;
}

/** Ends the prestarted gits nobody took over (the command failed first, or scanned elsewhere). */
export function discardPrestarted(): void {
  for (const { run, fd } of prestarted.values()) {
    run.child.kill();
    closeSync(fd);
  }
  prestarted.clear();
}
