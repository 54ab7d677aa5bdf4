import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleset, scan } from '../src/index.js';
import { parseJson, runCli } from './helpers/cli.js';
import { makeTree } from './helpers/fixture.js';
import { expandExample } from './helpers/keygen.js';

const ruleset = loadRuleset();

async function scanText(text: string, filename = 'example.txt') {
  return scan({ stdin: Buffer.from(text), stdinFilename: filename, config: false });
}

describe('rule examples in rules/', () => {
  for (const pattern of ruleset.patterns) {
    for (const template of pattern.examples?.match ?? []) {
      it(`${pattern.id} matches ${JSON.stringify(template)}`, async () => {
        const { text, keys } = expandExample(template);
        const report = await scanText(text);
        const active = report.findings.filter((f) => !f.suppressed);
        expect(active.map((f) => f.secret.reveal())).toEqual(keys);
        expect(active.every((f) => f.keyType === pattern.keyType)).toBe(true);
      });
    }
    for (const template of pattern.examples?.noMatch ?? []) {
      it(`${pattern.id} does not match ${JSON.stringify(template)}`, async () => {
        const report = await scanText(expandExample(template).text);
        expect(report.findings).toEqual([]);
      });
    }
  }
});

describe('placeholder examples in rules/', () => {
  for (const template of ruleset.placeholders.examples?.placeholder ?? []) {
    it(`treats ${JSON.stringify(template)} as a placeholder, not a finding`, async () => {
      const report = await scanText(`CAIBO_API_KEY=${expandExample(template).text}\n`);
      expect(report.findings).toHaveLength(1);
      expect(report.findings[0]!.suppressed?.by).toBe('placeholder');
    });
  }

  it('the vendor docs example does not fail a build, and its own exact-match rule decides it', async () => {
    const root = makeTree({ 'README.md': 'curl -H "X-API-Key: caibo_live_sk_1234567890abcdef" https://apay.caibo.digital\n' });
    const result = await runCli(['.', '--format', 'json', '--show-suppressed'], { cwd: root });
    expect(result.exitCode).toBe(0);
    expect(parseJson(result).summary).toMatchObject({ findings: 0, suppressed: 1, suppressedBy: { placeholder: 1 } });
    // Its body is also a sequential run: the exact match must be checked first, or it is a dead rule.
    expect(parseJson(result).suppressed).toMatchObject([{ suppressedBy: 'placeholder', suppressedDetail: 'known-example' }]);
  });

  it('every placeholder rule decides at least one example: none is dead or shadowed by another', async () => {
    const spec = ruleset.placeholders;
    // Each field of the spec and the suppression detail it gives; a new field must be added here.
    const deciding: Record<string, string[]> = {
      exactBodies: ['known-example'],
      minRepeatedRun: ['repeated-characters'],
      minSequentialRun: ['sequential-characters'],
      minDistinctChars: ['low-variety'],
      words: spec.words.map((word) => `word:${word}`),
      templateBefore: ['template'],
      templateAfter: ['template'],
    };
    expect(Object.keys(spec).filter((field) => field !== 'examples').sort()).toEqual(Object.keys(deciding).sort());
    const decided = new Set<string | undefined>();
    for (const template of spec.examples?.placeholder ?? []) {
      const report = await scanText(`CAIBO_API_KEY=${expandExample(template).text}\n`);
      decided.add(report.findings[0]?.suppressed?.detail);
    }
    const dead = Object.values(deciding).flat().filter((detail) => !decided.has(detail));
    expect(dead).toEqual([]);
  });
});

describe('user rule files (--rules)', () => {
  const userPattern = {
    patterns: [
      {
        id: 'legacy-live-key',
        keyType: 'live',
        prefix: 'cbo_legacy_',
        body: '[a-f0-9]{24}',
        description: 'Pre-2024 Caibo live key format.',
      },
    ],
  };

  it('adds patterns from a directory', async () => {
    const root = makeTree({
      'rules/legacy.json': JSON.stringify(userPattern),
      'app.js': `const k = "cbo_legacy_${'0a1b2c3d4e5f'.repeat(2)}";\n`,
    });
    const result = await runCli(['app.js', '--rules', 'rules', '--format', 'json'], { cwd: root });
    expect(parseJson(result).findings).toMatchObject([{ ruleId: 'caibo-live-key', keyType: 'live', file: 'app.js' }]);
    expect(result.exitCode).toBe(1);
  });

  it.each([
    [{ patterns: [{ ...userPattern.patterns[0], keyType: 'prod' }] }, 'rule "legacy-live-key": field "keyType"'],
    [{ patterns: [{ ...userPattern.patterns[0], colour: 'red' }] }, 'rule "legacy-live-key": field "colour" is not a known field'],
    [{ patterns: [{ ...userPattern.patterns[0], id: 'caibo-live-secret-key' }] }, 'rule "caibo-live-secret-key": field "id" is already defined'],
    [{ rules: [{ id: 'x', keyType: 'live' }] }, 'rule "x": field "context"'],
  ])('rejects a bad rule file naming file, rule and field (%#)', async (content, message) => {
    const root = makeTree();
    mkdirSync(join(root, 'rules'));
    writeFileSync(join(root, 'rules', 'bad.json'), JSON.stringify(content));
    const result = await runCli(['.', '--rules', 'rules'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('bad.json');
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1); // one line, no stack
  });

  it('rejects malformed JSON with the file name', async () => {
    const root = makeTree({ 'rules/broken.json': '{ "patterns": [' });
    const result = await runCli(['.', '--rules', 'rules'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/broken\.json: cannot read rule file/);
  });
});
