import type { RuleSpec } from '../ruleset/schema.js';
import type { Finding, Severity } from '../types.js';
import type { Formatter } from './format.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/caibo-scan/caibo-scan';
/** GitHub code scanning rejects runs with more results than this. */
export const SARIF_RESULT_LIMIT = 25_000;

/** GitHub maps these onto its critical/high/medium/low badges (>= 9.0, 7.0-8.9, 4.0-6.9, < 4). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
const SEVERITY_ORDER: Severity[] = ['critical', 'high', 'medium', 'low'];

const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
const uri = (path: string) => path.split('/').map(encodeURIComponent).join('/');

function sarifRule(rule: RuleSpec) {
  const steps = rule.help.map((step, i) => `${i + 1}. ${step}`);
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description}\n\n${steps.join('\n')}`, markdown: `**${rule.title}**\n\n${rule.description}\n\n${steps.join('\n')}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['security', 'secret', 'external/cwe/cwe-798'],
      precision: rule.precision,
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

/** The findings GitHub will take: the most severe first when there are more than it accepts. */
export function sarifFindings(findings: readonly Finding[]): Finding[] {
  const active = findings.filter((f) => !f.suppressed);
  if (active.length <= SARIF_RESULT_LIMIT) return active;
  const rank = (f: Finding) => SEVERITY_ORDER.indexOf(f.severity);
  return [...active].sort((a, b) => rank(a) - rank(b)).slice(0, SARIF_RESULT_LIMIT).sort((a, b) =>
    a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : a.location.line - b.location.line,
  );
}

/** SARIF 2.1.0 for GitHub code scanning: deterministic (no timestamps), redacted unless --show-secrets. */
export const formatSarif: Formatter = (report, options) => {
  const rules = [...report.rules].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = sarifFindings(report.findings).map((finding) => {
    const { location, commit } = finding;
    const key = options.reveal ? finding.secret.reveal() : finding.secret.redacted;
    const where = [
      finding.originalSource ? ` (original source: ${finding.originalSource})` : '',
      finding.encoding ? ` (${finding.encoding}-encoded)` : '',
      commit ? ` (commit ${commit.sha})` : '',
    ].join('');
    return {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
      level: LEVEL[finding.severity],
      message: { text: `${finding.title}: ${key}${where}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(location.path), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: location.line,
              startColumn: location.column,
              endLine: location.endLine,
              endColumn: location.endColumn,
            },
          },
        },
      ],
      partialFingerprints: {
        'caiboScanSecret/v1': finding.fingerprint,
        ...(finding.lineHash ? { primaryLocationLineHash: finding.lineHash } : {}),
      },
      properties: {
        keyType: finding.keyType,
        context: finding.context,
        severity: finding.severity,
        ...(location.byteOffset !== undefined ? { byteOffset: location.byteOffset } : {}),
        ...(finding.encoding ? { encoding: finding.encoding } : {}),
        ...(finding.originalSource ? { originalSource: finding.originalSource } : {}),
        ...(commit
          ? { commit: commit.sha, author: commit.author, date: commit.date, commitSubject: commit.subject, inHead: finding.inHead ?? null }
          : {}),
      },
    };
  });
  const run = {
    tool: { driver: { name: 'caibo-scan', semanticVersion: options.version, informationUri: INFORMATION_URI, rules: rules.map(sarifRule) } },
    ...(options.sarifCategory ? { automationDetails: { id: options.sarifCategory } } : {}),
    columnKind: 'utf16CodeUnits',
    results,
  };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
};
