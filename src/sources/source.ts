import type { Blob, Skip } from '../types.js';

/** A place blobs come from. Each source is the only code that reads its kind of storage. */
export interface Source {
  blobs(): AsyncIterable<Blob | Skip>;
}

export const isSkip = (item: Blob | Skip): item is Skip => 'reason' in item;

/** Runs `fn` over `items` with at most `limit` in flight, yielding results in input order. */
export async function* mapConcurrent<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  limit: number,
  fn: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  for await (const item of items) {
    inFlight.push(fn(item));
    if (inFlight.length >= limit) yield await inFlight.shift()!;
  }
  while (inFlight.length) yield await inFlight.shift()!;
}
