import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runBin } from './helpers/cli.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

const CHUNK = 16 * 1024 * 1024; // read-file.ts WHOLE_FILE_LIMIT: larger files stream in chunks of this size

describe('reading files', () => {
  it('finds a key that straddles a chunk boundary of a large file once, at its line', () => {
    const key = liveKey();
    const line = `${'x'.repeat(99)}\n`;
    const before = line.repeat(Math.floor((CHUNK - 10) / line.length));
    const pad = 'y'.repeat(CHUNK - 10 - before.length);
    const content = `${before}${pad}="${key}";\n${line.repeat(1000)}`;
    const root = makeTree({ 'dump.sql': content });
    const result = parseJson(runBin(['.', '--format', 'json', '--no-config'], { cwd: root }));
    expect(result.findings.map((f) => ({ file: f.file, line: f.line, column: f.column }))).toEqual([
      { file: 'dump.sql', line: before.length / line.length + 1, column: pad.length + 3 },
    ]);
  });

  it('skips a FIFO instead of blocking on it', () => {
    const root = makeTree({ 'server.js': `const key = '${liveKey()}';\n` });
    expect(spawnSync('mkfifo', [join(root, 'pipe')]).status).toBe(0);
    const result = runBin(['.', '--format', 'json', '--no-config'], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings.map((f) => f.file)).toEqual(['server.js']);
  });
});
