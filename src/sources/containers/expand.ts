import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import type { ChunkPosition, SkipReason } from '../../types.js';
import { chunksOf, WHOLE_FILE_LIMIT } from '../read-file.js';
import { ByteReader } from './byte-reader.js';
import { containerKind, MAGIC_BYTES, type ContainerKind } from './magic.js';
import { asarMembers, crxPayload, tarMembers, zipMembers, type Member, type MemberProblem } from './members.js';

export { isContainer } from './magic.js';

const MiB = 1024 * 1024;

/** How far a scan opens containers; every limit turns into a skip record with its reason, never an out-of-memory. */
export interface ContainerLimits {
  /** Containers opened inside one another (`--max-archive-depth`); 0 opens none. */
  maxDepth: number;
  /** A zip or asar is read into memory whole (its directory is at its end); a larger one is scanned as raw bytes. */
  maxArchiveBytes: number;
  /** Members of one outermost container, counted at every depth. */
  maxEntries: number;
  /** Bytes decompressed per byte of the outermost container, past `ratioFloorBytes` (zip bombs). */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_CONTAINER_LIMITS: ContainerLimits = {
  maxDepth: 3,
  maxArchiveBytes: 512 * MiB,
  maxEntries: 100_000,
  maxRatio: 100,
  ratioFloorBytes: 64 * MiB,
};

/** A file found inside containers (whole, or one chunk of a large one), or a part that could not be covered. */
export type Expanded =
  | { chain: string[]; contextPath: string; inProject: boolean; bytes: Buffer; chunk?: ChunkPosition }
  | { chain: string[]; reason: SkipReason; detail: string };

/** Node has zstd from 22.15 and 23.8; Node 20 has not, so there a zstd file is a skip with that reason. */
const createZstdDecompress = (zlib as { createZstdDecompress?: () => NodeJS.ReadWriteStream }).createZstdDecompress;

/** A limit of the whole outermost container: once reached, nothing more of it is read. */
class LimitReached extends Error {}

/** What one outermost container may cost, against the bytes read of it so far. */
class Budget {
  #inflated = 0;
  #entries = 0;

  constructor(
    private readonly limits: ContainerLimits,
    private readonly outer: ByteReader,
  ) {}

  countEntry(): void {
    this.#entries += 1;
    if (this.#entries > this.limits.maxEntries) throw new LimitReached(`more than ${this.limits.maxEntries} members`);
  }

  countInflated(bytes: number): void {
    this.#inflated += bytes;
    const { maxRatio, ratioFloorBytes } = this.limits;
    if (this.#inflated > Math.max(ratioFloorBytes, maxRatio * this.outer.pulledBytes)) {
      throw new LimitReached(
        `expands past ${maxRatio}x its ${this.outer.pulledBytes} bytes and ${Math.round(ratioFloorBytes / MiB)} MiB: a zip bomb? the rest is not scanned`,
      );
    }
  }
}

async function* counted(content: AsyncIterable<Buffer> | Iterable<Buffer>, budget: Budget): AsyncGenerator<Buffer> {
  for await (const bytes of content) {
    budget.countInflated(bytes.length);
    yield bytes;
  }
}

/** `app.js.gz` → `app.js`, `site.tgz` → `site.tar`: the name of what a compressed file holds. */
export const withoutCompression = (name: string) => name.replace(/\.(?:gz|br|zst|bz2)$/, '').replace(/\.tgz$/, '.tar');

function decompressed(kind: 'gzip' | 'brotli' | 'zstd', input: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const inflate = kind === 'gzip' ? zlib.createGunzip() : kind === 'brotli' ? zlib.createBrotliDecompress() : createZstdDecompress!();
  const source = Readable.from(input, { objectMode: false });
  source.on('error', (error) => (inflate as unknown as Readable).destroy(error));
  return source.pipe(inflate) as unknown as AsyncIterable<Buffer>;
}

interface Node {
  /** The outer file's path, then each member's path in its container. */
  chain: string[];
  /** The path the context classifier judges this file by. */
  contextPath: string;
  /** contextPath is a project path (the outer file, or a compressed copy of it), not one inside an archive. */
  inProject: boolean;
  reader: ByteReader;
}

const skipOf = (node: Node, reason: SkipReason, detail: string): Expanded => ({ chain: node.chain, reason, detail });

class Expansion {
  constructor(
    private readonly limits: ContainerLimits,
    private readonly budget: Budget,
  ) {}

  /** A file as it is: whole when it fits the scan's whole-file limit, else in the same overlapping chunks as a large file. */
  async *leaf({ chain, contextPath, inProject, reader }: Node): AsyncGenerator<Expanded> {
    if (await reader.fill(WHOLE_FILE_LIMIT)) {
      yield { chain, contextPath, inProject, bytes: reader.takeAll() };
      return;
    }
    for await (const part of chunksOf((into, at, length) => reader.read(into, at, length), WHOLE_FILE_LIMIT)) yield { chain, contextPath, inProject, ...part };
  }

  /** A file that may be a container, `depth` containers deep. */
  async *file(node: Node, depth: number): AsyncGenerator<Expanded> {
    try {
      const kind = containerKind(await node.reader.peek(MAGIC_BYTES), node.chain.at(-1)!);
      if (!kind) {
        yield* this.leaf(node);
      } else if (depth >= this.limits.maxDepth) {
        yield skipOf(node, 'archive-depth', `${kind} nested more than ${this.limits.maxDepth} deep (--max-archive-depth); scanned as raw bytes`);
        yield* this.leaf(node);
      } else if (kind === 'bzip2' || (kind === 'zstd' && !createZstdDecompress)) {
        yield skipOf(node, 'archive-unsupported', kind === 'bzip2' ? 'bzip2: no maintained decompressor for Node' : 'zstd needs Node 22.15 or later');
      } else {
        yield* this.open(kind, node, depth);
      }
      await node.reader.discard();
    } catch (error) {
      if (error instanceof LimitReached) throw error;
      yield skipOf(node, 'archive-unreadable', (error as Error).message);
      await node.reader.discard().catch(() => undefined);
    }
  }

  async *open(kind: Exclude<ContainerKind, 'bzip2'>, node: Node, depth: number): AsyncGenerator<Expanded> {
    switch (kind) {
      case 'zip':
      case 'crx':
      case 'asar': {
        if (!(await node.reader.fill(this.limits.maxArchiveBytes))) {
          const limit = `${Math.round(this.limits.maxArchiveBytes / MiB)} MiB`;
          yield skipOf(node, 'archive-limit', `${kind} over ${limit} is not opened (read whole for its directory); scanned as raw bytes`);
          yield* this.leaf(node);
          return;
        }
        const bytes = node.reader.takeAll();
        try {
          yield* this.members(kind === 'asar' ? asarMembers(bytes) : zipMembers(kind === 'crx' ? crxPayload(bytes) : bytes), node.chain, depth);
        } catch (error) {
          if (error instanceof LimitReached) throw error;
          // A truncated download or a damaged archive: its stored (uncompressed) members are still plain bytes.
          yield skipOf(node, 'archive-unreadable', `${(error as Error).message}; scanned as raw bytes`);
          yield* this.leaf({ ...node, reader: new ByteReader([bytes]) });
        }
        return;
      }
      case 'tar':
        yield* this.members(tarMembers(node.reader.rest()), node.chain, depth);
        return;
      default: {
        const inflated = new ByteReader(counted(decompressed(kind, node.reader.rest()), this.budget));
        if (containerKind(await inflated.peek(MAGIC_BYTES), '') === 'tar') {
          // A .tar.gz is one archive, as tar -z reads it: its members sit right under its name.
          yield* this.members(tarMembers(inflated.rest()), node.chain, depth);
          return;
        }
        const name = withoutCompression(node.chain.at(-1)!);
        yield* this.file({ chain: [...node.chain, name.slice(name.lastIndexOf('/') + 1)], contextPath: withoutCompression(node.contextPath), inProject: node.inProject, reader: inflated }, depth + 1);
      }
    }
  }

  async *members(members: AsyncIterable<Member | MemberProblem> | Iterable<Member | MemberProblem>, chain: string[], depth: number): AsyncGenerator<Expanded> {
    for await (const member of members) {
      this.budget.countEntry();
      if ('problem' in member) {
        yield { chain: [...chain, member.name], reason: 'archive-unreadable', detail: member.problem };
        continue;
      }
      const content = member.isInflated ? counted(member.content, this.budget) : member.content;
      yield* this.file({ chain: [...chain, member.name], contextPath: member.name, inProject: false, reader: new ByteReader(content) }, depth + 1);
    }
  }
}

/**
 * The files inside one outermost container (`path`, judged as `contextPath`), recursively, each
 * with its chain of paths; a limit reached stops the whole container with one skip record.
 */
export async function* expandContainer(path: string, contextPath: string, reader: ByteReader, limits: ContainerLimits, inProject = true): AsyncGenerator<Expanded> {
  const expansion = new Expansion(limits, new Budget(limits, reader));
  try {
    yield* expansion.file({ chain: [path], contextPath, inProject, reader }, 0);
  } catch (error) {
    if (!(error instanceof LimitReached)) throw error;
    yield { chain: [path], reason: 'archive-limit', detail: error.message };
  } finally {
    await reader.discard().catch(() => undefined);
  }
}
