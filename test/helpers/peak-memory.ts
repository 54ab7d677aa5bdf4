import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import { BIN } from './cli.js';
import { requirement } from './requirement.js';

/**
 * README "Robustness" states peak memory for its large inputs; these checks hold the built CLI to
 * those figures plus MEMORY_MARGIN. The margin is for what moves RSS between runs of the same
 * code: garbage-collection timing under load from other processes (2026-12-02, load average 14 on
 * two cores: five 50 MB blobs 235 MB against the README's 205-220 MB, +7%; the 100 MB line 93 and
 * 124 MB in two runs). Wall time is printed, never asserted (speed targets are the bench's ratios).
 */
export const MEMORY_MARGIN = 1.25;

const GNU_TIME = '/usr/bin/time';
const noGnuTime = requirement(existsSync(GNU_TIME), 'GNU time (/usr/bin/time) to measure peak memory', 'apt-get install time; .ci/run does');

export interface Measured {
  status: number | null;
  stdout: string;
  stderr: string;
  /** NaN when GNU time is missing (outside CI only). */
  peakRssMb: number;
  seconds: number;
}

/** Runs the built CLI under GNU time, without NODE_EXTRA_CA_CERTS (users do not have it; it costs memory). */
export function runBinMeasured(args: string[], cwd: string): Measured {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const command = noGnuTime ? [process.execPath, BIN, ...args] : [GNU_TIME, '-f', '%M %e', process.execPath, BIN, ...args];
  const result = spawnSync(command[0]!, command.slice(1), { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (noGnuTime) return { status: result.status, stdout: result.stdout, stderr: result.stderr, peakRssMb: NaN, seconds: NaN };
  const lines = result.stderr.trimEnd().split('\n');
  const [maxRssKb, seconds] = lines.pop()!.split(' ').map(Number);
  return { status: result.status, stdout: result.stdout, stderr: lines.join('\n'), peakRssMb: maxRssKb! / 1024, seconds: seconds! };
}

/** Peak RSS at most the README's figure plus the margin; prints the measurement either way. */
export function expectPeakWithinReadme(measured: Measured, readmeMb: number, what: string): void {
  const limit = Math.round(readmeMb * MEMORY_MARGIN);
  if (noGnuTime) {
    console.log(`${what}: peak memory not measured${noGnuTime}`);
    return;
  }
  console.log(`${what}: ${measured.seconds} s, peak RSS ${Math.round(measured.peakRssMb)} MB (README ${readmeMb} MB, limit ${limit} MB)`);
  expect(measured.peakRssMb, `${what}: peak RSS in MB`).toBeLessThanOrEqual(limit);
}
