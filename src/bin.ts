#!/usr/bin/env node
// Loads the CLI (yargs, scanner, formatters) only when it has work to do: `--version` is answered
// from package.json alone, within a few milliseconds of bare `node` start-up (issue 6).
import module from 'node:module';

// Node >= 22.1 can keep V8's compiled code between runs (a pre-commit hook starts on every commit);
// older Node has no such function and loses nothing. @types/node 20 does not know it yet.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const argv = process.argv.slice(2);

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { VERSION } = await import('./version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  // A commit waits for `staged`, whose slowest step is git's diff: it runs while the CLI loads.
  const early = argv[0] === 'staged' && !argv.includes('--help') && !argv.includes('-h') ? await import('./sources/git-early.js') : undefined;
  early?.prestartGit(process.cwd(), [...early.STAGED_DIFF_ARGS, '--']);
  const { run } = await import('./cli.js');
  // Progress redraws one stderr line, and only on a terminal: logs and pipes stay clean.
  const showProgress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r\x1b[K${line}`) : undefined;
  const result = await run(argv, {
    // process.stdin is a stream built on first access: only `-` and a pre-receive hook read it.
    ...(argv.includes('-') || argv[0] === 'pre-receive' ? { stdin: process.stdin } : {}),
    isTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    ...(showProgress ? { progress: showProgress } : {}),
  }).finally(() => early?.discardPrestarted());
  if (showProgress) process.stderr.write('\r\x1b[K');
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
