import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createPackage } from '@electron/asar';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { BIN, parseJson, runCli } from './helpers/cli.js';
import { git, makeRepo, makeTree, writeTree } from './helpers/fixture.js';
import { liveKey, testKey } from './helpers/keygen.js';
import { requirement } from './helpers/requirement.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';

/**
 * Issue 15: archives and compressed copies are opened by content, their members scanned with the
 * context of their inner path, every limit a skip with its reason. The archives are made at test
 * time with the standard tools (zip, tar, gzip), the way a CI job or a packager makes them.
 */
const hasTool = (tool: string) => spawnSync(tool, ['--help'], { stdio: 'ignore' }).error === undefined;
const missing = requirement(['zip', 'tar', 'gzip'].every(hasTool), 'zip, tar and gzip', 'apt-get install zip tar gzip');

/** Runs a standard tool in `cwd`. */
const sh = (cwd: string, command: string, ...args: string[]) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

/** `zip -r OUT.zip PATHS...` inside `dir`, then the sources removed, so only the archive holds the key. */
function zipUp(dir: string, out: string, ...paths: string[]): void {
  sh(dir, 'zip', '-qr', out, ...paths);
  for (const path of paths) rmSync(join(dir, path), { recursive: true });
}

const findingsOf = async (args: string[], cwd: string) => {
  const result = await runCli([...args, '--format', 'json'], { cwd });
  return { result, ...parseJson(result) };
};

describe.skipIf(missing !== '')(`archives${missing}`, () => {
  it('opens a zip found by its bytes, names the member, and judges it by its inner path', async () => {
    const key = liveKey();
    const root = makeTree({ 'stage/app/dist/main.js': `fetch("/pay",{headers:{authorization:"Bearer ${key}"}});` });
    zipUp(join(root, 'stage'), '../release.zip', 'app');
    renameSync(join(root, 'release.zip'), join(root, 'release.bin')); // content decides, not the name
    const { result, findings } = await findingsOf(['.'], root);
    expect(result.exitCode).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({ file: 'release.bin!/app/dist/main.js', chain: ['release.bin', 'app/dist/main.js'], line: 1, context: 'client-bundle', severity: 'critical' }),
    ]);
  });

  it('finds a React Native bundle inside an apk and an ipa as client code', async () => {
    const key = liveKey();
    const bundle = `var __BUNDLE_START_TIME__=this.nativePerformanceNow?nativePerformanceNow():Date.now();\n__d(function(g,r,i,a,m,e,d){var k="${key}";m.exports={k:k}},0,[]);\n__r(0);\n`;
    const root = makeTree({
      'apk/AndroidManifest.xml': Buffer.from([3, 0, 8, 0, 0x10, 0, 0, 0]),
      'apk/classes.dex': Buffer.concat([Buffer.from('dex\n035\0'), Buffer.alloc(64)]),
      'apk/assets/index.android.bundle': bundle,
      'apk/res/values/strings.xml': '<resources><string name="app">Shop</string></resources>',
    });
    sh(join(root, 'apk'), 'zip', '-qr', '../shop.apk', '.');
    rmSync(join(root, 'apk'), { recursive: true });
    writeTree(root, { 'ipa/Payload/Shop.app/main.jsbundle': bundle, 'ipa/Payload/Shop.app/Info.plist': '<plist/>' });
    sh(join(root, 'ipa'), 'zip', '-qr', '../Shop.ipa', 'Payload');
    rmSync(join(root, 'ipa'), { recursive: true });
    const { findings } = await findingsOf(['shop.apk', 'Shop.ipa'], root);
    expect(findings.map((f) => [f.file, f.context, f.severity, f.line])).toEqual([
      ['Shop.ipa!/Payload/Shop.app/main.jsbundle', 'client-bundle', 'critical', 2],
      ['shop.apk!/assets/index.android.bundle', 'client-bundle', 'critical', 2],
    ]);
  });

  it('opens a zip nested in a tar.gz, and a .env in a plain tar as a shipped env file', async () => {
    const [inZip, inEnv] = [liveKey(), liveKey()];
    const root = makeTree({ 'stage/site/dist/app.js': `const k = "${inZip}";`, 'image/app/.env': `CAIBO_KEY=${inEnv}\n` });
    mkdirSync(join(root, 'bundle/inner'), { recursive: true });
    zipUp(join(root, 'stage'), '../bundle/inner/site.zip', 'site');
    sh(root, 'tar', '-czf', 'bundle.tar.gz', 'bundle');
    sh(root, 'tar', '-cf', 'layer.tar', '-C', 'image', 'app');
    rmSync(join(root, 'bundle'), { recursive: true });
    rmSync(join(root, 'image'), { recursive: true });
    rmSync(join(root, 'stage'), { recursive: true });
    const { findings } = await findingsOf(['.'], root);
    expect(findings.map((f) => [f.file, f.context])).toEqual([
      ['bundle.tar.gz!/bundle/inner/site.zip!/site/dist/app.js', 'client-bundle'],
      ['layer.tar!/app/.env', 'committed-env'],
    ]);
  });

  it('scans precompressed .gz and .br copies beside assets with the exposure of the asset', async () => {
    const [client, server] = [liveKey(), liveKey()];
    const clientJs = `const k="${client}";`;
    const serverJs = `export const key = "${server}";`;
    const root = makeTree({
      // vite-plugin-compression and SvelteKit adapter-node write copies like these.
      'dist/assets/index-Dx3_aB9k.js.gz': gzipSync(clientJs),
      'dist/assets/index-Dx3_aB9k.js.br': brotliCompressSync(clientJs),
      'build/server/index.js.gz': gzipSync(serverJs),
    });
    const { findings } = await findingsOf(['.'], root);
    expect(findings.map((f) => [f.file, f.context, f.severity])).toEqual([
      ['build/server/index.js.gz!/index.js', 'default', 'high'],
      ['dist/assets/index-Dx3_aB9k.js.br!/index-Dx3_aB9k.js', 'client-bundle', 'critical'],
      ['dist/assets/index-Dx3_aB9k.js.gz!/index-Dx3_aB9k.js', 'client-bundle', 'critical'],
    ]);
  });

  it('gives the member of an archive in a subdirectory the same verdict as the loose file', async () => {
    const key = testKey();
    const root = makeTree({ 'stage/dist/app.js': `const k="${key}";` });
    const loose = await findingsOf(['stage'], root);
    zipUp(join(root, 'stage'), 'out.zip', 'dist');
    const zipped = await findingsOf(['stage'], root);
    expect(zipped.findings.map((f) => [f.context, f.severity, f.ruleId])).toEqual(loose.findings.map((f) => [f.context, f.severity, f.ruleId]));
  });

  it('opens an Electron app.asar made by @electron/asar', async () => {
    const key = liveKey();
    const root = makeTree({ 'app/package.json': '{"main":"main.js"}', 'app/main.js': 'require("./renderer/dist/bundle.js")', 'app/renderer/dist/bundle.js': `window.k="${key}";` });
    await createPackage(join(root, 'app'), join(root, 'release/resources/app.asar'));
    rmSync(join(root, 'app'), { recursive: true });
    const { findings } = await findingsOf(['release'], root);
    expect(findings).toEqual([expect.objectContaining({ file: 'resources/app.asar!/renderer/dist/bundle.js', context: 'client-bundle' })]);
  });

  it('streams a container larger than the whole-file limit (read in chunks) and finds a key past it', async () => {
    const key = liveKey();
    const root = makeTree({ 'layer/a-filler.bin': Buffer.alloc(20 * 1024 * 1024, 0x61), 'layer/z/config.js': `module.exports = { key: "${key}" };\n` });
    sh(root, 'tar', '-cf', 'big.tar', '-C', 'layer', 'a-filler.bin', 'z');
    rmSync(join(root, 'layer'), { recursive: true });
    const { findings, skipped } = await findingsOf(['big.tar'], root);
    expect(skipped).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ file: 'big.tar!/z/config.js', line: 1, column: 26 })]);
  });

  it('stops a zip bomb with a skip and its reason, in bounded memory, and never calls the scan clean', async () => {
    const root = makeTree();
    // 300 MB of zeros deflate to ~300 KB: a 1000x expansion, past the 100x limit.
    const zeros = spawnSync('sh', ['-c', 'head -c 300000000 /dev/zero | zip -q bomb.zip -'], { cwd: root });
    expect(zeros.status).toBe(0);
    const script = `
      const { scan } = await import(${JSON.stringify(join(BIN, '../index.js'))});
      const report = await scan({ paths: ['bomb.zip'], cwd: ${JSON.stringify(root)} });
      console.log(JSON.stringify({ skipped: report.skipped, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const { skipped, maxRssMb } = JSON.parse(child.stdout) as { skipped: Array<{ path: string; reason: string; detail: string }>; maxRssMb: number };
    expect(skipped).toEqual([{ path: 'bomb.zip', reason: 'archive-limit', detail: expect.stringContaining('zip bomb') }]);
    expect(maxRssMb).toBeLessThan(250); // the inflated 300 MB was never held

    const cli = await runCli(['bomb.zip'], { cwd: root });
    expect(cli.exitCode).toBe(0);
    expect(cli.stdout).toMatch(/1 skipped/);
    expect(cli.stdout).not.toContain('✔');
    expect(cli.stdout).toContain('no Caibo keys found in what could be read; 1 not covered');
    expect(cli.stderr).toMatch(/warning: skipped bomb\.zip: archive-limit/);
  });

  it('counts members against a limit, and opens archives only to --max-archive-depth', async () => {
    const key = liveKey();
    // Compressible, so zip deflates it: a raw scan of the unopened d.zip cannot see the key.
    const root = makeTree({ 'd/secret.js': `k="${key}"\n${'// padding\n'.repeat(200)}` });
    // d.zip inside c.zip inside b.zip inside a.zip: the key is four archives deep.
    zipUp(root, 'd.zip', 'd');
    for (const [inner, outer] of [['d.zip', 'c.zip'], ['c.zip', 'b.zip'], ['b.zip', 'a.zip']] as const) zipUp(root, outer, inner);
    const deep = await findingsOf(['a.zip'], root);
    expect(deep.findings).toEqual([]);
    expect(deep.skipped).toEqual([{ path: 'a.zip!/b.zip!/c.zip!/d.zip', reason: 'archive-depth', detail: expect.stringContaining('--max-archive-depth') }]);
    const deeper = await findingsOf(['a.zip', '--max-archive-depth', '4'], root);
    expect(deeper.findings.map((f) => f.file)).toEqual(['a.zip!/b.zip!/c.zip!/d.zip!/d/secret.js']);
    const none = await findingsOf(['a.zip', '--max-archive-depth', '0'], root);
    expect(none.skipped).toEqual([]);
    expect(none.summary.filesScanned).toBe(1);
    expect((await runCli(['a.zip', '--max-archive-depth', '-1'], { cwd: root })).exitCode).toBe(2);

    writeTree(root, Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`many/f${i}.txt`, 'x'])));
    zipUp(root, 'many.zip', 'many');
    const report = await scan({ paths: ['many.zip'], cwd: root, containerLimits: { maxEntries: 10 } });
    expect(report.skipped).toEqual([{ path: 'many.zip', reason: 'archive-limit', detail: 'more than 10 members' }]);
  });

  it('reports a corrupt or encrypted archive as unreadable and scans the rest', async () => {
    const key = liveKey();
    const root = makeTree({ 'ok/app.js': `k="${key}"`, 'secret/notes.txt': 'hidden' });
    zipUp(root, 'ok.zip', 'ok');
    sh(root, 'zip', '-q', '-P', 'pw', '-r', 'locked.zip', 'secret');
    rmSync(join(root, 'secret'), { recursive: true });
    // A download cut short: no central directory, but the stored member's bytes are all there.
    const whole = readFileSync(join(root, 'ok.zip'));
    writeFileSync(join(root, 'cut.zip'), whole.subarray(0, whole.indexOf(key) + key.length + 4));
    const { findings, skipped } = await findingsOf(['.'], root);
    expect(findings.map((f) => f.file)).toEqual(['cut.zip', 'ok.zip!/ok/app.js']);
    expect(skipped.map((s) => [s.path, s.reason])).toEqual([
      ['cut.zip', 'archive-unreadable'],
      ['locked.zip!/secret/notes.txt', 'archive-unreadable'],
    ]);
  });

  it('points GitHub annotations at the archive and SARIF at nested artifacts', async () => {
    const key = liveKey();
    const root = makeTree({ 'stage/app/dist/main.js': `\nconst k="${key}";` });
    zipUp(join(root, 'stage'), '../release.zip', 'app');
    const github = await runCli(['.', '--format', 'github'], { cwd: root });
    expect(github.stdout).toMatch(/^::error file=release\.zip,title=caibo-live-key-in-client-bundle \(critical\)::.*\(in release\.zip!\/app\/dist\/main\.js, line 2\)\n$/);

    const sarif = JSON.parse((await runCli(['.', '--format', 'sarif'], { cwd: root })).stdout);
    const [run] = sarif.runs;
    expect(run.artifacts).toEqual([
      { location: { uri: 'release.zip', uriBaseId: '%SRCROOT%' } },
      { location: { uri: 'app/dist/main.js' }, parentIndex: 0 },
    ]);
    const [result] = run.results;
    expect(result.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'release.zip', uriBaseId: '%SRCROOT%', index: 0 } } }]);
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: 'release.zip!/app/dist/main.js' },
        physicalLocation: { artifactLocation: { uri: 'app/dist/main.js', index: 1 }, region: { startLine: 2, startColumn: 10, endLine: 2, endColumn: 10 + key.length } },
      },
    ]);
    expect(result.partialFingerprints.primaryLocationLineHash).toBeUndefined();
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(JSON.stringify(sarif)).not.toContain(key);
  });

  it('scans the members of archives a commit is about to add (staged)', async () => {
    const key = liveKey();
    const root = makeRepo({ 'README.md': '# app\n' });
    // Compressible, so neither copy holds the key's bytes as they are.
    const padding = '\nexport const x = 1;'.repeat(100);
    writeTree(root, { 'stage/dist/app.js': `const k="${key}";${padding}`, 'public/app.js.br': brotliCompressSync(`k="${liveKey()}"${padding}`) });
    zipUp(join(root, 'stage'), '../release.zip', 'dist');
    git(root, 'add', 'release.zip', 'public/app.js.br');
    const result = await runCli(['staged', '--format', 'json'], { cwd: root });
    expect(parseJson(result).findings.map((f) => [f.file, f.context])).toEqual([
      ['public/app.js.br!/app.js', 'client-bundle'],
      ['release.zip!/dist/app.js', 'client-bundle'],
    ]);
  });

  it('opens archives committed to git history, with the commit that added them', async () => {
    const [removed, kept] = [liveKey(), liveKey()];
    const padding = '\nexport const x = 1;'.repeat(100); // deflated: no needle in the archive's bytes
    const root = makeRepo({ 'README.md': '# app\n' });
    writeTree(root, { 'a/dist/app.js': `const k="${removed}";${padding}`, 'b/dist/app.js': `const k="${kept}";${padding}` });
    zipUp(root, 'old.zip', 'a');
    zipUp(root, 'new.zip', 'b');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'add releases');
    git(root, 'rm', '-q', 'old.zip');
    git(root, 'commit', '-qm', 'drop the old release');
    const result = await runCli(['history', '--format', 'json'], { cwd: root });
    expect(parseJson(result).findings.map((f) => [f.file, f.context, f.commitSubject, f.inHead])).toEqual([
      ['new.zip!/b/dist/app.js', 'client-bundle', 'add releases', true],
      ['old.zip!/a/dist/app.js', 'client-bundle', 'add releases', false],
    ]);
  });

  it('escapes control characters in member names (a name must not forge an annotation line)', async () => {
    // No CLI writes such a name on purpose; tar-stream (the reader's own library) does.
    const pack = tar.pack();
    pack.entry({ name: 'a\n::error file=evil::owned\u001b[2J.js' }, `k="${liveKey()}"`);
    pack.finalize();
    const chunks: Buffer[] = [];
    for await (const chunk of pack) chunks.push(chunk as Buffer);
    const root = makeTree({ 'evil.tar': Buffer.concat(chunks) });
    for (const format of ['text', 'github', 'json']) {
      const { stdout } = await runCli(['evil.tar', '--format', format], { cwd: root });
      expect(stdout).toContain('evil.tar!/a');
      expect(stdout).not.toMatch(/\n::error file=evil/);
      expect(stdout).not.toContain('\u001b');
    }
  });

  it('leaves a tree without archives as it was: a text file starting with "PK" is text', async () => {
    const key = liveKey();
    const root = makeTree({ 'PK.txt': `PK notes ${key}`, 'data.br.txt': `k=${key}` });
    mkdirSync(join(root, 'empty'));
    const { findings, skipped } = await findingsOf(['.'], root);
    expect(skipped).toEqual([]);
    expect(findings.map((f) => f.file)).toEqual(['PK.txt', 'data.br.txt']);
  });
});
