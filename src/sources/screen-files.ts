import { statSync } from 'node:fs';
import { candidatesIn } from '../detect/candidates.js';
import type { Detector } from '../detect/detector.js';
import { keyNeedleSearches } from '../detect/encodings.js';
import type { Blob, CleanFiles, Skip } from '../types.js';
import { isContainer } from './containers/magic.js';
import { FileBatch } from './file-batch.js';
import { ReadBuffer, readFileOrChunks, WHOLE_FILE_LIMIT } from './read-file.js';
import { isCleanFiles, isSkip } from './source.js';

/** A file's size, or 0 when it cannot be stat'ed (its read then says why). */
export function sizeOf(absolute: string | Buffer): number {
  try {
    return statSync(absolute).size;
  } catch {
    return 0;
  }
}

/** A regular file to screen: its absolute path (bytes for names that are not UTF-8) and report path. */
export type FileEntry = [absolute: string | Uint8Array, path: string];

/**
 * What screening a batch of files found: most hold no candidate and are only counted; the rest are
 * skips, or files the scan must read through its full pipeline (a candidate, or a container to open).
 */
export interface ScreenedBatch {
  /** In batch order: [index in the batch, the skip] or [index, null] for "read it in full". */
  flagged: Array<[number, Skip | null]>;
  cleanFiles: number;
  cleanBytes: number;
}

/**
 * Screens files the way the scan would read them (small ones batched, larger ones whole) and
 * keeps only the verdict, so a worker thread can do the reading and searching and post back a few
 * bytes per file. A file is flagged exactly when the scan could report something from it: it holds a
 * candidate (candidatesIn, the scan's own definition) or is a container; a flagged file is read
 * again by the scan itself, so its findings are those of a scan on one thread.
 */
export class FileScreen {
  readonly #batch: FileBatch;
  readonly #wholeFiles = new ReadBuffer();

  constructor(private readonly detector: Detector) {
    this.#batch = new FileBatch(keyNeedleSearches(detector.needles));
  }

  async screen(entries: readonly FileEntry[]): Promise<ScreenedBatch> {
    const flagged = new Map<number, Skip | null>();
    const counted = { cleanFiles: 0, cleanBytes: 0 };
    /** Report path → indexes of the batch's files with it (a file named twice is screened twice). */
    const batched = new Map<string, number[]>();
    const indexOf = (path: string) => batched.get(path)!.shift()!;
    const take = (item: Blob | Skip | CleanFiles) => {
      if (isSkip(item)) flagged.set(indexOf(item.path), item);
      else if (isCleanFiles(item)) {
        counted.cleanFiles += item.files;
        counted.cleanBytes += item.bytes;
      } else {
        const index = indexOf(item.provenance.path);
        if (this.#needsPipeline(item)) flagged.set(index, null);
        else this.#countClean(counted, item);
      }
    };
    for (const [index, [given, path]] of entries.entries()) {
      const absolute = typeof given === 'string' ? given : Buffer.from(given);
      if (!this.#batch.add(absolute, path)) {
        if (!this.#batch.isEmpty) for (const item of this.#batch.drain('no-repo')) take(item);
        if (!this.#batch.add(absolute, path)) {
          await this.#screenAlone(absolute, path, index, flagged, counted);
          continue;
        }
      }
      batched.set(path, [...(batched.get(path) ?? []), index]);
    }
    for (const item of this.#batch.drain('no-repo')) take(item);
    return { flagged: [...flagged].sort(([a], [b]) => a - b), ...counted };
  }

  /**
   * A file too large for a batch, read whole. One streamed in chunks (over WHOLE_FILE_LIMIT) is left
   * to the scan itself: screening it here would read it twice whenever it holds a key, and hold a
   * second chunk buffer.
   */
  async #screenAlone(absolute: string | Buffer, path: string, index: number, flagged: Map<number, Skip | null>, counted: Omit<ScreenedBatch, 'flagged'>) {
    if (sizeOf(absolute) > WHOLE_FILE_LIMIT) {
      flagged.set(index, null);
      return;
    }
    const read = await readFileOrChunks(absolute, path, WHOLE_FILE_LIMIT, this.#wholeFiles);
    if ('reason' in read) {
      flagged.set(index, read);
      return;
    }
    if (!('bytes' in read)) {
      // It grew past the limit since it was stat'ed: the scan reads it (closing this stream first).
      await read.chunks.next();
      await read.chunks.return(undefined);
      flagged.set(index, null);
      return;
    }
    const blob: Blob = { provenance: { kind: 'worktree', path, git: 'no-repo' }, bytes: read.bytes };
    if (this.#needsPipeline(blob)) flagged.set(index, null);
    else this.#countClean(counted, blob);
  }

  /** Files are screened whole (streamed ones are left to the scan), so a blob here is always a whole file. */
  #needsPipeline(blob: Blob): boolean {
    return isContainer(blob.bytes, blob.provenance.path) || candidatesIn(blob, this.detector).candidates.length > 0;
  }

  #countClean(counted: Omit<ScreenedBatch, 'flagged'>, blob: Blob) {
    counted.cleanFiles += 1;
    counted.cleanBytes += blob.bytes.length;
  }
}
