// The real bundlers the plugin tests build with, pinned in test/plugins/bundlers.json and installed
// once into a cache folder named by a hash of that list (a changed pin is a new folder, never a
// stale one). `.ci/run` calls `install`; tests read the same folder through bundlersDir().
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const MANIFEST = new URL('../test/plugins/bundlers.json', import.meta.url);

export function bundlersManifest() {
  return JSON.parse(readFileSync(MANIFEST, 'utf8'));
}

export function bundlersDir(env = process.env) {
  const cache = env.CAIBO_CI_CACHE ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'caibo-scan-ci');
  const hash = createHash('sha256').update(JSON.stringify(bundlersManifest().dependencies)).digest('hex').slice(0, 12);
  return join(cache, `plugin-bundlers-${hash}`);
}

/** Set once every pinned package installed: a half-finished install is retried, never used. */
export const installedMarker = (dir) => join(dir, '.installed');

function install() {
  const dir = bundlersDir();
  if (existsSync(installedMarker(dir))) return dir;
  mkdirSync(dir, { recursive: true });
  const { dependencies } = bundlersManifest();
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, type: 'module', dependencies }, null, 2)}\n`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  if (npm.status !== 0) throw new Error(`npm install of the plugin test bundlers failed in ${dir}`);
  writeFileSync(installedMarker(dir), `${new Date().toISOString()}\n`);
  return dir;
}

if (process.argv[2] === 'install') {
  const started = Date.now();
  const dir = install();
  console.log(`plugin bundlers ready in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
