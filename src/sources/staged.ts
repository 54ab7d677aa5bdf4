import type { Detector } from '../detect/detector.js';
import type { Blob } from '../types.js';
import { readObjects } from './cat-file.js';
import { parseChanges, type FileChange } from './git-diff.js';
import { resolveCommit, streamGit, type Repo } from './git.js';
import { emptySummary, needleFilter, type GitSource } from './history.js';

/** Index blobs that a commit would record: not deletions, not conflicts, not submodules. */
const isStagedContent = (file: FileChange) =>
  file.status !== 'D' && file.status !== 'U' && file.mode !== '160000' && !/^0+$/.test(file.blobId);

/**
 * The index against one commit (or, with no commits yet, against the empty tree: git does that
 * itself). `-M`: a staged rename adds no lines, so an old key in a moved file does not block it.
 */
async function stagedChanges(repo: Repo, against?: string): Promise<FileChange[]> {
  const args = [
    'diff', '--cached', '--raw', '-p', '-U0', '-z', '--no-abbrev', '-M', '--no-ext-diff', '--no-textconv',
    ...(against ? [against] : []),
    '--',
  ];
  const files: FileChange[] = [];
  for await (const groups of parseChanges(streamGit(repo, args))) files.push(...groups.flatMap((group) => group.files));
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
 */
export function stagedSource(repo: Repo, detector: Detector): GitSource {
  const summary = emptySummary();
  const hasNeedle = needleFilter(detector);

  async function* blobs(): AsyncGenerator<Blob> {
    // Independent questions, asked together: each git start-up costs tens of milliseconds of a pre-commit hook.
    const [changes, mergeHead] = await Promise.all([stagedChanges(repo), resolveCommit(repo, 'MERGE_HEAD')]);
    const files = changes.filter(isStagedContent);
    if (mergeHead) intersectAdded(files, await stagedChanges(repo, mergeHead));
    const contents = new Map<string, Buffer>(); // only blobs with a needle: a huge first commit stays cheap
    await readObjects(repo, new Set(files.map((f) => f.blobId)), (id, bytes) => {
      summary.uniqueBlobs += 1;
      summary.bytes += bytes.length;
      if (hasNeedle(bytes)) contents.set(id, Buffer.from(bytes));
    });
    for (const file of files.filter((f) => contents.has(f.blobId))) {
      yield {
        provenance: { kind: 'staged', path: file.path, ...(file.addedLines ? { addedLines: file.addedLines } : {}) },
        bytes: contents.get(file.blobId)!,
      };
    }
  }

  return { summary, blobs };
}
