// Real published client bundles from the npm registry, the bench's "real bundles" corpus: minified
// builds, ESM trees and source maps as their authors ship them, at pinned versions (the same bytes on
// every machine). Fetched with `npm pack` at bench time (nothing committed) and extracted into plain
// folders, never `node_modules`, which caibo-scan does not walk: every tool scans the same files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { keyBody, LIVE_PREFIX, prng, TEST_PREFIX } from './corpus.mjs';

/** Bump when the builder changes, so cached copies are rebuilt. */
const BUILDER_VERSION = 1;

/**
 * Large UI, charting, PDF, map, editor and 3D libraries: 326,798,579 bytes (312 MB) in 13,052 files,
 * 95 MB of them source maps with `sourcesContent`. The quick bench takes one small package.
 */
export const NPM_BUNDLES = {
  name: 'npm-bundles-312MB',
  packages: [
    'three@0.187.0',
    'echarts@6.1.0',
    'plotly.js-dist-min@4.1.2',
    'pdfjs-dist@6.5.438',
    'monaco-editor@0.57.0',
    'antd@6.6.8',
    '@mui/material@9.5.0',
    'maplibre-gl@6.20.0',
    'tinymce@8.9.2',
  ],
};
export const NPM_BUNDLES_QUICK = { name: 'npm-bundles-6MB', packages: ['plotly.js-dist-min@4.1.2'] };

/** Files planted with a key: a few bundles, and one source map's sourcesContent. */
const PLANTED_BUNDLES = 3;
const MIN_PLANTED_BYTES = 64 * 1024;

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${(result.stderr || result.error?.message || '').trim().split('\n').slice(-3).join(' | ')}`);
  }
  return result.stdout;
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** A fresh line in a minified bundle: after the first newline past `at` (or before it, or at the top). */
function lineStart(content, at) {
  const after = content.indexOf(0x0a, at);
  if (after !== -1) return after + 1;
  const before = content.lastIndexOf(0x0a, at);
  return before + 1;
}

/** A line inside one of the map's `sourcesContent` strings (JSON-escaped), so the map stays valid JSON. */
function sourcesContentLine(content, at) {
  const sourcesContent = content.indexOf('"sourcesContent"');
  if (sourcesContent === -1) return -1;
  // Maps often end with `mappings`: past the last source, start again from the first.
  const newline = [Math.max(at, sourcesContent), sourcesContent].map((from) => content.indexOf('\\n', from)).find((found) => found !== -1);
  return newline === undefined ? -1 : newline + 2;
}

function plant(file, at, line) {
  const content = readFileSync(file);
  writeFileSync(file, Buffer.concat([content.subarray(0, at), Buffer.from(line), content.subarray(at)]));
}

/**
 * Fetches `packages` into `dir/<name>-<version>/` and plants a few generated keys (seeded) into
 * bundles and one source map; returns what the bench reports and checks (`keys`: how many were planted).
 */
export function npmBundles(dir, packages, seed) {
  const r = prng(seed);
  const tarballs = join(dir, '..', `${dir.split('/').pop()}.tarballs`);
  rmSync(tarballs, { recursive: true, force: true });
  mkdirSync(tarballs, { recursive: true });
  // One npm process for every package: its start-up and the registry round trips are paid once. npm
  // checks each tarball against the registry's sha512, and a published version never changes.
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--loglevel=error', '--pack-destination', tarballs, ...packages], tarballs));
  for (const { name, version, filename } of packed) {
    const target = join(dir, `${name.replace('/', '__')}-${version}`);
    mkdirSync(target, { recursive: true });
    run('tar', ['-xzf', join(tarballs, filename), '-C', target, '--strip-components=1', '--no-same-owner', '--no-same-permissions']);
  }
  rmSync(tarballs, { recursive: true, force: true });

  const files = [...walk(dir)].sort();
  const sizes = new Map(files.map((file) => [file, statSync(file).size]));
  const pick = (candidates) => candidates.splice(r.int(candidates.length), 1)[0];
  const keys = [];
  const bundles = files.filter((file) => /\.(?:m|c)?js$/.test(file) && sizes.get(file) >= MIN_PLANTED_BYTES);
  for (let i = 0; i < PLANTED_BUNDLES && bundles.length > 0; i += 1) {
    const file = pick(bundles);
    const at = lineStart(readFileSync(file), r.int(sizes.get(file)));
    const prefix = i % 3 === 2 ? TEST_PREFIX : LIVE_PREFIX;
    plant(file, at, `var caiboConfig={apiKey:"${prefix}${keyBody(r)}"};\n`);
    keys.push(relative(dir, file));
  }
  const maps = files.filter((file) => file.endsWith('.map') && sizes.get(file) >= MIN_PLANTED_BYTES);
  while (maps.length > 0) {
    const file = pick(maps);
    const at = sourcesContentLine(readFileSync(file, 'latin1'), r.int(sizes.get(file)));
    if (at === -1) continue;
    plant(file, at, `export const CAIBO_API_KEY = \\"${LIVE_PREFIX}${keyBody(r)}\\";\\n`);
    keys.push(relative(dir, file));
    break;
  }
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  return { packages, files: files.length, bytes, keys: keys.length, planted: keys };
}

export const npmBundlesParams = (packages, seed) => ({ builder: BUILDER_VERSION, packages, seed });
