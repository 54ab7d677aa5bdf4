#!/usr/bin/env node
// The build plugins' cost (issue 12): each pinned bundler builds a small app and a large one (all of
// three.js, ~1.2 MB minified) without and with caibo-scan's plugin, alternately; prints the median wall
// times and the time the plugin's check itself took inside the build (its Report's durationMs).
// Usage: node scripts/plugin-bundlers.mjs install && npm run build && node bench/plugin-overhead.mjs [--runs N] [--only vite,webpack]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundlersDir, bundlersManifest } from '../scripts/plugin-bundlers.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLERS = bundlersDir();
const VERSIONS = bundlersManifest().dependencies;
const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '5' }, only: { type: 'string' } } });
const ONLY = flags.only?.split(',');
const RUNS = Number(flags.runs);

const APPS = {
  small: "import { price } from './price.js';\ndocument.body.textContent = price(1999);\n",
  large: "import * as THREE from 'three';\nimport { price } from './price.js';\ndocument.body.textContent = price(Object.keys(THREE).length);\n",
};
const PRICE = "export const price = (cents) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(cents / 100);\n";
/** The plugin, or nothing; its check time goes to scan-ms.txt. */
const PLUGIN = (module) =>
  `process.env.WITH_PLUGIN ? [(await import('${module}')).default({ onReport: (r) => process.getBuiltinModule('node:fs').appendFileSync('scan-ms.txt', r.stats.durationMs + '\\n') })] : []`;

const BUILDS = {
  vite: {
    files: { 'index.html': '<script type="module" src="/src/main.js"></script>\n', 'vite.config.js': `export default { plugins: ${PLUGIN('caibo-scan/vite')} };\n` },
    command: [join(BUNDLERS, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'silent'],
  },
  webpack: {
    files: {
      'build.mjs': `import webpack from 'webpack';
webpack({ mode: 'production', context: import.meta.dirname, entry: './src/main.js', output: { path: import.meta.dirname + '/dist' }, plugins: ${PLUGIN('caibo-scan/webpack')} },
  (error, stats) => process.exit(error || stats.hasErrors() ? 1 : 0));\n`,
    },
    command: ['build.mjs'],
  },
  rspack: {
    files: {
      'build.mjs': `import { rspack } from '@rspack/core';
rspack({ mode: 'production', context: import.meta.dirname, entry: './src/main.js', output: { path: import.meta.dirname + '/dist' }, plugins: ${PLUGIN('caibo-scan/rspack')} },
  (error, stats) => process.exit(error || stats.hasErrors() ? 1 : 0));\n`,
    },
    command: ['build.mjs'],
  },
  esbuild: {
    files: {
      'build.mjs': `import * as esbuild from 'esbuild';
await esbuild.build({ entryPoints: ['src/main.js'], bundle: true, minify: true, outdir: 'dist', plugins: ${PLUGIN('caibo-scan/esbuild')} });\n`,
    },
    command: ['build.mjs'],
  },
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function project(files) {
  const projects = join(BUNDLERS, 'projects');
  mkdirSync(projects, { recursive: true });
  const dir = mkdtempSync(join(projects, 'bench-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'caibo-scan'), 'dir');
  for (const [path, text] of Object.entries({ 'package.json': '{"type":"module","private":true}', ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function timeBuild(dir, command, withPlugin) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const env = { ...process.env, ...(withPlugin ? { WITH_PLUGIN: '1' } : {}) };
  delete env.NODE_EXTRA_CA_CERTS;
  const started = performance.now();
  const run = spawnSync(process.execPath, command, { cwd: dir, env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed in ${dir}:\n${run.stdout}${run.stderr}`);
  return ms;
}

const rows = [];
for (const [bundler, { files, command }] of Object.entries(BUILDS).filter(([name]) => !ONLY || ONLY.includes(name))) {
  for (const [app, main] of Object.entries(APPS)) {
    const dir = project({ ...files, 'src/main.js': main, 'src/price.js': PRICE });
    timeBuild(dir, command, true); // warm the page cache and the bundler's own caches alike
    writeFileSync(join(dir, 'scan-ms.txt'), '');
    const without = [];
    const withPlugin = [];
    for (let run = 0; run < RUNS; run += 1) {
      without.push(timeBuild(dir, command, false));
      withPlugin.push(timeBuild(dir, command, true));
    }
    const scans = readFileSync(join(dir, 'scan-ms.txt'), 'utf8').trim().split('\n').map(Number);
    const outputBytes = spawnSync('du', ['-sb', join(dir, 'dist')], { encoding: 'utf8' }).stdout.split('\t')[0];
    rows.push({
      bundler: `${bundler} ${VERSIONS[bundler === 'rspack' ? '@rspack/core' : bundler]}`,
      app,
      outputKB: Math.round(Number(outputBytes) / 1024),
      withoutMs: Math.round(median(without)),
      withMs: Math.round(median(withPlugin)),
      checkMs: median(scans),
      checkShare: `${((median(scans) / median(withPlugin)) * 100).toFixed(2)}%`,
    });
    rmSync(dir, { recursive: true, force: true });
    console.log(JSON.stringify(rows.at(-1)));
  }
}
console.table(rows);
