// A long pull request over a real repository's history, for `history --range` (issue 17). No git clone
// from the web works here, so the history is rebuilt from what the npm registry serves: the
// typescript-eslint monorepo's packages, every 8.x release (pinned below; lockstep versions, so each
// release is one tree of ~1,100 real files). Each release's changes are split into a few commits by
// path (one package's files together), as a week of pull requests lands them; the range is the last
// RANGE_COMMITS of those. Two seeded keys are planted inside the range so the found column means something.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { FastImport, git, initRepo, keyBody, prng } from './corpus.mjs';

const LIVE_PREFIX = ['caibo', 'live', 'sk', ''].join('_');
const TEST_PREFIX = ['caibo', 'test', 'sk', ''].join('_');

/** Every 8.x release of typescript-eslint, oldest first (the registry's list on 2026-12-02). */
export const VERSIONS = (
  '8.0.0 8.0.1 8.1.0 8.2.0 8.3.0 8.4.0 8.5.0 8.6.0 8.7.0 8.8.0 8.8.1 8.9.0 8.10.0 8.11.0 8.12.0 8.12.1 8.12.2 ' +
  '8.13.0 8.14.0 8.15.0 8.16.0 8.17.0 8.18.0 8.18.1 8.18.2 8.19.0 8.19.1 8.20.0 8.21.0 8.22.0 8.23.0 8.24.0 8.24.1 ' +
  '8.25.0 8.26.0 8.26.1 8.27.0 8.28.0 8.29.0 8.29.1 8.30.0 8.30.1 8.31.0 8.31.1 8.32.0 8.32.1 8.33.0 8.33.1 8.34.0 ' +
  '8.34.1 8.35.0 8.35.1 8.36.0 8.37.0 8.38.0 8.39.0 8.39.1 8.40.0 8.41.0 8.42.0 8.43.0 8.44.0 8.44.1 8.45.0 8.46.0 ' +
  '8.46.1 8.46.2 8.46.3 8.46.4 8.47.0 8.48.0 8.48.1 8.49.0 8.50.0 8.50.1 8.51.0 8.52.0 8.53.0 8.53.1 8.54.0 8.55.0 ' +
  '8.56.0 8.56.1 8.57.0 8.57.1 8.57.2 8.58.0 8.58.1 8.58.2 8.59.0 8.59.1 8.59.2 8.59.3 8.59.4 8.60.0 8.60.1 8.61.0 ' +
  '8.61.1 8.62.0 8.62.1 8.63.0 8.64.0 8.65.0 8.66.0 8.67.0 8.68.0 8.69.0 8.70.0 8.70.1 8.71.0 8.71.1 8.71.2 8.72.0 ' +
  '8.72.1 8.72.2 8.73.0 8.74.0'
).split(' ');

/**
 * The monorepo's larger published packages (folder → npm name; the five with under a dozen files are
 * left out: each `npm pack` costs ~0.1 s), and the releases a package sat out (its files stay as they were).
 */
const PACKAGES = {
  'eslint-plugin': '@typescript-eslint/eslint-plugin',
  'typescript-estree': '@typescript-eslint/typescript-estree',
  'scope-manager': '@typescript-eslint/scope-manager',
  types: '@typescript-eslint/types',
  utils: '@typescript-eslint/utils',
  'type-utils': '@typescript-eslint/type-utils',
  'rule-tester': '@typescript-eslint/rule-tester',
};
const FIRST_RELEASE = {};
const SAT_OUT = { 'rule-tester': new Set(['8.12.0', '8.30.0', '8.71.2', '8.72.1', '8.72.2', '8.73.0', '8.74.0']) };

const older = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};
const published = (folder, version) => older(version, FIRST_RELEASE[folder] ?? '0.0.0') >= 0 && !SAT_OUT[folder]?.has(version);
/** What `npm pack` names a package's tarball. */
const tarball = (name, version) => `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;

/** Fetches every tarball through npm (its cache makes a rebuild offline-cheap), eight npm processes at once (latency-bound). */
function packAll(into, versions) {
  mkdirSync(into, { recursive: true });
  const specs = versions.flatMap((version) => Object.entries(PACKAGES).filter(([folder]) => published(folder, version)).map(([, name]) => `${name}@${version}`));
  const result = spawnSync('sh', ['-c', `xargs -n 20 -P 8 npm pack --silent --pack-destination '${into}' >/dev/null`], {
    input: specs.join('\n'),
    stdio: ['pipe', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm pack failed: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
}

/** A tarball's files, in memory (package/… paths without the first folder). */
async function tarballFiles(file) {
  const files = new Map();
  const reader = extract();
  const done = (async () => {
    for await (const entry of reader) {
      const parts = [];
      for await (const part of entry) parts.push(part);
      if (entry.header.type === 'file') files.set(entry.header.name.replace(/^[^/]+\//, ''), Buffer.concat(parts));
    }
  })();
  reader.end(gunzipSync(readFileSync(file)));
  await done;
  return files;
}

/** One release as the monorepo's tree: packages/<folder>/<file>; a package that sat it out keeps its files. */
async function releaseTree(tarballs, version, previous) {
  const tree = new Map();
  for (const [folder, name] of Object.entries(PACKAGES)) {
    if (!published(folder, version)) {
      for (const [path, bytes] of previous) if (path.startsWith(`packages/${folder}/`)) tree.set(path, bytes);
      continue;
    }
    const files = await tarballFiles(join(tarballs, tarball(name, version)));
    for (const path of [...files.keys()].sort()) tree.set(`packages/${folder}/${path}`, files.get(path));
  }
  return tree;
}

/** Each release's count of commits, proportional to its changed files (at least one, at most one per file), summing to `total`. */
function commitsPerRelease(changed, total) {
  const sum = changed.reduce((a, b) => a + b, 0);
  const counts = changed.map((c) => Math.max(1, Math.min(c, Math.floor((total * c) / sum))));
  let left = total - counts.reduce((a, b) => a + b, 0);
  while (left > 0) {
    // The release with the most files per commit gets one more (ties: the older release).
    let best = -1;
    for (let i = 0; i < counts.length; i += 1) if (counts[i] < changed[i] && (best === -1 || changed[i] / counts[i] > changed[best] / counts[best])) best = i;
    if (best === -1) break;
    counts[best] += 1;
    left -= 1;
  }
  return counts;
}

/**
 * The repository: one commit per release up to the base, then the later releases in `rangeCommits`
 * commits. Planted: a live key in a new fixture at 30% of the range, and a test key appended to a
 * file the range changes at 70% (it goes when the file next changes).
 */
async function buildRealHistory(dir, { versions = VERSIONS, baseReleases = 20, rangeCommits = 775, seed }) {
  const r = prng(seed);
  const tarballs = `${dir}.tarballs`;
  packAll(tarballs, versions);
  initRepo(dir);
  const stream = new FastImport(join(dir, '..', 'history-real.fi'));
  let tree = new Map();
  let parent = 0;
  let commits = 0;
  let files = 0;
  const commit = (message, changes) => {
    parent = stream.commit('refs/heads/main', parent, message, changes.map(({ path, bytes }) => ({ path, blob: bytes && stream.blob(bytes) })));
    commits += 1;
  };
  const diff = (next) => {
    const paths = [...new Set([...tree.keys(), ...next.keys()])].sort();
    return paths.filter((path) => !tree.get(path)?.equals(next.get(path) ?? Buffer.alloc(0)) || !next.has(path)).map((path) => ({ path, bytes: next.get(path) }));
  };
  const releases = versions.map((version) => ({ version }));
  for (const [index, release] of releases.entries()) {
    const next = await releaseTree(tarballs, release.version, tree);
    release.changes = diff(next);
    files = Math.max(files, next.size);
    if (index <= baseReleases) commit(`release ${release.version}`, release.changes);
    tree = next;
    if (index <= baseReleases) release.changes = undefined; // committed: let it go
  }
  rmSync(tarballs, { recursive: true, force: true });
  const later = releases.slice(baseReleases + 1);
  const counts = commitsPerRelease(later.map((release) => release.changes.length), rangeCommits);
  const keys = [];
  const plantAt = new Map([[Math.floor(rangeCommits * 0.3), 'live'], [Math.floor(rangeCommits * 0.7), 'test']]);
  let inRange = 0;
  for (const [index, release] of later.entries()) {
    const [count, length] = [counts[index], release.changes.length];
    for (let part = 0; part < count; part += 1) {
      const changes = release.changes.slice(Math.floor((part * length) / count), Math.floor(((part + 1) * length) / count));
      const plant = plantAt.get(inRange);
      if (plant === 'live') {
        const path = 'packages/eslint-plugin/tests/fixtures/payments.ts';
        changes.push({ path, bytes: Buffer.from(`export const gateway = { apiKey: "${LIVE_PREFIX}${keyBody(r)}" };\n`) });
        keys.push(path);
      } else if (plant === 'test') {
        const at = changes.findIndex((change) => change.bytes && change.path.endsWith('.js'));
        const { path, bytes } = changes[at];
        changes[at] = { path, bytes: Buffer.concat([bytes, Buffer.from(`// sandbox: ${TEST_PREFIX}${keyBody(r)}\n`)]) };
        keys.push(path);
      }
      commit(`${release.version}: ${changes[0].path.split('/').slice(0, 2).join('/')} (${part + 1}/${count})`, changes);
      inRange += 1;
    }
  }
  stream.run(dir);
  git(dir, ['reset', '-q', '--hard', 'main']);
  return { commits, rangeCommits: inRange, files, keys: keys.length };
}

/** Builds the repository (see buildRealHistory) in a child node: tar-stream is asynchronous, ensureCorpus is not. */
export function realHistoryRepo(dir, options) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dir, JSON.stringify(options)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`building ${dir} failed (exit ${result.status})`);
  return JSON.parse(result.stdout);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, options] = process.argv.slice(2);
  console.log(JSON.stringify(await buildRealHistory(dir, JSON.parse(options))));
}
