import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runCli } from './helpers/cli.js';
import { git, makeRepo, writeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';


/** A repository whose first commit holds an old key in config.js and nothing in README.md. */
function repoWithOldKey() {
  const oldKey = liveKey();
  return { root: makeRepo({ 'config.js': `a()\nconst legacy = '${oldKey}';\n`, 'README.md': '# shop\n' }), oldKey };
}

const staged = async (root: string, ...files: string[]) => parseJson(await runCli(['staged', ...files, '--format', 'json'], { cwd: root }));

describe('`caibo-scan staged FILE...`: what the pre-commit hook and lint-staged run', () => {
  it('a named file with staged changes counts only for the lines the commit adds', async () => {
    const { root, oldKey } = repoWithOldKey();
    writeTree(root, { 'config.js': `a()\nconst legacy = '${oldKey}';\nb()\n` });
    git(root, 'add', 'config.js');
    expect((await staged(root, 'config.js')).findings).toEqual([]);
    writeTree(root, { 'config.js': `a()\nconst legacy = '${oldKey}';\nconst next = '${liveKey()}';\n` });
    git(root, 'add', 'config.js');
    expect((await staged(root, 'config.js')).findings).toMatchObject([{ file: 'config.js', line: 3 }]);
  });

  it('a named file without staged changes is scanned whole (pre-commit run --all-files)', async () => {
    const { root } = repoWithOldKey();
    expect((await staged(root, 'README.md', 'config.js')).findings).toMatchObject([{ file: 'config.js', line: 2 }]);
  });

  it('only the named files count, given relative to a subdirectory or absolute (lint-staged)', async () => {
    const { root } = repoWithOldKey();
    writeTree(root, { 'src/a.js': `k = '${liveKey()}'\n`, 'src/b.js': `k = '${liveKey()}'\n` });
    git(root, 'add', 'src');
    expect((await staged(root, join(root, 'src/b.js'))).findings.map((f) => f.file)).toEqual(['src/b.js']);
    const fromSubdirectory = parseJson(await runCli(['staged', 'a.js', '--format', 'json'], { cwd: join(root, 'src') }));
    expect(fromSubdirectory.findings.map((f) => f.file)).toEqual(['src/a.js']);
  });
});
