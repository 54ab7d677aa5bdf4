import type { Blob, CleanFiles, Skip } from '../types.js';

/** A place blobs come from. Each source is the only code that reads its kind of storage. */
export interface Source {
  /**
   * A blob's bytes may be a view of a buffer the source reuses once the next item is pulled (the
   * worktree's batches): handle each blob before asking for the next, as scan() does.
   */
  blobs(): AsyncIterable<Blob | Skip | CleanFiles>;
}

export const isSkip = (item: Blob | Skip | CleanFiles): item is Skip => 'reason' in item;
export const isCleanFiles = (item: Blob | Skip | CleanFiles): item is CleanFiles => 'kind' in item;
