import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatters, scan, VERSION, type FormatOptions, type Report } from '../src/index.js';
import { runAction } from './helpers/action.js';
import { commitFiles, git, makeRepo, writeTree } from './helpers/fixture.js';
import { liveKey, randomBody, testKey } from './helpers/keygen.js';

/**
 * Redaction where the text is made (README "Security"): every formatter in the registry, called
 * directly as a library user would (no CLI output guard behind it), on reports that hold keys in
 * every kind of string: the keys found, a file and a directory named after a key, a source map's
 * original source, a commit subject and author, a warning, a skip detail and a user-defined key
 * pattern. A formatter added to the registry is checked here without touching this file.
 */
const CUSTOM_PREFIX = ['acme', 'live', ''].join('_');
const customRule = {
  patterns: [{ id: 'acme-live', keyType: 'live', prefix: CUSTOM_PREFIX, body: '[A-Za-z0-9]{20,}', description: 'A custom key shape.' }],
};

interface Fixture {
  name: string;
  report: Report;
  keys: string[];
}

async function filesReport(): Promise<Fixture> {
  const [inCode, fileName, dirName, mapSource, inMap, custom, customName, inWarning] = [
    liveKey(), liveKey(), testKey(), liveKey(), liveKey(), CUSTOM_PREFIX + randomBody(24), CUSTOM_PREFIX + randomBody(24), liveKey(),
  ];
  const root = makeRepo();
  writeTree(root, {
    'rules/acme.json': JSON.stringify(customRule),
    'src/pay.js': `const key = "${inCode}";\nconst acme = "${custom}";\n`,
    [`${fileName}.txt`]: `k=${inCode}\n`,
    [`${dirName}/config.js`]: `k="${inCode}" // caibo-scan:allow reviewed\n`,
    [`${customName}.env`]: `K=${inCode}\n`,
    'dist/app.js.map': JSON.stringify({ version: 3, sources: [`src/${mapSource}.ts`], sourcesContent: [`const k = "${inMap}";`], mappings: '' }),
  });
  const report = await scan({ cwd: root, paths: ['.'], rules: ['rules'], config: false, lineHashes: true });
  report.warnings.push(`history is partial: ${inWarning}`);
  report.skipped.push({ path: `${inWarning}.bin`, reason: 'unreadable', detail: `EACCES ${inWarning}` });
  expect(report.findings.map((f) => f.location.path)).toEqual(
    expect.arrayContaining([`${fileName}.txt`, `${dirName}/config.js`, `${customName}.env`, 'dist/app.js.map', 'src/pay.js']),
  );
  expect(report.findings.find((f) => f.originalSource)?.originalSource).toContain(mapSource);
  return { name: 'files', report, keys: [inCode, fileName, dirName, mapSource, inMap, custom, customName, inWarning] };
}

async function historyReport(): Promise<Fixture> {
  const [inCode, inSubject, inAuthor, fileName] = [liveKey(), liveKey(), liveKey(), liveKey()];
  const root = makeRepo({ 'README.md': '# shop\n' });
  writeTree(root, { 'pay.js': `const key = "${inCode}";\n`, [`${fileName}.js`]: `k="${inCode}"\n` });
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', `add ${inSubject}`, `--author=${inAuthor} <ada@example.com>`);
  commitFiles(root, { 'pay.js': 'const key = process.env.KEY;\n' }, 'remove the key');
  const report = await scan({ cwd: root, paths: ['.'], mode: 'history', config: false, lineHashes: true });
  expect(report.findings.find((f) => f.location.path === 'pay.js')!.commit).toMatchObject({ subject: `add ${inSubject}`, author: inAuthor });
  return { name: 'history', report, keys: [inCode, inSubject, inAuthor, fileName] };
}

/** The key, its body alone and a long run of it: a redacted key shows at most four body characters. */
const secretForms = (key: string) => {
  const body = key.slice(key.lastIndexOf('_') + 1);
  return [key, body, body.slice(4, 16)];
};

const history = await historyReport();
const { patterns, ...builtByHand } = history.report; // a library user's own report: the built-in patterns apply
expect(patterns).toBeDefined();
const fixtures = [await filesReport(), history, { ...history, name: 'history, built by hand without patterns', report: builtByHand }];
const options = (reveal: boolean): FormatOptions => ({ color: false, reveal, showSuppressed: true, version: VERSION, sarifCategory: 'caibo' });

describe.each(fixtures)('every formatter redacts on its own ($name report)', ({ report, keys }) => {
  it.each(Object.keys(formatters))('%s: no key, no key body in its output', (name) => {
    const output = formatters[name as keyof typeof formatters](report, options(false));
    expect(output.length).toBeGreaterThan(0);
    for (const key of keys) for (const form of secretForms(key)) expect(output).not.toContain(form);
  });

  it.each(Object.keys(formatters))('%s: the check can fail: --show-secrets (reveal) prints the keys in names as they are', (name) => {
    const output = formatters[name as keyof typeof formatters](report, options(true));
    expect(keys.some((key) => output.includes(key))).toBe(true);
  });
});

describe('the committed Action bundle writes no key (SARIF file, annotations, summary, outputs)', () => {
  it('files: keys in contents, in a file name and in a directory name', () => {
    const [inCode, fileName, dirName] = [liveKey(), liveKey(), testKey()];
    const workspace = makeRepo({
      'src/pay.js': `const key = "${inCode}";\n`,
      [`${fileName}.js`]: `k="${inCode}"\n`,
      [`${dirName}/config.js`]: `k="${inCode}"\n`,
    });
    const run = runAction({ workspace, event: 'workflow_dispatch', inputs: { mode: 'files', 'sarif-file': 'caibo-scan.sarif' } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error file=/m);
    expect(run.summary).toContain('### Findings');
    const sarif = readFileSync(join(workspace, 'caibo-scan.sarif'), 'utf8');
    expect(JSON.parse(sarif).runs[0].results).toHaveLength(3);
    const everything = run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs) + sarif;
    for (const key of [inCode, fileName, dirName]) for (const form of secretForms(key)) expect(everything).not.toContain(form);
  });

  it('history: with a key in a commit subject', () => {
    const [inCode, inSubject] = [liveKey(), liveKey()];
    const workspace = makeRepo({ 'README.md': '# shop\n' });
    commitFiles(workspace, { 'pay.js': `const key = "${inCode}";\n` }, `add ${inSubject}`);
    const run = runAction({ workspace, event: 'schedule', inputs: { 'sarif-file': 'caibo-scan.sarif' } });
    expect(run.exitCode).toBe(1);
    const sarif = readFileSync(join(workspace, 'caibo-scan.sarif'), 'utf8');
    expect(JSON.parse(sarif).runs[0].results[0].properties.commitSubject).toMatch(/^add caibo_live_sk_\w{4}\*{8}$/);
    const everything = run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs) + sarif;
    for (const key of [inCode, inSubject]) for (const form of secretForms(key)) expect(everything).not.toContain(form);
  });
});
