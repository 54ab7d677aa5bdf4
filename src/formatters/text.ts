import { createColors } from 'picocolors';
import { printable } from '../printable.js';
import { countKeys, groupByKey, keyCountsLine, verificationLine } from '../report/keys.js';
import type { Finding, Severity } from '../types.js';
import { changeAllowedFindings } from '../report/findings.js';
import { redacting, type Formatter } from './format.js';
import { findingsLine, formatBytes, plural, policyChangeLine, summarise, uncoveredCount } from './summary.js';

type Colors = ReturnType<typeof createColors>;

const severityColor = (c: Colors, severity: Severity) =>
  ({ critical: (s: string) => c.bold(c.red(s)), high: c.red, medium: c.yellow, low: c.dim })[severity];

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const path = printable(finding.location.path);
    const key = finding.commit ? `${path} @ ${finding.commit.sha.slice(0, 12)}` : path;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return groups;
}

/** Where a history finding's key lives now: HEAD still has it, it was removed since, or only other refs hold it. */
function historyLabel(f: Finding): string {
  if (f.inHead !== false) return '';
  if (f.refs?.length) return `not merged into HEAD: only on ${f.refs.slice(0, 3).join(', ')}${f.refs.length > 3 ? ` and ${f.refs.length - 3} more` : ''}`;
  if (f.refs) return 'on no ref: unreachable, kept until git gc prunes it';
  return 'removed from HEAD since, still in history';
}

/** The short message after the key: the rule's title plus whatever says where the key came from. */
function message(f: Finding): string {
  const extras = [
    f.location.byteOffset !== undefined ? `byte ${f.location.byteOffset}` : '',
    f.encoding ? `${f.encoding}-encoded` : '',
    f.originalSource ? `from ${f.originalSource}` : '',
    f.commit ? `${f.commit.author} ${f.commit.date.slice(0, 10)} "${f.commit.subject}"` : '',
    historyLabel(f),
    f.suppressed ? `suppressed: ${f.suppressed.by}${f.suppressed.detail ? ` (${f.suppressed.detail})` : ''}` : '',
  ].filter(Boolean);
  return printable([f.title, ...extras].join(' · '));
}

/** Pads each column to its widest cell (ANSI codes are added after padding, so widths stay true). */
const widths = (rows: string[][]) => rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), [] as number[]);

/**
 * Human output in the style of eslint's stylish: a heading per file, one line per finding
 * (position, severity, rule, redacted key, message), then what to do, once per rule, then the summary.
 */
export const formatText: Formatter = redacting((report, options) => {
  const c = createColors(options.color);
  const lines: string[] = [];
  const shown = report.findings.filter((f) => options.showSuppressed || !f.suppressed);
  const keys = groupByKey(report);
  const keyLine = keyCountsLine(countKeys(keys));
  const verified = verificationLine(keys);
  if (keyLine) lines.push(c.red(c.bold(`✖ ${keyLine}`)) + (verified ? ` · ${verified}` : ''), '');
  const rows = shown.map((f) => [`${f.location.line}:${f.location.column}`, f.severity, f.ruleId, options.reveal ? f.secret.reveal() : f.secret.redacted]);
  const [wWhere, wSeverity, wRule, wKey] = widths(rows);
  const rowOf = new Map(shown.map((f, i) => [f, rows[i]!]));
  for (const [file, findings] of groupByFile(shown)) {
    lines.push(c.underline(file));
    for (const f of findings) {
      const [where, severity, rule, key] = rowOf.get(f)!;
      lines.push(
        `  ${c.dim(where!.padEnd(wWhere!))}  ${severityColor(c, f.severity)(severity!.padEnd(wSeverity!))}  ${c.cyan(rule!.padEnd(wRule!))}  ${key!.padEnd(wKey!)}  ${c.dim(message(f))}`,
      );
    }
    lines.push('');
  }

  const toFix = new Set(shown.filter((f) => !f.suppressed).map((f) => f.ruleId));
  if (toFix.size) {
    lines.push(c.bold('What to do:'));
    for (const rule of report.rules.filter((r) => toFix.has(r.id))) lines.push(`  ${c.cyan(rule.id)}: ${rule.remediation}`);
    lines.push('');
  }
  lines.push(...reviewLines(report, c, options.reveal));
  if (!options.quiet) lines.push(...summaryLines(report, c));
  return lines.length ? `${lines.join('\n')}\n` : '';
});

/** The closing summary: what was found, what was scanned, what was suppressed or skipped. */
function summaryLines(report: Parameters<Formatter>[0], c: Colors): string[] {
  const summary = summarise(report);
  const { stats } = report;
  const scanned =
    stats.commits !== undefined
      ? `${plural(stats.commits, 'commit')}, ${plural(stats.uniqueBlobs ?? 0, 'blob')}, ${formatBytes(stats.bytesScanned)}`
      : `${plural(stats.filesScanned, 'file')}, ${formatBytes(stats.bytesScanned)}`;
  const parts = [`${scanned} scanned in ${stats.durationMs} ms`];
  if (summary.suppressed) {
    const reasons = Object.entries(summary.suppressedBy).map(([by, n]) => `${n} ${by}`);
    parts.push(`${summary.suppressed} suppressed (${reasons.join(', ')})`);
  }
  if (stats.filesSkipped) parts.push(`${stats.filesSkipped} skipped`);
  const uncovered = uncoveredCount(report);
  const head = summary.findings
    ? c.red(c.bold(`✖ ${findingsLine(summary)}`))
    : uncovered
      ? c.yellow(`⚠ no Caibo keys found in what could be read; ${uncovered} not covered (see the warnings)`)
      : c.green('✔ no Caibo keys found');
  return [`${head} · ${parts.join(' · ')}`];
}

/** Range scans (issue 18): the keys the change allows itself, and what it changes in the scan's policy. */
function reviewLines(report: Parameters<Formatter>[0], c: Colors, reveal: boolean): string[] {
  const lines: string[] = [];
  const allowed = changeAllowedFindings(report);
  if (allowed.length) {
    const fails = report.newSuppressions === 'fail' ? ' (newSuppressions: fail, so they count)' : '';
    lines.push(c.yellow(`! ${plural(allowed.length, 'key')} allowed by this range${fails}:`));
    for (const f of allowed) {
      const where = `${printable(f.location.path)}:${f.location.line}:${f.location.column}`;
      const key = reveal ? f.secret.reveal() : f.secret.redacted;
      lines.push(`  ${where} ${f.severity} ${f.ruleId} ${key} · caibo-scan:allow ${printable(f.suppressed?.detail ?? '')}`);
    }
  }
  const policy = policyChangeLine(report.policy, 'this range');
  if (policy) lines.push(c.yellow(`! ${printable(policy)}`));
  return lines;
}
