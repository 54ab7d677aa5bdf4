import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from './helpers/fixture.js';
// @ts-expect-error plain JavaScript module without types
import { checkBench } from '../bench/check.mjs';

interface BenchRow {
  corpus: string;
  tool: string;
  found: number | '';
  medianMs: number;
}

// The bench's own smoke run: not a timing test, a check that every tool in the comparison finds the
// keys planted in each corpus (a peer that finds nothing would make its ratio meaningless).
describe('npm run bench -- --quick', () => {
  it('builds the corpora and every tool finds the planted keys', () => {
    const dir = makeTree();
    const env: NodeJS.ProcessEnv = { ...process.env, CAIBO_BENCH_CORPUS: join(dir, 'corpus') };
    const result = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--json', join(dir, 'bench.json')], { encoding: 'utf8', env });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('NODE_EXTRA_CA_CERTS was unset');
    const report = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as {
      corpora: { files: Array<{ name: string; info: { keys: number } }> };
      results: BenchRow[];
    };
    for (const corpus of report.corpora.files) {
      const rows = report.results.filter((row) => row.corpus === corpus.name);
      expect(rows.map((row) => row.tool)).toContain('caibo-scan');
      for (const row of rows) expect({ tool: row.tool, found: row.found }).toEqual({ tool: row.tool, found: corpus.info.keys });
    }
    // The real repository's staged commit: caibo-scan finds the two keys its generator planted.
    const stagedReal = report.results.find((row) => row.corpus.startsWith('staged-real') && row.tool === 'caibo-scan staged');
    expect(stagedReal?.found).toBe(2);
    const startup = report.results.filter((row) => row.corpus === 'startup').map((row) => row.tool);
    expect(startup).toEqual(['caibo-scan --version', 'node -e ""']);
  }, 180_000);
});

/** README "Performance": the full run's table, as the rows bench/run.mjs writes to its JSON. */
function readmeBenchRun() {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const seconds = (text: string) => {
    const [, sign, value, unit] = /^([+−-]?)([\d.]+) (ms|s)$/.exec(text.trim())!;
    return (sign === '−' || sign === '-' ? -1 : 1) * Number(value) * (unit === 's' ? 1000 : 1);
  };
  const results = readme
    .split('\n')
    .filter((line) => /^\| (source|build|npm-bundles|history|staged|startup)[\w-]* \| /.test(line))
    .map((line) => {
      const cells = line.replaceAll('\\|', '\u0000').split('|').slice(1, -1).map((cell) => cell.trim().replaceAll('\u0000', '|'));
      const [corpus, tool, median, , rss, , ratio, delta] = cells as [string, string, string, string, string, string, string, string];
      return {
        corpus,
        tool,
        medianMs: seconds(median),
        peakRssMb: Number(rss.replace(' MB', '')),
        ...(ratio ? { caiboRatio: Number(ratio.replace('x', '')), caiboDeltaMs: seconds(delta) } : {}),
      };
    });
  return { quick: false, results };
}

describe('bench/check.mjs: the README performance figures as bounds .ci/run checks', () => {
  it('the README\'s own full run is within every bound', () => {
    const run = readmeBenchRun();
    expect(run.results.length).toBe(34);
    expect(checkBench(run)).toEqual([]);
  });

  it('fails a run beyond a bound, a missing peer and a quick run', () => {
    const run = readmeBenchRun();
    const slower = run.results.map((r) => (r.corpus === 'history-5000c' && r.tool.startsWith('git cat-file') ? { ...r, caiboRatio: 2.6 } : r));
    expect(checkBench({ ...run, results: slower })).toEqual([expect.stringMatching(/^history-5000c: caibo-scan ÷ git cat-file .* = 2\.60x, bound 2\.5x/)]);
    const heavier = run.results.map((r) => (r.corpus === 'source-200MB' && r.tool === 'caibo-scan' ? { ...r, peakRssMb: 140 } : r));
    expect(checkBench({ ...run, results: heavier })).toEqual([expect.stringMatching(/^peak RSS grows 68 → 140 MB/)]);
    expect(checkBench({ ...run, results: run.results.filter((r) => r.tool !== 'ripgrep') })).toHaveLength(3);
    expect(checkBench({ ...run, quick: true })).toEqual(['a --quick run says nothing about speed']);
  });

  it('fails a second thread that slows the scan down much, and a sweep without its one-thread row', () => {
    const run = readmeBenchRun();
    const oneThread = run.results.find((r) => r.corpus === 'npm-bundles-312MB' && r.tool === 'caibo-scan --threads 1')!;
    const slower = run.results.map((r) => (r.corpus === 'npm-bundles-312MB' && r.tool === 'caibo-scan --threads 2' ? { ...r, medianMs: oneThread.medianMs * 2.5 } : r));
    expect(checkBench({ ...run, results: slower })).toEqual([expect.stringMatching(/^npm-bundles-312MB: --threads 1 ÷ caibo-scan --threads 2 = 0\.40x, bound ≥ 0\.5x/)]);
    const unswept = run.results.filter((r) => !(r.corpus === 'source-200MB' && r.tool === 'caibo-scan --threads 1'));
    expect(checkBench({ ...run, results: unswept })).toEqual([expect.stringMatching(/^source-200MB: no "caibo-scan --threads 1" row/)]);
  });
});
