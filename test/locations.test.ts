import { describe, expect, it } from 'vitest';
import { scan } from '../src/index.js';
import { makeTree } from './helpers/fixture.js';
import { liveKey, randomBody, testKey } from './helpers/keygen.js';

async function scanFiles(files: Record<string, string | Buffer>) {
  const root = makeTree(files);
  return scan({ cwd: root, config: false });
}

const positions = (report: Awaited<ReturnType<typeof scan>>) =>
  report.findings.map((f) => [f.location.path, f.location.line, f.location.column, f.location.endColumn]);

describe('line and column', () => {
  it('finds the key inside a single 600 KB minified line', async () => {
    const key = liveKey();
    const filler = `var a=${JSON.stringify(randomBody(64))};`.repeat(6400); // ~460 KB before the key
    const line = `${filler}x="${key}";${filler.slice(0, 150_000)}`;
    expect(line.length).toBeGreaterThan(600_000);
    const report = await scanFiles({ 'dist/assets/index-3f9a1c2b.js': `/*! x */\n${line}\n` });
    const column = filler.length + 4;
    expect(positions(report)).toEqual([['dist/assets/index-3f9a1c2b.js', 2, column, column + key.length]]);
  });

  it('counts lines in CRLF files and columns in UTF-16 units', async () => {
    const key = testKey();
    const report = await scanFiles({ 'win.ts': `// é 😀\r\nconst a = 1;\r\nconst ü = "😀 ${key}";\r\n` });
    // "const ü = \"😀 " is 14 UTF-16 units (the emoji is two), so the key starts at column 15.
    expect(positions(report)).toEqual([['win.ts', 3, 15, 15 + key.length]]);
  });

  it('finds keys at the very start and the very end of a file', async () => {
    const first = liveKey();
    const last = liveKey(40);
    const report = await scanFiles({ 'edge.txt': `${first}\nmiddle\n${last}` });
    expect(positions(report)).toEqual([
      ['edge.txt', 1, 1, 1 + first.length],
      ['edge.txt', 3, 1, 1 + last.length],
    ]);
  });

  it('reports each occurrence once, including the same key twice on a line', async () => {
    const key = liveKey();
    const report = await scanFiles({ 'twice.js': `a("${key}"); b("${key}");\n` });
    expect(positions(report)).toEqual([
      ['twice.js', 1, 4, 4 + key.length],
      ['twice.js', 1, 4 + key.length + 7, 4 + 2 * key.length + 7],
    ]);
    expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(1);
  });

  it('finds a key in a binary file and gives its byte offset', async () => {
    const key = liveKey();
    const bytes = Buffer.concat([Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]), Buffer.alloc(100, 7), Buffer.from(key), Buffer.alloc(10)]);
    const report = await scanFiles({ 'app.wasm': bytes });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.location.byteOffset).toBe(108);
    expect(report.findings[0]!.secret.reveal()).toBe(key);
  });

  it('keeps the body boundary: no identifier character before or after', async () => {
    const report = await scanFiles({ 'a.js': [`x${liveKey()}`, `${liveKey()}_v2`, `"${liveKey()}"`].join('\n') });
    expect(report.findings.map((f) => f.location.line)).toEqual([3]);
  });
});
