import { readdir, type Dirent } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { isEnvFile } from '../context/paths.js';
import { sourceError } from '../errors.js';
import type { Blob, GitStatus, Skip } from '../types.js';
import { gitStatuses } from './git.js';
import { readFileOrChunks, skipFor, type FileRead } from './read-file.js';
import { mapConcurrent, type Source } from './source.js';

/** Never scanned: git internals and installed dependencies (not the project's code). */
export const DEFAULT_EXCLUDES = ['**/.git/**', '**/node_modules/**'];
/** Files read ahead of the search. Reads are synchronous (read-file.ts): more would only hold more buffers. */
const READ_CONCURRENCY = 1;

export interface WorktreeOptions {
  /** Report paths are relative to this directory. */
  root: string;
  /** Files or directories to scan, absolute or relative to `root`. */
  paths: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
  followSymlinks: boolean;
}

interface Entry {
  /** POSIX path relative to root. */
  path: string;
  absolute: string;
}

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** The working tree under the given paths, walked with fast-glob; env files get their git status. */
export function worktreeSource(options: WorktreeOptions): Source {
  const skipped: Skip[] = [];

  async function* entries(): AsyncGenerator<Entry | Skip> {
    for (const given of options.paths) {
      const absolute = resolve(options.root, given);
      const stat = await lstat(absolute).catch((error: NodeJS.ErrnoException) => {
        throw sourceError(`${given}: cannot scan: ${error.code === 'ENOENT' ? 'no such file or directory' : error.code}`);
      });
      const path = toPosix(relative(options.root, absolute)) || '.';
      if (stat.isSymbolicLink() && !options.followSymlinks) {
        yield { path, reason: 'symlink' };
      } else if (!stat.isDirectory()) {
        yield { path, absolute };
      } else {
        yield* walk(absolute);
      }
    }
    yield* skipped.splice(0);
  }

  /**
   * Globs (include, exclude, config `exclude`) are matched against paths relative to the root, the
   * same paths reports show, whichever of several given directories is being walked.
   */
  async function* walk(directory: string): AsyncGenerator<Entry | Skip> {
    const base = toPosix(relative(options.root, directory));
    // Loaded on first use: stdin, staged and history scans never walk, and fast-glob adds ~50 ms to start-up.
    const { default: fg } = await import('fast-glob');
    const prefix = base ? `${fg.escapePath(base)}/` : '';
    const stream = fg.stream((options.include.length ? options.include : ['**']).map((glob) => prefix + glob), {
      cwd: options.root,
      dot: true,
      onlyFiles: false,
      markDirectories: true,
      followSymbolicLinks: options.followSymlinks,
      ignore: [...DEFAULT_EXCLUDES, ...options.exclude],
      objectMode: true,
      suppressErrors: true,
      fs: {
        // Unreadable directories become Skip records instead of silently vanishing from the walk.
        readdir: ((path: string, opts: object, callback: (error: Error | null, entries: Dirent[]) => void) =>
          readdir(path, opts as { withFileTypes: true }, (error, dirents) => {
            if (error) {
              skipped.push(skipFor(toPosix(relative(options.root, path)) || '.', error));
              callback(null, []);
            } else callback(null, dirents);
          })) as never,
      },
    });
    for await (const item of stream as AsyncIterable<{ path: string; dirent: Dirent }>) {
      const { dirent } = item;
      if (dirent.isDirectory() || item.path.endsWith('/')) continue;
      const { path } = item;
      if (dirent.isSymbolicLink() && !options.followSymlinks) yield { path, reason: 'symlink' };
      else yield { path, absolute: join(options.root, path) };
    }
  }

  return {
    async *blobs(): AsyncGenerator<Blob | Skip> {
      const envFiles: Entry[] = [];
      const direct = async function* () {
        for await (const entry of entries()) {
          if ('reason' in entry) yield entry;
          else if (isEnvFile(entry.path)) envFiles.push(entry);
          else yield entry;
        }
      };
      const read = async (entry: Entry | Skip): Promise<FileRead & { entry?: Entry }> => {
        if ('reason' in entry) return entry;
        const result = await readFileOrChunks(entry.absolute, entry.path);
        return 'reason' in result ? result : { ...result, entry };
      };
      async function* emit(results: AsyncIterable<FileRead & { entry?: Entry }>, status: (path: string) => GitStatus) {
        for await (const result of results) {
          if ('reason' in result) {
            yield result;
            continue;
          }
          const provenance = { kind: 'worktree' as const, path: result.entry!.path, git: status(result.entry!.path) };
          if ('bytes' in result) yield { provenance, bytes: result.bytes };
          else for await (const part of result.chunks) yield { provenance, ...part };
        }
      }
      yield* emit(mapConcurrent(direct(), READ_CONCURRENCY, read), () => 'no-repo');
      // Env files wait for one batched git question: tracked, ignored or neither decides their context.
      const statuses = await gitStatuses(options.root, envFiles.map((e) => e.path));
      yield* emit(mapConcurrent(envFiles, READ_CONCURRENCY, read), (path) => statuses.get(path) ?? 'no-repo');
    },
  };
}

