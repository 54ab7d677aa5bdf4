import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from './helpers/fixture.js';

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
    const startup = report.results.filter((row) => row.corpus === 'startup').map((row) => row.tool);
    expect(startup).toEqual(['caibo-scan --version', 'node -e ""']);
  }, 180_000);
});
