import { configError } from './errors.js';
import { DISK, type PolicyFiles } from './policy-files.js';
import type { Report } from './types.js';

/**
 * A baseline lists fingerprints of findings a team has accepted. No keys, lines or timestamps, and
 * sorted, so it neither leaks nor churns in merges; `ruleId` and `file` are there only for reviewers.
 */
export interface BaselineFile {
  version: 1;
  findings: Array<{ fingerprint: string; ruleId: string; file: string }>;
}

export function readBaseline(file: string, files: PolicyFiles = DISK): Set<string> {
  let data: BaselineFile;
  try {
    data = JSON.parse(files.readText(file)) as BaselineFile;
  } catch (error) {
    throw configError(`${file}: cannot read baseline: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (data?.version !== 1 || !Array.isArray(data.findings) || data.findings.some((f) => typeof f?.fingerprint !== 'string')) {
    throw configError(`${file}: not a caibo-scan baseline (expected {"version": 1, "findings": [{"fingerprint": ...}]})`);
  }
  return new Set(data.findings.map((f) => f.fingerprint));
}

/** Not localeCompare: the order must not depend on the machine's locale or Node's ICU build. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The baseline for a report: every finding not already suppressed by something else. */
export function formatBaseline(report: Report): string {
  const seen = new Set<string>();
  const findings = report.findings
    .filter((f) => !f.suppressed || f.suppressed.by === 'baseline')
    .filter((f) => !seen.has(f.fingerprint) && seen.add(f.fingerprint))
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.location.path }))
    .sort((a, b) => byCodeUnits(a.file, b.file) || byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.fingerprint, b.fingerprint));
  const baseline: BaselineFile = { version: 1, findings };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
