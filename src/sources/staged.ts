import { PassThrough } from 'node:stream';
import type { Detector } from '../detect/detector.js';
import { keyNeedleSearches } from '../detect/encodings.js';
import type { LiteralSearch } from '../detect/literal-search.js';
import type { Blob } from '../types.js';
import { readObjects } from './cat-file.js';
import { addedLinesIn, patchAfterRaw, patchSections, rawChanges, sectionBlobId, type FileChange } from './git-diff.js';
import { gitError } from '../errors.js';
import { openRepo, streamGit, type Repo } from './git.js';
import { STAGED_DIFF_ARGS } from './git-early.js';
import { isContainer } from './containers/expand.js';
import { emptySummary, needleFilter, type GitSource } from './history.js';

/** Index blobs that a commit would record: not deletions, not conflicts, not submodules. */
const isStagedContent = (file: FileChange) =>
  file.status !== 'D' && file.status !== 'U' && file.mode !== '160000' && !/^0+$/.test(file.blobId);

const NO_BYTES = Buffer.alloc(0);
const PLUS = 0x2b;
const NEWLINE = 0x0a;

/**
 * Does a line a two-way patch section adds hold a needle (or a NUL byte: UTF-16 text, or a binary
 * file git diffs as text, hides the needles)? Hits in the headers do not count: git repeats an
 * unchanged line there as the hunk's function context.
 */
function addsNeedle(section: Buffer, searches: readonly LiteralSearch[]): boolean {
  const body = section.indexOf('\n@@');
  if (body === -1) return false;
  if (section.indexOf(0, body) !== -1) return true;
  const isAdded = (at: number) => section[section.lastIndexOf(NEWLINE, at) + 1] === PLUS;
  for (const find of searches) {
    for (let at = find(section, body); at !== -1; at = find(section, at + 1)) if (isAdded(at)) return true;
  }
  return false;
}

/**
 * The index against one commit (or, with no commits yet, against the empty tree: git does that
 * itself). `-M`: a staged rename adds no lines, so an old key in a moved file does not block it.
 * The raw entries come first (exact paths, any bytes); the patch's sections follow in the same
 * order and are handed to `onSections` with their file as git writes them. A section that does not
 * pair with its entry (another count, another blob) makes every line of every file count.
 */
async function stagedChanges(
  repo: Pick<Repo, 'dir'>,
  against?: string,
  onSections?: (sections: Array<{ file: FileChange; section: Buffer }>) => void,
): Promise<FileChange[]> {
  const raw: Buffer[] = [];
  let files: FileChange[] | undefined;
  let paired = 0;
  let mismatch = false;
  const output = streamGit(repo, [...STAGED_DIFF_ARGS, ...(against ? [against] : []), '--']);
  for await (const batch of patchSections(patchAfterRaw(output, raw))) {
    files ??= await rawChanges(raw);
    const handed: Array<{ file: FileChange; section: Buffer }> = [];
    for (const section of batch) {
      const file = files[paired++];
      const id = sectionBlobId(section);
      mismatch ||= !file || (id !== undefined && id !== file.blobId);
      if (mismatch) continue;
      const lines = addedLinesIn(section.toString('latin1'));
      if (lines) file!.addedLines = lines;
      handed.push({ file: file!, section });
    }
    if (handed.length) onSections?.(handed);
  }
  files ??= await rawChanges(raw);
  if (mismatch || paired !== files.length) for (const file of files) delete file.addedLines; // never fewer findings
  return files;
}

/** During a merge a line is new only if it is new against both parents (as git's combined diff says). */
function intersectAdded(ours: FileChange[], theirs: FileChange[]): void {
  const theirLines = new Map(theirs.map((file) => [file.path, file.addedLines]));
  for (const file of ours) {
    if (!theirLines.has(file.path)) file.addedLines = new Set(); // identical to MERGE_HEAD's version
    const other = theirLines.get(file.path);
    if (file.addedLines && other) file.addedLines = new Set([...file.addedLines].filter((line) => other.has(line)));
  }
}

/**
 * What `git commit` is about to record: each staged file's index version (never the working tree),
 * with the lines the commit adds. Reads the index git commit uses, including the temporary one a
 * hook sees under `git commit -a` or `git commit PATH` (git sets GIT_INDEX_FILE for it).
 *
 * Only files whose added lines could hold a key are read: a key on an added line puts one of the
 * detector's needles (plain or encoded; none holds a line break) on that line of the patch. So a
 * file whose added lines have no needle, and no NUL byte (UTF-16 text, binary git diffs as text),
 * adds no key and is not read; its keys on unchanged lines are no business of this commit. Binary
 * files (no added lines) are read whole, archives among them, as are archives known by name only.
 * They are read while git still diffs the rest.
 */
export function stagedSource(dir: string, detector: Detector): GitSource {
  const summary = emptySummary();
  const hasNeedle = needleFilter(detector);
  const { plain, encoded } = keyNeedleSearches(detector.needles);
  const searches = [...plain, ...encoded];

  async function* blobs(): AsyncGenerator<Blob> {
    const contents = new Map<string, Buffer>(); // only blobs with a needle: a huge first commit stays cheap
    const pathOf = new Map<string, string>(); // blobs sent to cat-file → a path of theirs (archives are known by name too)
    const patchBytes = new Map<string, number>(); // blobs not read → the size of the patch searched instead
    let reading: Promise<void> | undefined;
    const toRead = new PassThrough({ objectMode: true });
    // cat-file starts with the first blob to read, while git still diffs the rest.
    const read = (files: FileChange[]) => {
      const fresh = files.filter((file) => isStagedContent(file) && !pathOf.has(file.blobId));
      for (const file of fresh) pathOf.set(file.blobId, file.path);
      if (fresh.length === 0) return;
      if (!reading) {
        reading = readObjects({ dir }, toRead, (id, bytes) => {
          summary.bytes += bytes.length;
          // An archive hides its keys from the needles: its members are scanned (issue 15).
          if (hasNeedle(bytes) || isContainer(bytes, pathOf.get(id)!)) contents.set(id, Buffer.from(bytes));
        });
        reading.catch(() => undefined); // awaited below, unless the diff failed first
      }
      toRead.write([...new Set(fresh.map((file) => file.blobId))]);
    };

    // The diff and the repository check, at once (the diff, the slower, starts first): each git
    // start-up costs a pre-commit hook milliseconds. The check's verdict comes first, so outside a
    // repository its message is the one shown.
    const [diffed, opened] = await Promise.allSettled([
      stagedChanges({ dir }, undefined, (sections) => {
        const needed = sections.filter(({ file, section }) => {
          if (!file.addedLines || isContainer(NO_BYTES, file.path) || addsNeedle(section, searches)) return true;
          patchBytes.set(file.blobId, section.length);
          return false;
        });
        read(needed.map(({ file }) => file));
      }),
      openRepo(dir, { mergeHead: true }),
    ]);
    try {
      if (opened.status === 'rejected') throw opened.reason;
      const repo = opened.value;
      if (repo.bare) throw gitError(`${dir}: a bare repository has no staged changes (staged needs a working tree)`);
      if (diffed.status === 'rejected') throw diffed.reason;
      const files = diffed.value.filter(isStagedContent);
      // Files whose section did not pair count whole, and so are read.
      read(files.filter((file) => !file.addedLines));
      if (repo.mergeHead) intersectAdded(files, await stagedChanges(repo, repo.mergeHead));
    } finally {
      toRead.end();
    }
    await reading;
    // Every staged blob counts as scanned: the ones not read had their added lines searched.
    const searchedOnly = [...patchBytes].filter(([id]) => !pathOf.has(id));
    summary.uniqueBlobs = pathOf.size + searchedOnly.length;
    for (const [, bytes] of searchedOnly) summary.bytes += bytes;
    for (const file of diffed.status === 'fulfilled' ? diffed.value : []) {
      const bytes = isStagedContent(file) ? contents.get(file.blobId) : undefined;
      if (bytes) yield { provenance: { kind: 'staged', path: file.path, ...(file.addedLines ? { addedLines: file.addedLines } : {}) }, bytes };
    }
  }

  return { summary, blobs };
}
