import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptReferences } from '../src/sources/url.js';
import { parseJson, runCli } from './helpers/cli.js';
import { liveKey } from './helpers/keygen.js';

/**
 * `caibo-scan url` against a local HTTP server on the loopback interface only (issue 15): a
 * Vite-shaped site with a module preload, a dynamic import named in __vite__mapDeps, a source map,
 * a service worker and a manifest, plus the bad cases a real site has.
 */
const keys = { lazy: liveKey(), map: liveKey(), worker: liveKey(), inline: liveKey(), cdn: liveKey(), external: liveKey() };
let server: Server;
let origin: string;
let port: number;
const pending = new Set<NodeJS.Timeout>();

const html = (body: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

function routes(path: string, host: string): { status?: number; type?: string; body?: string; location?: string; slow?: true; huge?: true } | undefined {
  if (host.startsWith('localhost')) return path === '/cdn/lib.js' ? { type: 'text/javascript', body: `window.k="${keys.cdn}";` } : undefined;
  switch (path) {
    case '/':
      return {
        type: 'text/html',
        body: html(`
          <script type="module" crossorigin src="/assets/index-Bx1_aB9k.js"></script>
          <link rel="modulepreload" crossorigin href="/assets/vendor-Qw3_eR5t.js">
          <link rel="manifest" href="/manifest.webmanifest">
          <script src="http://localhost:${port}/cdn/lib.js"></script>
          <div id="app"></div>
          <script>if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js');</script>
          <a href="/about">About</a> <a href="http://elsewhere.invalid/">partner</a>`),
      };
    case '/assets/index-Bx1_aB9k.js':
      return {
        type: 'text/javascript',
        body: [
          'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Lazy-Cd2_fG7h.js","assets/vendor-Qw3_eR5t.js"])))=>i.map(i=>d[i]);',
          'import{v as o}from"./vendor-Qw3_eR5t.js";',
          'const L=()=>__vitePreload(()=>import("./Lazy-Cd2_fG7h.js"),__vite__mapDeps([0,1]));',
          'const M=()=>import("./missing-Zz9_yY8x.js");',
          '//# sourceMappingURL=index-Bx1_aB9k.js.map',
        ].join('\n'),
      };
    case '/assets/index-Bx1_aB9k.js.map':
      return { type: 'application/json', body: JSON.stringify({ version: 3, sources: ['../../src/config.ts'], sourcesContent: [`export const KEY = "${keys.map}";\n`], mappings: 'AAAA' }) };
    case '/assets/vendor-Qw3_eR5t.js':
      return { type: 'text/javascript', body: 'export const v = 1;' };
    case '/assets/Lazy-Cd2_fG7h.js':
      return { type: 'text/javascript', body: `export default function pay(){return fetch("/pay",{headers:{k:"${keys.lazy}"}})}` };
    case '/sw.js':
      return { type: 'text/javascript', body: `self.addEventListener("fetch",e=>e.respondWith(fetch(e.request,{headers:{k:"${keys.worker}"}})));` };
    case '/manifest.webmanifest':
      return { type: 'application/manifest+json', body: '{"name":"Shop","start_url":"/"}' };
    case '/about':
      return {
        type: 'text/html',
        body: html(`<script>window.CFG={key:"${keys.inline}"}</script>
          <script src="/slow.js"></script><script src="/huge.js"></script><script src="/go-away.js"></script>`),
      };
    case '/go-away.js':
      return { status: 302, location: `http://elsewhere.invalid/x.js?k=${keys.external}` };
    case '/slow.js':
      return { slow: true };
    case '/huge.js':
      return { huge: true };
    case '/private/':
      return { type: 'text/html', body: html(`<script>var k="${keys.inline}"</script>`) };
    default:
      return undefined;
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://x');
    if (url.pathname === '/private/' && request.headers.authorization !== 'Bearer staging-pass') {
      response.writeHead(401).end('auth');
      return;
    }
    const route = routes(url.pathname, request.headers.host ?? '');
    if (!route) return void response.writeHead(404).end('not found');
    if (route.location) return void response.writeHead(route.status!, { location: route.location }).end();
    if (route.slow) {
      const timer = setTimeout(() => response.end('late'), 5000); // past --timeout 1
      pending.add(timer);
      return;
    }
    if (route.huge) {
      // 200 MB, written as the client reads: the scan must stop early and cancel.
      response.writeHead(200, { 'content-type': 'text/javascript' });
      const block = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const write = () => {
        while (sent < 200 * 1024 * 1024) {
          sent += block.length;
          if (!response.write(block)) return void response.once('drain', write);
        }
        response.end();
      };
      response.on('close', () => (sent = Infinity));
      write();
      return;
    }
    response.writeHead(route.status ?? 200, { 'content-type': route.type! }).end(route.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  for (const timer of pending) clearTimeout(timer);
  server.closeAllConnections();
  server.close();
});

const crawl = async (...args: string[]) => {
  const result = await runCli(['url', ...args, '--format', 'json', '--timeout', '1'], {});
  return { result, ...parseJson(result) };
};

describe('url: what a script names', () => {
  it('finds imports, workers, source maps, and chunk files from Vite and webpack runtimes', () => {
    const script = [
      'import{a}from"./vendor-Qw3_eR5t.js";export*from"../shared/util.js";',
      'const l=()=>import("./Lazy-Cd2_fG7h.js"),w=new Worker(new URL("./worker-Ab1_cD2e.js",import.meta.url));',
      'navigator.serviceWorker.register("/sw.js");import("react");',
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/About-Ef3_gH4i.js","assets/About-Ij5_kL6m.css"])))=>i.map(i=>d[i]);',
      'r.u=e=>"static/js/"+e+"."+{218:"7a2f0b3c",446:"c0ffee12"}[e]+".chunk.js";',
      '//# sourceMappingURL=main-Xy7_zA8b.js.map',
    ].join('\n');
    const site = 'https://shop.example.com/';
    expect(scriptReferences(script, `${site}assets/main-Xy7_zA8b.js`, site).map((r) => `${r.kind} ${r.url}`).sort()).toEqual(
      [
        `map ${site}assets/main-Xy7_zA8b.js.map`,
        `other ${site}assets/About-Ij5_kL6m.css`,
        `script ${site}assets/About-Ef3_gH4i.js`,
        `script ${site}assets/Lazy-Cd2_fG7h.js`,
        `script ${site}assets/vendor-Qw3_eR5t.js`,
        `script ${site}assets/worker-Ab1_cD2e.js`,
        `script ${site}shared/util.js`,
        `script ${site}static/js/218.7a2f0b3c.chunk.js`,
        `script ${site}static/js/446.c0ffee12.chunk.js`,
        `script ${site}sw.js`,
      ].sort(),
    );
  });
});

describe('url: a site as browsers get it', () => {
  it('follows scripts, module preloads, imported chunks, source maps and the service worker, same origin only', async () => {
    const started = performance.now();
    const { result, findings, skipped } = await crawl(`${origin}/`);
    expect(performance.now() - started).toBeLessThan(8000); // the slow script timed out, the 200 MB one was cut
    expect(result.exitCode).toBe(1);
    expect(findings.map((f) => [f.file, f.context, f.originalSource ?? null])).toEqual([
      [`${origin}/about`, 'client-bundle', null],
      [`${origin}/assets/Lazy-Cd2_fG7h.js`, 'client-bundle', null],
      [`${origin}/assets/index-Bx1_aB9k.js.map`, 'client-bundle', '../../src/config.ts'],
      [`${origin}/sw.js`, 'client-bundle', null],
    ]);
    expect(skipped.map((s) => [s.path, s.reason, (s as { detail?: string }).detail])).toEqual(
      expect.arrayContaining([
        [`${origin}/assets/missing-Zz9_yY8x.js`, 'unreadable', 'HTTP 404 Not Found'],
        [`${origin}/slow.js`, 'unreadable', 'no response within 1 s'],
        [`${origin}/go-away.js`, 'unreadable', expect.stringContaining('redirects to elsewhere.invalid, which is not allowed')],
        [`${origin}/huge.js`, 'too-large', expect.stringContaining('first 20 MiB scanned')],
      ]),
    );
    expect(result.stderr).toMatch(/warning: skipped .*missing-Zz9_yY8x\.js: unreadable \(HTTP 404/);
    expect(JSON.stringify(result)).not.toContain(keys.external);
  });

  it('fetches from another host only with --allow-host, and sends --header (never printed)', async () => {
    const allowed = await crawl(`${origin}/`, '--allow-host', 'localhost', '--max-pages', '1');
    expect(allowed.findings.map((f) => f.file)).toContain(`http://localhost:${port}/cdn/lib.js`);
    const denied = await runCli(['url', `${origin}/private/`], {});
    expect(denied.exitCode).toBe(2);
    expect(denied.stderr).toMatch(/^caibo-scan: url: http:\/\/127\.0\.0\.1:\d+\/private\/: HTTP 401/);
    const withHeader = await runCli(['url', `${origin}/private/`, '--header', 'Authorization: Bearer staging-pass', '--format', 'sarif'], {});
    expect(withHeader.exitCode).toBe(1);
    expect(withHeader.stdout + withHeader.stderr).not.toContain('staging-pass');
    const [result] = JSON.parse(withHeader.stdout).runs[0].results;
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: `${origin}/private/` });
  });

  it('says clearly why a site cannot be read', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const closedPort = (closed.address() as AddressInfo).port;
    closed.close();
    for (const [url, message] of [
      [`http://127.0.0.1:${closedPort}/`, /connection refused/],
      ['http://caibo-scan-test.invalid/', /DNS lookup failed|no response within/],
      [`https://127.0.0.1:${port}/`, /TLS error|EPROTO|SSL/i],
      ['ftp://127.0.0.1/', /only http and https/],
      ['not a url', /is not a URL/],
    ] as const) {
      const result = await runCli(['url', url, '--timeout', '2'], {});
      expect(result.exitCode, url).toBe(2);
      expect(result.stderr.split('\n')[0], url).toMatch(message);
    }
    expect((await runCli(['url'], {})).exitCode).toBe(2);
    expect((await runCli(['url', origin, '--max-pages', '0'], {})).exitCode).toBe(2);
  });
});
