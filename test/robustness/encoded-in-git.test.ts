import { describe, expect, it } from 'vitest';
import { parseJson, runCli } from '../helpers/cli.js';
import { commitFiles, git, makeRepo, writeTree } from '../helpers/fixture.js';
import { liveKey, testKey } from '../helpers/keygen.js';

/** history and staged prefilter blobs on the plain needles; encoded keys must get through too. */
describe('encoded keys in git history and staged changes', () => {
  const base64Secret = (key: string) => `kind: Secret\ndata:\n  key: ${Buffer.from(key).toString('base64')}\n`;
  const utf16Env = (key: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`CAIBO_API_KEY=${key}\r\n`, 'utf16le')]);

  it('history finds a base64 key and a UTF-16 env file, and knows which are still in HEAD', async () => {
    const [kept, removed] = [liveKey(), testKey()];
    const root = makeRepo({ 'k8s/secret.yaml': base64Secret(kept), 'win.env': utf16Env(removed) });
    commitFiles(root, { 'win.env': 'CAIBO_API_KEY=\n' }, 'drop the key');
    const result = await runCli(['history', '--format', 'json', '--no-config'], { cwd: root });
    const findings = parseJson(result).findings;
    expect(findings.map((f) => [f.file, f.encoding, f.inHead])).toEqual([
      ['k8s/secret.yaml', 'base64', true],
      ['win.env', 'utf16', false],
    ]);
  });

  it('staged finds a percent-encoded key about to be committed', async () => {
    const root = makeRepo({ 'README.md': 'hello\n' });
    const key = liveKey();
    writeTree(root, { 'callback.txt': `https://x.test/?k=${key.replaceAll('_', '%5F')}\n` });
    git(root, 'add', 'callback.txt');
    const result = await runCli(['staged', '--format', 'json', '--no-config'], { cwd: root });
    expect(parseJson(result).findings).toMatchObject([{ file: 'callback.txt', encoding: 'percent' }]);
  });
});
