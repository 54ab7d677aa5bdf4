import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Secret } from '../src/secret.js';
import { createVerifier, loadVerifySpec } from '../src/verify/verify.js';
import { runCli } from './helpers/cli.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

type Behaviour = (response: ServerResponse) => void;
const status = (code: number, headers: Record<string, string> = {}): Behaviour => (response) => response.writeHead(code, headers).end('{}');
const hang: Behaviour = () => undefined;

/** A loopback stand-in for Caibo's API: answers per X-API-Key, records every request and the most at once. */
async function fakeApi(behaviours: Map<string, Behaviour>, delayMs = 0) {
  const requests: Array<{ method: string; url: string; key: string; at: number }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const key = String(request.headers['x-api-key'] ?? '');
    requests.push({ method: request.method!, url: request.url!, key, at: Date.now() });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => (inFlight -= 1));
    setTimeout(() => (behaviours.get(key) ?? status(418))(response), delayMs);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, maxInFlight: () => maxInFlight };
}
const servers: Array<ReturnType<typeof createServer>> = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections(), server.close();
});

const secretOf = (key: string) => new Secret(key, 14);
const spec = { ...loadVerifySpec(), timeoutMs: 400, concurrency: 2, maxRetryAfterSeconds: 5 };

describe('--verify against a loopback server', () => {
  it('maps each status to an outcome with its reason, sending one GET with the X-API-Key header', async () => {
    const keys = { active: liveKey(), revoked: liveKey(), forbidden: liveKey(), broken: liveKey(), limited: liveKey() };
    const api = await fakeApi(
      new Map([
        [keys.active, status(404)],
        [keys.revoked, status(401)],
        [keys.forbidden, status(403)],
        [keys.broken, status(500)],
        [keys.limited, status(429)],
      ]),
    );
    const secrets = Object.values(keys).map(secretOf);
    const results = await createVerifier({ spec, testOrigin: api.origin }).verify(secrets);
    expect(Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, results.get(secretOf(key).hash)]))).toEqual({
      active: { outcome: 'active', reason: `HTTP 404 from GET ${spec.path}`, status: 404 },
      revoked: { outcome: 'inactive', reason: `HTTP 401 from GET ${spec.path}`, status: 401 },
      forbidden: { outcome: 'inactive', reason: `HTTP 403 from GET ${spec.path}`, status: 403 },
      broken: { outcome: 'unknown', reason: 'unexpected HTTP 500', status: 500 },
      limited: { outcome: 'unknown', reason: 'rate limited (HTTP 429)', status: 429 },
    });
    expect(api.requests.map((r) => [r.method, r.url])).toEqual(Array(5).fill(['GET', spec.path]));
    expect(api.requests.map((r) => r.key).sort()).toEqual(Object.values(keys).sort());
  });

  it('asks about each key once per run, however often it is asked', async () => {
    const key = liveKey();
    const api = await fakeApi(new Map([[key, status(404)]]));
    const verifier = createVerifier({ spec, testOrigin: api.origin });
    await Promise.all([verifier.verify([secretOf(key), secretOf(key)]), verifier.verify([secretOf(key)])]);
    await verifier.verify([secretOf(key)]);
    expect(api.requests).toHaveLength(1);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const keys = Array.from({ length: 7 }, () => liveKey());
    const api = await fakeApi(new Map(keys.map((k) => [k, status(404)])), 100);
    await createVerifier({ spec, testOrigin: api.origin }).verify(keys.map(secretOf));
    expect(api.requests).toHaveLength(7);
    expect(api.maxInFlight()).toBe(2);
  });

  it('gives up on a server that never answers: unknown, after the timeout', async () => {
    const key = liveKey();
    const api = await fakeApi(new Map([[key, hang]]));
    const started = Date.now();
    const results = await createVerifier({ spec, testOrigin: api.origin }).verify([secretOf(key)]);
    expect(results.get(secretOf(key).hash)).toEqual({ outcome: 'unknown', reason: 'no answer within 400 ms' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('never follows a redirect to another host', async () => {
    const key = liveKey();
    const elsewhere = await fakeApi(new Map([[key, status(404)]]));
    const api = await fakeApi(new Map([[key, status(302, { Location: `${elsewhere.origin.replace('127.0.0.1', 'localhost')}/steal` })]]));
    const results = await createVerifier({ spec, testOrigin: api.origin }).verify([secretOf(key)]);
    expect(results.get(secretOf(key).hash)).toEqual({ outcome: 'unknown', reason: 'HTTP 302 redirect, not followed', status: 302 });
    expect(elsewhere.requests).toEqual([]);
  });

  it('honours Retry-After: no request goes out before it has passed', async () => {
    const [limited, next] = [liveKey(), liveKey()];
    const api = await fakeApi(new Map([[limited, status(429, { 'Retry-After': '1' })], [next, status(404)]]));
    const results = await createVerifier({ spec: { ...spec, concurrency: 1 }, testOrigin: api.origin }).verify([secretOf(limited), secretOf(next)]);
    expect(results.get(secretOf(limited).hash)?.outcome).toBe('unknown');
    expect(results.get(secretOf(next).hash)?.outcome).toBe('active');
    expect(api.requests).toHaveLength(2);
    expect(api.requests[1]!.at - api.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('refuses any test origin that is not loopback', () => {
    for (const origin of ['https://apay.caibo.digital.evil.example', 'http://10.0.0.1:8080', 'http://example.com', 'file:///etc/passwd', 'not a url']) {
      expect(() => createVerifier({ spec, testOrigin: origin })).toThrow(/loopback|not a URL/);
    }
  });
});

describe('caibo-scan --verify (CLI)', () => {
  it('sends nothing without --verify; with it, checks live keys only (test keys need --verify-test-keys)', async () => {
    const [active, revoked, sandbox] = [liveKey(), liveKey(), testKey()];
    const api = await fakeApi(new Map([[active, status(404)], [revoked, status(401)], [sandbox, status(404)]]));
    const root = makeTree({ 'a.js': `k='${active}'\n`, 'b.js': `k='${revoked}'\n`, 'c.js': `k='${sandbox}'\n` });
    const env = { CAIBO_SCAN_TEST_VERIFY_ORIGIN: api.origin };

    const plain = await runCli(['.', '--format', 'json'], { cwd: root, env });
    expect(plain.exitCode).toBe(1);
    expect(api.requests).toEqual([]);

    const verified = await runCli(['.', '--format', 'json', '--verify'], { cwd: root, env });
    const keys = JSON.parse(verified.stdout).keys as Array<{ keyType: string; verification?: { outcome: string } }>;
    expect(keys.map((k) => [k.keyType, k.verification?.outcome]).sort()).toEqual([['live', 'active'], ['live', 'inactive'], ['test', undefined]]);
    expect(api.requests.map((r) => r.key).sort()).toEqual([active, revoked].sort());
    expect(verified.stdout + verified.stderr).not.toContain(active);

    const html = (await runCli(['.', '--format', 'html', '--verify'], { cwd: root, env })).stdout;
    expect(html).toMatch(/<dt>verified<\/dt><dd><b>active<\/b> <span class="muted">HTTP 404 from GET /);
    expect(html).toMatch(/<b>1<\/b>verified active/);
    expect(html).not.toContain(active);

    const withTest = await runCli(['.', '--verify', '--verify-test-keys'], { cwd: root, env });
    expect(withTest.stdout.split('\n')[0]).toBe('✖ 2 distinct live keys (rotate now), 1 test key · verified: 2 active, 1 inactive');
  });

  it('--fail-on-active: exit 1 for an active key even with --fail-on none, 0 when every key is inactive', async () => {
    const [active, revoked] = [liveKey(), liveKey()];
    const api = await fakeApi(new Map([[active, status(404)], [revoked, status(401)]]));
    const env = { CAIBO_SCAN_TEST_VERIFY_ORIGIN: api.origin };
    const flags = ['.', '--verify', '--fail-on', 'none', '--fail-on-active'];
    expect((await runCli(flags, { cwd: makeTree({ 'a.js': `k='${active}'\n` }), env })).exitCode).toBe(1);
    expect((await runCli(flags, { cwd: makeTree({ 'b.js': `k='${revoked}'\n` }), env })).exitCode).toBe(0);
    expect((await runCli(['.', '--fail-on-active'], { cwd: makeTree({}), env })).exitCode).toBe(2);
  });

  it('refuses a non-loopback override with exit 2 before sending anything', async () => {
    const result = await runCli(['.', '--verify'], { cwd: makeTree({ 'a.js': `k='${liveKey()}'\n` }), env: { CAIBO_SCAN_TEST_VERIFY_ORIGIN: 'https://example.com' } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/loopback/);
  });
});
