import { sarifUri } from '../formatters/sarif.js';
import { plural, summarise } from '../formatters/summary.js';
import { activeFindings } from '../report/findings.js';
import { SEVERITIES, type Finding, type Report } from '../types.js';
import type { ScanPlan } from './plan.js';

/** GitHub rejects job summaries over 1 MiB; a few hundred rows keep it far below that. */
export const SUMMARY_ROW_LIMIT = 500;

/** Where links point: `${server}/${repository}/blob/${sha}/${path}#L${line}`. */
export interface RepositoryLinks {
  serverUrl: string;
  repository: string;
}

/** Backslash-escapes what GitHub Markdown would read as markup inside a table cell. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);

function findingRow(finding: Finding, plan: ScanPlan, links: RepositoryLinks): string {
  const { location, commit } = finding;
  const sha = commit?.sha ?? plan.headSha;
  const url = `${links.serverUrl}/${links.repository}/blob/${sha}/${sarifUri(location.path)}#L${location.line}`;
  const cells = [
    finding.severity,
    `\`${finding.ruleId}\``,
    `[${escapeMarkdown(`${location.path}:${location.line}:${location.column}`)}](${url})`,
    `\`${finding.secret.redacted}\``,
    commit ? `\`${commit.sha.slice(0, 12)}\`${finding.inHead === false ? ' (removed since; still in history)' : ''}` : '',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The job summary: counts by severity, every finding with a link to its line, and what to do. Keys redacted only. */
export function jobSummary(report: Report, plan: ScanPlan, links: RepositoryLinks): string {
  const summary = summarise(report);
  const findings = activeFindings(report);
  const counts = [...SEVERITIES].reverse().filter((s) => summary.bySeverity[s] > 0).map((s) => `${summary.bySeverity[s]} ${s}`);
  const lines = [
    findings.length
      ? `## caibo-scan: ${plural(findings.length, 'Caibo key')} found (${counts.join(', ')})`
      : '## caibo-scan: no Caibo keys found',
    '',
    `Scanned ${plan.description}.${summary.suppressed ? ` ${plural(summary.suppressed, 'finding')} suppressed.` : ''}`,
    ...plan.notes.map((note) => `\n> [!NOTE]\n> ${note}`),
    ...report.warnings.map((warning) => `\n> [!WARNING]\n> ${escapeMarkdown(warning)}`),
    '',
  ];
  if (findings.length === 0) return `${lines.join('\n')}\n`;

  lines.push('| Severity | Count |', '| --- | ---: |', ...[...SEVERITIES].reverse().map((s) => `| ${s} | ${summary.bySeverity[s]} |`), '');
  lines.push('### Findings', '', '| Severity | Rule | Location | Key (redacted) | Commit |', '| --- | --- | --- | --- | --- |');
  lines.push(...findings.slice(0, SUMMARY_ROW_LIMIT).map((f) => findingRow(f, plan, links)));
  if (findings.length > SUMMARY_ROW_LIMIT) {
    lines.push('', `…and ${findings.length - SUMMARY_ROW_LIMIT} more: the SARIF file (and the Security tab, once uploaded) lists them all.`);
  }
  lines.push(
    '',
    'GitHub shows only the first 10 error and 10 warning annotations of a step; this table has every finding.',
    '',
    '### What to do',
    '',
  );
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  for (const id of ruleIds) {
    const rule = report.rules.find((r) => r.id === id);
    if (!rule) continue;
    lines.push(`**${escapeMarkdown(rule.title)}** (\`${rule.id}\`)`, '', ...rule.help.map((step, i) => `${i + 1}. ${step}`), '');
  }
  lines.push('A key that reached a commit or a pull request is leaked: rotate it first, then clean up.', '');
  return `${lines.join('\n')}\n`;
}
