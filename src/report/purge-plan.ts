import { basename } from 'node:path';
import type { Report } from '../types.js';
import { groupByKey, shortRef, whereKeyIs, type KeyEntry } from './keys.js';

/**
 * The purge plan (issue 14): the `git filter-repo --replace-text` file and the exact commands, in
 * the order that closes the incident. The replacement file is the one output that holds raw keys
 * (README "Purge plan"); the CLI writes it mode 0600 with a warning.
 */
export interface PurgePlan {
  keys: KeyEntry[];
  /** One `KEY==>CAIBO-KEY-REMOVED-<id>` line per key: raw keys. */
  replaceText: string;
  /** What to run, in order, as text for the terminal (no raw key). */
  steps: string;
}

export interface PurgeTarget {
  /** The repository scanned (absolute), used when it has no remote. */
  repoDir: string;
  /** Absolute path of the replacement file. */
  replaceFile: string;
}

/** A POSIX shell word. */
export const shellQuote = (word: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/** The replacement a purged key leaves: no key prefix, so no scanner mistakes it for a key. */
export const removedMarker = (entry: KeyEntry) => `CAIBO-KEY-REMOVED-${entry.id}`;

/**
 * The ref on the remote each ref of the scanned clone stands for: remote-tracking branches are
 * the remote's branches; the stash and other local-only refs have none.
 */
function remoteRef(ref: string): string | undefined {
  if (ref.startsWith('refs/heads/') || ref.startsWith('refs/tags/')) return ref;
  const tracking = /^refs\/remotes\/[^/]+\/(.+)$/.exec(ref);
  if (tracking && tracking[1] !== 'HEAD') return `refs/heads/${tracking[1]}`;
  return undefined;
}

export function purgePlan(report: Report, target: PurgeTarget): PurgePlan {
  const keys = groupByKey(report);
  const replaceText = keys.map((k) => `${k.secret.reveal()}==>${removedMarker(k)}\n`).join('');
  const source = report.remote ?? target.repoDir;
  const name = basename(target.repoDir).replace(/\.git$/, '') || 'repo';
  const refs = [...new Set(keys.flatMap((k) => k.refs ?? []))].sort();
  const pushRefs = [...new Set(refs.map(remoteRef).filter((r): r is string => r !== undefined))].sort();
  const localOnly = refs.filter((r) => remoteRef(r) === undefined && !/^refs\/remotes\/[^/]+\/HEAD$/.test(r));
  const ids = keys.map((k) => k.id);
  const q = shellQuote;
  const live = keys.filter((k) => k.keyType === 'live').length;
  const lines = [
    `caibo-scan purge plan: ${keys.length} key${keys.length === 1 ? '' : 's'} (${live} live, ${keys.length - live} test) in ${target.repoDir}`,
    `Replacement file: ${target.replaceFile} (raw keys, mode 0600: never commit it; delete it when done)`,
    '',
    '1. Rotate first. Purging history does not un-leak a key: anyone with a clone, a fork or a CI cache has it.',
    '   Caibo Control Panel → Profile Settings → the key icon next to the API key → regenerate.',
    '   The old key stops working at once: put the new key in every server’s secret store first.',
    ...keys.map((k) => `   - ${k.id} ${k.keyType} ${k.secret.redacted} (${k.locations.length} location${k.locations.length === 1 ? '' : 's'}${whereKeyIs(k) ? `; ${whereKeyIs(k)}` : ''})`),
    '',
    '2. Back up every ref (a mirror clone keeps branches, tags and notes):',
    `   $ git clone --mirror ${q(source)} ${q(`${name}-backup.git`)}`,
    '',
    '3. Rewrite history in a fresh mirror clone (git filter-repo: apt-get install git-filter-repo, or pip install git-filter-repo):',
    `   $ git clone --mirror ${q(source)} ${q(`${name}-purge.git`)}`,
    `   $ cd ${q(`${name}-purge.git`)}`,
    `   $ git filter-repo --replace-text ${q(target.replaceFile)}`,
    '',
    '4. Force-push every affected ref, tags included:',
    pushRefs.length
      ? `   $ git push --force ${q(source)} ${pushRefs.map((r) => q(`${r}:${r}`)).join(' ')}`
      : '   (no branch or tag holds the keys: nothing to push)',
    ...(localOnly.length
      ? [`   Local-only refs also hold keys (${localOnly.map(shortRef).join(', ')}): delete them in every clone (git stash clear, git update-ref -d REF).`]
      : []),
    '',
    '5. The forge still serves the old commits from caches, pull request refs and forks: ask GitHub Support',
    '   (or your GitLab administrator: Settings → Repository → housekeeping after removing the old refs) to',
    '   purge cached views and dangling commits, and delete forks you control.',
    '',
    '6. Every collaborator re-clones: a pull or fetch from an old clone would bring the keys back.',
    '   Remove old clones and CI caches; delete the replacement file and the backup once you are sure.',
    '',
    `7. Prove it: none of these key ids may appear any more: ${ids.join(' ')}`,
    `   $ caibo-scan history ${q(`${name}-purge.git`)} --format json   # expect "keys": [] for these ids`,
    '',
  ];
  return { keys, replaceText, steps: lines.join('\n') };
}
