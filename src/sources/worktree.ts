import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { isEnvFile } from '../context/paths.js';
import { sourceError } from '../errors.js';
import type { PatternSpec } from '../ruleset/schema.js';
import type { Blob, CleanFiles, GitStatus, Skip } from '../types.js';
import { printableBytes } from '../printable.js';
import { keyNeedleSearches } from '../detect/encodings.js';
import { FileBatch } from './file-batch.js';
import { startFileWorkers, type FileWorkers } from './file-workers.js';
import { FileScreen, sizeOf, type FileEntry, type ScreenedBatch } from './screen-files.js';
import { createDetector } from '../detect/detector.js';
import { gitStatuses } from './git.js';
import { ReadBuffer, readFileOrChunks, skipFor, WHOLE_FILE_LIMIT } from './read-file.js';
import type { Rebase } from './project-root.js';
import type { Source } from './source.js';

/**
 * Never scanned, at any depth: git internals and installed dependencies (not the project's code).
 * Compared by name rather than matched as globs: a glob test per entry cost ~100 ms of a 20,000-file walk.
 */
const EXCLUDED_NAMES = new Set(['.git', 'node_modules']);

/** Exclude globs and the folder they are written relative to (the report root, a config's folder). */
export interface ExcludeGlobs {
  globs: readonly string[];
  rebase: Rebase;
}

export interface WorktreeOptions {
  /** Report paths are relative to this directory (the project root). */
  root: string;
  /** Directory relative `paths` are resolved against. */
  cwd: string;
  /** Files or directories to scan, absolute or relative to `cwd`. */
  paths: readonly string[];
  include: readonly string[];
  exclude: readonly ExcludeGlobs[];
  followSymlinks: boolean;
  /** The detector's needles: files none of them (in any encoding) occurs in are counted, not yielded. */
  needles: readonly string[];
  /** The files are published as they are (`pack`): an env file among them is exposed like a committed one, whatever git says. */
  shipped?: boolean;
  /** Worker threads that read and search files (default 1: none); they build their detector from `patterns`. */
  threads?: number;
  patterns?: readonly PatternSpec[];
}

interface Entry {
  /** POSIX path relative to root. */
  path: string;
  /** Bytes for names that are not valid UTF-8, which a string path cannot reach. */
  absolute: string | Buffer;
  /** The walk saw a regular file (not a FIFO, device or followed link): it may be read without an fstat. */
  isRegular: boolean;
}

/**
 * Names globs cannot match reliably (their `.` stops at line breaks) or a string path cannot reach
 * (bytes that are not UTF-8 decode to U+FFFD): those are read as bytes instead.
 */
const isGlobSafeName = (name: string) => !/[\n\r\u2028\u2029\ufffd]/.test(name);

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/**
 * The working tree under the given paths; env files get their git status.
 *
 * The walk is synchronous readdir, depth first, pulled one directory at a time by the scan: on a
 * page-cached tree fast-glob's stream cost ~6x more than the directory reads themselves (21,302
 * entries: ~470 ms vs ~70 ms, docs/design.md), and a pulled walk needs no backpressure to keep
 * memory flat. Globs are matched with picomatch, as fast-glob did.
 */
type PathTest = (path: string) => boolean;
interface GlobMatchers {
  /** Report paths, each glob set tested against the path relative to its own folder. */
  isExcludedByGlob: PathTest;
  /** `--include` globs are relative to each directory given, as they were as fast-glob patterns. */
  isIncluded: PathTest;
}

/** picomatch is loaded only for globs: most runs have none, and it is ~60 KB of start-up to compile. */
export async function globMatchers({ include, exclude }: Pick<WorktreeOptions, 'include' | 'exclude'>): Promise<GlobMatchers> {
  const excludes = exclude.filter(({ globs }) => globs.length);
  if (!include.length && !excludes.length) return { isExcludedByGlob: () => false, isIncluded: () => true };
  const { default: picomatch } = await import('picomatch');
  /**
   * As in .gitignore, a glob without a slash matches the name at any depth: `*.js` is every JavaScript
   * file (what people type), `src/*.js` only the files directly in src/. (picomatch's own `basename`
   * option also applies it to globs with a slash, which then match nothing.)
   */
  const globTest = (globs: readonly string[]): PathTest => {
    const byName = picomatch(globs.filter((g) => !g.includes('/')), { dot: true });
    const byPath = picomatch(globs.filter((g) => g.includes('/')), { dot: true });
    return (path) => byPath(path) || byName(path.replace(/\/$/, '').split('/').pop()!);
  };
  const tests = excludes.map(({ globs, rebase }) => {
    const isMatch = globTest(globs);
    return (path: string) => {
      const rebased = rebase(path);
      return rebased !== undefined && isMatch(rebased);
    };
  });
  return {
    isExcludedByGlob: tests.length ? (path) => tests.some((test) => test(path)) : () => false,
    isIncluded: include.length ? globTest(include) : () => true,
  };
}

/**
 * A scan stays on one thread until the walk has found this many files or bytes: starting workers
 * costs ~30 ms, more than a hook's handful of files takes to read (measured: README "Performance").
 */
const PARALLEL_MIN_FILES = 256;
const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;
/** bench/threads-threshold.mjs sets it to 0 to time workers below the threshold (how it was chosen). */
const startsWorkersAtOnce = () => process.env.CAIBO_SCAN_PARALLEL_MIN === '0';
/**
 * Bytes per message to a worker: few messages for a tree of small files (a message costs tens of
 * microseconds), one file per message for large bundles, so the work shares out evenly either way.
 */
const BYTES_PER_MESSAGE = 2 * 1024 * 1024;
const MAX_FILES_PER_MESSAGE = 128;
const MESSAGES_QUEUED_PER_WORKER = 8;

/** What the walk yields: the entries of one directory (or one path given), in listing order. */
type Listing = Array<Entry | Skip>;

/** A walk result in its place in the output: a batch being screened by a worker, or an entry read here. */
type Segment = { files: Entry[]; screened: Promise<ScreenedBatch> } | { entry: Entry | Skip };

/**
 * The walk's listings up to PARALLEL_MIN_FILES files or PARALLEL_MIN_BYTES (stat'ed only here), and
 * whether that was all of it. Files streamed in chunks do not count: the main thread reads them.
 */
async function walkStart(walk: AsyncIterator<Listing>): Promise<{ listings: Listing[]; done: boolean; files: number; bytes: number }> {
  const listings: Listing[] = [];
  let [files, bytes] = [0, 0];
  while (!startsWorkersAtOnce() && files < PARALLEL_MIN_FILES && bytes < PARALLEL_MIN_BYTES) {
    const next = await walk.next();
    if (next.done) return { listings, done: true, files, bytes };
    listings.push(next.value);
    for (const entry of next.value) {
      if ('reason' in entry || files >= PARALLEL_MIN_FILES || bytes >= PARALLEL_MIN_BYTES) continue;
      files += 1;
      const size = sizeOf(entry.absolute);
      if (size <= WHOLE_FILE_LIMIT) bytes += size;
    }
  }
  return { listings, done: false, files, bytes };
}

/** How many files make BYTES_PER_MESSAGE, going by the files seen so far. */
const filesPerMessage = (files: number, bytes: number) =>
  Math.max(1, Math.min(MAX_FILES_PER_MESSAGE, Math.round((BYTES_PER_MESSAGE * files) / Math.max(1, bytes))));

async function* concat<T>(first: Iterable<T>, rest: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield* first;
  yield* rest;
}

export interface WorktreeSource extends Source {
  /** Files and directories the include/exclude globs left out so far: a scan of nothing must not pass as clean. */
  readonly filteredOut: number;
  /** Worker threads the scan started (0: it read every file on this thread). */
  readonly workerThreads: number;
}

export function worktreeSource(options: WorktreeOptions): WorktreeSource {
  let filteredOut = 0;
  let workerThreads = 0;
  const wholeFiles = new ReadBuffer();
  /** --follow-symlinks: each real directory is read once, so a link back up cannot loop forever. */
  const visited = new Map<string, string>();
  const reportPath = (absolute: string) => toPosix(relative(options.root, absolute)) || '.';

  function listDirectory(directory: string, at: string): { dirents: Dirent[]; unusual: Array<Entry | Skip> } {
    if (options.followSymlinks) {
      const real = realpathOrSelf(directory);
      const first = visited.get(real);
      if (first !== undefined) return { dirents: [], unusual: [{ path: at, reason: 'symlink-loop', detail: `same directory as ${first}` }] };
      visited.set(real, at);
    }
    let dirents: Dirent[];
    try {
      dirents = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      // Unreadable directories become Skip records instead of silently vanishing from the walk.
      return { dirents: [], unusual: [skipFor(at, error)] };
    }
    if (dirents.every((d) => isGlobSafeName(d.name))) return { dirents, unusual: [] };
    return { dirents: dirents.filter((d) => isGlobSafeName(d.name)), unusual: unusualNames(directory, at) };
  }

  function unusualNames(directory: string, at: string): Array<Entry | Skip> {
    const found: Array<Entry | Skip> = [];
    for (const dirent of readdirSync(directory, { withFileTypes: true, encoding: 'buffer' })) {
      const name = dirent.name as unknown as Buffer;
      if (isGlobSafeName(name.toString('utf8'))) continue;
      const path = `${at === '.' ? '' : `${at}/`}${printableBytes(name)}`;
      if (dirent.isFile()) found.push({ path, absolute: Buffer.concat([Buffer.from(`${directory}${sep}`), name]), isRegular: true });
      else if (dirent.isSymbolicLink() && !options.followSymlinks) found.push({ path, reason: 'symlink' });
      else found.push({ path, reason: 'unreadable', detail: 'name holds a line break or invalid UTF-8; not walked' });
    }
    return found;
  }

  /** What a directory entry is, following a link when asked: a dangling link is left for the read to report. */
  function kindOf(dirent: Dirent, absolute: string): 'directory' | 'file' | 'symlink' {
    if (dirent.isDirectory()) return 'directory';
    if (!dirent.isSymbolicLink()) return 'file';
    if (!options.followSymlinks) return 'symlink';
    try {
      return statSync(absolute).isDirectory() ? 'directory' : 'file';
    } catch {
      return 'file';
    }
  }

  async function* entries(): AsyncGenerator<Listing> {
    const globs = await globMatchers(options);
    for (const given of options.paths) {
      const absolute = resolve(options.cwd, given);
      const info = await (options.followSymlinks ? stat : lstat)(absolute).catch((error: NodeJS.ErrnoException) => {
        throw sourceError(`${given}: cannot scan: ${error.code === 'ENOENT' ? 'no such file or directory' : error.code}`);
      });
      const path = toPosix(relative(options.root, absolute)) || '.';
      if (info.isSymbolicLink()) {
        yield [{ path, reason: 'symlink' }];
      } else if (!info.isDirectory()) {
        yield [{ path, absolute, isRegular: info.isFile() }];
      } else {
        yield* walk(absolute, globs);
      }
    }
  }

  /**
   * Depth first; only the directories still to read are held, never the tree. One listing per
   * directory: a yield per entry cost more than the entry (two async hops each, through entries()).
   */
  function* walk(top: string, { isExcludedByGlob, isIncluded }: GlobMatchers): Generator<Listing> {
    const base = toPosix(relative(options.root, top));
    // Each directory with its report path, built from its parent's: path.relative per directory cost ~25 ms of source-200MB.
    const pending: Array<[directory: string, at: string]> = [[top, reportPath(top)]];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const [directory, at] = next;
      const { dirents, unusual } = listDirectory(directory, at);
      const listing: Listing = [];
      const subdirectories: Array<[string, string]> = [];
      for (const dirent of dirents) {
        if (EXCLUDED_NAMES.has(dirent.name)) continue;
        const absolute = `${directory}${sep}${dirent.name}`; // directory is already normalized
        const path = at === '.' ? dirent.name : `${at}/${dirent.name}`;
        const kind = kindOf(dirent, absolute);
        if (kind === 'directory') {
          if (!isExcludedByGlob(path) && !isExcludedByGlob(`${path}/`)) subdirectories.push([absolute, path]);
          else filteredOut += 1;
          continue;
        }
        if (isExcludedByGlob(path) || !isIncluded(base ? path.slice(base.length + 1) : path)) {
          filteredOut += 1;
          continue;
        }
        listing.push(kind === 'symlink' ? { path, reason: 'symlink' } : { path, absolute, isRegular: dirent.isFile() });
      }
      listing.push(...unusual);
      if (listing.length) yield listing;
      // Reversed onto the stack, so directories are read in listing order.
      for (let i = subdirectories.length - 1; i >= 0; i -= 1) pending.push(subdirectories[i]!);
    }
  }

  function realpathOrSelf(directory: string): string {
    try {
      return realpathSync(directory);
    } catch {
      return directory;
    }
  }

  /** One file as blobs (one, or its chunks), or why it was skipped. Reads are synchronous (read-file.ts). */
  async function* read(entry: Entry, git: GitStatus): AsyncGenerator<Blob | Skip> {
    const result = await readFileOrChunks(entry.absolute, entry.path, WHOLE_FILE_LIMIT, wholeFiles);
    if ('reason' in result) {
      yield result;
      return;
    }
    const provenance = { kind: 'worktree' as const, path: entry.path, git };
    if ('bytes' in result) yield { provenance, bytes: result.bytes };
    else for await (const part of result.chunks) yield { provenance, ...part };
  }

  /** One thread: files are read as the walk reaches them, regular files into batches searched together (file-batch.ts). */
  async function* readInOrder(walked: AsyncIterable<Listing>, envFiles: Entry[]): AsyncGenerator<Blob | Skip | CleanFiles> {
    const batch = new FileBatch(keyNeedleSearches(options.needles));
    for await (const listing of walked) for (const entry of listing) {
      if ('reason' in entry && batch.isEmpty) yield entry;
      else if ('reason' in entry) batch.addSkip(entry);
      else if (isEnvFile(entry.path)) envFiles.push(entry);
      else if (!entry.isRegular) {
        yield* batch.drain('no-repo'); // keeps skip records in walk order
        yield* read(entry, 'no-repo');
      }
      else if (!batch.add(entry.absolute, entry.path)) {
        // Too big for the room left: drain and retry with an empty batch, else read the file alone.
        if (!batch.isEmpty) yield* batch.drain('no-repo');
        if (!batch.add(entry.absolute, entry.path)) yield* read(entry, 'no-repo');
      }
    }
    yield* batch.drain('no-repo');
  }

  /**
   * Worker threads read and search batches of files; only the few files they flag (a candidate, a
   * container) are read again here, through the same path as on one thread, and every result is
   * taken in walk order: the report is the one `--threads 1` gives.
   */
  async function* readInParallel(
    walked: AsyncIterable<Listing>,
    envFiles: Entry[],
    workers: FileWorkers,
    seen: { files: number; bytes: number },
  ): AsyncGenerator<Blob | Skip | CleanFiles> {
    const pending: Segment[] = [];
    let files: Entry[] = [];
    let inFlight = 0;
    let batchFiles = filesPerMessage(seen.files, seen.bytes);
    // Until a worker has loaded its code, this thread screens batches itself rather than wait.
    let screenHere: FileScreen | undefined;
    const flush = async () => {
      if (!files.length) return;
      const batch: FileEntry[] = files.map((e) => [e.absolute, e.path]);
      let screened: Promise<ScreenedBatch>;
      if (workers.ready === 0) {
        screenHere ??= new FileScreen(createDetector(options.patterns ?? []));
        screened = Promise.resolve(await screenHere.screen(batch));
        await new Promise(setImmediate); // lets a worker's "ready" message in: reads here are synchronous
      } else {
        screened = workers.screen(batch);
        // Awaited in turn by emit(); a worker's failure must not surface first as an unhandled rejection (exit 1).
        screened.catch(() => {});
      }
      pending.push({ files, screened });
      inFlight += 1;
      files = [];
    };
    async function* emit(segment: Segment): AsyncGenerator<Blob | Skip | CleanFiles> {
      if (!('screened' in segment)) {
        if ('reason' in segment.entry) yield segment.entry;
        else yield* read(segment.entry, 'no-repo');
        return;
      }
      inFlight -= 1;
      const { flagged, cleanFiles, cleanBytes } = await segment.screened;
      seen.files += cleanFiles;
      seen.bytes += cleanBytes;
      batchFiles = filesPerMessage(seen.files, seen.bytes);
      for (const [index, skip] of flagged) {
        if (skip) yield skip;
        else yield* read(segment.files[index]!, 'no-repo');
      }
      if (cleanFiles) yield { kind: 'clean', files: cleanFiles, bytes: cleanBytes };
    }
    for await (const listing of walked) for (const entry of listing) {
      if (!('reason' in entry) && isEnvFile(entry.path)) envFiles.push(entry);
      else if ('reason' in entry || !entry.isRegular) {
        await flush();
        pending.push({ entry });
      } else {
        files.push(entry);
        if (files.length >= batchFiles) await flush();
      }
      // Bounded read-ahead, deep enough that a worker on a large file does not idle the others while
      // results wait their turn (results are a few bytes per file; each message holds ~2 MB of files).
      while (inFlight >= workers.size * MESSAGES_QUEUED_PER_WORKER) yield* emit(pending.shift()!);
    }
    await flush();
    while (pending.length) yield* emit(pending.shift()!);
  }

  return {
    get filteredOut() {
      return filteredOut;
    },
    get workerThreads() {
      return workerThreads;
    },
    async *blobs(): AsyncGenerator<Blob | Skip | CleanFiles> {
      const envFiles: Entry[] = [];
      const walk = entries();
      const threads = options.threads ?? 1;
      const head = threads > 1 ? await walkStart(walk) : { listings: [], done: false, files: 0, bytes: 0 };
      const workers = threads > 1 && !head.done ? startFileWorkers(threads, options.patterns ?? []) : undefined;
      workerThreads = workers?.size ?? 0;
      const walked = concat(head.listings, head.done ? [] : walk);
      try {
        yield* workers ? readInParallel(walked, envFiles, workers, head) : readInOrder(walked, envFiles);
      } finally {
        await workers?.close();
      }
      // Env files wait for one batched git question: tracked, ignored or neither decides their context.
      const statuses = options.shipped ? new Map<string, GitStatus>() : await gitStatuses(options.root, envFiles.map((e) => e.path));
      for (const entry of envFiles) yield* read(entry, options.shipped ? 'tracked' : (statuses.get(entry.path) ?? 'no-repo'));
    },
  };
}

