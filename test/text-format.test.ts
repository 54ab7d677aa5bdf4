import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { commitFiles, git, makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

/** Issue 13: text output in the style of eslint's stylish, remediation once per rule, history labels that name refs. */
describe('text output', () => {
  it('one line per finding (position, severity, rule, redacted key, message); what to do once per rule', async () => {
    const keys = [liveKey(), liveKey(), liveKey()];
    const root = makeTree({ 'a.js': `a="${keys[0]}"\nb="${keys[1]}"\n`, 'src/c.ts': `const c = "${keys[2]}";\n` });
    const { exitCode, stdout } = await runCli(['--no-color'], { cwd: root });
    expect(exitCode).toBe(1);
    const lines = stdout.split('\n');
    const findingLines = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(findingLines).toHaveLength(3);
    for (const line of findingLines) expect(line).toMatch(/^ {2}\d+:\d+ +high +caibo-live-key +caibo_live_sk_\w{4}\*+ +Caibo live API key in source code$/);
    expect(lines.filter((l) => l.includes('Regenerate the key now'))).toHaveLength(1);
    expect(stdout).toContain('What to do:\n  caibo-live-key: Regenerate the key now');
    expect(lines.at(-2)).toMatch(/^✖ 3 findings \(3 high\) · 2 files/);
    for (const key of keys) expect(stdout).not.toContain(key);
  });

  it('columns line up across files', async () => {
    const root = makeTree({ 'a.js': `a="${liveKey()}"\n`, 'b.js': `\n\n\n\n\n\n\n\n\n\n        b="${liveKey()}"\n` });
    const { stdout } = await runCli(['--no-color'], { cwd: root });
    const positions = stdout.split('\n').filter((l) => /^ {2}\d/.test(l)).map((l) => l.indexOf('high'));
    expect(new Set(positions).size).toBe(1);
  });

  it('history: a key on an unmerged branch names the branch; a key removed from HEAD says so', async () => {
    const repo = makeRepo({ 'a.js': `a="${liveKey()}"\n` });
    commitFiles(repo, { 'a.js': 'a=process.env.KEY\n' }, 'remove the key');
    git(repo, 'checkout', '-qb', 'feature/pay');
    commitFiles(repo, { 'b.js': `b="${liveKey()}"\n` }, 'add pay');
    git(repo, 'checkout', '-q', 'main');
    const { stdout } = await runCli(['history', '--no-color'], { cwd: repo });
    const line = (file: string) => stdout.split('\n')[stdout.split('\n').findIndex((l) => l.startsWith(`${file} @ `)) + 1]!;
    expect(line('a.js')).toMatch(/removed from HEAD since, still in history$/);
    expect(line('b.js')).toMatch(/"add pay" · not merged into HEAD: only on feature\/pay$/);
    expect(stdout).not.toMatch(/deleted since/);
  });
});
