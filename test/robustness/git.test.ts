import { spawnSync } from 'node:child_process';
import { chownSync, closeSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runBin } from '../helpers/cli.js';
import { commitFiles, git, makeRepo, makeTree } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';
import { expectPeakWithinReadme, runBinMeasured } from '../helpers/peak-memory.js';
import { optIn, requirement } from '../helpers/requirement.js';
import { WHOLE_FILE_LIMIT } from '../../src/sources/read-file.js';

/**
 * Repositories in odd shapes or states (issue 7). Each either scans correctly or exits 2 with one
 * line that says what to do; none yields a stack trace or a clean report for an unread repository.
 */

/** A scan that hangs is killed and fails the test (exit code null) instead of stalling the suite. */
const HANG_LIMIT_MS = 60_000;
const NO_USER_GIT_CONFIG = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const scanJson = (cwd: string, ...args: string[]) =>
  runBin([...args, '--format', 'json', '--no-config'], { cwd, timeout: HANG_LIMIT_MS, env: NO_USER_GIT_CONFIG });

function expectOneLineError(result: ReturnType<typeof runBin>, pattern: RegExp) {
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^caibo-scan: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
}

/** A repository whose second commit adds a key, so a clean report would be a visible lie. */
function repoWithKey() {
  const key = liveKey();
  const root = makeRepo({ 'app.js': 'start()\n' });
  commitFiles(root, { 'config.js': `k = '${key}'\n` });
  return { root, key };
}

describe('damaged repositories exit 2, naming the damage and git fsck', () => {
  it('a corrupt loose object (garbage where the zlib stream should be)', () => {
    const { root } = repoWithKey();
    const blob = git(root, 'rev-parse', 'HEAD:config.js').trim();
    const file = join(root, '.git', 'objects', blob.slice(0, 2), blob.slice(2));
    rmSync(file);
    writeFileSync(file, 'not a zlib stream');
    // Unreadable is missing to git: listed as skipped, the rest scanned, exit 2 (issue 16).
    const result = scanJson(root, 'history');
    expect(result.exitCode).toBe(2);
    expect(JSON.parse(result.stdout).skipped).toEqual([{ path: 'config.js', reason: 'missing-object', detail: `blob ${blob} is missing from the repository` }]);
    expect(result.stderr).toMatch(/try git fsck/);
  });

  it('a corrupt packfile', () => {
    const { root } = repoWithKey();
    git(root, 'repack', '-adq');
    const pack = join(root, '.git', 'objects', 'pack', packFiles(root).find((name) => name.endsWith('.pack'))!);
    // Overwrite the middle of the key blob's compressed data (verify-pack: id type size packed-size offset).
    const blob = git(root, 'rev-parse', 'HEAD:config.js').trim();
    const [, , , packed, offset] = git(root, 'verify-pack', '-v', pack).split('\n').find((line) => line.startsWith(blob))!.split(/\s+/);
    const fd = openSync(pack, 'r+');
    writeSync(fd, Buffer.alloc(4, 0xff), 0, 4, Number(offset) + Math.floor(Number(packed) / 2));
    closeSync(fd);
    expectOneLineError(scanJson(root, 'history'), /corrupt.*git fsck/);
  });

  it('a missing packfile (git repack -ad, then the .pack deleted)', () => {
    const { root } = repoWithKey();
    git(root, 'repack', '-adq');
    for (const name of packFiles(root).filter((n) => n.endsWith('.pack'))) rmSync(join(root, '.git', 'objects', 'pack', name));
    expectOneLineError(scanJson(root, 'history'), /bad object.*corrupt or missing objects \(try git fsck\)/);
  });
});

const packFiles = (root: string) => readdirSync(join(root, '.git', 'objects', 'pack'));

describe('a linked worktree (git worktree add)', () => {
  function linkedWorktree() {
    const { root, key } = repoWithKey();
    const linked = join(makeTree(), 'linked');
    git(root, 'worktree', 'add', '-q', '-b', 'side', linked);
    return { linked, key };
  }

  it('history from inside it scans the shared repository', () => {
    const { linked } = linkedWorktree();
    const result = scanJson(linked, 'history');
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings.map((f) => f.file)).toEqual(['config.js']);
  });

  it('staged reads its own index, and files mode its own files', () => {
    const { linked } = linkedWorktree();
    writeFileSync(join(linked, 'new.js'), `k = '${liveKey()}'\n`);
    git(linked, 'add', 'new.js');
    const staged = scanJson(linked, 'staged');
    expect(staged.exitCode).toBe(1);
    expect(parseJson(staged).findings.map((f) => f.file)).toEqual(['new.js']);
    const files = scanJson(linked, '.');
    expect(parseJson(files).findings.map((f) => f.file).sort()).toEqual(['config.js', 'new.js']);
  });
});

describe('a submodule', () => {
  function superproject() {
    const inner = repoWithKey();
    const root = makeRepo({ 'top.js': 'start()\n' });
    git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner.root, 'libs/inner');
    git(root, 'commit', '-qm', 'add submodule');
    return root;
  }

  it('history says the submodule history is not scanned (its commits live in another repository)', () => {
    const result = scanJson(superproject(), 'history');
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout) as { warnings: string[] };
    expect(report.warnings).toEqual([
      'submodule history is not scanned: libs/inner; run caibo-scan history inside each submodule',
    ]);
    expect(result.stderr).toContain('caibo-scan: warning: submodule history is not scanned: libs/inner');
  });

  it('files mode scans the checked-out submodule files like any others, env files included', () => {
    const root = superproject();
    writeFileSync(join(root, 'libs/inner/.env'), `CAIBO_KEY=${liveKey()}\n`);
    const result = scanJson(root, '.');
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings.map((f) => f.file).sort()).toEqual(['libs/inner/.env', 'libs/inner/config.js']);
  });
});

describe('a bare repository', () => {
  function bareClone() {
    const { root } = repoWithKey();
    const bare = join(makeTree(), 'repo.git');
    git(root, 'clone', '-q', '--bare', root, bare);
    return bare;
  }

  it('history repo.git scans it', () => {
    const bare = bareClone();
    const result = scanJson(join(bare, '..'), 'history', 'repo.git');
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings.map((f) => f.file)).toEqual(['config.js']);
  });

  it('staged inside it exits 2: a bare repository has no index', () => {
    expectOneLineError(scanJson(bareClone(), 'staged'), /bare repository has no staged changes/);
  });
});

describe('safe.directory', () => {
  const notRoot = requirement(process.getuid?.() === 0, 'root (to chown a repository to another user)', 'run as root; .ci/run runs as root');

  it.skipIf(notRoot !== '')(`a repository owned by another user: exit 2 naming the git config command that trusts it${notRoot}`, () => {
    const { root } = repoWithKey();
    chownTree(root, 65534);
    for (const mode of ['history', 'staged']) {
      const result = scanJson(root, mode);
      expectOneLineError(result, /dubious ownership/);
      expect(result.stderr).toContain(`git config --global --add safe.directory ${root}\n`);
    }
  });
});

function chownTree(dir: string, uid: number): void {
  chownSync(dir, uid, uid);
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    chownSync(join(entry.parentPath, entry.name), uid, uid);
  }
}

describe('size', () => {
  const notSlow = optIn('CAIBO_SCAN_SLOW_TESTS', 'a few 50 MB commits');
  it('10,000 refs: every ref is a starting point, each commit read once', () => {
    const { root } = repoWithKey();
    const [head, first] = [git(root, 'rev-parse', 'HEAD').trim(), git(root, 'rev-parse', 'HEAD~1').trim()];
    // A side commit that only one of the 10,000 refs reaches, holding a second key.
    git(root, 'checkout', '-q', '--detach', first);
    const side = commitFiles(root, { 'side.js': `k = '${liveKey()}'\n` });
    git(root, 'checkout', '-q', 'main');
    const refs = Array.from({ length: REF_COUNT }, (_, i) =>
      `create refs/${i % 2 ? 'tags' : 'heads/b'}/r${i} ${i === 7_777 ? side : i % 3 ? head : first}\n`,
    );
    gitWithInput(root, ['update-ref', '--stdin'], refs.join(''));
    const result = scanJson(root, 'history');
    expect(result.exitCode).toBe(1);
    const report = parseJson(result);
    expect(report.findings.map((f) => f.file).sort()).toEqual(['config.js', 'side.js']);
    expect(report.summary).toMatchObject({ refs: REF_COUNT + 1, commits: 3 });
  });

  it.skipIf(notSlow !== '')(`10,000 commits with a tag on each: every commit read once, memory as README "Robustness" states${notSlow}`, () => {
    const root = makeRepo();
    const key = liveKey();
    const stream = [];
    for (let i = 1; i <= REF_COUNT; i += 1) {
      const content = i === 1 ? `k = '${key}'\n` : `version ${i}\n`;
      stream.push(
        `commit refs/heads/main\nmark :${i}\ncommitter Ada Dev <ada@example.com> ${1_700_000_000 + i} +0000\ndata 2\nc\n`,
        ...(i > 1 ? [`from :${i - 1}\n`] : []),
        `M 100644 inline ${i === 1 ? 'config.js' : 'version.txt'}\ndata ${Buffer.byteLength(content)}\n${content}\n`,
        `reset refs/tags/v${i}\nfrom :${i}\n\n`,
      );
    }
    gitWithInput(root, ['fast-import', '--quiet'], stream.join(''));
    git(root, 'reset', '-q', '--hard', 'main');
    const result = runBinMeasured(['history', '--format', 'json', '--no-config'], root);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toMatchObject([{ file: 'config.js', inHead: true }]);
    expect(report.summary).toMatchObject({ refs: REF_COUNT + 1, commits: REF_COUNT });
    expectPeakWithinReadme(result, 116, '10,000 commits with a tag on each');
  });

  it('a 50 MB blob in two versions: streamed through the detector in chunks, keys found at their lines, one across a chunk edge', () => {
    const root = makeRepo();
    const edgeKey = liveKey();
    writeLargeFile(join(root, 'bundle.js'), liveKey(), edgeKey);
    git(root, 'add', 'bundle.js');
    git(root, 'commit', '-qm', 'vendor a bundle');
    const first = git(root, 'rev-parse', 'HEAD').trim();
    writeLargeFile(join(root, 'bundle.js'), liveKey(), edgeKey);
    git(root, 'commit', '-qam', 'update the bundle');
    const result = runBinMeasured(['history', '--format', 'json', '--no-config'], root);
    expect(result.status).toBe(1);
    const edgeOffset = (EDGE_LINE - 1) * LINE.length + EDGE_PREFIX.length;
    expect(edgeOffset).toBeLessThan(WHOLE_FILE_LIMIT); // the key really straddles the first chunk's end
    expect(edgeOffset + edgeKey.length).toBeGreaterThan(WHOLE_FILE_LIMIT);
    expect(JSON.parse(result.stdout).findings).toMatchObject([
      { file: 'bundle.js', line: EDGE_LINE, column: EDGE_PREFIX.length + 1, commit: first, inHead: true },
      { file: 'bundle.js', line: LARGE_LINES + 1, column: 4, commit: first, inHead: false },
      { file: 'bundle.js', line: LARGE_LINES + 1, column: 4, commit: git(root, 'rev-parse', 'HEAD').trim(), inHead: true },
    ]);
    expectPeakWithinReadme(result, 180, 'history over a 50 MB file in two versions');
  });

  it.skipIf(notSlow !== '')(`five 50 MB versions, each with its own key: one large blob in memory at a time${notSlow}`, () => {
    const root = makeRepo();
    for (let version = 0; version < 5; version += 1) {
      writeLargeFile(join(root, 'bundle.js'), liveKey());
      git(root, 'add', 'bundle.js');
      git(root, 'commit', '-qm', `bundle v${version}`);
    }
    const result = runBinMeasured(['history', '--format', 'json', '--no-config'], root);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings).toHaveLength(5);
    expectPeakWithinReadme(result, 220, 'history over five 50 MB blob versions'); // five blobs held together: 519 MB
  });
});

const REF_COUNT = 10_000;
const LARGE_LINES = 500_000;

const LINE = `var x = "${'a'.repeat(90)}";\n`; // 102 bytes
/** The line that holds the first read chunk's last byte (chunks are 16 MB, as for large files). */
const EDGE_LINE = Math.floor(WHOLE_FILE_LIMIT / LINE.length) + 1;
const EDGE_PREFIX = 'var key = "';

/**
 * About 50 MB of JavaScript: LARGE_LINES lines, then a line holding `key`; with `edgeKey`, that
 * one sits on line EDGE_LINE, across the 16 MB mark where the first chunk ends.
 */
function writeLargeFile(path: string, key: string, edgeKey?: string): void {
  const fd = openSync(path, 'w');
  const writeLines = (count: number) => {
    for (let left = count; left > 0; left -= 10_000) writeSync(fd, LINE.repeat(Math.min(left, 10_000)));
  };
  writeLines(EDGE_LINE - 1);
  writeSync(fd, edgeKey ? `${EDGE_PREFIX}${edgeKey}";\n` : LINE);
  writeLines(LARGE_LINES - EDGE_LINE);
  writeSync(fd, `k="${key}";\n`);
  closeSync(fd);
}

function gitWithInput(cwd: string, args: string[], input: string): void {
  const result = spawnSync('git', args, { cwd, input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}
