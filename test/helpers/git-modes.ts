import { scan } from '../../src/scan.js';
import { makeRepo } from './fixture.js';

/**
 * Whether this build has the git modes (history, range, staged) that the Action's pull-request mode
 * and the pre-commit hook need; they land from the git branch. Tests that need them skip, saying so,
 * until then: a scan that silently fell back to a file scan would report mode 'files'.
 */
export async function hasGitModes(): Promise<boolean> {
  const root = makeRepo({ 'a.txt': 'hello\n' });
  const report = await scan({ mode: 'history', cwd: root, config: false });
  return report.mode === 'history';
}
