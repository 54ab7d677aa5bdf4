import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Git fixtures and subprocess tests are I/O bound; forks keep each file's temp dirs and cwd apart.
    pool: 'forks',
  },
});
