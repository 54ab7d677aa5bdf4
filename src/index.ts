/** caibo-scan as a library: what the CLI and the GitHub Action are built on. */
export { scan, type ScanOptions } from './scan.js';
export { isFailing, activeFindings } from './report/findings.js';
export { scanEmitted, emittedScanner, type EmittedScanOptions, type EmittedScanner } from './scan-emitted.js';
export type { EmittedFile } from './sources/emitted.js';
// The context model (issue 11), for sources and plugins that judge files the walk never sees.
export { exposureOf, type ExposureVerdict } from './context/exposure.js';
export { OUTPUT_LAYOUTS, outputRootOf, type Exposure, type OutputLayout, type OutputRoot, type ProjectFacts } from './context/build-output.js';
export { projectFacts } from './sources/project-facts.js';
export { findProjectRoot } from './sources/project-root.js';
export { scanPack, packedFiles } from './pack.js';
export { run, type RunIO, type RunResult } from './cli.js';
export { loadRuleset, type Ruleset } from './ruleset/load.js';
export type { PatternSpec, PlaceholderSpec } from './ruleset/schema.js';
export { formatters, type FormatName, type FormatOptions, type Formatter } from './formatters/index.js';
export { groupByKey, keyId, type KeyEntry, type KeyLocation } from './report/keys.js';
export { purgePlan, type PurgePlan } from './report/purge-plan.js';
export { createVerifier, type Verifier } from './verify/verify.js';
export { Secret, redact } from './secret.js';
export { CaiboScanError, isCaiboScanError } from './errors.js';
export { VERSION } from './version.js';
export type * from './types.js';
