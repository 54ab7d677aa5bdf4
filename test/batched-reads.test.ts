import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

/**
 * Small files are read into shared batches and only files a needle occurs in reach the full
 * pipeline (src/sources/file-batch.ts, issue 6). Keys in every form must still be found wherever
 * they sit in a batch, and every file and byte must still be counted.
 */
function buildTree() {
  const key = liveKey();
  const files: Record<string, string | Buffer> = {};
  // Many clean files, so keys land at the start, middle and end of several batches.
  for (let i = 0; i < 400; i += 1) files[`clean/c${String(i).padStart(3, '0')}.ts`] = `export const n${i} = ${i};\n`.repeat(i % 50);
  files['clean/empty.txt'] = '';
  files['clean/one-byte.bin'] = Buffer.from([0xff]);
  files['keys/a-plain.ts'] = key; // the whole file is the key: at the first and last byte of its slot
  files['keys/b-base64.yaml'] = `data:\n  token: ${Buffer.from(`x=${key}`).toString('base64')}\n`;
  files['keys/c-percent.txt'] = `url=https://example.com/?k=${encodeURIComponent(key).replaceAll('_', '%5F')}\n`;
  files['keys/d-utf16.env'] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`KEY=${key}\n`, 'utf16le')]);
  // Plain and encoded needles in one file: the encoded search must still run on it.
  files['keys/f-mixed.txt'] = `a=${key}\nb=${Buffer.from(key).toString('base64')}\n`;
  // Larger than a batch: read alone, key at the very end.
  files['keys/e-large.js'] = `${'// filler line\n'.repeat(60_000)}k="${key}"`;
  return { root: makeTree(files), key, files };
}

describe('batched reads of small files', () => {
  it('finds keys in every form wherever they sit in a batch, and counts every file and byte', async () => {
    const { root, files } = buildTree();
    const report = await scan({ paths: [root], config: false, failOn: 'none' });
    const found = report.findings.map((f) => `${f.location.path}:${f.location.line}:${f.encoding ?? 'plain'}`).sort();
    expect(found).toEqual([
      'keys/a-plain.ts:1:plain',
      'keys/b-base64.yaml:2:base64',
      'keys/c-percent.txt:1:percent',
      'keys/d-utf16.env:1:utf16',
      'keys/e-large.js:60001:plain',
      'keys/f-mixed.txt:1:plain',
      'keys/f-mixed.txt:2:base64',
    ]);
    expect(report.stats.filesScanned).toBe(Object.keys(files).length);
    expect(report.stats.bytesScanned).toBe(Object.values(files).reduce((sum, content) => sum + Buffer.byteLength(content), 0));
  });

  it('keeps FIFOs and links among batched files as skip records', async () => {
    const root = makeTree({ 'a.ts': 'const a = 1;\n', 'c.ts': 'const c = 3;\n' });
    expect(spawnSync('mkfifo', [join(root, 'b-pipe')]).status).toBe(0);
    symlinkSync('a.ts', join(root, 'd-link'));
    const report = await scan({ paths: [root], config: false, failOn: 'none' });
    expect(report.skipped.map((s) => `${s.path}:${s.reason}`).sort()).toEqual(['b-pipe:not-a-file', 'd-link:symlink']);
    expect(report.stats.filesScanned).toBe(2);
  });
});
