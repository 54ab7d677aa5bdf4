import { outputRootOf, type Exposure, type ProjectFacts } from './build-output.js';
import { baseName, hasSegment } from './paths.js';
import { isSourceMap, mappedFile } from './source-map.js';

/** Build output directories whose web assets ship to browsers (Vite, webpack, CRA, Next export). */
const BUILD_DIRS = ['dist', 'build', 'out'];
/** Directories served to browsers as they are (Django collects `static/` into `staticfiles/`). */
const SERVED_DIRS = ['public', 'static', 'staticfiles', 'www', 'assets'];
const WEB_ASSET = /\.(m?js|jsx|css|html?|map|json|txt|xml|svg|wasm|webmanifest)$/i;
/** Scripts a web server runs rather than sends, even from `public/` (Laravel's public/index.php). */
const SERVER_SCRIPT = /\.(php\d?|py|rb|pl|cgi|go|java|jsp|aspx?|cs|ex|exs|rs)$/i;
/** Files that are client code whatever their folder: pages and single-file components. */
const CLIENT_SOURCE = /\.(html?|vue|svelte)$/i;
const NAMED_BUNDLE = /(?:\.min|\.bundle|\.chunk)\.m?js$/;
/** React Native's app bundle as Metro writes it into an apk (`assets/index.android.bundle`) or an ipa (`main.jsbundle`). */
const MOBILE_BUNDLE = /^index\.(?:android|ios)\.bundle$|\.jsbundle$/;
/** `index-3f9a1c2b.js`, `main.8e2f0a1d.js`, Vite's base64url `index-Dx3_aB9k.js`. */
const HASHED_NAME = /[.-]([A-Za-z0-9_-]{8,})\.(?:m?js|css)$/;
/** Precompressed copies served in place of their asset (adapter-node, vite-plugin-compression, CDNs). */
const PRECOMPRESSED = /\.(?:gz|br)$/i;
/** Maps of scripts and styles: shipped next to them unless the generated file says otherwise. */
const SHIPPED_MAP = /\.(?:m?js|css)\.map$/;
const SERVICE_WORKER = /^(?:sw|service-?worker|serviceWorker|firebase-messaging-sw|workbox-[\w-]+)\.m?js$/;
/** Runtime markers that only bundles carry. */
const BUNDLE_MARKERS = ['__webpack_require__', 'webpackChunk', '__vitePreload', 'relList.supports("modulepreload")', '__sveltekit_'];
const SOURCE_MAPPING_TRAILER = /\/\/[#@] sourceMappingURL=\S+\s*$/;
/**
 * Code that only runs in Node: a shebang, `node:` imports, or requires of Node's core modules.
 * A webpack bundle built for Node carries the same runtime markers as a browser one, and tsc adds
 * the same sourceMappingURL trailer to every file it compiles, so these decide against "client".
 */
const NODE_MARKERS =
  /(?<![\s\S])#!.*\bnode\b|(?:from\s*|import\(\s*|require\(\s*)["']node:|require\(\s*["'](?:fs|path|os|child_process|net|http|https|zlib|worker_threads|cluster|dns|tls|readline)["']\s*\)/;
/** A CommonJS module as tsc or a Node author writes it; in a browser bundle only inside a bundler runtime. */
const COMMONJS_MODULE = /^(?:module\.exports\s*=|exports\.[\w$]+\s*=|Object\.defineProperty\(exports,)/m;
/** A minified file has long lines; a sourceMappingURL trailer alone also ends every tsc output file. */
const MINIFIED_LINE = /[^\n]{1000}/;
/** Markers sit near the top of a bundle; enough of it to find them without decoding megabytes. */
const MARKER_SCAN_BYTES = 256 * 1024;

/** Who a file is for, and the rule that decided: tests assert the rule, so no rule goes dead unnoticed. */
export interface ExposureVerdict {
  /** `unknown`: nothing says the file ships to browsers; its keys are judged by the other contexts. */
  exposure: Exposure | 'unknown';
  /** An output layout id (build-output.ts), or one of the path and content rules below. */
  reason: string;
}

const verdict = (exposure: ExposureVerdict['exposure'], reason: string): ExposureVerdict => ({ exposure, reason });

/** Hex content hashes (webpack, CRA, Next) hold a digit; base64url ones (Vite) mix cases and digits. */
function isHashedName(name: string): boolean {
  const hash = HASHED_NAME.exec(name)?.[1];
  if (!hash) return false;
  const isHex = /^[0-9a-f]+$/.test(hash) && /\d/.test(hash) && /[a-f]/.test(hash);
  return isHex || (/[A-Z]/.test(hash) && /[a-z]/.test(hash) && /\d/.test(hash));
}

/** Names and places that are browser assets whatever their content: the rule that says so, if any. */
function browserAssetRule(path: string): string | undefined {
  const name = baseName(path);
  if (hasSegment(path, SERVED_DIRS)) return 'served-folder';
  if (SERVICE_WORKER.test(name)) return 'service-worker';
  if (NAMED_BUNDLE.test(name)) return 'named-bundle';
  if (MOBILE_BUNDLE.test(name)) return 'mobile-bundle';
  if (isHashedName(name)) return 'hashed-name';
  if (CLIENT_SOURCE.test(name)) return 'page-or-component';
  return undefined;
}

/** Content test for bundles at unusual paths: bundler runtime markers, or a minified file with a source-map trailer. */
const hasBundlerRuntime = (head: string) => BUNDLE_MARKERS.some((marker) => head.includes(marker));

function isNodeCode(head: string): boolean {
  return NODE_MARKERS.test(head) || (COMMONJS_MODULE.test(head) && !hasBundlerRuntime(head));
}

function isMinifiedWithMap(head: string, content: Buffer): boolean {
  const tail = content.toString('latin1', Math.max(0, content.length - 512));
  return SOURCE_MAPPING_TRAILER.test(tail) && MINIFIED_LINE.test(head);
}

/**
 * React's marker for a component that ships to the browser (Next.js app router): 'use client'
 * before any code, after whitespace and comments. Skipped by hand: the regex this was
 * (`^(?:\s|//…|/\*[\s\S]*?\*\/)*`) could split a run of comments in exponentially many ways, and a
 * file starting with 30 of them never came back.
 */
function startsWithUseClient(head: string): boolean {
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head[at]!)) at += 1;
    const commentEnd = head.startsWith('//', at) ? head.indexOf('\n', at) : head.startsWith('/*', at) ? head.indexOf('*/', at + 2) + 1 : at;
    if (commentEnd === at) break;
    if (commentEnd <= 0) return false; // a comment that never ends
    at = commentEnd + 1;
  }
  return /^['"]use client['"]/.test(head.slice(at, at + 12));
}

/** Scripts judged by what they hold: a 'use client' directive, Node code, bundle markers. */
function scriptExposure(path: string, content: Buffer): ExposureVerdict {
  const head = content.toString('utf8', 0, Math.min(content.length, MARKER_SCAN_BYTES));
  if (startsWithUseClient(head)) return verdict('client', 'use-client');
  if (isNodeCode(head)) return verdict('server', 'node-code');
  if (hasSegment(path, BUILD_DIRS) && WEB_ASSET.test(baseName(path))) return verdict('client', 'build-folder');
  if (!/\.m?js$/i.test(path)) return verdict('unknown', 'none');
  if (hasBundlerRuntime(head)) return verdict('client', 'bundler-runtime');
  if (isMinifiedWithMap(head, content)) return verdict('client', 'minified-with-map');
  return verdict('unknown', 'none');
}

/**
 * A source map is for whoever gets the file it maps: its `file` field, else the asset next to it.
 * That file's verdict when it is on disk (read through the facts), else its path's; a map whose
 * generated file is nowhere to be seen is taken as shipped, as maps in deployed assets are.
 */
function sourceMapExposure(path: string, content: Buffer, facts: ProjectFacts | undefined): ExposureVerdict {
  const mapped = mappedFile(path, content);
  const generated = mapped.map((file) => ({ file, head: facts?.head(file) })).find((f) => f.head);
  const of = generated ?? { file: mapped[mapped.length - 1]!, head: undefined };
  const decided = exposureOf(of.file, of.head ?? Buffer.alloc(0), facts);
  if (decided.exposure !== 'unknown' || generated) return verdict(decided.exposure, `source-map:${decided.reason}`);
  return SHIPPED_MAP.test(path) ? verdict('client', 'source-map') : decided;
}

/**
 * Is this file sent to browsers, run on a server, or neither known? For any path relative to the
 * project root, with its bytes; a `.gz`/`.br` copy is judged as its asset (`app.js.gz` as `app.js`), so
 * pass it decompressed for the content rules to see. In order:
 * a recognised build output root decides for everything below it; then server scripts, source maps,
 * names and places that are browser assets; then, for scripts, the content.
 */
export function exposureOf(path: string, content: Buffer, facts?: ProjectFacts): ExposureVerdict {
  if (PRECOMPRESSED.test(path)) return exposureOf(path.replace(PRECOMPRESSED, ''), content, facts);
  const output = outputRootOf(path, facts);
  if (output) return verdict(output.exposure, output.layout.id);
  if (SERVER_SCRIPT.test(path)) return verdict('server', 'server-script');
  if (/\.cjs$/.test(path)) return verdict('server', 'commonjs-file');
  if (isSourceMap(path)) return sourceMapExposure(path, content, facts);
  const assetRule = browserAssetRule(path);
  if (assetRule) return verdict('client', assetRule);
  if (!/\.m?jsx?$|\.tsx?$/i.test(path)) return verdict('unknown', 'none');
  return scriptExposure(path, content);
}
