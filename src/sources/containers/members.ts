import { Readable } from 'node:stream';
import tar from 'tar-stream';
import yauzl, { type Entry } from 'yauzl';
import { printable } from '../../printable.js';

/** One file inside a container: its content is read (or discarded) before the next is asked for. */
export interface Member {
  name: string;
  content: AsyncIterable<Buffer> | Iterable<Buffer>;
  /** Produced by a decompressor (not a slice of bytes already counted): counts against the expansion budget. */
  isInflated: boolean;
}

/** A member that cannot be read (an encrypted zip entry, an asar entry pointing outside the file). */
export interface MemberProblem {
  name: string;
  problem: string;
}

/**
 * Archive paths as reports show them: forward slashes, no leading `./` or `/`, control characters
 * escaped (a name is the archive author's text: it must not forge an annotation or drive a terminal).
 */
export const memberPath = (name: string) => printable(name.replace(/\\/g, '/').replace(/^(?:\.?\/)+/, ''));

/**
 * A zip (and jar, apk, ipa, whl, docx...) read with yauzl from memory: its central directory, the
 * list unzip tools trust, names the entries; each is inflated as a stream, so a member's size is
 * never trusted from its header (validateEntrySizes rejects one that lies).
 */
export async function* zipMembers(bytes: Buffer): AsyncGenerator<Member | MemberProblem> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  // eachEntry (yauzl 3.2+) is missing from @types/yauzl.
  const entries = (zip as unknown as { eachEntry(): AsyncIterable<Entry> }).eachEntry();
  for await (const entry of entries) {
    const name = memberPath(entry.fileName);
    if (entry.fileName.endsWith('/')) continue;
    if (entry.isEncrypted()) {
      yield { name, problem: 'encrypted' };
      continue;
    }
    const stream = await zip.openReadStreamPromise(entry);
    try {
      yield { name, content: stream, isInflated: true };
    } finally {
      stream.destroy();
    }
  }
}

/** A Chrome extension: a `Cr24` header (version 2 or 3) in front of a zip. */
export function crxPayload(bytes: Buffer): Buffer {
  if (bytes.length < 16) throw new Error('truncated CRX header');
  const version = bytes.readUInt32LE(4);
  const start = version === 3 ? 12 + bytes.readUInt32LE(8) : version === 2 ? 16 + bytes.readUInt32LE(8) + bytes.readUInt32LE(12) : -1;
  if (start < 0 || start > bytes.length) throw new Error(`unknown CRX version ${version}`);
  return bytes.subarray(start);
}

/** A tar stream read with tar-stream: regular files only (links and devices hold no bytes of their own). */
export async function* tarMembers(input: AsyncIterable<Buffer>): AsyncGenerator<Member> {
  const extract = tar.extract();
  const source = Readable.from(input, { objectMode: false });
  source.on('error', (error) => extract.destroy(error));
  source.pipe(extract);
  try {
    for await (const entry of extract) {
      const { type, name } = entry.header;
      if (type === 'file' || type === 'contiguous-file') yield { name: memberPath(name), content: entry as AsyncIterable<Buffer>, isInflated: false };
      else entry.resume();
    }
  } finally {
    source.destroy();
    extract.destroy();
  }
}

interface AsarNode {
  files?: Record<string, AsarNode>;
  size?: number;
  offset?: string;
  unpacked?: boolean;
  link?: string;
}

/**
 * Electron's app.asar, read from memory. @electron/asar reads archives only from disk, so this is
 * a small reader of its documented header (a Chromium pickle holding JSON), every offset checked
 * against the buffer. Unpacked entries live beside it in app.asar.unpacked/, which the walk scans.
 */
export function* asarMembers(bytes: Buffer): Generator<Member | MemberProblem> {
  const headerSize = bytes.readUInt32LE(4);
  const jsonLength = bytes.length >= 16 ? bytes.readUInt32LE(12) : Infinity;
  if (8 + headerSize > bytes.length || 16 + jsonLength > 8 + headerSize) throw new Error('asar header runs past the end of the file');
  const header = JSON.parse(bytes.toString('utf8', 16, 16 + jsonLength)) as AsarNode;
  const dataStart = 8 + headerSize;
  // Depth first with an explicit stack: a header nested thousands deep cannot overflow the call stack.
  const pending: Array<[prefix: string, node: AsarNode]> = [['', header]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [prefix, node] = next;
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const path = `${prefix}${printable(name)}`;
      if (child.files) pending.push([`${path}/`, child]);
      else if (child.link !== undefined || child.unpacked) continue;
      else {
        const start = dataStart + Number(child.offset);
        const end = start + Number(child.size);
        if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < dataStart || end < start || end > bytes.length) {
          yield { name: path, problem: 'entry points outside the archive' };
        } else {
          yield { name: path, content: [bytes.subarray(start, end)], isInflated: false };
        }
      }
    }
  }
}
