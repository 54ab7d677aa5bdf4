import { spawn } from 'node:child_process';
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sourceError, usageError } from './errors.js';
import { scan, type ScanOptions } from './scan.js';
import { containerKind, MAGIC_BYTES } from './sources/containers/magic.js';
import type { Report } from './types.js';

/** What `npm pack --dry-run --json` prints: one entry per package packed. */
interface PackResult {
  files: Array<{ path: string }>;
}

/**
 * The files `npm publish` would ship from `dir`, as npm itself decides them (`files`, `.npmignore`,
 * `.gitignore`, the always-included package.json and README). Scripts are not run: prepublishOnly
 * runs this, and a prepack that runs it again would loop.
 */
export async function packedFiles(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const child = spawn('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    env: { ...env, npm_config_update_notifier: 'false' }, // no registry round trip for a file list
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', (error: NodeJS.ErrnoException) =>
      fail(sourceError(error.code === 'ENOENT' ? 'pack: npm not found (pack asks npm which files it would publish)' : `pack: cannot run npm: ${error.message}`)),
    );
    child.on('close', done);
  });
  if (code !== 0) {
    const reason = Buffer.concat(stderr).toString('utf8').split('\n').find((line) => /npm (error|ERR!)/.test(line)) ?? `exit code ${code}`;
    throw sourceError(`pack: npm pack --dry-run failed in ${dir}: ${reason.replace(/^npm (error|ERR!)\s*/, '')}`);
  }
  let results: PackResult[];
  try {
    results = JSON.parse(Buffer.concat(stdout).toString('utf8')) as PackResult[];
  } catch {
    throw sourceError('pack: npm pack --dry-run --json printed no JSON (npm 7 or later is needed)');
  }
  return results.flatMap((result) => result.files.map((file) => file.path));
}

function isTarball(path: string): boolean {
  const head = Buffer.alloc(MAGIC_BYTES);
  const fd = openSync(path, 'r');
  try {
    const kind = containerKind(head.subarray(0, readSync(fd, head, 0, MAGIC_BYTES, 0)), path);
    return kind === 'gzip' || kind === 'tar';
  } finally {
    closeSync(fd);
  }
}

/**
 * `caibo-scan pack [dir|tarball]`: exactly what `npm publish` would ship. A directory is scanned as
 * npm would pack it, by npm's own file list (paths relative to it; an env file in it ships, so it
 * counts as committed); a tarball (`npm pack`'s .tgz) by its entries.
 */
export async function scanPack(target: string, options: ScanOptions = {}): Promise<Report> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const absolute = resolve(cwd, target);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    throw usageError(`pack: ${target}: no such file or directory`);
  }
  if (!isDirectory) {
    if (!isTarball(absolute)) throw usageError(`pack: ${target} is neither a package directory nor a tarball (.tgz)`);
    return scan({ ...options, cwd, paths: [target] });
  }
  const files = await packedFiles(absolute);
  return scan({ ...options, cwd: absolute, paths: files, shipped: true });
}
