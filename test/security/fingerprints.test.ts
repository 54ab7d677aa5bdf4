import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runBin, runCli } from '../helpers/cli.js';
import { makeTree } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('fingerprints and baselines give nothing away (README "Security")', () => {
  it('a baseline holds fingerprints, rule ids and paths: no key, no bare hash of a key', async () => {
    const key = liveKey();
    const root = makeTree({ 'a.js': `k="${key}"\n`, 'b/c.js': `k="${key}"\n` });
    const result = await runCli(['baseline', '--output', 'baseline.json', '--no-config'], { cwd: root });
    expect(result.exitCode).toBe(0);
    const text = readFileSync(join(root, 'baseline.json'), 'utf8');
    const baseline = JSON.parse(text);
    expect(Object.keys(baseline)).toEqual(['version', 'findings']);
    for (const entry of baseline.findings) expect(Object.keys(entry).sort()).toEqual(['file', 'fingerprint', 'ruleId']);
    for (const secretForm of [key, key.slice(14), sha256(key), sha256(key).slice(0, 32)]) expect(text).not.toContain(secretForm);
  });

  it('the same key in two files has unrelated fingerprints, so they cannot even be matched to each other', () => {
    const key = liveKey();
    const root = makeTree({ 'a.js': `k="${key}"\n`, 'b.js': `k="${key}"\n` });
    const [first, second] = parseJson(runBin(['.', '--format', 'json', '--no-config'], { cwd: root })).findings.map((f) => f.fingerprint as string);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(first).not.toBe(second);
  });
});

describe('a failed part never looks like a clean scan', () => {
  it('a path that does not exist exits 2, not 0 with an empty report', async () => {
    const result = await runCli(['no-such-dir', '--format', 'json', '--no-config'], { cwd: makeTree() });
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toMatch(/^caibo-scan: no-such-dir: cannot scan: no such file or directory\n$/);
  });
});
