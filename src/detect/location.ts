import { isAscii } from 'node:buffer';

const NEWLINE = 0x0a;
const UTF8_BOM_LENGTH = 3;

/** Where the first byte of a buffer sits in its file: 1-based, columns in UTF-16 code units. */
export interface Origin {
  line: number;
  column: number;
}

export interface Position {
  line: number;
  column: number;
  /** Byte offset where the position's line starts inside the buffer (0 when it started earlier). */
  lineStart: number;
}

/**
 * Turns byte offsets into 1-based line and column, the one coordinate system every output uses.
 * Offsets must be asked for in ascending order, so a file is walked once however many keys it holds.
 * Columns count UTF-16 code units, SARIF's default `columnKind`, so editors land on the key.
 */
export class LineLocator {
  #scanned = 0;
  #line: number;
  #lineStart = 0;
  #lineStartsBeforeBuffer = true;

  constructor(
    private readonly bytes: Buffer,
    private readonly origin: Origin = { line: 1, column: 1 },
  ) {
    this.#line = origin.line;
    // A UTF-8 byte order mark is invisible in editors: the first column starts after it.
    if (origin.line === 1 && origin.column === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.#lineStart = UTF8_BOM_LENGTH;
    }
  }

  locate(offset: number): Position {
    if (offset < this.#scanned) throw new RangeError('LineLocator offsets must ascend');
    let next = this.bytes.indexOf(NEWLINE, this.#scanned);
    while (next !== -1 && next < offset) {
      this.#line += 1;
      this.#lineStart = next + 1;
      this.#lineStartsBeforeBuffer = false;
      next = this.bytes.indexOf(NEWLINE, next + 1);
    }
    this.#scanned = offset;
    const prefixUnits = utf16Length(this.bytes, this.#lineStart, offset);
    const column = this.#lineStartsBeforeBuffer ? this.origin.column + prefixUnits : 1 + prefixUnits;
    return { line: this.#line, column, lineStart: this.#lineStart };
  }
}

/**
 * How many UTF-16 code units (columns) the UTF-8 bytes [start, end) decode to. ASCII, most of a
 * minified bundle or source map, is counted without decoding: a 16 MB single-line chunk cost ~20 ms
 * as a string (issue 6).
 */
export function utf16Length(bytes: Buffer, start: number, end: number): number {
  const slice = bytes.subarray(start, end);
  return isAscii(slice) ? slice.length : slice.toString('utf8').length;
}

/** Byte offset of the end of the line holding `offset` (the newline, or the buffer end). */
export function lineEndAt(bytes: Buffer, offset: number): number {
  const end = bytes.indexOf(NEWLINE, offset);
  return end === -1 ? bytes.length : end;
}
