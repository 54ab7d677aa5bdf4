// Deterministic benchmark corpora, generated at run time (never committed): the same seed gives
// byte-identical trees and repositories, so numbers from two machines compare like for like.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Assembled at run time so this file never holds a key-shaped literal (the repository scans itself clean).
export const LIVE_PREFIX = ['caibo', 'live', 'sk', ''].join('_');
export const TEST_PREFIX = ['caibo', 'test', 'sk', ''].join('_');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const MB = 1024 * 1024;
/** Bump when a generator changes, so cached corpora are rebuilt. */
const GENERATOR_VERSION = 5;

/** mulberry32: tiny, fast and good enough to pick words and sizes reproducibly. */
export function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (items) => items[int(items.length)];
  // Box-Muller: file sizes in real trees are roughly log-normal.
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, int, pick, normal };
}

const WORDS = (
  'user order payment request session token client server config options value result error data item list map ' +
  'handler response fetch update create delete render props state store index amount currency merchant invoice ' +
  'checkout cart price total status logger cache queue worker retry timeout limit offset page filter sort'
).split(' ');

function identifier(r) {
  const first = r.pick(WORDS);
  const second = r.pick(WORDS);
  return first + second[0].toUpperCase() + second.slice(1);
}

export function keyBody(r, length = 32) {
  for (;;) {
    let body = '';
    for (let i = 0; i < length; i += 1) body += ALNUM[r.int(ALNUM.length)];
    // Same rule as test/helpers/keygen.ts: nothing a placeholder filter could take for documentation.
    if (!/(.)\1\1/.test(body) && !/your|here|fake|xxxx|dummy|example|sample|secret|mykey/i.test(body)) return body;
  }
}

/** Lines that contain `caibo_` but no reportable key: what makes a prefilter earn its keep. */
export function nearMissLine(r) {
  switch (r.int(7)) {
    case 0:
      return `const caibo_${r.pick(WORDS)} = require('./caibo_${r.pick(WORDS)}');`;
    case 1:
      return `  if (key.startsWith('${r.pick([LIVE_PREFIX, TEST_PREFIX])}')) return ${identifier(r)};`;
    case 2:
      return `  // short: ${LIVE_PREFIX}${keyBody(r, 4 + r.int(10))}`;
    case 3:
      return `CAIBO_API_KEY=${TEST_PREFIX}your_test_key_here`;
    case 4:
      return `  apiKey: process.env.CAIBO_API_KEY, // never ${LIVE_PREFIX}... in code`;
    case 5:
      return `  const re = /^${LIVE_PREFIX}[A-Za-z0-9]{16,}$/;`;
    default:
      return `  caibo_client.${r.pick(WORDS)}(${identifier(r)}, { retries: ${r.int(5)} });`;
  }
}

export function codeLine(r) {
  const indent = ' '.repeat(2 * r.int(4));
  switch (r.int(8)) {
    case 0:
      return `${indent}const ${identifier(r)} = await ${identifier(r)}(${identifier(r)}, ${r.int(1000)});`;
    case 1:
      return `${indent}if (${identifier(r)}.${r.pick(WORDS)} === '${r.pick(WORDS)}') {`;
    case 2:
      return `${indent}}`;
    case 3:
      return `${indent}// ${r.pick(WORDS)} the ${r.pick(WORDS)} before the ${r.pick(WORDS)} is ${r.pick(WORDS)}ed`;
    case 4:
      return `${indent}return { ${r.pick(WORDS)}: ${identifier(r)}, ${r.pick(WORDS)}: ${r.int(100000)} };`;
    case 5:
      return `import { ${identifier(r)}, ${identifier(r)} } from '../${r.pick(WORDS)}/${r.pick(WORDS)}.js';`;
    case 6:
      return '';
    default:
      return `${indent}${identifier(r)}.${r.pick(WORDS)}(\`${r.pick(WORDS)} \${${identifier(r)}} ${r.pick(WORDS)}\`);`;
  }
}

/** A few MB of code-like text that files are cut from; one line in ~250 is a near-miss. */
function reservoir(r, bytes) {
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const line = r.int(250) === 0 ? nearMissLine(r) : codeLine(r);
    lines.push(line);
    size += line.length + 1;
  }
  return Buffer.from(lines.join('\n') + '\n');
}

function slice(r, text, size) {
  // Larger than the reservoir (big fixtures): several slices end to end.
  if (size > text.length / 2) return Buffer.concat([slice(r, text, text.length / 2), slice(r, text, size - text.length / 2)]);
  const start = r.int(Math.max(1, text.length - size));
  const from = text.indexOf(0x0a, start) + 1;
  return text.subarray(from, Math.min(text.length, from + size));
}

function writeFileDeep(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** A key line planted in a file; `keys` collects them so the bench can check what each tool found. */
export function plantKey(r, keys, path) {
  const key = (r.int(3) === 0 ? TEST_PREFIX : LIVE_PREFIX) + keyBody(r);
  keys.push(path);
  return `const ${identifier(r)} = "${key}";\n`;
}

/** (a) A source tree: log-normal file sizes (median ~4 KB), a few big fixtures, a few keys, many near-misses. */
export function sourceTree(dir, totalBytes, seed) {
  const r = prng(seed);
  const text = reservoir(r, 8 * MB);
  const keys = [];
  const exts = ['js', 'ts', 'tsx', 'py', 'md', 'json', 'go', 'css', 'html', 'yml'];
  let written = 0;
  let files = 0;
  // Big fixtures first (one above the 16 MB whole-file limit, so streaming is exercised), ~15% of the bytes.
  for (const size of [totalBytes * 0.1, totalBytes * 0.03, totalBytes * 0.02]) {
    writeFileDeep(join(dir, 'fixtures', `dump-${files}.sql`), slice(r, text, Math.floor(size)));
    written += size;
    files += 1;
  }
  // About ten files per directory, as in real repositories (the walk costs per directory as well as per file).
  const directories = Math.max(4, Math.round(totalBytes / (100 * 1024)));
  const keyEvery = Math.max(1, Math.floor(totalBytes / 5));
  let nextKeyAt = keyEvery / 2;
  while (written < totalBytes) {
    const size = Math.min(3 * MB, Math.max(60, Math.floor(Math.exp(8.3 + 1.3 * r.normal()))));
    const folder = r.int(directories);
    const path = `packages/pkg${folder % 20}/src/${WORDS[folder % WORDS.length]}-${Math.floor(folder / 20)}/${r.pick(WORDS)}-${files}.${r.pick(exts)}`;
    let content = slice(r, text, size);
    if (written >= nextKeyAt) {
      nextKeyAt += keyEvery;
      const at = content.indexOf(0x0a, r.int(content.length)) + 1;
      content = Buffer.concat([content.subarray(0, at), Buffer.from(plantKey(r, keys, path)), content.subarray(at)]);
    }
    writeFileDeep(join(dir, path), content);
    written += content.length;
    files += 1;
  }
  return { files, bytes: written, keys: keys.length };
}

function minified(r, text, size) {
  // Bundlers emit very long lines: join source lines with `;` into lines of ~100 KB.
  const parts = [];
  let length = 0;
  while (length < size) {
    const line = slice(r, text, 100_000).toString('latin1').replace(/\n\s*/g, ';');
    parts.push(line);
    length += line.length + 1;
  }
  return Buffer.from(parts.join('\n'), 'latin1').subarray(0, size);
}

/** A source map about 1.2x its bundle: the original sources (sourcesContent) plus VLQ mappings. */
function sourceMap(r, text, bundle) {
  const sources = 1 + Math.floor(bundle.length / 30_000);
  const files = Array.from({ length: sources }, (_, i) => `webpack://app/src/${r.pick(WORDS)}-${i}.tsx`);
  const contents = files.map(() => slice(r, text, Math.floor((1.6 * bundle.length) / sources) * r.next()).toString('latin1'));
  const mappings = 'AAAA,SAAS;'.repeat(Math.floor(bundle.length / 25));
  return JSON.stringify({ version: 3, file: 'bundle.js', sources: files, sourcesContent: contents, mappings });
}

/** (b) Build output: minified bundles (one above 16 MB) with source maps holding the original sources. */
export function buildTree(dir, totalBytes, seed) {
  const r = prng(seed);
  const text = reservoir(r, 8 * MB);
  const keys = [];
  let written = 0;
  let files = 0;
  const sizes = [totalBytes * 0.18];
  while (sizes.reduce((a, b) => a + b, 0) * 2.2 < totalBytes) sizes.push(totalBytes * (0.002 + 0.03 * r.next()));
  for (const [index, size] of sizes.entries()) {
    const path = `dist/assets/chunk-${index}.${keyBody(r, 8).toLowerCase()}.js`;
    let bundle = minified(r, text, Math.floor(size));
    if (index % 9 === 4) {
      const at = r.int(bundle.length);
      const key = LIVE_PREFIX + keyBody(r);
      bundle = Buffer.concat([bundle.subarray(0, at), Buffer.from(`;const e={NEXT_PUBLIC_CAIBO_KEY:"${key}"};`), bundle.subarray(at)]);
      keys.push(path);
    }
    const map = sourceMap(r, text, bundle);
    writeFileDeep(join(dir, path), Buffer.concat([bundle, Buffer.from(`\n//# sourceMappingURL=${path.split('/').pop()}.map\n`)]));
    writeFileDeep(join(dir, `${path}.map`), map);
    written += bundle.length + map.length;
    files += 2;
  }
  writeFileDeep(join(dir, 'dist/index.html'), '<!doctype html><script type="module" src="/assets/chunk-0.js"></script>\n');
  return { files: files + 1, bytes: written, keys: keys.length };
}

export function git(cwd, args, input) {
  const result = spawnSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 64 * MB });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export function initRepo(dir) {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.email', 'bench@example.invalid']);
  git(dir, ['config', 'user.name', 'bench']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
}

/** Streams `git fast-import` input to a file first: tens of MB, far faster than one `git commit` per commit. */
export class FastImport {
  constructor(file) {
    this.file = file;
    this.fd = openSync(file, 'w');
    this.mark = 0;
    this.time = 1_700_000_000;
  }
  blob(content) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    this.mark += 1;
    writeSync(this.fd, `blob\nmark :${this.mark}\ndata ${data.length}\n`);
    writeSync(this.fd, data);
    writeSync(this.fd, '\n');
    return this.mark;
  }
  commit(ref, parent, message, changes) {
    this.mark += 1;
    this.time += 600;
    const who = `bench <bench@example.invalid> ${this.time} +0000`;
    let out = `commit ${ref}\nmark :${this.mark}\nauthor ${who}\ncommitter ${who}\ndata ${Buffer.byteLength(message)}\n${message}\n`;
    if (parent) out += `from :${parent}\n`;
    for (const change of changes) out += change.blob ? `M 100644 :${change.blob} ${change.path}\n` : `D ${change.path}\n`;
    writeSync(this.fd, out + '\n');
    return this.mark;
  }
  run(repo) {
    closeSync(this.fd);
    const result = spawnSync('git', ['fast-import', '--quiet'], { cwd: repo, stdio: [openSync(this.file, 'r'), 'ignore', 'pipe'] });
    rmSync(this.file);
    if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr}`);
  }
}

/** (c) A repository with `commits` commits over ~400 files; a few keys are added and deleted again, one on a side branch. */
export function historyRepo(dir, commits, seed) {
  const r = prng(seed);
  const text = reservoir(r, 4 * MB);
  initRepo(dir);
  const stream = new FastImport(join(dir, '..', 'history.fi'));
  const paths = Array.from({ length: 400 }, (_, i) => `src/${r.pick(WORDS)}/${r.pick(WORDS)}-${i}.ts`);
  let parent = stream.commit('refs/heads/main', 0, 'initial import', paths.map((path) => ({ path, blob: stream.blob(slice(r, text, 500 + r.int(8000))) })));
  const keys = [];
  // Keys arrive at these commits and are removed 10 commits later.
  const keyAt = new Map([[Math.floor(commits * 0.2), 'src/config/keys.ts'], [Math.floor(commits * 0.55), 'test/fixtures/client.ts'], [Math.floor(commits * 0.8), '.env.production']]);
  const removeAt = new Map([...keyAt].map(([at, path]) => [at + 10, path]));
  let sideBranchFrom = 0;
  for (let n = 1; n < commits; n += 1) {
    const changes = [];
    for (let k = 0; k < 1 + r.int(3); k += 1) changes.push({ path: r.pick(paths), blob: stream.blob(slice(r, text, 500 + r.int(8000))) });
    if (keyAt.has(n)) {
      const path = keyAt.get(n);
      changes.push({ path, blob: stream.blob(plantKey(r, keys, path)) });
    }
    if (removeAt.has(n)) changes.push({ path: removeAt.get(n) });
    parent = stream.commit('refs/heads/main', parent, `change ${n}: ${identifier(r)}`, changes);
    if (n === Math.floor(commits * 0.9)) sideBranchFrom = parent;
  }
  const sidePath = 'src/feature/flag.ts';
  stream.commit('refs/heads/feature', sideBranchFrom, 'try the live key', [{ path: sidePath, blob: stream.blob(plantKey(r, keys, sidePath)) }]);
  stream.run(dir);
  git(dir, ['reset', '-q', '--hard', 'main']);
  return { commits: commits + 1, keys: keys.length };
}

/** (d) A repository of `files` files with a 10-file change staged; one staged file holds a key. */
export function stagedRepo(dir, files, seed) {
  const r = prng(seed);
  const text = reservoir(r, 2 * MB);
  initRepo(dir);
  const stream = new FastImport(join(dir, '..', 'staged.fi'));
  const paths = Array.from({ length: files }, (_, i) => `app/${r.pick(WORDS)}/${r.pick(WORDS)}/file-${i}.js`);
  stream.commit('refs/heads/main', 0, 'initial import', paths.map((path) => ({ path, blob: stream.blob(slice(r, text, 100 + r.int(1500))) })));
  stream.run(dir);
  git(dir, ['reset', '-q', '--hard', 'main']);
  const keys = [];
  const changed = Array.from({ length: 10 }, () => r.pick(paths));
  for (const [index, path] of changed.entries()) {
    const added = index === 3 ? plantKey(r, keys, path) : `${codeLine(r)}\n${nearMissLine(r)}\n`;
    writeFileSync(join(dir, path), Buffer.concat([readFileSync(join(dir, path)), Buffer.from(added)]));
  }
  git(dir, ['add', '--', ...changed]);
  return { files, keys: keys.length };
}

/** Builds a corpus unless an identical one (same generator, parameters and seed) is already on disk. */
export function ensureCorpus(dir, build, params) {
  const stamp = join(dir, '..', `${dir.split('/').pop()}.stamp.json`);
  const wanted = JSON.stringify({ version: GENERATOR_VERSION, params });
  if (existsSync(stamp) && existsSync(dir)) {
    const saved = JSON.parse(readFileSync(stamp, 'utf8'));
    if (JSON.stringify({ version: saved.version, params: saved.params }) === wanted) return saved.info;
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(stamp, { force: true });
  const info = build();
  writeFileSync(stamp, JSON.stringify({ version: GENERATOR_VERSION, params, info }));
  return info;
}
