import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { makeTree } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';

/** --output goes through a temp file and a rename: a failed write leaves nothing a later CI step could trust. */
describe('--output is written atomically', () => {
  it('a write that fails exits 2 with one line, prints no report and leaves no partial or temp file', () => {
    const root = makeTree({ 'src/app.js': `k = "${liveKey()}"\n` });
    const target = join(root, 'report.json');
    mkdirSync(target); // rename onto a directory fails after the temp file was written
    const result = runBin(['src', '--format', 'json', '--output', 'report.json'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^caibo-scan: cannot write .*report\.json: E[A-Z]+\n$/);
    expect(readdirSync(root).sort()).toEqual(['report.json', 'src']);
    expect(readdirSync(target)).toEqual([]);
  });

  it('a missing output directory is created (as eslint does), never 0 with nothing written', () => {
    const root = makeTree({ 'clean.txt': 'nothing\n' });
    const result = runBin(['.', '--output', 'no/such/dir/report.sarif', '--format', 'sarif'], { cwd: root });
    expect(result.exitCode).toBe(0);
    expect(readdirSync(join(root, 'no/such/dir'))).toEqual(['report.sarif']);
  });

  it('an output directory that cannot be made exits 2 and leaves nothing', () => {
    const root = makeTree({ 'clean.txt': 'nothing\n', no: 'a file, not a directory\n' });
    const result = runBin(['.', '--output', 'no/such/dir/report.sarif', '--format', 'sarif'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(readdirSync(root).sort()).toEqual(['clean.txt', 'no']);
  });

  it('replaces an earlier report whole, readable only by its owner', () => {
    const root = makeTree({ 'src/app.js': `k = "${liveKey()}"\n` });
    writeFileSync(join(root, 'report.json'), 'stale');
    const result = runBin(['src', '--format', 'json', '--output', 'report.json'], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')).findings).toHaveLength(1);
    expect(statSync(join(root, 'report.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(root).sort()).toEqual(['report.json', 'src']);
  });
});
