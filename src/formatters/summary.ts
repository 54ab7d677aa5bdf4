import { activeFindings } from '../report/findings.js';
import { SEVERITIES, type Report, type Severity, type SuppressionReason } from '../types.js';

export interface Summary {
  findings: number;
  bySeverity: Record<Severity, number>;
  suppressed: number;
  suppressedBy: Partial<Record<SuppressionReason, number>>;
}

/** Counts shared by every formatter, so text, JSON and SARIF never disagree. */
export function summarise(report: Report): Summary {
  const bySeverity = Object.fromEntries([...SEVERITIES].reverse().map((s) => [s, 0])) as Record<Severity, number>;
  const active = activeFindings(report);
  for (const finding of active) bySeverity[finding.severity] += 1;
  const suppressedBy: Partial<Record<SuppressionReason, number>> = {};
  for (const finding of report.findings) {
    if (finding.suppressed) suppressedBy[finding.suppressed.by] = (suppressedBy[finding.suppressed.by] ?? 0) + 1;
  }
  return { findings: active.length, bySeverity, suppressed: report.findings.length - active.length, suppressedBy };
}

/** Skips that leave part of a container or a site unread (a zip bomb stopped, a crawl cut short): a clean result there is not a clean bill. */
const UNCOVERED = new Set(['archive-limit', 'archive-depth', 'archive-unreadable', 'archive-unsupported', 'crawl-limit', 'too-large']);
export const uncoveredCount = (report: Report) => report.skipped.filter((skip) => UNCOVERED.has(skip.reason)).length;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "3 findings (1 critical, 2 high)": the one wording of the count, for the text summary and the CLI's stderr. */
export function findingsLine(summary: Summary): string {
  const bySeverity = Object.entries(summary.bySeverity)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  return `${plural(summary.findings, 'finding')} (${bySeverity})`;
}
