import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isBinary, MAX_KEY_BYTES } from '../detect/detector.js';
import { utf16Length } from '../detect/location.js';
import type { ChunkPosition, Skip, SkipReason } from '../types.js';

/** Files up to this size are read whole; larger ones stream in chunks of this size. */
export const WHOLE_FILE_LIMIT = 16 * 1024 * 1024;
/** Chunks overlap by more than the longest key, so a key across a boundary is seen whole once. */
const OVERLAP = 4 * MAX_KEY_BYTES;
const NEWLINE = 0x0a;

export interface FileChunk {
  bytes: Buffer;
  chunk?: ChunkPosition;
}

/** Line and column just past `bytes`, continuing from `origin`. */
function advance(origin: { line: number; column: number }, bytes: Buffer): { line: number; column: number } {
  let line = origin.line;
  let lastNewline = -1;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) {
    line += 1;
    lastNewline = at;
  }
  const tailUnits = utf16Length(bytes, lastNewline + 1, bytes.length);
  return { line, column: lastNewline === -1 ? origin.column + tailUnits : 1 + tailUnits };
}

/** ENXIO and ENODEV: open() refuses sockets and some devices before fstat can say what they are. */
const skipReason = (code: string | undefined): SkipReason =>
  code === 'ENOENT' ? 'vanished' : code === 'ELOOP' ? 'symlink-loop' : code === 'ENXIO' || code === 'ENODEV' ? 'not-a-file' : 'unreadable';

export function skipFor(path: string, error: unknown): Skip {
  const code = (error as NodeJS.ErrnoException).code;
  return { path, reason: skipReason(code), detail: code ?? (error as Error).message };
}

/** A file read whole, streamed in chunks (large files), or skipped. */
export type FileRead = Skip | { bytes: Buffer } | { chunks: AsyncGenerator<FileChunk> };

/**
 * One buffer whole files are read into, one after another: a fresh buffer per file made the kernel
 * map and zero new pages for every read (reading 327 MB of npm bundles: 160-250 ms of system time
 * fresh, 130-170 ms reused). A file's bytes are then valid only until the next file is read, as a
 * Source's blobs are (source.ts).
 */
export class ReadBuffer {
  #buffer = Buffer.alloc(0);

  /** A buffer of at least `size` bytes (files up to WHOLE_FILE_LIMIT come here). */
  take(size: number): Buffer {
    if (this.#buffer.length < size) this.#buffer = Buffer.allocUnsafe(Math.min(WHOLE_FILE_LIMIT, Math.max(size, 2 * this.#buffer.length)));
    return this.#buffer;
  }
}

/**
 * Reads a regular file whole, or hands back a chunk stream when it is large, so memory stays flat
 * whatever the file size. Opens non-blocking and checks the type first: a FIFO or device never blocks.
 * The calls are synchronous on purpose: on a page-cached tree one thread-pool round trip per call
 * (open, fstat, read, close) cost 8x more than the reads themselves (bench/, issue 6).
 * With `into`, a whole file is read into that reused buffer (see ReadBuffer).
 */
export async function readFileOrChunks(absolutePath: string | Buffer, path: string, chunkBytes = WHOLE_FILE_LIMIT, into?: ReadBuffer): Promise<FileRead> {
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return skipFor(path, error);
  }
  let streaming = false;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { path, reason: 'not-a-file' };
    if (stat.size <= chunkBytes) return { bytes: readWhole(fd, stat.size, into?.take(stat.size)) };
    streaming = true;
    return { chunks: readInChunks(fd, chunkBytes) };
  } catch (error) {
    return skipFor(path, error);
  } finally {
    if (!streaming) closeSync(fd);
  }
}

/** readFileSync(fd) would fstat the file a second time (~3% of a files scan): the size is known. */
function readWhole(fd: number, size: number, buffer: Buffer = Buffer.allocUnsafe(size)): Buffer {
  let filled = 0;
  for (let bytesRead = -1; filled < size && bytesRead !== 0; filled += bytesRead) {
    bytesRead = readSync(fd, buffer, filled, size - filled, null);
  }
  return filled < buffer.length ? buffer.subarray(0, filled) : buffer;
}

async function* readInChunks(fd: number, chunkBytes: number): AsyncGenerator<FileChunk> {
  try {
    yield* chunksOf((into, at, length) => readSync(fd, into, at, length, null), chunkBytes, { reuse: true });
  } finally {
    closeSync(fd);
  }
}

/**
 * Fills `into` from `at` with up to `length` next bytes of the content; returns how many it wrote,
 * fewer only at the end. Asynchronous for streamed content (an archive member being inflated).
 */
type ReadNext = (into: Buffer, at: number, length: number) => number | Promise<number>;

/** Content already in memory (a large git blob), in the same overlapping chunks as a large file. */
export function chunksOfBuffer(content: Buffer, chunkBytes = WHOLE_FILE_LIMIT): AsyncGenerator<FileChunk> {
  let position = 0;
  return chunksOf((into, at, length) => {
    const copied = content.copy(into, at, position, position + length);
    position += copied;
    return copied;
  }, chunkBytes);
}

/**
 * `reuse`: every chunk is read into the same buffer, so a chunk's bytes are valid only until the
 * next one is pulled (as a batch's blobs are: scan() handles each blob before it asks for the next).
 * A large file then holds one chunk in memory whatever the garbage collector's pace: under CPU
 * contention, a fresh 16 MB buffer per chunk let dead ones pile up (a 2 GB file peaked at 209 MB).
 */
export async function* chunksOf(readNext: ReadNext, chunkBytes: number, { reuse = false } = {}): AsyncGenerator<FileChunk> {
  let carry = Buffer.alloc(0);
  let fileOffset = 0; // offset of carry[0]
  let origin = { line: 1, column: 1 };
  let binary: boolean | undefined;
  let reused: Buffer | undefined;
  for (;;) {
    // The read lands right after the carried overlap: no concatenated copy.
    const size = carry.length + chunkBytes;
    const buffer = reuse && reused && reused.length >= size ? reused : Buffer.allocUnsafe(reuse ? Math.max(size, OVERLAP + 3 + chunkBytes) : size);
    if (reuse) reused = buffer;
    carry.copy(buffer); // with reuse, the carry is a copy, so the overlap survives the read into the same buffer
    const bytesRead = await readNext(buffer, carry.length, chunkBytes);
    const isLast = bytesRead < chunkBytes;
    const bytes = buffer.subarray(0, carry.length + bytesRead);
    binary ??= isBinary(bytes);
    let to = isLast ? bytes.length : Math.max(0, bytes.length - OVERLAP);
    // Never split a UTF-8 character (both halves would count as columns); at most 3 bytes back,
    // so binary runs of continuation bytes cannot stall the stream (issue 7).
    for (let back = 0; back < 3 && to > 0 && to < bytes.length && (bytes[to]! & 0xc0) === 0x80; back += 1) to -= 1;
    yield { bytes, chunk: { fileOffset, origin, to, isBinary: binary } };
    if (isLast) return;
    origin = advance(origin, bytes.subarray(0, to));
    carry = Buffer.from(bytes.subarray(to));
    fileOffset += to;
  }
}
