import { baseName, hasDirSequence, hasSegment } from './paths.js';

/** Build output directories whose web assets ship to browsers (Vite, webpack, CRA, Next export). */
const BUILD_DIRS = ['dist', 'build', 'out'];
/** Directories served to browsers as they are. */
const SERVED_DIRS = ['public', 'static', 'www', 'assets'];
const WEB_ASSET = /\.(m?js|jsx|css|html?|map|json|txt|xml|svg|wasm|webmanifest)$/i;
/** Names bundlers give chunks: `index-3f9a1c2b.js`, `main.8e2f0a1d.js`, `app.bundle.js`, `x.min.js`. */
const BUNDLE_NAME = /(?:\.min|\.bundle|\.chunk)\.m?js$|[.-][A-Za-z0-9_]{6,}\.(?:m?js|css)$/;
const SOURCE_MAP = /\.(?:m?js|css)\.map$/;
const SERVICE_WORKER = /^(?:sw|service-?worker|serviceWorker|firebase-messaging-sw|workbox-[\w-]+)\.m?js$/;
/** Runtime markers that only client bundles carry. */
const BUNDLE_MARKERS = ['__webpack_require__', 'webpackChunk', '__vitePreload', 'relList.supports("modulepreload")', '__sveltekit_'];
const SOURCE_MAPPING_TRAILER = /\/\/[#@] sourceMappingURL=\S+\s*$/;

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

/** Is this path a browser bundle by its name or place alone? */
export function isClientBundlePath(path: string): boolean {
  if (isServerOutput(path)) return false;
  const name = baseName(path);
  if (hasDirSequence(path, ['.next', 'static'])) return true;
  if (hasSegment(path, SERVED_DIRS)) return true;
  if (hasSegment(path, BUILD_DIRS) && WEB_ASSET.test(name)) return true;
  if (SOURCE_MAP.test(name) || SERVICE_WORKER.test(name)) return true;
  return BUNDLE_NAME.test(name) && /\d/.test(name.replace(/\.m?js$|\.css$/, ''));
}

/** Content test for bundles at unusual paths: bundler runtime markers or a source-map trailer. */
export function hasClientBundleMarkers(content: Buffer): boolean {
  if (BUNDLE_MARKERS.some((marker) => content.includes(marker))) return true;
  const tail = content.toString('latin1', Math.max(0, content.length - 512));
  return SOURCE_MAPPING_TRAILER.test(tail);
}

export function isClientBundle(path: string, content: Buffer): boolean {
  if (isServerOutput(path)) return false;
  return isClientBundlePath(path) || (/\.(m?js|html?)$/i.test(path) && hasClientBundleMarkers(content));
}
