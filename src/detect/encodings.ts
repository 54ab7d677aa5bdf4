import type { Candidate, Encoding } from '../types.js';
import { isBinary, type DetectOptions, type Detector } from './detector.js';
import { literalSearch, type LiteralSearch } from './literal-search.js';
import { LineLocator } from './location.js';

/**
 * Keys hidden one encoding deep: base64 (a Kubernetes Secret's `data:`, `Authorization: Basic`),
 * percent-encoding (`caibo%5Flive...` in a URL) and JavaScript escapes (`caibo\u005flive...`).
 * Cheap before expensive, as for plain keys: each encoding has literal needles searched with
 * Buffer.indexOf, and only the text around a hit is decoded and handed to the plain detector.
 * Limits, documented in README "Robustness": the literal `caibo` must survive as itself in percent
 * and escape forms, and only one layer of encoding is undone.
 */

/** Bytes of encoded text decoded around a hit: enough for the longest key the detector reads. */
const MAX_ENCODED_BYTES = 4096;
/** Bytes of the original text kept before an encoded run, for classifiers and allow comments. */
const CONTEXT_BEFORE = 2048;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const PERCENT = 0x25;
const BACKSLASH = 0x5c;

/** A decoded stretch of the input: where its encoded text sits and how decoded bytes map back. */
interface DecodedRun {
  encoding: Exclude<Encoding, 'utf16'>;
  /** Offset of the encoded text in the input. */
  start: number;
  decoded: Buffer;
  /** The encoded text (offsets from `start`) that decodes to the decoded bytes [from, to). */
  encodedSpan: (from: number, to: number) => [number, number];
}

const isBase64Byte = (byte: number) =>
  (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2b || byte === 0x2f || byte === 0x2d || byte === 0x5f;

/** Base64 needles longer than this are cut to their tail: measured several times faster with Buffer.indexOf. */
const BASE64_NEEDLE_LENGTH = 7;

/**
 * The base64 text of `literal` at each of the three byte alignments within a 3-byte group, keeping
 * only characters that depend on the literal alone. `lead` is how many characters of the group
 * precede the needle. Standard and URL-safe alphabets differ only in `+/` vs `-_`, absent here.
 */
export function base64Needles(literal: string): Array<{ needle: string; lead: number }> {
  const bytes = Buffer.from(literal, 'latin1');
  return [0, 1, 2].map((alignment) => {
    const encoded = Buffer.concat([Buffer.alloc(alignment), bytes]).toString('base64');
    const end = Math.floor((8 * (alignment + bytes.length)) / 6);
    const start = Math.max(Math.ceil((8 * alignment) / 6), end - BASE64_NEEDLE_LENGTH);
    return { needle: encoded.slice(start, end), lead: start };
  });
}

/** The end of the run of bytes satisfying `accept` from `start`, at most `limit` bytes on. */
function runEnd(bytes: Buffer, start: number, limit: number, accept: (byte: number) => boolean): number {
  let end = start;
  const stop = Math.min(bytes.length, start + limit);
  while (end < stop && accept(bytes[end]!)) end += 1;
  return end;
}

/** A literal's needle searches, built once: Buffer.indexOf with a string converts it on every call. */
interface LiteralNeedles {
  base64: Array<{ find: LiteralSearch; lead: number }>;
  /** The literal without its trailing separator: escaped keys keep it as it is. */
  word: Buffer;
  escapedWord: LiteralSearch;
}
const needlesByLiteral = new Map<string, LiteralNeedles>();

function needlesFor(literal: string): LiteralNeedles {
  let needles = needlesByLiteral.get(literal);
  if (!needles) {
    const word = Buffer.from(literal.replace(/[^A-Za-z0-9]+$/, ''), 'latin1');
    needles = {
      base64: base64Needles(literal).map(({ needle, lead }) => ({ find: literalSearch(Buffer.from(needle, 'latin1')), lead })),
      word,
      escapedWord: escapedWordSearch(word),
    };
    needlesByLiteral.set(literal, needles);
  }
  return needles;
}

function base64Runs(bytes: Buffer, literal: string, from: number, to: number): DecodedRun[] {
  const runs: DecodedRun[] = [];
  for (const { find, lead } of needlesFor(literal).base64) {
    for (let at = find(bytes, from); at !== -1 && at < to; at = find(bytes, at + 1)) {
      const groupStart = at - lead;
      if (groupStart < 0) continue;
      // Decode up to two groups before the key's group too, so bytes before the key (`user:` in a
      // Basic credential) decode as well and its left boundary is judged on them.
      let start = groupStart;
      while (groupStart - start < 8 && start >= 4 && [1, 2, 3, 4].every((k) => isBase64Byte(bytes[start - k]!))) start -= 4;
      const end = runEnd(bytes, groupStart, MAX_ENCODED_BYTES, isBase64Byte);
      const decoded = Buffer.from(bytes.toString('latin1', start, end), 'base64');
      runs.push({ encoding: 'base64', start, decoded, encodedSpan: (from, to) => [Math.floor((from * 8) / 6), Math.ceil((to * 8) / 6)] });
    }
  }
  return runs;
}

const hexValue = (byte: number) =>
  byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x41 && byte <= 0x46 ? byte - 0x37 : byte >= 0x61 && byte <= 0x66 ? byte - 0x57 : -1;

/** `%XX` from `at`, or -1. */
function percentByte(bytes: Buffer, at: number): number {
  if (bytes[at] !== PERCENT) return -1;
  const high = hexValue(bytes[at + 1] ?? 0);
  const low = hexValue(bytes[at + 2] ?? 0);
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

/** `\xXX`, `\uXXXX` or `\u{X..}` from `at`: the character and the escape's length, or undefined. */
function jsEscape(bytes: Buffer, at: number): { code: number; length: number } | undefined {
  if (bytes[at] !== BACKSLASH) return undefined;
  const kind = bytes[at + 1];
  const digits = (start: number, count: number) => {
    let code = 0;
    for (let i = 0; i < count; i += 1) {
      const value = hexValue(bytes[start + i] ?? 0);
      if (value < 0) return -1;
      code = code * 16 + value;
    }
    return code;
  };
  if (kind === 0x78) {
    const code = digits(at + 2, 2);
    return code < 0 ? undefined : { code, length: 4 };
  }
  if (kind !== 0x75) return undefined;
  if (bytes[at + 2] === 0x7b) {
    const close = bytes.indexOf(0x7d, at + 3);
    if (close === -1 || close - at - 3 > 6 || close === at + 3) return undefined;
    const code = digits(at + 3, close - at - 3);
    return code < 0 ? undefined : { code, length: close - at + 1 };
  }
  const code = digits(at + 2, 4);
  return code < 0 ? undefined : { code, length: 6 };
}

/** Decodes `%XX` or JS escapes from `start` while they or plain key characters continue. */
function escapedRun(bytes: Buffer, start: number, encoding: 'percent' | 'js-escape'): DecodedRun | undefined {
  const decoded: number[] = [];
  const offsets: number[] = [];
  let escapes = 0;
  let at = start;
  const stop = Math.min(bytes.length, start + MAX_ENCODED_BYTES);
  while (at < stop) {
    let code: number;
    let length = 1;
    if (encoding === 'percent') {
      code = percentByte(bytes, at);
      if (code >= 0) length = 3;
    } else {
      const escape = jsEscape(bytes, at);
      code = escape && escape.code < 0x80 ? escape.code : -1;
      if (escape) length = escape.length;
    }
    if (code >= 0) escapes += 1;
    else if (isBase64Byte(bytes[at]!)) code = bytes[at]!;
    else break;
    offsets.push(at - start);
    decoded.push(code);
    at += length;
  }
  if (escapes === 0) return undefined;
  offsets.push(at - start);
  return { encoding, start, decoded: Buffer.from(decoded), encodedSpan: (from, to) => [offsets[from]!, offsets[to]!] };
}

/**
 * An escaped underscore (the prefix holds three) marks an escaped key: `%5F`, `\\x5f`, `\\u005f`,
 * `\\u{5f}`, within reach of the literal word, which escaped keys keep as itself (README
 * "Robustness"). So the word is the one needle for plain and escaped keys alike: the escapes are
 * looked for only after it, never searched for through the whole text (four passes over every byte,
 * ~45 ms each on 327 MB of npm bundles, against one pass for the word).
 */
const ESCAPE_MARKERS: ReadonlyArray<[Buffer, 'percent' | 'js-escape']> = [
  [Buffer.from('%5'), 'percent'],
  ...['\\x5', '\\u005', '\\u{5'].map((marker): [Buffer, 'js-escape'] => [Buffer.from(marker), 'js-escape']),
];
/** How far past the start of the word an escaped underscore may start (`caibo_live_sk%5F`). */
const ESCAPE_REACH = 24;

/** The encodings whose escaped underscores follow the word at `at` within reach. */
function escapesAfterWord(bytes: Buffer, at: number, word: Buffer): Set<'percent' | 'js-escape'> {
  const found = new Set<'percent' | 'js-escape'>();
  for (const [marker, encoding] of ESCAPE_MARKERS) {
    if (bytes.subarray(at + word.length, at + ESCAPE_REACH + marker.length).includes(marker)) found.add(encoding);
  }
  return found;
}

/** A search for the word where an escaped underscore follows it within reach: where an escaped key may start. */
export function escapedWordSearch(word: Buffer): LiteralSearch {
  const find = literalSearch(word);
  return (bytes, from) => {
    for (let at = find(bytes, from); at !== -1; at = find(bytes, at + 1)) if (escapesAfterWord(bytes, at, word).size) return at;
    return -1;
  };
}

/** Every encoded run starting in [from, to) whose decoding may hold a key, in input order. */
function encodedRuns(bytes: Buffer, needles: readonly string[], from: number, to: number): DecodedRun[] {
  const runs: DecodedRun[] = [];
  for (const literal of needles) {
    runs.push(...base64Runs(bytes, literal, from, to));
    const { word, escapedWord } = needlesFor(literal);
    for (let at = escapedWord(bytes, from); at !== -1 && at < to; at = escapedWord(bytes, at + 1)) {
      for (const encoding of escapesAfterWord(bytes, at, word)) {
        const run = escapedRun(bytes, at, encoding);
        if (run) runs.push(run);
      }
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

/**
 * Keys found inside encoded text, located at the encoded text. The decoded run is spliced into
 * its line so the plain detector, the classifiers and the filters see the key in its context.
 */
export function findEncodedCandidates(bytes: Buffer, detector: Detector, options: DetectOptions = {}): Candidate[] {
  const runs = encodedRuns(bytes, detector.needles, options.from ?? 0, options.to ?? bytes.length);
  if (runs.length === 0) return [];
  const found: Candidate[] = [];
  const starts = new Set<number>(); // a key two runs decode is reported once (a Set: 20,000 escaped keys took 40 s with a list)
  for (const run of runs) {
    // Line breaks inside the decoded text would shift line numbers; they end a key anyway.
    const decoded = run.decoded.map((byte) => (byte === NEWLINE || byte === CARRIAGE_RETURN ? 0x20 : byte));
    const encodedEnd = run.start + run.encodedSpan(0, decoded.length)[1];
    const contextStart = Math.max(0, bytes.lastIndexOf(NEWLINE, run.start) + 1, run.start - CONTEXT_BEFORE);
    const lineEnd = bytes.indexOf(NEWLINE, encodedEnd);
    const spliced = Buffer.concat([
      bytes.subarray(contextStart, run.start),
      decoded,
      bytes.subarray(encodedEnd, lineEnd === -1 ? bytes.length : lineEnd),
    ]);
    const offset = run.start - contextStart;
    for (const candidate of detector.findCandidates(spliced, { from: offset, to: offset + decoded.length, isBinary: false })) {
      const [from, to] = run.encodedSpan(candidate.start - offset, candidate.end - offset);
      const [start, end] = [run.start + from, run.start + to];
      if (starts.has(start)) continue;
      starts.add(start);
      found.push({ ...candidate, start, end, encoding: run.encoding });
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b) => a.start - b.start);
  const locator = new LineLocator(bytes, options.origin);
  const binary = options.isBinary ?? isBinary(bytes);
  return found.map((candidate) => {
    const { line, column } = locator.locate(candidate.start);
    const located: Candidate = { ...candidate, line, column, endLine: line, endColumn: column + (candidate.end - candidate.start) };
    if (binary) located.byteOffset = (options.fileOffset ?? 0) + candidate.start;
    return located;
  });
}

const UTF16_LE_BOM = [0xff, 0xfe];
const UTF16_BE_BOM = [0xfe, 0xff];

/** Does the text at `start` begin with a UTF-16 byte order mark, either way round? */
export function hasUtf16Bom(bytes: Buffer, start: number): boolean {
  const [first, second] = [bytes[start], bytes[start + 1]];
  return (first === UTF16_LE_BOM[0] && second === UTF16_LE_BOM[1]) || (first === UTF16_BE_BOM[0] && second === UTF16_BE_BOM[1]);
}

/**
 * Text saved as UTF-16 with a byte order mark (Windows PowerShell's `>` and `Out-File`), as UTF-8
 * without the mark; undefined for anything else. Lines and columns of the UTF-8 text are the
 * same as the original's, since columns count UTF-16 code units either way.
 */
export function utf16ToUtf8(bytes: Buffer): Buffer | undefined {
  if (!hasUtf16Bom(bytes, 0)) return undefined;
  const isBigEndian = bytes[0] === UTF16_BE_BOM[0];
  const units = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
  if (isBigEndian) units.swap16();
  return Buffer.from(units.toString('utf16le'), 'utf8');
}

/** Every key in `bytes` however it is written (plain, one encoding deep, UTF-16), without locations that matter. */
export function findKeysInAnyForm(bytes: Buffer, detector: Detector): Candidate[] {
  const text = utf16ToUtf8(bytes) ?? bytes;
  return [...detector.findCandidates(text), ...findEncodedCandidates(text, detector)];
}

/**
 * One search per way a key can start, plain or one encoding deep: each needle's word (plain and
 * escaped keys hold it) and its base64 forms. Text none of them hits, and that is not UTF-16, holds
 * no candidate: four passes over clean text instead of the detector's five.
 */
export function anyKeySearches(needles: readonly string[]): LiteralSearch[] {
  return needles.flatMap((literal) => {
    const { word, base64 } = needlesFor(literal);
    return [literalSearch(word), ...base64.map((b) => b.find)];
  });
}

/** The searches whose hits are the only places a key can start: plain, and one encoding deep. */
export interface KeyNeedleSearches {
  plain: LiteralSearch[];
  /** Base64 forms of the needles and escaped underscores: without a hit, findEncodedCandidates finds nothing. */
  encoded: LiteralSearch[];
}

/**
 * Text none of these searches hit, and that is not UTF-16 (hasUtf16Bom), holds no candidate:
 * sources may count it as scanned without a blob.
 */
export function keyNeedleSearches(needles: readonly string[]): KeyNeedleSearches {
  return {
    plain: needles.map((literal) => literalSearch(Buffer.from(literal, 'latin1'))),
    encoded: needles.flatMap((literal) => [...needlesFor(literal).base64.map((b) => b.find), needlesFor(literal).escapedWord]),
  };
}
