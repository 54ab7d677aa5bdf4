import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/cli-options.js';
import { BIN, runBin } from '../helpers/cli.js';
import { git, makeTree, writeTree } from '../helpers/fixture.js';
import { liveKey, testKey } from '../helpers/keygen.js';

/** Every form of a key that would give it away: raw, and as the encodings the scanner decodes. */
function leakedForms(key: string): string[] {
  const body = key.slice(key.lastIndexOf('_') + 1);
  return [key, body.slice(8), Buffer.from(key).toString('base64').slice(4, 24)];
}

/** The fixture: keys in plain text, an env file, a bundle, base64, percent, escapes, UTF-16, and a key-named file. */
function leakFixture() {
  const keys = { plain: liveKey(), env: testKey(), bundle: liveKey(), b64: liveKey(), pct: liveKey(), esc: liveKey(), utf16: testKey() };
  const named = liveKey();
  const files = {
    'server.js': `const key = '${keys.plain}';\n`,
    '.env.production': `CAIBO_API_KEY=${keys.env}\n`,
    'dist/assets/index-3f9a1c2b.js': `fetch(u,{headers:{"X-API-Key":"${keys.bundle}"}})\n`,
    'k8s/secret.yaml': `kind: Secret\ndata:\n  key: ${Buffer.from(keys.b64).toString('base64')}\n`,
    'url.txt': `https://x.test/?k=${keys.pct.replaceAll('_', '%5F')}\n`,
    'esc.js': `s = "${keys.esc.replaceAll('_', '\\u005f')}";\n`,
    'win.env.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`KEY=${keys.utf16}\r\n`, 'utf16le')]),
    [`notes/${named}.txt`]: `token = "${keys.plain}"\n`,
  };
  return { keys: [...Object.values(keys), named], files };
}

/** Files under `dir`, recursively, with their content. */
function filesUnder(dir: string): Array<[string, string]> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => [path, readFileSync(path, 'latin1')]);
}


describe('no raw key anywhere the scanner writes (issue 7, README "Security")', async () => {
  const { keys, files } = leakFixture();
  const base = makeTree();
  const root = join(base, 'files');
  writeTree(root, files);
  const tmp = join(base, 'tmp');
  const out = join(base, 'out');
  mkdirSync(tmp);
  mkdirSync(out);
  const env = { TMPDIR: tmp };
  const stdinText = Object.values(files)
    .filter((content) => typeof content === 'string')
    .join('');

  const runs: Array<{ name: string; args: string[]; exit: number; input?: string; git?: 'history' | 'staged' }> = [
    ...FORMATS.map((format) => ({ name: `files --format ${format}`, args: ['.', '--format', format], exit: 1 })),
    ...FORMATS.map((format) => ({
      name: `stdin --format ${format}`,
      args: ['-', '--format', format, '--stdin-filename', 'dist/app.js'],
      input: stdinText,
      exit: 1,
    })),
    ...FORMATS.map((format) => ({ name: `files --output (${format})`, args: ['.', '--format', format, '--output', join(out, format)], exit: 1 })),
    { name: 'baseline', args: ['baseline', '--output', join(out, 'baseline.json')], exit: 0 },
    { name: 'files --show-suppressed --debug', args: ['.', '--show-suppressed', '--debug', '--format', 'json'], exit: 1 },
    { name: 'a failing run with --debug (stack trace)', args: ['.', '--debug', '--output', out], exit: 2 },
    ...FORMATS.map((format) => ({ name: `history --format ${format}`, args: ['history', '--format', format], exit: 1, git: 'history' as const })),
    ...FORMATS.map((format) => ({ name: `staged --format ${format}`, args: ['staged', '--format', format], exit: 1, git: 'staged' as const })),
  ];

  for (const run of runs) {
    it(`${run.name}: stdout, stderr, output files and temp files hold no key`, () => {
      const cwd = run.git ? gitCopy(files, run.git) : root;
      const result = runBin([...run.args, '--no-config'], { cwd, env, ...(run.input ? { input: run.input } : {}) });
      expect(result.exitCode).toBe(run.exit);
      const written = [['stdout', result.stdout], ['stderr', result.stderr], ...filesUnder(tmp), ...filesUnder(out)];
      // The run reported keys (redacted), so there was something to leak.
      if (run.exit === 1) expect(written.some(([, content]) => content.includes('********'))).toBe(true);
      for (const [where, content] of written) {
        for (const key of keys) for (const form of leakedForms(key)) expect(content, `${where} leaks a key`).not.toContain(form);
      }
    });
  }

  it('the check can fail: --show-secrets prints the keys, and only then', () => {
    const shown = runBin(['.', '--format', 'json', '--show-secrets', '--no-config'], { cwd: root, env });
    expect(keys.filter((key) => shown.stdout.includes(key))).toEqual(keys);
    expect(shown.stderr).toContain('--show-secrets');
  });

  it('the process title, command line and environment never hold a key while scanning', async () => {
    const child = spawn(process.execPath, [BIN, '-', '--no-config'], { cwd: root, stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.write(stdinText);
    // Sampled while the process holds keys read from stdin, before it exits.
    await new Promise((done) => setTimeout(done, 300));
    const seen = ['cmdline', 'comm', 'environ'].map((file) => readFileSync(`/proc/${child.pid}/${file}`, 'latin1')).join('\n');
    child.stdin.end();
    await new Promise((done) => child.on('exit', done));
    expect(seen).toContain('--no-config');
    for (const key of keys) expect(seen).not.toContain(key);
  });
});

/** A repository holding the fixture: committed (history) or only staged. */
function gitCopy(files: Record<string, string | Buffer>, mode: 'history' | 'staged'): string {
  const root = makeTree(files);
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  if (mode === 'history') git(root, 'commit', '-qm', 'add things');
  return root;
}
