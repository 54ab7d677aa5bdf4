/**
 * Tests that need an outside tool (a real bundler toolchain, Debian's pre-commit, Node 24, root)
 * skip on a developer's machine that lacks it, with the reason in the test name. Under CI
 * (`CI=true`, as `.ci/run` runs) a missing tool is an error instead: a green CI run never hides a
 * check that did not run. So is a missing tool for a check asked for by name (`demanded`, e.g.
 * CAIBO_PRE_COMMIT_TEST=1): asking for a check and getting a skip would look like a pass.
 *
 *   const missing = requirement(existsSync(bin), 'pre-commit', 'apt-get install pre-commit');
 *   describe.skipIf(missing !== '')(`pre-commit hook${missing}`, ...)
 */
export function requirement(available: boolean, what: string, howToGet: string, demanded = false): string {
  if (available) return '';
  if (demanded || isCI()) {
    throw new Error(`${what} is missing, and ${demanded ? 'the check that needs it was asked for' : 'CI must run every check'}: ${howToGet}`);
  }
  return ` (skipped: needs ${what}; ${howToGet})`;
}

/**
 * Slow checks (minutes of I/O, npm installs) run only when `variable` is 1; .ci/run sets it, so
 * under CI an unset variable is an error, not a skip. Returns '' to run, else the skip note.
 */
export function optIn(variable: string, why: string): string {
  return requirement(process.env[variable] === '1', `${variable}=1 (${why})`, '.ci/run sets it');
}

const isCI = () => process.env.CI === 'true' || process.env.CI === '1';
