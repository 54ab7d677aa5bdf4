import { simpleGit } from 'simple-git';
import type { GitStatus } from '../types.js';

/**
 * How git sees each of a few working-tree files (the env files a scan met), in two git calls per
 * scan rather than one per file. Paths are relative to `root`; outside a repository all are 'no-repo'.
 */
export async function gitStatuses(root: string, paths: readonly string[]): Promise<Map<string, GitStatus>> {
  const statuses = new Map<string, GitStatus>(paths.map((p) => [p, 'no-repo']));
  if (paths.length === 0) return statuses;
  const git = simpleGit({ baseDir: root });
  let inRepo: boolean;
  try {
    inRepo = await git.checkIsRepo();
  } catch {
    inRepo = false;
  }
  if (!inRepo) return statuses;
  const tracked = new Set(
    (await git.raw(['ls-files', '-z', '--', ...paths.map((p) => `:(literal)${p}`)])).split('\0').filter(Boolean),
  );
  const untracked = paths.filter((p) => !tracked.has(p));
  // `git check-ignore` with no paths is a fatal usage error, not an empty answer.
  const ignored = new Set(untracked.length ? await git.checkIgnore(untracked) : []);
  for (const path of paths) {
    statuses.set(path, tracked.has(path) ? 'tracked' : ignored.has(path) ? 'ignored' : 'untracked');
  }
  return statuses;
}
