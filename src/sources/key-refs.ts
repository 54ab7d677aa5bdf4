import type { CommitInfo, KeyHistory } from '../types.js';
import { mapLimit } from '../map-limit.js';
import { ask, streamGit, type Repo } from './git.js';

/** A ref and the commit it points at (annotated tags peeled). */
export interface RefTip {
  name: string;
  commit: string;
}

/** Every ref with its commit, from one `git for-each-ref`. Ref names hold no spaces (git check-ref-format). */
export async function refTips(repo: Repo): Promise<RefTip[]> {
  const output = await ask(repo, ['for-each-ref', '--format=%(refname) %(objectname) %(*objectname)']);
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name, object, peeled] = line.split(' ') as [string, string, string];
      return { name, commit: peeled || object };
    });
}

/** Arguments per for-each-ref call: far below any ARG_MAX, however many commits wrote a key. */
const COMMITS_PER_CALL = 2000;
/** Keys asked about at once: each is one git process. */
const PARALLEL_GIT = 4;

/** The refs whose history holds any of `commits`: `for-each-ref --contains` ORs its --contains. */
async function refsContaining(repo: Repo, commits: readonly string[]): Promise<Set<string>> {
  const refs = new Set<string>();
  for (let at = 0; at < commits.length; at += COMMITS_PER_CALL) {
    const contains = commits.slice(at, at + COMMITS_PER_CALL).flatMap((sha) => ['--contains', sha]);
    const output = await ask(repo, ['for-each-ref', '--format=%(refname)', ...contains]);
    for (const name of output.split('\n')) if (name) refs.add(name);
  }
  return refs;
}

/**
 * The blob at each `commit:path` (undefined where the path does not exist), from one
 * `git cat-file --batch-check -z`. A missing object is echoed back as `<input> missing`, which
 * may itself span lines for an odd path, so each answer is matched against its own input.
 */
async function blobsAt(repo: Repo, specs: readonly string[]): Promise<Array<string | undefined>> {
  if (specs.length === 0) return [];
  const parts: Buffer[] = [];
  const args = ['cat-file', '--batch-check=%(objectname) %(objecttype)', '-z'];
  for await (const part of streamGit(repo, args, async (stdin) => void stdin.end(`${specs.join('\0')}\0`))) parts.push(part);
  const output = Buffer.concat(parts).toString('utf8');
  let at = 0;
  return specs.map((spec) => {
    const missing = `${spec} missing\n`;
    if (output.startsWith(missing, at)) {
      at += missing.length;
      return undefined;
    }
    const end = output.indexOf('\n', at);
    const [id, type] = output.slice(at, end).split(' ');
    at = end + 1;
    return type === 'blob' ? id : undefined;
  });
}

/** What the history walk knows about one key, for keyHistories. */
export interface KeySightings {
  /** Every commit that wrote a version of a file holding the key. */
  commits: string[];
  /**
   * The commits among them that brought it to a path their first parent did not have it at: every
   * other one descends from one of these, so a ref holds any of `commits` iff it holds one of these.
   */
  introducing: string[];
  /** The commits that dropped it from a file their first parent had it in (changed or deleted the file). */
  removing: string[];
  /** Every path such a version had. */
  paths: string[];
}

/**
 * Per key: the refs whose history holds it, the refs whose tip still holds it, and the first and
 * last commits seen holding it. One for-each-ref per key (not per finding or commit), one
 * cat-file for every (tip, path) pair, one git log for the commit details.
 * `keysOf` answers which keys a blob holds, reading it if the walk did not (a --max-commits cut).
 */
export async function keyHistories(
  repo: Repo,
  tips: readonly RefTip[],
  sightings: ReadonlyMap<string, KeySightings>,
  keysOf: (blobIds: string[]) => Promise<(blobId: string) => ReadonlySet<string>>,
  commitInfos: (shas: string[]) => Promise<Map<string, CommitInfo>>,
): Promise<Map<string, KeyHistory>> {
  const entries = [...sightings];
  const refsByKey = await mapLimit(entries, PARALLEL_GIT, ([, seen]) => refsContaining(repo, seen.introducing));
  const tipOf = new Map(tips.map((tip) => [tip.name, tip.commit]));
  // Only refs whose history holds a key can hold it at their tip.
  const specs = new Set<string>();
  entries.forEach(([, seen], index) => {
    for (const ref of refsByKey[index]!) for (const path of seen.paths) specs.add(`${tipOf.get(ref)}:${path}`);
  });
  const specList = [...specs];
  const blobs = await blobsAt(repo, specList);
  const blobAt = new Map(specList.map((spec, index) => [spec, blobs[index]]));
  const keysIn = await keysOf([...new Set(blobs.filter((id): id is string => id !== undefined))]);
  const tipRefsByKey = entries.map(([key, seen], index) =>
    [...refsByKey[index]!].filter((ref) =>
      seen.paths.some((path) => {
        const blob = blobAt.get(`${tipOf.get(ref)}:${path}`);
        return blob !== undefined && keysIn(blob).has(key);
      }),
    ),
  );
  const shas = new Set(entries.flatMap(([, seen]) => [...seen.commits, ...seen.removing]));
  for (const refs of tipRefsByKey) for (const ref of refs) shas.add(tipOf.get(ref)!);
  const infos = await commitInfos([...shas]);
  // A key in a file edited in every commit is written by thousands: one pass each way, no sort.
  const time = new Map([...infos.values()].map((info) => [info.sha, Date.parse(info.date)]));
  const earlier = (a: CommitInfo, b: CommitInfo) => time.get(a.sha)! - time.get(b.sha)! || a.sha.localeCompare(b.sha);
  const oldest = (list: CommitInfo[]) => list.reduce<CommitInfo | undefined>((best, c) => (!best || earlier(c, best) < 0 ? c : best), undefined);
  const newest = (list: CommitInfo[]) => list.reduce<CommitInfo | undefined>((best, c) => (!best || earlier(c, best) > 0 ? c : best), undefined);
  const histories = new Map<string, KeyHistory>();
  entries.forEach(([key, seen], index) => {
    const tipRefs = tipRefsByKey[index]!;
    const written = seen.commits.map((sha) => infos.get(sha)).filter((info): info is CommitInfo => info !== undefined);
    const firstSeen = oldest(written);
    const lastSeen = newest([...written, ...tipRefs.map((ref) => infos.get(tipOf.get(ref)!)!)]);
    // Left the history: only when no ref tip still holds it; the last removal anywhere.
    const removed = tipRefs.length ? undefined : newest(seen.removing.map((sha) => infos.get(sha)).filter((info): info is CommitInfo => info !== undefined));
    histories.set(key, {
      refs: [...refsByKey[index]!].sort(),
      tipRefs: tipRefs.sort(),
      ...(firstSeen ? { firstSeen } : {}),
      ...(lastSeen ? { lastSeen } : {}),
      ...(removed ? { removed } : {}),
    });
  });
  return histories;
}
