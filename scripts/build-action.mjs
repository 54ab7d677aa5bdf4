// Bundles the GitHub Action into committed files, action/dist/index.js and the files scan's worker thread
// action/dist/scan-worker.js, so runners need no npm install. `npm run build:action` writes them;
// test/action-bundle.test.ts rebuilds in memory and fails if a committed file is stale.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const ACTION_BUNDLE = fileURLToPath(new URL('../action/dist/index.js', import.meta.url));
const source = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

/** Deterministic esbuild settings: same sources and esbuild version, same bytes. */
export const actionBuildOptions = {
  entryPoints: { index: source('action/main.ts'), 'scan-worker': source('scan-worker.ts') },
  outdir: fileURLToPath(new URL('../action/dist/', import.meta.url)),
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
