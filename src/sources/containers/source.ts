import type { Blob, CleanFiles, Provenance, Skip } from '../../types.js';
import { isCleanFiles, isSkip, type Source } from '../source.js';
import { ByteReader } from './byte-reader.js';
import { expandContainer, type ContainerLimits } from './expand.js';
import { isContainer } from './magic.js';

/** The first chunk of a large file, then the new bytes of each following chunk (chunks overlap), pulled from the source. */
async function* restOfFile(first: Blob, items: AsyncIterator<Blob | Skip | CleanFiles>): AsyncGenerator<Buffer> {
  let chunk = first;
  for (;;) {
    const { bytes, chunk: position } = chunk;
    // A copy: a large file's chunks share one buffer, which the next pull overwrites (read-file.ts).
    yield Buffer.from(bytes.subarray(0, position!.to));
    if (position!.to === bytes.length) return; // only the last chunk ends where its bytes do
    const next = await items.next();
    if (next.done || isSkip(next.value) || isCleanFiles(next.value) || !next.value.chunk) throw new Error('file ended between chunks');
    chunk = next.value;
  }
}

/**
 * A member's provenance: the outer file's kind (a git commit's, a worktree's), its own path and
 * chain. Added lines are lines of the outer file's text, not its members': dropped. HEAD's keys
 * stay: the keys anywhere in HEAD's version of the archive (history counts the members' too).
 */
function innerProvenance(outer: Provenance, chain: string[], contextPath: string, inProject: boolean): Provenance {
  const { addedLines: _lines, ...rest } = outer as Provenance & { addedLines?: unknown };
  return { ...rest, path: chain.join('!/'), container: { chain, contextPath, inProject } } as Provenance;
}

/**
 * Wraps a source: every blob that is a container (zip and its family, tar, gzip, brotli, zstd,
 * asar; issue 15) turns into the blobs of the files inside it, recursively to `limits.maxDepth`,
 * each named by its chain (`release.zip!/app/dist/main.js`); everything else passes untouched.
 */
export function withContainers(source: Source, limits: ContainerLimits): Source {
  if (limits.maxDepth === 0) return source;
  return {
    async *blobs() {
      const items = source.blobs()[Symbol.asyncIterator]();
      for (let next = await items.next(); !next.done; next = await items.next()) {
        const item = next.value;
        if (isSkip(item) || isCleanFiles(item) || (item.chunk && item.chunk.fileOffset !== 0) || !isContainer(item.bytes, item.provenance.path)) {
          yield item;
          continue;
        }
        const { provenance } = item;
        const contextPath = provenance.container?.contextPath ?? provenance.path;
        const reader = new ByteReader(item.chunk ? restOfFile(item, items) : [item.bytes]);
        for await (const expanded of expandContainer(provenance.path, contextPath, reader, limits, provenance.container?.inProject ?? true)) {
          const path = expanded.chain.join('!/');
          if ('reason' in expanded) yield { path, reason: expanded.reason, detail: expanded.detail };
          else {
            const blob: Blob = { provenance: innerProvenance(provenance, expanded.chain, expanded.contextPath, expanded.inProject), bytes: expanded.bytes };
            if (expanded.chunk) blob.chunk = expanded.chunk;
            yield blob;
          }
        }
      }
    },
  };
}
