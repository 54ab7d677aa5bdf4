/** caibo-scan as a library: what the CLI and the GitHub Action are built on. */
export { scan, scanEmitted, isFailing, activeFindings, type ScanOptions, type EmittedScanOptions } from './scan.js';
export type { EmittedFile } from './sources/emitted.js';
export { run, type RunIO, type RunResult } from './cli.js';
export { loadRuleset, type Ruleset } from './ruleset/load.js';
export type { PatternSpec, RuleSpec, PlaceholderSpec } from './ruleset/schema.js';
export { formatters, type FormatName, type FormatOptions, type Formatter } from './formatters/index.js';
export { Secret, redact } from './secret.js';
export { CaiboScanError, isCaiboScanError } from './errors.js';
export { VERSION } from './version.js';
export type * from './types.js';
