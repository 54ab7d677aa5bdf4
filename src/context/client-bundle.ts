import { baseName, hasDirSequence, hasSegment } from './paths.js';

/** Build output directories whose web assets ship to browsers (Vite, webpack, CRA, Next export). */
const BUILD_DIRS = ['dist', 'build', 'out'];
/** Directories served to browsers as they are (Django collects `static/` into `staticfiles/`). */
const SERVED_DIRS = ['public', 'static', 'staticfiles', 'www', 'assets'];
const WEB_ASSET = /\.(m?js|jsx|css|html?|map|json|txt|xml|svg|wasm|webmanifest)$/i;
/** Scripts a web server runs rather than sends, even from `public/` (Laravel's public/index.php). */
const SERVER_SCRIPT = /\.(php\d?|py|rb|pl|cgi|go|java|jsp|aspx?|cs|ex|exs|rs)$/i;
/** Files that are client code whatever their folder: pages and single-file components. */
const CLIENT_SOURCE = /\.(html?|vue|svelte)$/i;
/** React's marker for a component that ships to the browser (Next.js app router). */
const USE_CLIENT_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use client['"]/;
const NAMED_BUNDLE = /(?:\.min|\.bundle|\.chunk)\.m?js$/;
/** React Native's app bundle as Metro writes it into an apk (`assets/index.android.bundle`) or an ipa (`main.jsbundle`). */
const MOBILE_BUNDLE = /^index\.(?:android|ios)\.bundle$|\.jsbundle$/;
/** `index-3f9a1c2b.js`, `main.8e2f0a1d.js`, Vite's base64url `index-Dx3_aB9k.js`. */
const HASHED_NAME = /[.-]([A-Za-z0-9_-]{8,})\.(?:m?js|css)$/;
const SOURCE_MAP = /\.(?:m?js|css)\.map$/;
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

/** Server-side build output: compiled for Node, never sent to a browser. */
export function isServerOutput(path: string): boolean {
  return (
    hasDirSequence(path, ['.next', 'server']) ||
    hasDirSequence(path, ['dist', 'server']) ||
    hasDirSequence(path, ['build', 'server']) ||
    hasDirSequence(path, ['.output', 'server']) ||
    /\.cjs$/.test(path)
  );
}

/** Hex content hashes (webpack, CRA, Next) hold a digit; base64url ones (Vite) mix cases and digits. */
function isHashedName(name: string): boolean {
  const hash = HASHED_NAME.exec(name)?.[1];
  if (!hash) return false;
  const isHex = /^[0-9a-f]+$/.test(hash) && /\d/.test(hash) && /[a-f]/.test(hash);
  return isHex || (/[A-Z]/.test(hash) && /[a-z]/.test(hash) && /\d/.test(hash));
}

/** Names and places that are browser assets whatever their content. */
function isBrowserAssetPath(path: string): boolean {
  const name = baseName(path);
  return (
    hasDirSequence(path, ['.next', 'static']) ||
    hasSegment(path, SERVED_DIRS) ||
    SOURCE_MAP.test(name) ||
    SERVICE_WORKER.test(name) ||
    NAMED_BUNDLE.test(name) ||
    MOBILE_BUNDLE.test(name) ||
    isHashedName(name) ||
    CLIENT_SOURCE.test(name)
  );
}

/** Content test for bundles at unusual paths: bundler runtime markers, or a minified file with a source-map trailer. */
const hasBundlerRuntime = (head: string) => BUNDLE_MARKERS.some((marker) => head.includes(marker));

function isNodeCode(head: string): boolean {
  return NODE_MARKERS.test(head) || (COMMONJS_MODULE.test(head) && !hasBundlerRuntime(head));
}

function hasClientBundleMarkers(head: string, content: Buffer): boolean {
  if (hasBundlerRuntime(head)) return true;
  const tail = content.toString('latin1', Math.max(0, content.length - 512));
  return SOURCE_MAPPING_TRAILER.test(tail) && MINIFIED_LINE.test(head);
}

/**
 * Is this file sent to browsers? By place and name first (bundle folders, hashed chunk names,
 * pages and components), then by content for build output and unusual paths, where Node code
 * (a library's own dist/, a build script, a server bundle) is told apart from browser code.
 */
export function isClientBundle(path: string, content: Buffer): boolean {
  if (isServerOutput(path) || SERVER_SCRIPT.test(path)) return false;
  if (isBrowserAssetPath(path)) return true;
  const isScript = /\.m?jsx?$|\.tsx?$/i.test(path);
  if (!isScript) return false;
  const head = content.toString('utf8', 0, Math.min(content.length, MARKER_SCAN_BYTES));
  if (USE_CLIENT_DIRECTIVE.test(head)) return true;
  if (isNodeCode(head)) return false;
  const isBuildOutput = hasSegment(path, BUILD_DIRS) && WEB_ASSET.test(baseName(path));
  return isBuildOutput || (/\.m?js$/i.test(path) && hasClientBundleMarkers(head, content));
}
