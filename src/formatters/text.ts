import { createColors } from 'picocolors';
import { printable } from '../printable.js';
import { countKeys, groupByKey, keyCountsLine, verificationLine, whereKeyIs } from '../report/keys.js';
import type { Finding, Severity } from '../types.js';
import { redacting, type Formatter } from './format.js';
import { formatBytes, plural, summarise, uncoveredCount } from './summary.js';

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

/** Human output: findings grouped by file, one remediation line each, then a one-line summary. */
export const formatText: Formatter = redacting((report, options) => {
  const c = createColors(options.color);
  const lines: string[] = [];
  const shown = report.findings.filter((f) => options.showSuppressed || !f.suppressed);
  const keys = groupByKey(report);
  const keyLine = keyCountsLine(countKeys(keys));
  const verified = verificationLine(keys);
  if (keyLine) lines.push(c.red(c.bold(`✖ ${keyLine}`)) + (verified ? ` · ${verified}` : ''), '');
  const whereByHash = new Map(keys.map((k) => [k.secret.hash, whereKeyIs(k)]));
  for (const [file, findings] of groupByFile(shown)) {
    lines.push(c.underline(file));
    for (const f of findings) {
      const where = `${f.location.line}:${f.location.column}`;
      const key = options.reveal ? f.secret.reveal() : f.secret.redacted;
      const extras = [
        f.location.byteOffset !== undefined ? `byte ${f.location.byteOffset}` : '',
        f.encoding ? `${f.encoding}-encoded` : '',
        f.originalSource ? `from ${f.originalSource}` : '',
        f.commit ? `${f.commit.author} <${f.commit.email}> ${f.commit.date.slice(0, 10)} "${f.commit.subject}"` : '',
        whereByHash.get(f.secret.hash) ?? (f.inHead === false ? 'deleted since, still in history' : ''),
        f.suppressed ? `suppressed: ${f.suppressed.by}${f.suppressed.detail ? ` (${f.suppressed.detail})` : ''}` : '',
      ].filter(Boolean);
      const rule = report.rules.find((r) => r.id === f.ruleId);
      lines.push(
        `  ${c.dim(where.padEnd(9))} ${severityColor(c, f.severity)(f.severity.padEnd(8))} ${c.cyan(f.ruleId)}  ${key}`,
        `            ${f.title}${extras.length ? c.dim(` · ${printable(extras.join(' · '))}`) : ''}`,
      );
      if (rule && !f.suppressed) lines.push(`            ${c.green('fix:')} ${rule.remediation}`);
    }
    lines.push('');
  }

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
  const bySeverity = Object.entries(summary.bySeverity)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const uncovered = uncoveredCount(report);
  const head = summary.findings
    ? c.red(c.bold(`✖ ${plural(summary.findings, 'finding')} (${bySeverity})`))
    : uncovered
      ? c.yellow(`⚠ no Caibo keys found in what could be read; ${uncovered} not covered (see the warnings)`)
      : c.green('✔ no Caibo keys found');
  lines.push(`${head} · ${parts.join(' · ')}`);
  return `${lines.join('\n')}\n`;
});
