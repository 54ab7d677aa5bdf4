import type { PatternSpec } from './ruleset/schema.js';
import type { Secret } from './secret.js';

/** Ordered from least to most severe; the order is used by --fail-on and sorting. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type KeyType = 'live' | 'test';

/** Where a key sits; decides the rule id and severity (see rules/severity.json). */
export type ContextId =
  | 'client-bundle'
  | 'exposed-env-var'
  | 'url'
  | 'committed-env'
  | 'local-env'
  | 'default';

/** One cell of the (key type, context) table: the public rule id and how bad it is. */
export interface RuleSpec {
  id: string;
  keyType: KeyType;
  context: ContextId;
  severity: Severity;
  precision: 'very-high' | 'high' | 'medium' | 'low';
  title: string;
  description: string;
  /** One line for text output. */
  remediation: string;
  /** Steps, in order, for SARIF help and job summaries. */
  help: string[];
}

/** How git sees a working-tree file; set by the source, never looked up by classifiers. */
export type GitStatus = 'tracked' | 'ignored' | 'untracked' | 'no-repo';

export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  date: string;
  subject: string;
}

/**
 * Set on blobs read out of an archive or a compressed copy (issue 15). The report path is the chain
 * joined with `!/` (`release.zip!/app/dist/main.js`); the context is judged by `contextPath`.
 */
export interface ContainerPath {
  /** The outer file's path, then each member's path inside its container. */
  chain: string[];
  /** The member's path inside its archive; for a compressed copy, the asset's (`dist/app.js.gz` → `dist/app.js`). */
  contextPath: string;
  /** contextPath is a path of the project on disk (a compressed copy of a project file), not one inside an archive. */
  inProject: boolean;
}

/** Where a blob came from. Classifiers read it; only sources set it. */
export type Provenance = (
  | { kind: 'worktree'; path: string; git: GitStatus }
  | { kind: 'stdin'; path: string }
  /** Fetched from a site (`caibo-scan url`): the path is the URL; whatever a site serves reaches browsers. */
  | { kind: 'url'; path: string }
  /**
   * A file a bundler emitted, handed over in memory (build plugins, scanEmitted). `environment` is
   * what the bundler knows for certain: client output ships to browsers, server output never does.
   */
  | { kind: 'emitted'; path: string; environment?: BuildEnvironment }
  | { kind: 'staged'; path: string; addedLines?: ReadonlySet<number> }
  | {
      kind: 'history';
      path: string;
      blobId: string;
      /** The commit that introduced this blob at this path (absent for unreachable blobs). */
      commit?: CommitInfo;
      /** Hashes of the keys HEAD's version of this path still holds, for Finding.inHead. */
      headKeys?: ReadonlySet<string>;
      /** Range scans: the lines the introducing commit added; keys elsewhere are not the range's. */
      addedLines?: ReadonlySet<number>;
    }
) & { container?: ContainerPath };

/** Which side a build's output runs on, as the bundler says (Vite `consumer`, webpack `target`, esbuild `platform`). */
export type BuildEnvironment = 'client' | 'server';

/** Where a streamed chunk sits in its file, and which of its keys it owns (chunks overlap). */
export interface ChunkPosition {
  /** Offset of bytes[0] in the file. */
  fileOffset: number;
  /** Line and column of bytes[0]. */
  origin: { line: number; column: number };
  /** Report keys starting before `to`: the overlap after it belongs to the next chunk. */
  to: number;
  isBinary: boolean;
}

/** The unit every source yields: bytes plus where they came from. */
export interface Blob {
  provenance: Provenance;
  bytes: Buffer;
  /** Set on chunks of files too large to hold whole. */
  chunk?: ChunkPosition;
  /** The source searched for every encoded needle and found none: no key hides one encoding deep. */
  hasNoEncodedNeedle?: true;
}

export type SkipReason =
  | 'too-large'
  | 'unreadable'
  | 'symlink'
  | 'symlink-loop'
  | 'not-a-file'
  | 'vanished'
  /** A git object the repository does not have (a partial clone, a corrupt or trimmed mirror). */
  | 'missing-object'
  /** A container's size, member-count or expansion-ratio limit (a zip bomb): the rest of it is not read. */
  | 'archive-limit'
  /** A container nested deeper than --max-archive-depth: scanned as raw bytes, not opened. */
  | 'archive-depth'
  /** A corrupt or encrypted container or member. */
  | 'archive-unreadable'
  /** A compression this Node cannot read (bzip2; zstd before Node 22.15). */
  | 'archive-unsupported'
  /** `url`: the crawl's time, byte or request limit; the URLs left were not fetched. */
  | 'crawl-limit';

/** A file the scan could not read, or chose not to; counted and shown, never silent. */
export interface Skip {
  path: string;
  reason: SkipReason;
  detail?: string;
}

/**
 * Files a source searched itself and found no needle in (issue 6): counted as scanned, never handed
 * over as blobs, so the scan pays nothing per clean file.
 */
export interface CleanFiles {
  kind: 'clean';
  files: number;
  bytes: number;
}

/** Text encodings a key was found through, besides plain bytes. */
export type Encoding = 'base64' | 'percent' | 'js-escape' | 'utf16';

/** A detector hit: a key-shaped token at a location, before any context or filtering. */
export interface Candidate {
  patternId: string;
  keyType: KeyType;
  secret: Secret;
  /** Length of the pattern's literal prefix; the rest of the key is its body. */
  prefixLength: number;
  /** Byte offsets into the blob's bytes (for encoded keys: the encoded text). */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Set when the file looks binary: lines are meaningless there, the byte offset is not. */
  byteOffset?: number;
  encoding?: Encoding;
  /** Up to a few KB of the key's line around it, and the tail of the line before (for allow comments). */
  lineText: string;
  keyIndexInLine: number;
  previousLineText: string;
}

export type SuppressionReason =
  | 'placeholder'
  | 'allow-comment'
  | 'baseline'
  | 'config'
  | 'local-env'
  | 'not-added';

export interface Suppression {
  by: SuppressionReason;
  detail?: string;
  /** Range scans: an allow comment on a line the change adds, so the change allows its own key (issue 18). */
  addedByChange?: true;
}

/** What a range does with the keys it allows itself (config `newSuppressions`). */
export type NewSuppressions = 'fail' | 'report';

export interface Location {
  path: string;
  /** Inside containers: the outer file's path, then each member's path (`path` is them joined with `!/`). */
  chain?: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  byteOffset?: number;
}

/** A candidate after context and rules: what reporters print. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  keyType: KeyType;
  context: ContextId;
  title: string;
  location: Location;
  secret: Secret;
  fingerprint: string;
  encoding?: Encoding;
  /** For keys inside a source map's sourcesContent: the original file the key came from. */
  originalSource?: string;
  commit?: CommitInfo;
  inHead?: boolean;
  /** History: when HEAD's history lacks the introducing commit, the refs that hold it (where the key lives). */
  refs?: string[];
  /** codeql-action's primaryLocationLineHash, computed by the scan when SARIF is asked for. */
  lineHash?: string;
  suppressed?: Suppression;
}

/** History audits: where one key sits in the repository's refs, and when it was seen. */
export interface KeyHistory {
  /** Refs whose history holds the key: a commit that wrote it is an ancestor of the ref. */
  refs: string[];
  /** Refs whose tip commit still holds the key. */
  tipRefs: string[];
  /** The oldest commit that wrote the key. */
  firstSeen?: CommitInfo;
  /** The newest commit seen holding it: one that wrote it, or a ref tip that still holds it. */
  lastSeen?: CommitInfo;
  /** When no ref tip holds it any more: the newest commit that removed it from a file (deleted or edited it out). */
  removed?: CommitInfo;
}

/** --verify: what Caibo's API said about a key. */
export type VerifyOutcome = 'active' | 'inactive' | 'unknown';
export interface Verification {
  outcome: VerifyOutcome;
  /** Why: the status seen, a timeout, a network error (never the key). */
  reason: string;
  status?: number;
}

export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  filesSkipped: number;
  commits?: number;
  refs?: number;
  uniqueBlobs?: number;
  /** Files scans that read files in worker threads: how many (reports are the same without them; `--debug` prints it). */
  workerThreads?: number;
  durationMs: number;
}

export type ScanMode = 'files' | 'stdin' | 'staged' | 'history' | 'emitted';

/** Range scans judge by the base revision's policy unless told `head` (issue 18). */
export type PolicySource = 'base' | 'head';

/** One thing a range changes in the scan's own policy; `weakens` when it could hide a finding. */
export interface PolicyChange {
  file: string;
  kind: 'config' | 'baseline' | 'rules';
  detail: string;
  weakens: boolean;
}

/** Range scans: whose policy the scan used, and what the range changes in it (reported either way). */
export interface PolicyReview {
  from: PolicySource;
  /** The base commit the policy was read from. */
  revision: string;
  changes: PolicyChange[];
}

/** Everything a formatter needs; formatters never touch the filesystem. */
export interface Report {
  mode: ScanMode;
  /**
   * The absolute project root every `location.path` is relative to (issue 11: the git top-level,
   * else the nearest package.json or framework config folder). For the Action and plugins; never printed.
   */
  root?: string;
  /** Every finding, including suppressed ones (marked, never dropped). */
  findings: Finding[];
  skipped: Skip[];
  warnings: string[];
  stats: ScanStats;
  failOn: Severity | 'none';
  /** Every rule the scan could report (SARIF lists them all; text prints their remediation). */
  rules: RuleSpec[];
  /** Range scans only. */
  policy?: PolicyReview;
  /** Range scans only: whether the keys the change allows itself fail the scan. */
  newSuppressions?: NewSuppressions;
  /** Full history audits: each key's refs and first/last commits, by Secret.hash (report/keys.ts groups by it). */
  keyHistory?: ReadonlyMap<string, KeyHistory>;
  /** Full history audits: the `origin` remote (no credentials), for links to the forge. */
  remote?: string;
  /** --verify: each checked key's outcome, by Secret.hash. */
  verification?: ReadonlyMap<string, Verification>;
  /**
   * Every key pattern the scan searched for: formatters redact these wherever they turn up (a path,
   * a commit subject). scan() sets it; a report built by hand gets the built-in patterns.
   */
  patterns?: PatternSpec[];
}
