import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { commitFiles, makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';
import { leakyTree } from './helpers/leaky-tree.js';
import { requirement } from './helpers/requirement.js';

const schemas = join(import.meta.dirname, 'fixtures/schemas');
const ajv = new Ajv.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const schemaErrors = (schemaFile: string, document: unknown) => {
  const validate = ajv.getSchema(schemaFile) ?? (ajv.addSchema(JSON.parse(readFileSync(join(schemas, schemaFile), 'utf8')), schemaFile), ajv.getSchema(schemaFile)!);
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
};

interface GitlabVulnerability {
  id: string;
  severity: string;
  raw_source_code_extract: string;
  identifiers: Array<{ type: string; value: string }>;
  location: { file: string; start_line: number; commit: { sha: string; author?: string } };
}
interface CodeQualityIssue {
  check_name: string;
  fingerprint: string;
  severity: string;
  description: string;
  location: { path: string; lines: { begin: number } };
}

/** A repository with a live key in HEAD, one only in history, and one suppressed by an allow comment. */
function historyRepo() {
  const keys = { head: liveKey(), gone: liveKey(), allowed: testKey() };
  const root = makeRepo({ 'server.js': `const k = '${keys.head}';\n` });
  commitFiles(root, { 'old.js': `const k = '${keys.gone}';\n` }, 'add old');
  commitFiles(root, { 'old.js': 'const k = process.env.KEY;\n' }, 'remove old');
  commitFiles(root, { 'fixture.js': `const k = '${keys.allowed}'; // caibo-scan:allow fixture\n` }, 'fixture');
  return { root, keys };
}

describe('--format gitlab: GitLab secret-detection report', () => {
  it('validates against the documented schema, one vulnerability per active finding, no raw key', async () => {
    const { root, keys } = leakyTree();
    const result = await runCli(['.', '--format', 'gitlab'], { cwd: root });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(schemaErrors('gitlab-secret-detection-15.2.1.schema.json', report)).toEqual([]);
    const vulns = report.vulnerabilities as GitlabVulnerability[];
    const json = JSON.parse((await runCli(['.', '--format', 'json'], { cwd: root })).stdout);
    expect(vulns).toHaveLength(json.findings.length);
    for (const key of Object.values(keys)) expect(result.stdout).not.toContain(key);
    const bundle = vulns.find((v) => v.location.file === 'dist/assets/index-3f9a1c2b.js')!;
    expect(bundle).toMatchObject({ severity: 'Critical', location: { start_line: 1, commit: { sha: '0000000' } } });
    expect(bundle.identifiers[0]).toEqual(expect.objectContaining({ type: 'caibo_scan_rule_id', value: 'caibo-live-key-in-client-bundle' }));
    expect(bundle.raw_source_code_extract).toMatch(/^caibo_live_sk_.*…|\*/);
    // Stable ids: GitLab tracks vulnerabilities across pipelines.
    const again = JSON.parse((await runCli(['.', '--format', 'gitlab'], { cwd: root })).stdout);
    expect(again.vulnerabilities.map((v: GitlabVulnerability) => v.id)).toEqual(vulns.map((v) => v.id));
    expect(new Set(vulns.map((v) => v.id)).size).toBe(vulns.length);
  });

  it('history findings carry their commit; an empty scan is a valid report with no vulnerabilities', async () => {
    const { root, keys } = historyRepo();
    const result = await runCli(['history', '--format', 'gitlab'], { cwd: root });
    const report = JSON.parse(result.stdout);
    expect(schemaErrors('gitlab-secret-detection-15.2.1.schema.json', report)).toEqual([]);
    const shas = report.vulnerabilities.map((v: GitlabVulnerability) => v.location.commit.sha);
    expect(shas).toHaveLength(2);
    for (const sha of shas) expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(result.stdout).not.toContain(keys.gone);

    const clean = JSON.parse((await runCli(['.', '--format', 'gitlab'], { cwd: makeTree({ 'a.js': 'x' }) })).stdout);
    expect(schemaErrors('gitlab-secret-detection-15.2.1.schema.json', clean)).toEqual([]);
    expect(clean.vulnerabilities).toEqual([]);
  });

  it('the schema this test validates against rejects what GitLab rejects', () => {
    expect(schemaErrors('gitlab-secret-detection-15.2.1.schema.json', { version: '15.2.1', vulnerabilities: [] })).not.toEqual([]);
    const noCommit = { id: 'x', identifiers: [{ type: 't', name: 'n', value: 'v' }], location: { file: 'a' } };
    const scan = { analyzer: { id: 'a', name: 'a', version: '1', vendor: { name: 'a' } }, scanner: { id: 'a', name: 'a', version: '1', vendor: { name: 'a' } }, type: 'secret_detection', start_time: '2026-01-01T00:00:00', end_time: '2026-01-01T00:00:00', status: 'success' };
    expect(schemaErrors('gitlab-secret-detection-15.2.1.schema.json', { version: '15.2.1', scan, vulnerabilities: [noCommit] })).not.toEqual([]);
    expect(schemaErrors('gitlab-secret-detection-15.2.1.schema.json', { version: '15.2.1', scan: { ...scan, start_time: '2026-01-01T00:00:00.000Z' }, vulnerabilities: [] })).not.toEqual([]);
  });
});

describe('--format codequality: GitLab Code Quality', () => {
  it('validates, maps severities, fingerprints unique per occurrence (also across commits), no raw key', async () => {
    const { root, keys } = historyRepo();
    commitFiles(root, { 'copy.js': `const k = '${keys.head}';\n`, 'server2.js': `x\nconst k = '${keys.head}';\n` }, 'copies');
    const result = await runCli(['history', '--format', 'codequality'], { cwd: root });
    expect(result.exitCode).toBe(1);
    const issues = JSON.parse(result.stdout) as CodeQualityIssue[];
    expect(schemaErrors('gitlab-code-quality.schema.json', issues)).toEqual([]);
    expect(issues.length).toBeGreaterThanOrEqual(4);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.map((i) => i.check_name)).toContain('caibo-live-key');
    expect(issues.find((i) => i.location.path === 'server2.js')).toMatchObject({ severity: 'critical', location: { lines: { begin: 2 } } });
    for (const key of Object.values(keys)) expect(result.stdout).not.toContain(key);
  });
});

const xmllint = spawnSync('xmllint', ['--version']).status === 0;
const missing = requirement(xmllint, "Debian's xmllint", 'apt-get install libxml2-utils');

describe.skipIf(missing !== '')(`--format junit: JUnit XML validated by xmllint against JUnit.xsd${missing}`, () => {
  const validate = (xml: string) => {
    const file = join(makeTree(), 'report.xml');
    writeFileSync(file, xml);
    const lint = spawnSync('xmllint', ['--noout', '--schema', join(schemas, 'JUnit.xsd'), file], { encoding: 'utf8' });
    return { ok: lint.status === 0, errors: lint.stderr };
  };

  it('one testcase per finding: failures at or above --fail-on, passes below it, suppressed ones skipped', async () => {
    const { root, keys } = historyRepo();
    const result = await runCli(['history', '--format', 'junit', '--fail-on', 'critical', '--show-suppressed'], { cwd: root });
    expect(validate(result.stdout)).toEqual({ ok: true, errors: expect.stringContaining('validates') });
    expect(result.stdout).toMatch(/<testsuite [^>]*tests="3"[^>]*failures="0"[^>]*skipped="1"/);
    expect(result.stdout.match(/<skipped /g)).toHaveLength(1);
    const failing = await runCli(['history', '--format', 'junit'], { cwd: root });
    expect(failing.stdout).toMatch(/failures="2"/);
    expect(failing.stdout.match(/<failure /g)).toHaveLength(2);
    for (const key of Object.values(keys)) expect(failing.stdout).not.toContain(key);
  });

  it('hostile file names are escaped into valid XML; a clean scan is one passing testcase', async () => {
    const key = liveKey();
    const root = makeTree({ 'a&b<c>"d\'.js': `k='${key}'`, 'ctl\u0001.js': `k='${key}'` });
    const result = await runCli(['.', '--format', 'junit'], { cwd: root });
    expect(validate(result.stdout).ok).toBe(true);
    expect(result.stdout).toContain('a&amp;b&lt;c&gt;&quot;d&apos;.js');
    expect(result.stdout).not.toContain(key);

    const clean = await runCli(['.', '--format', 'junit'], { cwd: makeTree({ 'a.js': 'x' }) });
    expect(validate(clean.stdout).ok).toBe(true);
    expect(clean.stdout).toMatch(/tests="1" failures="0"/);
  });

  it('the validator is real: a report missing a required attribute fails', () => {
    expect(validate('<?xml version="1.0"?><testsuites><testsuite name="x"/></testsuites>').ok).toBe(false);
  });
});
