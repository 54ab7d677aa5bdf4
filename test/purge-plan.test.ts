import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { commitFiles, git, makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';
import { requirement } from './helpers/requirement.js';

const hasFilterRepo = spawnSync('git', ['filter-repo', '--version']).status === 0;
const missingFilterRepo = requirement(hasFilterRepo, 'git-filter-repo', 'apt-get install git-filter-repo');

/**
 * A bare "origin" (the forge) whose branches and tag hold two live keys and a test key, and the
 * auditor's clone of it (`shop`, with feature/x only as origin/feature/x) in a work folder.
 */
function leakyOrigin() {
  const keys = { live: liveKey(), other: liveKey(), sandbox: testKey() };
  const dev = makeRepo({ 'README.md': '# shop\n' });
  commitFiles(dev, { 'src/pay.js': `export const key = '${keys.live}';\n`, 'docs/setup.md': `CAIBO_API_KEY=${keys.live}\n` }, 'add payments');
  git(dev, 'tag', '-a', 'v1.0', '-m', 'release');
  git(dev, 'checkout', '-qb', 'feature/x');
  commitFiles(dev, { 'feature.js': `k = '${keys.other}'\n`, 'sandbox.js': `k = '${keys.sandbox}'\n` }, 'feature');
  git(dev, 'checkout', '-q', 'main');
  commitFiles(dev, { 'src/pay.js': 'export const key = process.env.CAIBO_API_KEY;\n' }, 'read the key from the environment');
  const work = makeTree();
  git(work, 'clone', '-q', '--bare', dev, 'origin.git');
  git(work, 'clone', '-q', 'origin.git', 'shop');
  return { keys, work, origin: join(work, 'origin.git'), clone: join(work, 'shop') };
}

/** The plan's `$ ` command lines from step `from` to step `to`, as one shell script. */
function commands(steps: string, from: number, to: number): string {
  const block = steps.split(/\n(?=\d+\. )/).filter((s) => {
    const n = Number(/^(\d+)\. /.exec(s)?.[1]);
    return n >= from && n <= to;
  });
  return block.flatMap((s) => s.split('\n').filter((l) => l.startsWith('   $ ')).map((l) => l.slice(5))).join('\n');
}

describe('history --purge-plan', () => {
  it('writes the replacement file mode 0600 with a loud warning, and prints the ordered steps without a raw key', async () => {
    const { keys, work, clone } = leakyOrigin();
    const result = await runCli(['history', clone, '--purge-plan', 'purge.txt'], { cwd: work, env: { CI: '' } });
    expect(result.exitCode).toBe(1);
    const file = join(work, 'purge.txt');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const lines = readFileSync(file, 'utf8').trim().split('\n').sort();
    expect(lines).toHaveLength(3);
    for (const key of Object.values(keys)) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${key}==>CAIBO-KEY-REMOVED-[0-9a-f]{16}$`)));
    expect(result.stderr).toMatch(/WARNING: .*purge\.txt holds 3 RAW KEYS \(mode 0600\)/);
    for (const key of Object.values(keys)) expect(result.stdout + result.stderr).not.toContain(key);
    const order = ['1. Rotate first', '2. Back up', '3. Rewrite', '4. Force-push', '5. The forge', '6. Every collaborator re-clones', '7. Prove it'];
    const positions = order.map((step) => result.stdout.indexOf(step));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(result.stdout).toContain(`refs/heads/feature/x:refs/heads/feature/x refs/heads/main:refs/heads/main refs/tags/v1.0:refs/tags/v1.0`);
  });

  it('is refused on a CI run without a terminal unless --yes, and writes nothing', async () => {
    const { work, clone } = leakyOrigin();
    const refused = await runCli(['history', clone, '--purge-plan', 'purge.txt'], { cwd: work, env: { CI: 'true' } });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/--purge-plan writes raw keys.*--yes/);
    expect(existsSync(join(work, 'purge.txt'))).toBe(false);
    const allowed = await runCli(['history', clone, '--purge-plan', 'purge.txt', '--yes'], { cwd: work, env: { CI: 'true' } });
    expect(allowed.exitCode).toBe(1);
    expect(existsSync(join(work, 'purge.txt'))).toBe(true);
  });

  it('keeps machine formats parseable: the steps go to stdout only beside a text report or with --output', async () => {
    const { work, clone } = leakyOrigin();
    const mixed = await runCli(['history', clone, '--purge-plan', 'purge.txt', '--format', 'json'], { cwd: work, env: { CI: '' } });
    expect(mixed.exitCode).toBe(2);
    expect(mixed.stderr).toMatch(/--purge-plan prints its steps on stdout: write the json report with --output FILE/);
    const split = await runCli(['history', clone, '--purge-plan', 'purge.txt', '--format', 'json', '--output', 'audit.json'], { cwd: work, env: { CI: '' } });
    expect(split.stdout).toMatch(/^caibo-scan purge plan: 3 keys/);
    expect(JSON.parse(readFileSync(join(work, 'audit.json'), 'utf8')).keys).toHaveLength(3);
  });

  it.skipIf(missingFilterRepo !== '')(`end to end with git filter-repo: afterwards history finds none of the key ids${missingFilterRepo}`, async () => {
    const { keys, work, origin, clone } = leakyOrigin();
    const before = JSON.parse((await runCli(['history', clone, '--format', 'json'], { cwd: work })).stdout);
    const ids: string[] = before.keys.map((k: { id: string }) => k.id);
    expect(ids).toHaveLength(3);

    const plan = await runCli(['history', clone, '--purge-plan', 'purge.txt', '--yes'], { cwd: work, env: { CI: 'true' } });
    const script = commands(plan.stdout, 2, 4);
    expect(script).toMatch(/^git clone --mirror .*\ngit clone --mirror .*\ncd .*\ngit filter-repo --replace-text .*\ngit push --force /);
    const ran = spawnSync('sh', ['-ec', script], { cwd: work, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    expect(ran.status, ran.stderr).toBe(0);

    git(work, 'clone', '-q', 'origin.git', 'fresh-clone'); // step 6: collaborators re-clone
    for (const repo of [origin, join(work, 'shop-purge.git'), join(work, 'fresh-clone')]) {
      const after = JSON.parse((await runCli(['history', repo, '--format', 'json'], { cwd: work })).stdout);
      expect(after.keys.filter((k: { id: string }) => ids.includes(k.id))).toEqual([]);
      expect(after.findings).toEqual([]);
    }
    // The keys are gone, their markers are in their place, the backup still has everything.
    const rewritten = git(origin, 'show', 'refs/tags/v1.0:src/pay.js');
    expect(rewritten).toContain(`CAIBO-KEY-REMOVED-${ids.find((id) => before.keys.find((k: { id: string; locations: Array<{ file: string }> }) => k.id === id && k.locations.some((l) => l.file === 'src/pay.js')))}`);
    expect(rewritten).not.toContain(keys.live);
    const backup = JSON.parse((await runCli(['history', join(work, 'shop-backup.git'), '--format', 'json'], { cwd: work })).stdout);
    expect(backup.keys.map((k: { id: string }) => k.id).sort()).toEqual([...ids].sort());
  }, 60_000);
});
