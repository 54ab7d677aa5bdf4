// Runs vitest, then prints the totals as one plain line (`N passed, N failed`) for CI logs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

// Kept under node_modules/ so the self-scan in .ci/run never reads test output.
const report = 'node_modules/.cache/vitest-report.json';
mkdirSync('node_modules/.cache', { recursive: true });
rmSync(report, { force: true });
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let totals = 'no test report written';
try {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, testResults } = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = numPendingTests + numTodoTests;
  // A file that fails before any test runs (a required tool missing under CI) counts as a failure.
  const brokenFiles = testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  totals = `${numPassedTests} passed, ${numFailedTests + brokenFiles} failed${skipped ? `, ${skipped} skipped` : ''}`;
} catch {
  // vitest crashed before writing its report; its exit code says so
}
console.log(totals);
process.exit(vitest.status ?? 1);
