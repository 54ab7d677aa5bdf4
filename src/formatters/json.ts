import { changeAllowedFindings } from '../report/findings.js';
import { countKeys, groupByKey, keyId, whereKeyIs, type KeyEntry } from '../report/keys.js';
import type { CommitInfo, Finding } from '../types.js';
import { redacting, type Formatter, type ResolvedFormatOptions as FormatOptions } from './format.js';
import { summarise } from './summary.js';

/** One finding as the JSON contract (README "JSON output") promises it. */
function findingJson(finding: Finding, options: FormatOptions) {
  const { location, commit } = finding;
  return {
    ruleId: finding.ruleId,
    keyType: finding.keyType,
    severity: finding.severity,
    context: finding.context,
    file: location.path,
    ...(location.chain ? { chain: location.chain } : {}),
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    commit: commit?.sha ?? null,
    fingerprint: finding.fingerprint,
    keyId: keyId(finding.secret),
    redacted: finding.secret.redacted,
    message: `${finding.title}: ${finding.secret.redacted}`,
    ...(options.reveal ? { secret: finding.secret.reveal() } : {}),
    ...(location.byteOffset !== undefined ? { byteOffset: location.byteOffset } : {}),
    ...(finding.encoding ? { encoding: finding.encoding } : {}),
    ...(finding.originalSource ? { originalSource: finding.originalSource } : {}),
    ...(commit
      ? { author: commit.author, email: commit.email, date: commit.date, commitSubject: commit.subject }
      : {}),
    ...(finding.inHead !== undefined ? { inHead: finding.inHead } : {}),
    ...(finding.suppressed
      ? { suppressedBy: finding.suppressed.by, ...(finding.suppressed.detail ? { suppressedDetail: finding.suppressed.detail } : {}) }
      : {}),
  };
}

const commitJson = (commit: CommitInfo | undefined) =>
  commit ? { commit: commit.sha, author: commit.author, email: commit.email, date: commit.date, subject: commit.subject } : null;

/** One distinct key (README "Keys"): what to rotate, where it is, since when. */
function keyJson(entry: KeyEntry, options: FormatOptions) {
  const where = whereKeyIs(entry);
  return {
    id: entry.id,
    keyType: entry.keyType,
    severity: entry.severity,
    ruleId: entry.ruleId,
    context: entry.context,
    redacted: entry.secret.redacted,
    ...(options.reveal ? { secret: entry.secret.reveal() } : {}),
    locations: entry.locations.map((l) => ({
      file: l.path,
      line: l.line,
      column: l.column,
      commit: l.commit?.sha ?? null,
      ruleId: l.ruleId,
      severity: l.severity,
      context: l.context,
      ...(l.inHead !== undefined ? { inHead: l.inHead } : {}),
    })),
    firstSeen: commitJson(entry.firstSeen),
    lastSeen: commitJson(entry.lastSeen),
    ...(entry.removed ? { removed: commitJson(entry.removed) } : {}),
    ...(entry.verification ? { verification: entry.verification } : {}),
    ...(entry.refs ? { refs: entry.refs, tipRefs: entry.tipRefs, tags: entry.tags, reachedTag: entry.reachedTag, where } : {}),
  };
}

export const formatJson: Formatter = redacting((report, options) => {
  const summary = summarise(report);
  const keys = groupByKey(report);
  const { stats } = report;
  const output = {
    version: 1,
    tool: { name: 'caibo-scan', version: options.version },
    mode: report.mode,
    findings: report.findings.filter((f) => !f.suppressed).map((f) => findingJson(f, options)),
    ...(options.showSuppressed
      ? { suppressed: report.findings.filter((f) => f.suppressed).map((f) => findingJson(f, options)) }
      : {}),
    keys: keys.map((k) => keyJson(k, options)),
    skipped: report.skipped,
    warnings: report.warnings,
    ...(report.policy ? { policy: report.policy } : {}),
    // Range scans: keys the change allows itself, listed whatever --show-suppressed says (issue 18).
    ...(report.newSuppressions ? { newSuppressions: changeAllowedFindings(report).map((f) => findingJson(f, options)) } : {}),
    summary: {
      filesScanned: stats.filesScanned,
      bytesScanned: stats.bytesScanned,
      filesSkipped: stats.filesSkipped,
      findings: summary.findings,
      keys: countKeys(keys),
      bySeverity: summary.bySeverity,
      suppressed: summary.suppressed,
      suppressedBy: summary.suppressedBy,
      ...(report.newSuppressions ? { newSuppressions: changeAllowedFindings(report).length } : {}),
      ...(stats.commits !== undefined ? { commits: stats.commits, refs: stats.refs, uniqueBlobs: stats.uniqueBlobs } : {}),
      failOn: report.failOn,
      durationMs: stats.durationMs,
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
});
