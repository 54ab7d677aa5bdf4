import type { Writable } from 'node:stream';
import { gitError } from '../errors.js';
import { ask, streamGit, writeLineBatches, writeLines, type Repo } from './git.js';

const NEWLINE = 0x0a;

/**
 * Splits `git cat-file --batch` output into objects, across chunk boundaries (a header or an
 * object may span any number of chunks). Each object is handed to `onObject` as soon as it is
 * complete; one that fits in its chunk is not copied. A missing object goes to `onMissing`, or
 * without one is a gitError (exit 2).
 */
export async function splitBatchOutput(
  chunks: AsyncIterable<Buffer>,
  onObject: (id: string, bytes: Buffer) => void,
  onMissing?: (id: string) => void,
): Promise<void> {
  let header: Buffer | undefined; // a partial header line carried across chunks
  // An object spanning chunks is copied into one buffer of its size as it arrives: one copy of a
  // large blob in memory, never a list of chunks plus their concatenation.
  let current: { id: string; size: number; bytes?: Buffer; have: number } | undefined;
  for await (const chunk of chunks) {
    let at = 0;
    while (at < chunk.length) {
      if (current) {
        const wanted = current.size + 1 - current.have; // the last byte is cat-file's separator
        const take = Math.min(wanted, chunk.length - at);
        if (current.have === 0 && take === wanted) {
          onObject(current.id, chunk.subarray(at, at + current.size)); // whole within this chunk: no copy
        } else {
          current.bytes ??= Buffer.allocUnsafe(current.size + 1);
          chunk.copy(current.bytes, current.have, at, at + take);
          if (take === wanted) onObject(current.id, current.bytes.subarray(0, current.size));
        }
        current.have += take;
        at += take;
        if (take === wanted) current = undefined;
        continue;
      }
      const end = chunk.indexOf(NEWLINE, at);
      const piece = chunk.subarray(at, end === -1 ? chunk.length : end);
      header = header ? Buffer.concat([header, piece]) : piece;
      if (end === -1) {
        header = Buffer.from(header);
        break;
      }
      at = end + 1;
      const [id, type, size] = header.toString('latin1').split(' ');
      header = undefined;
      if (type === 'missing' && onMissing) {
        onMissing(id!);
        continue;
      }
      if (type === 'missing' || type === 'ambiguous' || size === undefined) {
        throw gitError(`object ${id} is ${type ?? 'unreadable'}: the repository may be corrupt (try git fsck)`);
      }
      current = { id: id!, size: Number(size), have: 0 };
    }
  }
  if (current) throw gitError(`object ${current.id} ended early: the repository may be corrupt (try git fsck)`);
}

/**
 * Reads many objects through ONE `git cat-file --batch --buffer` process: ids go in on stdin while
 * contents stream out (buffered: flushing per object would cost more than reading it), and each
 * object is handed to `onObject` as soon as it is complete, so only the objects the caller keeps
 * stay in memory. Ids are a list, or batches that arrive while objects are read (to overlap two
 * git processes). A corrupt object is a gitError (exit 2); so is a missing one, unless `onMissing` takes it.
 */
export async function readObjects(
  repo: Pick<Repo, 'dir'>,
  ids: Iterable<string> | AsyncIterable<readonly string[]>,
  onObject: (id: string, bytes: Buffer) => void,
  onMissing?: (id: string) => void,
): Promise<void> {
  const feed = Symbol.asyncIterator in ids
    ? (stdin: Writable) => writeLineBatches(stdin, ids)
    : (stdin: Writable) => writeLines(stdin, ids);
  await splitBatchOutput(streamGit(repo, ['cat-file', '--batch', '--buffer'], feed), onObject, onMissing);
}

/** One object's content (not copied: a small one pins at most one pipe read with it). */
export async function readObject(repo: Repo, id: string): Promise<Buffer> {
  let content: Buffer | undefined;
  await readObjects(repo, [id], (_, bytes) => (content = bytes));
  return content!; // readObjects throws for a missing object
}

/**
 * The files of `commit` under `paths` (files, or directories listed recursively), keyed by their
 * path from the repository's top level; `repo.dir` must be that top level. Read in two git calls
 * whatever the count.
 */
export async function filesAtCommit(repo: Repo, commit: string, paths: readonly string[]): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  if (paths.length === 0) return files;
  const listing = await ask(repo, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths]);
  const blobs = new Map<string, string>(); // path → blob id
  for (const entry of listing.split('\0').filter(Boolean)) {
    const tab = entry.indexOf('\t');
    const [, type, id] = entry.slice(0, tab).split(' ');
    if (type === 'blob') blobs.set(entry.slice(tab + 1), id!);
  }
  if (blobs.size === 0) return files;
  const contents = new Map<string, Buffer>();
  await readObjects(repo, new Set(blobs.values()), (id, bytes) => contents.set(id, Buffer.from(bytes)));
  for (const [path, id] of blobs) files.set(path, contents.get(id)!);
  return files;
}
