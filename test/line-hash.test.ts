import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineHashes } from '../src/line-hash.js';
import { scan } from '../src/scan.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';

interface Vector {
  name: string;
  input: string;
  expected: string[];
}
const { vectors } = JSON.parse(readFileSync(new URL('fixtures/line-hash-vectors.json', import.meta.url), 'utf8')) as { vectors: Vector[] };

const allLines = (count: number) => new Set(Array.from({ length: count }, (_, i) => i + 1));

describe("codeql-action's primaryLocationLineHash", () => {
  it.each(vectors.map((v) => [v.name, v] as const))('matches the published vector: %s', (_, vector) => {
    const hashes = lineHashes(vector.input, allLines(vector.expected.length));
    expect([...hashes.keys()].sort((a, b) => a - b).map((line) => hashes.get(line))).toEqual(vector.expected);
  });

  it('is what scan() attaches to each finding, with CRLF, tabs, a BOM, non-ASCII and repeated lines', async () => {
    const [a, b] = [liveKey(), testKey()];
    const text = `\uFEFF// héllo 😀\r\n\tconst a = '${a}';\r\n\r\n  x\ty\n${'same\n'.repeat(3)}const b = "${b}";\nconst c = '${a}';\n`;
    const root = makeTree({ 'src/keys.ts': text });
    const report = await scan({ cwd: root, lineHashes: true, config: false });
    expect(report.findings.map((f) => f.location.line)).toEqual([2, 8, 9]);
    const expected = lineHashes(text, new Set([2, 8, 9]));
    for (const finding of report.findings) expect(finding.lineHash).toBe(expected.get(finding.location.line));
    // The hash covers the 100 non-blank characters from the line's start, so it spans into later lines.
    expect(report.findings[1]!.lineHash).not.toBe(lineHashes(`const b = "${b}";\n`, new Set([1])).get(1));
  });

  it('is only computed when asked for', async () => {
    const root = makeTree({ 'a.js': `k = '${liveKey()}'\n` });
    const report = await scan({ cwd: root, config: false });
    expect(report.findings[0]!.lineHash).toBeUndefined();
  });
});
