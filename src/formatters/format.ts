import type { Report } from '../types.js';

export interface FormatOptions {
  color: boolean;
  /** --show-secrets: print raw keys instead of redacted ones. */
  reveal: boolean;
  showSuppressed: boolean;
  version: string;
  /** SARIF `automationDetails.id`. */
  sarifCategory?: string;
  /** SARIF `versionControlProvenance`: set by callers that know the one revision scanned (the Action). */
  repository?: { uri: string; revision: string; branch?: string };
  /** When the scan ended, for formats that must carry a time (GitLab, JUnit); defaults to now. */
  now?: Date;
}

/** Formatters are pure: a report in, a string out. The CLI decides where it goes. */
export type Formatter = (report: Report, options: FormatOptions) => string;
