import { SEVERITIES, type Finding, type Report, type Severity } from '../types.js';

/** Report helpers every view shares (formatters, the Action, the CLI): below them all, above nothing. */

export const severityRank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** Stable order for every output: path, position, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : 0) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** Findings that count: not suppressed. */
export const activeFindings = (report: Report) => report.findings.filter((f) => !f.suppressed);

/** Skips that leave the scan incomplete: what could not be read may hold a key, so the run is an error (exit 2). */
export const isIncomplete = (report: Report) => report.skipped.some((skip) => skip.reason === 'missing-object');

/** Does the report fail the build at its threshold? */
export function isFailing(report: Report): boolean {
  if (report.failOn === 'none') return false;
  const threshold = severityRank(report.failOn);
  return activeFindings(report).some((f) => severityRank(f.severity) >= threshold);
}
