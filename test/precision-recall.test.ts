import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleset, scan } from '../src/index.js';
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

// Recall on random keys: the placeholder rules must never swallow a real key. Measured: none of the
// 80,000 (README "What counts as a key"); a looser rule (short words anywhere) swallows some.
describe('placeholder rules vs random keys', () => {
  it.each([16, 24, 32, 48])('suppresses none of 20,000 random %i-character keys', async (length) => {
    const random = prng(length);
    const keys = Array.from({ length: 20_000 }, () =>
      LIVE_PREFIX + Array.from({ length }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join(''),
    );
    const report = await scan({ stdin: Buffer.from(keys.map((k) => `KEY=${k}`).join('\n')), stdinFilename: 'keys.txt', config: false });
    expect(report.findings).toHaveLength(keys.length);
    const missed = report.findings.filter((f) => f.suppressed).length;
    expect(missed).toBe(0);
  });
});

/** README "What counts as a key": which words count anywhere in a body, and which only at its start or end. */
function readmeWords(): { anywhere: string[]; atEdges: string[] } {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  const match = /placeholder word: (.*?) anywhere; (.*?) at the start or end/.exec(readme);
  if (!match) throw new Error('README no longer states the placeholder-word design');
  const words = (list: string) => [...list.matchAll(/`([a-z]+)`/g)].map((m) => m[1]!);
  return { anywhere: words(match[1]!), atEdges: words(match[2]!) };
}

describe('placeholder words follow the README design', () => {
  const { anywhere, atEdges } = readmeWords();
  const random = prng(7);
  const body = (length: number) => Array.from({ length }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join('');
  const detailOf = async (key: string) =>
    (await scan({ stdin: Buffer.from(`KEY=${key}\n`), stdinFilename: 'k.txt', config: false })).findings[0]!.suppressed?.detail;

  it('rules/placeholders.json holds exactly the README words', () => {
    expect([...loadRuleset().placeholders.words].sort()).toEqual([...anywhere, ...atEdges].sort());
  });

  it.each(anywhere)('"%s" makes a placeholder anywhere in a body', async (word) => {
    for (const key of [`${LIVE_PREFIX}${word}${body(16)}`, `${LIVE_PREFIX}${body(8)}${word}${body(8)}`, `${LIVE_PREFIX}${body(16)}${word.toUpperCase()}`]) {
      expect(await detailOf(key), key.slice(LIVE_PREFIX.length)).toBe(`word:${word}`);
    }
  });

  it.each(atEdges)('"%s" makes a placeholder at the start or end, never in the middle (a random key may hold it)', async (word) => {
    expect(await detailOf(`${LIVE_PREFIX}${word}${body(16)}`)).toBe(`word:${word}`);
    expect(await detailOf(`${LIVE_PREFIX}${body(16)}${word}`)).toBe(`word:${word}`);
    for (const form of [word, word.toUpperCase()]) {
      const key = `${LIVE_PREFIX}Q7${body(8)}${form}${body(8)}7Q`;
      expect(await detailOf(key), key.slice(LIVE_PREFIX.length)).toBeUndefined();
    }
  });
});
