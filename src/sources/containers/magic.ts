/**
 * Which container a file is, from its first bytes (issue 15: by content, not by name), so a renamed
 * `release.bin` is opened and a `notes.zip` holding text is not. Brotli has no magic number: only a
 * `.br` name says it is one. Pure and cheap: the files scan asks it of every file it has read.
 */
export type ContainerKind = 'zip' | 'crx' | 'tar' | 'gzip' | 'brotli' | 'zstd' | 'bzip2' | 'asar';

/** Enough of a file's start to recognise every kind (a tar's magic sits at offset 257). */
export const MAGIC_BYTES = 512;

const startsWith = (head: Buffer, at: number, ...bytes: number[]) => head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);

/** "ustar\0" (POSIX) or "ustar " (GNU) at 257. */
const isTar = (head: Buffer) => startsWith(head, 257, 0x75, 0x73, 0x74, 0x61, 0x72) && (head[262] === 0 || head[262] === 0x20);

/** `BZh1`..`BZh9` then a block (pi) or end-of-stream (sqrt pi) magic: text starting "BZh9" is not bzip2. */
const isBzip2 = (head: Buffer) =>
  startsWith(head, 0, 0x42, 0x5a, 0x68) &&
  head[3]! >= 0x31 &&
  head[3]! <= 0x39 &&
  (startsWith(head, 4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59) || startsWith(head, 4, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90));

/** Electron's asar: a 4-byte pickle holding the header size, then the header pickle of JSON `{"files":`. */
const isAsar = (head: Buffer) => startsWith(head, 0, 4, 0, 0, 0) && head.length >= 25 && head.toString('latin1', 16, 25) === '{"files":';

/** The container `head` (the first MAGIC_BYTES or fewer of a file named `name`) starts, if any. */
export function containerKind(head: Buffer, name: string): ContainerKind | undefined {
  if (startsWith(head, 0, 0x50, 0x4b) && (startsWith(head, 2, 3, 4) || startsWith(head, 2, 7, 8) || startsWith(head, 2, 5, 6))) return 'zip';
  if (startsWith(head, 0, 0x1f, 0x8b, 0x08)) return 'gzip';
  if (startsWith(head, 0, 0x28, 0xb5, 0x2f, 0xfd)) return 'zstd';
  if (startsWith(head, 0, 0x43, 0x72, 0x32, 0x34)) return 'crx';
  if (isBzip2(head)) return 'bzip2';
  if (isTar(head)) return 'tar';
  if (isAsar(head)) return 'asar';
  if (name.endsWith('.br')) return 'brotli';
  return undefined;
}
