import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { ACTION_BUNDLE, actionBuildOptions } from '../scripts/build-action.mjs';

describe('the committed Action bundle', () => {
  it('is what `npm run build:action` makes from the current sources (run it and commit action/dist/)', async () => {
    const result = await build({ ...actionBuildOptions, write: false });
    const names = result.outputFiles!.map((file) => basename(file.path)).sort();
    expect(names).toEqual(['index.js', 'scan-worker.js']);
    for (const file of result.outputFiles!) {
      const committed = readFileSync(join(dirname(ACTION_BUNDLE as string), basename(file.path)), 'utf8');
      // Not toBe: a 370 KB diff would drown the message.
      expect(file.text === committed, `action/dist/${basename(file.path)} is stale: run \`npm run build:action\` and commit it`).toBe(true);
    }
  });

  it('is what action.yml runs, on node24', () => {
    const action = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
    expect(action).toMatch(/^runs:\n {2}using: node24\n {2}main: action\/dist\/index\.js\n/m);
    for (const input of ['path', 'mode', 'fail-on', 'config', 'baseline', 'sarif-file', 'annotations', 'summary']) {
      expect(action).toMatch(new RegExp(`^ {2}${input}:\\n {4}description: [\\s\\S]+?\\n {4}required: false\\n {4}default: `, 'm'));
    }
  });
});
