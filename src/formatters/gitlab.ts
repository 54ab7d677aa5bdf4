import { createHash } from 'node:crypto';
import { SEVERITIES, type Finding, type Report, type Severity } from '../types.js';
import { redacting, type Formatter, type FormatOptions } from './format.js';

/**
 * GitLab's secret-detection report (security-report-schemas 15.2.1), the artifact behind
 * `artifacts:reports:secret_detection`: GitLab validates it against the declared version and shows
 * each vulnerability in the merge request and the security dashboard.
 */
export const GITLAB_SCHEMA_VERSION = '15.2.1';
const GITLAB_SCHEMA_URL = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;
/** GitLab's own secrets analyzer writes this commit for findings outside history (a working-tree scan). */
const NO_COMMIT = '0000000';
const GITLAB_SEVERITY: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
/** Code Quality has five levels; a live key in client code is the one that blocks. */
const CODE_QUALITY_SEVERITY: Record<Severity, string> = { critical: 'blocker', high: 'critical', medium: 'major', low: 'minor' };

const hex = (text: string) => createHash('sha256').update(text).digest('hex');
/** A finding's place: the fingerprint names rule, path and key; history adds the commit and line. */
const occurrence = (f: Finding) => `${f.fingerprint}\0${f.commit?.sha ?? ''}\0${f.location.line}:${f.location.column}`;
/** A UUID-shaped id, stable across runs (GitLab recommends UUIDs and tracks by identifiers and location). */
function stableUuid(text: string): string {
  const h = hex(text);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/** GitLab's schema takes times without a zone or fraction (`2026-01-31T12:00:00`), in UTC. */
const gitlabTime = (date: Date) => date.toISOString().slice(0, 19);

const shown = (f: Finding, options: FormatOptions) => (options.reveal ? f.secret.reveal() : f.secret.redacted);
const bySeverityThenPlace = (a: Finding, b: Finding) =>
  SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || occurrence(a).localeCompare(occurrence(b));
const reported = (report: Report) => report.findings.filter((f) => !f.suppressed).sort(bySeverityThenPlace);

function vulnerability(finding: Finding, report: Report, options: FormatOptions) {
  const rule = report.rules.find((r) => r.id === finding.ruleId);
  const { location, commit } = finding;
  return {
    id: stableUuid(occurrence(finding)),
    name: finding.title,
    description: [
      rule?.description ?? finding.title,
      finding.originalSource ? `Original source: ${finding.originalSource}.` : '',
      finding.encoding ? `Found ${finding.encoding}-encoded.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    severity: GITLAB_SEVERITY[finding.severity],
    ...(rule ? { solution: rule.remediation } : {}),
    raw_source_code_extract: shown(finding, options),
    identifiers: [
      { type: 'caibo_scan_rule_id', name: `caibo-scan ${finding.ruleId}`, value: finding.ruleId },
      { type: 'cwe', name: 'CWE-798', value: '798', url: 'https://cwe.mitre.org/data/definitions/798.html' },
    ],
    location: {
      file: location.path,
      start_line: location.line,
      end_line: location.endLine,
      commit: commit
        ? { sha: commit.sha, author: `${commit.author} <${commit.email}>`, date: commit.date, message: commit.subject }
        : { sha: NO_COMMIT },
    },
  };
}

export const formatGitlab: Formatter = redacting((report, options) => {
  const end = options.now ?? new Date();
  const tool = { id: 'caibo-scan', name: 'caibo-scan', version: options.version, vendor: { name: 'caibo-scan' } };
  const output = {
    version: GITLAB_SCHEMA_VERSION,
    schema: GITLAB_SCHEMA_URL,
    scan: {
      analyzer: tool,
      scanner: tool,
      type: 'secret_detection',
      start_time: gitlabTime(new Date(end.getTime() - report.stats.durationMs)),
      end_time: gitlabTime(end),
      status: 'success',
      primary_identifiers: [...report.rules]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((r) => ({ type: 'caibo_scan_rule_id', name: `caibo-scan ${r.id}`, value: r.id })),
    },
    vulnerabilities: reported(report).map((f) => vulnerability(f, report, options)),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
});

/** GitLab Code Quality (a subset of Code Climate's issue format): every tier shows it in merge requests. */
export const formatCodeQuality: Formatter = redacting((report, options) => {
  const issues = reported(report).map((f) => ({
    type: 'issue',
    check_name: f.ruleId,
    description: `${f.title}: ${shown(f, options)}${f.commit ? ` (commit ${f.commit.sha.slice(0, 12)})` : ''}`,
    categories: ['Security'],
    // Unique per occurrence: GitLab shows only the first issue of a fingerprint.
    fingerprint: hex(occurrence(f)).slice(0, 32),
    severity: CODE_QUALITY_SEVERITY[f.severity],
    location: { path: f.location.path, lines: { begin: f.location.line, end: f.location.endLine } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
});
