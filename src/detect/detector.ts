import { Secret } from '../secret.js';
import type { PatternSpec } from '../ruleset/schema.js';
import type { Candidate, KeyType } from '../types.js';
import { literalSearch } from './literal-search.js';
import { LineLocator, lineEndAt, type Origin } from './location.js';

/** Bytes of line context kept around a key for classifiers and allow comments. */
const CONTEXT_BYTES = 2048;
/** Longest key the detector reads past its prefix; longer bodies are cut (and still reported). */
export const MAX_KEY_BYTES = 1024;
/** git's binary heuristic: a NUL byte in the first 8000 bytes. */
const BINARY_SNIFF_BYTES = 8000;
const NEWLINE = 0x0a;

interface CompiledPattern {
  id: string;
  keyType: KeyType;
  /** Sticky regex for prefix + body, anchored where the prefilter hit. */
  regex: RegExp;
  prefix: string;
  prefixBytes: Buffer;
}

interface Needle {
  literal: string;
  patterns: CompiledPattern[];
}

export interface DetectOptions {
  /** Report only keys starting in [from, to) (streamed chunks overlap). */
  from?: number;
  to?: number;
  origin?: Origin;
  /** Absolute offset of bytes[0] in its file, for byteOffset on binary files. */
  fileOffset?: number;
  isBinary?: boolean;
}

/** Finds key candidates in bytes: a literal prefilter first, the pattern's regex only at its hits. */
export interface Detector {
  /** The literals the prefilter looks for; a buffer without any of them holds no key. */
  readonly needles: readonly string[];
  /** What it was built from (a worker thread builds the same detector from them). */
  readonly patterns: readonly PatternSpec[];
  findCandidates(bytes: Buffer, options?: DetectOptions): Candidate[];
}

const isIdentifierByte = (byte: number) =>
  (byte >= 0x30 && byte <= 0x39) ||
  (byte >= 0x41 && byte <= 0x5a) ||
  (byte >= 0x61 && byte <= 0x7a) ||
  byte === 0x5f;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return a.slice(0, i);
}

/** Patterns sharing a prefix of 4+ characters share one needle, so `caibo_` is searched once. */
function groupNeedles(patterns: CompiledPattern[]): Needle[] {
  const needles: Needle[] = [];
  for (const pattern of patterns) {
    const shared = needles.find((n) => commonPrefix(n.literal, pattern.prefix).length >= 4);
    if (shared) {
      shared.literal = commonPrefix(shared.literal, pattern.prefix);
      shared.patterns.push(pattern);
    } else {
      needles.push({ literal: pattern.prefix, patterns: [pattern] });
    }
  }
  return needles;
}

/** Does `prefix` sit at `at`? Its first `known` bytes are already known to. */
function hasPrefixAt(bytes: Buffer, at: number, prefix: Buffer, known: number): boolean {
  for (let i = known; i < prefix.length; i += 1) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

export function createDetector(patterns: readonly PatternSpec[]): Detector {
  const compiled = patterns.map((p) => ({
    id: p.id,
    keyType: p.keyType,
    prefix: p.prefix,
    prefixBytes: Buffer.from(p.prefix, 'latin1'),
    regex: new RegExp(`${escapeRegex(p.prefix)}(?:${p.body})(?![A-Za-z0-9_])`, 'y'),
  }));
  // Searches built once: Buffer.indexOf with a string converts it on every call (~10% of a files scan).
  const needles = groupNeedles(compiled).map((needle) => ({ ...needle, find: literalSearch(Buffer.from(needle.literal, 'latin1')) }));

  const findCandidates = (bytes: Buffer, options: DetectOptions = {}): Candidate[] => {
    const hits: Array<{ start: number; end: number; pattern: CompiledPattern }> = [];
    for (const needle of needles) {
      const to = options.to ?? bytes.length;
      let at = needle.find(bytes, options.from ?? 0);
      while (at !== -1 && at < to) {
        if (at === 0 || !isIdentifierByte(bytes[at - 1]!)) {
          let window: string | undefined;
          for (const pattern of needle.patterns) {
            // Each regex starts with its literal prefix: near misses (`caibo_config`) never pay for the window string.
            if (!hasPrefixAt(bytes, at, pattern.prefixBytes, needle.literal.length)) continue;
            window ??= bytes.toString('latin1', at, Math.min(bytes.length, at + MAX_KEY_BYTES));
            pattern.regex.lastIndex = 0;
            const match = pattern.regex.exec(window);
            if (match) {
              hits.push({ start: at, end: at + match[0].length, pattern });
              break;
            }
          }
        }
        at = needle.find(bytes, at + 1);
      }
    }
    if (hits.length === 0) return [];
    hits.sort((a, b) => a.start - b.start);
    const unique = hits.filter((hit, i) => i === 0 || hit.start !== hits[i - 1]!.start);

    const binary = options.isBinary ?? isBinary(bytes);
    const locator = new LineLocator(bytes, options.origin);
    return unique.map(({ start, end, pattern }) => {
      const { line, column, lineStart } = locator.locate(start);
      const key = bytes.toString('latin1', start, end);
      const lineEnd = lineEndAt(bytes, end);
      const textStart = Math.max(lineStart, start - CONTEXT_BYTES);
      const lineText = bytes.toString('utf8', textStart, Math.min(lineEnd, end + CONTEXT_BYTES)).replace(/\r$/, '');
      const previousLineEnd = lineStart - 1;
      const previousLineStart = previousLineEnd > 0 ? bytes.lastIndexOf(NEWLINE, previousLineEnd - 1) + 1 : 0;
      const previousLineText =
        lineStart > 0
          ? bytes
              .toString('utf8', Math.max(previousLineStart, previousLineEnd - CONTEXT_BYTES), previousLineEnd)
              .replace(/\r$/, '')
          : '';
      const candidate: Candidate = {
        patternId: pattern.id,
        keyType: pattern.keyType,
        secret: new Secret(key, pattern.prefix.length),
        prefixLength: pattern.prefix.length,
        start,
        end,
        line,
        column,
        endLine: line,
        endColumn: column + key.length,
        lineText,
        keyIndexInLine: bytes.toString('utf8', textStart, start).length,
        previousLineText,
      };
      if (binary) candidate.byteOffset = (options.fileOffset ?? 0) + start;
      return candidate;
    });
  };

  return { needles: needles.map((n) => n.literal), patterns, findCandidates };
}
