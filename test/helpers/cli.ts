import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run, type RunIO, type RunResult } from '../../src/cli.js';

export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** Users don't have NODE_EXTRA_CA_CERTS or colour forced; tests see what they would. */
const cleanEnv = (env: NodeJS.ProcessEnv = {}) => {
  const base = { ...process.env };
  delete base.NODE_EXTRA_CA_CERTS;
  delete base.FORCE_COLOR;
  return { ...base, ...env };
};

export interface BinOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** Kill the run after this many ms (a hang then fails the test with exit code null). */
  timeout?: number;
  /** Run through this command first, e.g. setpriv to drop root. */
  wrapper?: string[];
}

/** The built CLI as a subprocess, exactly as users run it. */
export function runBin(args: string[], options: BinOptions = {}): RunResult {
  const [command, ...prefix] = [...(options.wrapper ?? []), process.execPath];
  const result = spawnSync(command!, [...prefix, BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: cleanEnv(options.env),
    maxBuffer: 256 * 1024 * 1024,
    ...(options.timeout ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
  });
  return { exitCode: result.status as RunResult['exitCode'], stdout: result.stdout, stderr: result.stderr };
}

/** The CLI in-process: faster, same code path as bin.ts. */
export function runCli(args: string[], io: RunIO = {}): Promise<RunResult> {
  return run(args, { env: cleanEnv(io.env), isTTY: false, ...io });
}

export function parseJson(result: RunResult) {
  return JSON.parse(result.stdout) as {
    findings: Array<Record<string, unknown> & { ruleId: string; file: string; line: number; column: number; severity: string; context: string }>;
    suppressed?: Array<Record<string, unknown> & { suppressedBy: string }>;
    summary: Record<string, unknown> & { findings: number };
    skipped: Array<{ path: string; reason: string }>;
  };
}
