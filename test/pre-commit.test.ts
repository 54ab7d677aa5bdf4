import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { git, makeRepo, makeTree, writeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';
import { optIn, requirement } from './helpers/requirement.js';

/**
 * The real pre-commit client against this repository's .pre-commit-hooks.yaml: `try-repo` clones the
 * repository (its HEAD plus tracked changes), installs the hook the way pre-commit installs node hooks
 * (npm install, npm pack, npm install -g of the tarball) and runs it in a temporary target repository.
 * .ci/run installs Debian's pre-commit (3.0.4 on bookworm) and runs this file. Each try-repo installs
 * afresh: 25-60 s each here.
 */
const HOOK_REPO = fileURLToPath(new URL('..', import.meta.url));
const preCommitVersion = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommitVersion.status === 0;

function tryRepo(target: string, ...args: string[]) {
  const result = spawnSync('pre-commit', ['try-repo', HOOK_REPO, 'caibo-scan', ...args], {
    cwd: target,
    encoding: 'utf8',
    // Cached npm metadata is enough for the hook's install; pre-commit's log goes to a temp folder.
    env: { ...process.env, PRE_COMMIT_HOME: makeTree(), npm_config_prefer_offline: 'true', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  return { exitCode: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A target repository whose first commit holds an old live key in config.js. */
function targetRepo() {
  const oldKey = liveKey();
  const root = makeRepo({ 'config.js': `a()\nconst legacy = '${oldKey}';\n`, 'README.md': '# shop\n' });
  return { root, oldKey };
}

// Two minutes of npm installs: only when asked for (.ci/run does); asked for without pre-commit, it fails.
const reason =
  optIn('CAIBO_PRE_COMMIT_TEST', 'two minutes of npm installs') ||
  requirement(hasPreCommit, 'pre-commit', 'apt-get install pre-commit (.ci/run installs it)', true);

describe.skipIf(reason !== '')(`pre-commit hook via \`pre-commit try-repo\`${reason || ` (${preCommitVersion.stdout.trim()})`}`, () => {
  it('blocks a commit that stages a live key, showing it redacted', () => {
    const { root } = targetRepo();
    const key = liveKey();
    writeTree(root, { 'checkout.js': `x()\nconst key = '${key}';\n` });
    git(root, 'add', 'checkout.js');
    const run = tryRepo(root);
    expect(run.exitCode, run.output).toBe(1);
    expect(run.output).toMatch(/caibo-scan \(Caibo API keys\)\.+Failed/);
    expect(run.output).toContain(`checkout.js\n  2:14  high  caibo-live-key  ${key.slice(0, 18)}********  Caibo live API key in source code`);
    expect(run.output).not.toContain(key);
  }, 240_000);

  it('passes a commit that only touches a file holding an old key', () => {
    const { root, oldKey } = targetRepo();
    writeTree(root, { 'config.js': `a()\nconst legacy = '${oldKey}';\nb()\n` });
    git(root, 'add', 'config.js');
    const run = tryRepo(root);
    expect(run.exitCode, run.output).toBe(0);
    expect(run.output).toMatch(/caibo-scan \(Caibo API keys\)\.+Passed/);
  }, 240_000);

  it('--all-files scans every tracked file, finding the old key in an unchanged file', () => {
    const { root, oldKey } = targetRepo();
    const run = tryRepo(root, '--all-files');
    expect(run.exitCode, run.output).toBe(1);
    expect(run.output).toContain(`config.js\n  2:17  high  caibo-live-key  ${oldKey.slice(0, 18)}********  Caibo live API key in source code`);
    expect(run.output).not.toContain(oldKey);
  }, 240_000);
});
