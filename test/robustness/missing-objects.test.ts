import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { commitFiles, git, makeRepo, makeTree } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';

interface JsonReport {
  findings: Array<{ file: string }>;
  skipped: Array<{ path: string; reason: string; detail?: string }>;
  warnings: string[];
}

/** A key in a small file, another in a file padded past 2 KB, both committed. */
function source() {
  const keys = { small: liveKey(), large: liveKey() };
  const root = makeRepo({ 'small.js': `k = '${keys.small}'\n` });
  commitFiles(root, { 'large.js': `${'// padding\n'.repeat(300)}k = '${keys.large}'\n` }, 'large file');
  commitFiles(root, { 'notes.md': 'hello\n' }, 'notes');
  git(root, 'config', 'uploadpack.allowFilter', 'true');
  return { root, keys };
}

describe('history on partial clones and repositories with missing objects', () => {
  it('a blob:limit partial clone: present blobs scanned, absent ones listed as skipped, never fetched one by one, exit 2', () => {
    const { root, keys } = source();
    const clone = join(makeTree(), 'clone.git');
    git(makeTree(), 'clone', '-q', '--bare', '--filter=blob:limit=1k', `file://${root}`, clone);
    renameSync(root, `${root}-gone`); // a lazy fetch now fails: and must not even be tried
    const trace = join(makeTree(), 'trace.txt');
    const result = runBin(['history', clone, '--format', 'json'], { env: { GIT_TRACE: trace } });
    renameSync(`${root}-gone`, root);
    expect(result.exitCode).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.findings.map((f) => f.file)).toEqual(['small.js']);
    expect(report.skipped).toEqual([{ path: 'large.js', reason: 'missing-object', detail: expect.stringMatching(/^blob [0-9a-f]{40} is missing from the repository$/) }]);
    expect(result.stderr).toContain('caibo-scan: warning: 1 blob is missing from the repository (a partial clone, a trimmed mirror, or corruption: try git fsck): not scanned; the report lists them');
    expect(result.stderr).toContain('caibo-scan: error: the scan is incomplete');
    expect(existsSync(trace) ? readFileSync(trace, 'utf8') : '').not.toMatch(/\bfetch\b/);
    for (const key of Object.values(keys)) expect(result.stdout + result.stderr).not.toContain(key);
  });

  it('a blob:none partial clone: every blob counted as not present, no network, exit 2 rather than a clean pass', () => {
    const { root } = source();
    const clone = join(makeTree(), 'clone.git');
    git(makeTree(), 'clone', '-q', '--bare', '--filter=blob:none', `file://${root}`, clone);
    const trace = join(makeTree(), 'trace.txt');
    const result = runBin(['history', clone, '--format', 'json'], { env: { GIT_TRACE: trace } });
    expect(result.exitCode).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.findings).toEqual([]);
    expect(report.skipped.map((s) => s.path).sort()).toEqual(['large.js', 'notes.md', 'small.js']);
    expect(readFileSync(trace, 'utf8')).not.toMatch(/\bfetch\b/);
  });

  it('a corrupt repository (a blob deleted from the object store): findings kept, the object listed, exit 2', () => {
    const { root, keys } = source();
    const large = git(root, 'rev-parse', 'HEAD:large.js').trim();
    const loose = join(root, '.git', 'objects', large.slice(0, 2), large.slice(2));
    expect(existsSync(loose)).toBe(true);
    rmSync(loose, { force: true });
    const result = runBin(['history', root, '--format', 'json'], {});
    expect(result.exitCode).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.findings.map((f) => f.file)).toEqual(['small.js']);
    expect(report.skipped).toEqual([{ path: 'large.js', reason: 'missing-object', detail: `blob ${large} is missing from the repository` }]);
    expect(result.stdout + result.stderr).not.toContain(keys.small);
  });
});
