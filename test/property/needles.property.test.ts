import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.js';
import { anyKeySearches, escapedWordSearch, findKeysInAnyForm, keyNeedleSearches } from '../../src/detect/encodings.js';
import { loadRuleset } from '../../src/ruleset/load.js';

/**
 * Escaped keys are found from the literal word alone (issue 17: one pass for plain and escaped keys
 * instead of a pass per escape form). Over text generated from the pieces keys and near misses are
 * made of: every place the former needles (`%5`, `\x5`, `\u005`, `\u{5` with the word up to 24 bytes
 * before) pointed at is still found, and no text holding a key of any form passes the prefilter.
 */
const RUNS = Number(process.env.CAIBO_SCAN_PROPERTY_RUNS ?? 300);
const detector = createDetector(loadRuleset().patterns);
const WORD = Buffer.from('caibo');
const FORMER_ESCAPE_NEEDLES = ['%5', '\\x5', '\\u005', '\\u{5'].map((needle) => Buffer.from(needle));
const FORMER_LOOKBEHIND = 24;

/** One escape family per key (a key mixing %5F and \\x5f is not undone: one encoding layer, README "Robustness"). */
const underscores = fc.constantFrom(['%5F', '%5f'], ['\\x5f', '\\x5F', '\\u005f', '\\u005F', '\\u{5f}', '\\u{5F}']).chain((family) =>
  fc.tuple(...[0, 1, 2].map(() => fc.constantFrom('_', ...family))).filter((chosen) => chosen.some((u) => u !== '_')),
);
const body = fc.stringMatching(/^[A-Za-z0-9]{16,40}$/);
const escapedKey = fc
  .tuple(underscores, fc.constantFrom('live', 'test'), body)
  .map(([[a, b, c], kind, rest]) => `caibo${a}${kind}${b}sk${c}${rest}`);
const piece = fc.oneof(
  escapedKey,
  fc.constantFrom('caibo', '%5', '%5F', '\\x5', '\\x5f', '\\u00', '\\u{5', '_', 'live', 'sk', ' ', '\n', '"', '=', '%25', '\\\\'),
  fc.stringMatching(/^[A-Za-z0-9+/]{0,30}$/),
  body.map((b) => Buffer.from(`k=caibo_live_sk_${b}`).toString('base64')),
);
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => Buffer.from(pieces.join('')));

/** Where the former escape needles started an escaped run: the last word within reach before each hit. */
function formerEscapeStarts(bytes: Buffer): number[] {
  const starts = new Set<number>();
  for (const needle of FORMER_ESCAPE_NEEDLES) {
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
      const windowStart = Math.max(0, at - FORMER_LOOKBEHIND);
      const wordAt = bytes.subarray(windowStart, at).lastIndexOf(WORD);
      if (wordAt !== -1) starts.add(windowStart + wordAt);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

function escapedWordStarts(bytes: Buffer): number[] {
  const find = escapedWordSearch(WORD);
  const starts: number[] = [];
  for (let at = find(bytes, 0); at !== -1; at = find(bytes, at + 1)) starts.push(at);
  return starts;
}

describe('one needle for plain and escaped keys', () => {
  it('finds every start the former escape needles found', () => {
    fc.assert(
      fc.property(text, (bytes) => {
        const found = new Set(escapedWordStarts(bytes));
        for (const start of formerEscapeStarts(bytes)) expect(found.has(start)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('lets no text holding a key in any form through the prefilters', () => {
    const searches = keyNeedleSearches(detector.needles);
    const anyKey = anyKeySearches(detector.needles);
    fc.assert(
      fc.property(text, (bytes) => {
        if (findKeysInAnyForm(bytes, detector).length === 0) return;
        expect([...searches.plain, ...searches.encoded].some((find) => find(bytes, 0) !== -1)).toBe(true);
        expect(anyKey.some((find) => find(bytes, 0) !== -1)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds an escaped key at its start, whatever surrounds it', () => {
    fc.assert(
      fc.property(text, escapedKey, text, (before, key, after) => {
        const bytes = Buffer.concat([before, Buffer.from(` ${key} `), after]);
        const start = before.length + 1;
        const keys = findKeysInAnyForm(bytes, detector);
        expect(keys.some((candidate) => candidate.start === start)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
