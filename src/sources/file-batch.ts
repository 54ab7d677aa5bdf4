import { closeSync, constants, openSync, readSync } from 'node:fs';
import { hasUtf16Bom, type KeyNeedleSearches } from '../detect/encodings.js';
import type { LiteralSearch } from '../detect/literal-search.js';
import type { Blob, CleanFiles, GitStatus, Skip } from '../types.js';
import { isContainer } from './containers/magic.js';
import { skipFor } from './read-file.js';

/**
 * Small files are read into one buffer and searched together, because on a source tree the cost is
 * per file, not per byte (source-200MB: 19,212 files, median 4 KB; issue 6). One set of needle
 * searches covers a whole batch, and the batch stays in the CPU cache while the needles run over it;
 * only files a needle occurs in become blobs for the full pipeline, the rest are counted as scanned.
 */
const BATCH_BYTES = 512 * 1024;
/** A file is started in a batch only with this much room left, so few reads are cut short and redone. */
const MIN_ROOM = BATCH_BYTES / 4;

interface BatchedFile {
  path: string;
  start: number;
  end: number;
}

export class FileBatch {
  readonly #buffer = Buffer.allocUnsafe(BATCH_BYTES);
  #used = 0;
  /** Files and skips in walk order, so skip records keep the order they had before batching. */
  #items: Array<BatchedFile | Skip> = [];

  constructor(private readonly searches: KeyNeedleSearches) {}

  get isEmpty(): boolean {
    return this.#items.length === 0;
  }

  /**
   * Reads a regular file into the batch; false when it does not fit in the room left (the caller
   * drains the batch and tries again, or reads the file alone). No fstat: the walk already knows the
   * entry is a regular file, and a read shorter than asked is the end of one.
   */
  add(absolutePath: string | Buffer, path: string): boolean {
    const room = BATCH_BYTES - this.#used;
    if (room < MIN_ROOM) return false;
    let fd: number;
    try {
      fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      this.#items.push(skipFor(path, error));
      return true;
    }
    try {
      const bytesRead = readSync(fd, this.#buffer, this.#used, room, null);
      if (bytesRead === room) return false;
      this.#items.push({ path, start: this.#used, end: this.#used + bytesRead });
      this.#used += bytesRead;
    } catch (error) {
      this.#items.push(skipFor(path, error));
    } finally {
      closeSync(fd);
    }
    return true;
  }

  /** A skip keeps its place among the batch's files. */
  addSkip(skip: Skip): void {
    this.#items.push(skip);
  }

  /** The batch's skips and the blobs of files a needle occurs in, in walk order, then a count of the rest. */
  *drain(git: GitStatus): Generator<Blob | Skip | CleanFiles> {
    const { plain, encoded } = this.#filesWithNeedles();
    const clean: CleanFiles = { kind: 'clean', files: 0, bytes: 0 };
    for (const [index, item] of this.#items.entries()) {
      if ('reason' in item) {
        yield item;
      } else if (plain.has(index) || encoded.has(index) || this.#isContainer(item)) {
        // No copy: the blob is handled before the next item is pulled (Source), and the batch buffer is reused only after that.
        const blob: Blob = { provenance: { kind: 'worktree', path: item.path, git }, bytes: this.#buffer.subarray(item.start, item.end) };
        if (!encoded.has(index)) blob.hasNoEncodedNeedle = true;
        yield blob;
      } else {
        clean.files += 1;
        clean.bytes += item.end - item.start;
      }
    }
    if (clean.files) yield clean;
    this.#items = [];
    this.#used = 0;
  }

  /** An archive or compressed copy hides its keys from the needles: its members are scanned instead (issue 15). */
  #isContainer({ path, start, end }: BatchedFile): boolean {
    return isContainer(this.#buffer, path, start, end);
  }

  /** Indexes of the files each kind of needle occurs in; UTF-16 text counts as an encoded hit. */
  #filesWithNeedles(): { plain: Set<number>; encoded: Set<number> } {
    const files = this.#items.map((item, index) => ({ item, index })).filter((f): f is { item: BatchedFile; index: number } => !('reason' in f.item));
    const batch = this.#buffer.subarray(0, this.#used);
    const filesHit = (searches: readonly LiteralSearch[]) => {
      const found = new Set<number>();
      for (const find of searches) {
        let file = 0;
        for (let at = find(batch, 0); at !== -1; ) {
          while (files[file]!.item.end <= at) file += 1;
          // A needle across two files marks the first one: a superset, which the full pipeline sorts out.
          found.add(files[file]!.index);
          at = find(batch, files[file]!.item.end);
        }
      }
      return found;
    };
    const encoded = filesHit(this.searches.encoded);
    for (const { item, index } of files) if (item.end - item.start >= 2 && hasUtf16Bom(batch, item.start)) encoded.add(index);
    return { plain: filesHit(this.searches.plain), encoded };
  }
}
