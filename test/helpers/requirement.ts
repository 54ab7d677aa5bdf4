/**
 * Tests that need an outside tool (a real bundler toolchain, Debian's pre-commit, Node 24, root)
 * skip on a developer's machine that lacks it, with the reason in the test name. Under CI
 * (`CI=true`, as `.ci/run` runs) a missing tool is an error instead: a green CI run never hides a
 * check that did not run.
 *
 *   const missing = requirement(existsSync(bin), 'pre-commit', 'apt-get install pre-commit');
 *   describe.skipIf(missing !== '')(`pre-commit hook${missing}`, ...)
 */
export function requirement(available: boolean, what: string, howToGet: string): string {
  if (available) return '';
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(`CI must run the checks that need ${what}, and it is missing: ${howToGet}`);
  }
  return ` (skipped: needs ${what}; ${howToGet})`;
}
