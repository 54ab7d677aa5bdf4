import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { dirname, posix, relative, resolve, sep } from 'node:path';
import { FAIL_ON } from '../config.js';
import { isCaiboScanError, usageError } from '../errors.js';
import { formatDefaults, type FormatOptions } from '../formatters/format.js';
import { annotation } from '../formatters/github.js';
import { formatSarif, sarifTruncationWarning } from '../formatters/sarif.js';
import { plural } from '../formatters/summary.js';
import { builtinKeyRedactor, redactReport } from '../output-guard.js';
import { activeFindings, isFailing, isIncomplete } from '../report/findings.js';
import { scan, type ScanOptions } from '../scan.js';
import type { Report, Severity } from '../types.js';
import { VERSION } from '../version.js';
import { ACTION_MODES, planScan, type ActionMode, type EventPayload, type ScanPlan } from './plan.js';
import { appendSummary, command, getBooleanInput, getInput, setOutputs } from './runner.js';
import { jobSummary } from './summary.js';

/**
 * The GitHub Action: picks what to scan from the event, scans through the library, then writes
 * annotations, the job summary, the SARIF file and the step outputs, all before the step fails.
 */
interface Inputs {
  path: string;
  mode: ActionMode;
  /** Unset (the input's empty default): the config's failOn, else high, as on the CLI. */
  failOn?: Severity | 'none';
  config: string;
  baseline: string;
  sarifFile: string;
  annotations: boolean;
  summary: boolean;
}

/** `{ name: value }`, or nothing for undefined (exactOptionalPropertyTypes). */
const optional = <K extends string, V>(name: K, value: V | undefined) => (value === undefined ? {} : ({ [name]: value } as Record<K, V>));

function readInputs(env: NodeJS.ProcessEnv): Inputs {
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined => {
    const value = getInput(name, env) || fallback;
    if (value === undefined) return undefined;
    if (!allowed.includes(value as T)) throw usageError(`input ${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return value as T;
  };
  return {
    path: getInput('path', env) || '.',
    mode: oneOf('mode', ACTION_MODES, 'auto')!,
    ...optional('failOn', oneOf('fail-on', FAIL_ON)),
    config: getInput('config', env),
    baseline: getInput('baseline', env),
    sarifFile: getInput('sarif-file', env),
    annotations: getBooleanInput('annotations', env, true),
    summary: getBooleanInput('summary', env, true),
  };
}

function readEvent(env: NodeJS.ProcessEnv): EventPayload {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
  } catch (error) {
    throw usageError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`);
  }
}

/**
 * Annotations and SARIF need workspace-relative paths; report paths are relative to the project
 * root, which is the workspace when it is a git checkout (the usual case) and may be below it otherwise.
 */
function relativeToWorkspace(report: Report, workspace: string): void {
  const prefix = report.root ? relative(workspace, report.root).split(sep).join('/') : '';
  if (!prefix) return;
  for (const finding of report.findings) finding.location.path = posix.join(prefix, finding.location.path);
}

async function scanFor(plan: ScanPlan, inputs: Inputs, workspace: string): Promise<Report> {
  const options: ScanOptions = {
    cwd: workspace,
    paths: [inputs.path],
    ...optional('failOn', inputs.failOn),
    lineHashes: true,
    ...(inputs.config ? { config: inputs.config } : {}),
    ...(inputs.baseline ? { baseline: inputs.baseline } : {}),
  };
  if (plan.mode === 'files') {
    const report = await scan(options);
    relativeToWorkspace(report, workspace);
    return report;
  }
  const report = await scan({ ...options, mode: 'history', ...(plan.range ? { range: plan.range } : {}) });
  // A build without the git modes would quietly scan files instead; that must not pass for a history scan.
  if (report.mode !== 'history') throw usageError('this caibo-scan build cannot scan git history');
  return report;
}

/** SARIF versionControlProvenance: the repository and the one revision the links point at. */
function scannedRevision(env: NodeJS.ProcessEnv, plan: ScanPlan): Pick<FormatOptions, 'repository'> {
  if (!env.GITHUB_REPOSITORY) return {};
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME;
  const uri = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}`;
  return { repository: { uri, revision: plan.headSha, ...(branch ? { branch } : {}) } };
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  let outputs: Record<string, string> = { findings: '', 'sarif-file': '', 'exit-code': '2' };
  let exitCode = 2;
  try {
    const inputs = readInputs(env);
    const plan = await planScan(inputs.mode, env.GITHUB_EVENT_NAME ?? '', readEvent(env), resolve(workspace, inputs.path), env.GITHUB_SHA ?? 'HEAD');
    process.stdout.write(`caibo-scan ${VERSION}: scanning ${plan.description}${EOL}`);
    for (const note of plan.notes) process.stdout.write(command('notice', note));
    if (plan.mode === 'none') {
      setOutputs({ findings: '0', 'sarif-file': '', 'exit-code': '0' }, env);
      return 0;
    }
    // Annotations, the job summary, warnings and SARIF all come from this report: no key in any string of it.
    const report = redactReport(await scanFor(plan, inputs, workspace));
    exitCode = isIncomplete(report) ? 2 : isFailing(report) ? 1 : 0;
    if (exitCode === 2) process.stdout.write(command('error', 'the scan is incomplete: git objects are missing from the checkout (see the warnings)'));

    const truncated = sarifTruncationWarning(report);
    for (const warning of [...report.warnings, ...(truncated ? [truncated] : [])]) process.stdout.write(command('warning', warning));
    if (inputs.annotations) for (const finding of activeFindings(report)) process.stdout.write(`${annotation(finding, false)}${EOL}`);
    if (inputs.summary) {
      appendSummary(jobSummary(report, plan, { serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com', repository: env.GITHUB_REPOSITORY ?? '' }), env);
    }
    let sarifPath = '';
    if (inputs.sarifFile) {
      sarifPath = resolve(workspace, inputs.sarifFile);
      mkdirSync(dirname(sarifPath), { recursive: true });
      writeFileSync(sarifPath, formatSarif(report, formatDefaults(scannedRevision(env, plan))));
    }
    const count = activeFindings(report).length;
    process.stdout.write(`caibo-scan: ${count ? plural(count, 'finding') : 'no Caibo keys found'}${exitCode ? ` (fail-on: ${report.failOn})` : ''}${EOL}`);
    outputs = { findings: String(count), 'sarif-file': sarifPath, 'exit-code': String(exitCode) };
  } catch (error) {
    const message = builtinKeyRedactor()(isCaiboScanError(error) ? error.message : `internal error: ${(error as Error)?.stack ?? String(error)}`);
    process.stdout.write(command('error', `caibo-scan: ${message}`));
    appendSummary(`## caibo-scan: the scan did not run\n\n${message}\n`, env);
  }
  setOutputs(outputs, env);
  return exitCode;
}

process.exitCode = await main();
