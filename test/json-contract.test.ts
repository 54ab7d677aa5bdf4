import { describe, expect, it } from 'vitest';
import { parseJson, runCli } from './helpers/cli.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

// The JSON report is a public contract (README "json"): these are exactly its fields.
describe('JSON report contract', () => {
  it('has the documented shape, field for field', async () => {
    const key = liveKey();
    const root = makeTree({ 'src/pay.js': `\nconst k = "${key}";\n`, 'docs.md': 'caibo_live_sk_1234567890abcdef\n' });
    const result = await runCli(['.', '--format', 'json'], { cwd: root });
    const report = parseJson(result);
    expect(Object.keys(report)).toEqual(['version', 'tool', 'mode', 'findings', 'keys', 'skipped', 'warnings', 'summary']);
    expect(report).toMatchObject({ version: 1, tool: { name: 'caibo-scan' }, mode: 'files', skipped: [], warnings: [] });
    expect(report.findings).toHaveLength(1);
    const finding = report.findings[0]!;
    expect(Object.keys(finding)).toEqual([
      'ruleId', 'keyType', 'severity', 'context', 'file', 'line', 'column', 'endLine', 'endColumn',
      'commit', 'fingerprint', 'keyId', 'redacted', 'message',
    ]);
    expect(finding).toEqual({
      ruleId: 'caibo-live-key',
      keyType: 'live',
      severity: 'high',
      context: 'default',
      file: 'src/pay.js',
      line: 2,
      column: 12,
      endLine: 2,
      endColumn: 12 + key.length,
      commit: null,
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      keyId: expect.stringMatching(/^[0-9a-f]{16}$/),
      redacted: `${key.slice(0, 18)}********`,
      message: `Caibo live API key in source code: ${key.slice(0, 18)}********`,
    });
    // One distinct key (issue 14): additive fields, so the version stays 1.
    expect((report as unknown as { keys: unknown[] }).keys).toEqual([
      {
        id: finding.keyId,
        keyType: 'live',
        severity: 'high',
        ruleId: 'caibo-live-key',
        context: 'default',
        redacted: finding.redacted,
        locations: [{ file: 'src/pay.js', line: 2, column: 12, commit: null, ruleId: 'caibo-live-key', severity: 'high', context: 'default' }],
        firstSeen: null,
        lastSeen: null,
      },
    ]);
    expect(report.summary).toEqual({
      filesScanned: 2,
      bytesScanned: expect.any(Number),
      filesSkipped: 0,
      findings: 1,
      keys: { live: 1, test: 0 },
      bySeverity: { critical: 0, high: 1, medium: 0, low: 0 },
      suppressed: 1,
      suppressedBy: { placeholder: 1 },
      failOn: 'high',
      durationMs: expect.any(Number),
    });
  });

  it('keeps the fingerprint when the key moves lines, changes when the file does', async () => {
    const key = liveKey();
    const fingerprintOf = async (files: Record<string, string>) =>
      parseJson(await runCli(['.', '--format', 'json'], { cwd: makeTree(files) })).findings[0]!.fingerprint;
    const original = await fingerprintOf({ 'a.js': `k="${key}"` });
    expect(await fingerprintOf({ 'a.js': `\n\n\n   k="${key}"` })).toBe(original);
    expect(await fingerprintOf({ 'b.js': `k="${key}"` })).not.toBe(original);
  });
});
