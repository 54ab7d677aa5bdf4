import type { PlaceholderSpec } from '../ruleset/schema.js';
import type { Candidate, Finding, Suppression } from '../types.js';
import { allowCommentReason } from './allow-comment.js';
import { placeholderReason } from './placeholder.js';

/** A config `allow` entry: the pattern as the user wrote it (shown as the reason) and its compiled form. */
export interface AllowPattern {
  pattern: string;
  regex: RegExp;
}

/** What the filters need besides the finding; all of it is data, none of it touches the filesystem. */
export interface FilterSettings {
  placeholders: PlaceholderSpec;
  /** Regexes tested against the finding's path and its fingerprint (config `allow`). */
  allow: readonly AllowPattern[];
  /** The finding's path as the config's regexes see it: relative to the config's folder (undefined outside it). */
  allowPath: (reportPath: string) => string | undefined;
  /** Fingerprints recorded by `caibo-scan baseline`. */
  baseline: ReadonlySet<string>;
  includeLocalEnv: boolean;
}

/**
 * Why a finding should not count, checked in a fixed order; the first reason wins.
 * Filters mark findings, never drop them, so the summary can count every suppression.
 */
export function suppressionFor(
  finding: Finding,
  candidate: Candidate,
  settings: FilterSettings,
  /** Staged and range scans: the lines the change adds; a key elsewhere was already there. */
  addedLines?: ReadonlySet<number>,
): Suppression | undefined {
  if (addedLines && !addedLines.has(candidate.line)) return { by: 'not-added' };
  const placeholder = placeholderReason(candidate, settings.placeholders);
  if (placeholder) return { by: 'placeholder', detail: placeholder };
  const allowed = allowCommentReason(candidate.lineText, candidate.previousLineText);
  if (allowed !== undefined) return allowed ? { by: 'allow-comment', detail: allowed } : { by: 'allow-comment' };
  const allowPath = settings.allowPath(finding.location.path);
  const allowRule = settings.allow.find(({ regex }) => (allowPath !== undefined && regex.test(allowPath)) || regex.test(finding.fingerprint));
  if (allowRule) return { by: 'config', detail: allowRule.pattern };
  if (settings.baseline.has(finding.fingerprint)) return { by: 'baseline' };
  if (finding.context === 'local-env' && !settings.includeLocalEnv) return { by: 'local-env' };
  return undefined;
}
