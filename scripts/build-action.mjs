// Bundles the GitHub Action into one committed file, action/dist/index.js, so runners need no npm install.
// `npm run build:action` writes it; test/action-bundle.test.ts rebuilds in memory and fails if the committed file is stale.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const ACTION_BUNDLE = fileURLToPath(new URL('../action/dist/index.js', import.meta.url));

/** Deterministic esbuild settings: same sources and esbuild version, same bytes. */
export const actionBuildOptions = {
  entryPoints: [fileURLToPath(new URL('../src/action/main.ts', import.meta.url))],
  outfile: ACTION_BUNDLE,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // ESM output still meets CommonJS dependencies (picomatch) that call require().
  banner: { js: "import { createRequire as __caiboCreateRequire } from 'node:module';\nconst require = __caiboCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await build(actionBuildOptions);
