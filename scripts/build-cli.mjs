// Bundles the CLI into one file, dist/bin.js: Node then loads one module instead of ~150, which is most of
// start-up (issue 6: `staged` within 100 ms of bare node). tsc still writes dist/index.js and types for the library.
import { build } from 'esbuild';
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

await build({
  ...actionBuildOptions,
  entryPoints: [fileURLToPath(new URL('../src/bin.ts', import.meta.url))],
  outfile: fileURLToPath(new URL('../dist/bin.js', import.meta.url)),
  target: 'node20',
  plugins: [asciiFirstStringWidth],
});
