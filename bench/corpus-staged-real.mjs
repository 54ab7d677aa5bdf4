// A real repository with a large commit staged: the published sources of three JavaScript projects
// (pinned, fetched with `npm pack` from the npm registry, the one place this machine can fetch
// from), committed as one monorepo, then a seeded edit of 1,000 of its files staged on top.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { codeLine, git, initRepo, nearMissLine, plantKey, prng } from './corpus.mjs';

/** About 2,200 files, 41 MB (the issue's repository had 2,358): source, tests' fixtures, builds, a few wasm binaries. */
export const STAGED_REAL_PACKAGES = ['three@0.170.0', 'webpack@5.97.1', 'eslint@9.17.0'];
const TEXT_FILE = /\.(?:[cm]?js|ts|json|md|txt)$/;

/** Tarballs are kept beside the other CI downloads, so a rebuilt corpus (or the quick smoke run) fetches nothing. */
function packCache() {
  const cache = process.env.CAIBO_CI_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'caibo-scan-ci');
  return join(cache, 'npm-packs');
}

function tarball(spec) {
  const dir = packCache();
  const file = join(dir, `${spec.replace('@', '-')}.tgz`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const result = spawnSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' });
  const packed = join(dir, result.stdout.trim().split('\n').pop() ?? '');
  if (result.status !== 0 || !existsSync(packed)) throw new Error(`npm pack ${spec} failed: ${result.stderr}`);
  if (packed !== file) renameSync(packed, file);
  return file;
}

/** One edit of a file's lines, as a commit touching many files makes them: lines appended, changed, inserted. */
function edit(r, lines, extra) {
  const fresh = () => [...Array.from({ length: 1 + r.int(3) }, () => codeLine(r)), ...extra];
  const at = r.int(lines.length);
  switch (r.int(3)) {
    case 0:
      return [...lines, ...fresh()];
    case 1:
      return [...lines.slice(0, at), ...fresh(), ...lines.slice(at + 1)];
    default:
      return [...lines.slice(0, at), ...fresh(), ...lines.slice(at)];
  }
}

/**
 * The monorepo at one commit, then `edits` of its text files changed and staged: one in 25 with a
 * near-miss line (`caibo_` identifiers, short or placeholder keys), two with a generated key.
 */
export function stagedRealRepo(dir, edits, seed, packages = STAGED_REAL_PACKAGES) {
  const r = prng(seed);
  initRepo(dir);
  for (const spec of packages) {
    const into = join(dir, 'packages', spec.split('@')[0]);
    mkdirSync(into, { recursive: true });
    const result = spawnSync('tar', ['xzf', tarball(spec), '--strip-components=1', '-C', into]);
    if (result.status !== 0) throw new Error(`tar: ${result.stderr}`);
  }
  const date = { GIT_AUTHOR_DATE: '1700000000 +0000', GIT_COMMITTER_DATE: '1700000000 +0000' };
  git(dir, ['add', '-A']);
  spawnSync('git', ['commit', '-q', '-m', `import ${packages.join(', ')}`], { cwd: dir, env: { ...process.env, ...date } });
  git(dir, ['repack', '-adq']); // packed, as in a clone: only the staged blobs are loose
  const tracked = git(dir, ['ls-files', '-z']).split('\0').filter(Boolean);
  const text = tracked.filter((path) => TEXT_FILE.test(path)).sort();
  // A seeded Fisher-Yates: the same `edits` files every time.
  for (let i = text.length - 1; i > 0; i -= 1) {
    const j = r.int(i + 1);
    [text[i], text[j]] = [text[j], text[i]];
  }
  const chosen = text.slice(0, edits);
  const keys = [];
  const keyAt = new Set([Math.floor(edits / 3), Math.floor((2 * edits) / 3)]);
  for (const [index, path] of chosen.entries()) {
    const file = join(dir, path);
    const extra = keyAt.has(index) ? [plantKey(r, keys, path).trimEnd()] : r.int(25) === 0 ? [nearMissLine(r)] : [];
    const before = readFileSync(file, 'utf8');
    const after = edit(r, before.split('\n'), extra).join('\n');
    writeFileSync(file, after === before ? `${before}\n// edited\n` : after);
  }
  git(dir, ['add', '--', ...chosen]);
  return { files: tracked.length, edited: chosen.length, keys: keys.length };
}
