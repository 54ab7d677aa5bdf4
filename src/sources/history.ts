import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import type { Detector } from '../detect/detector.js';
import type { ScanProgress } from '../scan.js';
import { gitError, usageError } from '../errors.js';
import type { Blob, CommitInfo, KeyHistory, Provenance, Skip } from '../types.js';
import { readObject, readObjects } from './cat-file.js';
import { COMMIT_FORMAT, nulTokenBatches, parseChanges } from './git-diff.js';
import { ask, isShallow, resolveCommit, streamGit, writeLines, type Repo } from './git.js';
import { keyHistories, refTips, type KeySightings } from './key-refs.js';
import type { Source } from './source.js';
import { findKeysInAnyForm, hasUtf16Bom, keyNeedleSearches } from '../detect/encodings.js';
import { printable } from '../printable.js';
import { chunksOfBuffer, WHOLE_FILE_LIMIT, type FileChunk } from './read-file.js';
import { ByteReader } from './containers/byte-reader.js';
import { expandContainer, isContainer, type ContainerLimits } from './containers/expand.js';

/** What a git scan covered, for the report's summary (ScanStats) and warnings. */
export interface GitScanSummary {
  refs: number;
  commits: number;
  uniqueBlobs: number;
  bytes: number;
  warnings: string[];
  /** Full audits: each key's refs and first/last commits, by Secret.hash. */
  keys?: Map<string, KeyHistory>;
  /** Full audits: the `origin` remote's URL (for links in reports), user info and tokens removed. */
  remote?: string;
}

export const emptySummary = (): GitScanSummary => ({ refs: 0, commits: 0, uniqueBlobs: 0, bytes: 0, warnings: [] });

/**
 * The same prefilter the worktree's batches use (keyNeedleSearches): a blob no plain or encoded
 * needle occurs in, and that is not UTF-16, holds no key.
 */
export function needleFilter(detector: Detector): (bytes: Buffer) => boolean {
  const { plain, encoded } = keyNeedleSearches(detector.needles);
  const searches = [...plain, ...encoded];
  return (bytes) => hasUtf16Bom(bytes, 0) || searches.some((find) => find(bytes, 0) !== -1);
}

/** The keys anywhere inside an archive (the history's prefilter for blobs the needles cannot see into). */
async function keysInContainer(bytes: Buffer, detector: Detector, limits: ContainerLimits): Promise<Set<string>> {
  const keys = new Set<string>();
  if (limits.maxDepth === 0) return keys;
  for await (const expanded of expandContainer('', '', new ByteReader([bytes]), limits)) {
    if ('bytes' in expanded) for (const candidate of findKeysInAnyForm(expanded.bytes, detector)) keys.add(candidate.secret.hash);
  }
  return keys;
}

/** A git source also says what it covered; scan() copies this into the report. */
export interface GitSource extends Source {
  readonly summary: GitScanSummary;
}

export interface HistoryOptions {
  repo: Repo;
  /** Its needles prefilter every blob; its candidates tell which keys HEAD still holds. */
  detector: Detector;
  /** Only what these commits add (pull requests); otherwise every commit on every ref. */
  range?: CommitRange;
  /** Full audits only: dangling objects are no pull request's doing. */
  includeUnreachable: boolean;
  maxCommits?: number;
  onProgress?: (progress: ScanProgress) => void;
  /** How far archives committed to the repository are opened (issue 15). */
  containerLimits: ContainerLimits;
}

/** The commits a change adds, as the rev-list arguments that select them, and the tip inHead compares with. */
export interface CommitRange {
  /** `BASE..HEAD`; for a push, its new tips `--not --all` (what no ref reaches yet); `--since` a date before the first commit: HEAD. */
  revisions: string[];
  head: string;
  /** BASE of a `BASE..HEAD` range: the reviewed side. */
  base?: string;
}

/**
 * What `tips` add beyond the commits `known` reaches: by default every ref, which is a push as the
 * pre-receive hook sees it; an audit's rerun passes the tips it scanned last time (gone ones ignored).
 */
export const newCommitsRange = (tips: string[], known: string[] = ['--all']): CommitRange => ({
  revisions: ['--ignore-missing', ...tips, '--not', ...known],
  head: tips[0]!,
});

/**
 * `--since` takes a date or a commit, and a value is a date exactly when it has this shape (ISO 8601:
 * `2024-01-31`, `2024-01-31T12:00`, with seconds and a zone if wanted). Anything else is a commit; a
 * branch named like a date is `--range 2024-01-31..HEAD`.
 */
export const SINCE_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** `--since DATE`: what HEAD's commits after DATE add (the base is the newest first-parent commit before it). */
async function rangeSinceDate(repo: Repo, date: string): Promise<CommitRange> {
  if (Number.isNaN(Date.parse(date))) throw usageError(`--since ${date}: not a valid date`);
  const head = await resolveCommit(repo, 'HEAD');
  if (!head) throw gitError(`--since ${date}: HEAD is not a commit in this repository`);
  const base = (await ask(repo, ['rev-list', '-1', '--first-parent', `--before=${date}`, head])).trim();
  return base ? { base, head, revisions: [`${base}..${head}`] } : { head, revisions: [head] };
}

const SHALLOW_HINT = 'fetch full history (actions/checkout: fetch-depth: 0, or git fetch --unshallow)';
const NULL_SHA = /^0+$/;
const SUBMODULE_MODE = '160000';
/** Blobs with a needle up to this size stay in memory until yielded; larger ones are read again then. */
const KEEP_WHOLE_LIMIT = WHOLE_FILE_LIMIT;
/** How often (in commits or blobs) the progress callback runs; cheap enough to be frequent. */
const PROGRESS_EVERY = 256;

/**
 * Resolves `BASE..HEAD` (or `--since BASE`, meaning `BASE..HEAD`). A base the clone does not have,
 * typically a shallow CI checkout, is an error: reporting "clean" for an unscanned range would lie.
 */
export async function resolveRange(repo: Repo, spec: { range?: string; since?: string }): Promise<CommitRange> {
  if (spec.range === undefined && spec.since !== undefined && SINCE_DATE.test(spec.since)) return rangeSinceDate(repo, spec.since);
  const text = spec.range ?? `${spec.since}..HEAD`;
  const parts = text.split('..');
  if (parts.length !== 2 || parts[1]!.startsWith('.') || !parts[0]) {
    throw usageError(`bad range ${JSON.stringify(text)}: expected BASE..HEAD`);
  }
  const [baseName, headName] = [parts[0], parts[1] || 'HEAD'];
  const shallow = await isShallow(repo);
  const head = await resolveCommit(repo, headName);
  if (!head) throw gitError(`bad range ${text}: ${headName} is not a commit in this repository`);
  const base = await resolveCommit(repo, baseName);
  if (!base) {
    throw gitError(
      shallow
        ? `${baseName} is missing from this shallow clone; ${SHALLOW_HINT}`
        : `bad range ${text}: ${baseName} is not a commit in this repository`,
    );
  }
  if (shallow && !(await ask(repo, ['merge-base', base, head]).catch(() => '')).trim()) {
    throw gitError(`${baseName} and ${headName} share no history in this shallow clone; ${SHALLOW_HINT}`);
  }
  return { base, head, revisions: [`${base}..${head}`] };
}

/**
 * For each commit HEAD's history lacks, the refs that hold it (short names; none for a dangling
 * commit), so a report says where an unmerged key lives. Commits HEAD has are left out. One pair of
 * small git questions per distinct commit, asked only for findings whose key HEAD no longer has.
 */
export async function refsOutsideHead(repo: Pick<Repo, 'dir'>, commits: Iterable<string>): Promise<Map<string, string[]>> {
  const outside = new Map<string, string[]>();
  for (const sha of new Set(commits)) {
    const inHead = await ask(repo, ['merge-base', '--is-ancestor', sha, 'HEAD']).then(
      () => true,
      () => false,
    );
    if (inHead) continue;
    const refs = await ask(repo, ['for-each-ref', '--contains', sha, '--format=%(refname:short)']);
    outside.set(sha, refs.split('\n').filter(Boolean));
  }
  return outside;
}

/** Interns strings as small integers, so millions of (commit, path, blob) rows stay compact. */
class Interner {
  readonly values: string[] = [];
  readonly #ids = new Map<string, number>();
  id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.values.push(value) - 1;
      this.#ids.set(value, id);
    }
    return id;
  }
  has(value: string): boolean {
    return this.#ids.has(value);
  }
}

/** Author, email, date and subject for a few commits, in one git call. */
async function commitInfos(repo: Repo, shas: readonly string[]): Promise<Map<string, CommitInfo>> {
  const infos = new Map<string, CommitInfo>();
  if (shas.length === 0) return infos;
  const fields: string[] = [];
  const args = ['log', '--no-walk=unsorted', '--stdin', '-z', '--format=%H%x00%an%x00%ae%x00%aI%x00%s'];
  for await (const tokens of nulTokenBatches(streamGit(repo, args, (stdin) => writeLines(stdin, shas)))) {
    for (const token of tokens) fields.push(token.replace(/^\n/, ''));
  }
  for (let i = 0; i + 4 < fields.length; i += 5) {
    const [sha, author, email, date, subject] = fields.slice(i, i + 5) as [string, string, string, string, string];
    infos.set(sha, { sha, author, email, date, subject });
  }
  return infos;
}

/**
 * How history lists what each commit changes: exact paths, full blob ids, merges as what differs from
 * every parent (-c). The walk runs without patches; only the few commits whose blobs hold a key are
 * asked for theirs again (linesAdded), with the same flags, so their sections match the walk's rows.
 */
export const CHANGE_FLAGS = [`--format=${COMMIT_FORMAT}`, '--raw', '-z', '--no-abbrev', '--no-renames', '-c', '--root'];

/**
 * The lines each (commit, path) adds, from git's -U0 patches of just these commits. A range scan needs
 * them only where a key is: diffing every commit of a long pull request cost more than reading all of
 * its blobs (775 commits: git log -p -U0 0.58 s, --raw 0.05 s, cat-file of every new blob 0.24 s).
 * A section git could not pair with its entry gets no set: every line counts, never fewer findings.
 */
export async function linesAdded(repo: Repo, shas: readonly string[]): Promise<Map<string, Map<string, Set<number>>>> {
  const added = new Map<string, Map<string, Set<number>>>();
  if (shas.length === 0) return added;
  const args = ['log', '--no-walk=unsorted', '--stdin', ...CHANGE_FLAGS, '-p', '-U0', '--'];
  for await (const groups of parseChanges(streamGit(repo, args, (stdin) => writeLines(stdin, shas)))) {
    for (const { commit, files } of groups) {
      added.set(commit!, new Map(files.filter((file) => file.addedLines).map((file) => [file.path, file.addedLines!])));
    }
  }
  return added;
}

/** Path → blob id of a commit's tree, for the given paths only. */
async function treeBlobs(repo: Repo, commit: string, paths: ReadonlySet<string>): Promise<Map<string, string>> {
  const blobs = new Map<string, string>();
  for await (const tokens of nulTokenBatches(streamGit(repo, ['ls-tree', '-r', '-z', '--full-tree', commit]))) {
    for (const entry of tokens) {
      const tab = entry.indexOf('\t');
      const path = entry.slice(tab + 1);
      const [, type, id] = entry.slice(0, tab).split(' ');
      if (type === 'blob' && paths.has(path)) blobs.set(path, id!);
    }
  }
  return blobs;
}

/** A remote URL without user info (`https://user:token@host/...`): reports never carry a token. */
function withoutCredentials(remote: string): string | undefined {
  if (!remote) return undefined;
  try {
    const url = new URL(remote);
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return remote; // scp-like `git@host:owner/repo.git`: the user is a login name, not a secret
  }
}

/**
 * A partial clone (`--filter=blob:none`, `blob:limit`) leaves blobs to be fetched on demand; a scan
 * must not fetch one at a time. rev-list names the absent ones without fetching anything.
 */
async function promisedBlobsMissing(repo: Repo): Promise<Set<string>> {
  // `remote.<name>.promisor` (git 2.x clones), or the older `extensions.partialClone`.
  const partial = await ask(repo, ['config', '--get-regexp', '^(remote\\..+\\.promisor|extensions\\.partialclone)$']).catch(() => '');
  if (!/ (?!false\b)\S/.test(partial)) return new Set();
  const listing = await ask(repo, ['rev-list', '--objects', '--all', '--missing=print', '--no-object-names']);
  return new Set(listing.split('\n').filter((line) => line.startsWith('?')).map((line) => line.slice(1)));
}

/** One skip per absent blob, named by the first path that held it. */
function* missingBlobSkips(missing: ReadonlySet<string>, rows: readonly number[], paths: Interner, blobIds: Interner): Generator<Skip> {
  const named = new Map<string, string>();
  for (let row = 0; row < rows.length && named.size < missing.size; row += 3) {
    const id = blobIds.values[rows[row + 2]!]!;
    if (missing.has(id) && !named.has(id)) named.set(id, paths.values[rows[row + 1]!]!);
  }
  for (const id of missing) yield { path: named.get(id) ?? id, reason: 'missing-object', detail: `blob ${id} is missing from the repository` };
}

/** Commits and blobs only reachable from nothing (dropped stashes, amended commits, reset branches). */
async function unreachableObjects(repo: Repo): Promise<{ commits: string[]; blobs: string[] }> {
  const output = await ask(repo, ['fsck', '--unreachable', '--no-reflogs', '--no-progress'], 'git fsck');
  const found = { commits: [] as string[], blobs: [] as string[] };
  for (const match of output.matchAll(/^unreachable (commit|blob) ([0-9a-f]+)$/gm)) {
    (match[1] === 'commit' ? found.commits : found.blobs).push(match[2]!);
  }
  return found;
}

/** Every starting point of a full audit besides `--all`: old stash entries, a detached HEAD, dangling commits. */
async function extraTips(repo: Repo, refs: ReadonlyArray<{ name: string }>, head: string | undefined, unreachable: readonly string[]): Promise<string[]> {
  const tips = [...unreachable];
  if (refs.some((ref) => ref.name === 'refs/stash')) {
    tips.push(...(await ask(repo, ['reflog', 'show', '--format=%H', 'refs/stash', '--'])).split('\n').filter(Boolean));
  }
  if (head) tips.push(head);
  return tips;
}

const LISTED_SUBMODULES = 5;

/**
 * A submodule's history lives in its own repository (the superproject records only a commit id),
 * so it is not part of this scan: say so rather than imply its files were covered.
 */
function submoduleWarning(paths: ReadonlySet<string>): string {
  const listed = [...paths].slice(0, LISTED_SUBMODULES).map(printable).join(', ');
  const more = paths.size > LISTED_SUBMODULES ? ` and ${paths.size - LISTED_SUBMODULES} more` : '';
  return `submodule history is not scanned: ${listed}${more}; run caibo-scan history inside each submodule`;
}

/**
 * Every version of every file in the repository's history (or in a range), read once per unique
 * blob through one `git cat-file --batch`. One `git log --raw` lists what each commit changes,
 * children before parents (merges: only what differs from every parent), so the last commit that
 * shows a (path, blob) is the one that introduced it. Newest first, because packs store the newest
 * version of a file whole and older ones as deltas against it: git reads blobs in that order
 * cheapest. Blobs are searched as they arrive and only those holding a key are kept; each
 * (path, blob) that brings a key is yielded once, oldest first, with the commit that introduced
 * it, the lines it added (range mode) and the keys HEAD still has at that path.
 */
export function historySource(options: HistoryOptions): GitSource {
  const { repo, detector, range } = options;
  const summary = emptySummary();
  const hasNeedle = needleFilter(detector);

  async function* blobs(): AsyncGenerator<Blob | Skip> {
    // Small independent questions, asked at once and while the walk and cat-file start: each is a process start.
    const questions = Promise.all([
      refTips(repo),
      range ? false : isShallow(repo),
      options.includeUnreachable && !range ? unreachableObjects(repo) : { commits: [], blobs: [] },
      // HEAD, or the range's head: a tip of the walk, and the version inHead compares with.
      range?.head ?? resolveCommit(repo, 'HEAD'),
      range ? '' : ask(repo, ['config', '--get', 'remote.origin.url']).catch(() => ''),
    ]);
    const absent = range ? new Set<string>() : promisedBlobsMissing(repo);
    const tips = questions.then(([refs, , unreachable, head]) => (range ? [] : extraTips(repo, refs, head, unreachable.commits)));
    // The walk's tips besides --all follow on its stdin once known. Its stdin ends even when a
    // question failed, or git would wait for it forever (streamGit then throws that failure).
    const feedTips = async (stdin: Writable) => {
      try {
        await writeLines(stdin, await tips);
      } finally {
        stdin.end();
      }
    };

    // 1. What each commit changes: rows of (commit, path, blob), children first. Each new blob id goes
    // straight to cat-file (2.), so the two git processes work at the same time.
    const commits: string[] = [];
    const paths = new Interner();
    const blobIds = new Interner();
    const rows: number[] = []; // flat triples: commit index, path id, blob id
    // Per row, the first parent's blob at that path (-1: none); ids share blobIds, so `requested`
    // marks which ids were sent to cat-file.
    const parentBlobs: number[] = [];
    // Deletions, as flat pairs (commit index, first parent's blob id): a deleted file may take a key with it.
    const deletions: number[] = [];
    const requested: number[] = [];
    const isRead = (id: string) => blobIds.has(id) && requested[blobIds.id(id)] === 1;
    const markRead = (ids: readonly string[]) => {
      for (const id of ids) requested[blobIds.id(id)] = 1;
    };
    const logArgs = [
      'log', ...CHANGE_FLAGS,
      '--topo-order',
      ...(range ? range.revisions : ['--all', '--stdin']),
      ...(options.maxCommits ? [`--max-count=${options.maxCommits}`] : []),
      '--',
    ];
    const report = () => options.onProgress?.({ commits: commits.length, blobs: summary.uniqueBlobs, bytes: summary.bytes });

    // 2. Every unique blob once; only those holding a key are kept (many more have a needle: near
    // misses). Large ones are not: their keys are noted now and the blob is read again when yielded,
    // so memory holds one large blob at a time.
    const hits = new Map<string, Buffer | undefined>(); // undefined: large, read again (in chunks) when yielded
    const missing = new Set<string>(); // blobs the repository does not have: not scanned, reported as skipped
    const keysByBlob = new Map<string, ReadonlySet<string>>(); // the keys of each hit
    const containers: string[] = []; // archives hide keys from the needles: opened after the walk, one at a time
    const keep = (id: string, bytes: Buffer) => {
      summary.uniqueBlobs += 1;
      summary.bytes += bytes.length;
      if (summary.uniqueBlobs % PROGRESS_EVERY === 0) report();
      if (isContainer(bytes, '')) containers.push(id);
      if (!hasNeedle(bytes)) return; // most blobs
      const keys = new Set(findKeysInAnyForm(bytes, detector).map((c) => c.secret.hash));
      if (keys.size === 0) return; // the whole pipeline would find nothing in it either
      keysByBlob.set(id, keys);
      hits.set(id, bytes.length > KEEP_WHOLE_LIMIT ? undefined : Buffer.from(bytes));
    };
    // A large blob goes to the detector in overlapping chunks, as a large file does.
    async function* partsOf(id: string): AsyncGenerator<FileChunk> {
      const kept = hits.get(id);
      if (kept) yield { bytes: kept };
      else yield* chunksOfBuffer(await readObject(repo, id));
    }
    // New blob ids, one batch per chunk of log output.
    const toRead = new PassThrough({ objectMode: true });
    let readFailed = false;
    const reading = readObjects(repo, toRead, keep, (id) => missing.add(id)).then(
      () => undefined,
      (error: unknown) => {
        readFailed = true;
        return error;
      },
    );
    const danglingBlobs: string[] = [];
    const submodules = new Set<string>();
    try {
      // Waits while cat-file is behind, so ids do not pile up. A failed read ends the walk (its error is thrown below).
      // A partial clone's absent blobs are never asked for: cat-file would try to fetch each one.
      const promised = await absent;
      const send = async (fresh: string[]) => {
        const ids = promised.size ? fresh.filter((id) => !promised.has(id)) : fresh;
        for (const id of promised.size ? fresh : []) if (promised.has(id)) missing.add(id);
        if (ids.length && !toRead.write(ids)) await Promise.race([once(toRead, 'drain'), reading]);
      };
      for await (const groups of parseChanges(streamGit(repo, logArgs, feedTips))) {
        const fresh: string[] = [];
        for (const group of groups) {
          const commit = commits.push(group.commit!) - 1;
          for (const file of group.files) {
            if (file.mode === SUBMODULE_MODE) submodules.add(file.path);
            if (file.status === 'D' && !range && file.parentBlobId && !NULL_SHA.test(file.parentBlobId)) deletions.push(commit, blobIds.id(file.parentBlobId));
            if (file.status === 'D' || file.mode === SUBMODULE_MODE || NULL_SHA.test(file.blobId)) continue;
            const blob = blobIds.id(file.blobId);
            if (requested[blob] !== 1) {
              requested[blob] = 1;
              fresh.push(file.blobId);
            }
            rows.push(commit, paths.id(file.path), blob);
            parentBlobs.push(file.parentBlobId && !NULL_SHA.test(file.parentBlobId) ? blobIds.id(file.parentBlobId) : -1);
          }
          if (commits.length % PROGRESS_EVERY === 0) report();
        }
        await send(fresh);
        if (readFailed) break;
      }
      const [refs, shallow, unreachable] = await questions;
      summary.refs = refs.length;
      if (shallow) summary.warnings.push(`history is partial: shallow clone; ${SHALLOW_HINT}`);
      // Unreachable blobs that no walked commit holds (`git add`ed, never committed) are read on their own.
      danglingBlobs.push(...unreachable.blobs.filter((id) => !isRead(id)));
      await send(danglingBlobs);
    } finally {
      toRead.end();
    }
    summary.commits = commits.length;
    const headCommit = (await questions)[3];
    if (submodules.size) summary.warnings.push(submoduleWarning(submodules));
    const readError = await reading;
    if (readError) throw readError;
    // An archive with a key inside is a hit like any blob; it is read again, and opened, when yielded.
    for (const id of containers) {
      const keys = await keysInContainer(await readObject(repo, id), detector, options.containerLimits);
      if (keys.size === 0) continue;
      keysByBlob.set(id, new Set([...(keysByBlob.get(id) ?? []), ...keys]));
      hits.set(id, undefined);
    }
    report();
    if (missing.size) {
      yield* missingBlobSkips(missing, rows, paths, blobIds);
      const blobs = missing.size === 1 ? '1 blob is' : `${missing.size} blobs are`;
      summary.warnings.push(`${blobs} missing from the repository (a partial clone, a trimmed mirror, or corruption: try git fsck): not scanned; the report lists them`);
    }
    if (hits.size === 0) return;

    // 3. The rows that bring a key to a path for the first time, oldest first (rows are newest
    // first). A file holding a key has it in every later version too; those versions cannot change
    // the report, so they are dropped here, before the full pipeline. Range scans keep every
    // version: which lines were added decides there.
    // Full audits also note, per key, every commit that wrote it and every path it had (keyHistories).
    const hitRows: number[] = [];
    const seenPairs = new Set<string>();
    const seenKeys = new Set<string>();
    const sightings = new Map<string, { commits: Set<number>; introducing: Set<number>; removing: Set<number>; paths: Set<number> }>();
    const sightingsOf = (key: string) =>
      sightings.get(key) ?? sightings.set(key, { commits: new Set(), introducing: new Set(), removing: new Set(), paths: new Set() }).get(key)!;
    const keysOfBlob = (id: number) => (id === -1 ? undefined : keysByBlob.get(blobIds.values[id]!));
    // A commit that changes or deletes a file whose first-parent version held a key, and drops the key, removed it there.
    const noteRemovals = (commit: number, parentKeys: ReadonlySet<string> | undefined, keys: ReadonlySet<string> | undefined) => {
      for (const key of parentKeys ?? []) if (!keys?.has(key)) sightingsOf(key).removing.add(commit);
    };
    if (!range) for (let at = 0; at < deletions.length; at += 2) noteRemovals(deletions[at]!, keysOfBlob(deletions[at + 1]!), undefined);
    for (let row = rows.length - 3; row >= 0; row -= 3) {
      const [pathId, blobId] = [rows[row + 1]!, blobIds.values[rows[row + 2]!]!];
      if (!range) noteRemovals(rows[row]!, keysOfBlob(parentBlobs[row / 3]!), keysByBlob.get(blobId));
      if (!hits.has(blobId)) continue;
      if (!range) {
        const parentKeys = keysOfBlob(parentBlobs[row / 3]!);
        for (const key of keysByBlob.get(blobId)!) {
          const seen = sightingsOf(key);
          seen.commits.add(rows[row]!);
          // A commit whose first parent already had the key at this path descends from one that introduced it.
          if (!parentKeys?.has(key)) seen.introducing.add(rows[row]!);
          seen.paths.add(pathId);
        }
      }
      const pair = `${pathId}:${blobId}`;
      if (seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      const fresh = [...keysByBlob.get(blobId)!].filter((key) => !seenKeys.has(`${pathId}:${key}`));
      if (fresh.length === 0 && !range) continue;
      for (const key of fresh) seenKeys.add(`${pathId}:${key}`);
      hitRows.push(row);
    }
    if (hitRows.length === 0 && danglingBlobs.length === 0) return;

    // 4. Which keys HEAD (the range's head) still has at each of those paths; for a range, the lines
    // each of those commits added.
    const hitPaths = new Set(hitRows.map((row) => paths.values[rows[row + 1]!]!));
    const hitCommits = [...new Set(hitRows.map((row) => commits[rows[row]!]!))];
    const [headBlobs, infos, added] = await Promise.all([
      headCommit ? treeBlobs(repo, headCommit, hitPaths) : new Map<string, string>(),
      commitInfos(repo, hitCommits),
      range ? linesAdded(repo, hitCommits) : new Map<string, Map<string, Set<number>>>(),
    ]);
    const unread = [...new Set(headBlobs.values())].filter((id) => !isRead(id));
    if (unread.length) await readObjects(repo, unread, keep, () => {}); // only when --max-commits cut history short; an absent one holds no key we can see
    markRead(unread);
    const headKeys = (path: string): ReadonlySet<string> => {
      const blobId = headBlobs.get(path);
      return (blobId && keysByBlob.get(blobId)) || new Set();
    };
    if (sightings.size) {
      const keysOf = async (ids: string[]) => {
        const unseen = ids.filter((id) => !isRead(id));
        if (unseen.length) await readObjects(repo, unseen, keep, () => {}); // a tip blob that is absent (partial clone) holds no key we can see
        markRead(unseen);
        return (id: string): ReadonlySet<string> => keysByBlob.get(id) ?? new Set();
      };
      const seen = new Map<string, KeySightings>(
        [...sightings].map(([key, seen]) => [
          key,
          {
            commits: [...seen.commits].map((i) => commits[i]!),
            introducing: [...seen.introducing].map((i) => commits[i]!),
            removing: [...seen.removing].map((i) => commits[i]!),
            paths: [...seen.paths].map((i) => paths.values[i]!),
          },
        ]),
      );
      summary.remote = withoutCredentials((await questions)[4].trim());
      summary.keys = await keyHistories(repo, (await questions)[0], seen, keysOf, (shas) => commitInfos(repo, shas));
    }

    // 5. Each of those (path, blob) pairs with the commit that introduced it.
    for (const row of hitRows) {
      const path = paths.values[rows[row + 1]!]!;
      const blobId = blobIds.values[rows[row + 2]!]!;
      const sha = commits[rows[row]!]!;
      const addedLines = added.get(sha)?.get(path);
      const provenance: Provenance = {
        kind: 'history',
        path,
        blobId,
        commit: infos.get(sha)!,
        headKeys: headKeys(path),
        ...(addedLines ? { addedLines } : {}),
      };
      for await (const part of partsOf(blobId)) yield { provenance, ...part };
    }
    for (const blobId of danglingBlobs.filter((id) => hits.has(id))) {
      const provenance: Provenance = { kind: 'history', path: `(unreachable blob ${blobId})`, blobId };
      for await (const part of partsOf(blobId)) yield { provenance, ...part };
    }
  }

  return { summary, blobs };
}
