import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardOf } from '../src/audit.js';
import { BIN, runBin } from './helpers/cli.js';
import { commitFiles, makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

interface Audit {
  shard?: string;
  repositories: Array<{ name: string; scanned: string; findings: Array<{ file: string; fingerprint: string }>; error?: string }>;
}

/** Twelve repositories; every third holds a live key, one a test key only. */
function organisation() {
  const keys: string[] = [];
  const repos = Array.from({ length: 12 }, (_, i) => {
    const files: Record<string, string> = { 'README.md': `# service ${i}\n` };
    if (i % 3 === 0) keys.push((files[`src/config${i}.js`] = `k = '${liveKey()}'\n`).slice(5, -2));
    if (i === 7) files['test/setup.js'] = `process.env.CAIBO_API_KEY = '${testKey()}';\n`;
    return makeRepo(files);
  });
  const list = join(makeTree(), 'repos.txt');
  writeFileSync(list, `# the organisation\n${repos.join('\n')}\n\n`);
  return { repos, list, keys };
}

/** The CLI as a separate process, like one CI matrix job. */
const job = (args: string[]) =>
  new Promise<{ code: number | null; stdout: string }>((done) => {
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.on('close', (code) => done({ code, stdout }));
  });

describe('caibo-scan audit: many repositories, sharded, resumable, merged', () => {
  it('3 shards run as 3 processes and merged equal one unsharded run; no repository twice or missed', async () => {
    const { repos, list, keys } = organisation();
    const out = makeTree();
    const whole = runBin(['audit', list, '--cache', join(out, 'cache-all'), '--format', 'json']);
    expect(whole.exitCode).toBe(1);
    const all = JSON.parse(whole.stdout) as Audit;
    expect(all.repositories.map((r) => r.name)).toEqual([...repos].sort());
    expect(all.repositories.filter((r) => r.findings.length).length).toBe(5);
    expect(all.repositories.every((r) => r.scanned === 'full' && !r.error)).toBe(true);

    const shards = await Promise.all(
      [1, 2, 3].map((k) => job(['audit', list, '--shard', `${k}/3`, '--cache', join(out, `cache-${k}`), '--format', 'json', '--output', join(out, `shard-${k}.json`)])),
    );
    expect(shards.map((s) => s.code).every((code) => code === 0 || code === 1)).toBe(true);
    const parts = [1, 2, 3].map((k) => JSON.parse(readFileSync(join(out, `shard-${k}.json`), 'utf8')) as Audit);
    for (const [k, part] of parts.entries()) for (const r of part.repositories) expect(shardOf(r.name, 3)).toBe(k + 1);
    expect(parts.every((part) => part.repositories.length > 0)).toBe(true); // 12 names spread over 3 shards

    const merged = runBin(['merge', ...[1, 2, 3].map((k) => join(out, `shard-${k}.json`)), '--format', 'json']);
    expect(merged.exitCode).toBe(1);
    expect(JSON.parse(merged.stdout)).toEqual(all);
    for (const key of keys) expect(whole.stdout + merged.stdout).not.toContain(key);

    const overlap = runBin(['merge', join(out, 'shard-1.json'), join(out, 'shard-1.json')]);
    expect(overlap.exitCode).toBe(2);
    expect(overlap.stderr).toMatch(/is in two reports \(overlapping shards\?\)/);
  });

  it('a rerun scans only what changed: unchanged repositories are not scanned, a moved one only for its new commits', () => {
    const { repos, list } = organisation();
    const cache = join(makeTree(), 'cache');
    const first = JSON.parse(runBin(['audit', list, '--cache', cache, '--format', 'json']).stdout) as Audit;
    const changed = repos[1]!;
    commitFiles(changed, { 'src/new.js': `k = '${liveKey()}'\n` }, 'a new leak');
    commitFiles(repos[3]!, { 'docs.md': 'more docs\n' }, 'docs');
    const second = JSON.parse(runBin(['audit', list, '--cache', cache, '--format', 'json']).stdout) as Audit;
    const byName = (audit: Audit, name: string) => audit.repositories.find((r) => r.name === name)!;
    expect(second.repositories.filter((r) => r.scanned === 'unchanged').length).toBe(10);
    expect(byName(second, changed)).toMatchObject({ scanned: 'new-commits' });
    expect(byName(second, changed).findings.map((f) => f.file)).toEqual(['src/new.js']);
    // The earlier findings are kept, not re-found: the repository with a key and a docs commit still has its one finding.
    expect(byName(second, repos[3]!)).toMatchObject({ scanned: 'new-commits' });
    expect(byName(second, repos[3]!).findings).toEqual(byName(first, repos[3]!).findings);
    expect(byName(second, repos[0]!).findings).toEqual(byName(first, repos[0]!).findings);
  });

  it('a repository that cannot be cloned is an error for that repository (exit 2), the others still audited', () => {
    const { list } = organisation();
    writeFileSync(list, `${readFileSync(list, 'utf8')}/nonexistent/repo\n`);
    const result = runBin(['audit', list, '--cache', join(makeTree(), 'cache'), '--format', 'text']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toMatch(/^\/nonexistent\/repo: error: /m);
    expect(result.stdout).toMatch(/13 repositories audited: 5 findings, 1 could not be audited/);
    expect(result.stderr).toMatch(/^caibo-scan: \/nonexistent\/repo: /m);
  });

  it('bad shards and formats are usage errors', () => {
    const { list } = organisation();
    for (const shard of ['0/3', '4/3', '1/0', 'x']) {
      const result = runBin(['audit', list, '--shard', shard]);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/--shard .*: expected K\/N/);
    }
    expect(runBin(['audit', list, '--format', 'sarif']).stderr).toMatch(/audit writes --format json or text, not sarif/);
  });
});
