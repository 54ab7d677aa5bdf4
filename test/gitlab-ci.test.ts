import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN } from './helpers/cli.js';
import { commitFiles, git, makeRepo } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

interface GitlabJob {
  variables: Record<string, string>;
  rules: Array<{ if: string }>;
  script: string[];
  artifacts: { when: string; reports: Record<string, string> };
}
const TEMPLATE = join(import.meta.dirname, '../ci/gitlab/caibo-scan.gitlab-ci.yml');
const job = (parse(readFileSync(TEMPLATE, 'utf8')) as Record<string, GitlabJob>)['caibo-scan']!;

/** main holds an old key; the merge request's branch adds a new one. */
function mergeRequestRepo() {
  const [oldKey, newKey] = [liveKey(), liveKey()];
  const root = makeRepo({ 'config.js': `const legacy = '${oldKey}';\n` });
  const base = git(root, 'rev-parse', 'HEAD').trim();
  git(root, 'checkout', '-qb', 'feature');
  commitFiles(root, { 'checkout.js': `const key = '${newKey}';\n` }, 'add checkout');
  return { root, base, oldKey, newKey };
}

/** The job's script as GitLab's shell runner would run it: `sh`, with the job's and GitLab's variables. */
function runJob(cwd: string, variables: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITLAB_CI: 'true', CI: 'true' };
  Object.assign(env, job.variables, { CAIBO_SCAN: `${process.execPath} ${BIN}` }, variables);
  const result = spawnSync('sh', ['-e', '-c', job.script.join('\n')], { cwd, env, encoding: 'utf8' });
  const artifact = (name: string) => (existsSync(join(cwd, name)) ? readFileSync(join(cwd, name), 'utf8') : undefined);
  return {
    exitCode: result.status,
    log: result.stdout + result.stderr,
    secretDetection: artifact(job.artifacts.reports.secret_detection!),
    codeQuality: artifact(job.artifacts.reports.codequality!),
  };
}

describe('GitLab CI template (ci/gitlab/caibo-scan.gitlab-ci.yml) under simulated predefined variables', () => {
  it('runs on merge requests, schedules and the default branch, keeps both reports even when failing, clones full history', () => {
    expect(job.rules.map((r) => r.if)).toEqual([
      '$CI_PIPELINE_SOURCE == "merge_request_event"',
      '$CI_PIPELINE_SOURCE == "schedule"',
      '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    ]);
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.reports).toEqual({ secret_detection: 'gl-secret-detection-report.json', codequality: 'gl-code-quality-report.json' });
    expect(job.variables.GIT_DEPTH).toBe('0');
  });

  it('merge request: only what the MR adds (CI_MERGE_REQUEST_DIFF_BASE_SHA..HEAD), both reports, job fails', () => {
    const { root, base, oldKey, newKey } = mergeRequestRepo();
    const run = runJob(root, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_BRANCH: '' });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.secretDetection!);
    expect(report.vulnerabilities.map((v: { location: { file: string } }) => v.location.file)).toEqual(['checkout.js']);
    expect(JSON.parse(run.codeQuality!).map((i: { location: { path: string } }) => i.location.path)).toEqual(['checkout.js']);
    expect(run.log).toContain('checkout.js');
    for (const key of [oldKey, newKey]) expect(run.log + run.secretDetection + run.codeQuality).not.toContain(key);
  });

  it('schedule: the full history, a key deleted since included', () => {
    const { root, oldKey } = mergeRequestRepo();
    commitFiles(root, { 'config.js': 'const legacy = process.env.KEY;\n' }, 'remove the old key');
    const run = runJob(root, { CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' });
    expect(run.exitCode).toBe(1);
    const files = JSON.parse(run.secretDetection!).vulnerabilities.map((v: { location: { file: string } }) => v.location.file);
    expect(files).toEqual(expect.arrayContaining(['config.js', 'checkout.js']));
    expect(run.log + run.secretDetection).not.toContain(oldKey);
  });

  it('default branch push: the files; a low-severity test key passes, CAIBO_SCAN_FAIL_ON tightens it', () => {
    const root = makeRepo({ 'test/setup.js': `process.env.CAIBO_API_KEY = '${testKey()}';\n` });
    const push = { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' };
    const run = runJob(root, push);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.secretDetection!).vulnerabilities).toHaveLength(1);
    expect(JSON.parse(run.codeQuality!)).toHaveLength(1);
    expect(runJob(root, { ...push, CAIBO_SCAN_FAIL_ON: 'low' }).exitCode).toBe(1);
  });

  it('a scan that cannot run (MR base missing from the clone) fails the job with exit 2, never a pass', () => {
    const { root } = mergeRequestRepo();
    const run = runJob(root, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: 'f'.repeat(40) });
    expect(run.exitCode).toBe(2);
    expect(run.codeQuality).toBeUndefined();
  });
});
