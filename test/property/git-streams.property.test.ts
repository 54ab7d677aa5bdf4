import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBatchOutput } from '../../src/sources/cat-file.js';
import { spawnSync } from 'node:child_process';
import { COMMIT_FORMAT, parseChanges, patchAfterRaw, patchSections, rawChanges, type ChangeGroup } from '../../src/sources/git-diff.js';
import { STAGED_DIFF_ARGS } from '../../src/sources/git-early.js';
import { git, makeRepo, writeTree } from '../helpers/fixture.js';

/**
 * git's output reaches the parsers in pipe reads of any size, so a token, a UTF-8 character or a
 * cat-file header can be cut anywhere. Each parser must give the same result however its input is
 * cut, including one byte at a time.
 */
const RUNS = Number(process.env.CAIBO_SCAN_PROPERTY_RUNS ?? 150);
const sha = fc.stringMatching(/^[0-9a-f]{40}$/);

/** The input cut at the given offsets (sorted, deduplicated), as an async stream of chunks. */
async function* cutAt(bytes: Buffer, offsets: number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const at of [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b)) {
    if (at > from) yield bytes.subarray(from, at);
    from = Math.max(from, at);
  }
  if (from < bytes.length) yield bytes.subarray(from);
}

const oneByteAtATime = (bytes: Buffer) => cutAt(bytes, [...bytes.keys()]);
const cutsArb = fc.array(fc.nat(), { maxLength: 40 });

describe('parseChanges: git log --raw -z output cut anywhere', () => {
  /** Paths of any Unicode (multi-byte UTF-8 characters get cut too), never empty, never NUL. */
  const pathArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((p) => !p.includes('\0'));
  const fileArb = fc.record({ path: pathArb, blobId: sha, parentBlobId: sha, mode: fc.constant('100644'), status: fc.constantFrom('A', 'M', 'D', 'T') });
  const commitArb = fc.record({ commit: sha, files: fc.array(fileArb, { maxLength: 5 }) });

  /** A commit as the generators make it: every file mode 100644, which the output below writes. */
  type Commit = { commit: string; files: Array<Omit<ChangeGroup['files'][number], 'mode'>> };

  /** The bytes `git log --format=COMMIT_FORMAT --raw -z --no-abbrev` writes for these commits. */
  function logOutput(commits: Commit[]): Buffer {
    const header = (commit: string) => COMMIT_FORMAT.replace('%x01', '\x01').replace('%H', commit);
    const entry = (file: Commit['files'][number]) => `:100644 100644 ${file.parentBlobId ?? '0'.repeat(40)} ${file.blobId} ${file.status}\0${file.path}\0`;
    return Buffer.from(commits.map((c) => `${header(c.commit!)}\0\n${c.files.map(entry).join('')}`).join(''));
  }

  async function parsed(chunks: AsyncIterable<Buffer>): Promise<ChangeGroup[]> {
    const groups: ChangeGroup[] = [];
    for await (const batch of parseChanges(chunks)) groups.push(...batch);
    return groups;
  }

  it('gives every commit with its files, paths intact, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commitArb, { minLength: 1, maxLength: 6 }), cutsArb, async (commits, cuts) => {
        const bytes = logOutput(commits);
        const expected = commits.map((c) => ({ commit: c.commit, files: c.files }));
        expect(await parsed(cutAt(bytes, cuts))).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('one byte at a time (every cut inside a token or a character)', async () => {
    const commits = [{ commit: 'a'.repeat(40), files: [{ path: 'dir/é漢字🔑.env', blobId: 'b'.repeat(40), mode: '100644', status: 'A' }] }];
    expect(await parsed(oneByteAtATime(logOutput(commits)))).toEqual([
      { commit: 'a'.repeat(40), files: [{ path: 'dir/é漢字🔑.env', blobId: 'b'.repeat(40), parentBlobId: '0'.repeat(40), mode: '100644', status: 'A' }] },
    ]);
  });
});

describe('splitBatchOutput: git cat-file --batch output cut anywhere', () => {
  /** Contents with newlines and bytes that look like headers, so only the sizes can tell objects apart. */
  const contentArb = fc.oneof(
    fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    fc.string({ maxLength: 60 }).map((s) => Buffer.from(`${s}\n${'c'.repeat(40)} blob 12\n`)),
  );
  const objectArb = fc.record({ id: sha, bytes: contentArb });

  const batchOutput = (objects: Array<{ id: string; bytes: Buffer }>) =>
    Buffer.concat(objects.flatMap(({ id, bytes }) => [Buffer.from(`${id} blob ${bytes.length}\n`), bytes, Buffer.from('\n')]));

  async function split(chunks: AsyncIterable<Buffer>): Promise<Array<{ id: string; bytes: Buffer }>> {
    const objects: Array<{ id: string; bytes: Buffer }> = [];
    await splitBatchOutput(chunks, (id, bytes) => objects.push({ id, bytes: Buffer.from(bytes) }));
    return objects;
  }

  it('gives every object with its exact bytes, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(objectArb, { minLength: 1, maxLength: 8 }), cutsArb, async (objects, cuts) => {
        expect(await split(cutAt(batchOutput(objects), cuts))).toEqual(objects);
      }),
      { numRuns: RUNS },
    );
  });

  it('one byte at a time (every cut inside a header)', async () => {
    const objects = [
      { id: 'a'.repeat(40), bytes: Buffer.from('first\nline\n') },
      { id: 'b'.repeat(40), bytes: Buffer.alloc(0) },
    ];
    expect(await split(oneByteAtATime(batchOutput(objects)))).toEqual(objects);
  });

  it('a missing object, or output that ends inside an object, is an error', async () => {
    const missing = Buffer.concat([batchOutput([{ id: 'a'.repeat(40), bytes: Buffer.from('x') }]), Buffer.from(`${'d'.repeat(40)} missing\n`)]);
    await expect(split(oneByteAtATime(missing))).rejects.toThrow(/object d+ is missing/);
    const cut = batchOutput([{ id: 'e'.repeat(40), bytes: Buffer.from('truncated') }]).subarray(0, 50);
    await expect(split(cutAt(cut, [45]))).rejects.toThrow(/object e+ ended early/);
  });
});

describe('patchAfterRaw and patchSections: staged\'s `diff --raw -p -z` cut anywhere', () => {
  /** Real output: renames, deletions, a binary file, a NUL in a text diff, names with spaces and NULs' neighbours. */
  function stagedOutput(): Buffer {
    const root = makeRepo({ '.gitattributes': '*.dat diff\n', 'a b.js': 'a()\n'.repeat(20), 'gone.js': 'g()\n', 'x.dat': 'x\n', 'mv.js': 'm()\n'.repeat(30) });
    writeTree(root, { 'a b.js': `${'a()\n'.repeat(20)}b()\n`, 'x.dat': 'x\n\0\ny\n', 'bin.png': Buffer.from([0x89, 0, 1, 2]), 'é.js': 'é()\n' });
    git(root, 'rm', '-q', 'gone.js');
    git(root, 'mv', 'mv.js', 'moved.js');
    git(root, 'add', '-A');
    return spawnSync('git', [...STAGED_DIFF_ARGS, '--'], { cwd: root }).stdout;
  }

  async function parsed(chunks: AsyncIterable<Buffer>) {
    const raw: Buffer[] = [];
    const sections: string[] = [];
    for await (const batch of patchSections(patchAfterRaw(chunks, raw))) sections.push(...batch.map((s) => s.toString('latin1')));
    return { files: await rawChanges(raw), sections };
  }

  it('gives the same entries and sections however the output is cut', async () => {
    const output = stagedOutput();
    const whole = await parsed(cutAt(output, []));
    expect(whole.files.map((f) => f.path)).toEqual(['a b.js', 'bin.png', 'gone.js', 'moved.js', 'x.dat', 'é.js']);
    expect(whole.sections.map((s) => s.slice(0, s.indexOf('\n')))).toEqual(whole.files.map(() => expect.stringMatching(/^diff --git /)));
    await fc.assert(
      fc.asyncProperty(cutsArb, async (cuts) => {
        expect(await parsed(cutAt(output, cuts))).toEqual(whole);
      }),
      { numRuns: RUNS },
    );
    expect(await parsed(oneByteAtATime(output))).toEqual(whole);
  });
});
