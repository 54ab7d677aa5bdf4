import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBaseline } from '../src/baseline.js';
import { scan, scanEmitted, isFailing } from '../src/index.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';

/** A bundle-looking file at a path the CLI alone would call server output (`.cjs`). */
const chunk = (key: string) => `"use strict";var config={key:"${key}"};console.log(config);\n`;

describe('scanEmitted: the library check behind the build plugins', () => {
  it('takes the environment from the caller: client output is a client bundle, server output is not', async () => {
    const key = liveKey();
    const cwd = makeTree();
    const file = { path: 'dist/app.cjs', contents: chunk(key) };
    const client = await scanEmitted([file], { cwd, environment: 'client' });
    const server = await scanEmitted([file], { cwd, environment: 'server' });
    expect(client.findings.map((f) => f.ruleId)).toEqual(['caibo-live-key-in-client-bundle']);
    expect(client.mode).toBe('emitted');
    expect(isFailing(client)).toBe(true);
    expect(server.findings.map((f) => f.ruleId)).toEqual(['caibo-live-key']);
    expect(JSON.stringify(client)).not.toContain(key);
  });

  it('without an environment gives the same verdict as the CLI on the same file on disk', async () => {
    const key = liveKey();
    const cwd = makeTree({ 'dist/assets/index-Dx3_aB9k.js': chunk(key), 'dist/server/entry.js': chunk(key) });
    const onDisk = await scan({ cwd, paths: ['dist'] });
    const inMemory = await scanEmitted(
      ['dist/assets/index-Dx3_aB9k.js', 'dist/server/entry.js'].map((path) => ({ path: join(cwd, path), contents: chunk(key) })),
      { cwd },
    );
    const verdicts = (report: typeof onDisk) => report.findings.map((f) => [f.ruleId, f.fingerprint]);
    expect(onDisk.findings.map((f) => f.location.path)).toEqual(['assets/index-Dx3_aB9k.js', 'server/entry.js']);
    expect(inMemory.findings.map((f) => f.location.path)).toEqual(['dist/assets/index-Dx3_aB9k.js', 'dist/server/entry.js']);
    expect(inMemory.findings.map((f) => f.ruleId)).toEqual(onDisk.findings.map((f) => f.ruleId));
    expect(verdicts(inMemory)).toHaveLength(2);
  });

  it('honours placeholders, allow comments, .caibo-scan.json allow, a baseline and failOn', async () => {
    const [allowed, baselined, configured] = [liveKey(), liveKey(), liveKey()];
    const cwd = makeTree({ '.caibo-scan.json': JSON.stringify({ allow: ['^dist/vendor/'] }) });
    const files = [
      { path: 'dist/placeholder.js', contents: 'const k = "caibo_live_sk_yourLiveKeyGoesRightHere";\n' },
      { path: 'dist/allowed.js', contents: `const k = "${allowed}"; // caibo-scan:allow rotated\n` },
      { path: 'dist/vendor/lib.js', contents: `const k = "${configured}";\n` },
      { path: 'dist/baselined.js', contents: `const k = "${baselined}";\n` },
    ];
    const first = await scanEmitted(files, { cwd, environment: 'client' });
    expect(first.findings.map((f) => f.suppressed?.by)).toEqual(['allow-comment', undefined, 'placeholder', 'config']);
    writeFileSync(join(cwd, 'baseline.json'), formatBaseline(first));
    const second = await scanEmitted(files, { cwd, environment: 'client', baseline: 'baseline.json' });
    expect(second.findings.find((f) => f.location.path === 'dist/baselined.js')?.suppressed?.by).toBe('baseline');
    expect(isFailing(second)).toBe(false);
    expect(isFailing(await scanEmitted(files.slice(3), { cwd, environment: 'client', failOn: 'none' }))).toBe(false);
  });

  it('an allow comment in a source module allows the key in the minified output it lost the comment in', async () => {
    const key = liveKey();
    const cwd = makeTree({ 'src/app.js': `// caibo-scan:allow rotated in May\nexport const key = "${key}";\n` });
    const output = [{ path: 'dist/app.js', contents: `const a="${key}";` }];
    const withoutSources = await scanEmitted(output, { cwd, environment: 'client' });
    const withSources = await scanEmitted(output, { cwd, environment: 'client', sources: [join(cwd, 'src/app.js')] });
    expect(withoutSources.findings[0]?.suppressed).toBeUndefined();
    expect(withSources.findings[0]?.suppressed).toEqual({ by: 'allow-comment', detail: 'src/app.js:2: rotated in May' });
  });

  it('names the original module and position of a hit from the source map the bundler hands over', async () => {
    const key = liveKey();
    const cwd = makeTree({
      'src/config.js': `export const settings = {\n  region: "eu",\n  apiKey: "${key}",\n};\n`,
      'src/main.js': `import { settings } from './config.js';\nconsole.log(settings);\n`,
    });
    const result = await build({
      entryPoints: [join(cwd, 'src/main.js')],
      bundle: true,
      minify: true,
      sourcemap: 'external',
      write: false,
      outdir: join(cwd, 'dist'),
      absWorkingDir: cwd,
    });
    const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!;
    const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'))!;
    const report = await scanEmitted([{ path: js.path, contents: js.contents, map: map.text }], { cwd, environment: 'client' });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]?.location.path).toBe('dist/main.js');
    expect(report.findings[0]?.originalSource).toBe('src/config.js:3:11');
  });
});
