import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sourceError, usageError } from '../errors.js';
import type { Blob, Provenance, Skip } from '../types.js';
import { ByteReader } from './containers/byte-reader.js';
import { expandContainer, type ContainerLimits } from './containers/expand.js';
import { tarMembers } from './containers/members.js';
import type { Source } from './source.js';

/** Manifests and configs are small JSON; layers are not, and are never held. */
const MAX_JSON_BYTES = 4 * 1024 * 1024;

/** One image's parts, by their path in the tar or the OCI layout. */
interface ImageParts {
  config?: string;
  /** Bottom layer first, as the image stacks them. */
  layers: string[];
}

interface DockerManifestEntry {
  Config?: string;
  Layers?: string[];
}

interface OciDescriptor {
  mediaType?: string;
  digest?: string;
}

interface OciManifest {
  manifests?: OciDescriptor[];
  config?: OciDescriptor;
  layers?: OciDescriptor[];
}

const blobPath = (digest: string) => `blobs/${digest.replace(':', '/')}`;

/**
 * The images a `docker save` tarball or an OCI layout holds: docker's manifest.json when there is
 * one (old and new docker save both write it), else the OCI index, followed to each image manifest.
 */
function imagesIn(readJson: (path: string) => unknown): ImageParts[] {
  const docker = readJson('manifest.json') as DockerManifestEntry[] | undefined;
  if (Array.isArray(docker)) return docker.map((entry) => ({ ...(entry.Config ? { config: entry.Config } : {}), layers: entry.Layers ?? [] }));
  const index = readJson('index.json') as OciManifest | undefined;
  if (!index?.manifests) return [];
  const images: ImageParts[] = [];
  const pending = [...index.manifests];
  for (let descriptor = pending.shift(); descriptor; descriptor = pending.shift()) {
    if (!descriptor.digest) continue;
    const manifest = readJson(blobPath(descriptor.digest)) as OciManifest | undefined;
    if (!manifest) continue;
    if (manifest.manifests) pending.push(...manifest.manifests); // an index of images (several platforms)
    else images.push({ ...(manifest.config?.digest ? { config: blobPath(manifest.config.digest) } : {}), layers: (manifest.layers ?? []).flatMap((l) => (l.digest ? [blobPath(l.digest)] : [])) });
  }
  return images;
}

const parseJson = (bytes: Buffer | undefined): unknown => {
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
};

/** The layer labels reports use: `layer-1` is the bottom; a second image's are `image-2/layer-1`. */
function layerLabels(images: ImageParts[]): Map<string, string> {
  const labels = new Map<string, string>();
  images.forEach((image, i) =>
    image.layers.forEach((layer, j) => {
      if (!labels.has(layer)) labels.set(layer, `${i ? `image-${i + 1}/` : ''}layer-${j + 1}`);
    }),
  );
  return labels;
}

/** The small JSON files of a tarball: manifest.json, index.json and blobs that are JSON (manifests, configs). */
async function smallJsonOf(file: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for await (const member of tarMembers(createReadStream(file))) {
    const reader = new ByteReader(member.content);
    const isCandidate = member.name.endsWith('.json') || member.name.startsWith('blobs/');
    if (isCandidate && (await reader.fill(MAX_JSON_BYTES))) {
      const bytes = reader.takeAll();
      if (bytes[0] === 0x7b || bytes[0] === 0x5b) found.set(member.name, bytes); // `{` or `[`: JSON, not a layer
    }
    await reader.discard();
  }
  return found;
}

const provenanceOf = (chain: string[], contextPath: string): Provenance => ({
  kind: 'worktree',
  path: chain.join('!/'),
  git: 'no-repo',
  container: { chain, contextPath, inProject: false },
});

/**
 * `caibo-scan image`: a container image saved by `docker save` (a tarball) or an OCI layout
 * directory, read without Docker. Every layer is scanned whole, in order: a file a later layer
 * deletes (a whiteout) is still reported, since the layer ships it. The image config (Env, Cmd,
 * Entrypoint, labels, history `created_by`, where ARG and ENV values land) is scanned as it is,
 * as an env file that ships with the image.
 */
export function imageSource(absolute: string, display: string, limits: ContainerLimits): Source {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(`image: ${display}: ${code === 'ENOENT' ? 'no such file or directory' : code}`);
  }
  return {
    async *blobs(): AsyncGenerator<Blob | Skip> {
      let readSmall: (path: string) => Buffer | undefined;
      if (isDirectory) {
        readSmall = (path) => {
          try {
            return readFileSync(join(absolute, path));
          } catch {
            return undefined;
          }
        };
      } else {
        let small: Map<string, Buffer>;
        try {
          small = await smallJsonOf(absolute);
        } catch (error) {
          throw sourceError(`image: ${display}: not a tar file (${(error as Error).message})`);
        }
        readSmall = (path) => small.get(path);
      }
      const readJson = (path: string) => parseJson(readSmall(path));
      const images = imagesIn(readJson);
      if (!images.length) throw usageError(`image: ${display} is neither a docker save tarball nor an OCI layout (no manifest.json or index.json)`);

      for (const config of new Set(images.flatMap((image) => (image.config ? [image.config] : [])))) {
        const bytes = readSmall(config);
        if (!bytes) {
          yield { path: `${display}!/${config}`, reason: 'archive-unreadable', detail: 'image config missing' };
          continue;
        }
        // The config as the image has it, so line and column point into the real file; judged as `image.env`: its Env ships.
        yield { provenance: provenanceOf([display, config], 'image.env'), bytes };
      }

      const labels = layerLabels(images);
      const layers = isDirectory
        ? (async function* () {
            for (const layer of labels.keys()) yield { name: layer, content: createReadStream(join(absolute, layer)) };
          })()
        : tarMembers(createReadStream(absolute));
      const seen = new Set<string>();
      for await (const { name, content } of layers) {
        const label = labels.get(name);
        if (!label) continue;
        seen.add(name);
        // A layer is a folder of the image, not a level of nesting: archives inside it get the full depth.
        for await (const expanded of expandContainer(label, '', new ByteReader(content), { ...limits, maxDepth: limits.maxDepth + 1 }, false)) {
          // layer-3 + app/.env → image.tar!/layer-3/app/.env: the layer is a folder of the image, not a container of its own.
          const [, member, ...rest] = expanded.chain;
          const chain = member === undefined ? [display, label] : [display, `${label}/${member}`, ...rest];
          if ('reason' in expanded) yield { path: chain.join('!/'), reason: expanded.reason, detail: expanded.detail };
          else yield { provenance: provenanceOf(chain, expanded.contextPath), bytes: expanded.bytes, ...(expanded.chunk ? { chunk: expanded.chunk } : {}) };
        }
      }
      for (const [layer, label] of labels) {
        if (!seen.has(layer)) yield { path: `${display}!/${label}`, reason: 'archive-unreadable', detail: `layer ${layer} is missing from the image` };
      }
    },
  };
}
