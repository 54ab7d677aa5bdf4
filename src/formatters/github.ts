import { changeAllowedFindings } from '../report/findings.js';
import type { Finding } from '../types.js';
import { redacting, type Formatter } from './format.js';

/** @actions/core's escaping for workflow command data and properties. */
export const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** critical and high block a merge: errors; the rest are warnings. */
export const annotationLevel = (finding: Finding) =>
  finding.severity === 'critical' || finding.severity === 'high' ? 'error' : 'warning';

/**
 * A key the change allows with its own allow comment (issue 18): a warning, or an error when the
 * base policy says `newSuppressions: fail`.
 */
export function changeAllowedAnnotation(finding: Finding, failing: boolean, reveal: boolean): string {
  const reason = finding.suppressed?.detail ? ` ${finding.suppressed.detail}` : '';
  return annotation(finding, reveal, { level: failing ? 'error' : 'warning', message: `Key allowed by this change (caibo-scan:allow${reason})` });
}

/** A finding from `caibo-scan url`: its path is the URL it was fetched from, no file in the repository. */
export const isUrlPath = (path: string) => /^https?:\/\//i.test(path);

export function annotation(finding: Finding, reveal: boolean, as?: { level: 'error' | 'warning'; message: string }): string {
  const { location } = finding;
  const isUrl = isUrlPath(location.path);
  // Inside an archive, the annotation goes on the archive (the file GitHub has), the message names the member;
  // a URL is no file at all, so its annotation names it in the message only.
  const properties = [
    ...(isUrl ? [] : [`file=${escapeProperty(location.chain?.[0] ?? location.path)}`]),
    ...(location.chain || isUrl ? [] : [`line=${location.line}`, `endLine=${location.endLine}`, `col=${location.column}`, `endColumn=${location.endColumn}`]),
    `title=${escapeProperty(`${finding.ruleId} (${finding.severity})`)}`,
  ].join(',');
  const key = reveal ? finding.secret.reveal() : finding.secret.redacted;
  const where = [
    location.chain || isUrl ? ` (in ${location.path}, line ${location.line})` : '',
    finding.commit ? ` (commit ${finding.commit.sha.slice(0, 12)})` : '',
  ].join('');
  return `::${as?.level ?? annotationLevel(finding)} ${properties}::${escapeData(`${as?.message ?? finding.title}: ${key}${where}`)}`;
}

/** Workflow-command annotations only, for users running the CLI in their own workflow step. */
export const formatGithub: Formatter = redacting((report, options) =>
  [
    ...report.findings.filter((f) => !f.suppressed).map((f) => annotation(f, options.reveal)),
    ...changeAllowedFindings(report).map((f) => changeAllowedAnnotation(f, report.newSuppressions === 'fail', options.reveal)),
  ]
    .map((line) => `${line}\n`)
    .join(''),
);
