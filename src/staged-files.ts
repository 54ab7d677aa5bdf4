import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { gitError } from './errors.js';
import { compareFindings } from './report/findings.js';
import { scan, type ScanOptions } from './scan.js';
import { ask } from './sources/git.js';
import type { Report } from './types.js';

/**
 * `caibo-scan staged FILE...`: what the pre-commit hook (and lint-staged) run, given file names.
 *
 * A named file with staged changes counts only for the lines the commit adds, so touching a file
 * that holds an old key does not block the commit. A named file with no staged change is scanned
 * whole: that is `pre-commit run --all-files` (every tracked file, nothing staged), which must
 * really scan every file rather than the empty staged diff.
 */
export async function scanStagedFiles(files: readonly string[], options: ScanOptions = {}): Promise<Report> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const stagedScan = (root: string) => scan({ ...options, cwd: root, paths: [], mode: 'staged' });
  // This runs on every commit, so everything independent runs at once: the repository root, the
  // staged paths (repo-relative from any directory; renames under their new name) and the staged
  // scan itself, started from cwd on the bet that cwd is the root (pre-commit runs hooks there).
  const [root, changed, speculative] = await Promise.all([
    ask({ dir: cwd }, ['rev-parse', '--show-toplevel']).then((top) => top.trim() || undefined, () => undefined),
    ask({ dir: cwd }, ['diff', '--cached', '--name-only', '-z', '-M', '--no-ext-diff']).then(
      (names) => new Set(names.split('\0').filter(Boolean)),
      () => undefined,
    ),
    stagedScan(cwd).then(
      (report) => ({ report }),
      (error: unknown) => ({ error }),
    ),
  ]);
  if (!root || !changed) throw gitError(`${cwd}: not a git repository (staged needs one)`);
  const named = new Set(files.map((file) => relative(root, resolve(cwd, file)).split(sep).join('/')));

  const whole = [...named].filter((path) => !changed.has(path));
  const reports: Report[] = [];
  if (whole.length < named.size || named.size === 0) {
    const staged = root === realpathSync(cwd) && 'report' in speculative ? speculative.report : await stagedScan(root);
    const ofNamed = named.size ? staged.findings.filter((f) => named.has(f.location.path)) : staged.findings;
    reports.push({ ...staged, findings: ofNamed });
  }
  if (whole.length) reports.push(await scan({ ...options, cwd: root, paths: whole, mode: 'files' }));
  return reports.reduce(mergeReports);
}

/** One report from two scans of the same run: findings re-sorted, counts added. */
function mergeReports(a: Report, b: Report): Report {
  return {
    ...a,
    findings: [...a.findings, ...b.findings].sort(compareFindings),
    skipped: [...a.skipped, ...b.skipped],
    warnings: [...a.warnings, ...b.warnings],
    stats: {
      ...a.stats,
      filesScanned: a.stats.filesScanned + b.stats.filesScanned,
      bytesScanned: a.stats.bytesScanned + b.stats.bytesScanned,
      filesSkipped: a.stats.filesSkipped + b.stats.filesSkipped,
      durationMs: a.stats.durationMs + b.stats.durationMs,
    },
  };
}
