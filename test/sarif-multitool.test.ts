import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runBin } from './helpers/cli.js';
import { commitFiles, makeRepo, makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';
import { leakyTree } from './helpers/leaky-tree.js';
import { requirement } from './helpers/requirement.js';

/**
 * Microsoft's SARIF validator with GitHub's ingestion rules (`--rule-kind "Sarif;Gh"`). It is a 104 MB
 * .NET binary, so it is no dev dependency (pre-commit's install would fetch it for every user):
 * .ci/run installs it and sets SARIF_MULTITOOL to the binary. Without it this file skips (fails under CI).
 */
const MULTITOOL = process.env.SARIF_MULTITOOL;
const noMultitool = requirement(
  Boolean(MULTITOOL && existsSync(MULTITOOL)),
  "Microsoft's SARIF validator (SARIF_MULTITOOL)",
  'npm install @microsoft/sarif-multitool@5.7.0 into a cache folder and set SARIF_MULTITOOL; .ci/run does',
);

interface ValidationLog {
  runs: Array<{
    tool: { driver: { rules?: Array<{ id: string; messageStrings?: Record<string, { text: string }> }> } };
    results?: Array<{ ruleId: string; level?: string; message: { id?: string; text?: string; arguments?: string[] } }>;
    invocations?: Array<{ executionSuccessful: boolean }>;
  }>;
}

/** Runs the validator (its exit code is 0 even on errors) and returns its error and warning results as text. */
function validate(sarifFile: string): { errors: string[]; warnings: string[] } {
  const output = `${sarifFile}.validation.sarif`;
  // The binary directly: the npm bin wrapper re-parses arguments with a shell and splits at the `;`.
  const run = spawnSync(MULTITOOL!, ['validate', sarifFile, '--rule-kind', 'Sarif;Gh', '--output', output, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
  });
  expect(run.error, 'the SARIF multitool could not start').toBeUndefined();
  const log = JSON.parse(readFileSync(output, 'utf8')) as ValidationLog;
  const [validation] = log.runs;
  expect(validation!.invocations?.[0]?.executionSuccessful, run.stdout).toBe(true);
  const rules = validation!.tool.driver.rules ?? [];
  const render = (result: NonNullable<ValidationLog['runs'][0]['results']>[0]) => {
    const template = rules.find((r) => r.id === result.ruleId)?.messageStrings?.[result.message.id ?? '']?.text;
    const text = template?.replace(/\{(\d+)\}/g, (_, i: string) => result.message.arguments?.[Number(i)] ?? '') ?? result.message.text;
    return `${result.ruleId}: ${text ?? JSON.stringify(result.message)}`;
  };
  const results = validation!.results ?? [];
  return {
    errors: results.filter((r) => (r.level ?? 'warning') === 'error').map(render),
    warnings: results.filter((r) => r.level === 'warning').map(render),
  };
}

function sarifFileFor(root: string, command: string[] = ['.']): string {
  const file = join(makeTree(), 'caibo.sarif');
  const result = runBin([...command, '--format', 'sarif', '--sarif-category', 'caibo-scan', '--output', file], { cwd: root });
  // With --output, a failing run says only that, on one line (issue 13): no warning, no error.
  expect(result.stderr).toMatch(/^(caibo-scan: \d+ findings? \([^)]*\), fail-on \w+; report written to [^\n]+\n)?$/);
  return file;
}

describe.skipIf(noMultitool !== '')(`SARIF multitool validation, GitHub rules${noMultitool}`, () => {
  it('finds no error in a SARIF log with findings in every context', () => {
    const file = sarifFileFor(leakyTree().root);
    expect(JSON.parse(readFileSync(file, 'utf8')).runs[0].results.length).toBeGreaterThan(5);
    const { errors, warnings } = validate(file);
    if (warnings.length) console.log(`SARIF multitool warnings:\n${warnings.join('\n')}`);
    expect(errors).toEqual([]);
  });

  it('finds no error in a history SARIF log (commit properties)', () => {
    const root = makeRepo({ 'README.md': '# shop\n' });
    commitFiles(root, { 'config.js': `const key = '${liveKey()}';\n` }, 'add config');
    commitFiles(root, { 'config.js': 'const key = process.env.CAIBO_API_KEY;\n' }, 'remove the key');
    const file = sarifFileFor(root, ['history']);
    expect(JSON.parse(readFileSync(file, 'utf8')).runs[0].results[0].properties.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(validate(file).errors).toEqual([]);
  });

  it('finds no error in a SARIF log with findings inside archives (nested artifacts)', () => {
    const root = makeTree({ 'dist/assets/app.js.gz': gzipSync(`const k="${liveKey()}";`) });
    const file = sarifFileFor(root);
    expect(JSON.parse(readFileSync(file, 'utf8')).runs[0].artifacts[1].parentIndex).toBe(0);
    expect(validate(file).errors).toEqual([]);
  });

  it('finds no error in a SARIF log without findings', () => {
    expect(validate(sarifFileFor(makeTree({ 'a.js': 'ok\n' }))).errors).toEqual([]);
  });

  it('does report errors (the check can fail)', () => {
    const file = join(makeTree(), 'bad.sarif');
    const log = JSON.parse(readFileSync(sarifFileFor(leakyTree().root), 'utf8'));
    delete log.runs[0].results[0].message.text;
    log.runs[0].results[0].message.id = 'default';
    writeFileSync(file, JSON.stringify(log));
    expect(validate(file).errors.join('\n')).toMatch(/GH1015|SARIF1012/);
  });
});
