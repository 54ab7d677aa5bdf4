import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import type { Finding } from '../../src/types.js';
import { git, makeRepo, makeTree, writeTree } from '../helpers/fixture.js';
import { LIVE_PREFIX, TEST_PREFIX } from '../helpers/keygen.js';

/**
 * `staged` reads only the blobs whose added lines hold a needle. Its verdicts must be those of
 * reading every staged file whole: the files scan of the index's content, keeping the findings on
 * the lines git's own diff says the commit adds (every line of a binary file). Random repositories,
 * random edits: keys plain and encoded, on added and unchanged lines, allow comments on the line
 * before, placeholders, near misses, binary and UTF-16 files, renames, deletions, mode changes.
 */
const RUNS = Math.min(30, Number(process.env.CAIBO_SCAN_PROPERTY_RUNS ?? 30));
const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];

const bodyArb = fc
  .array(fc.constantFrom(...ALNUM), { minLength: 24, maxLength: 40 })
  .map((chars) => chars.join(''))
  .filter((body) => !/(.)\1\1/.test(body) && !/your|here|fake|xxxx|dummy|example|sample|secret|mykey/i.test(body));
const keyArb = fc.tuple(fc.constantFrom(LIVE_PREFIX, TEST_PREFIX), bodyArb).map(([prefix, body]) => prefix + body);

const lineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(999).map((n) => `call${n}();`) },
  { weight: 2, arbitrary: keyArb.map((key) => `const k = '${key}';`) },
  { weight: 1, arbitrary: keyArb.map((key) => `auth: ${Buffer.from(`user:${key}`).toString('base64')}`) },
  { weight: 1, arbitrary: keyArb.map((key) => `url = "https://x.test/?k=${key.replaceAll('_', '%5F')}"`) },
  { weight: 1, arbitrary: fc.constant('// caibo-scan:allow rotated') },
  { weight: 1, arbitrary: fc.constant(`k = '${TEST_PREFIX}your_key_here'`) },
  { weight: 1, arbitrary: fc.constantFrom('const caibo_client = init();', `if (k.startsWith('${LIVE_PREFIX}')) {}`) },
  { weight: 1, arbitrary: fc.constant('été — ünïcode') },
);
const textArb = fc.array(lineArb, { minLength: 1, maxLength: 12 }).map((lines) => `${lines.join('\n')}\n`);

/** One file's content: text, or a binary file (NULs) or UTF-16 text, both holding what `text` holds. */
const contentArb = fc.oneof(
  { weight: 6, arbitrary: textArb.map((text) => Buffer.from(text)) },
  { weight: 1, arbitrary: textArb.map((text) => Buffer.concat([Buffer.from([0, 1, 2, 0x0a]), Buffer.from(text)])) },
  { weight: 1, arbitrary: textArb.map((text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])) },
);

type Edit =
  | { kind: 'keep' | 'delete' | 'rename' | 'chmod' }
  | { kind: 'insert' | 'replace'; at: number; lines: string[] }
  | { kind: 'rewrite'; content: Buffer };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom<Edit>({ kind: 'keep' }, { kind: 'delete' }, { kind: 'rename' }, { kind: 'chmod' }),
  fc.record({ kind: fc.constantFrom('insert' as const, 'replace' as const), at: fc.nat(), lines: fc.array(lineArb, { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('rewrite' as const), content: contentArb }),
);

const caseArb = fc.record({
  files: fc.array(fc.tuple(contentArb, editArb), { minLength: 1, maxLength: 5 }),
  added: fc.array(contentArb, { maxLength: 2 }),
});

function applyEdit(content: Buffer, edit: Edit): Buffer {
  if (edit.kind === 'rewrite') return edit.content;
  if (edit.kind !== 'insert' && edit.kind !== 'replace') return content;
  const lines = content.toString('latin1').split('\n');
  const at = edit.at % lines.length;
  lines.splice(at, edit.kind === 'replace' ? 1 : 0, ...edit.lines);
  return Buffer.from(lines.join('\n'), 'latin1');
}

/** The lines git's own `diff --cached -U0` adds, per new path; undefined: binary (every line counts). */
function addedByGit(root: string): Map<string, Set<number> | undefined> {
  const added = new Map<string, Set<number> | undefined>();
  let path = '';
  for (const line of git(root, 'diff', '--cached', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv').split('\n')) {
    const header = /^diff --git a\/.* b\/(.*)$/.exec(line);
    if (header) added.set((path = header[1]!), new Set());
    if (/^deleted file mode /.test(line)) added.delete(path);
    if (/^Binary files /.test(line) && added.has(path)) added.set(path, undefined);
    const hunk = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(line);
    for (let i = 0; hunk && added.has(path) && i < Number(hunk[2] ?? 1); i += 1) added.get(path)!.add(Number(hunk[1]) + i);
  }
  return added;
}

const verdict = (f: Finding) => ({ path: f.location.path, line: f.location.line, column: f.location.column, rule: f.ruleId, context: f.context, suppressed: f.suppressed?.by });

describe('staged reads fewer blobs but judges like reading every one', () => {
  it('the same verdicts as the files scan of the index, on the lines git adds', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ files, added }) => {
        const initial = Object.fromEntries(files.map(([content], i) => [`f${i}.js`, content]));
        const root = makeRepo(initial);
        files.forEach(([content, edit], i) => {
          const path = join(root, `f${i}.js`);
          if (edit.kind === 'delete') rmSync(path);
          else if (edit.kind === 'rename') git(root, 'mv', `f${i}.js`, `moved${i}.js`);
          else if (edit.kind === 'chmod') chmodSync(path, 0o755);
          else writeTree(root, { [`f${i}.js`]: applyEdit(content, edit) });
        });
        writeTree(root, Object.fromEntries(added.map((content, i) => [`new${i}.js`, content])));
        git(root, 'add', '-A');

        const staged = await scan({ cwd: root, mode: 'staged', config: false });
        const lines = addedByGit(root);
        const index = makeTree();
        git(root, 'checkout-index', '-a', `--prefix=${index}/`);
        const whole = lines.size ? await scan({ cwd: index, paths: [...lines.keys()], mode: 'files', config: false }) : { findings: [] };
        const onAdded = whole.findings.filter((f) => {
          const fileLines = lines.get(f.location.path);
          return fileLines === undefined || fileLines.has(f.location.line);
        });
        const judged = staged.findings.filter((f) => f.suppressed?.by !== 'not-added');
        expect(judged.map(verdict)).toEqual(onAdded.map(verdict));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
