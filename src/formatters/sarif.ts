import { compareFindings, severityRank } from '../report/findings.js';
import { groupByKey, keyId, whereKeyIs, type KeyEntry } from '../report/keys.js';
import type { Finding, Report, RuleSpec, Severity } from '../types.js';
import { redacting, type Formatter, type ResolvedFormatOptions as FormatOptions } from './format.js';
import { isUrlPath } from './github.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/caibo-scan/caibo-scan';
/** GitHub code scanning rejects runs with more results than this (docs: SARIF file limits). */
export const SARIF_RESULT_LIMIT = 25_000;
/** Our own partialFingerprints key: the secret-based fingerprint, stable when lines move. */
export const SECRET_FINGERPRINT = 'caiboScanSecret/v1';

/** GitHub maps these onto its critical/high/medium/low badges (>= 9.0, 7.0-8.9, 4.0-6.9, < 4). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
/** Repo-relative POSIX path as a relative URI reference: each segment percent-encoded (`a,b:c%.ts` → `a%2Cb%3Ac%25.ts`). */
export const sarifUri = (path: string) => path.split('/').map(encodeURIComponent).join('/');

function sarifRule(rule: RuleSpec) {
  const steps = rule.help.map((step, i) => `${i + 1}. ${step}`).join('\n');
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.description}\n\nWhat to do:\n${steps}`,
      markdown: `## ${rule.title}\n\n${rule.description}\n\n### What to do\n\n${steps}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['security', 'secret', 'external/cwe/cwe-798'],
      precision: rule.precision,
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

/** Deterministic order even when two findings share a place (history: the same line in two commits). */
const compareForSarif = (a: Finding, b: Finding) =>
  compareFindings(a, b) || (a.commit?.sha ?? '').localeCompare(b.commit?.sha ?? '') || a.fingerprint.localeCompare(b.fingerprint);

/**
 * The findings GitHub will take, in output order: the most severe ones when there are more than it
 * accepts. Keys a change allows itself go in too, marked suppressed, so reviewers see them.
 */
export function sarifFindings(findings: readonly Finding[]): Finding[] {
  const active = findings.filter((f) => !f.suppressed || f.suppressed.addedByChange);
  const kept =
    active.length <= SARIF_RESULT_LIMIT
      ? active
      : [...active].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareForSarif(a, b)).slice(0, SARIF_RESULT_LIMIT);
  return [...kept].sort(compareForSarif);
}

/** The warning the CLI and the Action print when SARIF had to drop findings. */
export function sarifTruncationWarning(report: Report): string | undefined {
  const active = report.findings.filter((f) => !f.suppressed).length;
  if (active <= SARIF_RESULT_LIMIT) return undefined;
  return `${active} findings; SARIF keeps the ${SARIF_RESULT_LIMIT} most severe (GitHub code scanning rejects more)`;
}

/**
 * `automationDetails.id` is `category/run-id`; a value without a trailing slash would be read as a
 * run id with no category, so add one, as codeql-action's upload-sarif does for its `category` input.
 */
const automationId = (category: string) => (category.endsWith('/') ? category : `${category}/`);

/** Per key, the history facts a result carries (full audits). */
function keyProperties(entry: KeyEntry | undefined) {
  return {
    ...(entry?.refs ? { refs: entry.refs, tipRefs: entry.tipRefs, reachedTag: entry.reachedTag, where: whereKeyIs(entry) } : {}),
    ...(entry?.verification ? { verification: entry.verification.outcome, verificationReason: entry.verification.reason } : {}),
  };
}

/**
 * Files inside archives as SARIF nested artifacts (§3.24.2 location, §3.24.3 parentIndex): the
 * outer file relative to %SRCROOT%, each member by its path inside its parent. Indexes by chain.
 */
function nestedArtifacts(findings: readonly Finding[]) {
  const artifacts: Array<{ location: { uri: string; uriBaseId?: string }; parentIndex?: number }> = [];
  const indexes = new Map<string, number>();
  for (const { location } of findings) {
    location.chain?.forEach((path, depth, chain) => {
      const id = chain.slice(0, depth + 1).join('\0');
      if (indexes.has(id)) return;
      indexes.set(id, artifacts.length);
      artifacts.push(
        depth === 0
          ? { location: { uri: sarifUri(path), uriBaseId: '%SRCROOT%' } }
          : { location: { uri: sarifUri(path) }, parentIndex: indexes.get(chain.slice(0, depth).join('\0'))! },
      );
    });
  }
  return { artifacts, indexOf: (chain: readonly string[]) => indexes.get(chain.join('\0'))! };
}

type ArtifactIndex = ReturnType<typeof nestedArtifacts>['indexOf'];

/**
 * Where a finding is. Inside an archive the primary location is the outer file, the one GitHub can
 * show (no region: the lines are the member's); the member and its region are a related location.
 */
function sarifLocations(location: Finding['location'], indexOf: ArtifactIndex) {
  // 1-based; endColumn is the column after the key (SARIF §3.30.8).
  const region = { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn };
  const { chain } = location;
  // A fetched URL (`caibo-scan url`) is its own absolute URI; files are relative to %SRCROOT%.
  const artifactLocation = isUrlPath(location.path) ? { uri: location.path } : { uri: sarifUri(location.path), uriBaseId: '%SRCROOT%' };
  if (!chain) return { locations: [{ physicalLocation: { artifactLocation, region } }] };
  return {
    locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(chain[0]!), uriBaseId: '%SRCROOT%', index: indexOf(chain.slice(0, 1)) } } }],
    relatedLocations: [
      {
        id: 1,
        message: { text: location.path },
        physicalLocation: { artifactLocation: { uri: sarifUri(chain.at(-1)!), index: indexOf(chain) }, region },
      },
    ],
  };
}

function sarifResult(finding: Finding, ruleIndex: number, options: FormatOptions, indexOf: ArtifactIndex, entry: KeyEntry | undefined) {
  const { location, commit } = finding;
  const key = options.reveal ? finding.secret.reveal() : finding.secret.redacted;
  const where = [
    location.chain ? ` (in ${location.path}, line ${location.line})` : '',
    finding.originalSource ? ` (original source: ${finding.originalSource})` : '',
    finding.encoding ? ` (${finding.encoding}-encoded)` : '',
    commit ? ` (commit ${commit.sha})` : '',
  ].join('');
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${finding.title}: ${key}${where}` },
    ...sarifLocations(location, indexOf),
    // SARIF §3.35: an allow comment in the source; its reason is the justification.
    ...(finding.suppressed ? { suppressions: [{ kind: 'inSource', justification: finding.suppressed.detail || 'caibo-scan:allow' }] } : {}),
    partialFingerprints: {
      [SECRET_FINGERPRINT]: finding.fingerprint,
      ...(finding.lineHash ? { primaryLocationLineHash: finding.lineHash } : {}),
    },
    properties: {
      ...(location.chain ? { path: location.path } : {}),
      keyType: finding.keyType,
      context: finding.context,
      severity: finding.severity,
      keyId: keyId(finding.secret),
      ...keyProperties(entry),
      ...(location.byteOffset !== undefined ? { byteOffset: location.byteOffset } : {}),
      ...(finding.encoding ? { encoding: finding.encoding } : {}),
      ...(finding.originalSource ? { originalSource: finding.originalSource } : {}),
      ...(commit
        ? { commit: commit.sha, author: commit.author, date: commit.date, commitSubject: commit.subject, inHead: finding.inHead ?? null }
        : {}),
    },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule listed, one result per unsuppressed finding,
 * deterministic (sorted, no timestamps, no absolute paths), redacted unless --show-secrets.
 */
export const formatSarif: Formatter = redacting((report, options) => {
  const rules = [...report.rules].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const { repository } = options;
  const findings = sarifFindings(report.findings);
  const { artifacts, indexOf } = nestedArtifacts(findings);
  const keys = groupByKey(report);
  const keyById = new Map(keys.map((k) => [k.id, k]));
  const run = {
    tool: { driver: { name: 'caibo-scan', semanticVersion: options.version, informationUri: INFORMATION_URI, rules: rules.map(sarifRule) } },
    ...(options.sarifCategory ? { automationDetails: { id: automationId(options.sarifCategory) } } : {}),
    // Only when the caller knows the one revision scanned (the Action); history findings name their own commit.
    ...(repository
      ? {
          versionControlProvenance: [
            { repositoryUri: repository.uri, revisionId: repository.revision, ...(repository.branch ? { branch: repository.branch } : {}), mappedTo: { uriBaseId: '%SRCROOT%' } },
          ],
        }
      : {}),
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The project root: the git top-level, else the nearest folder with a package.json or framework config.' } } },
    columnKind: 'utf16CodeUnits',
    ...(artifacts.length ? { artifacts } : {}),
    results: findings.map((finding) => sarifResult(finding, ruleIndex.get(finding.ruleId)!, options, indexOf, keyById.get(keyId(finding.secret)))),
    // The distinct keys (issue 14): one rotation each, however many results share one.
    properties: {
      keys: keys.map((k) => ({
        id: k.id,
        keyType: k.keyType,
        severity: k.severity,
        ruleId: k.ruleId,
        locations: k.locations.length,
        ...(k.firstSeen ? { firstSeen: k.firstSeen.sha } : {}),
        ...(k.lastSeen ? { lastSeen: k.lastSeen.sha } : {}),
        ...keyProperties(k),
      })),
    },
  };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
});
