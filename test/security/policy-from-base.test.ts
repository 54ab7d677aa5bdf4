import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { parseJson, runCli } from '../helpers/cli.js';
import type { RunResult } from '../../src/cli.js';
import { commitFiles, git, makeRepo, writeTree } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';

/**
 * Issue 18: a pull request must not be able to switch off its own check. In range mode the config,
 * baseline and rule files come from the base revision; what the range changes in them is reported.
 */
const BUILTIN_PLACEHOLDERS = JSON.parse(readFileSync(new URL('../../rules/placeholders.json', import.meta.url), 'utf8')) as {
  placeholders: Record<string, unknown>;
};
/** A rule file that calls every key a placeholder. */
const EVERYTHING_IS_A_PLACEHOLDER = JSON.stringify({ placeholders: { ...BUILTIN_PLACEHOLDERS.placeholders, minDistinctChars: 1000 } });

interface PullRequest {
  root: string;
  base: string;
  head: string;
}

/**
 * main with `baseFiles`; feature adds a live key in pay.js plus `prFiles` (the PR's policy edits,
 * made once the key is on disk, so a baseline can list it).
 */
async function pullRequest(
  baseFiles: Record<string, string>,
  prFiles: (root: string) => Record<string, string> | Promise<Record<string, string>>,
): Promise<PullRequest> {
  const root = makeRepo({ 'README.md': '# shop\n', ...baseFiles });
  const base = git(root, 'rev-parse', 'HEAD').trim();
  git(root, 'checkout', '-qb', 'feature');
  writeTree(root, { 'pay.js': `const key = '${liveKey()}';\n` });
  const head = commitFiles(root, await prFiles(root), 'pay with the live key');
  return { root, base, head };
}

/** The PR also lists its own key in the baseline (made the way a user would: `caibo-scan baseline`). */
async function baselineListingTheKey(root: string): Promise<Record<string, string>> {
  const made = await runCli(['baseline', '.', '-o', '.caibo-baseline.json'], { cwd: root });
  expect(made.exitCode).toBe(0);
  return { '.caibo-baseline.json': readFileSync(join(root, '.caibo-baseline.json'), 'utf8') };
}

interface PolicyJson {
  from: string;
  revision: string;
  changes: Array<{ file: string; kind: string; detail: string; weakens: boolean }>;
}
const policyOf = (result: RunResult) => (JSON.parse(result.stdout) as { policy: PolicyJson }).policy;

const EMPTY_BASELINE = JSON.stringify({ version: 1, findings: [] });

const CASES: Array<{
  name: string;
  base: Record<string, string>;
  pr: (root: string) => Record<string, string> | Promise<Record<string, string>>;
  file: string;
  change: RegExp;
  baseline?: string;
}> = [
  { name: 'config failOn: none', base: {}, pr: () => ({ '.caibo-scan.json': '{"failOn": "none"}' }), file: '.caibo-scan.json', change: /failOn high → none/ },
  {
    name: 'config failOn: none over a base config',
    base: { '.caibo-scan.json': '{"failOn": "high"}' },
    pr: () => ({ '.caibo-scan.json': '{"failOn": "none"}' }),
    file: '.caibo-scan.json',
    change: /failOn high → none/,
  },
  { name: 'config allow [".*"]', base: {}, pr: () => ({ '.caibo-scan.json': '{"allow": [".*"]}' }), file: '.caibo-scan.json', change: /allow adds "\.\*"/ },
  {
    name: 'a baseline that lists the new key',
    base: { '.caibo-baseline.json': EMPTY_BASELINE },
    pr: baselineListingTheKey,
    file: '.caibo-baseline.json',
    change: /baseline accepts 1 more finding/,
    baseline: '.caibo-baseline.json',
  },
  {
    name: 'a rules directory added by the PR',
    base: {},
    pr: () => ({ '.caibo-scan.json': '{"rules": ["my-rules"]}', 'my-rules/quiet.json': EVERYTHING_IS_A_PLACEHOLDER }),
    file: '.caibo-scan.json',
    change: /rules adds "my-rules"/,
  },
  {
    name: 'a rule file changed in a rules directory the base already has',
    base: { '.caibo-scan.json': '{"rules": ["my-rules"]}', 'my-rules/extra.json': '{}' },
    pr: () => ({ 'my-rules/extra.json': EVERYTHING_IS_A_PLACEHOLDER }),
    file: 'my-rules/extra.json',
    change: /rule file my-rules\/extra\.json changed/,
  },
];

describe('range scans read the policy from the base (issue 18)', () => {
  it.each(CASES)('CLI --range: $name still fails, and the change is reported', async (c) => {
    const pr = await pullRequest(c.base, c.pr);
    const args = ['history', '--range', `${pr.base}..${pr.head}`, ...(c.baseline ? ['--baseline', c.baseline] : [])];
    const result = await runCli([...args, '--format', 'json'], { cwd: pr.root });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings).toMatchObject([{ file: 'pay.js' }]);
    expect(policyOf(result)).toMatchObject({ from: 'base', revision: pr.base });
    expect(policyOf(result).changes).toEqual(expect.arrayContaining([expect.objectContaining({ file: c.file, detail: expect.stringMatching(c.change), weakens: true })]));

    const text = await runCli(args, { cwd: pr.root });
    expect(text.stdout).toMatch(/this range weakens the scan: .*; not applied: the scan used the base's policy/);

    // --policy-from head: today's behaviour, the PR's own policy decides.
    const fromHead = await runCli([...args, '--policy-from', 'head', '--format', 'json'], { cwd: pr.root });
    expect(fromHead.exitCode).toBe(0);
    expect(policyOf(fromHead)).toMatchObject({ from: 'head' });
  });

  it.each(CASES)('the Action on pull_request: $name still fails, with a notice on the policy file', async (c) => {
    const pr = await pullRequest(c.base, c.pr);
    const payload = { pull_request: { number: 9, base: { sha: pr.base }, head: { sha: pr.head } } };
    const inputs: Record<string, string> = c.baseline ? { baseline: c.baseline } : {};
    const run = runAction({ workspace: pr.root, event: 'pull_request', payload, inputs, sha: pr.head });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error file=pay\.js,line=1,/m);
    const notice = run.stdout.split('\n').find((line) => line.startsWith(`::notice file=${c.file}::`));
    expect(notice).toMatch(/::caibo-scan: this pull request weakens the scan: .*; not applied: the scan used the base's policy/);
    expect(notice).toMatch(c.change);
    expect(run.summary).toMatch(/this pull request weakens the scan: /);
  });

  it('the Action input policy-from: head applies the pull request\'s own policy', async () => {
    const pr = await pullRequest({}, () => ({ '.caibo-scan.json': '{"allow": [".*"]}' }));
    const payload = { pull_request: { number: 9, base: { sha: pr.base }, head: { sha: pr.head } } };
    const run = runAction({ workspace: pr.root, event: 'pull_request', payload, inputs: { 'policy-from': 'head' }, sha: pr.head });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^::notice file=\.caibo-scan\.json::.*; applied \(policy from the head\)$/m);
  });

  it('the Action on merge_group: the queue\'s base policy too', async () => {
    const pr = await pullRequest(CASES[0]!.base, CASES[0]!.pr);
    const payload = { merge_group: { base_sha: pr.base, head_sha: pr.head } };
    const run = runAction({ workspace: pr.root, event: 'merge_group', payload, sha: pr.head });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toMatch(/failOn high → none/);
  });

  it('a policy the range leaves alone is used and not mentioned', async () => {
    const pr = await pullRequest({ '.caibo-scan.json': '{"failOn": "critical"}' }, () => ({ 'README.md': '# shop 2\n' }));
    const result = await runCli(['history', '--range', `${pr.base}..${pr.head}`, '--format', 'json'], { cwd: pr.root });
    expect(result.exitCode).toBe(0); // the base's failOn: critical, and a live key in code is high
    expect(policyOf(result)).toEqual({ from: 'base', revision: pr.base, changes: [] });
  });

  it('a stricter policy in the range is reported without "weakens", and not applied', async () => {
    const pr = await pullRequest({ '.caibo-scan.json': '{"failOn": "critical"}' }, () => ({ '.caibo-scan.json': '{"failOn": "low"}' }));
    const result = await runCli(['history', '--range', `${pr.base}..${pr.head}`, '--format', 'json'], { cwd: pr.root });
    expect(result.exitCode).toBe(0);
    expect(policyOf(result).changes).toEqual([{ file: '.caibo-scan.json', kind: 'config', detail: 'failOn critical → low', weakens: false }]);
  });

  it('a config that does not load at the head is a reported change, not an error', async () => {
    const pr = await pullRequest({}, () => ({ '.caibo-scan.json': '{"failOn": "never"' }));
    const result = await runCli(['history', '--range', `${pr.base}..${pr.head}`, '--format', 'json'], { cwd: pr.root });
    expect(result.exitCode).toBe(1);
    expect(policyOf(result).changes).toMatchObject([{ file: '.caibo-scan.json', detail: expect.stringMatching(/does not load/) }]);
  });

  it('--policy-from is refused outside range scans', async () => {
    const root = makeRepo({ 'a.js': 'x\n' });
    const result = await runCli(['history', '--policy-from', 'head'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--policy-from needs --range or --since/);
  });
});

describe('--rules naming a directory the range adds (issue 18)', () => {
  it('is left out of the base policy and reported', async () => {
    const pr = await pullRequest({}, () => ({ 'quiet/all.json': EVERYTHING_IS_A_PLACEHOLDER }));
    const result = await runCli(['history', '--range', `${pr.base}..${pr.head}`, '--rules', 'quiet', '--format', 'json'], { cwd: pr.root });
    expect(result.exitCode).toBe(1);
    expect(policyOf(result).changes).toEqual([{ file: 'quiet', kind: 'rules', detail: 'rules quiet added', weakens: true }]);
  });
});

describe('policy change reports never carry a key (issue 18)', () => {
  it('a key pasted into the PR\'s allow list is redacted in the Action notice and summary', async () => {
    const pasted = liveKey();
    const pr = await pullRequest({}, () => ({ '.caibo-scan.json': JSON.stringify({ allow: [pasted] }) }));
    const payload = { pull_request: { number: 9, base: { sha: pr.base }, head: { sha: pr.head } } };
    const run = runAction({ workspace: pr.root, event: 'pull_request', payload, sha: pr.head });
    expect(run.stdout).toMatch(/^::notice file=\.caibo-scan\.json::.*allow adds "caibo_live_sk_/m);
    expect(run.stdout + run.summary).not.toContain(pasted);
    expect(run.stdout + run.summary).not.toContain(pasted.slice(-12));
  });
});
