import { describe, expect, it } from 'vitest';
import { regexHazard } from '../../src/ruleset/regex-safety.js';
import { parseJson, runBin, runCli } from '../helpers/cli.js';
import { makeTree } from '../helpers/fixture.js';
import { liveKey } from '../helpers/keygen.js';

const userRule = (body: string) =>
  JSON.stringify({ patterns: [{ id: 'acme-key', keyType: 'live', prefix: 'acme_key_', body, description: 'Acme key' }] });

describe('malformed config and rule files: exit 2, one line naming the file (and field)', () => {
  const cases: Array<[string, Record<string, string>, string[], RegExp]> = [
    ['config that is not JSON', { '.caibo-scan.json': '{"exclude": [' }, [], /\.caibo-scan\.json: cannot read config: /],
    ['config that is an array', { '.caibo-scan.json': '[]' }, [], /\.caibo-scan\.json: config must be a JSON object/],
    ['unknown config field', { '.caibo-scan.json': '{"exlude": []}' }, [], /\.caibo-scan\.json: field "exlude" is not a known field/],
    ['config field of the wrong type', { '.caibo-scan.json': '{"exclude": "dist"}' }, [], /field "exclude" must be an array/],
    ['rule file that is not JSON', { 'rules/x.json': '{ patterns: [] }' }, ['--rules', 'rules'], /rules\/x\.json: cannot read rule file: /],
    ['unknown rule field', { 'rules/x.json': JSON.stringify({ patterns: [{ id: 'acme-key', keyType: 'live', prefix: 'a_', body: 'x', description: 'd', flags: 'i' }] }) }, ['--rules', 'rules'], /rules\/x\.json: rule "acme-key": field "flags" is not a known field/],
    ['rule body that does not compile', { 'rules/x.json': userRule('[a-z') }, ['--rules', 'rules'], /rule "acme-key": field "body" is not a valid regular expression/],
    ['baseline that is not a baseline', { 'base.json': '{"version": 2}' }, ['--baseline', 'base.json'], /base\.json: not a caibo-scan baseline/],
  ];
  for (const [name, files, args, message] of cases) {
    it(name, async () => {
      const root = makeTree({ ...files, 'a.txt': 'hello\n' });
      const result = await runCli(['a.txt', ...args], { cwd: root });
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});

describe('user regexes that could hang a scan are rejected at load', () => {
  it('a rule body with catastrophic backtracking exits 2 at once instead of hanging', () => {
    const root = makeTree({ 'rules/acme.json': userRule('(a+)+$'), 'f.txt': `acme_key_${'a'.repeat(40)}!\n` });
    const result = runBin(['f.txt', '--rules', 'rules', '--no-config'], { cwd: root, timeout: 30_000 });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/rules\/acme\.json: rule "acme-key": field "body" could make a scan hang: a repeated group/);
  });

  it('a config allow pattern with catastrophic backtracking exits 2', async () => {
    const root = makeTree({ '.caibo-scan.json': JSON.stringify({ allow: ['^(\\w+\\s?)*$'] }), 'a.txt': 'x\n' });
    const result = await runCli(['a.txt'], { cwd: root });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/field "allow\[0\]" could make a scan hang/);
  });

  it('a safe user rule still finds its keys', async () => {
    const root = makeTree({ 'rules/acme.json': userRule('[a-z0-9]{20,}'), 'f.txt': `k=acme_key_${'q1w2e3r4t5y6u7i8o9p0'}\n` });
    const result = await runCli(['f.txt', '--rules', 'rules', '--no-config', '--format', 'json'], { cwd: root });
    expect(parseJson(result).findings).toHaveLength(1);
  });

  const shapes: Array<[string, boolean]> = [
    ['[A-Za-z0-9]{16,}', true],
    ['[A-Za-z0-9]{24}(?:_[a-z]{4})?', true],
    ['(?:[a-f0-9]{4}-){3}[a-f0-9]{12}', true],
    ['(a+)+$', false],
    ['(a|aa)*b', false],
    ['(?:x?)+y', false],
    ['(?:(a|b)c)+', false],
    ['(\\w)\\1', false],
    ['(?<c>a)\\k<c>', false],
    ['[a-z]*[0-9]*[a-z]*!', false],
  ];
  for (const [source, safe] of shapes) {
    it(`${source} is ${safe ? 'accepted' : 'rejected'}`, () => {
      expect(regexHazard(source) === undefined).toBe(safe);
    });
  }
});

describe('a huge allowlist', () => {
  it('10,000 allow patterns load and apply without trouble', async () => {
    const allow = Array.from({ length: 10_000 }, (_, i) => `^fixtures/case-${i}/`);
    const root = makeTree({
      '.caibo-scan.json': JSON.stringify({ allow }),
      'fixtures/case-9999/k.js': `k="${liveKey()}"\n`,
      'src/k.js': `k="${liveKey()}"\n`,
    });
    const result = await runCli(['.', '--format', 'json', '--show-suppressed'], { cwd: root });
    const report = parseJson(result);
    expect(report.findings.map((f) => f.file)).toEqual(['src/k.js']);
    expect(report.suppressed).toMatchObject([{ file: 'fixtures/case-9999/k.js', suppressedBy: 'config' }]);
  });
});
