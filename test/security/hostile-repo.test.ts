import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { runBin, runCli } from '../helpers/cli.js';
import { commitFiles, git, makeRepo, makeTree, writeTree } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';
import { safeGit } from '../../src/sources/git.js';

/**
 * Issue 18: a repository's own config names programs git runs (fsmonitor, filters, diff drivers,
 * hooks, pagers, ssh, credential helpers, promisor fetches). Each one here would create a marker
 * file; no caibo-scan mode may leave one.
 */
const HOOKS = ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'post-rewrite'];

function hostileRepo() {
  const markers = makeTree();
  const touch = (name: string) => `touch '${join(markers, name)}'`;
  const root = makeRepo({
    '.gitattributes': '* filter=evil diff=evil merge=evil\n*.sh filter=evilprocess\n',
    'app.js': 'run()\n',
    'run.sh': 'echo hi\n',
  });
  const hooks = join(root, '.git', 'evil-hooks');
  mkdirSync(hooks);
  for (const hook of HOOKS) {
    writeFileSync(join(hooks, hook), `#!/bin/sh\n${touch(`hook-${hook}`)}\n`);
    chmodSync(join(hooks, hook), 0o755);
  }
  const settings: Record<string, string> = {
    'core.fsmonitor': `${touch('fsmonitor')}; false #`,
    'core.hooksPath': hooks,
    'core.pager': `${touch('pager')}; cat`,
    'pager.log': `${touch('pager-log')}; cat`,
    'core.sshCommand': touch('ssh'),
    'core.askPass': touch('askpass'),
    'credential.helper': `!${touch('credential')}`,
    'filter.evil.clean': `${touch('clean')}; cat`,
    'filter.evil.smudge': `${touch('smudge')}; cat`,
    'filter.evil.required': 'true',
    'filter.evilprocess.process': touch('filter-process'),
    'diff.evil.textconv': `${touch('textconv')}; cat`,
    'diff.evil.command': touch('diff-command'),
    'diff.external': touch('diff-external'),
    'merge.evil.driver': touch('merge-driver'),
    'uploadpack.packObjectsHook': touch('pack-objects-hook'),
    'gpg.program': touch('gpg'),
    'log.showSignature': 'true',
    'protocol.ext.allow': 'always',
    'remote.origin.url': `ext::sh -c ${touch('ext-remote')}`,
  };
  const base = git(root, 'rev-parse', 'HEAD').trim();
  git(root, 'checkout', '-qb', 'feature');
  const head = commitFiles(root, { 'pay.js': `const key = '${liveKey()}';\n`, 'run.sh': 'echo bye\n' }, 'pay');
  // Something for every mode to find: a committed env file (files mode asks git about it) and a staged key.
  writeTree(root, { '.env': `CAIBO_KEY=${liveKey()}\n`, 'staged.js': `k = '${liveKey()}'\n`, 'app.js': 'run(1)\n' });
  git(root, 'add', 'staged.js', 'app.js');
  for (const [key, value] of Object.entries(settings)) git(root, 'config', key, value);
  rmSync(markers, { recursive: true, force: true }); // what building the repository itself fired
  mkdirSync(markers);
  return { root, markers, base, head };
}

const fired = (markers: string) => readdirSync(markers).sort();

describe('a hostile repository runs none of its programs (issue 18)', () => {
  let repo: ReturnType<typeof hostileRepo>;
  beforeAll(() => {
    repo = hostileRepo();
  });
  beforeEach(() => {
    for (const marker of readdirSync(repo.markers)) rmSync(join(repo.markers, marker));
  });

  it('building the fixture really fires the settings (the test can fail)', () => {
    const probe = hostileRepo();
    git(probe.root, 'ls-files');
    git(probe.root, 'diff', 'HEAD', '--', 'app.js');
    expect(fired(probe.markers)).toEqual(expect.arrayContaining(['fsmonitor', 'clean', 'diff-command']));
  });

  it.each([
    ['files', ['.']],
    ['history', ['history']],
    ['staged', ['staged']],
    ['staged FILE...', ['staged', 'staged.js', 'app.js', 'pay.js']],
    ['range', ['history', '--range', 'main..feature']],
    ['since', ['history', '--since', 'main']],
  ])('%s', async (_, args) => {
    const result = await runCli([...args, '--format', 'json'], { cwd: repo.root });
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.exitCode).toBe(1); // each mode still finds its key
    expect(fired(repo.markers)).toEqual([]);
  });

  it('audit of the repository as a local clone source, then a rerun (fetch)', async () => {
    const list = join(makeTree(), 'repos.txt');
    writeFileSync(list, `${repo.root}\n`);
    const cache = makeTree();
    for (let run = 0; run < 2; run += 1) {
      const result = await runCli(['audit', list, '--cache', cache, '--format', 'json'], { cwd: repo.root });
      expect(result.stderr).not.toMatch(/not vetted|internal error/);
      const audit = JSON.parse(result.stdout) as { repositories: Array<{ error?: string; findings: unknown[] }> };
      expect(audit.repositories).toMatchObject([{ findings: expect.arrayContaining([expect.anything()]) }]);
      expect(audit.repositories[0]!.error).toBeUndefined();
    }
    expect(fired(repo.markers)).toEqual([]);
  });

  it('the built CLI, as a pre-commit hook runs it', () => {
    const result = runBin(['staged', 'staged.js'], { cwd: repo.root });
    expect(result.exitCode).toBe(1);
    expect(fired(repo.markers)).toEqual([]);
  });

  it.each([
    ['pull_request', { pull_request: { number: 1, base: { sha: 'BASE' }, head: { sha: 'HEAD' } } }, {}],
    ['push', { before: 'BASE', after: 'HEAD', ref: 'refs/heads/feature' }, {}],
    ['schedule', {}, {}],
    ['workflow_dispatch', {}, { mode: 'files' }],
  ])('the Action on %s', (event, payload, inputs) => {
    const filled = JSON.parse(JSON.stringify(payload).replace('"BASE"', `"${repo.base}"`).replace('"HEAD"', `"${repo.head}"`)) as object;
    const run = runAction({ workspace: repo.root, event, payload: filled, inputs, sha: repo.head });
    expect(run.stdout).not.toMatch(/::error::/);
    expect(run.exitCode).toBe(1);
    expect(fired(repo.markers)).toEqual([]);
  });
});

describe('a promisor remote is never fetched from (issue 18)', () => {
  /** A "partial clone" whose missing blob would be fetched from a remote that runs a command. */
  function promisorRepo() {
    const markers = makeTree();
    const root = makeRepo({ 'a.js': `k = '${liveKey()}'\n` });
    const blob = git(root, 'rev-parse', 'HEAD:a.js').trim();
    rmSync(join(root, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    git(root, 'config', 'core.repositoryformatversion', '1');
    git(root, 'config', 'extensions.partialClone', 'origin');
    git(root, 'config', 'remote.origin.promisor', 'true');
    git(root, 'config', 'protocol.ext.allow', 'always');
    git(root, 'config', 'remote.origin.url', `ext::sh -c touch% ${join(markers, 'lazy-fetch')}`);
    return { root, markers };
  }

  it('the fixture really fetches when git is left alone (the test can fail)', () => {
    const { root, markers } = promisorRepo();
    expect(() => git(root, 'cat-file', '-p', 'HEAD:a.js')).toThrow();
    expect(fired(markers)).toEqual(['lazy-fetch']);
  });

  it('history of a partial clone with a missing blob: exit 2 naming the problem, no fetch', async () => {
    const { root, markers } = promisorRepo();
    const result = await runCli(['history'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/1 blob is missing from the repository \(a partial clone/);
    expect(fired(markers)).toEqual([]);
  });
});

describe('safeGit: the one way caibo-scan starts git', () => {
  it('refuses a subcommand or flag nobody vetted: a checkout would run filter drivers', () => {
    expect(() => safeGit(['checkout', 'main'])).toThrow(/not vetted/);
    expect(() => safeGit(['cat-file', '--filters', 'HEAD:a.js'])).toThrow(/not vetted/);
    expect(() => safeGit(['log', '--ext-diff'])).toThrow(/not vetted/);
    expect(() => safeGit(['clone', '--', 'src', 'dst'])).toThrow(/not vetted/); // a checkout: filters would run
    expect(() => safeGit(['remote', 'add', 'x', 'ext::sh'])).toThrow(/not vetted/);
  });

  it('lets an audit mirror over the real transports only, with the user\'s credential helpers', () => {
    const { args, env } = safeGit(['clone', '--mirror', '--', 'https://example.com/a.git', 'a.git']);
    expect(env.GIT_ALLOW_PROTOCOL).toBe('file:git:http:https:ssh');
    expect(args).not.toContain('credential.helper=');
    expect(args).toEqual(expect.arrayContaining(['core.fsmonitor=false', 'core.hooksPath=/dev/null']));
  });

  it('runs the diff family without textconv and external diffs, and every call without a transport', () => {
    const { args, env } = safeGit(['diff', '--cached']);
    expect(args.slice(args.indexOf('diff'))).toEqual(['diff', '--no-ext-diff', '--no-textconv', '--cached']);
    expect(args).toEqual(expect.arrayContaining(['--no-pager', 'core.fsmonitor=false', 'core.hooksPath=/dev/null', 'credential.helper=']));
    expect(env).toMatchObject({ GIT_ALLOW_PROTOCOL: '', GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' });
  });
});
