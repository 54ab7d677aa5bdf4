import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { parseJson, runCli } from './helpers/cli.js';
import { git, makeRepo, writeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

/** Commits the given files (null deletes one) with a fixed author date; returns the sha. */
function commitAt(root: string, date: string, message: string, files: Record<string, string | null>): string {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) git(root, 'rm', '-q', path);
    else writeTree(root, { [path]: content });
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', message, `--date=${date}T12:00:00+00:00`);
  return git(root, 'rev-parse', 'HEAD').trim();
}

const idOf = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 16);

/**
 * main:       c1 ─ c2 (a.js: K; tag v1.0) ─ c3 (b.js: K, g.js: K2) ─ c4 (removes a, b, g)
 * hotfix:                                              └ c8 (removes a, b, g)
 * feature/x:        └ c5 (c.js: K)                       tip still holds K (a.js, c.js)
 * legacy:     └ c6 (d.js, e.js: K, t.js: test key) ─ c7 (removes d, e)
 */
function leakyRepo() {
  const [key, other, sandbox] = [liveKey(), liveKey(), testKey()];
  const root = makeRepo();
  const line = (k: string) => `export const apiKey = '${k}';\n`;
  const c1 = commitAt(root, '2024-01-01', 'start', { 'README.md': '# shop\n' });
  const c2 = commitAt(root, '2024-01-02', 'add payments', { 'a.js': line(key) });
  git(root, 'tag', '-a', 'v1.0', '-m', 'release 1.0');
  const c3 = commitAt(root, '2024-01-03', 'more payments', { 'b.js': line(key), 'g.js': line(other) });
  commitAt(root, '2024-01-04', 'remove keys', { 'a.js': null, 'b.js': null, 'g.js': null });
  git(root, 'checkout', '-qb', 'hotfix', c3);
  commitAt(root, '2024-01-08', 'hotfix: remove keys', { 'a.js': null, 'b.js': null, 'g.js': null });
  git(root, 'checkout', '-qb', 'feature/x', c2);
  const c5 = commitAt(root, '2024-01-05', 'feature', { 'c.js': line(key) });
  git(root, 'checkout', '-qb', 'legacy', c1);
  const c6 = commitAt(root, '2024-01-06', 'legacy config', { 'd.js': line(key), 'e.js': `\n${line(key)}`, 't.js': line(sandbox) });
  commitAt(root, '2024-01-07', 'drop legacy config', { 'd.js': null, 'e.js': null });
  git(root, 'checkout', '-q', 'main');
  return { root, key, other, sandbox, commits: { c2, c3, c5, c6 } };
}

describe('keys, not findings (history)', () => {
  it('groups one key in five files on three branches into one entry with its refs, tag and first/last commits', async () => {
    const { root, key, other, sandbox, commits } = leakyRepo();
    const result = await runCli(['history', '--format', 'json'], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toContain(key);
    const report = JSON.parse(result.stdout);
    expect(report.summary.keys).toEqual({ live: 2, test: 1 });
    expect(report.keys.map((k: { id: string }) => k.id)).toEqual(expect.arrayContaining([idOf(key), idOf(other), idOf(sandbox)]));
    const entry = report.keys.find((k: { id: string }) => k.id === idOf(key));
    expect(entry).toMatchObject({
      keyType: 'live',
      severity: 'high',
      redacted: expect.stringMatching(/\*{8}$/),
      refs: ['refs/heads/feature/x', 'refs/heads/hotfix', 'refs/heads/legacy', 'refs/heads/main', 'refs/tags/v1.0'],
      tipRefs: ['refs/heads/feature/x', 'refs/tags/v1.0'],
      tags: ['refs/tags/v1.0'],
      reachedTag: true,
      where: 'in tip of feature/x, tags/v1.0',
      firstSeen: { commit: commits.c2, author: 'Ada Dev', subject: 'add payments', date: '2024-01-02T12:00:00+00:00' },
      lastSeen: { commit: commits.c6, subject: 'legacy config' },
    });
    expect(entry.locations.map((l: { file: string; commit: string; line: number }) => [l.file, l.commit, l.line])).toEqual([
      ['a.js', commits.c2, 1],
      ['b.js', commits.c3, 1],
      ['c.js', commits.c5, 1],
      ['d.js', commits.c6, 1],
      ['e.js', commits.c6, 2],
    ]);
    // Every finding names its key; the five findings are one key.
    expect(report.findings.filter((f: { keyId: string }) => f.keyId === idOf(key))).toHaveLength(5);

    expect(entry).not.toHaveProperty('removed'); // a tip still holds it: it never left
    const onlyHistory = report.keys.find((k: { id: string }) => k.id === idOf(other));
    // Removed from main (c4, 01-04) and from hotfix (c8, 01-08): it left the history with the later one.
    expect(onlyHistory.removed).toMatchObject({ subject: 'hotfix: remove keys', date: '2024-01-08T12:00:00+00:00' });
    expect(onlyHistory).toMatchObject({ refs: ['refs/heads/hotfix', 'refs/heads/main'], tipRefs: [], tags: [], reachedTag: false, where: 'only in history of refs hotfix, main' });
    const sandboxEntry = report.keys.find((k: { id: string }) => k.id === idOf(sandbox));
    expect(sandboxEntry).toMatchObject({ keyType: 'test', refs: ['refs/heads/legacy'], tipRefs: ['refs/heads/legacy'], reachedTag: false });
    // Most urgent first: the live keys, then the test key.
    expect(report.keys.at(-1).id).toBe(idOf(sandbox));
  });

  it('a key kept through many edits, and added again on a branch that shares none of those commits: every ref found', async () => {
    const key = liveKey();
    const root = makeRepo();
    const c1 = commitAt(root, '2024-02-01', 'start', { 'README.md': '# shop\n' });
    for (let n = 0; n < 12; n += 1) commitAt(root, `2024-02-${String(n + 2).padStart(2, '0')}`, `edit ${n}`, { 'a.js': `k = '${key}';\nconst n = ${n};\n` });
    git(root, 'checkout', '-qb', 'orphan-line', c1);
    commitAt(root, '2024-03-01', 'same file, same key, unrelated commit', { 'a.js': `k = '${key}';\nconst n = 0;\n` });
    commitAt(root, '2024-03-02', 'gone again', { 'a.js': null });
    git(root, 'checkout', '-q', 'main');
    const report = JSON.parse((await runCli(['history', '--format', 'json'], { cwd: root })).stdout);
    expect(report.keys).toHaveLength(1);
    expect(report.keys[0]).toMatchObject({
      refs: ['refs/heads/main', 'refs/heads/orphan-line'],
      tipRefs: ['refs/heads/main'],
      firstSeen: { date: '2024-02-02T12:00:00+00:00' },
      lastSeen: { subject: 'same file, same key, unrelated commit' },
    });
    expect(report.keys[0]).not.toHaveProperty('removed');
  });

  it('a key edited out of a file left the history with that commit', async () => {
    const key = liveKey();
    const root = makeRepo();
    commitAt(root, '2024-04-01', 'add key', { 'a.js': `k = '${key}';\n` });
    commitAt(root, '2024-04-02', 'unrelated', { 'README.md': '# shop\n' });
    const editedOut = commitAt(root, '2024-04-03', 'read the key from the environment', { 'a.js': 'k = process.env.CAIBO_API_KEY;\n' });
    const report = JSON.parse((await runCli(['history', '--format', 'json'], { cwd: root })).stdout);
    expect(report.keys[0]).toMatchObject({ tipRefs: [], where: 'only in history of refs main', removed: { commit: editedOut, date: '2024-04-03T12:00:00+00:00' } });
  });

  it('text: the distinct-key count comes before the per-file list', async () => {
    const { root, key } = leakyRepo();
    const result = await runCli(['history'], { cwd: root });
    expect(result.stdout.split('\n')[0]).toBe('✖ 2 distinct live keys (rotate now), 1 test key');
    expect(result.stdout.split('\n')[2]).toMatch(/^a\.js @ /);
    expect(result.stdout).not.toContain(key);
  });

  it('SARIF: each result carries its key id and refs; the run lists the distinct keys', async () => {
    const { root, key } = leakyRepo();
    const sarif = JSON.parse((await runCli(['history', '--format', 'sarif'], { cwd: root })).stdout);
    const run = sarif.runs[0];
    expect(run.properties.keys).toHaveLength(3);
    expect(run.properties.keys.find((k: { id: string }) => k.id === idOf(key))).toMatchObject({ locations: 5, reachedTag: true, tipRefs: ['refs/heads/feature/x', 'refs/tags/v1.0'] });
    const results = run.results.filter((r: { properties: { keyId: string } }) => r.properties.keyId === idOf(key));
    expect(results).toHaveLength(5);
    expect(results[0].properties).toMatchObject({ reachedTag: true, where: 'in tip of feature/x, tags/v1.0' });
  });

  it('files mode: one key in two files is one key entry, without ref fields', async () => {
    const key = liveKey();
    const root = makeRepo({ 'a.js': `k='${key}'\n`, 'b.js': `k='${key}'\n` }, false);
    const report = parseJson(await runCli(['.', '--format', 'json'], { cwd: root })) as unknown as { keys: Array<Record<string, unknown>> };
    expect(report.keys).toHaveLength(1);
    expect(report.keys[0]).toMatchObject({ id: idOf(key), firstSeen: null, lastSeen: null });
    expect(report.keys[0]).not.toHaveProperty('refs');
    expect((report.keys[0]!.locations as unknown[]).length).toBe(2);
  });
});
