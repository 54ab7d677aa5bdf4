// withCaiboScan in real `next build`s, with webpack and with Turbopack (issue 12). One app serves
// every case: a client component holds the leaked key, a placeholder and an allow-commented key; a
// route handler holds a server-only key. Each build is slow, so each one checks several things.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasAfterCompileHook } from '../../src/plugins/next.js';
import { runBin } from '../helpers/cli.js';
import { liveKey, LIVE_PREFIX } from '../helpers/keygen.js';
import { bin, makeProject, missingBundlers, OPTIONS_FROM_ENV, runBuild, VERSIONS } from './harness.js';

const PLACEHOLDER = `${LIVE_PREFIX}yourLiveKeyGoesRightHere`;

function nextApp(keys: { client: string; allowed: string; server: string }) {
  return {
    'next.config.mjs': `import { withCaiboScan } from 'caibo-scan/next';\nexport default withCaiboScan({}, ${OPTIONS_FROM_ENV});\n`,
    'app/layout.js': 'export default function Layout({ children }) {\n  return <html><body>{children}</body></html>;\n}\n',
    'app/page.js': `'use client';
const docs = "${PLACEHOLDER}";
// caibo-scan:allow rotated, kept for the tutorial
const tutorial = "${keys.allowed}";
const apiKey = "${keys.client}";
export default function Page() {
  return <button onClick={() => fetch('/api/pay', { headers: { 'x-key': [apiKey, tutorial, docs].join() } })}>pay</button>;
}
`,
    'app/api/pay/route.js': `export async function POST() {
  const upstream = await fetch('https://api.caibo.example/charges', { method: 'POST', headers: { authorization: "${keys.server}" } });
  return Response.json({ ok: upstream.ok });
}
`,
  };
}

const skip = missingBundlers();

describe.skipIf(skip !== '')(`withCaiboScan in real Next.js ${VERSIONS.next} builds${skip}`, () => {
  it('needs runAfterProductionCompile (15.4.1+) for Turbopack', () => {
    expect(['15.4.0', '15.3.9', '14.2.30'].map(hasAfterCompileHook)).toEqual([false, false, false]);
    expect(['15.4.1', '15.5.0', '16.0.0-canary.1', VERSIONS.next!].map(hasAfterCompileHook)).toEqual([true, true, true, true]);
  });

  describe.each([
    // webpack: the plugin runs in each compilation and a failed check writes nothing.
    { bundler: 'webpack', flag: '--webpack', writesBeforeCheck: false },
    // Turbopack writes .next before runAfterProductionCompile; a failed check still fails the build before BUILD_ID.
    { bundler: 'Turbopack', flag: '--turbopack', writesBeforeCheck: true },
  ])('next build $flag', ({ flag, writesBeforeCheck }) => {
    const nextBuild = (dir: string, options: object = {}) => runBuild(dir, [bin('next/dist/bin/next'), 'build', flag], options);

    it('fails on a public env variable holding a live key, naming it, before compiling', () => {
      const key = liveKey();
      const dir = makeProject({ ...nextApp({ client: PLACEHOLDER, allowed: PLACEHOLDER, server: PLACEHOLDER }), '.env': `NEXT_PUBLIC_CAIBO_KEY=${key}\n` });
      const build = nextBuild(dir);
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain('env:NEXT_PUBLIC_CAIBO_KEY');
      expect(build.output).not.toContain(key);
      expect(existsSync(join(dir, '.next', 'static'))).toBe(false);
    });

    it('fails on a live key in client code, redacted and located; with a baseline of it, passes and reports the server key per failOn', () => {
      const keys = { client: liveKey(), allowed: liveKey(), server: liveKey() };
      const dir = makeProject(nextApp(keys));
      // failOn critical: the route handler's key (server code, high) only warns, so the client compilation runs too.
      const failing = nextBuild(dir, { failOn: 'critical' });
      expect(failing.status, failing.output).not.toBe(0);
      expect(failing.output).toContain('caibo-live-key-in-client-bundle');
      expect(failing.output).toMatch(/\.next\/static\/[\w./-]+\.js:\d+:\d+/);
      expect(failing.output).toContain(`${keys.client.slice(0, LIVE_PREFIX.length + 4)}********`);
      expect(existsSync(join(dir, '.next', 'BUILD_ID'))).toBe(false);
      expect(existsSync(join(dir, '.next', 'static'))).toBe(writesBeforeCheck);

      // A team accepts the client key with a baseline of the built app (`caibo-scan baseline`).
      const builds = [failing];
      if (!writesBeforeCheck) builds.push(nextBuild(dir, { failOn: 'none' }));
      const baseline = runBin(['baseline', '.', '--include', '.next/static/**'], { cwd: dir });
      expect(baseline.stdout, baseline.stderr).toContain('caibo-live-key-in-client-bundle');
      writeFileSync(join(dir, 'caibo-baseline.json'), baseline.stdout);
      const passing = nextBuild(dir, { baseline: 'caibo-baseline.json', failOn: 'critical' });
      builds.push(passing);
      expect(passing.status, passing.output).toBe(0);
      expect(passing.output).not.toContain('caibo-live-key-in-client-bundle');
      expect(passing.output).toMatch(/caibo-live-key\b(?!-in)/); // the route handler's key, a warning at failOn critical
      for (const build of builds) for (const key of Object.values(keys)) expect(build.output).not.toContain(key);
    }, 1_500_000);
  });
});
