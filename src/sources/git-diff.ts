/**
 * Parses `git log`/`git diff` output taken with `--raw -z --no-abbrev` (and optionally `-p -U0`):
 * NUL-separated raw entries give exact paths (no quoting, any bytes), the patch gives added lines.
 * Patch sections come in the same order as the raw entries, so they are paired by position and the
 * patch headers' quoted paths are never parsed.
 */

/** Marks a commit header in `--format=COMMIT_FORMAT` output; never the first byte of a raw entry or patch. */
const HEADER_MARK = 0x01;
const COLON = 0x3a;
const NEWLINE = 0x0a;
export const COMMIT_FORMAT = '%x01%H';

/** One file a commit (or the index) changes, as it is after the change. */
export interface FileChange {
  path: string;
  /** The blob after the change; all zeros when the file was deleted. */
  blobId: string;
  /** git file mode after the change: 100644, 100755, 120000 (symlink), 160000 (submodule), 000000 (deleted). */
  mode: string;
  /** First letter of git's status: A M D R C T U. */
  status: string;
  /** The blob before the change in the first parent (all zeros when the file is new there). */
  parentBlobId?: string;
  /** 1-based lines of the new blob this change adds; undefined without a patch or for binary files (all lines count). */
  addedLines?: Set<number>;
}

/** A commit's changes (or, for `git diff --cached`, the index's), in git's order. */
export interface ChangeGroup {
  commit?: string;
  files: FileChange[];
}

/**
 * Splits a NUL-separated byte stream into UTF-8 tokens, across chunk boundaries, one batch per
 * chunk: each chunk's complete tokens are decoded and split at once, as git log output holds tens of
 * thousands of them. A NUL never sits inside a UTF-8 sequence, so decoding up to one is exact.
 */
export async function* nulTokenBatches(chunks: AsyncIterable<Buffer>): AsyncGenerator<string[]> {
  // Bytes after the last NUL, the start of the next token: a list, joined once its NUL arrives, as a
  // patch is one token of megabytes (growing one buffer per chunk copied it over and over).
  let carry: Buffer[] = [];
  for await (const chunk of chunks) {
    const last = chunk.lastIndexOf(0);
    if (last === -1) {
      carry.push(chunk);
      continue;
    }
    const text = carry.length ? Buffer.concat([...carry, chunk.subarray(0, last)]).toString('utf8') : chunk.toString('utf8', 0, last);
    carry = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : [];
    yield text.split('\0');
  }
  if (carry.length) yield [Buffer.concat(carry).toString('utf8')];
}

const HUNK_HEADER = /^(@{2,}) [^+]*\+(\d+)/;

/**
 * Lines a patch section adds to the new file. Works for two-way (`@@`) and combined (`@@@`, merges)
 * hunks: with N parents each line carries N marks, and a line counts as added only when it is new
 * against every parent, so a clean merge adds nothing.
 */
export function addedLinesIn(section: string): Set<number> | undefined {
  const added = new Set<number>();
  let marks = 0;
  let line = 0;
  for (const text of section.split('\n')) {
    const hunk = HUNK_HEADER.exec(text);
    if (hunk) {
      marks = hunk[1]!.length - 1;
      line = Number(hunk[2]);
      continue;
    }
    if (marks === 0 || text.length < marks || text.startsWith('\\')) continue;
    const prefix = text.slice(0, marks);
    if (prefix.includes('-')) continue; // a removed line is not in the new file
    if (!prefix.includes(' ')) added.add(line);
    line += 1;
  }
  return marks === 0 && /^Binary files /m.test(section) ? undefined : added;
}

const PATCH_SECTION = /^diff (?:--git|--combined|--cc) /gm;

/** Pairs a commit's patch sections with its raw entries; on any mismatch every line counts (never fewer findings). */
function attachPatch(files: FileChange[], patch: string): void {
  const starts = [...patch.matchAll(PATCH_SECTION)].map((m) => m.index);
  if (starts.length !== files.length) return;
  starts.forEach((start, i) => {
    const lines = addedLinesIn(patch.slice(start, starts[i + 1] ?? patch.length));
    if (lines) files[i]!.addedLines = lines;
  });
}

/** Reads one raw entry (`:modes shas status`, or `::…` for a merge's combined entry). */
function parseRawEntry(meta: string): Omit<FileChange, 'path'> & { pathCount: number } {
  let parents = 0;
  while (meta.charCodeAt(parents) === COLON) parents += 1;
  const fields = meta.slice(parents).split(' ');
  const status = fields[fields.length - 1]!;
  return {
    mode: fields[parents]!,
    blobId: fields[2 * parents + 1]!,
    parentBlobId: fields[parents + 1]!,
    status: status[0]!,
    // Renames and copies (only with -M/-C, never in combined entries) name the old path, then the new.
    pathCount: parents === 1 && (status[0] === 'R' || status[0] === 'C') ? 2 : 1,
  };
}

/**
 * Groups of file changes, one per commit header (or one headerless group for `git diff`), in
 * batches: each batch holds the groups one chunk of output completes.
 */
export async function* parseChanges(chunks: AsyncIterable<Buffer>): AsyncGenerator<ChangeGroup[]> {
  let group: ChangeGroup | undefined;
  let pending: (Omit<FileChange, 'path'> & { pathCount: number }) | undefined;
  // The group's patch so far, in pieces: a file git diffs as text may hold NUL bytes, which cut
  // the patch into several tokens. It runs up to the next commit's header (or the output's end).
  let patch: string[] | undefined;
  const endPatch = () => {
    if (patch) attachPatch(group?.files ?? [], patch.join('\0'));
    patch = undefined;
  };
  for await (const tokens of nulTokenBatches(chunks)) {
    const complete: ChangeGroup[] = [];
    for (const raw of tokens) {
      if (pending) {
        pending.pathCount -= 1;
        if (pending.pathCount === 0) {
          const { mode, blobId, status, parentBlobId } = pending;
          (group ??= { files: [] }).files.push({ path: raw, blobId, mode, status, ...(parentBlobId ? { parentBlobId } : {}) });
          pending = undefined;
        }
        continue;
      }
      let token = patch || raw.charCodeAt(0) !== NEWLINE ? raw : raw.slice(1);
      if (patch || token.startsWith('diff ')) {
        // git starts the next commit's header on a new line, without a NUL before it.
        const next = token.indexOf('\n\x01');
        (patch ??= []).push(next === -1 ? token : token.slice(0, next + 1));
        if (next === -1) continue;
        endPatch();
        token = token.slice(next + 1);
      }
      if (token.length === 0) continue;
      if (token.charCodeAt(0) === HEADER_MARK) {
        if (group) complete.push(group);
        group = { commit: token.slice(1).trim(), files: [] };
      } else if (token.charCodeAt(0) === COLON) {
        pending = parseRawEntry(token);
      }
    }
    if (complete.length) yield complete;
  }
  endPatch();
  if (group) yield [group];
}

/** Where a patch section starts: `diff ` at a line's start (every line inside a section has another first byte). */
const SECTION_START = Buffer.from('\ndiff ');

function splitSections(bytes: Buffer): Buffer[] {
  const sections: Buffer[] = [];
  let start = 0;
  for (let at = bytes.indexOf(SECTION_START); at !== -1; at = bytes.indexOf(SECTION_START, at + 1)) {
    sections.push(bytes.subarray(start, at + 1));
    start = at + 1;
  }
  if (start < bytes.length) sections.push(bytes.subarray(start));
  return sections;
}

/**
 * The sections of `git diff -p` output (one per file, in the order of `--raw`), as raw bytes, in
 * batches as they complete: a caller can act on the first files while git still diffs the rest.
 * A section's bytes are copied at most once, however many chunks it spans.
 */
export async function* patchSections(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer[]> {
  let current: Buffer[] = []; // the last, incomplete section's chunks
  for await (const chunk of chunks) {
    const last = chunk.lastIndexOf(SECTION_START);
    if (last === -1) {
      current.push(chunk);
      continue;
    }
    yield splitSections(Buffer.concat([...current, chunk.subarray(0, last + 1)]));
    current = [chunk.subarray(last + 1)];
  }
  if (current.length) yield splitSections(Buffer.concat(current));
}

/** The blob id a `--full-index` patch section names as the new side, if it names one (not for a pure rename or mode change). */
export function sectionBlobId(section: Buffer): string | undefined {
  const body = section.indexOf('\n@@');
  const header = section.toString('latin1', 0, body === -1 ? Math.min(section.length, 4096) : body);
  return /^index [0-9a-f]+\.\.([0-9a-f]+)/m.exec(header)?.[1];
}

const NUL = 0;
const EMPTY_TOKEN = Buffer.from([NUL, NUL]);

/**
 * The patch of `--raw -p -z` output, its raw entries collected into `raw` first: they end with an
 * empty token (the only one), so the patch starts after the first two NULs in a row.
 */
export async function* patchAfterRaw(chunks: AsyncIterable<Buffer>, raw: Buffer[]): AsyncGenerator<Buffer> {
  let inPatch = false;
  let endedWithNul = false;
  for await (const chunk of chunks) {
    if (inPatch) {
      yield chunk;
      continue;
    }
    // Where the empty token's NUL is, if this chunk holds it.
    const pair = chunk.indexOf(EMPTY_TOKEN);
    const end = endedWithNul && chunk[0] === NUL ? 0 : pair === -1 ? -1 : pair + 1;
    if (end === -1) {
      raw.push(chunk);
      endedWithNul = chunk[chunk.length - 1] === NUL;
      continue;
    }
    raw.push(chunk.subarray(0, end));
    inPatch = true;
    if (end + 1 < chunk.length) yield chunk.subarray(end + 1);
  }
}

/** The file changes of the raw entries patchAfterRaw collected. */
export async function rawChanges(raw: readonly Buffer[]): Promise<FileChange[]> {
  const files: FileChange[] = [];
  const whole = (async function* () {
    yield Buffer.concat(raw);
  })();
  for await (const groups of parseChanges(whole)) files.push(...groups.flatMap((group) => group.files));
  return files;
}
