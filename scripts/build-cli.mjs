// Bundles the CLI: Node then loads two files instead of ~150 modules, which was most of start-up (issue 6:
// `staged` within 100 ms of bare node). dist/bin.js stays tiny and answers --version alone; everything
// else is in chunks it imports on demand. tsc still writes dist/index.js and types for the library.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { actionBuildOptions } from './build-action.mjs';

const STRING_WIDTH_SHIM = fileURLToPath(new URL('./bundle/string-width.mjs', import.meta.url));

/** yargs and cliui get the ASCII-first string-width; the shim itself gets the real one. */
const asciiFirstStringWidth = {
  name: 'ascii-first-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === STRING_WIDTH_SHIM ? undefined : { path: STRING_WIDTH_SHIM }));
  },
};

const CHUNKS = fileURLToPath(new URL('../dist/chunks/', import.meta.url));
rmSync(CHUNKS, { recursive: true, force: true }); // chunk names carry a content hash: old ones would pile up

const { outdir: _actionOutdir, entryPoints: _actionEntries, ...shared } = actionBuildOptions;
await build({
  ...shared,
  // The worker thread of a parallel files scan is its own entry: dist/scan-worker.js (sources/file-workers.ts).
  entryPoints: ['bin.ts', 'scan-worker.ts'].map((entry) => fileURLToPath(new URL(`../src/${entry}`, import.meta.url))),
  outdir: fileURLToPath(new URL('../dist/', import.meta.url)),
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  plugins: [asciiFirstStringWidth],
});
