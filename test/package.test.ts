import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

/**
 * The package as a consumer gets it (issue 13): `npm pack`, installed into a fresh project from the
 * tarball, then the CLI run from node_modules/.bin, the library imported (ESM and require) and
 * type-checked from TypeScript under `strict`.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function ok(result: SpawnSyncReturns<string>, what: string): string {
  expect(result.status, `${what}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

describe('npm pack, installed into a fresh project', () => {
  const packDir = makeTree();
  const project = makeTree({ 'package.json': JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }) });
  let packed: { filename: string; files: Array<{ path: string }> };
  let installLog = '';

  it('packs only what a consumer needs, with LICENSE and the metadata', () => {
    // --ignore-scripts: prepack would rebuild dist/ under the other test files (npm test has just built it).
    const out = ok(spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8', env: npmEnv }), 'npm pack');
    packed = (JSON.parse(out.slice(out.indexOf('['))) as Array<typeof packed>)[0]!;
    const paths = packed.files.map((f) => f.path).sort();
    expect(paths.filter((p) => !p.startsWith('dist/'))).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
      'rules/caibo-keys.json',
      'rules/placeholders.json',
      'rules/severity.json',
      'rules/verify.json', // --verify's request (issue 14), read at run time
      'schema/config.schema.json',
      'schema/rules.schema.json',
      'schema/verify.schema.json',
    ]);
    for (const needed of ['dist/bin.js', 'dist/index.js', 'dist/index.d.ts', 'dist/types.d.ts']) expect(paths).toContain(needed);
    expect(paths.some((p) => p.startsWith('dist/chunks/'))).toBe(true);
    expect(paths.filter((p) => /\.(test|spec)\.|tsbuildinfo|\.map$/.test(p))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { scripts: Record<string, string> };
    expect(manifest).toMatchObject({ license: 'MIT', repository: { url: expect.stringContaining('github.com/caibo-scan/caibo-scan') }, bugs: { url: expect.any(String) }, homepage: expect.any(String) });
    // A consumer installing a tarball or a git checkout is asked to approve a `prepare` script (npm 11).
    expect(Object.keys(manifest.scripts)).not.toContain('prepare');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  }, 120_000);

  it('installs without a warning', () => {
    const result = spawnSync('npm', ['install', join(packDir, packed.filename)], { cwd: project, encoding: 'utf8', env: npmEnv });
    installLog = `${result.stdout}${result.stderr}`;
    ok(result, 'npm install');
    expect(installLog.split('\n').filter((line) => /\bwarn\b/i.test(line))).toEqual([]);
  }, 180_000);

  it('runs the CLI from node_modules/.bin', () => {
    const bin = join(project, 'node_modules', '.bin', 'caibo-scan');
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(ok(spawnSync(bin, ['--version'], { encoding: 'utf8' }), 'caibo-scan --version').trim()).toBe(version);
    const leaky = makeTree({ 'a.js': `k="${liveKey()}"\n` });
    const scan = spawnSync(bin, [leaky, '--format', 'json'], { encoding: 'utf8' });
    expect(scan.status).toBe(1);
    expect(JSON.parse(scan.stdout).summary.findings).toBe(1);
  });

  it('imports as ESM and with require()', () => {
    const script = (code: string, type: 'module' | 'commonjs') => spawnSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: project, encoding: 'utf8' });
    expect(ok(script("import { scan, VERSION } from 'caibo-scan'; console.log(typeof scan, VERSION)", 'module'), 'import')).toMatch(/^function \d/);
    expect(ok(script("const { scan } = require('caibo-scan'); console.log(typeof scan)", 'commonjs'), 'require')).toBe('function\n');
  });

  it('type-checks from TypeScript under strict (tsc --noEmit)', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, exactOptionalPropertyTypes: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, typeRoots: [join(ROOT, 'node_modules', '@types')], types: ['node'] },
        files: ['index.ts', 'readme.ts'],
      }),
    );
    writeFileSync(
      join(project, 'index.ts'),
      [
        "import { scan, isFailing, formatters, type Report, type Finding, type ScanOptions } from 'caibo-scan';",
        "const options: ScanOptions = { paths: ['.'], failOn: 'high' };",
        'const report: Report = await scan(options);',
        'const first: Finding | undefined = report.findings.find((f) => !f.suppressed);',
        'const where: string | undefined = first?.location.path;',
        'const json: string = formatters.json(report);',
        "const text: string = formatters.text(report, { color: false });",
        'const failing: boolean = isFailing(report);',
        'console.log(where, json.length, text.length, failing, report.stats.filesScanned);',
        '',
      ].join('\n'),
    );
    // The README's Library example, as written.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    writeFileSync(join(project, 'readme.ts'), /## Library\n\n```ts\n([\s\S]*?)```/.exec(readme)![1]!);
    ok(spawnSync(process.execPath, [TSC, '-p', project], { cwd: project, encoding: 'utf8' }), 'tsc --noEmit');
  }, 60_000);
});

describe('README hook snippets', () => {
  it('run the installed bin, never npx (a launcher that costs ten times the scan on every commit)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const hooks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((block) => block.includes('caibo-scan staged'));
    expect(hooks.length).toBeGreaterThanOrEqual(2);
    for (const hook of hooks) {
      expect(hook).not.toMatch(/\bnpx\b/);
      expect(hook).toMatch(/node_modules\/\.bin\/caibo-scan staged|npm exec --no -- caibo-scan staged/);
    }
  });
});

describe('README on the registry page', () => {
  it('links into the repository with absolute URLs (relative ones are dead on npmjs.com)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const relative = [...readme.matchAll(/\]\(([^)#]+)\)/g)].map((m) => m[1]!).filter((target) => !/^(https?:|mailto:)/.test(target));
    expect(relative).toEqual([]);
  });

  it('pins no release tag that does not exist yet', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const tags = spawnSync('git', ['tag', '--list'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    const pins = [...readme.matchAll(/(?:rev: |caibo-scan\/caibo-scan@)(v\d[\w.]*)/g)].map((m) => m[1]!);
    expect(pins.filter((pin) => !tags.includes(pin))).toEqual([]);
  });
});
