// The build plugins in real builds with pinned Vite, Rollup, webpack, rspack and esbuild (issue 12):
// a live key in client output fails the build with a located, redacted error and nothing written; a
// public env value fails before bundling, naming the variable; server output, placeholders, allow
// comments and a baseline pass. Next.js is in next.test.ts.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { liveKey, LIVE_PREFIX } from '../helpers/keygen.js';
import { anyFileHolds, bin, makeProject, missingBundlers, OPTIONS_FROM_ENV, runBuild, VERSIONS } from './harness.js';

const PLACEHOLDER = `${LIVE_PREFIX}yourLiveKeyGoesRightHere`;

/** One bundler as its users set it up: config files, the build command, and how it inlines a public value. */
interface Bundler {
  name: string;
  version: string;
  /** A project building `src/main.js` for the browser, or `src/server.js` for the server. */
  project(side: 'client' | 'server', inline?: string): Record<string, string>;
  command(side: 'client' | 'server'): string[];
  /** The variable a public value travels in (`inline` above), as the error must name it; none for plain Rollup. */
  inlinedName?: string;
}

/** A stand-in for webpack-cli / rspack-cli: the same compiler API and the same stats text. */
const compilerDriver = (module: string, factory: string) => `
import * as bundler from '${module}';
import config from './bundler.config.mjs';
${factory}(config, (error, stats) => {
  if (error) { console.error(error.message); process.exit(1); }
  console.log(stats.toString({ colors: false }));
  process.exit(stats.hasErrors() ? 1 : 0);
});
`;

const webpackLike = (name: 'webpack' | 'rspack', module: string, factory: string, pluginModule: string, defineClass: string): Bundler => ({
  name,
  version: VERSIONS[module]!,
  project: (side, inline) => ({
    'build.mjs': compilerDriver(module, factory),
    'bundler.config.mjs': `
import * as bundler from '${module}';
import caiboScan from '${pluginModule}';
export default {
  mode: 'production',
  context: import.meta.dirname,
  entry: './src/${side === 'client' ? 'main' : 'server'}.js',
  target: '${side === 'client' ? 'web' : 'node'}',
  output: { path: import.meta.dirname + '/dist' },
  plugins: [
    caiboScan(${OPTIONS_FROM_ENV}),
    ${inline ? `new ${defineClass}({ 'process.env.CAIBO_KEY': JSON.stringify('${inline}') }),` : ''}
  ],
};`,
  }),
  command: () => ['build.mjs'],
  inlinedName: 'define:process.env.CAIBO_KEY',
});

const BUNDLERS: Bundler[] = [
  {
    name: 'vite',
    version: VERSIONS.vite!,
    project: (_side, inline) => ({
      'index.html': '<!doctype html><script type="module" src="/src/main.js"></script>\n',
      'vite.config.js': `import caiboScan from 'caibo-scan/vite';\nexport default { plugins: [caiboScan(${OPTIONS_FROM_ENV})] };\n`,
      ...(inline ? { '.env': `VITE_CAIBO_KEY=${inline}\n` } : {}),
    }),
    command: (side) => [bin('vite/bin/vite.js'), 'build', ...(side === 'server' ? ['--ssr', 'src/server.js'] : [])],
    inlinedName: 'VITE_CAIBO_KEY',
  },
  {
    name: 'rollup',
    version: VERSIONS.rollup!,
    // Plain Rollup does not say where its output runs: `.cjs` output is server code to the classifier, as on disk.
    project: (side) => ({
      'rollup.config.mjs': `import caiboScan from 'caibo-scan/rollup';
export default {
  input: 'src/${side === 'client' ? 'main' : 'server'}.js',
  output: ${side === 'client' ? "{ dir: 'dist', format: 'es' }" : "{ file: 'dist/server.cjs', format: 'cjs' }"},
  plugins: [caiboScan(${OPTIONS_FROM_ENV})],
};\n`,
    }),
    command: () => [bin('rollup/dist/bin/rollup'), '-c'],
  },
  webpackLike('webpack', 'webpack', 'bundler.default', 'caibo-scan/webpack', 'bundler.default.DefinePlugin'),
  webpackLike('rspack', '@rspack/core', 'bundler.rspack', 'caibo-scan/rspack', 'bundler.rspack.DefinePlugin'),
  {
    name: 'esbuild',
    version: VERSIONS.esbuild!,
    project: (side, inline) => ({
      'build.mjs': `import * as esbuild from 'esbuild';
import caiboScan from 'caibo-scan/esbuild';
await esbuild.build({
  entryPoints: ['src/${side === 'client' ? 'main' : 'server'}.js'],
  bundle: true,
  minify: true,
  outdir: 'dist',
  platform: '${side === 'client' ? 'browser' : 'node'}',
  ${inline ? `define: { 'process.env.CAIBO_KEY': JSON.stringify('${inline}') },` : ''}
  plugins: [caiboScan(${OPTIONS_FROM_ENV})],
  logLevel: 'info',
}).catch(() => process.exit(1));\n`,
    }),
    command: () => ['build.mjs'],
    inlinedName: 'define:process.env.CAIBO_KEY',
  },
];

/** Client code holding `apiKey`; `extra` adds more exported values. */
const clientSource = (apiKey: string, extra = '') => ({
  'src/config.js': `${extra}export const apiKey = "${apiKey}";\n`,
  'src/main.js': `import * as config from './config.js';\ndocument.body.dataset.config = JSON.stringify(config);\n`,
});
const serverSource = (apiKey: string) => ({
  'src/server.js': `globalThis.charge = () => fetch('https://api.caibo.example/charges', { headers: { authorization: "${apiKey}" } });\n`,
});

const skip = missingBundlers();

describe.skipIf(skip !== '')(`build plugins in real builds${skip}`, () => {
  it(`vite ${VERSIONS.vite} dev server: a live key in a module sent to the browser is a warning, not a failure`, () => {
    const key = liveKey();
    const vite = BUNDLERS[0]!;
    const dir = makeProject({
      ...vite.project('client'),
      ...clientSource(key),
      'dev.mjs': `import { createServer } from 'vite';
const server = await createServer({ configFile: 'vite.config.js', server: { middlewareMode: true } });
const served = await server.transformRequest('/src/config.js');
console.log('served', served.code.length, 'chars');
await server.close();\n`,
    });
    const dev = runBuild(dir, ['dev.mjs']);
    expect(dev.status, dev.output).toBe(0);
    expect(dev.output).toMatch(/served \d+ chars/);
    expect(dev.output).toContain('caibo-live-key-in-client-bundle');
    expect(dev.output).toContain('dev server: a warning only');
    expect(dev.output).not.toContain(key);
  });

  describe.each(BUNDLERS)('$name $version', (bundler) => {
    const expectNoRawKey = (output: string, ...keys: string[]) => {
      for (const key of keys) expect(output).not.toContain(key);
    };

    it('fails on a live key in client code: located, redacted, nothing written', () => {
      const key = liveKey();
      const dir = makeProject({ ...bundler.project('client'), ...clientSource(key) });
      const build = runBuild(dir, bundler.command('client'));
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain('caibo-live-key-in-client-bundle');
      expect(build.output).toContain(`${key.slice(0, LIVE_PREFIX.length + 4)}********`);
      expect(build.output).toMatch(/dist\/[\w./-]+\.js:\d+:\d+/);
      expectNoRawKey(build.output, key);
      expect(anyFileHolds(join(dir, 'dist'), key)).toBe(false);
    });

    it.skipIf(!bundler.inlinedName)('fails before bundling on a live key in a value it inlines, naming the variable', () => {
      const key = liveKey();
      const dir = makeProject({ ...bundler.project('client', key), ...clientSource(PLACEHOLDER) });
      const build = runBuild(dir, bundler.command('client'));
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain(`env:${bundler.inlinedName}`);
      expectNoRawKey(build.output, key);
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    });

    it('passes with a live key used only in server code, reported per failOn', () => {
      const key = liveKey();
      const dir = makeProject({ ...bundler.project('server'), ...serverSource(key) });
      const passing = runBuild(dir, bundler.command('server'), { failOn: 'critical' });
      expect(passing.status, passing.output).toBe(0);
      expect(passing.output).toMatch(/caibo-live-key\b(?!-in)/);
      expectNoRawKey(passing.output, key);
      const strict = runBuild(dir, bundler.command('server'), { failOn: 'high' });
      expect(strict.status, strict.output).not.toBe(0);
      expectNoRawKey(strict.output, key);
    });

    it('passes with a placeholder, an allow comment in the source and a baseline', () => {
      const [baselined, allowed] = [liveKey(), liveKey()];
      const extra = `export const docs = "${PLACEHOLDER}";\n// caibo-scan:allow rotated, kept for the tutorial\nexport const tutorial = "${allowed}";\n`;
      const dir = makeProject({ ...bundler.project('client'), ...clientSource(baselined, extra) });
      // The baseline a team makes of its built output with the CLI, as a build that only warns writes it.
      const warned = runBuild(dir, bundler.command('client'), { failOn: 'none' });
      expect(warned.status, warned.output).toBe(0);
      const baseline = runBin(['baseline', '.'], { cwd: dir });
      expect(baseline.stdout, baseline.stderr).toContain('"file": "dist/');
      writeFileSync(join(dir, 'caibo-baseline.json'), baseline.stdout);
      const build = runBuild(dir, bundler.command('client'), { baseline: 'caibo-baseline.json' });
      expect(build.status, build.output).toBe(0);
      expect(build.output).not.toContain('caibo-live-key');
      expectNoRawKey(`${warned.output}${build.output}`, baselined, allowed);
    });
  });
});
