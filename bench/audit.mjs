#!/usr/bin/env node
// An audit of a repository with >= 10,000 commits (built with git fast-import), timed with and without
// the HTML report (issue 14). Usage: node bench/audit.mjs [--commits N] [--runs N] [--json FILE]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus, historyRepo } from './corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = process.env.CAIBO_BENCH_CORPUS ?? join(ROOT, 'bench', '.corpus');
const { values: flags } = parseArgs({
  options: { commits: { type: 'string', default: '12000' }, runs: { type: 'string', default: '5' }, json: { type: 'string' } },
});
const commits = Number(flags.commits);
const runs = Number(flags.runs);
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS; // ~85 ms of CA loading per node start that users do not pay

mkdirSync(CORPUS, { recursive: true });
const dir = join(CORPUS, `audit-${commits}c`);
const info = ensureCorpus(
  dir,
  () => {
    const built = historyRepo(dir, commits, 0xa0d17);
    // Releases: the audit reports which keys reached a tag.
    for (const [tag, back] of [['v1.0', Math.floor(commits * 0.7)], ['v2.0', Math.floor(commits * 0.1)], ['v3.0', 0]]) {
      spawnSync('git', ['tag', tag, `main~${back}`], { cwd: dir });
    }
    return built;
  },
  { commits, tags: 3 },
);
const out = join(CORPUS, 'audit-out');
mkdirSync(out, { recursive: true });

const variants = [
  ['json', ['--format', 'json', '--output', join(out, 'audit.json')]],
  ['html', ['--format', 'html', '--output', join(out, 'audit.html')]],
  ['text', ['--format', 'text', '--output', join(out, 'audit.txt')]],
];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
for (const [name, args] of variants) {
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'bin.js'), 'history', dir, '--no-config', '--fail-on', 'none', ...args], { env, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`caibo-scan ${name} exited ${result.status}: ${result.stderr}`);
  }
  const file = args[args.length - 1];
  results.push({ format: name, medianMs: Math.round(median(times)), minMs: Math.round(Math.min(...times)), runs, outputBytes: statSync(file).size });
}
const report = JSON.parse(spawnSync('cat', [join(out, 'audit.json')], { encoding: 'utf8' }).stdout);
const summary = {
  corpus: { commits: report.summary.commits, refs: report.summary.refs, uniqueBlobs: report.summary.uniqueBlobs, bytes: report.summary.bytesScanned, plantedKeys: info.keys },
  keys: report.keys.map((k) => ({ id: k.id, keyType: k.keyType, locations: k.locations.length, where: k.where, reachedTag: k.reachedTag })),
  results,
};
console.log(JSON.stringify(summary, null, 2));
if (flags.json) writeFileSync(flags.json, JSON.stringify(summary, null, 2));
rmSync(out, { recursive: true, force: true });
