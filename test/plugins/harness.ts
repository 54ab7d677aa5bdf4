import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
// @ts-expect-error: a plain .mjs script shared with .ci/run, no types
import { bundlersDir, bundlersManifest, installedMarker } from '../../scripts/plugin-bundlers.mjs';
import { writeTree } from '../helpers/fixture.js';
import { requirement } from '../helpers/requirement.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const BUNDLERS: string = bundlersDir();
export const VERSIONS: Record<string, string> = bundlersManifest().dependencies;

/** '' when the pinned bundlers are installed; else the skip reason (under CI: an error). */
export const missingBundlers = (): string =>
  requirement(existsSync(installedMarker(BUNDLERS)), 'the pinned bundlers', 'node scripts/plugin-bundlers.mjs install');

export const bin = (path: string) => join(BUNDLERS, 'node_modules', path);

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A project inside the bundlers' folder, so it resolves the pinned bundlers as a user's project
 * resolves its own; `caibo-scan` is this repository (its built dist/), linked as an installed package.
 */
export function makeProject(files: Record<string, string>): string {
  const projects = join(BUNDLERS, 'projects');
  mkdirSync(projects, { recursive: true });
  const dir = mkdtempSync(join(projects, 'app-'));
  created.push(dir);
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(REPO, join(dir, 'node_modules', 'caibo-scan'), 'dir');
  writeTree(dir, { 'package.json': JSON.stringify({ name: 'app', private: true, type: 'module' }), ...files });
  return dir;
}

export interface BuildRun {
  status: number | null;
  /** stdout and stderr together: everything the build printed. */
  output: string;
  ms: number;
}

/** Runs a build the way its user does (`node <bundler bin> build`), plugin options through the environment. */
export function runBuild(cwd: string, args: string[], options: object = {}, env: NodeJS.ProcessEnv = {}): BuildRun {
  const started = performance.now();
  const base = { ...process.env };
  delete base.NODE_EXTRA_CA_CERTS;
  delete base.FORCE_COLOR;
  for (const name of Object.keys(base)) if (/^(?:VITE_|NEXT_PUBLIC_)|^TURBOPACK$/.test(name)) delete base[name];
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...base, NO_COLOR: '1', NEXT_TELEMETRY_DISABLED: '1', CAIBO_SCAN_PLUGIN_OPTIONS: JSON.stringify(options), ...env },
    timeout: 540_000, // a Next build on a loaded 2-core machine can take minutes
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, ms: performance.now() - started };
}

/** Every file under `dir` (none when it does not exist). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

export const anyFileHolds = (dir: string, text: string) => filesUnder(dir).some((path) => readFileSync(path, 'latin1').includes(text));

/** How a build config picks up the test's plugin options. */
export const OPTIONS_FROM_ENV = `JSON.parse(process.env.CAIBO_SCAN_PLUGIN_OPTIONS ?? '{}')`;
