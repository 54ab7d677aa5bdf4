import type { Blob, Skip } from '../types.js';

/** A place blobs come from. Each source is the only code that reads its kind of storage. */
export interface Source {
  blobs(): AsyncIterable<Blob | Skip>;
}

export const isSkip = (item: Blob | Skip): item is Skip => 'reason' in item;
