import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Needles } from '../../src/detect/encodings.js';
import { anchorOf, literalSearch } from '../../src/detect/literal-search.js';
import { LIVE_PREFIX } from '../helpers/keygen.js';

/**
 * The rarest-byte search (issue 6) must find exactly what a naive byte-by-byte search finds: the
 * same offsets, in order, from any start and within any [from, to) window such as a chunk's.
 */
const RUNS = Number(process.env.CAIBO_SCAN_PROPERTY_RUNS ?? 150);

/** The literals the scanner searches for, plus short random ones over a tiny alphabet (many near misses). */
const REAL_LITERALS = ['caibo_', LIVE_PREFIX, '%5', '\\x5', '\\u005', '\\u{5', ...base64Needles('caibo_').map((n) => n.needle)];
const ALPHABET = [...'cabo_\\x5%u{0'].map((c) => c.charCodeAt(0));
const literalArb = fc.oneof(
  fc.constantFrom(...REAL_LITERALS).map((text) => Buffer.from(text, 'latin1')),
  fc.uint8Array({ minLength: 1, maxLength: 6 }).map((bytes) => Buffer.from(bytes.map((b) => ALPHABET[b % ALPHABET.length]!))),
);
const fillerArb = fc.oneof(
  fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes.map((b) => ALPHABET[b % ALPHABET.length]!))),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
);

function naiveOffsets(bytes: Buffer, literal: Buffer, from: number, to: number): number[] {
  const found: number[] = [];
  for (let at = from; at < to && at + literal.length <= bytes.length; at += 1) {
    if (bytes.subarray(at, at + literal.length).equals(literal)) found.push(at);
  }
  return found;
}

function searchedOffsets(bytes: Buffer, literal: Buffer, from: number, to: number): number[] {
  const find = literalSearch(literal);
  const found: number[] = [];
  for (let at = find(bytes, from); at !== -1 && at < to; at = find(bytes, at + 1)) found.push(at);
  return found;
}

/** Filler with the literal (or a cut-off piece of it) planted between pieces; may start and end with it. */
const caseArb = literalArb.chain((literal) =>
  fc
    .tuple(
      fc.array(fc.tuple(fillerArb, fc.boolean(), fc.nat({ max: literal.length })), { maxLength: 8 }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([pieces, startsWithIt, endsWithIt]) => {
      const parts = startsWithIt ? [literal] : [];
      for (const [filler, whole, cut] of pieces) parts.push(filler, whole ? literal : literal.subarray(0, cut));
      if (endsWithIt) parts.push(literal);
      return { literal, bytes: Buffer.concat(parts) };
    })
    .chain(({ literal, bytes }) =>
      fc.tuple(fc.nat({ max: bytes.length + 1 }), fc.nat({ max: bytes.length + 1 })).map(([a, b]) => ({
        literal,
        bytes,
        from: Math.min(a, b),
        to: Math.max(a, b),
      })),
    ),
);

describe('rarest-byte literal search', () => {
  it('finds exactly the offsets a naive search finds, from offset 0 to the buffer end', () => {
    fc.assert(
      fc.property(caseArb, ({ literal, bytes }) => {
        expect(searchedOffsets(bytes, literal, 0, bytes.length)).toEqual(naiveOffsets(bytes, literal, 0, bytes.length));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('finds exactly the naive offsets inside any [from, to) window', () => {
    fc.assert(
      fc.property(caseArb, ({ literal, bytes, from, to }) => {
        expect(searchedOffsets(bytes, literal, from, to)).toEqual(naiveOffsets(bytes, literal, from, to));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('anchors the key prefix past its common first letter, and leaves two bytes to search for', () => {
    expect(anchorOf(Buffer.from('caibo_'))).toBeGreaterThan(0);
    for (const literal of REAL_LITERALS) expect(Buffer.byteLength(literal, 'latin1') - anchorOf(Buffer.from(literal, 'latin1'))).toBeGreaterThanOrEqual(Math.min(2, literal.length));
  });
});
