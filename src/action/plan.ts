import { gitError, usageError } from '../errors.js';
import { isShallow, resolveCommit } from '../sources/git.js';

export const ACTION_MODES = ['auto', 'pr', 'push', 'history', 'files'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

/** What the Action scans for this event, and the words the job summary uses for it. */
export interface ScanPlan {
  /** `none`: the event leaves nothing to scan (a push that deletes a branch or tag). */
  mode: Exclude<ActionMode, 'auto'> | 'none';
  /** pr and push: `BASE..HEAD` for scan({ mode: 'history', range }). */
  range?: string;
  /** The commit links in the summary point at. */
  headSha: string;
  description: string;
  notes: string[];
}

/** The parts of the event payloads (webhook bodies) the Action reads. */
export interface EventPayload {
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
  /** A merge queue's group: the queued pull requests merged onto the base branch's tip. */
  merge_group?: { base_sha?: string; head_sha?: string; head_ref?: string };
  before?: string;
  after?: string;
  ref?: string;
  deleted?: boolean;
  repository?: { default_branch?: string };
}

const FULL_HISTORY_HINT = 'check out full history: actions/checkout with fetch-depth: 0';
const isZeroSha = (sha: string | undefined) => !sha || /^0+$/.test(sha);
const short = (sha: string) => sha.slice(0, 7);

function autoMode(eventName: string): ScanPlan['mode'] {
  if (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'merge_group') return 'pr';
  if (eventName === 'push') return 'push';
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') return 'history';
  return 'files';
}

const hasCommit = async (dir: string, rev: string) => (await resolveCommit({ dir }, rev)) !== undefined;
/** Only shapes a message: a git that cannot answer means "not shallow", as for a missing commit. */
const isShallowClone = (dir: string) => isShallow({ dir }).catch(() => false);

/** A range base the clone lacks is an error, never a pass: an unscanned range is not a clean one. */
async function requireCommit(dir: string, sha: string, what: string): Promise<void> {
  if (await hasCommit(dir, sha)) return;
  throw gitError(`${what} ${short(sha)} is not in this ${(await isShallowClone(dir)) ? 'shallow ' : ''}clone; ${FULL_HISTORY_HINT}`);
}

/** A pull request, or a merge queue's group (which merges queued pull requests onto the base tip). */
async function pullRequestPlan(payload: EventPayload, cwd: string): Promise<ScanPlan> {
  const group = payload.merge_group;
  const base = group ? group.base_sha : payload.pull_request?.base?.sha;
  const head = group ? group.head_sha : payload.pull_request?.head?.sha;
  const what = group ? 'merge group' : 'pull request';
  if (!base || !head) throw usageError('mode pr needs a pull_request or merge_group event payload with base and head commits');
  await requireCommit(cwd, head, `the ${what} head`);
  await requireCommit(cwd, base, `the ${what} base`);
  const number = payload.pull_request?.number;
  const name = group ? `merge group ${group.head_ref ?? ''}`.trim() : `pull request${number ? ` #${number}` : ''}`;
  return { mode: 'pr', range: `${base}..${head}`, headSha: head, description: `what ${name} adds (\`${short(base)}..${short(head)}\`)`, notes: [] };
}

/**
 * A push scans `before..after`. A new branch (before is all zeros) scans what it adds to the default
 * branch; the default branch's own first push, or a force-push whose old tip the clone no longer
 * has, falls back to everything reachable from `after` (the full history audit), with a note.
 */
async function pushPlan(payload: EventPayload, cwd: string): Promise<ScanPlan> {
  const { before, after } = payload;
  if (payload.deleted) {
    return { mode: 'none', headSha: before ?? '', description: 'nothing', notes: [`the push deletes ${payload.ref ?? 'a ref'}: nothing to scan`] };
  }
  if (!after || isZeroSha(after)) throw usageError('mode push needs a push event payload with an `after` commit');
  await requireCommit(cwd, after, 'the pushed commit');
  if (!isZeroSha(before) && (await hasCommit(cwd, before!))) {
    return { mode: 'push', range: `${before}..${after}`, headSha: after, description: `the pushed commits (\`${short(before!)}..${short(after)}\`)`, notes: [] };
  }
  if (await isShallowClone(cwd)) throw gitError(`cannot tell which commits this push adds in a shallow clone; ${FULL_HISTORY_HINT}`);
  const why = isZeroSha(before) ? 'a new branch' : `the previous tip ${short(before!)} is gone (force-push)`;
  const defaultBranch = payload.repository?.default_branch;
  const base = defaultBranch && `refs/remotes/origin/${defaultBranch}`;
  if (base && payload.ref !== `refs/heads/${defaultBranch}` && (await hasCommit(cwd, base))) {
    return {
      mode: 'push',
      range: `${base}..${after}`,
      headSha: after,
      description: `what the pushed branch adds to ${defaultBranch} (\`origin/${defaultBranch}..${short(after)}\`)`,
      notes: [`${why}: scanned the commits not on origin/${defaultBranch}`],
    };
  }
  return { mode: 'history', headSha: after, description: 'the full history', notes: [`${why}: scanned the full history`] };
}

/** Picks the scan for the event: the input `mode`, or with `auto`, the event's natural one. */
export async function planScan(input: ActionMode, eventName: string, payload: EventPayload, cwd: string, sha: string): Promise<ScanPlan> {
  const mode = input === 'auto' ? autoMode(eventName) : input;
  if (mode === 'pr') return pullRequestPlan(payload, cwd);
  if (mode === 'push') return pushPlan(payload, cwd);
  if (mode === 'history') return { mode, headSha: sha, description: 'the full history (every commit on every ref)', notes: [] };
  return { mode, headSha: sha, description: 'the checked-out files', notes: [] };
}
