import { tmpdir } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The files whose slow checks measure peak memory against the README's figures (issue 19). They run
 * after everything else, one file at a time: beside real framework builds, the garbage collector of
 * the process under test fell behind and peaks doubled (the 1,000,000-file check: 118 MB alone,
 * 234 MB beside the builds), which measured the machine's load, not the scanner.
 */
const MEMORY_CHECKS = ['test/robustness/many-files.test.ts', 'test/robustness/large-files.test.ts', 'test/robustness/git.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Git fixtures and subprocess tests are I/O bound; forks keep each file's temp dirs and cwd apart.
    pool: 'forks',
    // Fixture trees live in the temp folder: a stray repository there (a /tmp/.git) must not become
    // their git top-level, for git (env files' status) nor for the project root (issue 11).
    env: { GIT_CEILING_DIRECTORIES: tmpdir() },
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: MEMORY_CHECKS, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'memory', include: MEMORY_CHECKS, sequence: { groupOrder: 1 }, fileParallelism: false } },
    ],
  },
});
