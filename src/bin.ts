#!/usr/bin/env node
// Loads the CLI (yargs, scanner, formatters) only when it has work to do: `--version` is answered
// from package.json alone, within a few milliseconds of bare `node` start-up (issue 6).
const argv = process.argv.slice(2);

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { VERSION } = await import('./version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const { run } = await import('./cli.js');
  const result = await run(argv, {
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
