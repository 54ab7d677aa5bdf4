import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectFacts } from '../context/build-output.js';

/** As much of a generated file as the content markers look at (context/exposure.ts). */
const HEAD_BYTES = 256 * 1024;

/**
 * The project's build outputs as the classifiers see them, answered from disk under `root` and
 * cached: classification runs only for files holding a key, and asks about the few folders above
 * them, so a scan pays a handful of stats however many files it walks.
 */
export function projectFacts(root: string): ProjectFacts {
  const existing = new Map<string, boolean>();
  return {
    exists(path) {
      let known = existing.get(path);
      if (known === undefined) existing.set(path, (known = existsSync(join(root, path))));
      return known;
    },
    head(path) {
      let fd: number | undefined;
      try {
        fd = openSync(join(root, path), 'r');
        const buffer = Buffer.alloc(HEAD_BYTES);
        return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
      } catch {
        return undefined;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
  };
}
