import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, runCli } from './helpers/cli.js';
import { makeTree, writeTree } from './helpers/fixture.js';
import { liveKey } from './helpers/keygen.js';
import { requirement } from './helpers/requirement.js';

/**
 * `caibo-scan image`: container images read without Docker (issue 15). The images are assembled at
 * test time with tar and gzip as `docker save` and an OCI layout lay them out: layers are tars,
 * the config is JSON, manifest.json (docker) or index.json (OCI) names them.
 */
const missing = requirement(['tar', 'gzip'].every((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0), 'tar and gzip', 'apt-get install tar gzip');

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Planted {
  env: string;
  client: string;
  configEnv: string;
  history: string;
}

/** Three layers (the second deletes the first's .env with a whiteout, the third is gzipped) and a config. */
function layers(root: string, keys: Planted): { tars: Buffer[]; config: Buffer } {
  writeTree(root, {
    'l1/app/.env': `CAIBO_KEY=${keys.env}\n`,
    'l1/app/server.js': 'require("http").createServer().listen(3000);\n',
    'l2/app/.wh..env': '',
    'l3/app/dist/app.js': `const k="${keys.client}";\n${'export const x = 1;\n'.repeat(50)}`,
  });
  const tarOf = (dir: string) => execFileSync('tar', ['-cf', '-', '-C', join(root, dir), 'app']);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Env: ['PATH=/usr/local/bin:/usr/bin', `CAIBO_KEY=${keys.configEnv}`], Cmd: ['node', 'server.js'], Labels: { maintainer: 'shop' } },
      history: [{ created_by: `/bin/sh -c #(nop) ARG DEPLOY_TOKEN=${keys.history}` }, { created_by: '/bin/sh -c npm ci' }],
      rootfs: { type: 'layers', diff_ids: [] },
    }),
  );
  return { tars: [tarOf('l1'), tarOf('l2'), execFileSync('gzip', ['-c'], { input: tarOf('l3') })], config };
}

const plant = (): Planted => ({ env: liveKey(), client: liveKey(), configEnv: liveKey(), history: liveKey() });

const imageFindings = async (cwd: string, target: string) => {
  const result = await runCli(['image', target, '--format', 'json'], { cwd });
  return { result, ...parseJson(result) };
};

describe.skipIf(missing !== '')(`image${missing}`, () => {
  it('scans every layer of a docker save tarball, the deleted .env too, and the config', async () => {
    const root = makeTree();
    const { tars, config } = layers(root, plant());
    writeTree(root, {
      'img/manifest.json': JSON.stringify([{ Config: 'config.json', RepoTags: ['shop:latest'], Layers: ['a/layer.tar', 'b/layer.tar', 'c/layer.tar.gz'] }]),
      'img/config.json': config,
      'img/a/layer.tar': tars[0]!,
      'img/b/layer.tar': tars[1]!,
      'img/c/layer.tar.gz': tars[2]!,
    });
    execFileSync('tar', ['-cf', 'shop.tar', '-C', 'img', '.'], { cwd: root });
    const { result, findings, skipped } = await imageFindings(root, 'shop.tar');
    expect(result.exitCode).toBe(1);
    expect(skipped).toEqual([]);
    expect(findings.map((f) => [f.file, f.context, f.line])).toEqual([
      ['shop.tar!/config.json', 'committed-env', 1], // Env
      ['shop.tar!/config.json', 'committed-env', 1], // history created_by (ARG)
      ['shop.tar!/layer-1/app/.env', 'committed-env', 1], // deleted by layer 2, still shipped in layer 1
      ['shop.tar!/layer-3/app/dist/app.js', 'client-bundle', 1],
    ]);
  });

  it('scans an OCI layout directory by its index, manifest and blobs', async () => {
    const root = makeTree();
    const keys = plant();
    const { tars, config } = layers(root, keys);
    const blobs: Record<string, Buffer> = {};
    const descriptor = (mediaType: string, bytes: Buffer) => {
      const hex = sha256(bytes);
      blobs[`oci/blobs/sha256/${hex}`] = bytes;
      return { mediaType, digest: `sha256:${hex}`, size: bytes.length };
    };
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: descriptor('application/vnd.oci.image.config.v1+json', config),
        layers: [
          descriptor('application/vnd.oci.image.layer.v1.tar', tars[0]!),
          descriptor('application/vnd.oci.image.layer.v1.tar', tars[1]!),
          descriptor('application/vnd.oci.image.layer.v1.tar+gzip', tars[2]!),
        ],
      }),
    );
    const index = { schemaVersion: 2, manifests: [descriptor('application/vnd.oci.image.manifest.v1+json', manifest)] };
    writeTree(root, { ...blobs, 'oci/oci-layout': '{"imageLayoutVersion":"1.0.0"}', 'oci/index.json': JSON.stringify(index) });
    const { findings } = await imageFindings(root, 'oci');
    const configPath = `oci!/blobs/sha256/${sha256(config)}`;
    expect(findings.map((f) => [f.file, f.context])).toEqual([
      [configPath, 'committed-env'],
      [configPath, 'committed-env'],
      ['oci!/layer-1/app/.env', 'committed-env'],
      ['oci!/layer-3/app/dist/app.js', 'client-bundle'],
    ]);
    expect(JSON.stringify(findings)).not.toContain(keys.env);
  });

  it('explains what is not an image', async () => {
    const root = makeTree({ 'notes.txt': 'hello\n', 'empty/x': '' });
    execFileSync('tar', ['-cf', 'plain.tar', 'notes.txt'], { cwd: root });
    for (const [target, message] of [
      ['missing.tar', /no such file or directory/],
      ['plain.tar', /neither a docker save tarball nor an OCI layout/],
      ['notes.txt', /neither a docker save tarball nor an OCI layout|not a tar file/],
      ['empty', /neither a docker save tarball nor an OCI layout/],
    ] as const) {
      const result = await runCli(['image', target], { cwd: root });
      expect(result.exitCode, target).toBe(2);
      expect(result.stderr.split('\n')[0]).toMatch(message);
    }
    expect((await runCli(['image'], { cwd: root })).exitCode).toBe(2);
  });
});

