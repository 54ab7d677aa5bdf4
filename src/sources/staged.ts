import type { Detector } from '../detect/detector.js';
import type { Blob } from '../types.js';
import { readObjects } from './cat-file.js';
import { parseChanges, type FileChange } from './git-diff.js';
import { gitError } from '../errors.js';
import { openRepo, streamGit, type Repo } from './git.js';
import { isContainer } from './containers/expand.js';
import { emptySummary, needleFilter, type GitSource } from './history.js';

/** Index blobs that a commit would record: not deletions, not conflicts, not submodules. */
const isStagedContent = (file: FileChange) =>
  file.status !== 'D' && file.status !== 'U' && file.mode !== '160000' && !/^0+$/.test(file.blobId);

/**
 * The index against one commit (or, with no commits yet, against the empty tree: git does that
 * itself). `-M`: a staged rename adds no lines, so an old key in a moved file does not block it.
 */
async function stagedChanges(repo: Pick<Repo, 'dir'>, against?: string): Promise<FileChange[]> {
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
export function stagedSource(dir: string, detector: Detector): GitSource {
  const summary = emptySummary();
  const hasNeedle = needleFilter(detector);

  async function* blobs(): AsyncGenerator<Blob> {
    // The diff and the repository check, at once (the diff, the slower, starts first): each git
    // start-up costs a pre-commit hook milliseconds. The check's verdict comes first, so outside a
    // repository its message is the one shown.
    const [diffed, opened] = await Promise.allSettled([stagedChanges({ dir }), openRepo(dir, { mergeHead: true })]);
    if (opened.status === 'rejected') throw opened.reason;
    const repo = opened.value;
    if (repo.bare) throw gitError(`${dir}: a bare repository has no staged changes (staged needs a working tree)`);
    if (diffed.status === 'rejected') throw diffed.reason;
    const files = diffed.value.filter(isStagedContent);
    if (repo.mergeHead) intersectAdded(files, await stagedChanges(repo, repo.mergeHead));
    const contents = new Map<string, Buffer>(); // only blobs with a needle: a huge first commit stays cheap
    const pathOf = new Map(files.map((f) => [f.blobId, f.path]));
    await readObjects(repo, new Set(files.map((f) => f.blobId)), (id, bytes) => {
      summary.uniqueBlobs += 1;
      summary.bytes += bytes.length;
      // An archive hides its keys from the needles: its members are scanned (issue 15).
      if (hasNeedle(bytes) || isContainer(bytes, pathOf.get(id)!)) contents.set(id, Buffer.from(bytes));
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
