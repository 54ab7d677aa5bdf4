import { createDetector } from './detect/detector.js';
import { loadRuleset } from './ruleset/load.js';
import type { PatternSpec } from './ruleset/schema.js';
import type { Report } from './types.js';

/**
 * Redacts every key `patterns` finds in a string. Used twice: by every formatter on the report it is
 * given (see redactReport), and as the last line of defence on every string the CLI is about to
 * write (stdout, stderr, the --output file) unless --show-secrets. Keys can reach output without
 * being a Secret: a file or directory named after a key, a commit subject quoting one, a rule file
 * echoing a bad value in its error. Text without a needle costs one search.
 */
export function keyRedactor(patterns: readonly PatternSpec[]): (text: string) => string {
  const detector = createDetector(patterns);
  return (text) => {
    if (!detector.needles.some((needle) => text.includes(needle))) return text;
    const bytes = Buffer.from(text, 'utf8');
    const candidates = detector.findCandidates(bytes, { isBinary: false });
    if (candidates.length === 0) return text;
    let redacted = '';
    let last = 0;
    for (const candidate of candidates) {
      redacted += bytes.toString('utf8', last, candidate.start) + candidate.secret.redacted;
      last = candidate.end;
    }
    return redacted + bytes.toString('utf8', last);
  };
}

/** For error messages, which can echo user input (a rule value, a path) before any scan: the built-in patterns. */
export function builtinKeyRedactor(): (text: string) => string {
  try {
    return keyRedactor(loadRuleset().patterns);
  } catch {
    // The built-in rules themselves failed to load: that message holds no key.
    return (text) => text;
  }
}

/** Redacts the keys of every pattern the report's scan used (the built-in ones for a report built by hand). */
export const reportKeyRedactor = (report: Report) => (report.patterns ? keyRedactor(report.patterns) : builtinKeyRedactor());

/** Copies plain data with every string redacted; class instances (the findings' Secrets) are kept as they are. */
function redactStrings<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactStrings(item, redact)) as T;
  // Per-key facts (Report.keyHistory, .verification) are Maps keyed by key hash: their values hold commit subjects.
  if (value instanceof Map) return new Map([...value].map(([name, field]) => [name, redactStrings(field, redact)])) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, redactStrings(field, redact)])) as T;
  }
  return value;
}

/**
 * The report with every key redacted from every string in it: paths, commit subjects and authors,
 * warnings, skip and suppression details. Keys themselves are Secrets and redact themselves. Done
 * on the report, before a formatter escapes anything (Markdown's `\_`, XML entities, percent-encoded
 * URIs), so no output format can carry a key past it.
 */
export function redactReport(report: Report): Report {
  return { ...redactStrings(report, reportKeyRedactor(report)), ...(report.patterns ? { patterns: report.patterns } : {}) };
}
