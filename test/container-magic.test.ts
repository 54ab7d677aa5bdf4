import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { containerKind } from '../src/sources/containers/magic.js';

/** The files scan asks every file this (issue 15): content decides, text is never mistaken for a container. */
describe('containerKind', () => {
  const tarHeader = Buffer.alloc(512);
  tarHeader.write('app/.env', 0);
  tarHeader.write('ustar\0', 257, 'latin1');
  const asar = Buffer.concat([Buffer.from([4, 0, 0, 0, 40, 0, 0, 0, 36, 0, 0, 0, 30, 0, 0, 0]), Buffer.from('{"files":{}}')]);

  it.each([
    ['zip', Buffer.from([0x50, 0x4b, 3, 4, 20, 0]), 'release.bin'],
    ['zip', Buffer.from([0x50, 0x4b, 5, 6, 0, 0]), 'empty.zip'],
    ['gzip', gzipSync('x'), 'app.js.gz'],
    ['zstd', Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0]), 'a.zst'],
    ['crx', Buffer.from('Cr24\x03\0\0\0', 'latin1'), 'ext.crx'],
    ['bzip2', Buffer.from([0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59]), 'a.bz2'],
    ['tar', tarHeader, 'layer'],
    ['asar', asar, 'app.asar'],
    ['brotli', Buffer.from([0x1b, 0x03]), 'app.js.br'],
  ] as const)('recognises %s', (kind, bytes, name) => {
    expect(containerKind(bytes, name)).toBe(kind);
  });

  it.each([
    ['PK notes', 'PK.txt'],
    ['BZh9 is a heading, not bzip2', 'notes.md'],
    ['Cr23 is not a Chrome extension', 'a.txt'],
    ['{"files": "no pickle before it"}', 'a.json'],
    ['const brotli = require("zlib")', 'app.br.js'],
    ['', 'empty'],
  ])('leaves text alone: %j', (text, name) => {
    expect(containerKind(Buffer.from(text), name)).toBeUndefined();
  });

  it('reads only its own file inside a shared batch buffer', () => {
    const batch = Buffer.concat([Buffer.from('P'), Buffer.from([0x4b, 3, 4])]);
    expect(containerKind(batch, 'a.txt', 0, 1)).toBeUndefined(); // "P" alone, the next file starts "K.."
    expect(containerKind(batch, 'a.txt', 0, 4)).toBe('zip');
    const padded = Buffer.concat([Buffer.from('text\n'), tarHeader]);
    expect(containerKind(padded, 'layer', 5, padded.length)).toBe('tar');
    expect(containerKind(padded, 'a.txt', 0, 5)).toBeUndefined();
  });
});
