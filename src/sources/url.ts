import { Parser } from 'htmlparser2';
import { sourceError, usageError } from '../errors.js';
import type { Blob, Skip } from '../types.js';
import type { Source } from './source.js';

const MiB = 1024 * 1024;

/** How far `caibo-scan url` goes; every limit reached is a skip record with its reason. */
export interface CrawlOptions {
  /** Where to start: the page a browser would open. */
  url: string;
  /** Hosts besides the start URL's that may be fetched (a CDN for scripts, an API host's docs). */
  allowHosts: readonly string[];
  /** Sent with every request (staging sites behind auth); never printed. */
  headers: Readonly<Record<string, string>>;
  /** HTML pages fetched at most (scripts, maps and manifests are counted separately). */
  maxPages: number;
  /** Responses fetched at most, of any kind. */
  maxRequests: number;
  /** Bytes read at most from one response: a larger one is scanned up to here. */
  maxResponseBytes: number;
  /** Bytes read at most in all. */
  maxTotalBytes: number;
  /** Milliseconds one request may take, and the whole crawl. */
  requestTimeoutMs: number;
  totalTimeoutMs: number;
  /** Requests in flight at once. */
  concurrency: number;
}

export const DEFAULT_CRAWL: Omit<CrawlOptions, 'url' | 'allowHosts' | 'headers'> = {
  maxPages: 50,
  maxRequests: 500,
  maxResponseBytes: 20 * MiB,
  maxTotalBytes: 200 * MiB,
  requestTimeoutMs: 10_000,
  totalTimeoutMs: 120_000,
  concurrency: 4,
};

/** What a fetched resource is, which decides what is followed from it. */
type Kind = 'page' | 'script' | 'map' | 'other';

interface Fetched {
  url: string;
  kind: Kind;
  bytes: Buffer;
  contentType: string;
  truncated: boolean;
}

/**
 * JavaScript that names other files: static and dynamic imports, re-exports, workers and service
 * workers, importScripts, and quoted chunk paths (Vite's __vite__mapDeps list, preload helpers).
 */
const SCRIPT_REFERENCES = [
  /\bimport\s*\(\s*["'`]([^"'`\s]+)["'`]\s*\)/g,
  /\b(?:import|export)\s*(?:[\w*${}\s,]+\s*from\s*)?["']([^"'\s]+)["']/g,
  /\bnew\s+(?:Shared)?Worker\s*\(\s*["'`]([^"'`\s]+)["'`]/g,
  /\bnew\s+URL\s*\(\s*["'`]([^"'`\s]+)["'`]\s*,\s*import\.meta\.url/g,
  /\bserviceWorker\s*\.\s*register\s*\(\s*["'`]([^"'`\s]+)["'`]/g,
  /\bimportScripts\s*\(\s*["'`]([^"'`\s]+)["'`]/g,
  /["'`]((?:\.{0,2}\/)?(?:[\w@~-]+\/)*[\w@~-][\w@~.-]*\.(?:m?js|css|map|webmanifest))["'`]/g,
];
const SOURCE_MAPPING_URL = /[#@]\s*sourceMappingURL=([^\s*'"]+)/g;
/**
 * webpack's chunk file names, as its runtime builds them: `"static/js/"+e+"."+{218:"7a2f0b3c"}[e]+".chunk.js"`
 * (prefix, the chunk id, a separator, the id's hash from an object literal, a suffix).
 */
const WEBPACK_CHUNK_MAP = /["']([\w/.-]*)["']\s*\+\s*([\w$]+)\s*\+\s*["']([\w.-]*)["']\s*\+\s*\{([^{}]*)\}\s*\[\s*\2\s*\]\s*\+\s*["']([\w.-]*)["']/g;
const CHUNK_MAP_ENTRY = /["']?([\w-]+)["']?\s*:\s*["']([\w-]+)["']/g;

/** The chunk files a webpack runtime names, relative to its public path (taken as the site root). */
function webpackChunks(text: string): string[] {
  const files: string[] = [];
  for (const [, prefix, , separator, entries, suffix] of text.matchAll(WEBPACK_CHUNK_MAP)) {
    for (const [, id, hash] of entries!.matchAll(CHUNK_MAP_ENTRY)) files.push(`${prefix}${id}${separator}${hash}${suffix}`);
  }
  return files;
}

/** The URLs a script names, resolved as a browser would (paths without `./` against the site root, as Vite writes them). */
export function scriptReferences(text: string, scriptUrl: string, siteRoot: string): Array<{ url: string; kind: Kind }> {
  const found: Array<{ url: string; kind: Kind }> = [];
  const add = (reference: string, kind: Kind, isModuleRelative = /^(?:\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(reference)) => {
    if (/^(?:data|blob|javascript):/i.test(reference)) return;
    const base = isModuleRelative ? scriptUrl : siteRoot;
    try {
      found.push({ url: new URL(reference, base).href, kind });
    } catch {
      // not a URL after all
    }
  };
  for (const pattern of SCRIPT_REFERENCES) {
    for (const match of text.matchAll(pattern)) {
      const reference = match[1]!;
      if (!/\.(?:m?js|css|map|webmanifest|json)(?:[?#]|$)/.test(reference) && !reference.startsWith('/') && !reference.startsWith('.')) continue; // bare package names
      add(reference, /\.map(?:[?#]|$)/.test(reference) ? 'map' : /\.m?js(?:[?#]|$)/.test(reference) ? 'script' : 'other');
    }
  }
  for (const match of text.matchAll(SOURCE_MAPPING_URL)) add(match[1]!, 'map', true); // relative to the script, always
  for (const file of webpackChunks(text)) add(file, 'script', false);
  return [...new Map(found.map((reference) => [reference.url, reference])).values()];
}

/** The URLs a page loads or links to, found by a real HTML parser; inline scripts are followed like fetched ones. */
export function pageReferences(html: string, pageUrl: string): Array<{ url: string; kind: Kind }> {
  const found: Array<{ url: string; kind: Kind }> = [];
  let base = pageUrl;
  const inlineScripts: string[] = [];
  let inScript = false;
  const add = (reference: string | undefined, kind: Kind) => {
    if (!reference || /^(?:data|blob|javascript|mailto|tel):/i.test(reference.trim())) return;
    try {
      const url = new URL(reference.trim(), base);
      url.hash = '';
      found.push({ url: url.href, kind });
    } catch {
      // a malformed href: a browser would not load it either
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        if (name === 'base' && attributes.href) base = new URL(attributes.href, pageUrl).href;
        else if (name === 'script') {
          inScript = !attributes.src;
          add(attributes.src, 'script');
        } else if (name === 'link' && (rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script'))) add(attributes.href, 'script');
        else if (name === 'link' && (rel.includes('manifest') || rel.includes('stylesheet'))) add(attributes.href, 'other');
        else if (name === 'a' || name === 'iframe' || name === 'frame') add(attributes.href ?? attributes.src, 'page');
      },
      ontext(text) {
        if (inScript) inlineScripts.push(text);
      },
      onclosetag(name) {
        if (name === 'script') inScript = false;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  for (const script of inlineScripts) found.push(...scriptReferences(script, pageUrl, new URL('/', pageUrl).href));
  return found;
}

/** One line for a failed request: DNS, TLS, refused, timed out or an HTTP status. */
function fetchProblem(error: unknown, timeoutMs: number): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') return `no response within ${timeoutMs / 1000} s`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `DNS lookup failed (${code})`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `TLS error (${code})`;
  return cause?.message ?? (error as Error).message;
}

class Problem extends Error {}

/**
 * `caibo-scan url`: the site as a browser gets it. Pages, their scripts (inline too), module
 * preloads, chunks those import (statically and dynamically), source maps, the service worker and
 * the web manifest, from the start URL's origin and --allow-host hosts only; redirects are followed
 * only within them. Everything fetched is sent to browsers: client-bundle, reported by URL.
 */
export function urlSource(options: CrawlOptions): Source {
  let start: URL;
  try {
    start = new URL(options.url);
  } catch {
    throw usageError(`url: ${options.url} is not a URL`);
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') throw usageError(`url: ${options.url}: only http and https URLs`);
  const allowed = new Set([start.host, ...options.allowHosts.map((host) => host.toLowerCase())]);
  const isAllowed = (url: URL) => (url.protocol === 'http:' || url.protocol === 'https:') && (allowed.has(url.host) || allowed.has(url.hostname));
  const siteRoot = new URL('/', start).href;
  const started = performance.now();
  let totalBytes = 0;

  /** One GET, following redirects within allowed hosts, the body read up to the limits. */
  async function get(url: string): Promise<Omit<Fetched, 'kind'>> {
    let current = new URL(url);
    for (let hops = 0; ; hops += 1) {
      // The request timeout runs until the headers arrive; the body then has what is left of the
      // crawl's time, and is cut at the byte limit anyway (a 200 MB script is read to 20 MB).
      const left = Math.max(1, Math.round(options.totalTimeoutMs - (performance.now() - started)));
      const untilHeaders = new AbortController();
      const timer = setTimeout(() => untilHeaders.abort(new DOMException('timed out', 'TimeoutError')), Math.min(options.requestTimeoutMs, left));
      let response: Response;
      try {
        response = await fetch(current, {
          redirect: 'manual',
          headers: options.headers,
          signal: AbortSignal.any([untilHeaders.signal, AbortSignal.timeout(left)]),
        });
      } catch (error) {
        throw new Problem(fetchProblem(error, options.requestTimeoutMs));
      } finally {
        clearTimeout(timer);
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, current);
        if (!isAllowed(next)) throw new Problem(`redirects to ${next.host}, which is not allowed (--allow-host ${next.host} to follow it)`);
        if (hops >= 10) throw new Problem('more than 10 redirects');
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Problem(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      const limit = Math.min(options.maxResponseBytes, options.maxTotalBytes - totalBytes);
      try {
        for await (const chunk of response.body ?? []) {
          const bytes = Buffer.from(chunk as Uint8Array);
          const room = limit - size;
          chunks.push(bytes.length > room ? bytes.subarray(0, room) : bytes);
          size += Math.min(bytes.length, room);
          if (bytes.length >= room) {
            truncated = true;
            break; // leaving the loop cancels the body: the rest is never downloaded
          }
        }
      } catch (error) {
        throw new Problem(fetchProblem(error, options.requestTimeoutMs));
      }
      totalBytes += size;
      return { url: current.href, bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? '', truncated };
    }
  }

  return {
    async *blobs(): AsyncGenerator<Blob | Skip> {
      const seen = new Set<string>();
      const queue: Array<{ url: string; kind: Kind }> = [{ url: start.href, kind: 'page' }];
      let pages = 0;
      let requests = 0;
      const enqueue = (references: Array<{ url: string; kind: Kind }>) => {
        for (const reference of references) {
          const url = new URL(reference.url);
          url.hash = '';
          if (!isAllowed(url) || seen.has(url.href)) continue;
          seen.add(url.href);
          queue.push({ url: url.href, kind: reference.kind });
        }
      };
      seen.add(start.href);
      let isFirst = true;
      while (queue.length) {
        if (performance.now() - started > options.totalTimeoutMs || totalBytes >= options.maxTotalBytes || requests >= options.maxRequests) {
          const why = performance.now() - started > options.totalTimeoutMs ? `time limit (${options.totalTimeoutMs / 1000} s)` : totalBytes >= options.maxTotalBytes ? 'byte limit' : 'request limit';
          yield { path: siteRoot, reason: 'crawl-limit', detail: `${why} reached; ${queue.length} URLs not fetched` };
          return;
        }
        const wave: Array<{ url: string; kind: Kind }> = [];
        while (queue.length && wave.length < options.concurrency && requests + wave.length < options.maxRequests) {
          const next = queue.shift()!;
          if (next.kind === 'page' && pages >= options.maxPages) continue;
          if (next.kind === 'page') pages += 1;
          wave.push(next);
        }
        requests += wave.length;
        const results = await Promise.all(wave.map(async (item) => ({ item, result: await get(item.url).catch((error: unknown) => error) })));
        for (const { item, result } of results) {
          if (result instanceof Problem) {
            if (isFirst) throw sourceError(`url: ${item.url}: ${result.message}`);
            yield { path: item.url, reason: 'unreadable', detail: result.message };
            continue;
          }
          if (result instanceof Error) throw result;
          isFirst = false;
          const fetched = { ...(result as Omit<Fetched, 'kind'>), kind: item.kind };
          if (fetched.truncated) yield { path: fetched.url, reason: 'too-large', detail: `response larger than the limit: the first ${Math.round(fetched.bytes.length / MiB)} MiB scanned` };
          yield { provenance: { kind: 'url', path: fetched.url }, bytes: fetched.bytes };
          const text = fetched.bytes.toString('utf8');
          const isHtml = /html/i.test(fetched.contentType) || (fetched.kind === 'page' && /^\s*</.test(text));
          const isScript = /javascript|ecmascript/i.test(fetched.contentType) || fetched.kind === 'script';
          if (isHtml) enqueue(pageReferences(text, fetched.url));
          else if (isScript) enqueue(scriptReferences(text, fetched.url, siteRoot));
        }
        isFirst = false;
      }
    },
  };
}
