import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf16Length } from '../../src/detect/location.js';

/** Columns counted without decoding ASCII (issue 6) must equal the decoded string's length, for any bytes. */
const RUNS = Number(process.env.CAIBO_SCAN_PROPERTY_RUNS ?? 150);

describe('utf16Length', () => {
  it('equals the length of the decoded text for ASCII, UTF-8 and invalid bytes, over any range', () => {
    const bytesArb = fc.oneof(
      fc.string({ unit: 'grapheme-ascii', maxLength: 200 }).map((s) => Buffer.from(s)),
      fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => Buffer.from(s)),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    );
    fc.assert(
      fc.property(bytesArb, fc.nat(), fc.nat(), (bytes, a, b) => {
        const [start, end] = [a % (bytes.length + 1), b % (bytes.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(utf16Length(bytes, start, end)).toBe(bytes.toString('utf8', start, end).length);
      }),
      { numRuns: RUNS * 4 },
    );
  });
});
