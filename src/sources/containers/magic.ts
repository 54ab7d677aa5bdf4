/**
 * Which container a file is, from its first bytes (issue 15: by content, not by name), so a renamed
 * `release.bin` is opened and a `notes.zip` holding text is not. Brotli has no magic number: only a
 * `.br` name says it is one. Pure and cheap: the files scan asks it of every file it has read.
 */
export type ContainerKind = 'zip' | 'crx' | 'tar' | 'gzip' | 'brotli' | 'zstd' | 'bzip2' | 'asar';

/** Enough of a file's start to recognise every kind (a tar's magic sits at offset 257). */
export const MAGIC_BYTES = 512;

/** Do `bytes` hold these values from `at` on, before `end`? */
const holds = (bytes: Buffer, at: number, end: number, ...values: number[]) => at + values.length <= end && values.every((b, i) => bytes[at + i] === b);

/** "ustar\0" (POSIX) or "ustar " (GNU) at 257. */
const isTar = (bytes: Buffer, start: number, end: number) =>
  holds(bytes, start + 257, end, 0x75, 0x73, 0x74, 0x61, 0x72) && (bytes[start + 262] === 0 || bytes[start + 262] === 0x20);

/**
 * The container a file starts, if any: `bytes[start..end)` is the file (or its first MAGIC_BYTES
 * or more), `name` its path. Offsets instead of a slice, and a switch on the first byte: the files
 * scan asks this of every file, so a text file costs one comparison and the tar check.
 */
export function containerKind(bytes: Buffer, name: string, start = 0, end = bytes.length): ContainerKind | undefined {
  switch (start < end ? bytes[start] : -1) {
    case 0x50: // PK: a local file header, an empty archive, or a spanned archive's marker
      if (holds(bytes, start + 1, end, 0x4b) && (holds(bytes, start + 2, end, 3, 4) || holds(bytes, start + 2, end, 5, 6) || holds(bytes, start + 2, end, 7, 8))) return 'zip';
      break;
    case 0x1f:
      if (holds(bytes, start + 1, end, 0x8b, 0x08)) return 'gzip';
      break;
    case 0x28:
      if (holds(bytes, start + 1, end, 0xb5, 0x2f, 0xfd)) return 'zstd';
      break;
    case 0x43: // Cr24
      if (holds(bytes, start + 1, end, 0x72, 0x32, 0x34)) return 'crx';
      break;
    case 0x42: {
      // BZh1..BZh9, then a block (pi) or end-of-stream (sqrt pi) magic: text starting "BZh9" is not bzip2.
      const level = bytes[start + 3] ?? 0;
      const isBlock = holds(bytes, start + 4, end, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59) || holds(bytes, start + 4, end, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90);
      if (holds(bytes, start + 1, end, 0x5a, 0x68) && level >= 0x31 && level <= 0x39 && isBlock) return 'bzip2';
      break;
    }
    case 0x04: // asar: a 4-byte pickle holding the header size, then the header pickle of JSON `{"files":`
      if (holds(bytes, start + 1, end, 0, 0, 0) && start + 25 <= end && bytes.toString('latin1', start + 16, start + 25) === '{"files":') return 'asar';
      break;
  }
  if (isTar(bytes, start, end)) return 'tar';
  if (name.endsWith('.br')) return 'brotli';
  return undefined;
}

/**
 * Is this the start of a container the scan would open? The files scan asks it of every file it
 * reads; it lives here, not with the archive readers, so worker threads load none of them.
 */
export const isContainer = (bytes: Buffer, name: string, start = 0, end = bytes.length) => containerKind(bytes, name, start, end) !== undefined;
