import { tmpdir } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Git fixtures and subprocess tests are I/O bound; forks keep each file's temp dirs and cwd apart.
    pool: 'forks',
    // Fixture trees live in the temp folder: a stray repository there (a /tmp/.git) must not become
    // their git top-level, for git (env files' status) nor for the project root (issue 11).
    env: { GIT_CEILING_DIRECTORIES: tmpdir() },
  },
});
