#!/usr/bin/env node
import { run } from './cli.js';

// Progress redraws one stderr line, and only on a terminal: logs and pipes stay clean.
const showProgress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r\x1b[K${line}`) : undefined;
const result = await run(process.argv.slice(2), {
  stdin: process.stdin,
  isTTY: Boolean(process.stdout.isTTY),
  ...(showProgress ? { progress: showProgress } : {}),
});
if (showProgress) process.stderr.write('\r\x1b[K');
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
