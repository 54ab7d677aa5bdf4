import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runBin } from '../helpers/cli.js';
import { makeTree } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';
import { requirement } from '../helpers/requirement.js';

/** A scan that hangs is killed and fails the test (exit code null) instead of stalling the suite. */
const HANG_LIMIT_MS = 30_000;
const scanJson = (cwd: string, ...args: string[]) => runBin(['.', '--format', 'json', '--no-config', ...args], { cwd, timeout: HANG_LIMIT_MS });

describe('symbolic links', () => {
  function linkedTree() {
    const key = liveKey();
    const base = makeTree({ 'outside/secret.txt': `k=${liveKey()}\n`, 'root/a/b/inside.txt': `k=${key}\n` });
    const root = join(base, 'root');
    symlinkSync('..', join(root, 'a/b/up')); // a loop back to an ancestor
    symlinkSync(root, join(root, 'a/self')); // a second loop, to the root
    symlinkSync('loop2', join(root, 'loop1')); // a link cycle that never resolves
    symlinkSync('loop1', join(root, 'loop2'));
    symlinkSync('../outside', join(root, 'out-link')); // a directory outside the root
    symlinkSync('a/b/inside.txt', join(root, 'file-link'));
    return root;
  }

  it('are not followed by default: reported as skipped symlinks, nothing outside the root read', () => {
    const result = scanJson(linkedTree());
    expect(result.exitCode).toBe(1);
    const report = parseJson(result);
    expect(report.findings.map((f) => f.file)).toEqual(['a/b/inside.txt']);
    expect(report.skipped.filter((s) => s.reason === 'symlink').map((s) => s.path).sort()).toEqual(
      ['a/b/up', 'a/self', 'file-link', 'loop1', 'loop2', 'out-link'],
    );
  });

  it('--follow-symlinks follows them, reads each real directory once and reports the loops', () => {
    const result = scanJson(linkedTree(), '--follow-symlinks');
    expect(result.exitCode).toBe(1);
    const report = parseJson(result);
    expect(report.findings.map((f) => f.file).sort()).toEqual(['a/b/inside.txt', 'file-link', 'out-link/secret.txt']);
    const loops = report.skipped.filter((s) => s.reason === 'symlink-loop').map((s) => s.path).sort();
    expect(loops).toEqual(['a/b/up', 'a/self', 'loop1', 'loop2']);
    expect(result.stderr).toContain('skipped a/b/up: symlink-loop (same directory as a)');
  });
});

describe('special files never block a scan', () => {
  it('FIFOs, sockets and devices are skipped as not-a-file, inside a tree and given by name', async () => {
    const key = liveKey();
    const root = makeTree({ 'app.js': `k="${key}"\n` });
    expect(spawnSync('mkfifo', [join(root, 'pipe')]).status).toBe(0);
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(root, 'socket'), done));
    const isRoot = process.getuid?.() === 0;
    if (isRoot) expect(spawnSync('mknod', [join(root, 'null-device'), 'c', '1', '3']).status).toBe(0);
    try {
      const result = scanJson(root);
      expect(result.exitCode).toBe(1);
      const notFiles = parseJson(result).skipped.filter((s) => s.reason === 'not-a-file').map((s) => s.path);
      expect(notFiles.sort()).toEqual(['pipe', 'socket', ...(isRoot ? ['null-device'] : [])].sort());
      const byName = runBin(['pipe', '--no-config'], { cwd: root, timeout: HANG_LIMIT_MS });
      expect(byName.exitCode).toBe(0);
    } finally {
      server.close();
    }
  });
});

describe('unreadable files and directories (run unprivileged: root reads through chmod 000)', () => {
  const nobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  const canDropRoot = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
  const cannotDropRoot = requirement(canDropRoot, 'root and setpriv (util-linux) to run the scan as another user', 'run as root; .ci/run runs as root');

  it.skipIf(cannotDropRoot !== '')(`warn, count in the summary, keep scanning, and the exit code still reflects findings${cannotDropRoot}`, () => {
    const root = makeTree({
      'readable.js': `k="${liveKey()}"\n`,
      'locked.txt': `k="${liveKey()}"\n`,
      'closed/inner.txt': `k="${liveKey()}"\n`,
      'open/more.js': `k="${liveKey()}"\n`,
    });
    for (const dir of [root, join(root, 'open')]) chmodSync(dir, 0o755);
    for (const file of ['readable.js', 'open/more.js']) chmodSync(join(root, file), 0o644);
    chmodSync(join(root, 'locked.txt'), 0o000);
    chmodSync(join(root, 'closed'), 0o000);
    const result = runBin(['.', '--format', 'json', '--no-config'], { cwd: root, wrapper: nobody, timeout: HANG_LIMIT_MS });
    chmodSync(join(root, 'closed'), 0o755); // let the fixture cleanup in
    expect(result.exitCode).toBe(1);
    const report = parseJson(result);
    expect(report.findings.map((f) => f.file).sort()).toEqual(['open/more.js', 'readable.js']);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { path: 'locked.txt', reason: 'unreadable', detail: 'EACCES' },
        { path: 'closed', reason: 'unreadable', detail: 'EACCES' },
      ]),
    );
    expect(report.summary.filesSkipped).toBe(2);
    expect(result.stderr).toContain('caibo-scan: warning: skipped locked.txt: unreadable (EACCES)');
    expect(result.stderr).toContain('caibo-scan: warning: skipped closed: unreadable (EACCES)');
  });

  it.skipIf(cannotDropRoot !== '')(`a clean tree with an unreadable file exits 0 but says what it skipped${cannotDropRoot}`, () => {
    const root = makeTree({ 'ok.txt': 'hello\n', 'locked.txt': `k="${liveKey()}"\n` });
    chmodSync(root, 0o755);
    chmodSync(join(root, 'ok.txt'), 0o644);
    chmodSync(join(root, 'locked.txt'), 0o000);
    const result = runBin(['.', '--no-config'], { cwd: root, wrapper: nobody, timeout: HANG_LIMIT_MS });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/1 file, .* · 1 skipped/);
    expect(result.stderr).toContain('skipped locked.txt: unreadable');
  });
});

describe('file names', () => {
  it('spaces, newlines, control characters and non-UTF-8 bytes: every file scanned, names printed safely', () => {
    const root = makeTree();
    const names = [Buffer.from('with space.js'), Buffer.from('new\nline.js'), Buffer.from('esc\x1b[31mape.js'), Buffer.from([0x62, 0x61, 0x64, 0xff, 0x2e, 0x6a, 0x73])];
    mkdirSync(join(root, 'dir with\nnewline'));
    writeFileSync(join(root, 'dir with\nnewline', 'inner.js'), `k="${liveKey()}"\n`);
    for (const name of names) writeFileSync(Buffer.concat([Buffer.from(`${root}/`), name]), `k="${liveKey()}"\n`);
    expect(readdirSync(root)).toHaveLength(5);

    const json = scanJson(root);
    expect(json.exitCode).toBe(1);
    expect(parseJson(json).findings.map((f) => f.file).sort()).toEqual(['bad\\xff.js', 'esc\x1b[31mape.js', 'new\\x0aline.js', 'with space.js']);
    expect(parseJson(json).skipped).toEqual([
      { path: 'dir with\\x0anewline', reason: 'unreadable', detail: 'name holds a line break or invalid UTF-8; not walked' },
    ]);

    const text = runBin(['.', '--no-config'], { cwd: root, timeout: HANG_LIMIT_MS });
    expect(text.stdout).toContain('esc\\x1b[31mape.js');
    expect(text.stdout + text.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    const github = runBin(['.', '--no-config', '--format', 'github'], { cwd: root, timeout: HANG_LIMIT_MS });
    expect(github.stdout.trim().split('\n')).toHaveLength(4);
    expect(github.stderr.split('\n').every((line) => line === '' || line.startsWith('caibo-scan: '))).toBe(true);
  });
});

describe('empty input', () => {
  it('an empty file is scanned and clean', () => {
    const result = scanJson(makeTree({ 'empty.txt': '' }));
    expect(result.exitCode).toBe(0);
    expect(parseJson(result).summary).toMatchObject({ filesScanned: 1, bytesScanned: 0, findings: 0 });
  });

  it('an empty tree is clean, with nothing skipped', () => {
    const result = scanJson(makeTree());
    expect(result.exitCode).toBe(0);
    expect(parseJson(result)).toMatchObject({ summary: { filesScanned: 0, findings: 0, filesSkipped: 0 }, skipped: [] });
  });

  it('empty standard input is clean', () => {
    const result = runBin(['-', '--no-config'], { input: '' });
    expect(result.exitCode).toBe(0);
  });
});
