import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { parseJson, runCli } from '../helpers/cli.js';
import { commitFiles, git, makeRepo } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';

/**
 * Issue 18: a key the change adds next to its own `caibo-scan:allow` comment is suppressed, but
 * reviewers must see it: every format lists it apart, and a base policy with
 * `newSuppressions: "fail"` refuses it.
 */
function allowedByThePullRequest(baseConfig?: object) {
  const oldKey = liveKey();
  const root = makeRepo({
    'README.md': '# shop\n',
    'legacy.js': `// caibo-scan:allow rotated in 2023\nconst old = '${oldKey}';\n`,
    ...(baseConfig ? { '.caibo-scan.json': JSON.stringify(baseConfig) } : {}),
  });
  const base = git(root, 'rev-parse', 'HEAD').trim();
  git(root, 'checkout', '-qb', 'feature');
  const key = liveKey();
  const head = commitFiles(
    root,
    { 'pay.js': `const key = '${key}'; // caibo-scan:allow sandbox only\n`, 'legacy.js': `// caibo-scan:allow rotated in 2023\nconst old = '${oldKey}';\nmore()\n` },
    'pay',
  );
  return { root, base, head, range: `${base}..${head}`, key };
}

describe('suppressions the change adds are listed apart (issue 18)', () => {
  it('JSON: a newSuppressions list and count, even without --show-suppressed; exit 0 by default', async () => {
    const pr = allowedByThePullRequest();
    const result = await runCli(['history', '--range', pr.range, '--format', 'json'], { cwd: pr.root });
    expect(result.exitCode).toBe(0);
    const json = parseJson(result) as ReturnType<typeof parseJson> & { newSuppressions: unknown[] };
    expect(json.findings).toEqual([]);
    expect(json.newSuppressions).toMatchObject([{ file: 'pay.js', line: 1, suppressedBy: 'allow-comment', suppressedDetail: 'sandbox only' }]);
    expect(json.summary).toMatchObject({ newSuppressions: 1 });
    expect(result.stdout).not.toContain(pr.key);
  });

  it('text: the summary says how many keys the change allows, and lists them', async () => {
    const pr = allowedByThePullRequest();
    const result = await runCli(['history', '--range', pr.range], { cwd: pr.root });
    expect(result.stdout).toMatch(/^! 1 key allowed by this range:$/m);
    expect(result.stdout).toMatch(/^ {2}pay\.js:1:\d+ .*caibo-scan:allow sandbox only/m);
    expect(result.stdout).not.toMatch(/legacy\.js/);
  });

  it('SARIF: a result with an inSource suppression and the comment as justification', async () => {
    const pr = allowedByThePullRequest();
    const result = await runCli(['history', '--range', pr.range, '--format', 'sarif'], { cwd: pr.root });
    const results = (JSON.parse(result.stdout) as { runs: Array<{ results: Array<Record<string, unknown>> }> }).runs[0]!.results;
    expect(results).toMatchObject([
      { locations: [{ physicalLocation: { artifactLocation: { uri: 'pay.js' } } }], suppressions: [{ kind: 'inSource', justification: 'sandbox only' }] },
    ]);
  });

  it('github format: a warning annotation on the allowed key', async () => {
    const pr = allowedByThePullRequest();
    const result = await runCli(['history', '--range', pr.range, '--format', 'github'], { cwd: pr.root });
    expect(result.stdout).toMatch(/^::warning file=pay\.js,line=1,.*::Key allowed by this change \(caibo-scan:allow sandbox only\)/m);
  });

  it('a base config with newSuppressions: "fail" fails the range', async () => {
    const pr = allowedByThePullRequest({ newSuppressions: 'fail' });
    const result = await runCli(['history', '--range', pr.range, '--format', 'json'], { cwd: pr.root });
    expect(result.exitCode).toBe(1);
    expect((parseJson(result) as ReturnType<typeof parseJson> & { newSuppressions: unknown[] }).newSuppressions).toHaveLength(1);
  });

  it('a PR that also sets newSuppressions: "report" over a base "fail" still fails', async () => {
    const pr = allowedByThePullRequest({ newSuppressions: 'fail' });
    commitFiles(pr.root, { '.caibo-scan.json': '{"newSuppressions": "report"}' }, 'relax');
    const result = await runCli(['history', '--since', pr.base, '--format', 'json'], { cwd: pr.root });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('newSuppressions fail → report');
  });

  it('files and full-history scans have no "new" suppressions: there is no change to attribute them to', async () => {
    const pr = allowedByThePullRequest();
    for (const args of [['.'], ['history']]) {
      const json = parseJson(await runCli([...args, '--format', 'json'], { cwd: pr.root })) as Record<string, unknown>;
      expect(json.newSuppressions).toBeUndefined();
    }
  });

  it('the Action on pull_request: a job-summary table and an annotation; fails under newSuppressions: "fail"', () => {
    const pr = allowedByThePullRequest();
    const payload = { pull_request: { number: 4, base: { sha: pr.base }, head: { sha: pr.head } } };
    const run = runAction({ workspace: pr.root, event: 'pull_request', payload, sha: pr.head });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('### 1 key allowed by this pull request');
    expect(run.summary).toMatch(/^\| high \| `[a-z-]+` \| \[pay\.js:1:\d+\]\(.*\) \| `caibo_live_sk_[^`]*` \| sandbox only \|$/m);
    expect(run.stdout).toMatch(/^::warning file=pay\.js,line=1,.*::Key allowed by this change/m);

    const strict = allowedByThePullRequest({ newSuppressions: 'fail' });
    const failing = runAction({ workspace: strict.root, event: 'pull_request', payload: { pull_request: { base: { sha: strict.base }, head: { sha: strict.head } } }, sha: strict.head });
    expect(failing.exitCode).toBe(1);
    expect(failing.stdout).toMatch(/^::error file=pay\.js,line=1,.*::Key allowed by this change/m);
  });

  it('config: newSuppressions must be "fail" or "report"', async () => {
    const root = makeRepo({ '.caibo-scan.json': '{"newSuppressions": "maybe"}' });
    const result = await runCli(['.'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/field "newSuppressions" must be one of fail, report/);
  });
});
