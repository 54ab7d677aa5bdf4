import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChanges } from '../../src/sources/git-diff.js';
import { streamGit } from '../../src/sources/git.js';
import { CHANGE_FLAGS, linesAdded } from '../../src/sources/history.js';
import { commitFiles, git, makeRepo } from '../helpers/fixture.js';

/**
 * `history --range` walks without patches and asks git for the -U0 patches of only the commits whose
 * blobs hold a key (linesAdded). Those must be exactly the sections the walk with -p gave before
 * (issue 17): same added lines for every (commit, path), merges (combined diffs, evil merges) included.
 */
const RUNS = Math.max(5, Math.floor(Number(process.env.CAIBO_SCAN_PROPERTY_RUNS ?? 150) / 6));
const FILES = ['a.js', 'b.js', 'src/c.js', 'd.txt'];
const WORDS = ['x()', 'y()', 'const k = 1;', '', '}', 'return 2;'];

type Step =
  | { kind: 'edit'; file: number; op: 'insert' | 'delete' | 'replace'; at: number; word: number; side: boolean }
  | { kind: 'merge'; evil: boolean; word: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), file: fc.nat(FILES.length - 1), op: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const), at: fc.nat(), word: fc.nat(WORDS.length - 1), side: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), evil: fc.boolean(), word: fc.nat(WORDS.length - 1) }) },
);

/** A repository: a base commit on main, then the steps (edits on main or on a side branch, merges of side into main). */
function buildHistory(steps: Step[]): { root: string; base: string } {
  const content = FILES.map((_, i) => Array.from({ length: 6 }, (__, n) => `line ${i}.${n}`));
  const root = makeRepo(Object.fromEntries(FILES.map((file, i) => [file, `${content[i]!.join('\n')}\n`])));
  const base = git(root, 'rev-parse', 'HEAD').trim();
  git(root, 'branch', 'side');
  const read = (file: string) => git(root, 'show', `HEAD:${file}`).split('\n').slice(0, -1);
  let serial = 0;
  for (const step of steps) {
    serial += 1;
    if (step.kind === 'merge') {
      git(root, 'checkout', '-q', 'main');
      if (git(root, 'rev-list', '--count', 'main..side').trim() === '0') continue; // nothing to merge: no merge commit
      git(root, 'merge', '-q', '--no-ff', '-X', 'theirs', '-m', 'merge side', 'side');
      if (step.evil) {
        // A merge that also changes a line of its own: amended into the merge commit.
        commitFiles(root, { 'a.js': `${[...read('a.js'), `${WORDS[step.word]} // evil ${serial}`].join('\n')}\n` }, 'evil');
        git(root, 'reset', '-q', '--soft', 'HEAD~1');
        git(root, 'commit', '-q', '--amend', '--no-edit');
      }
      continue;
    }
    git(root, 'checkout', '-q', step.side ? 'side' : 'main');
    const file = FILES[step.file]!;
    const lines = read(file);
    const at = step.at % (lines.length + 1);
    const text = `${WORDS[step.word]} // ${serial}`;
    if (step.op === 'insert') lines.splice(at, 0, text);
    else if (step.op === 'delete' && lines.length) lines.splice(Math.min(at, lines.length - 1), 1);
    else lines.splice(Math.min(at, Math.max(0, lines.length - 1)), 1, text);
    commitFiles(root, { [file]: lines.length ? `${lines.join('\n')}\n` : '' }, `step ${serial}`);
  }
  git(root, 'checkout', '-q', 'main');
  return { root, base };
}

type Added = Map<string, Map<string, Set<number>>>;

/** What the range walk with patches (before issue 17) gave: commit → path → added lines. */
async function walkWithPatches(root: string, base: string): Promise<Added> {
  const added: Added = new Map();
  const args = ['log', ...CHANGE_FLAGS, '--topo-order', '-p', '-U0', `${base}..main`, '--'];
  for await (const groups of parseChanges(streamGit({ dir: root }, args))) {
    for (const { commit, files } of groups) added.set(commit!, new Map(files.filter((f) => f.addedLines).map((f) => [f.path, f.addedLines!])));
  }
  return added;
}

describe('history --range: patches of the commits holding a key are the walk\'s own', () => {
  it('gives every (commit, path) the added lines the patched walk gave, for any subset of commits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 7 }), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), async (steps, pick) => {
        const { root, base } = buildHistory(steps);
        const walked = await walkWithPatches(root, base);
        const commits = [...walked.keys()].filter((_, i) => pick[i % pick.length]);
        const asked = await linesAdded({ dir: root, bare: false }, commits);
        expect(asked).toEqual(new Map(commits.map((sha) => [sha, walked.get(sha)!])));
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
