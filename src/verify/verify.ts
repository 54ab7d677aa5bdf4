import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesError, usageError } from '../errors.js';
import { mapLimit } from '../map-limit.js';
import { BUILTIN_RULES_DIR, VERIFY_SPEC_FILE } from '../ruleset/load.js';
import type { Secret } from '../secret.js';
import type { Verification, VerifyOutcome } from '../types.js';

/**
 * Opt-in live verification (--verify, issue 14): one read-only request per distinct key to Caibo's
 * API, whose HTTP status says whether the key still works. Nothing is sent without the flag; the
 * only host ever contacted is CAIBO_API_ORIGIN (tests: a loopback server, nothing else).
 */
export const CAIBO_API_ORIGIN = 'https://apay.caibo.digital';

/** rules/verify.json: the request and what its status means, tunable when Caibo documents a key-status call. */
export interface VerifySpec {
  method: 'GET' | 'HEAD';
  /** A path on CAIBO_API_ORIGIN; must start with `/`. */
  path: string;
  /** The header that carries the key. */
  header: string;
  /** HTTP status → outcome; any other status is `unknown`. */
  status: Record<string, Exclude<VerifyOutcome, 'unknown'>>;
  timeoutMs: number;
  concurrency: number;
  /** A longer Retry-After is cut to this. */
  maxRetryAfterSeconds: number;
}

/** The fields schema/verify.schema.json allows. */
const SPEC_FIELDS = new Set(['$schema', '$comment', 'method', 'path', 'header', 'status', 'timeoutMs', 'concurrency', 'maxRetryAfterSeconds']);

export function loadVerifySpec(file = join(BUILTIN_RULES_DIR, VERIFY_SPEC_FILE)): VerifySpec {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw rulesError(`${file}: cannot read: ${(error as Error).message}`);
  }
  const fail = (field: string, want: string) => rulesError(`${file}: field "${field}" must be ${want}`);
  const unknown = Object.keys(data).find((field) => !SPEC_FIELDS.has(field));
  if (unknown) throw rulesError(`${file}: unknown field "${unknown}"`);
  const positive = (field: string) => {
    const value = data[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) throw fail(field, 'a positive whole number');
    return value;
  };
  if (data.method !== 'GET' && data.method !== 'HEAD') throw fail('method', '"GET" or "HEAD" (read-only)');
  if (typeof data.path !== 'string' || !/^\/[A-Za-z0-9/_.~-]*$/.test(data.path)) throw fail('path', 'a path starting with /');
  if (typeof data.header !== 'string' || !/^[A-Za-z0-9-]+$/.test(data.header)) throw fail('header', 'a header name');
  const status = data.status as Record<string, unknown> | undefined;
  if (!status || typeof status !== 'object' || Object.entries(status).some(([code, outcome]) => !/^[1-5]\d\d$/.test(code) || (outcome !== 'active' && outcome !== 'inactive'))) {
    throw fail('status', 'an object of HTTP status → "active" | "inactive"');
  }
  return {
    method: data.method,
    path: data.path,
    header: data.header,
    status: status as VerifySpec['status'],
    timeoutMs: positive('timeoutMs'),
    concurrency: positive('concurrency'),
    maxRetryAfterSeconds: positive('maxRetryAfterSeconds'),
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The test-only origin, refused unless it is a loopback address: keys never go anywhere else. */
function loopbackOnly(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw usageError(`verify test origin ${JSON.stringify(origin)} is not a URL`);
  }
  if (!LOOPBACK.has(url.hostname) || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw usageError(`verify test origin must be a loopback address (127.0.0.1, ::1, localhost); refusing ${url.host}`);
  }
  return url.origin;
}

export interface VerifierOptions {
  spec?: VerifySpec;
  /** Tests only: send to this loopback origin instead of Caibo's API. Anything else is refused. */
  testOrigin?: string;
  userAgent?: string;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or undefined. */
function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Asks about each key at most once per verifier (a run), however often it is asked. */
export interface Verifier {
  verify(secrets: readonly Secret[]): Promise<Map<string, Verification>>;
}

export function createVerifier(options: VerifierOptions = {}): Verifier {
  const spec = options.spec ?? loadVerifySpec();
  const origin = options.testOrigin === undefined ? CAIBO_API_ORIGIN : loopbackOnly(options.testOrigin);
  const url = `${origin}${spec.path}`;
  const cache = new Map<string, Promise<Verification>>(); // by Secret.hash
  let pausedUntil = 0; // a Retry-After holds every later request back

  async function ask(secret: Secret): Promise<Verification> {
    const wait = pausedUntil - Date.now();
    if (wait > 0) await sleep(wait);
    let response: Response;
    try {
      response = await fetch(url, {
        method: spec.method,
        headers: { [spec.header]: secret.reveal(), Accept: 'application/json', 'User-Agent': options.userAgent ?? 'caibo-scan' },
        redirect: 'manual', // a redirect could lead anywhere: never followed, never resent
        signal: AbortSignal.timeout(spec.timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') return { outcome: 'unknown', reason: `no answer within ${spec.timeoutMs} ms` };
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { outcome: 'unknown', reason: `network error${cause ? `: ${cause}` : ''}` };
    }
    await response.body?.cancel().catch(() => undefined);
    const { status } = response;
    const mapped = spec.status[String(status)];
    if (mapped) return { outcome: mapped, reason: `HTTP ${status} from ${spec.method} ${spec.path}`, status };
    if (status === 429 || status === 503) {
      const seconds = retryAfterSeconds(response.headers.get('retry-after'));
      if (seconds !== undefined) pausedUntil = Math.max(pausedUntil, Date.now() + Math.min(seconds, spec.maxRetryAfterSeconds) * 1000);
      return { outcome: 'unknown', reason: `rate limited (HTTP ${status})${seconds !== undefined ? `; waited Retry-After ${seconds} s before the next request` : ''}`, status };
    }
    if (status >= 300 && status < 400) return { outcome: 'unknown', reason: `HTTP ${status} redirect, not followed`, status };
    return { outcome: 'unknown', reason: `unexpected HTTP ${status}`, status };
  }

  return {
    async verify(secrets) {
      const fresh = [...new Map(secrets.map((s) => [s.hash, s])).values()].filter((s) => !cache.has(s.hash));
      const answers = mapLimit(fresh, spec.concurrency, ask);
      fresh.forEach((secret, index) => cache.set(secret.hash, answers.then((all) => all[index]!)));
      const results = new Map<string, Verification>();
      for (const secret of secrets) results.set(secret.hash, await cache.get(secret.hash)!);
      return results;
    },
  };
}
