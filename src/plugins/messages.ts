import { activeFindings, severityRank } from '../report/findings.js';
import type { BuildEnvironment, Finding, Report } from '../types.js';

/** What a plugin hands its bundler for one finding that counts: located and redacted. */
export interface PluginMessage {
  /** The whole text, for bundlers that print only a string. */
  text: string;
  /** Where the key sits: the emitted file relative to the project, or `env:NAME` for an inlined variable. */
  file: string;
  line: number;
  column: number;
}

/** Findings at or above `failOn` fail the build; the others that count only warn. */
export interface PluginVerdict {
  errors: PluginMessage[];
  warnings: PluginMessage[];
}

/** `dist/app.js:1:2345 critical caibo-live-key-in-client-bundle caibo_live_sk_AbCd******** (from src/App.tsx:3:14)`. */
function describe(finding: Finding, reveal: boolean): string {
  const { path, line, column } = finding.location;
  const key = reveal ? finding.secret.reveal() : finding.secret.redacted;
  const origin = finding.originalSource ? ` (from ${finding.originalSource})` : '';
  return `${path}:${line}:${column} ${finding.severity} ${finding.ruleId} ${key}${origin}`;
}

/**
 * A report as build errors and warnings, worded for the build's log. `subject` says what was
 * scanned ("client output", "a variable Vite inlines into client code"); keys stay redacted unless `reveal`.
 */
export function verdictOf(report: Report, subject: string, reveal: boolean): PluginVerdict {
  const verdict: PluginVerdict = { errors: [], warnings: [] };
  for (const finding of activeFindings(report)) {
    const fails = report.failOn !== 'none' && severityRank(finding.severity) >= severityRank(report.failOn);
    const remediation = report.rules.find((r) => r.id === finding.ruleId)?.remediation;
    const text = [
      `caibo-scan: ${finding.title} (${subject}): ${describe(finding, reveal)}`,
      remediation ? `  fix: ${remediation}` : '',
      fails ? `  (fails the build at failOn "${report.failOn}"; a false alarm: \`// caibo-scan:allow <reason>\` on the key's line in the source, or a baseline)` : '',
    ]
      .filter(Boolean)
      .join('\n');
    (fails ? verdict.errors : verdict.warnings).push({ text, file: finding.location.path, line: finding.location.line, column: finding.location.column });
  }
  return verdict;
}

export const environmentLabel = (environment: BuildEnvironment | undefined) => (environment ? `${environment} output` : 'build output');
