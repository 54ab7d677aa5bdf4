import { describe, expect, it } from 'vitest';
import { parseJson, runBin, runCli } from './helpers/cli.js';
import { git, makeRepo, makeTree, writeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

const config = (data: unknown) => ({ '.caibo-scan.json': JSON.stringify(data) });
const files = async (args: string[], cwd: string) =>
  parseJson(await runCli([...args, '--format', 'json'], { cwd })).findings.map((f) => f.file);

describe('.caibo-scan.json discovery', () => {
  it('is found from the scanned directory up to the git root, not above it', async () => {
    const outside = makeTree(config({ exclude: ['**'] }));
    const repo = `${outside}/repo`;
    // README.md: a config that excludes every file would make the scan exit 2 (nothing to scan).
    writeTree(repo, { 'apps/web/server.js': `k = '${liveKey()}';\n`, 'apps/web/README.md': '# web\n' });
    git(repo, 'init', '-q');
    // A config above the git root (the outer folder) is not the project's. Paths are relative to the git root.
    expect(await files(['apps/web'], repo)).toEqual(['apps/web/server.js']);

    // Globs with a slash are relative to the config's folder, the git root here (issue 11); one
    // without a slash matches the name at any depth, as in .gitignore (issue 13).
    writeTree(repo, config({ exclude: ['web/server.js'] }));
    expect(await files(['apps/web'], repo)).toEqual(['apps/web/server.js']);
    writeTree(repo, config({ exclude: ['apps/web/server.js'] }));
    expect(await files(['apps/web'], repo)).toEqual([]);

    // The nearest one wins: apps/web's own config replaces the root one.
    writeTree(repo, { 'apps/web/.caibo-scan.json': JSON.stringify({ failOn: 'none' }) });
    const result = await runCli(['apps/web', '--format', 'json'], { cwd: repo });
    expect(result.exitCode).toBe(0);
    expect(parseJson(result).findings).toHaveLength(1);
  });

  it('--config FILE uses that file; --no-config ignores .caibo-scan.json', async () => {
    const root = makeTree({
      ...config({ exclude: ['server.js'] }),
      'ci/strict.json': JSON.stringify({ failOn: 'low' }),
      'server.js': `k = '${liveKey()}';\n`,
      'test.js': `k = '${testKey()}';\n`,
    });
    expect(await files(['.'], root)).toEqual(['test.js']);
    expect(await files(['.', '--no-config'], root)).toEqual(['server.js', 'test.js']);
    const strict = await runCli(['.', '--config', 'ci/strict.json', '--format', 'json'], { cwd: root });
    expect(parseJson(strict).summary.failOn).toBe('low');
    expect(parseJson(strict).findings.map((f) => f.file)).toEqual(['server.js', 'test.js']);
  });
});

describe('.caibo-scan.json fields', () => {
  it('exclude skips paths; allow suppresses by path or fingerprint; failOn sets the threshold', async () => {
    const root = makeTree({
      'fixtures/keys.js': `k = '${liveKey()}';\n`,
      'docs/setup.md': `CAIBO_API_KEY=${liveKey()}\n`,
      'server.js': `k = '${liveKey()}';\n`,
      'worker.js': `k = '${liveKey()}';\n`,
    });
    const before = parseJson(await runCli(['.', '--format', 'json'], { cwd: root })).findings;
    const workerFingerprint = before.find((f) => f.file === 'worker.js')!.fingerprint as string;
    writeTree(root, config({ exclude: ['fixtures/**'], allow: ['^docs/', `^${workerFingerprint}$`], failOn: 'critical' }));

    const result = await runCli(['.', '--format', 'json', '--show-suppressed'], { cwd: root });
    const report = parseJson(result);
    expect(report.findings.map((f) => f.file)).toEqual(['server.js']);
    expect(report.suppressed).toMatchObject([
      { file: 'docs/setup.md', suppressedBy: 'config', suppressedDetail: '^docs/' },
      { file: 'worker.js', suppressedBy: 'config' },
    ]);
    expect(report.summary.suppressedBy).toEqual({ config: 2 });
    // A high finding does not fail at failOn critical; the flag overrides the file.
    expect(result.exitCode).toBe(0);
    expect((await runCli(['.', '--fail-on', 'high'], { cwd: root })).exitCode).toBe(1);
  });

  it('includeLocalEnv reports gitignored env files as low; rules adds rule files relative to the config', async () => {
    const root = makeRepo({ '.gitignore': '.env\n' });
    writeTree(root, {
      '.env': `CAIBO_API_KEY=${liveKey()}\n`,
      'security/placeholders.json': JSON.stringify({
        placeholders: {
          exactBodies: [],
          words: ['staging'],
          minRepeatedRun: 6,
          minSequentialRun: 6,
          minDistinctChars: 6,
          templateBefore: [],
          templateAfter: [],
        },
      }),
      'security/.caibo-scan.json': JSON.stringify({ includeLocalEnv: true, rules: ['placeholders.json'] }),
      'server.js': `k = '${liveKey(12)}Staging${liveKey(12).slice(-12)}';\n`,
    });
    const report = parseJson(await runCli(['.', '--config', 'security/.caibo-scan.json', '--format', 'json'], { cwd: root }));
    expect(report.findings).toMatchObject([{ file: '.env', ruleId: 'caibo-live-key-in-local-env', severity: 'low' }]);
    expect(report.summary.suppressedBy).toEqual({ placeholder: 1 });
  });
});

describe('exclude globs match the paths reports show', () => {
  it('relative to the scanned root, also when several directories are given', async () => {
    const root = makeTree({
      ...config({ exclude: ['src/legacy/**'] }),
      'src/legacy/old.js': `k = '${liveKey()}';\n`,
      'src/app.js': `k = '${liveKey()}';\n`,
      'dist/app.js': `k = '${liveKey()}';\n`,
    });
    expect(await files(['.'], root)).toEqual(['dist/app.js', 'src/app.js']);
    expect(await files(['src', 'dist'], root)).toEqual(['dist/app.js', 'src/app.js']);
    expect(await files(['src', 'dist', '--exclude', 'dist/**'], root)).toEqual(['src/app.js']);
  });
});

describe('bad config: exit 2, one line naming the file and field', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['an unknown field', { exlude: ['dist/**'] }, /field "exlude" is not a known field/],
    ['exclude not an array', { exclude: 'dist/**' }, /field "exclude" must be an array of non-empty strings/],
    ['an invalid allow regex', { allow: ['^ok$', '(unclosed'] }, /field "allow\[1\]" is not a valid regular expression/],
    ['an empty allow regex', { allow: [''] }, /field "allow" must be an array of non-empty strings/],
    ['failOn out of range', { failOn: 'severe' }, /field "failOn" must be one of (?=.*critical)(?=.*none)/],
    ['includeLocalEnv not a boolean', { includeLocalEnv: 'yes' }, /field "includeLocalEnv" must be true or false/],
    ['rules not an array', { rules: 'rules' }, /field "rules" must be an array/],
    ['not an object', [1, 2], /config must be a JSON object/],
  ];
  it.each(cases)('%s', async (_, data, message) => {
    const root = makeTree({ ...config(data), 'a.js': 'ok\n' });
    const result = await runCli(['.'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^caibo-scan: .*\.caibo-scan\.json: /);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('invalid JSON and a missing --config file (built CLI, no stack trace)', () => {
    const root = makeTree({ '.caibo-scan.json': '{ "exclude": [', 'a.js': 'ok\n' });
    const broken = runBin(['.'], { cwd: root });
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toMatch(/^caibo-scan: .*\.caibo-scan\.json: cannot read config: /);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    const missing = runBin(['.', '--config', 'nope.json'], { cwd: root });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read config: ENOENT/);
  });
});
