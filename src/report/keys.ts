import type { Secret } from '../secret.js';
import { SEVERITIES, type CommitInfo, type ContextId, type Finding, type KeyHistory, type KeyType, type Report, type Severity, type Verification } from '../types.js';

/**
 * Keys, not findings (issue 14): one live key pasted into five files on three branches is one
 * rotation, not five findings. A pure view of the Report, shared by every formatter.
 */

/** One place a key was found. */
export interface KeyLocation {
  path: string;
  line: number;
  column: number;
  ruleId: string;
  severity: Severity;
  context: ContextId;
  /** History: the commit that introduced the key at this path. */
  commit?: CommitInfo;
  /** History: HEAD's version of the path still holds the key. */
  inHead?: boolean;
}

/** One distinct key and everything an auditor needs to act on it. */
export interface KeyEntry {
  /** Stable id: the first 16 hex digits of the key's SHA-256. Never the key. */
  id: string;
  keyType: KeyType;
  /** Formatters reveal it only under --show-secrets. */
  secret: Secret;
  /** The worst place it reached: its most severe finding's rule, severity and context. */
  ruleId: string;
  severity: Severity;
  context: ContextId;
  locations: KeyLocation[];
  firstSeen?: CommitInfo;
  lastSeen?: CommitInfo;
  /** Full history audits, when no ref tip holds it: the newest commit that removed it. */
  removed?: CommitInfo;
  /** Full history audits only: refs whose history holds it, refs whose tip still does, tags among them. */
  refs?: string[];
  tipRefs?: string[];
  tags?: string[];
  reachedTag?: boolean;
  /** --verify: whether Caibo's API still accepts it. */
  verification?: Verification;
}

const ID_LENGTH = 16;

/** The stable id of a key in every report: a prefix of its SHA-256 (Secret.hash). */
export const keyId = (secret: Secret) => secret.hash.slice(0, ID_LENGTH);

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);
const byDate = (a: CommitInfo, b: CommitInfo) => Date.parse(a.date) - Date.parse(b.date) || a.sha.localeCompare(b.sha);

/** `refs/heads/main` → `main`, `refs/remotes/origin/x` → `origin/x`, `refs/tags/v1` → `tags/v1`. */
export const shortRef = (ref: string) => ref.replace(/^refs\/(heads|remotes)\//, '').replace(/^refs\//, '');

/** The unsuppressed findings grouped by key, most urgent first (severity, live before test, oldest). */
export function groupByKey(report: Report): KeyEntry[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    if (finding.suppressed) continue;
    const group = groups.get(finding.secret.hash);
    if (group) group.push(finding);
    else groups.set(finding.secret.hash, [finding]);
  }
  const entries = [...groups].map(([hash, findings]) => {
    const entry = keyEntry(findings, report.keyHistory?.get(hash));
    const verification = report.verification?.get(hash);
    return verification ? { ...entry, verification } : entry;
  });
  return entries.sort(
    (a, b) =>
      rank(b.severity) - rank(a.severity) ||
      (a.keyType === b.keyType ? 0 : a.keyType === 'live' ? -1 : 1) ||
      (a.firstSeen && b.firstSeen ? byDate(a.firstSeen, b.firstSeen) : 0) ||
      a.id.localeCompare(b.id),
  );
}

function keyEntry(findings: Finding[], history: KeyHistory | undefined): KeyEntry {
  const worst = findings.reduce((a, b) => (rank(b.severity) > rank(a.severity) ? b : a));
  const commits = findings.flatMap((f) => (f.commit ? [f.commit] : [])).sort(byDate);
  const firstSeen = history?.firstSeen ?? commits[0];
  const lastSeen = history?.lastSeen ?? commits[commits.length - 1];
  const tags = history?.refs.filter((ref) => ref.startsWith('refs/tags/'));
  return {
    id: keyId(worst.secret),
    keyType: worst.keyType,
    secret: worst.secret,
    ruleId: worst.ruleId,
    severity: worst.severity,
    context: worst.context,
    locations: findings.map((f) => ({
      path: f.location.path,
      line: f.location.line,
      column: f.location.column,
      ruleId: f.ruleId,
      severity: f.severity,
      context: f.context,
      ...(f.commit ? { commit: f.commit } : {}),
      ...(f.inHead !== undefined ? { inHead: f.inHead } : {}),
    })),
    ...(firstSeen ? { firstSeen } : {}),
    ...(lastSeen ? { lastSeen } : {}),
    ...(history?.removed ? { removed: history.removed } : {}),
    ...(history ? { refs: history.refs, tipRefs: history.tipRefs, tags: tags!, reachedTag: tags!.length > 0 } : {}),
  };
}

/** "in tip of main, feature/x", "only in history of refs a, b" or "in no ref": where a key still is. */
export function whereKeyIs(entry: KeyEntry): string | undefined {
  if (!entry.refs) return undefined;
  const names = (refs: string[]) => refs.map(shortRef).join(', ');
  if (entry.tipRefs!.length) return `in tip of ${names(entry.tipRefs!)}`;
  if (entry.refs.length) return `only in history of refs ${names(entry.refs)}`;
  return 'in no ref (only a detached HEAD, an older stash entry or unreachable objects)';
}

export interface KeyCounts {
  live: number;
  test: number;
}

export function countKeys(entries: readonly KeyEntry[]): KeyCounts {
  return { live: entries.filter((e) => e.keyType === 'live').length, test: entries.filter((e) => e.keyType === 'test').length };
}

/** `verified: 1 active, 2 inactive`; empty without --verify. */
export function verificationLine(entries: readonly KeyEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) if (e.verification) counts.set(e.verification.outcome, (counts.get(e.verification.outcome) ?? 0) + 1);
  const parts = (['active', 'inactive', 'unknown'] as const).filter((o) => counts.has(o)).map((o) => `${counts.get(o)} ${o}`);
  return parts.length ? `verified: ${parts.join(', ')}` : '';
}

/** `3 distinct live keys (rotate now), 1 test key`; empty when there are none. */
export function keyCountsLine({ live, test }: KeyCounts): string {
  const parts = [];
  if (live) parts.push(`${live} distinct live key${live === 1 ? '' : 's'} (rotate now)`);
  if (test) parts.push(`${test} ${live ? '' : 'distinct '}test key${test === 1 ? '' : 's'}`);
  return parts.join(', ');
}
