import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { isEnvFile } from '../context/paths.js';
import { sourceError } from '../errors.js';
import type { Blob, GitStatus, Skip } from '../types.js';
import { printableBytes } from '../printable.js';
import { gitStatuses } from './git.js';
import { readFileOrChunks, skipFor, type FileRead } from './read-file.js';
import { mapConcurrent, type Source } from './source.js';

/** Never scanned: git internals and installed dependencies (not the project's code). */
export const DEFAULT_EXCLUDES = ['**/.git/**', '**/node_modules/**'];
/**
 * fast-glob reads directories as fast as it can, with no backpressure: on a million files its
 * queue held most of the tree (460 MB). Directory reads wait while this many listed entries
 * are not yet taken, unless the walk's reader is itself waiting for entries.
 */
const MAX_PENDING_ENTRIES = 10_000;
const PENDING_POLL_MS = 1;
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
  /** Bytes for names that are not valid UTF-8, which a string path cannot reach. */
  absolute: string | Buffer;
}

/**
 * Names fast-glob would drop silently (its matchers' `.` stops at line breaks) or mangle (bytes that
 * are not UTF-8 decode to U+FFFD, and that path does not exist): the walk reads those itself.
 */
const isGlobSafeName = (name: string) => !/[\n\r\u2028\u2029\ufffd]/.test(name);

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** The working tree under the given paths, walked with fast-glob; env files get their git status. */
export function worktreeSource(options: WorktreeOptions): Source {
  /** Entries found beside fast-glob's stream: unreadable directories, loops, unusual names. */
  const found: Array<Entry | Skip> = [];
  /** --follow-symlinks: each real directory is read once, so a link back up cannot loop forever. */
  const visited = new Map<string, string>();
  const reportPath = (absolute: string) => toPosix(relative(options.root, absolute)) || '.';
  /** Backpressure for fast-glob: entries listed by readdir, entries taken from its stream, and is the taker idle? */
  const flow = { listed: 0, taken: 0, isWaiting: false };

  async function untilEntriesTaken(): Promise<void> {
    while (flow.listed - flow.taken > MAX_PENDING_ENTRIES && !flow.isWaiting) {
      await new Promise((resume) => setTimeout(resume, PENDING_POLL_MS));
    }
  }

  async function listDirectory(directory: string): Promise<Dirent[]> {
    await untilEntriesTaken();
    const at = reportPath(directory);
    if (options.followSymlinks) {
      const real = await realpath(directory).catch(() => directory);
      const first = visited.get(real);
      if (first !== undefined) {
        found.push({ path: at, reason: 'symlink-loop', detail: `same directory as ${first}` });
        return [];
      }
      visited.set(real, at);
    }
    let dirents: Dirent[];
    try {
      dirents = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      // Unreadable directories become Skip records instead of silently vanishing from the walk.
      found.push(skipFor(at, error));
      return [];
    }
    if (!dirents.every((d) => isGlobSafeName(d.name))) {
      await listUnusualNames(directory, at);
      dirents = dirents.filter((d) => isGlobSafeName(d.name));
    }
    flow.listed += dirents.length;
    return dirents;
  }

  async function listUnusualNames(directory: string, at: string): Promise<void> {
    for (const dirent of await readdir(directory, { withFileTypes: true, encoding: 'buffer' })) {
      const name = dirent.name as unknown as Buffer;
      if (isGlobSafeName(name.toString('utf8'))) continue;
      const path = `${at === '.' ? '' : `${at}/`}${printableBytes(name)}`;
      if (dirent.isFile()) found.push({ path, absolute: Buffer.concat([Buffer.from(`${directory}${sep}`), name]) });
      else if (dirent.isSymbolicLink() && !options.followSymlinks) found.push({ path, reason: 'symlink' });
      else found.push({ path, reason: 'unreadable', detail: 'name holds a line break or invalid UTF-8; not walked' });
    }
  }

  async function* entries(): AsyncGenerator<Entry | Skip> {
    for (const given of options.paths) {
      const absolute = resolve(options.root, given);
      const info = await (options.followSymlinks ? stat : lstat)(absolute).catch((error: NodeJS.ErrnoException) => {
        throw sourceError(`${given}: cannot scan: ${error.code === 'ENOENT' ? 'no such file or directory' : error.code}`);
      });
      const path = toPosix(relative(options.root, absolute)) || '.';
      if (info.isSymbolicLink()) {
        yield { path, reason: 'symlink' };
      } else if (!info.isDirectory()) {
        yield { path, absolute };
      } else {
        yield* walk(absolute);
      }
    }
    yield* found.splice(0);
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
      // Deduplicating keeps every path in a set; only overlapping --include globs can repeat one.
      unique: options.include.length > 1,
      suppressErrors: true,
      fs: {
        readdir: ((path: string, _options: object, callback: (error: Error | null, entries: Dirent[]) => void) =>
          void listDirectory(path).then(
            (dirents) => callback(null, dirents),
            (error: Error) => callback(error, []),
          )) as never,
      },
    });
    const items = (stream as AsyncIterable<{ path: string; dirent: Dirent }>)[Symbol.asyncIterator]();
    for (;;) {
      flow.isWaiting = true;
      const next = await items.next();
      flow.isWaiting = false;
      if (next.done) break;
      flow.taken += 1;
      const item = next.value;
      const { dirent } = item;
      if (dirent.isDirectory() || item.path.endsWith('/')) continue;
      const { path } = item;
      if (dirent.isSymbolicLink() && !options.followSymlinks) yield { path, reason: 'symlink' };
      else yield { path, absolute: join(options.root, path) };
      if (found.length) yield* found.splice(0);
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

