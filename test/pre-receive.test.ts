import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from './helpers/cli.js';
import { commitFiles, git, makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

/** A bare server repository with `caibo-scan pre-receive` installed as its hook, and a clone pushing to it. */
function server(hookArgs = '') {
  const bare = makeTree();
  git(bare, 'init', '-q', '--bare');
  git(bare, 'config', 'receive.advertisePushOptions', 'true');
  const hook = join(bare, 'hooks', 'pre-receive');
  // NODE_EXTRA_CA_CERTS is unset as on users' servers; the hook runs where git runs it (the bare repository).
  writeFileSync(hook, `#!/bin/sh\nunset NODE_EXTRA_CA_CERTS\nexec "${process.execPath}" "${BIN}" pre-receive ${hookArgs}\n`);
  chmodSync(hook, 0o755);
  const clone = makeRepo({ 'README.md': '# shop\n' });
  git(clone, 'remote', 'add', 'origin', bare);
  git(clone, 'push', '-q', 'origin', 'main');
  return { bare, clone };
}

/** A real `git push`: the pusher sees the hook's output as `remote:` lines. */
function push(clone: string, ...args: string[]) {
  const result = spawnSync('git', ['push', 'origin', ...args], { cwd: clone, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  return { ok: result.status === 0, output: result.stdout + result.stderr };
}
const serverRef = (bare: string, ref: string) => spawnSync('git', ['rev-parse', '--verify', '-q', ref], { cwd: bare, encoding: 'utf8' }).stdout.trim();

describe('caibo-scan pre-receive: server-side push protection with a real bare repository and git push', () => {
  it('rejects a push that adds a live key, shows the pusher a redacted finding, leaves the ref; a clean push is accepted', () => {
    const { bare, clone } = server();
    const before = serverRef(bare, 'main');
    const key = liveKey();
    commitFiles(clone, { 'checkout.js': `const key = '${key}';\n` }, 'add checkout');
    const rejected = push(clone, 'main');
    expect(rejected.ok).toBe(false);
    expect(rejected.output).toMatch(/remote: .*checkout\.js/);
    expect(rejected.output).toMatch(/remote: .*caibo-live-key/);
    expect(rejected.output).toContain('remote: caibo-scan: push rejected');
    expect(rejected.output).toContain('pre-receive hook declined');
    expect(rejected.output).not.toContain(key);
    expect(serverRef(bare, 'main')).toBe(before);

    git(clone, 'reset', '-q', '--hard', 'HEAD~1');
    commitFiles(clone, { 'checkout.js': 'const key = process.env.CAIBO_API_KEY;\n' }, 'read the key from the environment');
    expect(push(clone, 'main').ok).toBe(true);
  });

  it('scans only what the push adds: an old key already on the server does not block a new clean commit', () => {
    const { bare, clone } = server();
    const old = liveKey();
    git(bare, 'config', 'core.hooksPath', '/dev/null'); // let the old key in, as before the hook was installed
    commitFiles(clone, { 'legacy.js': `k = '${old}'\n` }, 'legacy');
    expect(push(clone, 'main').ok).toBe(true);
    git(bare, 'config', '--unset', 'core.hooksPath');
    commitFiles(clone, { 'legacy.js': `k = '${old}'\n// touched\n` }, 'touch legacy');
    const result = push(clone, 'main');
    expect(result.ok).toBe(true);
    expect(result.output).not.toContain(old);
  });

  it('a new branch: only commits no server ref has; a new branch at an existing commit is accepted', () => {
    const { clone } = server();
    git(clone, 'checkout', '-qb', 'feature');
    expect(push(clone, 'feature').ok).toBe(true); // nothing new
    commitFiles(clone, { 'a.js': `k = '${liveKey()}'\n` }, 'feature work');
    const result = push(clone, 'feature');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/remote: .*a\.js/);
  });

  it('a tag pointing at a commit that adds a key is rejected; deleting a branch is accepted', () => {
    const { bare, clone } = server();
    git(clone, 'checkout', '-qb', 'release');
    commitFiles(clone, { 'dist/app.js': `fetch(u,{headers:{"X-API-Key":"${liveKey()}"}})` }, 'release build');
    git(clone, 'tag', '-a', 'v1.0.0', '-m', 'release');
    git(clone, 'checkout', '-q', 'main');
    const tag = push(clone, 'v1.0.0');
    expect(tag.ok).toBe(false);
    expect(tag.output).toMatch(/remote: .*critical.*caibo-live-key-in-client-bundle/);
    expect(serverRef(bare, 'refs/tags/v1.0.0')).toBe('');

    git(clone, 'checkout', '-qb', 'doomed');
    expect(push(clone, 'doomed').ok).toBe(true);
    const deletion = push(clone, '--delete', 'doomed');
    expect(deletion.ok).toBe(true);
    expect(deletion.output).toContain('remote: caibo-scan: 1 deleted ref: nothing to scan');
  });

  it('a force-push that rewrites the branch to add a key is rejected', () => {
    const { bare, clone } = server();
    commitFiles(clone, { 'a.js': 'ok\n' }, 'ok');
    expect(push(clone, 'main').ok).toBe(true);
    const tip = serverRef(bare, 'main');
    git(clone, 'reset', '-q', '--hard', 'HEAD~1');
    commitFiles(clone, { 'a.js': `k = '${liveKey()}'\n` }, 'rewritten');
    const result = push(clone, '--force', 'main');
    expect(result.ok).toBe(false);
    expect(serverRef(bare, 'main')).toBe(tip);
  });

  it('the skip push option works only where the hook allows it, and says so', () => {
    const strict = server();
    commitFiles(strict.clone, { 'a.js': `k = '${liveKey()}'\n` }, 'key');
    const refused = push(strict.clone, '-o', 'caibo-scan.skip', 'main');
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain('remote: caibo-scan: push option caibo-scan.skip is not allowed on this server; scanning');

    const lenient = server('--allow-skip');
    commitFiles(lenient.clone, { 'a.js': `k = '${liveKey()}'\n` }, 'key');
    const skipped = push(lenient.clone, '-o', 'caibo-scan.skip', 'main');
    expect(skipped.ok).toBe(true);
    expect(skipped.output).toContain('remote: caibo-scan: skipped by push option caibo-scan.skip (refs/heads/main): not scanned');
    expect(push(lenient.clone, 'main').ok).toBe(true); // already there
  });

  it('a test key alone is low: accepted under the default threshold, reported to the pusher', () => {
    const { clone } = server();
    commitFiles(clone, { 'test/setup.js': `process.env.CAIBO_API_KEY = '${testKey()}';\n` }, 'test setup');
    const result = push(clone, 'main');
    expect(result.ok).toBe(true);
    expect(result.output).toMatch(/remote: .*caibo-test-key/);
  });

  it('bad hook input is a usage error (exit 2), never a pass', async () => {
    const bare = makeTree();
    git(bare, 'init', '-q', '--bare');
    const result = await runCli(['pre-receive'], { cwd: bare, stdin: Buffer.from('not a ref update\n') });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('caibo-scan: pre-receive: standard input line 1 is not "<old> <new> <ref>" as git passes it to the hook\n');
  });
});
