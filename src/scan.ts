import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import type { ProjectFacts } from './context/build-output.js';
import { classify } from './context/classify.js';
import { compileAllow, type Config } from './config.js';
import { createDetector, type Detector } from './detect/detector.js';
import { candidatesIn } from './detect/candidates.js';
import { suppressionFor, type FilterSettings } from './filters/pipeline.js';
import { lineHashes } from './line-hash.js';
import { compareFindings } from './report/findings.js';
import { decide, fingerprint } from './ruleset/decide.js';
import { policyForRange, policyFromDisk, type Policy, type PolicyRequest } from './policy.js';
import type { Ruleset } from './ruleset/load.js';
import { openRepo, topLevel, type Repo } from './sources/git.js';
import { DEFAULT_CONTAINER_LIMITS, type ContainerLimits } from './sources/containers/expand.js';
import { withContainers } from './sources/containers/source.js';
import { defaultThreads } from './sources/file-workers.js';
import { imageSource } from './sources/image.js';
import { DEFAULT_CRAWL, urlSource, type CrawlOptions } from './sources/url.js';
import { historySource, newCommitsRange, refsOutsideHead, resolveRange, type CommitRange, type GitScanSummary } from './sources/history.js';
import { projectFacts } from './sources/project-facts.js';
import { findProjectRoot, rebaseFrom, type Rebase } from './sources/project-root.js';
import { isCleanFiles, isSkip, type Source } from './sources/source.js';
import { stagedSource } from './sources/staged.js';
import { stdinSource } from './sources/stdin.js';
import { worktreeSource } from './sources/worktree.js';
import { usageError } from './errors.js';
import type { Blob, Finding, PolicySource, Report, ScanMode, Severity, Skip } from './types.js';

/** Progress of a long (history) scan, for the CLI's TTY progress line. */
export interface ScanProgress {
  commits: number;
  blobs: number;
  bytes: number;
}

/** Everything the CLI can ask for; the library takes the same shape. */
export interface ScanOptions {
  /** What to scan: files (default), every commit of a repository, or the staged index. */
  mode?: 'files' | 'history' | 'staged';
  /** history: scan only what the commits in `BASE..HEAD` add (pull requests). */
  range?: string;
  /** history: shorthand for `BASE..HEAD`. */
  since?: string;
  /**
   * history with a range: whose config, baseline and rules judge it. `base` (the default) reads them
   * from the range's base commit, so the change under review cannot rewrite them; `head` uses the
   * files on disk, which the change controls (issue 18).
   */
  policyFrom?: PolicySource;
  /** history: scan only what these tips add beyond what `known` reaches (default: every ref; pre-receive, audit reruns). */
  newCommits?: { tips: string[]; known?: string[] };
  /** history: also scan unreachable (dangling) objects. */
  includeUnreachable?: boolean;
  /** history: stop after this many commits. */
  maxCommits?: number;
  onProgress?: (progress: ScanProgress) => void;
  /** Files or directories to scan (default: ['.']). */
  paths?: string[];
  /** Directory relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
  /** Scan this instead of files: the CLI's `-`. */
  stdin?: Readable | Buffer;
  stdinFilename?: string;
  include?: string[];
  exclude?: string[];
  /** Extra rule directories or files. */
  rules?: string[];
  /** A config file, or false to ignore `.caibo-scan.json`. */
  config?: string | false;
  failOn?: Severity | 'none';
  baseline?: string;
  /** Extra `allow` patterns, as in `.caibo-scan.json`: regexes tested against each finding's path and fingerprint. */
  allow?: string[];
  includeLocalEnv?: boolean;
  followSymlinks?: boolean;
  /** Compute codeql-action's primaryLocationLineHash for each finding (SARIF output wants it). */
  lineHashes?: boolean;
  /** Archives and compressed copies opened inside one another (default 3; 0: none are opened). */
  maxArchiveDepth?: number;
  /** Scan a site as browsers get it (`caibo-scan url`) instead of files: the start URL, hosts, headers and limits. */
  crawl?: Pick<CrawlOptions, 'url'> & Partial<CrawlOptions>;
  /** Scan this container image (a `docker save` tarball or an OCI layout directory) instead of files. */
  image?: string;
  /** Every file scanned is published as it is (`pack`): an env file among them is as exposed as a committed one. */
  shipped?: boolean;
  /**
   * Files scans: worker threads that read and search files (default: the number of cores from 4 up,
   * at most 8; 1: none). Reports are the same whatever the number; scans under 256 files and 16 MB use none.
   */
  threads?: number;
  /** The other container limits (zip bombs); tests lower them. */
  containerLimits?: Partial<ContainerLimits>;
}

/** A source plus how its paths relate to the user's working directory. */
export interface Plan {
  mode: ScanMode;
  /** The absolute directory report paths are relative to: the project root (stdin: the working directory). */
  root: string;
  source: Source;
  /** The build outputs on disk under `root`; none for a bare repository, which has no working tree. */
  facts?: ProjectFacts;
  /** Git scans: refs, commits and blobs covered, and warnings such as a shallow clone. */
  git?: GitScanSummary;
  /** History scans: sets Finding.refs on findings whose commit HEAD lacks. */
  locateRemoved?: (findings: Finding[]) => Promise<void>;
  /** File scans: how many files and directories the include/exclude globs left out. */
  filteredOut?: () => number;
  /** File scans: how many worker threads read the files (0: none). */
  workerThreads?: () => number;
  /** The source opens containers itself (an image's layers): its blobs are not opened again. */
  opensContainers?: boolean;
}

/** A range scan's repository, resolved range and top directory, opened before the policy (which the base holds) is read. */
interface OpenedRange {
  repo: Repo;
  range: CommitRange;
  top: string;
}

async function openRange(options: ScanOptions, cwd: string): Promise<OpenedRange | undefined> {
  if (options.mode !== 'history' || (options.range === undefined && options.since === undefined)) return undefined;
  const repo = await openRepo(resolve(cwd, options.paths?.[0] ?? '.'));
  const [range, top] = await Promise.all([resolveRange(repo, options), topLevel(repo)]);
  return { repo, range, top };
}

/** history and staged: one repository (the first path, default the working directory). */
async function planGitScan(options: ScanOptions, cwd: string, detector: Detector, containerLimits: ContainerLimits, opened?: OpenedRange): Promise<Plan> {
  const dir = resolve(cwd, options.paths?.[0] ?? '.');
  // git's paths are relative to its top-level: the project root findProjectRoot finds too.
  const root = findProjectRoot(dir);
  if (options.mode === 'staged') {
    const source = stagedSource(dir, detector); // opens the repository itself, alongside its first git call
    return { mode: 'staged', root, source, facts: projectFacts(root), git: source.summary };
  }
  const repo = opened?.repo ?? (await openRepo(dir));
  const wantsRange = opened !== undefined;
  /** Full audits: where each key HEAD no longer has lives (a range's or a push's commits are all in its head). */
  const locateRemoved = async (findings: Finding[]) => {
    const removed = findings.filter((f) => f.commit && f.inHead === false);
    const isFullAudit = !wantsRange && !options.newCommits;
    const refs = isFullAudit && removed.length ? await refsOutsideHead(repo, removed.map((f) => f.commit!.sha)) : new Map<string, string[]>();
    for (const finding of removed) {
      const holding = refs.get(finding.commit!.sha);
      if (holding) finding.refs = holding;
    }
  };
  const source = historySource({
    repo,
    detector,
    ...(opened ? { range: opened.range } : options.newCommits ? { range: newCommitsRange(options.newCommits.tips, options.newCommits.known) } : {}),
    includeUnreachable: options.includeUnreachable ?? false,
    ...(options.maxCommits ? { maxCommits: options.maxCommits } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    containerLimits,
  });
  // A bare repository (a mirror, a git server's) has no build outputs on disk: names alone decide.
  if (repo.bare) return { mode: 'history', root: dir, source, git: source.summary, locateRemoved };
  return { mode: 'history', root, source, facts: projectFacts(root), git: source.summary, locateRemoved };
}

/**
 * Git scans see one key in many versions of a file: keep one finding per (path, key), the oldest
 * (sources yield oldest first), preferring one on a line the change adds.
 */
function firstPerPathAndKey(findings: Finding[]): Finding[] {
  const chosen = new Map<string, Finding>();
  for (const finding of findings) {
    const id = `${finding.location.path}\0${finding.secret.hash}`;
    const current = chosen.get(id);
    if (!current || (current.suppressed?.by === 'not-added' && finding.suppressed?.by !== 'not-added')) {
      chosen.set(id, finding);
    }
  }
  return [...chosen.values()];
}

/**
 * Where the scan starts looking for its project: the one directory named, else the working
 * directory when every path is below it, else the deepest folder holding them all.
 */
function scanAnchor(options: ScanOptions, cwd: string): string {
  if (options.stdin) return cwd;
  const paths = (options.paths?.length ? options.paths : ['.']).map((path) => resolve(cwd, path));
  if (paths.length === 1 && isDirectory(paths[0]!)) return paths[0]!;
  const holdsAll = (dir: string) => paths.every((path) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep));
  if (holdsAll(cwd)) return cwd;
  let common = dirname(paths[0]!);
  while (!holdsAll(common)) common = dirname(common);
  return common;
}

/** Where a config's globs and regexes are relative to: its folder, or the project root for --config FILE. */
function configRebase(options: ScanOptions, root: string, config: Config): Rebase {
  return rebaseFrom(root, config.file && !options.config ? dirname(config.file) : root);
}

function planFileScan(options: ScanOptions, cwd: string, anchor: string, root: string, config: Config, detector: Detector): Plan {
  const paths = options.paths?.length ? options.paths : ['.'];
  const cliExclude = options.exclude ?? [];
  const source = worktreeSource({
      root,
      cwd,
      paths,
      include: options.include ?? [],
      // --exclude globs match report paths, and (as before issue 11) paths below the scanned directory.
      exclude: [
        { globs: cliExclude, rebase: (path) => path },
        { globs: anchor === root ? [] : cliExclude, rebase: rebaseFrom(root, anchor) },
        { globs: config.exclude, rebase: configRebase(options, root, config) },
      ],
      followSymlinks: options.followSymlinks ?? false,
      needles: detector.needles,
      shipped: options.shipped ?? false,
      threads: options.threads ?? defaultThreads(),
      patterns: detector.patterns,
  });
  return { mode: 'files', root, facts: projectFacts(root), source, filteredOut: () => source.filteredOut, workerThreads: () => source.workerThreads };
}

/** A path as reports show it: POSIX, relative to cwd when inside it. */
function reportPathOf(cwd: string, given: string): string {
  const path = relative(cwd, resolve(cwd, given));
  return (path.startsWith('..') || isAbsolute(path) ? resolve(cwd, given) : path).split(sep).join('/');
}

/** Where the blobs come from: one source per kind of scan. */
async function planScan(
  options: ScanOptions,
  cwd: string,
  anchor: string,
  root: string,
  config: Config,
  detector: Detector,
  containerLimits: ContainerLimits,
  opened?: OpenedRange,
): Promise<Plan> {
  if (options.stdin) return { mode: 'stdin', root: cwd, source: stdinSource(options.stdin, options.stdinFilename ?? '<stdin>'), facts: projectFacts(cwd) };
  if (options.crawl) return { mode: 'files', root: cwd, source: urlSource({ allowHosts: [], headers: {}, ...DEFAULT_CRAWL, ...options.crawl }) };
  if (options.image !== undefined) {
    const source = imageSource(resolve(cwd, options.image), reportPathOf(cwd, options.image), containerLimits);
    return { mode: 'files', root: cwd, source, opensContainers: true };
  }
  if (options.mode === 'history' || options.mode === 'staged') return planGitScan(options, cwd, detector, containerLimits, opened);
  return planFileScan(options, cwd, anchor, root, config, detector);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Turns each blob's candidates into findings; the only place detect, context, rules and filters meet. */
function findingsIn(original: Blob, detector: Detector, ruleset: Ruleset, filters: FilterSettings, facts: ProjectFacts | undefined, withLineHashes: boolean): Finding[] {
  const { candidates, bytes, transcoded } = candidatesIn(original, detector);
  if (candidates.length === 0) return [];
  const blob = transcoded ? { ...original, bytes } : original;
  const { chunk } = blob;
  const classifications = classify(blob, candidates, facts);
  const { container } = blob.provenance;
  // A line hash locates a line of the file GitHub shows: for a member of an archive there is none.
  const hashes =
    withLineHashes && !chunk && !container ? lineHashes(blob.bytes.toString('utf8'), new Set(candidates.map((c) => c.line))) : undefined;
  return candidates.map((candidate, index) => {
    const { contexts, originalSource } = classifications[index]!;
    const rule = decide(ruleset, candidate.keyType, contexts);
    const { provenance } = blob;
    const path = provenance.path;
    const finding: Finding = {
      ruleId: rule.id,
      severity: rule.severity,
      keyType: candidate.keyType,
      context: rule.context,
      title: rule.title,
      location: {
        path,
        ...(container ? { chain: container.chain } : {}),
        line: candidate.line,
        column: candidate.column,
        endLine: candidate.endLine,
        endColumn: candidate.endColumn,
        ...(candidate.byteOffset !== undefined ? { byteOffset: candidate.byteOffset } : {}),
      },
      secret: candidate.secret,
      fingerprint: fingerprint(rule.id, path, candidate.secret.hash),
      ...(candidate.encoding ? { encoding: candidate.encoding } : {}),
      ...(originalSource ? { originalSource } : {}),
    };
    const lineHash = hashes?.get(candidate.line);
    if (lineHash) finding.lineHash = lineHash;
    if (provenance.kind === 'history' && provenance.commit) {
      finding.commit = provenance.commit;
      finding.inHead = provenance.headKeys?.has(candidate.secret.hash) ?? false;
    }
    const addedLines = provenance.kind === 'history' || provenance.kind === 'staged' ? provenance.addedLines : undefined;
    const suppressed = suppressionFor(finding, candidate, filters, addedLines);
    // In a range every line it reaches here is one the change adds: an allow comment there is the change's own.
    if (suppressed?.by === 'allow-comment' && provenance.kind === 'history' && addedLines) suppressed.addedByChange = true;
    if (suppressed) finding.suppressed = suppressed;
    return finding;
  });
}

/** What every scan sets up from its options before reading a byte: config, rules, baseline, detector, filters. */
export interface ScanSetup {
  config: Config;
  ruleset: Ruleset;
  detector: Detector;
  filters: FilterSettings;
  /** Range scans: what the range changed in the policy (reported, not applied). */
  review?: Policy['review'];
}

/** Where the policy files come from: `anchor` is where the config is looked up from. */
export function policyRequest(options: ScanOptions, cwd: string, anchor: string): PolicyRequest {
  return {
    config: options.config === false ? false : options.config ? resolve(cwd, options.config) : undefined,
    root: anchor,
    ...(options.baseline ? { baseline: resolve(cwd, options.baseline) } : {}),
    rules: (options.rules ?? []).map((dir) => resolve(cwd, dir)),
  };
}

/** `policy`: from disk, or a range's base; `root`: the project root report paths are relative to. */
export function setUpScan(options: ScanOptions, root: string, policy: Policy): ScanSetup {
  const { config, ruleset, baseline, review } = policy;
  const filters: FilterSettings = {
    placeholders: ruleset.placeholders,
    allow: [...config.allow, ...compileAllow(options.allow ?? [], 'allow option')],
    allowPath: configRebase(options, root, config),
    baseline,
    includeLocalEnv: options.includeLocalEnv ?? config.includeLocalEnv ?? false,
  };
  return { config, ruleset, detector: createDetector(ruleset.patterns), filters, ...(review ? { review } : {}) };
}

/** Reads a plan's source (containers opened) to the end and makes the report; the one loop every kind of scan shares. */
export async function runPlan(plan: Plan, source: Source, setup: ScanSetup, options: ScanOptions, started: number): Promise<Report> {
  const { detector, ruleset, filters, config, review } = setup;
  const findings: Finding[] = [];
  const skipped: Skip[] = [];
  let filesScanned = 0;
  let bytesScanned = 0;
  for await (const item of source.blobs()) {
    if (isSkip(item)) {
      skipped.push(item);
      continue;
    }
    if (isCleanFiles(item)) {
      filesScanned += item.files;
      bytesScanned += item.bytes;
      continue;
    }
    if (!item.chunk || item.chunk.fileOffset === 0) filesScanned += 1;
    bytesScanned += item.chunk ? item.chunk.to : item.bytes.length;
    findings.push(...findingsIn(item, detector, ruleset, filters, plan.facts, options.lineHashes ?? false));
  }
  const { git } = plan;
  const filteredOut = plan.filteredOut?.() ?? 0;
  const workerThreads = plan.workerThreads?.() ?? 0;
  if (filesScanned === 0 && skipped.length === 0 && filteredOut > 0) {
    throw usageError(`nothing to scan: the include/exclude globs (flags or config) left out every file found (${filteredOut} left out)`);
  }
  const reported = plan.mode === 'history' ? firstPerPathAndKey(findings) : findings;
  reported.sort(compareFindings);
  await plan.locateRemoved?.(reported);
  return {
    mode: plan.mode,
    root: plan.root,
    findings: reported,
    skipped,
    warnings: git?.warnings ?? [],
    failOn: options.failOn ?? config.failOn ?? 'high',
    rules: ruleset.rules,
    ...(git?.keys ? { keyHistory: git.keys } : {}),
    ...(git?.remote ? { remote: git.remote } : {}),
    patterns: ruleset.patterns,
    ...(review ? { policy: review, newSuppressions: config.newSuppressions ?? 'report' } : {}),
    stats: {
      filesScanned: git ? git.uniqueBlobs : filesScanned,
      bytesScanned: git ? git.bytes : bytesScanned,
      filesSkipped: skipped.length,
      ...(git && plan.mode === 'history' ? { commits: git.commits, refs: git.refs, uniqueBlobs: git.uniqueBlobs } : {}),
      ...(workerThreads ? { workerThreads } : {}),
      durationMs: Math.round(performance.now() - started),
    },
  };
}

/** Scans files (or stdin) for Caibo keys and returns the report; throws CaiboScanError on setup trouble. */
export async function scan(options: ScanOptions = {}): Promise<Report> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? process.cwd());
  const anchor = scanAnchor(options, cwd);
  const root = findProjectRoot(anchor);
  const request = policyRequest(options, cwd, anchor);
  const opened = await openRange(options, cwd);
  if (options.policyFrom && !opened) throw usageError('--policy-from needs --range or --since (only range scans read the policy from the base)');
  // A range with a base judges by the base's policy; `--since DATE` before the first commit has none.
  const base = opened?.range.base;
  const policy =
    opened && base
      ? await policyForRange(request, opened.repo, { ...opened.range, base, top: opened.top }, options.policyFrom ?? 'base')
      : policyFromDisk(request);
  const setup = setUpScan(options, root, policy);
  const containerLimits = { ...DEFAULT_CONTAINER_LIMITS, ...options.containerLimits };
  if (options.maxArchiveDepth !== undefined) containerLimits.maxDepth = options.maxArchiveDepth;
  const plan = await planScan(options, cwd, anchor, root, setup.config, setup.detector, containerLimits, opened);
  const source = plan.opensContainers ? plan.source : withContainers(plan.source, containerLimits);
  return runPlan(plan, source, setup, options, started);
}
