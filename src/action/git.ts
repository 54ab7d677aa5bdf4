import { execFileSync } from 'node:child_process';

/** Read-only questions the Action asks of the checkout before it picks a range; the scan itself goes through scan(). */
function gitSucceeds(cwd: string, args: string[]): boolean {
  try {
    execFileSync('git', args, { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const hasCommit = (cwd: string, rev: string) => gitSucceeds(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);

export function isShallow(cwd: string): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8' }).trim() === 'true';
  } catch {
    return false;
  }
}
