import type { SourceMapInput } from '@jridgewell/trace-mapping';
import { resolve } from 'node:path';
import { originalPositions } from './context/original-position.js';
import { activeFindings } from './report/findings.js';
import { policyFromDisk } from './policy.js';
import { policyRequest, runPlan, scan, setUpScan, type ScanOptions } from './scan.js';
import { DEFAULT_CONTAINER_LIMITS } from './sources/containers/expand.js';
import { withContainers } from './sources/containers/source.js';
import { emittedPath, emittedSource, type EmittedFile } from './sources/emitted.js';
import type { BuildEnvironment, Finding, Report } from './types.js';

/*
 * Scans of files a bundler emitted, in memory: the build plugins' check, and the library's for any
 * bundler without one. Apart from scan.ts so the CLI never loads the source-map decoder.
 */

/** scanEmitted's options: the file scan's, plus the side of the build the files are for. */
export interface EmittedScanOptions
  extends Pick<ScanOptions, 'cwd' | 'config' | 'rules' | 'failOn' | 'baseline' | 'allow' | 'include' | 'exclude' | 'lineHashes'> {
  /**
   * `client`: every file ships to browsers (a live key is `caibo-live-key-in-client-bundle`);
   * `server`: none does. Unset: each file is judged by its path and content, as the CLI judges it on disk.
   */
  environment?: BuildEnvironment;
  /**
   * The source files the output was built from (the bundler's module list). Minifiers drop comments,
   * so an allow comment (`// caibo-scan:allow`) on a key there also allows that key in the output.
   */
  sources?: readonly string[];
}

/** A scan of emitted files with its config and rules loaded once: what a plugin keeps for a build (or a dev server). */
export type EmittedScanner = (files: readonly EmittedFile[], overrides?: Pick<EmittedScanOptions, 'environment' | 'sources'>) => Promise<Report>;

export function emittedScanner(options: EmittedScanOptions = {}): EmittedScanner {
  const cwd = resolve(options.cwd ?? process.cwd());
  const setup = setUpScan(options, cwd, policyFromDisk(policyRequest(options, cwd, cwd)));
  return async (files, overrides = {}) => {
    const started = performance.now();
    const environment = overrides.environment ?? options.environment;
    const source = emittedSource(files, {
      cwd,
      include: options.include ?? [],
      exclude: [...setup.config.exclude, ...(options.exclude ?? [])],
      ...(environment ? { environment } : {}),
    });
    // Precompressed copies (.gz, .br) and archives among the outputs are opened, as the CLI opens them.
    const report = await runPlan({ mode: 'emitted', root: cwd, source }, withContainers(source, DEFAULT_CONTAINER_LIMITS), setup, options, started);
    nameOriginalModules(report.findings, files, cwd);
    const sources = overrides.sources ?? options.sources ?? [];
    if (sources.length && activeFindings(report).length) await honourSourceAllowComments(report.findings, sources, options, cwd);
    report.stats.durationMs = Math.round(performance.now() - started);
    return report;
  };
}

/**
 * Scans files a bundler emitted, in memory, with the CLI's detector, rules, placeholders, allow
 * comments, `.caibo-scan.json` (found from `cwd`) and baseline: the check behind the build plugins,
 * for any bundler without one. Keys in a file with a `map` name their original module.
 */
export const scanEmitted = (files: readonly EmittedFile[], options: EmittedScanOptions = {}): Promise<Report> =>
  emittedScanner(options)(files);

/** Suppressions an allow comment outranks (pipeline order: the first reason wins). */
const WEAKER_THAN_ALLOW_COMMENT = new Set(['config', 'baseline', 'local-env']);

/** A key the source allows with a comment is allowed in the output the comment was minified out of. */
async function honourSourceAllowComments(findings: Finding[], sources: readonly string[], options: EmittedScanOptions, cwd: string): Promise<void> {
  const { findings: inSources } = await scan({ paths: [...sources], cwd, config: options.config ?? undefined, rules: options.rules ?? [] });
  const allowedAt = new Map<string, Finding>();
  for (const finding of inSources) if (finding.suppressed?.by === 'allow-comment') allowedAt.set(finding.secret.hash, finding);
  for (const finding of findings) {
    const allowed = allowedAt.get(finding.secret.hash);
    if (!allowed || (finding.suppressed && !WEAKER_THAN_ALLOW_COMMENT.has(finding.suppressed.by))) continue;
    const at = `${allowed.location.path}:${allowed.location.line}`;
    finding.suppressed = { by: 'allow-comment', detail: allowed.suppressed?.detail ? `${at}: ${allowed.suppressed.detail}` : at };
  }
}

/** A hit in a file whose source map the bundler handed over names the module it came from. */
function nameOriginalModules(findings: Finding[], files: readonly EmittedFile[], cwd: string): void {
  const tracers = new Map<string, ReturnType<typeof originalPositions>>();
  for (const file of files) {
    if (file.map === undefined) continue;
    const path = emittedPath(cwd, file.path);
    const map = typeof file.map === 'string' ? file.map : (file.map as SourceMapInput);
    tracers.set(path, originalPositions(path, map));
  }
  if (tracers.size === 0) return;
  for (const finding of findings) {
    if (finding.originalSource) continue;
    const origin = tracers.get(finding.location.path)?.(finding.location.line, finding.location.column);
    if (origin) finding.originalSource = origin;
  }
}

