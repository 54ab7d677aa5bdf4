import { describe, expect, it } from 'vitest';
import { parseJson, runCli } from '../helpers/cli.js';
import { makeTree } from '../helpers/fixture.js';
import { liveKey, testKey } from '../helpers/keygen.js';

async function findingsIn(files: Record<string, string | Buffer>) {
  const root = makeTree(files);
  const result = await runCli(['.', '--format', 'json', '--no-config', '--show-suppressed'], { cwd: root });
  expect(result.stderr).toBe('');
  return parseJson(result);
}

const utf16 = (text: string, bigEndian = false) => {
  const units = Buffer.from(text, 'utf16le');
  if (bigEndian) units.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), units]);
};

describe('text encodings: keys found at the line and column an editor shows', () => {
  const key = liveKey();
  const cases: Array<[string, Buffer | string, number, number, string | undefined]> = [
    ['UTF-8', `# é\nKEY=${key}\n`, 2, 5, undefined],
    ['UTF-8 with BOM (the BOM takes no column)', `\uFEFFKEY=${key}\n`, 1, 5, undefined],
    ['UTF-8 with BOM, second line', `\uFEFFA=1\r\nKEY=${key}\r\n`, 2, 5, undefined],
    ['invalid UTF-8 (each bad byte one column)', Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0x20]), Buffer.from(`K=${key}\n`)]), 1, 7, undefined],
    ['Latin-1', Buffer.from(`caf\xe9 \xe9\xe9 K=${key}\n`, 'latin1'), 1, 11, undefined],
    ['UTF-16LE with BOM (Windows PowerShell)', utf16(`A=1\r\n  KEY=${key}\r\n`), 2, 7, 'utf16'],
    ['UTF-16BE with BOM', utf16(`A=é\nKEY="${key}"\n`, true), 2, 6, 'utf16'],
  ];
  for (const [name, content, line, column, encoding] of cases) {
    it(name, async () => {
      const { findings } = await findingsIn({ 'settings.txt': content });
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ file: 'settings.txt', line, column, endColumn: column + key.length });
      expect(findings[0]!.encoding).toBe(encoding);
      expect(findings[0]!.byteOffset).toBeUndefined();
    });
  }
});

describe('binary files: scanned as bytes, located by byte offset', () => {
  const key = liveKey();
  const wasm = Buffer.concat([Buffer.from('\0asm\x01\0\0\0\x0b\x07\x01\0', 'latin1'), Buffer.from(key), Buffer.alloc(16)]);
  const asar = Buffer.concat([Buffer.from([4, 0, 0, 0, 0x10, 0, 0, 0]), Buffer.from(`{"files":{}}\0\0module.exports={k:"${key}"}`)]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x30]),
    Buffer.from('tEXtComment\0'),
    Buffer.from(key),
    Buffer.from([0xde, 0xad, 0xbe, 0xef, 0, 0, 0, 0]),
  ]);
  for (const [name, bytes] of [['module.wasm', wasm], ['app.asar', asar], ['logo.png', png]] as const) {
    it(`a key in ${name} is a finding with its byte offset, never the raw bytes`, async () => {
      const { findings } = await findingsIn({ [name]: bytes });
      expect(findings).toHaveLength(1);
      expect(findings[0]!.byteOffset).toBe(bytes.indexOf(key));
      expect(JSON.stringify(findings)).not.toContain(key);
    });
  }
});

describe('encoded keys: reported with their encoding at the encoded text', () => {
  const key = liveKey();
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  const cases: Array<[string, string, string, string]> = [
    ['a Kubernetes Secret data value', 'secret.yaml', `kind: Secret\ndata:\n  CAIBO_API_KEY: ${base64(key)}\n`, 'base64'],
    ['a Basic auth header (user:key)', 'call.sh', `curl -H "Authorization: Basic ${base64(`merchant:${key}`)}" https://apay.caibo.digital\n`, 'base64'],
    ['a Basic auth header (key:)', 'call.sh', `Authorization: Basic ${base64(`${key}:`)}\n`, 'base64'],
    ['URL-safe base64 in JSON', 'c.json', `{"token":"${Buffer.from(`ab:${key}`).toString('base64url')}"}\n`, 'base64'],
    ['percent-encoded underscores', 'u.txt', `https://x.test/cb?k=${key.replaceAll('_', '%5F')}&x=1\n`, 'percent'],
    ['percent-encoded, lower case, late', 'u.txt', `k=caibo_live%5fsk%5f${key.slice(14)}\n`, 'percent'],
    ['\\u005f escapes', 'e.js', `const k = "${key.replaceAll('_', '\\u005f')}";\n`, 'js-escape'],
    ['\\x5f and \\u{5f} escapes', 'e.js', `k='caibo\\x5flive\\u{5f}sk_${key.slice(14)}'\n`, 'js-escape'],
  ];
  for (const [name, file, text, encoding] of cases) {
    it(name, async () => {
      const { findings } = await findingsIn({ [file]: text });
      const lines = text.split('\n');
      const lineIndex = lines.findIndex((l) => /caibo|%5|\\u005|\\x5|[A-Za-z0-9+/]{40}/.test(l) && !l.startsWith('data:') && !l.startsWith('kind'));
      expect(findings).toHaveLength(1);
      const finding = findings[0]!;
      expect(finding).toMatchObject({ keyType: 'live', encoding, line: lineIndex + 1 });
      // The columns cover encoded text that decodes to the key.
      const encoded = lines[lineIndex]!.slice(finding.column - 1, (finding.endColumn as number) - 1);
      const decoded =
        encoding === 'base64'
          ? Buffer.from(lines[lineIndex]!.slice(0, (finding.endColumn as number) - 1).match(/[A-Za-z0-9+/_-]+$/)![0], 'base64').toString('latin1')
          : decodeURIComponent(encoded.replace(/\\u\{?0*5f\}?|\\x5f/gi, '_'));
      expect(decoded.endsWith(key) || decoded.includes(key)).toBe(true);
    });
  }

  it('an encoded placeholder is still a placeholder', async () => {
    const placeholder = `caibo_test_sk_${'1234567890abcdef'}`;
    const { findings, suppressed } = await findingsIn({ 'doc.yaml': `data:\n  key: ${base64(placeholder)}\n` });
    expect(findings).toEqual([]);
    expect(suppressed).toMatchObject([{ suppressedBy: 'placeholder', encoding: 'base64' }]);
  });

  it('base64 and escape look-alikes without a key are not findings', async () => {
    const { findings, suppressed } = await findingsIn({
      'noise.txt': `${base64('caibo_live_sk_short')}\n${base64('caibo_')}${base64('x'.repeat(40))}\ncaibo%5Fdocs\n\\x5f\\u005f%5F\n`,
    });
    expect([...findings, ...(suppressed ?? [])]).toEqual([]);
  });

  it('a plain key next to its percent-encoded tail is reported once', async () => {
    const test = testKey();
    const { findings } = await findingsIn({ 'q.txt': `q=${test}%2Fnext\n` });
    expect(findings).toMatchObject([{ line: 1, column: 3 }]);
    expect(findings[0]!.encoding).toBeUndefined();
  });
});
