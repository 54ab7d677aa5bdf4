import { createDetector } from './detect/detector.js';
import type { PatternSpec } from './ruleset/schema.js';

/**
 * The last line of defence behind Secret's self-redaction: every string the CLI is about to write
 * (stdout, stderr, the --output file) passes through this unless --show-secrets. Keys can reach
 * output without being a Secret: a file or directory named after a key, a commit subject quoting
 * one, a rule file echoing a bad value in its error. Output without a needle costs one search.
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
