import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { sourceError, usageError } from './errors.js';
import { formatJson } from './formatters/json.js';
import { formatDefaults } from './formatters/format.js';
import { printable } from './printable.js';
import { isIncomplete } from './report/findings.js';
import { scan, type ScanOptions } from './scan.js';
import { ask } from './sources/git.js';
import { SEVERITIES, type Severity } from './types.js';
import { VERSION } from './version.js';

/**
 * Organisation audits: many repositories, each mirrored (bare, full history, no checkout) into a
 * cache and scanned like `history`. A rerun fetches each mirror and scans only the commits added
 * since (or nothing when no ref moved); `--shard K/N` splits the list by a hash of each name, so N
 * CI matrix jobs cover it without overlap, and `merge` joins their reports into one.
 */

/** One repository's part of an audit: the JSON contract's fields for its scan. */
export interface AuditedRepository {
  name: string;
  /** `full` (first run), `new-commits` (refs moved since the state's run), `unchanged` (no ref moved). */
  scanned: 'full' | 'new-commits' | 'unchanged';
  findings: JsonFinding[];
  skipped: unknown[];
  warnings: string[];
  /** Set when the repository could not be cloned, fetched or scanned: the audit is then incomplete. */
  error?: string;
}

export interface AuditReport {
  version: 1;
  tool: { name: 'caibo-scan'; version: string };
  mode: 'audit';
  failOn: Severity | 'none';
  /** Set for one shard's report; a merged report covers every shard it was given. */
  shard?: string;
  repositories: AuditedRepository[];
}

/** A finding as the JSON contract writes it (redacted): what the state keeps between runs. */
interface JsonFinding {
  fingerprint: string;
  severity: Severity;
  [field: string]: unknown;
}

interface RepositoryState {
  /** `objectname refname` of every ref at the last scan: a rerun compares against it. */
  refs: string[];
  result: AuditedRepository;
}

export interface AuditOptions extends Pick<ScanOptions, 'rules' | 'config' | 'baseline' | 'failOn' | 'includeLocalEnv'> {
  /** A file with one repository (path or clone URL) per line, or a directory of clones. */
  list: string;
  /** Mirrors and the resumable state live here. */
  cache: string;
  /** `K/N`: only the repositories whose name hashes to shard K of N. */
  shard?: string;
  /** Repositories scanned at once (default: the machine's cores). */
  jobs?: number;
  cwd?: string;
  /** Called as each repository finishes (progress for the CLI). */
  onRepository?: (repository: AuditedRepository) => void;
}

const STATE_FILE = 'state.json';
/** Code-point order: the same on every machine, whatever its locale. */
const byName = (a: AuditedRepository, b: AuditedRepository) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The repositories a list names: lines of a file (`#` comments), or the git repositories in a directory. */
export function listRepositories(list: string): string[] {
  if (!existsSync(list)) throw usageError(`audit: ${list}: no such file or directory`);
  if (statSync(list).isDirectory()) {
    return readdirSync(list, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(list, entry.name))
      .filter((dir) => existsSync(join(dir, '.git')) || (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'))))
      .sort();
  }
  const names = readFileSync(list, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return [...new Set(names)];
}

export function parseShard(shard: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(shard);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw usageError(`--shard ${shard}: expected K/N with 1 <= K <= N, e.g. 2/8`);
  return { index, count };
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');
/** Stable across machines and list orders: the same name always falls in the same shard. */
export const shardOf = (name: string, count: number) => (parseInt(digest(name).slice(0, 8), 16) % count) + 1;

/** Each repository's mirror: a readable name plus a hash, so two sources never share a folder. */
const mirrorDir = (cache: string, name: string) =>
  join(cache, 'mirrors', `${basename(name).replace(/\.git$/, '').replace(/[^\w.-]+/g, '_').slice(0, 40)}-${digest(name).slice(0, 12)}.git`);

async function refreshMirror(cache: string, name: string): Promise<{ dir: string; refs: string[] }> {
  const dir = mirrorDir(cache, name);
  if (existsSync(join(dir, 'HEAD'))) await ask({ dir }, ['remote', 'update', '--prune'], `git fetch ${name}`);
  else {
    mkdirSync(join(cache, 'mirrors'), { recursive: true });
    await ask({ dir: join(cache, 'mirrors') }, ['clone', '--mirror', '--quiet', '--', name, dir], `git clone ${name}`);
  }
  const refs = (await ask({ dir }, ['for-each-ref', '--format=%(objectname) %(refname)'])).split('\n').filter(Boolean).sort();
  return { dir, refs };
}

function readState(cache: string): Record<string, RepositoryState> {
  const file = join(cache, STATE_FILE);
  if (!existsSync(file)) return {};
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { repositories: Record<string, RepositoryState> }).repositories;
  } catch (error) {
    throw sourceError(`audit: ${file} is not a state file caibo-scan wrote (${(error as Error).message}); delete it to start over`);
  }
}

function writeState(cache: string, repositories: Record<string, RepositoryState>): void {
  const file = join(cache, STATE_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ version: 1, repositories }, null, 1)}\n`, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}

/** One repository: mirror it, then scan all of it, only what moved since the state's run, or nothing. */
async function auditRepository(name: string, previous: RepositoryState | undefined, options: AuditOptions): Promise<RepositoryState | AuditedRepository> {
  let mirror: { dir: string; refs: string[] };
  try {
    mirror = await refreshMirror(options.cache, name);
  } catch (error) {
    return { name, scanned: 'full', findings: [], skipped: [], warnings: [], error: (error as Error).message };
  }
  if (previous && previous.refs.join('\n') === mirror.refs.join('\n')) return { refs: mirror.refs, result: { ...previous.result, scanned: 'unchanged' } };
  const tips = (refs: string[]) => [...new Set(refs.map((ref) => ref.split(' ')[0]!))];
  const since = previous && !previous.result.error ? { tips: tips(mirror.refs), known: tips(previous.refs) } : undefined;
  try {
    const report = await scan({
      mode: 'history',
      paths: [mirror.dir],
      ...(since ? { newCommits: since } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
      ...(options.config !== undefined ? { config: options.config } : {}),
      ...(options.baseline ? { baseline: options.baseline } : {}),
      ...(options.failOn ? { failOn: options.failOn } : {}),
      ...(options.includeLocalEnv ? { includeLocalEnv: true } : {}),
    });
    const json = JSON.parse(formatJson(report, formatDefaults()));
    // A rerun adds what the new commits brought to what the state already knew; a key seen before keeps its first sighting.
    const known = new Set(previous?.result.findings.map((f) => f.fingerprint));
    const findings = [...(since ? previous!.result.findings : []), ...(json.findings as JsonFinding[]).filter((f) => !known.has(f.fingerprint))];
    const result: AuditedRepository = {
      name,
      scanned: since ? 'new-commits' : 'full',
      findings,
      skipped: json.skipped,
      warnings: json.warnings,
      ...(isIncomplete(report) ? { error: 'incomplete: git objects are missing' } : {}),
    };
    return { refs: mirror.refs, result };
  } catch (error) {
    return { name, scanned: since ? 'new-commits' : 'full', findings: [], skipped: [], warnings: [], error: (error as Error).message };
  }
}

export async function audit(options: AuditOptions): Promise<AuditReport> {
  const cwd = options.cwd ?? process.cwd();
  const cache = resolve(cwd, options.cache);
  const shard = options.shard ? parseShard(options.shard) : undefined;
  const names = listRepositories(resolve(cwd, options.list)).filter((name) => !shard || shardOf(name, shard.count) === shard.index);
  mkdirSync(cache, { recursive: true });
  const state = readState(cache);
  const results = new Map<string, AuditedRepository>();
  const queue = [...names];
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), names.length || 1));
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const outcome = await auditRepository(name, state[name], { ...options, cache });
      const result = 'result' in outcome ? outcome.result : outcome;
      if ('result' in outcome) {
        state[name] = outcome;
        writeState(cache, state); // after each repository: an interrupted audit resumes where it stopped
      }
      results.set(name, result);
      options.onRepository?.(result);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return {
    version: 1,
    tool: { name: 'caibo-scan', version: VERSION },
    mode: 'audit',
    failOn: options.failOn ?? 'high',
    ...(options.shard ? { shard: options.shard } : {}),
    repositories: names.map((name) => results.get(name)!).sort(byName),
  };
}

/** Shards' reports as one: every repository once, in name order. */
export function mergeAudits(reports: AuditReport[]): AuditReport {
  if (reports.length === 0) throw usageError('merge: name at least one audit report (JSON written by caibo-scan audit)');
  const seen = new Map<string, AuditedRepository>();
  for (const report of reports) {
    if (report?.mode !== 'audit' || !Array.isArray(report.repositories)) throw usageError('merge: every input must be a JSON report of caibo-scan audit');
    for (const repository of report.repositories) {
      if (seen.has(repository.name)) throw usageError(`merge: ${repository.name} is in two reports (overlapping shards?)`);
      seen.set(repository.name, repository);
    }
  }
  const failOn = reports[0]!.failOn;
  return { version: 1, tool: { name: 'caibo-scan', version: VERSION }, mode: 'audit', failOn, repositories: [...seen.values()].sort(byName) };
}

const failing = (report: AuditReport, finding: JsonFinding) =>
  report.failOn !== 'none' && SEVERITIES.indexOf(finding.severity) >= SEVERITIES.indexOf(report.failOn);

/** 2 when a repository could not be audited (an error is never a clean pass), 1 on findings at or above failOn, else 0. */
export function auditExitCode(report: AuditReport): 0 | 1 | 2 {
  if (report.repositories.some((r) => r.error)) return 2;
  return report.repositories.some((r) => r.findings.some((f) => failing(report, f))) ? 1 : 0;
}

export function formatAudit(report: AuditReport, format: 'json' | 'text'): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const lines: string[] = [];
  let findings = 0;
  for (const repository of report.repositories) {
    const state = repository.error ? `error: ${repository.error}` : `${repository.findings.length} finding${repository.findings.length === 1 ? '' : 's'} (${repository.scanned})`;
    lines.push(`${printable(repository.name)}: ${printable(state)}`);
    for (const f of repository.findings) {
      lines.push(`  ${f.severity.padEnd(8)} ${String(f.ruleId)}  ${printable(String(f.file))}:${String(f.line)}${f.commit ? ` @ ${String(f.commit).slice(0, 12)}` : ''}  ${String(f.redacted)}`);
    }
    findings += repository.findings.length;
  }
  const errors = report.repositories.filter((r) => r.error).length;
  lines.push(`${report.repositories.length} repositories audited${report.shard ? ` (shard ${report.shard})` : ''}: ${findings} findings${errors ? `, ${errors} could not be audited` : ''}`);
  return `${lines.join('\n')}\n`;
}
