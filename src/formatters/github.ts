import type { Finding } from '../types.js';
import { redacting, type Formatter } from './format.js';

/** @actions/core's escaping for workflow command data and properties. */
export const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** critical and high block a merge: errors; the rest are warnings. */
export const annotationLevel = (finding: Finding) =>
  finding.severity === 'critical' || finding.severity === 'high' ? 'error' : 'warning';

/** A finding from `caibo-scan url`: its path is the URL it was fetched from, no file in the repository. */
export const isUrlPath = (path: string) => /^https?:\/\//i.test(path);

export function annotation(finding: Finding, reveal: boolean): string {
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
  return `::${annotationLevel(finding)} ${properties}::${escapeData(`${finding.title}: ${key}${where}`)}`;
}

/** Workflow-command annotations only, for users running the CLI in their own workflow step. */
export const formatGithub: Formatter = redacting((report, options) =>
  report.findings
    .filter((f) => !f.suppressed)
    .map((f) => `${annotation(f, options.reveal)}\n`)
    .join(''),
);
