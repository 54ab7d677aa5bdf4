import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineHashes } from '../src/line-hash.js';
import { BUILTIN_RULES_DIR } from '../src/ruleset/load.js';
import { VERSION } from '../src/version.js';
import { runBin, runCli } from './helpers/cli.js';
import { commitFiles, makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';
import { leakyTree } from './helpers/leaky-tree.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; 'security-severity': string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }>;
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
    automationDetails?: { id: string };
    results: SarifResult[];
  }>;
}

const sarifOf = async (cwd: string, ...args: string[]) => {
  const result = await runCli(['.', '--format', 'sarif', ...args], { cwd });
  return { ...result, log: JSON.parse(result.stdout) as SarifLog };
};

const builtinRuleIds = () =>
  readdirSync(BUILTIN_RULES_DIR)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => (JSON.parse(readFileSync(join(BUILTIN_RULES_DIR, name), 'utf8')).rules ?? []) as Array<{ id: string; severity: string }>);

describe('SARIF 2.1.0 for GitHub code scanning', () => {
  it('validates against the official 2.1.0 schema and lists every rule from rules/', async () => {
    const { root } = leakyTree();
    const { log, exitCode } = await sarifOf(root);
    expect(exitCode).toBe(1);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log).toMatchObject({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json' });
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0]!.tool;
    expect(driver).toMatchObject({ name: 'caibo-scan', semanticVersion: VERSION, informationUri: expect.stringMatching(/^https:\/\//) });
    const expected = builtinRuleIds();
    expect(driver.rules.map((r) => r.id)).toEqual(expected.map((r) => r.id).sort());
    const severityScore = { critical: [9, 10], high: [7, 8.9], medium: [4, 6.9], low: [0.1, 3.9] } as const;
    for (const rule of driver.rules) {
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text).toMatch(/\n\nWhat to do:\n1\. \S/);
      expect(rule.help.markdown).toMatch(/^## .+\n\n.+\n\n### What to do\n\n1\. \S/);
      if (rule.id !== 'caibo-live-key-in-local-env' && rule.id !== 'caibo-test-key-in-local-env') {
        expect(rule.help.text).toMatch(/Caibo Control Panel → Profile Settings → the key icon/);
        expect(rule.help.text).toMatch(/purge it from git history/);
      }
      expect(rule.properties.tags).toEqual(['security', 'secret', 'external/cwe/cwe-798']);
      expect(['very-high', 'high', 'medium', 'low']).toContain(rule.properties.precision);
      const severity = expected.find((r) => r.id === rule.id)!.severity as keyof typeof severityScore;
      expect(typeof rule.properties['security-severity']).toBe('string');
      const score = Number(rule.properties['security-severity']);
      expect(score).toBeGreaterThanOrEqual(severityScore[severity][0]);
      expect(score).toBeLessThanOrEqual(severityScore[severity][1]);
    }
  });

  it('gives each result its rule index, level, a percent-encoded %SRCROOT% uri and an exclusive endColumn', async () => {
    const { root, keys } = leakyTree();
    const { log } = await sarifOf(root);
    const { results, tool } = log.runs[0]!;
    expect(results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.ruleId, r.level])).toEqual([
      ['.env', 'caibo-live-key-in-committed-env', 'error'],
      ['a%2Cb%3Ac%25.ts', 'caibo-test-key', 'note'],
      ['dist/assets/index-3f9a1c2b.js', 'caibo-live-key-in-client-bundle', 'error'],
      ['server.js', 'caibo-live-key', 'error'],
      ['src/%C3%BCn%C3%AF%20code.ts', 'caibo-live-key', 'error'],
      ['test/setup.js', 'caibo-test-key', 'note'],
    ]);
    for (const result of results) {
      expect(tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      // The uri decodes to the real file, and the region covers exactly the key (UTF-16 columns, end exclusive).
      const lines = readFileSync(join(root, decodeURIComponent(artifactLocation.uri)), 'utf8').split(/\r?\n/);
      const key = lines[region.startLine - 1]!.slice(region.startColumn - 1, region.endColumn - 1);
      expect(Object.values(keys)).toContain(key);
      expect(region.endLine).toBe(region.startLine);
    }
  });

  it('never holds a full key unless --show-secrets, and then only in the message', async () => {
    const { root, keys } = leakyTree();
    const redacted = await sarifOf(root);
    for (const key of Object.values(keys)) expect(redacted.stdout).not.toContain(key);
    expect(redacted.log.runs[0]!.results[3]!.message.text).toMatch(/^Caibo live API key in source code: caibo_live_sk_\w{4}\*{8}$/);
    const revealed = await sarifOf(root, '--show-secrets');
    expect(revealed.log.runs[0]!.results[3]!.message.text).toContain(keys.live);
  });

  it('is byte-identical across runs (sorted, no timestamps, no absolute paths)', () => {
    const { root } = leakyTree();
    const first = runBin(['.', '--format', 'sarif'], { cwd: root });
    const second = runBin(['.', '--format', 'sarif'], { cwd: root });
    expect(first.exitCode).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).not.toContain(root);
    expect(first.stdout).not.toMatch(/"(startTimeUtc|endTimeUtc|timestamp)"/);
  });

  it('fingerprints: the secret one survives a line move, primaryLocationLineHash follows codeql-action', async () => {
    const key = liveKey();
    const before = `const key = '${key}';\n`;
    const after = `// moved down\n\n${before}`;
    const first = (await sarifOf(makeTree({ 'server.js': before }))).log.runs[0]!.results[0]!;
    const moved = (await sarifOf(makeTree({ 'server.js': after }))).log.runs[0]!.results[0]!;
    expect(first.partialFingerprints['caiboScanSecret/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(moved.partialFingerprints['caiboScanSecret/v1']).toBe(first.partialFingerprints['caiboScanSecret/v1']);
    expect(first.partialFingerprints.primaryLocationLineHash).toBe(lineHashes(before, new Set([1])).get(1));
    expect(moved.partialFingerprints.primaryLocationLineHash).toBe(lineHashes(after, new Set([3])).get(3));
  });

  it.each([
    ['caibo-scan', 'caibo-scan/'],
    ['caibo-scan/history/', 'caibo-scan/history/'],
  ])('--sarif-category %s writes automationDetails.id %s', async (category, id) => {
    const { log } = await sarifOf(makeTree({ 'a.js': 'ok\n' }), '--sarif-category', category);
    expect(log.runs[0]!.automationDetails).toEqual({ id });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('is valid with no findings', async () => {
    const { log, exitCode } = await sarifOf(makeTree({ 'a.js': 'ok\n' }));
    expect(exitCode).toBe(0);
    expect(log.runs[0]!.results).toEqual([]);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('keeps the 25,000 most severe results and warns when there are more', async () => {
    const tests = Array.from({ length: 25_000 }, () => `k = "${testKey()}"`);
    const live = liveKey();
    const root = makeTree({ 'keys.txt': `${tests.join('\n')}\nk = "${live}"\n` });
    const { log, stderr, stdout } = await sarifOf(root);
    const { results } = log.runs[0]!;
    expect(results).toHaveLength(25_000);
    expect(results.filter((r) => r.level === 'error').map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual([25_001]);
    expect(results.at(-1)!.ruleId).toBe('caibo-live-key'); // still sorted by position
    expect(stderr).toMatch(/warning: 25001 findings; SARIF keeps the 25000 most severe/);
    expect(stdout).not.toContain(live);
  });
});


describe('SARIF for history findings', () => {
  it('carries the commit in the result properties and message', async () => {
    const key = liveKey();
    const root = makeRepo({ 'README.md': '# app\n' });
    const sha = commitFiles(root, { 'config.js': `const key = '${key}';\n` }, 'add config');
    commitFiles(root, { 'config.js': 'const key = process.env.CAIBO_API_KEY;\n' }, 'remove the key');
    const result = await runCli(['history', '--format', 'sarif'], { cwd: root });
    const log = JSON.parse(result.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toMatchObject([
      { ruleId: 'caibo-live-key', message: { text: expect.stringContaining(`(commit ${sha})`) }, properties: { commit: sha, inHead: false } },
    ]);
    expect(result.stdout).not.toContain(key);
  });
});
