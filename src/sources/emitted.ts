import { isAbsolute, relative, sep } from 'node:path';
import type { Blob, BuildEnvironment } from '../types.js';
import type { Source } from './source.js';
import { globMatchers } from './worktree.js';

/** One file a bundler emitted, as it holds it in memory before (or instead of) writing it. */
export interface EmittedFile {
  /** Where the file is (or would be) written: relative to the scan's cwd, or absolute. */
  path: string;
  contents: string | Uint8Array;
  /** The file's source map, when the bundler has it in memory: names the original module of each hit. */
  map?: string | object;
  /** This file's side of the build, when one scan holds both (Next's `.next/static` and `.next/server`). */
  environment?: BuildEnvironment;
}

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** Report path of an emitted file: relative to cwd, POSIX, as the CLI would show the same file on disk. */
export const emittedPath = (cwd: string, path: string) => toPosix(isAbsolute(path) ? relative(cwd, path) : path);

const bytesOf = (contents: string | Uint8Array) =>
  typeof contents === 'string' ? Buffer.from(contents, 'utf8') : Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength);

/**
 * Emitted files as blobs: no disk read, so a plugin scans exactly what the bundler is about to write.
 * `include`/`exclude` globs match the report path, as they do for the worktree.
 */
export function emittedSource(
  files: readonly EmittedFile[],
  options: { cwd: string; environment?: BuildEnvironment; include: readonly string[]; exclude: readonly string[] },
): Source {
  return {
    async *blobs(): AsyncGenerator<Blob> {
      const { isExcludedByGlob, isIncluded } = await globMatchers({ include: options.include, exclude: [{ globs: options.exclude, rebase: (path) => path }] });
      for (const file of files) {
        const path = emittedPath(options.cwd, file.path);
        if (isExcludedByGlob(path) || !isIncluded(path)) continue;
        const environment = file.environment ?? options.environment;
        yield { provenance: { kind: 'emitted', path, ...(environment ? { environment } : {}) }, bytes: bytesOf(file.contents) };
      }
    },
  };
}
