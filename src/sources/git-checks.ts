import { execFileSync } from 'node:child_process';

/**
 * Small synchronous questions asked of a repository before a scan is planned (does the clone have
 * this commit, is it shallow, which paths are staged); the scans themselves read git in their sources.
 */
function gitOutput(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

export const hasCommit = (cwd: string, rev: string) => gitOutput(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]) !== undefined;

export const isShallow = (cwd: string) => gitOutput(cwd, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';

/** The repository's root directory, or undefined outside a repository. */
export const repositoryRoot = (cwd: string) => gitOutput(cwd, ['rev-parse', '--show-toplevel'])?.trim() || undefined;

/** Repo-relative paths the index changes against HEAD (renames under their new name), or undefined on git failure. */
export function stagedPaths(root: string): Set<string> | undefined {
  const output = gitOutput(root, ['diff', '--cached', '--name-only', '-z', '-M', '--no-ext-diff']);
  return output === undefined ? undefined : new Set(output.split('\0').filter(Boolean));
}
