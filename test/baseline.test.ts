import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runBin, runCli } from './helpers/cli.js';
import { makeTree, writeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

const BASELINE = '.caibo-scan-baseline.json';

describe('baseline: adopt a repository that already has leaks, then report only new ones', () => {
  it('round trip: create, add a key (only it is reported), move a line (still suppressed)', async () => {
    const [serverKey, bundleKey, testFileKey, newKey] = [liveKey(), liveKey(), testKey(), liveKey()];
    const root = makeTree({
      'server.js': `const key = '${serverKey}';\n`,
      'dist/assets/index-3f9a1c2b.js': `var k="${bundleKey}";\n`,
      'test/pay.test.ts': `const key = '${testFileKey}';\n`,
    });
    const created = await runCli(['baseline', '--output', BASELINE], { cwd: root });
    expect(created).toMatchObject({ exitCode: 0, stdout: '' });
    const baselineText = readFileSync(join(root, BASELINE), 'utf8');

    const accepted = await runCli(['.', '--baseline', BASELINE, '--format', 'json'], { cwd: root });
    expect(accepted.exitCode).toBe(0);
    expect(parseJson(accepted).findings).toEqual([]);
    expect(parseJson(accepted).summary.suppressedBy).toEqual({ baseline: 3 });

    writeTree(root, { 'server/new.js': `const key = '${newKey}';\n` });
    const added = await runCli(['.', '--baseline', BASELINE, '--format', 'json'], { cwd: root });
    expect(added.exitCode).toBe(1);
    expect(parseJson(added).findings).toMatchObject([{ file: 'server/new.js', ruleId: 'caibo-live-key' }]);

    writeTree(root, { 'server.js': `// moved down by new code\nimport x from 'y';\n\nexport const key = '${serverKey}';\n` });
    const moved = await runCli(['.', '--baseline', BASELINE, '--format', 'json'], { cwd: root });
    expect(parseJson(moved).findings.map((f) => f.file)).toEqual(['server/new.js']);
    expect(parseJson(moved).summary.suppressedBy).toEqual({ baseline: 3 });

    for (const key of [serverKey, bundleKey, testFileKey]) expect(baselineText).not.toContain(key);
  });

  it('holds fingerprints only, sorted, with no keys, lines or timestamps, and does not churn', async () => {
    const keys = [liveKey(), liveKey(), testKey()];
    const root = makeTree({
      'b.js': `k = '${keys[0]}';\nj = '${keys[1]}';\n`,
      'a/.env': `CAIBO_API_KEY=${keys[2]}\n`,
    });
    writeTree(root, { 'B.js': `k = '${keys[0]}';\n` });
    const first = await runCli(['baseline'], { cwd: root });
    const baseline = JSON.parse(first.stdout) as { version: number; findings: Array<Record<string, string>> };
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((f) => Object.keys(f).sort())).toEqual(Array(4).fill(['file', 'fingerprint', 'ruleId']));
    // Code-unit order, not the machine's locale: the same file on every OS and Node build.
    expect(baseline.findings.map((f) => f.file)).toEqual(['B.js', 'a/.env', 'b.js', 'b.js']);
    const sameFile = baseline.findings.slice(2).map((f) => f.fingerprint);
    expect(sameFile).toEqual([...sameFile].sort());
    expect(first.stdout).not.toMatch(/"line"|"column"|\d{4}-\d\d-\d\dT/);
    for (const key of keys) expect(first.stdout).not.toContain(key);

    // Regenerating over an existing baseline (as a team does to accept more) keeps it byte for byte.
    writeTree(root, { [BASELINE]: first.stdout });
    const again = await runCli(['baseline', '--baseline', BASELINE], { cwd: root });
    expect(again.stdout).toBe(first.stdout);
  });

  it('does not carry suppressed findings (placeholders, allow comments, local env) into the baseline', async () => {
    const root = makeTree({ 'a.js': `k = '${liveKey()}'; // caibo-scan:allow\n` });
    const result = await runCli(['baseline'], { cwd: root });
    expect(JSON.parse(result.stdout)).toEqual({ version: 1, findings: [] });
  });

  it('a key moved to another file is a new finding: the fingerprint names the file', async () => {
    const key = liveKey();
    const root = makeTree({ 'old.js': `k = '${key}';\n` });
    writeTree(root, { [BASELINE]: (await runCli(['baseline'], { cwd: root })).stdout, 'old.js': '', 'new.js': `k = '${key}';\n` });
    const result = await runCli(['.', '--baseline', BASELINE, '--format', 'json'], { cwd: root });
    expect(parseJson(result).findings.map((f) => f.file)).toEqual(['new.js']);
  });

  it('a baseline that is not one is an error (exit 2), from the built CLI too', () => {
    const root = makeTree({ 'bad.json': '{"findings": "all"}', 'a.js': 'ok\n' });
    const bad = runBin(['.', '--baseline', 'bad.json'], { cwd: root });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/^caibo-scan: .*bad\.json: not a caibo-scan baseline/);
    const missing = runBin(['.', '--baseline', 'missing.json'], { cwd: root });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/missing\.json: cannot read baseline: ENOENT/);
  });
});
