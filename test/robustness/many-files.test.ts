import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';
import { expectPeakWithinReadme, runBinMeasured } from '../helpers/peak-memory.js';
import { optIn } from '../helpers/requirement.js';

/**
 * A tree of a million small files scans with bounded memory. Minutes of disk work, so it runs
 * only with CAIBO_SCAN_SLOW_TESTS=1, which .ci/run sets (README "Robustness" records the numbers).
 */
const notSlow = optIn('CAIBO_SCAN_SLOW_TESTS', 'minutes of disk work');
const FILES = Number(process.env.CAIBO_SCAN_MANY_FILES ?? 1_000_000);
const PER_DIRECTORY = 1000;
/** Creating, scanning and removing a million files takes minutes on a shared two-core machine. */
const TIME_LIMIT_MS = 60 * 60_000;

describe('a very wide tree', () => {
  it.skipIf(notSlow !== '')(`${FILES} small files: every one scanned, the key in the last one found, memory bounded${notSlow}`, () => {
    const root = makeTree();
    const key = liveKey();
    const scanTree = () => {
      for (let i = 0; i < FILES; i += 1) {
        const dir = join(root, `d${Math.floor(i / PER_DIRECTORY)}`);
        if (i % PER_DIRECTORY === 0) mkdirSync(dir);
        writeFileSync(join(dir, `f${i}.js`), i === FILES - 1 ? `k="${key}"\n` : `export const n = ${i};\n`);
      }
      return runBinMeasured(['.', '--format', 'json', '--no-config'], root);
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
    expectPeakWithinReadme(result, 116, `${FILES} files`); // 460 MB before the walk had backpressure
  }, TIME_LIMIT_MS);
});
