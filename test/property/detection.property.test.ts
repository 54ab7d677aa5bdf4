import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { LIVE_PREFIX, TEST_PREFIX } from '../helpers/keygen.js';

/**
 * Property-based checks of the whole library path (source → detector → classify → filters) on
 * random input: every inserted key is found at the right line and column, nothing is found where
 * none was inserted, and placeholders are never reported. Runs are bounded to keep the suite fast.
 */
const RUNS = Number(process.env.CAIBO_SCAN_PROPERTY_RUNS ?? 150);
const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
const NEWLINE = 0x0a;

const bodyArb = fc.array(fc.constantFrom(...ALNUM), { minLength: 16, maxLength: 48 }).map((chars) => chars.join(''));
const keyArb = fc.tuple(fc.constantFrom(LIVE_PREFIX, TEST_PREFIX), bodyArb).map(([prefix, body]) => prefix + body);
/** ASCII, any Unicode (UTF-8), or raw bytes (invalid UTF-8, NULs: a binary file). */
const fillerArb = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 80 }).map((s) => Buffer.from(s)),
  fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 80 }).map((bytes) => Buffer.from(bytes)),
);
/** Bytes that may sit next to a key: anything that is not a key character. */
const delimiterArb = fc
  .constantFrom(' ', '"', "'", '=', ':', '\n', '\r\n', '\t', ',', ';', '(', ')', '[', ']', '/', '`', '\0', '\xff', 'é')
  .map((d) => (d === '\xff' ? Buffer.from([0xff]) : Buffer.from(d)));

interface Built {
  bytes: Buffer;
  /** Byte offsets of the inserted keys (or of their encoded text). */
  offsets: number[];
}

function build(pieces: Array<[Buffer, Buffer, Buffer, Buffer]>, tail: Buffer): Built {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  for (const [filler, before, key, after] of pieces) {
    for (const part of [filler, before, key, after]) {
      if (part === key) offsets.push(length);
      parts.push(part);
      length += part.length;
    }
  }
  parts.push(tail);
  return { bytes: Buffer.concat(parts), offsets };
}

const startsLikeUtf16 = (bytes: Buffer) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** Where an editor puts `offset`: 1-based line, column in UTF-16 units, a leading UTF-8 BOM taking none. */
function position(bytes: Buffer, offset: number) {
  let line = 1;
  for (let at = bytes.indexOf(NEWLINE); at !== -1 && at < offset; at = bytes.indexOf(NEWLINE, at + 1)) line += 1;
  let lineStart = bytes.lastIndexOf(NEWLINE, offset - 1) + 1;
  if (lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) lineStart = 3;
  return { line, column: 1 + bytes.toString('utf8', lineStart, offset).length };
}

async function locations(bytes: Buffer) {
  const report = await scan({ stdin: bytes, stdinFilename: 'input.txt', config: false });
  // Suppressed findings count as found: this checks detection and location, not the filters.
  return report.findings.map((f) => ({ line: f.location.line, column: f.location.column, byteOffset: f.location.byteOffset, encoding: f.encoding }));
}

const pieceArb = fc.tuple(fillerArb, delimiterArb, keyArb.map((k) => Buffer.from(k)), delimiterArb);

describe('property: keys in random text, UTF-8 and binary', () => {
  it('every inserted key is found once, at its line and column (and byte offset in binary input)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pieceArb, { minLength: 1, maxLength: 6 }), fillerArb, async (pieces, tail) => {
        const { bytes, offsets } = build(pieces, tail);
        fc.pre(!startsLikeUtf16(bytes));
        const isBinary = bytes.subarray(0, 8000).includes(0);
        const expected = offsets.map((offset) => ({ ...position(bytes, offset), byteOffset: isBinary ? offset : undefined, encoding: undefined }));
        expect(await locations(bytes)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('nothing is found where no key was inserted, near misses included', async () => {
    const nearMissArb = fc.oneof(
      fc.tuple(fc.constantFrom(LIVE_PREFIX, TEST_PREFIX), fc.array(fc.constantFrom(...ALNUM), { maxLength: 15 })).map(([p, b]) => ` ${p}${b.join('')} `),
      keyArb.map((key) => `x${key}`),
      keyArb.map((key) => `${key}_more`),
      keyArb.map((key) => key.toUpperCase()),
      keyArb.map((key) => Buffer.from(key.slice(0, 12)).toString('base64')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fillerArb, nearMissArb.map((s) => Buffer.from(s))), { maxLength: 10 }), async (parts) => {
        const bytes = Buffer.concat(parts);
        fc.pre(!startsLikeUtf16(bytes));
        expect(await locations(bytes)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('property: keys in random encodings', () => {
  type Encoded = { text: string; lead: number; encoding: string | undefined };
  const encodedKeyArb = fc.tuple(keyArb, fc.constantFrom('plain', 'base64', 'basic', 'percent', 'js-escape')).map(([key, how]): Encoded => {
    switch (how) {
      case 'base64':
        return { text: Buffer.from(key).toString('base64'), lead: 0, encoding: 'base64' };
      case 'basic':
        // "user:" is 5 bytes: the key starts 40 bits in, inside the 7th base64 character.
        return { text: Buffer.from(`user:${key}`).toString('base64'), lead: 6, encoding: 'base64' };
      case 'percent':
        return { text: key.replaceAll('_', '%5F'), lead: 0, encoding: 'percent' };
      case 'js-escape':
        return { text: key.replaceAll('_', '\\u005f'), lead: 0, encoding: 'js-escape' };
      default:
        return { text: key, lead: 0, encoding: undefined };
    }
  });
  const textArb = fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !s.includes('\\') && !s.includes('%'));
  const lineDelimiterArb = fc.constantFrom(' ', '"', '=', ': ', '\n', '\r\n', '\t');

  it('each is found with its encoding at the encoded text, in UTF-8 or UTF-16 files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(textArb, lineDelimiterArb, encodedKeyArb, lineDelimiterArb), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('utf8', 'utf16le', 'utf16be'),
        async (pieces, fileEncoding) => {
          let text = '';
          const starts: Array<{ index: number; encoding: string | undefined }> = [];
          for (const [filler, before, encoded, after] of pieces) {
            text += filler + before;
            starts.push({ index: text.length + encoded.lead, encoding: encoded.encoding });
            text += encoded.text + after;
          }
          fc.pre(!text.startsWith('\uFEFF'));
          const utf8 = Buffer.from(text);
          const expected = starts.map(({ index, encoding }) => ({
            ...position(utf8, Buffer.byteLength(text.slice(0, index))),
            byteOffset: undefined,
            encoding: encoding ?? (fileEncoding === 'utf8' ? undefined : 'utf16'),
          }));
          const units = Buffer.from(text, 'utf16le');
          if (fileEncoding === 'utf16be') units.swap16();
          const bytes =
            fileEncoding === 'utf8' ? utf8 : Buffer.concat([Buffer.from(fileEncoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]), units]);
          expect(await locations(bytes)).toEqual(expected);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('property: placeholders are never reported', () => {
  const placeholderArb = fc.oneof(
    fc.constantFrom(LIVE_PREFIX, TEST_PREFIX).map((p) => `${p}1234567890abcdef`),
    fc.tuple(fc.constantFrom(LIVE_PREFIX, TEST_PREFIX), fc.constantFrom(...ALNUM), fc.integer({ min: 16, max: 40 })).map(([p, c, n]) => p + c.repeat(n)),
    fc.tuple(fc.constantFrom(LIVE_PREFIX, TEST_PREFIX), fc.constantFrom('your', 'Example', 'PLACEHOLDER', 'changeme', 'fake', 'redacted'), bodyArb).map(
      ([p, word, body]) => p + word + body,
    ),
    fc.tuple(fc.constantFrom(LIVE_PREFIX, TEST_PREFIX), bodyArb, fc.constantFrom(['<', '>'], ['{{', '}}'], ['', '${x}'], ['', '%s'])).map(
      ([p, body, [before, after]]) => `${before}${p}${body}${after}`,
    ),
  );
  it('in any text, in any encoding the scanner decodes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fillerArb, delimiterArb, placeholderArb, delimiterArb), { minLength: 1, maxLength: 5 }), fc.boolean(), async (pieces, asBase64) => {
        const bytes = Buffer.concat(
          pieces.flatMap(([filler, before, placeholder, after]) => [filler, before, Buffer.from(asBase64 ? Buffer.from(placeholder).toString('base64') : placeholder), after]),
        );
        fc.pre(!startsLikeUtf16(bytes));
        const report = await scan({ stdin: bytes, stdinFilename: 'docs/README.md', config: false });
        expect(report.findings.filter((f) => !f.suppressed)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
