import { describe, expect, it } from 'vitest';
import { scan } from '../src/index.js';
import { LIVE_PREFIX } from './helpers/keygen.js';

/** Deterministic PRNG (mulberry32), so the measured rates are the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// Recall on random keys: the placeholder rules must (almost) never swallow a real key.
describe('placeholder rules vs random keys', () => {
  it.each([16, 24, 32, 48])('suppresses at most 1 in 10,000 random %i-character keys', async (length) => {
    const random = prng(length);
    const keys = Array.from({ length: 20_000 }, () =>
      LIVE_PREFIX + Array.from({ length }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join(''),
    );
    const report = await scan({ stdin: Buffer.from(keys.map((k) => `KEY=${k}`).join('\n')), stdinFilename: 'keys.txt', config: false });
    expect(report.findings).toHaveLength(keys.length);
    const missed = report.findings.filter((f) => f.suppressed).length;
    expect(missed).toBeLessThanOrEqual(2);
  });
});
