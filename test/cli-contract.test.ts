import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/cli-options.js';
import { runCli } from './helpers/cli.js';
import { commitFiles, makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

/**
 * Issue 13: every argv either runs exactly what it says or exits 2 with one line naming the
 * problem. Each case here was a silent wrong result or an internal error before.
 */

/** Exit 2, nothing on stdout, one line on stderr matching `message`. */
async function expectUsageError(argv: string[], message: RegExp, cwd = makeTree({ 'a.js': '' })) {
  const result = await runCli(argv, { cwd });
  expect(result.exitCode, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^caibo-scan: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/internal error/);
  return result;
}

describe('a flag without its value is an error, never dropped', () => {
  it.each([['-f'], ['--format'], ['-o'], ['--output'], ['--baseline'], ['-c'], ['--config'], ['--rules'], ['--exclude'], ['--include'], ['--fail-on'], ['--stdin-filename'], ['--sarif-category']])(
    '%s at the end',
    async (flag) => {
      await expectUsageError([flag], new RegExp(`${flag} needs a value`));
    },
  );

  it.each([['--output='], ['--baseline='], ['--config='], ['--exclude='], ['--include='], ['--format=']])('%s (empty)', async (flag) => {
    await expectUsageError([flag], /needs a non-empty value/);
  });

  it('a flag followed by another flag', async () => {
    await expectUsageError(['-o', '--debug'], /-o needs a value; for one starting with "-", write --output=--debug/);
    await expectUsageError(['--format', '--fail-on', 'low'], new RegExp(`--format needs a value \\(${FORMATS.join(', ')}\\)`));
  });

  it('bad choices and bundled short flags, in one line', async () => {
    await expectUsageError(['--format', 'xml'], new RegExp(`--format must be one of ${FORMATS.join(', ')} \\(got "xml"\\)`));
    await expectUsageError(['-fjson'], /write -f json, with a space/);
    await expectUsageError(['--debug=yes'], /--debug takes no value/);
    await expectUsageError(['--no-format'], /unknown option --no-format/);
    await expectUsageError(['history', 'a', 'b'], /history takes one repo/);
  });
});

describe('no argv reaches "internal error"', () => {
  it('a repeated single-value flag: the last one wins', async () => {
    const root = makeTree({ 'a.js': '' });
    const result = await runCli(['--format', 'json', '--format', 'sarif'], { cwd: root });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).version).toBe('2.1.0');
    const failOn = await runCli(['--fail-on', 'none', '--fail-on', 'low'], { cwd: makeTree({ 'a.js': `k="${testKey()}"` }) });
    expect(failOn.exitCode).toBe(1);
  });

  it('--exclude= is a usage error', async () => {
    await expectUsageError(['--exclude='], /--exclude needs a non-empty value/);
  });
});

describe('did you mean', () => {
  it.each([
    [['--formt', 'json'], /unknown option --formt \(did you mean --format\?\)/],
    [['--colour'], /did you mean --color\?/],
    [['--show-secret'], /did you mean --show-secrets\?/],
    [['--no-confg'], /did you mean --no-config\?/],
    [['--zzzzzz'], /^caibo-scan: unknown option --zzzzzz; see/],
  ])('%j', async (argv, message) => {
    await expectUsageError(argv, message);
  });

  it('a near-miss command that is not a path', async () => {
    await expectUsageError(['hist'], /hist: no such file or directory, and no command \(did you mean `caibo-scan history`\?\)/);
    await expectUsageError(['stagd'], /did you mean `caibo-scan staged`/);
  });

  it('a directory named like a command is scanned, not second-guessed', async () => {
    const root = makeTree({ 'hist/a.js': '' });
    expect((await runCli(['hist'], { cwd: root })).exitCode).toBe(0);
  });

  it('a history flag outside history says where it belongs', async () => {
    await expectUsageError(['--max-commits', '3'], /--max-commits only applies to `caibo-scan history`/);
    await expectUsageError(['staged', '--since', 'main'], /--since only applies to `caibo-scan history`/);
  });
});

describe('--color, --no-color, --quiet', () => {
  const root = makeTree({ 'a.js': `k="${liveKey()}"` });
  const ANSI = /\x1b\[/;

  it('--color forces colour, --no-color wins over FORCE_COLOR', async () => {
    expect((await runCli(['--color'], { cwd: root, isTTY: false })).stdout).toMatch(ANSI);
    expect((await runCli(['--no-color'], { cwd: root, isTTY: true, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli([], { cwd: root, isTTY: true })).stdout).toMatch(ANSI);
  });

  it('--quiet prints the findings without the summary; a clean run prints nothing', async () => {
    const result = await runCli(['--quiet'], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/caibo-live-key/);
    expect(result.stdout).not.toMatch(/scanned in/);
    const clean = await runCli(['-q'], { cwd: makeTree({ 'a.js': '' }) });
    expect(clean).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
  });
});

describe('-o', () => {
  it('creates missing directories', async () => {
    const root = makeTree({ 'a.js': '' });
    const result = await runCli(['--format', 'json', '-o', 'reports/deep/r.json'], { cwd: root });
    expect(result).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(root, 'reports/deep/r.json'), 'utf8')).version).toBe(1);
  });

  it('a failing run still says so on stderr', async () => {
    const root = makeTree({ 'a.js': `k="${liveKey()}"` });
    const result = await runCli(['-o', 'r.txt'], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('caibo-scan: 1 finding (1 high), fail-on high; report written to r.txt\n');
  });

  it('an error quoting a multi-line file stays one line', async () => {
    const root = makeTree({ 'a.js': '', 'report.txt': 'a.js\n  1:4  high\n' });
    const result = await runCli(['--baseline', 'report.txt'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^caibo-scan: [^\n]*report\.txt: cannot read baseline: [^\n]+\n$/);
  });

  it('a path that cannot be a directory is one line, exit 2', async () => {
    const root = makeTree({ 'a.js': '', 'file': '' });
    const result = await runCli(['-o', 'file/r.json'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^caibo-scan: cannot write [^\n]*file\/r\.json: ENOTDIR\n$/);
  });
});

describe('--include and --exclude', () => {
  it('a bare *.js matches JavaScript files at any depth; src/*.js only directly in src', async () => {
    const root = makeTree({ 'a.js': `k="${liveKey()}"`, 'src/deep/b.js': `k="${liveKey()}"`, 'src/c.js': `k="${liveKey()}"`, 'x.ts': `k="${liveKey()}"` });
    const files = async (argv: string[]) =>
      (JSON.parse((await runCli([...argv, '--format', 'json'], { cwd: root })).stdout).findings as Array<{ file: string }>).map((f) => f.file);
    expect(await files(['--include', '*.js'])).toEqual(['a.js', 'src/c.js', 'src/deep/b.js']);
    expect(await files(['--include', 'src/*.js'])).toEqual(['src/c.js']);
    expect(await files(['--exclude', '*.js'])).toEqual(['x.ts']);
    expect(await files(['--exclude', 'src/**'])).toEqual(['a.js', 'x.ts']);
  });

  it('globs that leave out every file of a non-empty tree exit 2 with a reason', async () => {
    const root = makeTree({ 'a.js': `k="${liveKey()}"`, 'src/b.js': '' });
    await expectUsageError(['--include', '*.py'], /nothing to scan: the include\/exclude globs \(flags or config\) left out every file/, root);
    await expectUsageError(['--exclude', '**'], /nothing to scan/, root);
  });

  it('a config exclude that leaves nothing is the same error', async () => {
    const root = makeTree({ 'a.js': '', '.caibo-scan.json': JSON.stringify({ exclude: ['*.js', '*.json'] }) });
    await expectUsageError([], /nothing to scan/, root);
  });

  it('an empty directory stays a clean exit 0', async () => {
    const root = makeTree();
    mkdirSync(join(root, 'empty'));
    expect((await runCli(['empty', '--include', '*.js'], { cwd: root })).exitCode).toBe(0);
  });

  it('a commit with nothing staged stays a clean exit 0', async () => {
    const repo = makeRepo({ 'a.js': '' });
    expect((await runCli(['staged', '--exclude', '*.js'], { cwd: repo })).exitCode).toBe(0);
  });
});

describe('history --since: a date or a commit', () => {
  function datedRepo() {
    const repo = makeRepo();
    const keys = [liveKey(), liveKey()];
    for (const [index, date] of ['2023-01-10T12:00:00Z', '2024-06-10T12:00:00Z'].entries()) {
      process.env.GIT_COMMITTER_DATE = date;
      process.env.GIT_AUTHOR_DATE = date;
      try {
        commitFiles(repo, { [`f${index}.js`]: `k="${keys[index]}"\n` });
      } finally {
        delete process.env.GIT_COMMITTER_DATE;
        delete process.env.GIT_AUTHOR_DATE;
      }
    }
    return repo;
  }
  const findings = async (repo: string, since: string) => {
    const result = await runCli(['history', '--since', since, '--format', 'json'], { cwd: repo });
    expect(result.stderr).toBe('');
    return (JSON.parse(result.stdout).findings as Array<{ file: string }>).map((f) => f.file);
  };

  it('a date scans what the commits after it add', async () => {
    const repo = datedRepo();
    expect(await findings(repo, '2024-01-01')).toEqual(['f1.js']);
    expect(await findings(repo, '2022-01-01')).toEqual(['f0.js', 'f1.js']); // before the first commit: all of HEAD
    expect(await findings(repo, '2025-01-01T00:00:00Z')).toEqual([]);
  });

  it('anything not shaped like a date is a commit', async () => {
    const repo = datedRepo();
    expect(await findings(repo, 'HEAD~1')).toEqual(['f1.js']);
    await expectUsageError(['history', '--since', '2024-13-45'], /--since 2024-13-45: not a valid date/, repo);
  });
});
