import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Files that make a folder a project's root outside git: a package.json, or the config of a
 * framework whose build output the context model recognises (issue 11).
 */
const PROJECT_MARKER = /^(?:package\.json|(?:vite|next|svelte|astro|nuxt)\.config\.[cm]?[jt]s)$/;

/**
 * Folders frameworks own and write package.json files into (`.next/package.json`, Nitro's
 * `.output/server/package.json`): never a project root, whatever they hold.
 */
const FRAMEWORK_OUTPUT = /[\\/]\.(?:next|output|nuxt|svelte-kit|vercel|netlify)(?:[\\/]|$)/;

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

function hasProjectMarker(dir: string): boolean {
  if (FRAMEWORK_OUTPUT.test(dir)) return false;
  try {
    return readdirSync(dir).some((name) => PROJECT_MARKER.test(name));
  } catch {
    return false;
  }
}

/**
 * The root report paths and verdicts are relative to, whichever directory was named: the git
 * top-level when `anchor` is inside a repository (the folder holding `.git`, a directory or a
 * worktree's file), else the nearest folder holding a package.json or a framework config, else
 * `anchor` itself. A few directory reads per scan, not per file. GIT_CEILING_DIRECTORIES is honoured
 * as git honours it, so the root is the top-level git itself would find.
 */
export function findProjectRoot(anchor: string, env: NodeJS.ProcessEnv = process.env): string {
  // As git does: never look for a repository in a ceiling directory or above it (a stray /tmp/.git).
  const ceilings = (env.GIT_CEILING_DIRECTORIES ?? '').split(':').filter(Boolean).map((dir) => resolve(dir));
  const start = resolve(anchor);
  let mayBeRepository = true;
  let nearestProject: string | undefined;
  for (let dir = start; ; dir = dirname(dir)) {
    if (dir !== start && ceilings.includes(dir)) mayBeRepository = false;
    if (mayBeRepository && existsSync(join(dir, '.git'))) return dir;
    if (nearestProject === undefined && hasProjectMarker(dir)) nearestProject = dir;
    if (dirname(dir) === dir) return nearestProject ?? start;
  }
}

/**
 * Report paths (POSIX, relative to `root`) as paths relative to `base`, for globs and regexes
 * written relative to another folder: a config file's, or the scanned directory's. Undefined for
 * files outside `base`. String work only: it runs for every walked file when globs are given.
 */
const isOutside = (relativePath: string) => relativePath === '..' || relativePath.startsWith('../');

export type Rebase = (reportPath: string) => string | undefined;

export function rebaseFrom(root: string, base: string): Rebase {
  const rootFromBase = toPosix(relative(base, root));
  if (rootFromBase === '') return (path) => path;
  if (!isOutside(rootFromBase)) return (path) => `${rootFromBase}/${path}`;
  const baseFromRoot = toPosix(relative(root, base));
  if (isOutside(baseFromRoot)) return () => undefined;
  const prefix = `${baseFromRoot}/`;
  return (path) => (path.startsWith(prefix) ? path.slice(prefix.length) : undefined);
}
