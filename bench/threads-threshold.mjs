#!/usr/bin/env node
// Where worker threads start to pay (issue 17): trees of N source files (and of N large bundles) are
// scanned with --threads 1 and --threads 2 in alternation, forcing the workers on below the scan's
// own threshold with CAIBO_SCAN_PARALLEL_MIN (the threshold caibo-scan uses is where the two meet).
// Prints the median wall time of each and their ratio. NODE_EXTRA_CA_CERTS is unset for every run.
// Usage: npm run build && node bench/threads-threshold.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(flags.runs);
const env = { ...process.env, CAIBO_SCAN_PARALLEL_MIN: '0' };
delete env.NODE_EXTRA_CA_CERTS;

/** A 4 KB module, like the median file of bench/corpus.mjs's source tree. */
const sourceFile = (i) => `export function f${i}(a, b) {\n${'  const x = a + b; // filler line of a module\n'.repeat(90)}  return x;\n}\n`;
/** A 1 MB minified bundle line. */
const bundleFile = (i) => `(()=>{${`var a${i}=function(b){return b*2};`.repeat(30_000)}})();\n`;

function tree(count, file) {
  const dir = mkdtempSync(join(tmpdir(), 'caibo-threads-'));
  for (let i = 0; i < count; i += 1) {
    if (i % 100 === 0) mkdirSync(join(dir, `d${i / 100}`));
    writeFileSync(join(dir, `d${Math.floor(i / 100)}`, `f${i}.js`), file(i));
  }
  return dir;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

function time(dir, threads) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, dir, '--no-config', '--format', 'json', '--fail-on', 'none', '--threads', String(threads), '--debug'], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  if (threads > 1 && !result.stderr.includes('worker threads')) throw new Error(`no workers started: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

console.log(`| files | size | --threads 1 | --threads 2 | 2 ÷ 1 |`);
console.log(`| ---: | ---: | ---: | ---: | ---: |`);
for (const [count, file, size] of [
  [16, sourceFile, '64 KB'],
  [64, sourceFile, '256 KB'],
  [256, sourceFile, '1 MB'],
  [1024, sourceFile, '4 MB'],
  [4096, sourceFile, '16 MB'],
  [8, bundleFile, '8 MB'],
  [16, bundleFile, '16 MB'],
  [64, bundleFile, '64 MB'],
]) {
  const dir = tree(count, file);
  try {
    time(dir, 1); // warms the page cache
    const samples = { 1: [], 2: [] };
    for (let run = 0; run < RUNS; run += 1) for (const threads of [1, 2]) samples[threads].push(time(dir, threads));
    const [one, two] = [median(samples[1]), median(samples[2])];
    console.log(`| ${count} | ${size} | ${one.toFixed(0)} ms | ${two.toFixed(0)} ms | ${(two / one).toFixed(2)}x |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
