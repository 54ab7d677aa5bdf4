import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { makeTree } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';

/**
 * A tree of a million small files scans with bounded memory. Minutes of disk work, so it runs
 * only with CAIBO_SCAN_SLOW_TESTS=1 (README "Robustness" records the measured numbers).
 */
const SLOW = process.env.CAIBO_SCAN_SLOW_TESTS === '1';
const FILES = Number(process.env.CAIBO_SCAN_MANY_FILES ?? 1_000_000);
const PER_DIRECTORY = 1000;
/** Creating, scanning and removing a million files takes minutes on a shared two-core machine. */
const TIME_LIMIT_MS = 60 * 60_000;

describe('a very wide tree', () => {
  it.skipIf(!SLOW)(`${FILES} small files: every one scanned, the key in the last one found, memory bounded`, () => {
    const root = makeTree();
    const key = liveKey();
    const scanTree = () => {
      for (let i = 0; i < FILES; i += 1) {
        const dir = join(root, `d${Math.floor(i / PER_DIRECTORY)}`);
        if (i % PER_DIRECTORY === 0) mkdirSync(dir);
        writeFileSync(join(dir, `f${i}.js`), i === FILES - 1 ? `k="${key}"\n` : `export const n = ${i};\n`);
      }
      return spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, BIN, '.', '--format', 'json', '--no-config'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    };
    let result: ReturnType<typeof scanTree>;
    try {
      result = scanTree();
    } finally {
      rmSync(root, { recursive: true, force: true }); // here, not in the fixture's hook with its short timeout
    }
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.summary.filesScanned).toBe(FILES);
    expect(report.findings).toHaveLength(1);
    const [maxRssKb, seconds] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    console.log(`${FILES} files: ${seconds} s, max RSS ${Math.round(maxRssKb! / 1024)} MB`);
    expect(maxRssKb).toBeLessThan(400 * 1024); // 460 MB before the walk had backpressure
  }, TIME_LIMIT_MS);
});
