import { redactReport } from '../output-guard.js';
import type { Report } from '../types.js';
import { VERSION } from '../version.js';

/** What a caller may set; every field has a default (formatDefaults), so `formatters.json(report)` works. */
export interface FormatOptions {
  /** ANSI colours (text only). Default false. */
  color?: boolean;
  /** --show-secrets: print raw keys instead of redacted ones. Default false. */
  reveal?: boolean;
  /** List suppressed findings too. Default false. */
  showSuppressed?: boolean;
  /** --quiet: findings only, no summary line (text only). Default false. */
  quiet?: boolean;
  /** The tool version written into JSON and SARIF. Default: this package's version. */
  version?: string;
  /** SARIF `automationDetails.id`. */
  sarifCategory?: string;
  /** SARIF `versionControlProvenance`: set by callers that know the one revision scanned (the Action). */
  repository?: { uri: string; revision: string; branch?: string };
  /** When the scan ended, for formats that must carry a time (GitLab, JUnit); defaults to now. */
  now?: Date;
}

/** The options a formatter sees: every default filled in. */
export type ResolvedFormatOptions = Required<Pick<FormatOptions, 'color' | 'reveal' | 'showSuppressed' | 'quiet' | 'version'>> &
  Pick<FormatOptions, 'sarifCategory' | 'repository' | 'now'>;

export const formatDefaults = (options: FormatOptions = {}): ResolvedFormatOptions => ({
  color: false,
  reveal: false,
  showSuppressed: false,
  quiet: false,
  version: VERSION,
  ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
});

/** Formatters are pure: a report in, a string out. The CLI decides where it goes. */
export type Formatter = (report: Report, options: ResolvedFormatOptions) => string;

/**
 * How every formatter is made: unless --show-secrets, it is handed the report with keys redacted
 * from every string (a file named after a key, a commit subject quoting one), so its output holds
 * no key even for library users, who have no output guard behind them. Keys themselves are
 * Secrets: a formatter prints `secret.redacted`, and `secret.reveal()` only when `options.reveal`.
 * test/formatter-redaction.test.ts runs every formatter in the registry against such a report.
 */
export const redacting =
  (format: Formatter): Formatter =>
  (report, options) =>
    format(options.reveal ? report : redactReport(report), options);
