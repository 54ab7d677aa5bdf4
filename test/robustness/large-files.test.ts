import { closeSync, openSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.js';
import { findEncodedCandidates } from '../../src/detect/encodings.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { readFileOrChunks, WHOLE_FILE_LIMIT } from '../../src/sources/read-file.js';
import { parseJson, runBin } from '../helpers/cli.js';
import { makeTree } from '../helpers/fixture.js';
import { liveKey, testKey } from '../helpers/keygen.js';
import { expectPeakWithinReadme, runBinMeasured } from '../helpers/peak-memory.js';
import { optIn } from '../helpers/requirement.js';

const detector = createDetector(loadRuleset().patterns);
/** The multi-gigabyte checks (minutes of I/O) run when asked for, as .ci/run does; README "Robustness" lists their numbers. */
const notSlow = optIn('CAIBO_SCAN_SLOW_TESTS', 'minutes of disk I/O');

/** What the scan reports for a file read in chunks of `chunkBytes`: position of every key. */
async function keysByChunks(file: string, chunkBytes: number) {
  const read = await readFileOrChunks(file, 'f', chunkBytes);
  if ('reason' in read) throw new Error(read.reason);
  const parts = 'bytes' in read ? [{ bytes: read.bytes, chunk: undefined }] : read.chunks;
  const keys: Array<{ key: string; line: number; column: number; byteOffset?: number }> = [];
  const edges: number[] = [];
  for await (const { bytes, chunk } of parts) {
    edges.push((chunk?.fileOffset ?? 0) + (chunk?.to ?? bytes.length));
    const options = chunk ? { to: chunk.to, origin: chunk.origin, fileOffset: chunk.fileOffset, isBinary: chunk.isBinary } : {};
    for (const c of detector.findCandidates(bytes, options)) {
      keys.push({ key: c.secret.reveal(), line: c.line, column: c.column, ...(c.byteOffset !== undefined ? { byteOffset: c.byteOffset } : {}) });
    }
  }
  return { keys, edges };
}

/** The encoded keys a chunked read reports, by their byte offset in the file and encoding. */
async function encodedKeysByChunks(file: string, chunkBytes: number) {
  const read = await readFileOrChunks(file, 'f', chunkBytes);
  if ('reason' in read) throw new Error(read.reason);
  const parts = 'bytes' in read ? [{ bytes: read.bytes, chunk: undefined }] : read.chunks;
  const found: string[] = [];
  for await (const { bytes, chunk } of parts) {
    const options = chunk ? { to: chunk.to, origin: chunk.origin, fileOffset: chunk.fileOffset, isBinary: chunk.isBinary } : {};
    for (const c of findEncodedCandidates(bytes, detector, options)) found.push(`${(chunk?.fileOffset ?? 0) + c.start}:${c.encoding}`);
  }
  return found;
}

describe('files larger than one read stream in overlapping chunks', () => {
  it('finds an escaped key once wherever a chunk edge falls, also between its word and its first escape', async () => {
    // 20,000 keys escaped from their first underscore on, against 8,192-byte chunks: edges
    // fall in every part of them. The chunk owning a key is the one its word starts in; before issue
    // 17 it was the one its first escape started in, which then could not see the word (a miss).
    const keys = Array.from({ length: 20_000 }, (_, i) => {
      const escape = ['%5F', '\\x5f', '\\u005f', '\\u{5f}'][i % 4]!;
      return liveKey(20).replaceAll('_', escape);
    });
    const text = keys.map((key, i) => `${'y'.repeat(i % 29)} k="${key}"\n`).join('');
    const file = join(makeTree({ 'escaped.js': text }), 'escaped.js');
    const whole = await encodedKeysByChunks(file, 1 << 30);
    expect(whole).toHaveLength(keys.length);
    expect(await encodedKeysByChunks(file, 8192)).toEqual(whole);
  });

  it('every key is found once, at the same line and column as a whole-file read, wherever the chunk edges fall', async () => {
    const chunkBytes = 8192;
    // Deterministic pseudo-random filler of 1- to 4-byte characters and line breaks, so chunk
    // edges fall inside keys and inside characters alike.
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const alphabet = ['x', 'é', '€', '😀', ' '];
    const keys = Array.from({ length: 2000 }, (_, i) => (i % 2 ? liveKey() : testKey(16 + (i % 7))));
    let text = '';
    for (const key of keys) {
      for (let n = random(200); n > 0; n -= 1) text += random(400) === 0 ? '\r\n' : alphabet[random(alphabet.length)];
      text += ` k="${key}"`;
    }
    const file = join(makeTree({ 'big.js': text }), 'big.js');
    const whole = await keysByChunks(file, 1 << 30);
    const chunked = await keysByChunks(file, chunkBytes);
    expect(whole.edges).toHaveLength(1);
    const bytes = Buffer.from(text);
    const straddles = (start: number, end: number) => chunked.edges.some((edge) => start < edge && edge < end);
    const straddling = keys.filter((key) => straddles(bytes.indexOf(key), bytes.indexOf(key) + key.length));
    // Edges land on multi-byte characters (and are moved off their middles).
    expect(chunked.edges.filter((edge) => bytes[edge]! >= 0xc0).length).toBeGreaterThan(5);
    expect(chunked.edges.filter((edge) => (bytes[edge]! & 0xc0) === 0x80)).toEqual([]);
    expect(straddling.length).toBeGreaterThan(5);
    expect(whole.keys.map((k) => k.key)).toEqual(keys);
    expect(chunked.keys).toEqual(whole.keys);
  });

  it('bytes that look like endless UTF-8 continuations still stream chunk by chunk', async () => {
    const file = join(makeTree({ 'noise.bin': Buffer.alloc(256 * 1024, 0x80) }), 'noise.bin');
    const read = await readFileOrChunks(file, 'noise.bin', 8192);
    if (!('chunks' in read)) throw new Error('expected a stream');
    let largest = 0;
    for await (const part of read.chunks) largest = Math.max(largest, part.bytes.length);
    expect(largest).toBeLessThan(8192 + 4096 + 8);
  });

  it('a file shrinking while it streams ends the stream without an error', async () => {
    const file = join(makeTree({ 'log.txt': 'a'.repeat(64 * 1024) }), 'log.txt');
    const read = await readFileOrChunks(file, 'log.txt', 8192);
    if (!('chunks' in read)) throw new Error('expected a stream');
    let bytes = 0;
    for await (const part of read.chunks) {
      bytes += part.chunk!.to;
      truncateSync(file, 10_000);
    }
    expect(bytes).toBe(10_000);
  });

  it('a file that vanished before it was read is a skip, not an error', async () => {
    expect(await readFileOrChunks(join(makeTree(), 'gone.txt'), 'gone.txt')).toEqual({ path: 'gone.txt', reason: 'vanished', detail: 'ENOENT' });
  });

  it('a real file over the streaming limit, with keys across the 16 MB chunk edge, via the CLI', () => {
    const root = makeTree();
    const file = join(root, 'blob.bin');
    const keys = [liveKey(), testKey()];
    const offsets = [WHOLE_FILE_LIMIT - 10, 2 * WHOLE_FILE_LIMIT - 4096 - 3];
    truncateSync(openAndClose(file), 2 * WHOLE_FILE_LIMIT + 100); // sparse: zeros, no disk
    const fd = openSync(file, 'r+');
    keys.forEach((key, i) => writeSync(fd, `\n${key}\n`, offsets[i]! - 1));
    closeSync(fd);
    const result = runBin(['.', '--format', 'json', '--no-config'], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings.map((f) => f.byteOffset)).toEqual(offsets);
  });

  it('a 100 MB single line: the key is found at its column', () => {
    const root = makeTree();
    const key = liveKey();
    const before = 60 * 1024 * 1024;
    const fd = openSync(join(root, 'one-line.js'), 'w');
    const block = Buffer.alloc(1024 * 1024, 'x');
    writeSync(fd, 'var a="');
    for (let i = 0; i < before / block.length; i += 1) writeSync(fd, block);
    writeSync(fd, `";var k="${key}";`);
    for (let i = 0; i < 40; i += 1) writeSync(fd, block);
    closeSync(fd);
    const result = runBinMeasured(['.', '--format', 'json', '--no-config'], root);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings).toMatchObject([{ line: 1, column: 8 + before + 9 }]);
    expectPeakWithinReadme(result, 160, '100 MB single line');
  });

  it.skipIf(notSlow !== '')(`a sparse 2 GB file streams with bounded memory and finds a key across a chunk edge${notSlow}`, () => {
    const root = makeTree();
    const file = join(root, 'huge.bin');
    truncateSync(openAndClose(file), 2 * 1024 ** 3);
    const offset = 5 * WHOLE_FILE_LIMIT - 10;
    const fd = openSync(file, 'r+');
    writeSync(fd, `\n${liveKey()}\n`, offset - 1);
    closeSync(fd);
    const result = runBinMeasured(['.', '--format', 'json', '--no-config'], root);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { byteOffset: number }) => f.byteOffset)).toEqual([offset]);
    expectPeakWithinReadme(result, 110, '2 GB sparse file');
  });
});

function openAndClose(file: string): string {
  closeSync(openSync(file, 'w'));
  return file;
}
