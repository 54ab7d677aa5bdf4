import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/index.js';
import { parseJson, runBin, runCli } from './helpers/cli.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

describe('exit codes and --fail-on', () => {
  it('exits 0 on a clean tree with one summary line', async () => {
    const root = makeTree({ 'index.js': 'console.log("hello")\n' });
    const result = await runCli(['.'], { cwd: root });
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/no Caibo keys found · 1 file/);
  });

  it('exits 1 on a live key, 0 on a test key alone (default --fail-on high)', async () => {
    const live = makeTree({ 'a.js': `k="${liveKey()}"` });
    const test = makeTree({ 'a.js': `k="${testKey()}"` });
    expect((await runCli(['.'], { cwd: live })).exitCode).toBe(1);
    const testResult = await runCli(['.'], { cwd: test });
    expect(testResult.exitCode).toBe(0);
    expect(testResult.stdout).toContain('caibo-test-key');
  });

  it.each([
    ['low', 1],
    ['medium', 0],
    ['none', 0],
  ] as const)('--fail-on %s with a low finding exits %i', async (failOn, code) => {
    const root = makeTree({ 'a.js': `k="${testKey()}"` });
    expect((await runCli(['.', '--fail-on', failOn], { cwd: root })).exitCode).toBe(code);
  });

  it.each([
    [['--format', 'xml'], /--format must be one of text, json, sarif, github, .*\(got "xml"\)/],
    [['--fail-on', 'severe'], /--fail-on must be one of/],
    [['--no-such-flag'], /unknown option --no-such-flag/],
    [['does-not-exist'], /does-not-exist: cannot scan: no such file or directory/],
    [['-', 'src'], /cannot be combined/],
    [['--config', 'missing.json'], /missing\.json: cannot read config: ENOENT/],
  ])('exits 2 with one clear line for %j', async (args, message) => {
    const root = makeTree({ 'a.js': '' });
    const result = await runCli(args, { cwd: root, stdin: Buffer.from('') });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^caibo-scan: /);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('adds the stack trace only with --debug', async () => {
    const root = makeTree();
    const result = await runCli(['--config', 'missing.json', '--debug'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe('redaction', () => {
  const key = liveKey();
  const root = makeTree({ '.env.local': `CAIBO_API_KEY=${key}\n`, 'src/pay.ts': `const apiKey = '${key}';\n` });

  it.each(['text', 'json', 'sarif', 'github'])('never prints the raw key in %s output', async (format) => {
    const result = await runCli(['.', '--format', format], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(key.slice(0, 18)); // prefix + four body characters
    expect(result.stdout + result.stderr).not.toContain(key);
    expect(result.stdout + result.stderr).not.toContain(key.slice(18));
  });

  it('--show-secrets reveals keys and warns on stderr', async () => {
    const result = await runCli(['.', '--format', 'json', '--show-secrets'], { cwd: root });
    expect(result.stdout).toContain(key);
    expect(parseJson(result).findings[0]!.secret).toBe(key);
    expect(result.stderr).toMatch(/--show-secrets printed raw keys/);
  });
});

describe('--output', () => {
  it('writes the report to a file, prints nothing, keeps the exit code', async () => {
    const key = liveKey();
    const root = makeTree({ 'a.js': `k="${key}"` });
    const result = await runCli(['a.js', '--format', 'json', '--output', 'report.json'], { cwd: root });
    expect(result).toMatchObject({ exitCode: 1, stdout: '' });
    const written = readFileSync(join(root, 'report.json'), 'utf8');
    expect(JSON.parse(written).findings).toHaveLength(1);
    expect(written).not.toContain(key);
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 when the file cannot be written and leaves no temp file', async () => {
    // A missing directory is created (test/cli-contract.test.ts); one under a regular file cannot be.
    const root = makeTree({ 'a.js': '', no: '' });
    const result = await runCli(['a.js', '--output', 'no/such/dir/report.txt'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*report\.txt/);
    expect(readdirSync(root).sort()).toEqual(['a.js', 'no']);
  });
});

describe('colours', () => {
  const root = makeTree({ 'a.js': `k="${liveKey()}"` });
  const hasAnsi = (text: string) => text.includes('\u001b[');

  it('are off when stdout is not a terminal', async () => {
    expect(hasAnsi((await runCli(['.'], { cwd: root, isTTY: false })).stdout)).toBe(false);
  });
  it('are on for a terminal and off with NO_COLOR', async () => {
    expect(hasAnsi((await runCli(['.'], { cwd: root, isTTY: true })).stdout)).toBe(true);
    expect(hasAnsi((await runCli(['.'], { cwd: root, isTTY: true, env: { NO_COLOR: '1' } })).stdout)).toBe(false);
  });
  it('are forced on with FORCE_COLOR even when piped', async () => {
    expect(hasAnsi((await runCli(['.'], { cwd: root, isTTY: false, env: { FORCE_COLOR: '1' } })).stdout)).toBe(true);
  });
});

describe('standard input, help and version (built CLI)', () => {
  it('scans stdin under the --stdin-filename path', () => {
    const result = runBin(['-', '--stdin-filename', 'dist/app.min.js', '--format', 'json'], { input: `x="${liveKey()}"` });
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings).toMatchObject([{ file: 'dist/app.min.js', context: 'client-bundle', severity: 'critical' }]);
  });

  it('prints the version', () => {
    expect(runBin(['--version'])).toMatchObject({ exitCode: 0, stdout: `${VERSION}\n` });
  });

  it('shows examples and exit codes in --help', () => {
    const result = runBin(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('caibo-scan history');
    expect(result.stdout).toContain('Exit codes: 0 clean, 1 findings');
  });
});
