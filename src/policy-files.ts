import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, sep } from 'node:path';

/**
 * Where the config, baseline and rule files are read from: the disk, or (range scans, issue 18)
 * the reviewed base revision, so a pull request cannot rewrite the policy that judges it.
 * Paths are absolute; a missing file throws an error whose `code` is ENOENT, as node:fs does.
 */
export interface PolicyFiles {
  readText(file: string): string;
  isDirectory(path: string): boolean;
  /** Names directly inside a directory. */
  list(dir: string): string[];
}

export const DISK: PolicyFiles = {
  readText: (file) => readFileSync(file, 'utf8'),
  isDirectory: (path) => statSync(path).isDirectory(),
  list: (dir) => readdirSync(dir),
};

/** `path` through symlinks (as git reports the top level), for the part of it that exists. */
function canonical(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(canonical(parent), basename(path));
}

/** `path` relative to the repository's top level, '/'-separated; undefined outside it. */
export function repoPath(top: string, path: string): string | undefined {
  const rel = relative(canonical(top), canonical(path));
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join(posix.sep);
}

const notFound = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });

/**
 * Files of one commit, by path relative to the repository's top level (`top`). Paths outside the
 * repository are not the commit's to decide: they are read from disk.
 */
export function commitFiles(top: string, files: ReadonlyMap<string, Buffer>): PolicyFiles {
  const inRepo = (path: string) => repoPath(top, path);
  const children = (dir: string) => [...files.keys()].filter((path) => dir === '' || path.startsWith(`${dir}/`)).map((path) => (dir ? path.slice(dir.length + 1) : path));
  return {
    readText(file) {
      const rel = inRepo(file);
      if (rel === undefined) return DISK.readText(file);
      const bytes = files.get(rel);
      if (!bytes) throw notFound(file);
      return bytes.toString('utf8');
    },
    isDirectory(path) {
      const rel = inRepo(path);
      if (rel === undefined) return DISK.isDirectory(path);
      if (files.has(rel)) return false;
      if (children(rel).length === 0) throw notFound(path);
      return true;
    },
    list(dir) {
      const rel = inRepo(dir);
      if (rel === undefined) return DISK.list(dir);
      return [...new Set(children(rel).map((path) => path.split('/')[0]!))];
    },
  };
}
