import { beforeAll, describe, expect, it } from 'vitest';
import { parseJson, runBin, runCli } from './helpers/cli.js';
import { commitFiles, makeRepo, makeTree, writeTree } from './helpers/fixture.js';
import { LIVE_PREFIX, TEST_PREFIX, liveKey, testKey } from './helpers/keygen.js';

type JsonFinding = ReturnType<typeof parseJson>['findings'][number];

/** rule, severity and context of every finding, keyed by file (one key per file in these fixtures). */
function contextsByFile(findings: JsonFinding[]) {
  return Object.fromEntries(findings.map((f) => [f.file, { ruleId: f.ruleId, severity: f.severity, context: f.context }]));
}

const critical = (ruleId: string, context: string) => ({ ruleId, severity: 'critical', context });

describe('fixture apps: every context gets its rule, severity and JSON context', () => {
  const keys: string[] = [];
  const live = () => keys[keys.push(liveKey()) - 1]!;
  let root: string;
  let findings: JsonFinding[];
  let suppressed: NonNullable<ReturnType<typeof parseJson>['suppressed']>;
  let output: string;

  beforeAll(async () => {
    root = makeRepo({
      '.gitignore': ['/.env', '/.env.local', 'local/.env.production', '.next/', 'dist/', 'build/', ''].join('\n'),
      // Committed: a production env file, a template holding a real key, and one holding placeholders.
      'committed/.env.production': `CAIBO_API_KEY=${live()}\n`,
      'config/.env.example': `CAIBO_API_KEY=${live()}\n`,
      '.env.example': `CAIBO_API_KEY=${LIVE_PREFIX}1234567890abcdef\nCAIBO_TEST_KEY=${TEST_PREFIX}xxxxxxxxxxxxxxxxxxxx\n`,
      'next.config.js': `module.exports = {\n  reactStrictMode: true,\n  env: {\n    CAIBO_KEY: '${live()}',\n  },\n};\n`,
      'vite.config.ts': `export default defineConfig({\n  define: {\n    __CAIBO__: JSON.stringify('${live()}'),\n  },\n});\n`,
      'src/Checkout.jsx': `export const Checkout = () => <iframe src="https://pay.caibo.digital/checkout?apiKey=${live()}" />;\n`,
      'server/links.js': `export const statusUrl = 'https://apay.caibo.digital/v1/status?apiKey=${live()}';\n`,
      'server/pay.js': `const headers = { 'X-API-Key': '${live()}' };\nfetch('https://apay.caibo.digital/v1/payment-requests', { headers });\n`,
      'test/pay.test.ts': `const sandboxKey = '${keys[keys.push(testKey()) - 1]}';\n`,
    });
    writeTree(root, {
      // Gitignored: the right place for a key, unless the name hands it to the bundler.
      'local/.env.production': `CAIBO_API_KEY=${live()}\n`,
      '.env': `VITE_CAIBO_KEY=${live()}\n`,
      '.env.local': [
        `NEXT_PUBLIC_CAIBO_KEY=${live()}`,
        `REACT_APP_CAIBO_KEY=${live()}`,
        `PUBLIC_CAIBO_KEY=${live()}`,
        `EXPO_PUBLIC_CAIBO_KEY=${live()}`,
        `GATSBY_CAIBO_KEY=${live()}`,
        `NUXT_PUBLIC_CAIBO_KEY=${live()}`,
        '',
      ].join('\n'),
      // Build output (gitignored, and scanned all the same).
      '.next/static/chunks/pages/_app-2f8a9c1d3e4b5a6f.js': `(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[888],{1:e=>{e.k="${live()}"}}]);\n`,
      '.next/server/pages/api/pay.js': `"use strict";const key="${live()}";\n`,
      'dist/assets/index-3f9a1c2b.js': `const k="${live()}";export{k as default};\n//# sourceMappingURL=index-3f9a1c2b.js.map\n`,
      'dist/assets/index-3f9a1c2b.js.map': JSON.stringify({
        version: 3,
        sources: ['../../src/api.ts', '../../src/checkout.ts'],
        sourcesContent: ['export const api = 1;\n', `export const key = '${live()}';\n`],
        mappings: 'AAAA',
      }),
      'build/static/js/main.8e2f0a1d.js': `!function(){var k="${live()}"}();\n`,
      'generated/widget/loader.js': `(()=>{var __webpack_modules__={};function __webpack_require__(id){}var k="${live()}"})();\n`,
      // Untracked and not ignored: one `git add .` from being committed.
      'untracked/.env': `CAIBO_API_KEY=${live()}\n`,
    });
    const result = await runCli(['.', '--format', 'json', '--show-suppressed'], { cwd: root });
    expect(result.exitCode).toBe(1);
    output = result.stdout + result.stderr;
    ({ findings, suppressed = [] } = parseJson(result));
  });

  it('client bundles: Next static chunks, Vite and CRA assets, webpack at an unusual path, source maps', () => {
    expect(contextsByFile(findings)).toMatchObject({
      '.next/static/chunks/pages/_app-2f8a9c1d3e4b5a6f.js': critical('caibo-live-key-in-client-bundle', 'client-bundle'),
      'dist/assets/index-3f9a1c2b.js': critical('caibo-live-key-in-client-bundle', 'client-bundle'),
      'dist/assets/index-3f9a1c2b.js.map': critical('caibo-live-key-in-client-bundle', 'client-bundle'),
      'build/static/js/main.8e2f0a1d.js': critical('caibo-live-key-in-client-bundle', 'client-bundle'),
      'generated/widget/loader.js': critical('caibo-live-key-in-client-bundle', 'client-bundle'),
    });
  });

  it('a key only in sourcesContent is reported in the .map, naming the original source', () => {
    const inMap = findings.filter((f) => f.file === 'dist/assets/index-3f9a1c2b.js.map');
    expect(inMap).toHaveLength(1);
    expect(inMap[0]).toMatchObject({ originalSource: '../../src/checkout.ts', line: 1 });
  });

  it('server output and server code keep the plain rule', () => {
    expect(contextsByFile(findings)).toMatchObject({
      '.next/server/pages/api/pay.js': { ruleId: 'caibo-live-key', severity: 'high', context: 'default' },
      'server/pay.js': { ruleId: 'caibo-live-key', severity: 'high', context: 'default' },
    });
  });

  it('committed env files are critical, a real key in a tracked template too; placeholders are not findings', () => {
    expect(contextsByFile(findings)).toMatchObject({
      'committed/.env.production': critical('caibo-live-key-in-committed-env', 'committed-env'),
      'config/.env.example': critical('caibo-live-key-in-committed-env', 'committed-env'),
    });
    expect(findings.filter((f) => f.file === '.env.example')).toEqual([]);
    expect(suppressed.filter((f) => f.file === '.env.example').map((f) => f.suppressedBy)).toEqual(['placeholder', 'placeholder']);
  });

  it('a gitignored env file is suppressed as local-env, not a failing finding', () => {
    expect(findings.filter((f) => f.file === 'local/.env.production')).toEqual([]);
    expect(suppressed.filter((f) => f.file === 'local/.env.production')).toMatchObject([
      { ruleId: 'caibo-live-key-in-local-env', severity: 'low', context: 'local-env', suppressedBy: 'local-env' },
    ]);
  });

  it('an untracked env file that git does not ignore is a plain live key (high): not committed, not protected', () => {
    expect(contextsByFile(findings)['untracked/.env']).toEqual({ ruleId: 'caibo-live-key', severity: 'high', context: 'default' });
  });

  it('browser-exposed variable names are critical even in a gitignored env file', () => {
    expect(contextsByFile(findings)['.env']).toEqual(critical('caibo-live-key-in-exposed-env-var', 'exposed-env-var'));
    const exposed = findings.filter((f) => f.file === '.env.local');
    expect(exposed.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const finding of exposed) expect(finding).toMatchObject(critical('caibo-live-key-in-exposed-env-var', 'exposed-env-var'));
  });

  it('next.config env and vite define blocks are inlined into the browser', () => {
    expect(contextsByFile(findings)).toMatchObject({
      'next.config.js': critical('caibo-live-key-in-exposed-env-var', 'exposed-env-var'),
      'vite.config.ts': critical('caibo-live-key-in-exposed-env-var', 'exposed-env-var'),
    });
  });

  it('keys in an iframe src and a query string are in a URL; a header key next to a URL is not', () => {
    expect(contextsByFile(findings)).toMatchObject({
      'src/Checkout.jsx': critical('caibo-live-key-in-url', 'url'),
      'server/links.js': critical('caibo-live-key-in-url', 'url'),
    });
  });

  it('a test key in a test file is low', () => {
    expect(contextsByFile(findings)['test/pay.test.ts']).toEqual({ ruleId: 'caibo-test-key', severity: 'low', context: 'default' });
  });

  it('prints no key', () => {
    for (const key of keys) expect(output).not.toContain(key);
  });
});

describe('exit codes follow the context', () => {
  it('a gitignored .env.production alone passes; --include-local-env shows it as low and still passes', async () => {
    const root = makeRepo({ '.gitignore': '.env.production\n' });
    writeTree(root, { '.env.production': `CAIBO_API_KEY=${liveKey()}\n` });
    const quiet = await runCli(['.', '--format', 'json'], { cwd: root });
    expect(quiet.exitCode).toBe(0);
    expect(parseJson(quiet).findings).toEqual([]);
    expect(parseJson(quiet).summary.suppressedBy).toEqual({ 'local-env': 1 });

    const shown = await runCli(['.', '--format', 'json', '--include-local-env'], { cwd: root });
    expect(shown.exitCode).toBe(0);
    expect(parseJson(shown).findings).toMatchObject([
      { ruleId: 'caibo-live-key-in-local-env', severity: 'low', context: 'local-env', file: '.env.production' },
    ]);
  });

  it('the same file committed fails as critical', async () => {
    const root = makeRepo({ '.env.production': `CAIBO_API_KEY=${liveKey()}\n` });
    const result = await runCli(['.', '--format', 'json'], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings).toMatchObject([critical('caibo-live-key-in-committed-env', 'committed-env')]);
  });

  it('an untracked .env becomes a committed env once it is committed', async () => {
    const root = makeRepo({ 'README.md': 'app\n' });
    writeTree(root, { '.env': `CAIBO_API_KEY=${liveKey()}\n` });
    expect(parseJson(await runCli(['.', '--format', 'json'], { cwd: root })).findings[0]).toMatchObject({ context: 'default' });
    commitFiles(root, {}, 'add env');
    expect(parseJson(await runCli(['.', '--format', 'json'], { cwd: root })).findings[0]).toMatchObject({ context: 'committed-env' });
  });

  it('a test key in a test file alone exits 0 (built CLI)', () => {
    const root = makeRepo({ 'test/pay.test.ts': `const key = '${testKey()}';\n` });
    const result = runBin(['.', '--format', 'json'], { cwd: root });
    expect(result.exitCode).toBe(0);
    expect(parseJson(result).findings).toMatchObject([{ ruleId: 'caibo-test-key', severity: 'low', context: 'default' }]);
  });

  it('outside a git repository an env file is a plain finding: nothing says it is protected', async () => {
    const root = makeTree({ '.env': `CAIBO_API_KEY=${liveKey()}\n` });
    const result = await runCli(['.', '--format', 'json'], { cwd: root });
    expect(result.exitCode).toBe(1);
    expect(parseJson(result).findings).toMatchObject([{ ruleId: 'caibo-live-key', context: 'default' }]);
  });
});
