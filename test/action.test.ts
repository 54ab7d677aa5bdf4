import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_NODE_NOTE, runAction, type ActionRun } from './helpers/action.js';
import { commitFiles, git, makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';


/** No full key in anything the Action writes. */
function expectRedacted(run: ActionRun, keys: string[], extra = '') {
  const everything = run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs) + extra;
  for (const key of keys) expect(everything).not.toContain(key);
}

/** main holds an old key in config.js; feature touches config.js elsewhere and adds a new key in checkout.js. */
function pullRequestRepo() {
  const [oldKey, newKey] = [liveKey(), liveKey()];
  const root = makeRepo({ 'config.js': `a()\nconst legacy = '${oldKey}';\n`, 'README.md': '# shop\n' });
  const base = git(root, 'rev-parse', 'HEAD').trim();
  git(root, 'checkout', '-qb', 'feature');
  commitFiles(root, { 'config.js': `a()\nconst legacy = '${oldKey}';\nb()\n` }, 'touch config');
  const head = commitFiles(root, { 'checkout.js': `x()\nconst key = '${newKey}';\n` }, 'add checkout');
  return { root, base, head, oldKey, newKey };
}

describe(`GitHub Action bundle under a simulated runner (${ACTION_NODE_NOTE})`, () => {
  it('files mode: escaped annotations, a linked summary, SARIF and outputs, then exit 1', () => {
    const keys = [liveKey(), liveKey(), testKey()];
    const workspace = makeTree({
      'a,b:c%.ts': `export const k = '${keys[0]}';\n`,
      'server.js': `// config\nconst key = "${keys[1]}";\n`,
      'test/setup.js': `process.env.CAIBO_API_KEY = '${keys[2]}';\n`,
    });
    const run = runAction({ workspace, event: 'push', inputs: { mode: 'files', 'sarif-file': 'reports/caibo.sarif' } });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(''); // no runtime warnings on node24 either
    const sarifFile = join(workspace, 'reports/caibo.sarif');
    expect(run.outputs).toEqual({ findings: '3', 'sarif-file': sarifFile, 'exit-code': '1' });

    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(3);
    expect(annotations[0]).toBe(
      `::error file=a%2Cb%3Ac%25.ts,line=1,endLine=1,col=19,endColumn=65,title=caibo-live-key (high)::Caibo live API key in source code: ${keys[0]!.slice(0, 18)}********`,
    );
    expect(annotations[1]).toMatch(/^::error file=server\.js,line=2,/);
    expect(annotations[2]).toMatch(/^::warning file=test\/setup\.js,line=1,.*title=caibo-test-key \(low\)::/);

    expect(run.summary).toMatch(/^## caibo-scan: 3 Caibo keys found \(2 high, 1 low\)\n/);
    expect(run.summary).toContain('| high | 2 |');
    expect(run.summary).toContain(
      '| high | `caibo-live-key` | [a,b:c%.ts:1:19](https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/a%2Cb%3Ac%25.ts#L1) |',
    );
    expect(run.summary).toContain('### What to do');
    expect(run.summary).toMatch(/1\. Prepare first: regenerating stops the old key immediately/);
    expect(run.summary).toMatch(/2\. Regenerate it now .*Caibo Control Panel → Profile Settings → the key icon/);

    const sarifText = readFileSync(sarifFile, 'utf8');
    const sarif = JSON.parse(sarifText);
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'a%2Cb%3Ac%25.ts',
      'server.js',
      'test/setup.js',
    ]);
    expect(sarif.runs[0].versionControlProvenance).toEqual([
      { repositoryUri: 'https://github.com/acme/shop', revisionId: '0123456789abcdef0123456789abcdef01234567', branch: 'main', mappedTo: { uriBaseId: '%SRCROOT%' } },
    ]);
    expect(sarif.runs[0].results[0].partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+:1$/);
    expectRedacted(run, keys, sarifText);
  });

  it('reports paths relative to the workspace when `path` is a subdirectory', () => {
    const workspace = makeTree({ 'app/server.js': `const key = '${liveKey()}';\n`, 'other.js': `k = '${liveKey()}'\n` });
    const run = runAction({ workspace, event: 'workflow_run', inputs: { path: 'app' } });
    expect(run.stdout).toMatch(/^::error file=app\/server\.js,line=1,/m);
    expect(run.outputs.findings).toBe('1');
  });

  it('in a git checkout, a subdirectory `path` reports repository paths once, not prefixed twice (issue 11)', () => {
    const workspace = makeRepo({ 'dist/app.js': `k("${liveKey()}")\n`, 'server.js': `k = '${liveKey()}'\n` });
    const run = runAction({ workspace, event: 'workflow_run', inputs: { path: 'dist' } });
    expect(run.stdout).toMatch(/^::error file=dist\/app\.js,line=1,.*title=caibo-live-key-in-client-bundle/m);
    expect(run.outputs.findings).toBe('1');
  });

  it('a clean workspace passes with findings 0', () => {
    const run = runAction({ workspace: makeTree({ 'index.js': 'ok()\n' }), event: 'push', inputs: { mode: 'files', 'sarif-file': 'caibo.sarif' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '0', 'exit-code': '0' });
    expect(run.summary).toMatch(/^## caibo-scan: no Caibo keys found\n\nScanned the checked-out files\./);
  });

  it("the config's failOn applies unless the fail-on input is set (its default is empty)", () => {
    // Issue 13: action.yml defaulted fail-on to high, so a config's failOn passed on the CLI and failed here.
    expect(readFileSync(join(import.meta.dirname, '../action.yml'), 'utf8')).toMatch(/ {2}fail-on:\n(?: {4}.*\n)*? {4}default: ''\n/);
    const workspace = makeTree({ 'server.js': `const key = '${liveKey()}';\n`, '.caibo-scan.json': '{ "failOn": "critical" }' });
    const fromConfig = runAction({ workspace, event: 'push', inputs: { mode: 'files', 'fail-on': '' } });
    expect(fromConfig.outputs).toMatchObject({ findings: '1', 'exit-code': '0' });
    expect(fromConfig.exitCode).toBe(0);
    const explicit = runAction({ workspace, event: 'push', inputs: { mode: 'files', 'fail-on': 'high' } });
    expect(explicit.outputs).toMatchObject({ findings: '1', 'exit-code': '1' });
    expect(explicit.stdout).toMatch(/caibo-scan: 1 finding \(fail-on: high\)/);
  });

  it('annotations, summary and SARIF can be switched off; fail-on none passes', () => {
    const workspace = makeTree({ 'server.js': `const key = '${liveKey()}';\n` });
    const run = runAction({ workspace, event: 'push', inputs: { mode: 'files', annotations: 'false', summary: 'false', 'sarif-file': '', 'fail-on': 'none' } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.summary).toBe('');
    expect(run.outputs).toEqual({ findings: '1', 'sarif-file': '', 'exit-code': '0' });
    expect(existsSync(join(workspace, 'caibo-scan.sarif'))).toBe(false);
  });

  it.each([
    [{ mode: 'everything' }, /input mode must be one of auto, pr, push, history, files \(got "everything"\)/],
    [{ 'fail-on': 'severe' }, /input fail-on must be one of/],
    [{ annotations: 'yes' }, /input annotations must be true or false/],
  ])('a bad input %o is an error annotation, exit 2, outputs still written', (inputs, message) => {
    const run = runAction({ workspace: makeTree({ 'a.js': 'ok\n' }), event: 'push', inputs });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(new RegExp(`^::error::caibo-scan: ${message.source}`, 'm'));
    expect(run.outputs).toEqual({ findings: '', 'sarif-file': '', 'exit-code': '2' });
    expect(run.summary).toMatch(/^## caibo-scan: the scan did not run/);
  });

  it('pull request on a shallow checkout: an error with the fetch-depth hint, never a pass', () => {
    const { root, base, head } = pullRequestRepo();
    const shallow = makeTree();
    git(shallow, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${root}`, '.');
    const run = runAction({ workspace: shallow, event: 'pull_request', payload: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/^::error::caibo-scan: the pull request base [0-9a-f]{7} is not in this shallow clone; check out full history: actions\/checkout with fetch-depth: 0$/m);
    expect(run.outputs['exit-code']).toBe('2');
  });

  it(`pull request: only what its commits add, not an old key in a file it touches`, () => {
    const { root, base, head, oldKey, newKey } = pullRequestRepo();
    const run = runAction({ workspace: root, event: 'pull_request', payload: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }, inputs: { 'sarif-file': 'caibo.sarif' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.stdout).toMatch(/^::error file=checkout\.js,line=2,/m);
    expect(run.stdout).not.toMatch(/file=config\.js/);
    expect(run.summary).toContain(`Scanned what pull request #7 adds (\`${base.slice(0, 7)}..${head.slice(0, 7)}\`)`);
    expect(run.summary).toContain(`](https://github.com/acme/shop/blob/${head}/checkout.js#L2)`);
    expectRedacted(run, [oldKey, newKey], readFileSync(join(root, 'caibo.sarif'), 'utf8'));
  });

  it(`merge queue (merge_group): what the group adds to the base branch, by the payload's base and head`, () => {
    const { root, base, head, oldKey, newKey } = pullRequestRepo();
    const payload = { merge_group: { base_sha: base, head_sha: head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc' } };
    const run = runAction({ workspace: root, event: 'merge_group', payload });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.stdout).toMatch(/^::error file=checkout\.js,line=2,/m);
    expect(run.summary).toContain(`Scanned what merge group refs/heads/gh-readonly-queue/main/pr-7-abc adds (\`${base.slice(0, 7)}..${head.slice(0, 7)}\`)`);
    expectRedacted(run, [oldKey, newKey]);
    const incomplete = runAction({ workspace: root, event: 'merge_group', payload: { merge_group: { head_sha: head } } });
    expect(incomplete.exitCode).toBe(2);
    expect(incomplete.stdout).toMatch(/^::error::caibo-scan: mode pr needs a pull_request or merge_group event payload/m);
  });

  it(`manual run (workflow_dispatch): the full history, keys deleted since included`, () => {
    const { root, oldKey } = pullRequestRepo();
    commitFiles(root, { 'config.js': 'k = process.env.KEY\n' }, 'remove the old key');
    const run = runAction({ workspace: root, event: 'workflow_dispatch', payload: { inputs: {} } });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('Scanned the full history (every commit on every ref)');
    expect(run.stdout).toMatch(/^::error file=config\.js,/m);
    expectRedacted(run, [oldKey]);
  });

  it(`push: only the pushed commits (before..after)`, () => {
    const root = makeRepo({ 'old.js': `k = '${liveKey()}'\n` });
    const before = git(root, 'rev-parse', 'HEAD').trim();
    const after = commitFiles(root, { 'new.js': `k = '${testKey()}'\n` }, 'add a test key');
    const run = runAction({ workspace: root, event: 'push', payload: { before, after, ref: 'refs/heads/main' } });
    expect(run.exitCode).toBe(0); // a test key alone is low
    expect(run.outputs.findings).toBe('1');
    expect(run.stdout).toMatch(/^::warning file=new\.js,line=1,/m);
  });

  it(`push of a new branch: what it adds to the default branch`, () => {
    const { root, head } = pullRequestRepo();
    git(root, 'update-ref', 'refs/remotes/origin/main', 'main');
    const payload = { before: '0'.repeat(40), after: head, ref: 'refs/heads/feature', repository: { default_branch: 'main' } };
    const run = runAction({ workspace: root, event: 'push', payload });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.stdout).toMatch(/^::notice::a new branch: scanned the commits not on origin\/main$/m);
    expect(run.stdout).toMatch(/^::error file=checkout\.js,line=2,/m);
  });

  it(`push that deletes a branch: nothing to scan, a notice and exit 0`, () => {
    const root = makeRepo({ 'README.md': '# shop\n' });
    const payload = { before: git(root, 'rev-parse', 'HEAD').trim(), after: '0'.repeat(40), ref: 'refs/heads/old', deleted: true };
    const run = runAction({ workspace: root, event: 'push', payload, inputs: { 'sarif-file': 'caibo.sarif' } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^::notice::the push deletes refs\/heads\/old: nothing to scan$/m);
    expect(run.outputs).toEqual({ findings: '0', 'sarif-file': '', 'exit-code': '0' });
    expect(existsSync(join(root, 'caibo.sarif'))).toBe(false);
  });

  it(`schedule: the full history, including a key removed since`, () => {
    const root = makeRepo({ 'README.md': '# shop\n' });
    const added = commitFiles(root, { 'config.js': `const key = '${liveKey()}';\n` }, 'add config');
    commitFiles(root, { 'config.js': 'const key = process.env.CAIBO_API_KEY;\n' }, 'remove the key');
    const run = runAction({ workspace: root, event: 'schedule' });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain(`](https://github.com/acme/shop/blob/${added}/config.js#L1)`);
    expect(run.summary).toContain(`\`${added.slice(0, 12)}\` (removed since; still in history)`);
  });
});
