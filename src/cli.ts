import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { isCaiboScanError, outputError, usageError } from './errors.js';
import { formatters, type FormatName } from './formatters/index.js';
import { isFailing, isIncomplete } from './report/findings.js';
import { scan, type ScanOptions } from './scan.js';
import { scanStagedFiles } from './staged-files.js';
import { scanPack } from './pack.js';
import { parseRefUpdates, planPush, readAll } from './pre-receive.js';
import { audit, auditExitCode, formatAudit, mergeAudits, type AuditReport } from './audit.js';
import { readFile } from 'node:fs/promises';
import { argvProblem, closest, COMMANDS, quickParse } from './cli-options.js';
import type { PolicySource, Report, Severity } from './types.js';
import { VERSION } from './version.js';
import { sarifTruncationWarning } from './formatters/sarif.js';
import { findingsLine, formatBytes, plural, summarise } from './formatters/summary.js';
import { builtinKeyRedactor, reportKeyRedactor } from './output-guard.js';
import { printable } from './printable.js';
import { purgePlan } from './report/purge-plan.js';
import { groupByKey } from './report/keys.js';
import { createVerifier } from './verify/verify.js';

/** Progress lines are redrawn at most this often. */
const PROGRESS_INTERVAL_MS = 100;

export interface RunIO {
  stdin?: Readable | Buffer;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Is stdout a terminal? Decides colours and progress output. */
  isTTY?: boolean;
  /** The terminal's width, for --help (80 when stdout is not a terminal). */
  columns?: number;
  /** Shows a live progress line (bin.ts passes one only when stderr is a terminal). */
  progress?: (line: string) => void;
}

export interface RunResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** Writes via a temp file and rename: a killed scan never leaves a half report that looks clean. */
async function writeAtomically(file: string, content: string): Promise<void> {
  // Like eslint's --output-file: a missing directory is created (reports/caibo.sarif in a fresh CI checkout).
  await mkdir(dirname(file), { recursive: true }).catch(() => undefined); // the write below reports why it failed
  const temp = join(dirname(file), `.${basename(file)}.${process.getBuiltinModule('node:crypto').randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { mode: 0o600 });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined); // under a file, not a directory: rm fails the same way
    throw outputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function useColor(flag: unknown, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (typeof flag === 'boolean') return flag; // --color / --no-color win over the environment
  if ('NO_COLOR' in env && env.NO_COLOR !== '') return false;
  if ('FORCE_COLOR' in env) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

const WARN_ON_SKIP = new Set(['unreadable', 'vanished', 'symlink-loop', 'archive-limit', 'archive-depth', 'archive-unreadable', 'archive-unsupported', 'crawl-limit', 'too-large']);

/** Notes for stderr: never a key, always one line each. */
function warningsFor(report: Report, showSecrets: boolean, format: string): string[] {
  const lines = report.warnings.map((w) => `caibo-scan: warning: ${w}`);
  for (const skip of report.skipped) {
    if (WARN_ON_SKIP.has(skip.reason)) lines.push(`caibo-scan: warning: skipped ${printable(skip.path)}: ${skip.reason}${skip.detail ? ` (${printable(skip.detail)})` : ''}`);
  }
  const truncated = format === 'sarif' ? sarifTruncationWarning(report) : undefined;
  if (truncated) lines.push(`caibo-scan: warning: ${truncated}`);
  if (showSecrets) lines.push('caibo-scan: warning: --show-secrets printed raw keys; do not share this output');
  return lines;
}

/** Errors can echo user input (a rule value, a path): redacted with the built-in patterns unless --show-secrets. */
const errorGuard = (argv: string[]): ((text: string) => string) => (argv.includes('--show-secrets') ? (text) => text : builtinKeyRedactor());

/** `history` and `staged`: the mode, the range flags and, on a terminal, a throttled progress line. */
function gitOptions(command: 'history' | 'staged', args: Record<string, unknown>, progress?: (line: string) => void): ScanOptions {
  const options: ScanOptions = { mode: command };
  if (args.range !== undefined) options.range = String(args.range);
  if (args.since !== undefined) options.since = String(args.since);
  if (args.policyFrom !== undefined) options.policyFrom = args.policyFrom as PolicySource;
  if (args.includeUnreachable) options.includeUnreachable = true;
  if (args.maxCommits !== undefined) options.maxCommits = args.maxCommits as number;
  if (progress) {
    const started = performance.now();
    let shownAt = 0;
    options.onProgress = ({ commits, blobs, bytes }) => {
      const now = performance.now();
      if (now - shownAt < PROGRESS_INTERVAL_MS) return;
      shownAt = now;
      const rate = bytes / 1024 / 1024 / Math.max((now - started) / 1000, 0.001);
      progress(`${plural(commits, 'commit')}, ${plural(blobs, 'blob')}, ${formatBytes(bytes)} (${rate.toFixed(1)} MB/s)`);
    };
  }
  return options;
}

/**
 * --verify: one request per distinct key (test keys only with --verify-test-keys) to Caibo's API.
 * CAIBO_SCAN_TEST_VERIFY_ORIGIN points it at a loopback test server; any other host is refused.
 */
async function withVerification(report: Report, includeTestKeys: boolean, env: NodeJS.ProcessEnv): Promise<Report> {
  const secrets = groupByKey(report)
    .filter((k) => k.keyType === 'live' || includeTestKeys)
    .map((k) => k.secret);
  const testOrigin = env.CAIBO_SCAN_TEST_VERIFY_ORIGIN;
  const verifier = createVerifier({ userAgent: `caibo-scan/${VERSION}`, ...(testOrigin ? { testOrigin } : {}) });
  return { ...report, verification: await verifier.verify(secrets) };
}

const isCI = (env: NodeJS.ProcessEnv) => Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';

/**
 * history --purge-plan FILE: the one output with raw keys (git filter-repo needs them), so it is
 * written mode 0600, announced loudly, and refused on an unattended CI run unless --yes.
 */
async function writePurgePlan(report: Report, repoDir: string, replaceFile: string): Promise<{ steps: string; warning?: string }> {
  const plan = purgePlan(report, { repoDir, replaceFile });
  if (plan.keys.length === 0) return { steps: 'caibo-scan purge plan: no keys found, nothing to purge\n' };
  await writeAtomically(replaceFile, plan.replaceText);
  const warning = `caibo-scan: WARNING: ${replaceFile} holds ${plan.keys.length} RAW KEY${plan.keys.length === 1 ? '' : 'S'} (mode 0600). Never commit or share it; delete it once the purge is done.`;
  return { steps: plan.steps, warning };
}

const positive = (value: unknown, flag: string): number | undefined => {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && value > 0 && Number.isFinite(value)) return value;
  throw usageError(`--${flag} must be a positive number`);
};

/** `url`: the start URL, allowed hosts, headers (`Name: value`) and limits from the flags. */
function crawlOptions(args: Record<string, unknown>): NonNullable<ScanOptions['crawl']> {
  if (args.url === undefined) throw usageError('url: name the start page, e.g. caibo-scan url https://shop.example.com');
  const headers: Record<string, string> = {};
  for (const header of (args.header as string[] | undefined) ?? []) {
    const colon = header.indexOf(':');
    if (colon < 1) throw usageError("--header must be 'Name: value'");
    headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
  }
  const maxPages = positive(args.maxPages, 'max-pages');
  const maxBytes = positive(args.maxBytes, 'max-bytes');
  const timeout = positive(args.timeout, 'timeout');
  const concurrency = positive(args.concurrency, 'concurrency');
  return {
    url: String(args.url),
    allowHosts: (args.allowHost as string[] | undefined) ?? [],
    headers,
    ...(maxPages ? { maxPages: Math.floor(maxPages) } : {}),
    ...(maxBytes ? { maxTotalBytes: maxBytes * 1024 * 1024, maxResponseBytes: Math.min(maxBytes, 20) * 1024 * 1024 } : {}),
    ...(timeout ? { requestTimeoutMs: timeout * 1000, totalTimeoutMs: timeout * 12_000 } : {}),
    ...(concurrency ? { concurrency: Math.ceil(concurrency) } : {}),
  };
}

const PUSH_REJECTED =
  'caibo-scan: push rejected: remove the key from the pushed commits (amend or rebase them) and push again; a live key that left your machine must be rotated';

/** pre-receive: git's ref updates on standard input, and whether the pusher may skip the check. */
async function preReceivePlan(io: RunIO, env: NodeJS.ProcessEnv, allowSkip: boolean) {
  if (!io.stdin) throw usageError('pre-receive reads the ref updates git passes on standard input; run it as hooks/pre-receive');
  return planPush(parseRefUpdates(await readAll(io.stdin)), env, allowSkip);
}

/** `audit` and `merge`: many repositories, reported as JSON or text. */
async function auditCommand(command: 'audit' | 'merge', args: Record<string, unknown>, cwd: string): Promise<RunResult> {
  const format = args.format as string;
  if (format !== 'json' && format !== 'text') throw usageError(`${command} writes --format json or text, not ${format}`);
  let report: AuditReport;
  if (command === 'merge') {
    const read = async (file: string) => {
      try {
        return JSON.parse(await readFile(resolve(cwd, file), 'utf8')) as AuditReport;
      } catch {
        throw usageError(`merge: ${file} is not a readable JSON report`);
      }
    };
    report = mergeAudits(await Promise.all((args.reports as string[]).map(read)));
  } else {
    report = await audit({
      list: String(args.list),
      cache: String(args.cache),
      cwd,
      ...(args.shard !== undefined ? { shard: String(args.shard) } : {}),
      ...(args.jobs !== undefined ? { jobs: args.jobs as number } : {}),
      ...(args.rules ? { rules: args.rules as string[] } : {}),
      ...(args.config === false ? { config: false as const } : args.config ? { config: String(args.config) } : {}),
      ...(args.failOn ? { failOn: args.failOn as Severity | 'none' } : {}),
    });
  }
  // Findings were redacted when each repository was scanned; the guard stays the second line of defence.
  const text = builtinKeyRedactor()(formatAudit(report, format));
  const errors = report.repositories.filter((r) => r.error).map((r) => `caibo-scan: ${printable(r.name)}: ${printable(r.error!)}\n`);
  if (args.output) await writeAtomically(resolve(cwd, String(args.output)), text);
  return { exitCode: auditExitCode(report), stdout: args.output ? '' : text, stderr: errors.join('') };
}

/** The whole CLI, in-process: argv in, exit code and output out. bin.ts only writes the result. */
export async function run(argv: string[], io: RunIO = {}): Promise<RunResult> {
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  let debug = false;
  try {
    // yargs drops a lone `-`, so standard input is recognised before parsing.
    const readsStdin = argv.includes('-');
    const words = readsStdin ? argv.filter((a) => a !== '-') : argv;
    const problem = argvProblem(words);
    if (problem) throw usageError(problem);
    debug = words.includes('--debug');
    let args = quickParse(words);
    if (!args) {
      // Help, errors and unusual forms: yargs, loaded only now (it is most of the CLI's start-up).
      const parsed = await (await import('./cli-parser.js')).parse(words, cwd, io.isTTY && io.columns ? io.columns : 80);
      if (parsed.error) throw isCaiboScanError(parsed.error) ? parsed.error : usageError(parsed.error.message);
      if (parsed.output) return { exitCode: 0, stdout: `${parsed.output}\n`, stderr: '' };
      args = parsed.args!;
    }
    debug = Boolean(args.debug);

    const command = COMMANDS.find((c) => c === String((args._ as unknown[])[0])) ?? 'scan';
    const stagedFiles = command === 'staged' ? ((args.files as string[] | undefined) ?? []) : [];
    const paths = (args.paths as string[] | undefined) ?? [];
    const misspelt = command === 'scan' && paths[0] !== undefined && !existsSync(resolve(cwd, paths[0])) ? closest(paths[0], COMMANDS) : undefined;
    if (misspelt) throw usageError(`${paths[0]}: no such file or directory, and no command (did you mean \`caibo-scan ${misspelt}\`?)`);
    if (readsStdin && paths.length > 0) throw usageError('`-` (standard input) cannot be combined with other paths');
    if (readsStdin && !io.stdin) throw usageError('no standard input to read');
    if (args.range !== undefined && args.since !== undefined) throw usageError('use --range or --since, not both');
    if (args.purgePlan !== undefined && args.format !== 'text' && args.output === undefined) {
      throw usageError(`--purge-plan prints its steps on stdout: write the ${String(args.format)} report with --output FILE`);
    }
    if (args.purgePlan !== undefined && isCI(env) && !io.isTTY && !args.yes) {
      throw usageError('--purge-plan writes raw keys to a file; on a CI run without a terminal add --yes to allow it');
    }
    const maxCommits = args.maxCommits as number | undefined;
    if (maxCommits !== undefined && !(Number.isInteger(maxCommits) && maxCommits > 0)) {
      throw usageError('--max-commits must be a positive whole number');
    }

    const maxArchiveDepth = args.maxArchiveDepth as number | undefined;
    if (maxArchiveDepth !== undefined && !(Number.isInteger(maxArchiveDepth) && maxArchiveDepth >= 0)) {
      throw usageError('--max-archive-depth must be a whole number, 0 or more');
    }

    const threads = args.threads as number | undefined;
    if (threads !== undefined && !(Number.isInteger(threads) && threads > 0)) throw usageError('--threads must be a positive whole number');

    const format: FormatName = command === 'baseline' ? 'baseline' : (args.format as FormatName);
    if (command === 'audit' || command === 'merge') return await auditCommand(command, args, cwd);
    const push = command === 'pre-receive' ? await preReceivePlan(io, env, Boolean(args.allowSkip)) : undefined;
    if (push && push.tips.length === 0) {
      const notes = [...push.notes, ...(push.skippedBy ? [`skipped by ${push.skippedBy}`] : ['nothing to scan'])];
      return { exitCode: 0, stdout: '', stderr: notes.map((note) => `caibo-scan: ${note}\n`).join('') };
    }
    const options: ScanOptions = {
      ...(command === 'history' || command === 'staged' ? gitOptions(command, args, io.progress) : {}),
      ...(push ? { mode: 'history', newCommits: { tips: push.tips } } : {}),
      paths: readsStdin ? [] : command === 'history' || push ? [(args.repo as string | undefined) ?? '.'] : paths,
      cwd,
      ...(readsStdin ? { stdin: io.stdin!, stdinFilename: (args.stdinFilename as string | undefined) ?? '<stdin>' } : {}),
      include: (args.include as string[] | undefined) ?? [],
      exclude: (args.exclude as string[] | undefined) ?? [],
      rules: (args.rules as string[] | undefined) ?? [],
      config: args.config === false ? false : (args.config as string | undefined),
      failOn: args.failOn as Severity | 'none' | undefined,
      baseline: args.baseline as string | undefined,
      includeLocalEnv: args.includeLocalEnv as boolean | undefined,
      followSymlinks: Boolean(args.followSymlinks),
      lineHashes: format === 'sarif',
      ...(maxArchiveDepth !== undefined ? { maxArchiveDepth } : {}),
      ...(threads !== undefined ? { threads } : {}),
    };
    if (command === 'url') options.crawl = crawlOptions(args);
    if (command === 'image') {
      if (args.image === undefined) throw usageError('image: name a docker save tarball or an OCI layout directory');
      options.image = args.image as string;
    }
    if ((args.verifyTestKeys || args.failOnActive) && !args.verify) throw usageError('--verify-test-keys and --fail-on-active need --verify');
    const scanned =
      command === 'pack'
        ? await scanPack((args.target as string | undefined) ?? '.', options)
        : stagedFiles.length
          ? await scanStagedFiles(stagedFiles, options)
          : await scan(options);
    const report = args.verify ? await withVerification(scanned, Boolean(args.verifyTestKeys), env) : scanned;
    const outputFile = args.output as string | undefined;
    const showSecrets = Boolean(args.showSecrets);
    // Second line of defence behind the formatters' own redaction, with every pattern the scan used (config rules too).
    const guard = showSecrets ? (text: string) => text : reportKeyRedactor(report);
    const text = guard(
      formatters[format](report, {
        color: !outputFile && format === 'text' && useColor(args.color, env, io.isTTY ?? false),
        quiet: Boolean(args.quiet),
        reveal: showSecrets,
        showSuppressed: Boolean(args.showSuppressed),
        version: VERSION,
        ...(args.sarifCategory ? { sarifCategory: args.sarifCategory as string } : {}),
      }),
    );
    const stderr = warningsFor(report, showSecrets, format).map(guard);
    let stdout = text;
    // An incomplete scan is an error even with findings: the report is written, but never passes as complete.
    const incomplete = command !== 'baseline' && isIncomplete(report);
    if (incomplete) stderr.push('caibo-scan: error: the scan is incomplete: git objects are missing (see the warnings); the report holds what was scanned');
    const activeOrUnknown = [...(report.verification?.values() ?? [])].some((v) => v.outcome !== 'inactive');
    const exitCode = command === 'baseline' ? 0 : incomplete ? 2 : isFailing(report) || (args.failOnActive && activeOrUnknown) ? 1 : 0;
    if (outputFile) {
      await writeAtomically(resolve(cwd, outputFile), text);
      stdout = '';
      // The report went to a file: a failing run still says why on stderr (a CI log shows something).
      if (exitCode === 1) stderr.push(`caibo-scan: ${findingsLine(summarise(report))}, fail-on ${report.failOn}; report written to ${printable(outputFile)}`);
    }
    if (args.purgePlan !== undefined) {
      const { steps, warning } = await writePurgePlan(report, resolve(cwd, options.paths![0]!), resolve(cwd, String(args.purgePlan)));
      stdout += guard(steps);
      if (warning) stderr.push(warning);
    }
    if (debug) stderr.push(`caibo-scan: debug: ${report.stats.workerThreads ? `files read by ${report.stats.workerThreads} worker threads` : 'files read on one thread'} in ${report.stats.durationMs} ms`);
    if (push) stderr.push(...push.notes.map((note) => `caibo-scan: ${note}`), ...(exitCode ? [PUSH_REJECTED] : []));
    return { exitCode, stdout, stderr: stderr.map((l) => `${l}\n`).join('') };
  } catch (error) {
    // One line whatever the message holds (a JSON parser's error quotes the file, line breaks included).
    const message = (isCaiboScanError(error) ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`).replace(/\r?\n/g, '\\n');
    const hint = isCaiboScanError(error) && error.code === 'usage' ? '; see caibo-scan --help' : '';
    const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
    return { exitCode: 2, stdout: '', stderr: errorGuard(argv)(`caibo-scan: ${message}${hint}${stack}\n`) };
  }
}
