/**
 * The real-bundler matrix: tiny apps (test/real-builds/<template>/) built with real, pinned framework
 * versions and freshly generated keys, then scanned three ways. For every occurrence of every planted
 * key in the build output (a plain byte search, .gz/.br copies decompressed), the scan must report it,
 * with `client-bundle` (or `exposed-env-var`) in client output and `default` elsewhere, and the same
 * context, rule and severity whichever way the app is scanned. The installs are cached by
 * `node scripts/real-builds.mjs install` (.ci/run does it); the builds run here, once per test run.
 * The results go to node_modules/.cache/real-builds.json for `node scripts/real-builds-table.mjs`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJson, runBin } from './helpers/cli.js';
import { git } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';
import { requirement } from './helpers/requirement.js';

const SCRIPT = fileURLToPath(new URL('../scripts/real-builds.mjs', import.meta.url));
const RESULTS = fileURLToPath(new URL('../node_modules/.cache/real-builds.json', import.meta.url));

type Plant = 'envLive' | 'clientLive' | 'serverLive' | 'clientTest';
type Keys = Record<Plant, string>;
interface Cell {
  id: string;
  framework: string;
  env: string;
  node?: number;
  keyFiles: { client: string; server?: string };
  outputs: string[];
  client: string[];
  appDir: string;
  log: string;
  ok: boolean;
  error?: string;
  version?: string;
  seconds?: number;
}
interface Manifest {
  root: string;
  seconds: number;
  cells: Cell[];
}

const listing = JSON.parse(execFileSync(process.execPath, [SCRIPT, 'list'], { encoding: 'utf8' })) as {
  root: string;
  cells: Array<{ id: string; installed: boolean }>;
};
// CAIBO_REAL_BUILDS_ONLY=vite,esbuild narrows a local run to some cells.
const only = process.env.CAIBO_REAL_BUILDS_ONLY?.split(',');
const cellIds = listing.cells.map((cell) => cell.id).filter((id) => !only || only.includes(id));
const notInstalled = listing.cells.filter((cell) => cellIds.includes(cell.id) && !cell.installed).map((cell) => cell.id);
const missing = requirement(
  notInstalled.length === 0,
  `the real-bundler installs (${notInstalled.join(', ')})`,
  'node scripts/real-builds.mjs install',
);

/** Every occurrence of every planted key in the cell's output: file (absolute) → plant → count. */
function occurrences(cell: Cell, keys: Keys): Map<string, Map<Plant, number>> {
  const found = new Map<string, Map<Plant, number>>();
  const visit = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const absolute = join(path, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') visit(absolute);
        continue;
      }
      if (!entry.isFile()) continue;
      let bytes = readFileSync(absolute);
      try {
        if (entry.name.endsWith('.gz')) bytes = gunzipSync(bytes);
        else if (entry.name.endsWith('.br')) bytes = brotliDecompressSync(bytes);
      } catch {
        // not compressed after all: search the bytes as they are
      }
      for (const [plant, key] of Object.entries(keys) as Array<[Plant, string]>) {
        let count = 0;
        for (let at = bytes.indexOf(key); at !== -1; at = bytes.indexOf(key, at + key.length)) count += 1;
        if (!count) continue;
        if (!found.has(absolute)) found.set(absolute, new Map());
        found.get(absolute)!.set(plant, count);
      }
    }
  };
  for (const output of cell.outputs) visit(join(cell.appDir, output));
  return found;
}

const isClient = (cell: Cell, file: string) => {
  const path = relative(cell.appDir, file).split('\\').join('/');
  return cell.client.some((root) => path === root || path.startsWith(`${root}/`));
};
/**
 * Client output is `client-bundle`, anything else `default`; `exposed-env-var` (critical, "assigned to a
 * variable the bundler inlines into browser code, in any file") is right for the public variable's key
 * wherever it is assigned, e.g. SvelteKit's server env module `explicit_public_env.PUBLIC_… = "…"`.
 */
const expectedContexts = (cell: Cell, file: string, plant: Plant) => [
  isClient(cell, file) ? 'client-bundle' : 'default',
  ...(isClient(cell, file) || plant === 'envLive' ? ['exposed-env-var'] : []),
];

/** One finding of a planted key, as the scan reported it. */
interface Verdict {
  plant: Plant;
  context: string;
  ruleId: string;
  severity: string;
  fingerprint: string;
}

/**
 * Scans `target` from `cwd` with the built CLI and returns the planted keys' findings by absolute file.
 * A reported path is taken relative to the scan's working directory or to the app (the project root),
 * whichever names an existing file; an inner name (`app.js.gz!app.js`) counts for its container.
 */
function scan(cell: Cell, cwd: string, keys: Keys): Map<string, Verdict[]> {
  const result = runBin(['.', '--format', 'json', '--show-secrets'], { cwd, timeout: 300_000 });
  if (result.exitCode === 2 || result.exitCode === null) throw new Error(`caibo-scan in ${cwd} failed: ${result.stderr}`);
  const plantOf = new Map(Object.entries(keys).map(([plant, key]) => [key, plant as Plant]));
  const byFile = new Map<string, Verdict[]>();
  for (const finding of parseJson(result).findings) {
    const plant = plantOf.get(finding.secret as string);
    if (!plant) continue;
    const container = finding.file.split('!')[0]!;
    const candidates = [resolve(cwd, container), resolve(cell.appDir, container)];
    const file = candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push({ plant, context: finding.context, ruleId: finding.ruleId, severity: finding.severity, fingerprint: finding.fingerprint as string });
  }
  return byFile;
}

const WAYS = ['output dir alone', 'app dir', 'git repository'] as const;
type Way = (typeof WAYS)[number];

interface WayResult {
  /** Occurrences reported (at most one finding counted per occurrence). */
  found: number;
  /** Occurrences reported with the context their side of the build calls for. */
  right: number;
  missed: string[];
  wrong: string[];
}
interface CellResult {
  id: string;
  framework: string;
  version?: string;
  node: number;
  buildSeconds?: number;
  occurrences: number;
  files: number;
  ways: Partial<Record<Way, WayResult>>;
  sameVerdict?: boolean;
  sameFingerprint?: boolean;
  error?: string;
}

function judge(cell: Cell, expected: Map<string, Map<Plant, number>>, reported: Map<string, Verdict[]>): WayResult {
  const result: WayResult = { found: 0, right: 0, missed: [], wrong: [] };
  for (const [file, plants] of expected) {
    const verdicts = reported.get(file) ?? [];
    const name = relative(cell.appDir, file);
    for (const [plant, count] of plants) {
      const allowed = expectedContexts(cell, file, plant);
      const mine = verdicts.filter((verdict) => verdict.plant === plant);
      const found = Math.min(count, mine.length);
      const right = Math.min(found, mine.filter((verdict) => allowed.includes(verdict.context)).length);
      result.found += found;
      result.right += right;
      if (found < count) result.missed.push(`${name}: ${plant} ${count - found} of ${count}`);
      for (const verdict of mine.filter((verdict) => !allowed.includes(verdict.context))) {
        result.wrong.push(`${name}: ${plant} ${verdict.context} (want ${allowed.join(' or ')})`);
      }
    }
  }
  return result;
}

/**
 * Per file, the planted keys' verdicts in a canonical order: equal across ways when the verdict is a
 * function of the file. With `fingerprints`, the fingerprint (rule, reported path, key) is compared
 * too, so a baseline made one way matches a scan made another.
 */
const signature = (reported: Map<string, Verdict[]>, files: Iterable<string>, fingerprints: boolean) =>
  [...files].sort().map((file) =>
    [
      relative('/', file),
      ...(reported.get(file) ?? []).map((v) => `${v.plant} ${v.context} ${v.ruleId} ${v.severity}${fingerprints ? ` ${v.fingerprint}` : ''}`).sort(),
    ].join('\n'),
  );

/** Whether every way gave the first way's signatures. */
const allSame = (signatures: string[][]) => signatures.every((one) => JSON.stringify(one) === JSON.stringify(signatures[0]));

describe.skipIf(missing !== '' || cellIds.length === 0)(`real framework builds${missing}`, () => {
  const keysByCell: Record<string, Keys> = {};
  const results: CellResult[] = [];
  let manifest: Manifest;
  let work: string;

  beforeAll(async () => {
    for (const id of cellIds) keysByCell[id] = { envLive: liveKey(), clientLive: liveKey(), serverLive: liveKey(), clientTest: testKey() };
    work = mkdtempSync(join(tmpdir(), 'caibo-real-builds-'));
    const keysFile = join(work, 'keys.json');
    writeFileSync(keysFile, JSON.stringify(keysByCell), { mode: 0o600 });
    chmodSync(keysFile, 0o600);
    const out = join(work, 'manifest.json');
    await new Promise<void>((done, fail) =>
      execFile(process.execPath, [SCRIPT, 'build', keysFile, out, ...cellIds], { maxBuffer: 64 * 1024 * 1024 }, (error) =>
        error ? fail(error) : done(),
      ),
    );
    manifest = JSON.parse(readFileSync(out, 'utf8')) as Manifest;
  }, 30 * 60_000);

  afterAll(() => {
    if (!manifest) return;
    mkdirSync(join(RESULTS, '..'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), buildSeconds: manifest.seconds, cells: results }, null, 2)}\n`);
    // CAIBO_REAL_BUILDS_KEEP=1 keeps the built apps to look at (the manifest in `work` names them).
    if (process.env.CAIBO_REAL_BUILDS_KEEP === '1') return;
    execFileSync(process.execPath, [SCRIPT, 'clean', join(work, 'manifest.json')]);
    rmSync(work, { recursive: true, force: true });
  });

  it.each(cellIds)('%s: every planted key in the output is found, with its side of the build, the same three ways', (id) => {
    const cell = manifest.cells.find((candidate) => candidate.id === id)!;
    const row: CellResult = { id, framework: cell.framework, version: cell.version, node: cell.node ?? 20, buildSeconds: cell.seconds, occurrences: 0, files: 0, ways: {} };
    results.push(row);
    if (!cell.ok) {
      row.error = cell.error;
      // A build error may quote the generated key file: the log is shown redacted, like every output.
      const log = readFileSync(cell.log, 'utf8').slice(-4000).replace(/(caibo_(?:live|test)_sk_)[A-Za-z0-9]+/g, '$1********');
      expect.fail(`${cell.error}; the build log:\n${log}`);
    }
    const keys = keysByCell[id]!;
    const expected = occurrences(cell, keys);
    row.files = expected.size;
    row.occurrences = [...expected.values()].reduce((sum, plants) => sum + [...plants.values()].reduce((a, b) => a + b, 0), 0);

    // The harness itself: each plant reached its side of the build (else the cell proves nothing).
    const reached = (plant: Plant, client: boolean) => [...expected].some(([file, plants]) => plants.has(plant) && isClient(cell, file) === client);
    expect(['envLive', 'clientLive', 'clientTest'].filter((plant) => !reached(plant as Plant, true)), 'plants missing from client output').toEqual([]);
    if (cell.keyFiles.server) expect(reached('serverLive', false), 'the server key in server output').toBe(true);

    const reports = {} as Record<Way, Map<string, Verdict[]>>;
    reports['output dir alone'] = new Map(cell.outputs.flatMap((output) => [...scan(cell, join(cell.appDir, output), keys)]));
    reports['app dir'] = scan(cell, cell.appDir, keys);
    git(cell.appDir, 'init', '-q');
    git(cell.appDir, 'add', '-A');
    git(cell.appDir, 'commit', '-q', '-m', 'app');
    reports['git repository'] = scan(cell, cell.appDir, keys);

    for (const way of WAYS) row.ways[way] = judge(cell, expected, reports[way]);
    const verdicts = WAYS.map((way) => signature(reports[way], expected.keys(), false));
    const fingerprints = WAYS.map((way) => signature(reports[way], expected.keys(), true));
    row.sameVerdict = allSame(verdicts);
    row.sameFingerprint = allSame(fingerprints);

    for (const way of WAYS) {
      expect.soft(row.ways[way]!.missed, `${way}: occurrences not reported`).toEqual([]);
      expect.soft(row.ways[way]!.wrong, `${way}: wrong context`).toEqual([]);
    }
    expect.soft(verdicts[1], 'app dir: same context, rule and severity per file as the output dir alone').toEqual(verdicts[0]);
    expect.soft(verdicts[2], 'git repository: same context, rule and severity per file as the output dir alone').toEqual(verdicts[0]);
    expect.soft(fingerprints[1], 'app dir: same fingerprints as the output dir alone').toEqual(fingerprints[0]);
    expect.soft(fingerprints[2], 'git repository: same fingerprints as the output dir alone').toEqual(fingerprints[0]);
  });
});
