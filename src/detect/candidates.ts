import type { Blob, Candidate } from '../types.js';
import type { DetectOptions, Detector } from './detector.js';
import { anyKeySearches, findEncodedCandidates, utf16ToUtf8 } from './encodings.js';
import type { LiteralSearch } from './literal-search.js';

const prefilters = new WeakMap<Detector, LiteralSearch[]>();

/** What the detector reads of a blob: its bytes, where a chunk sits in its file, and what its source already ruled out. */
export type DetectableBlob = Pick<Blob, 'bytes' | 'chunk' | 'hasNoEncodedNeedle'>;

/**
 * Every key candidate in a blob, plain or one encoding deep. UTF-16 text (a .env saved by
 * PowerShell) is searched as the UTF-8 it means; `bytes` is then that text, which the classifiers
 * must read instead of the original. The one definition the scan and the worker threads share, so a
 * file a worker rules out is one the scan would have found nothing in.
 */
export function candidatesIn(blob: DetectableBlob, detector: Detector): { candidates: Candidate[]; bytes: Buffer; transcoded: boolean } {
  const transcoded = blob.chunk ? undefined : utf16ToUtf8(blob.bytes);
  const bytes = transcoded ?? blob.bytes;
  const { chunk } = blob;
  const options: DetectOptions = chunk ? { to: chunk.to, origin: chunk.origin, fileOffset: chunk.fileOffset, isBinary: chunk.isBinary } : {};
  let searches = prefilters.get(detector);
  if (!searches) prefilters.set(detector, (searches = anyKeySearches(detector.needles)));
  if (!searches.some((find) => find(bytes, 0) !== -1)) return { candidates: [], bytes, transcoded: transcoded !== undefined };
  const candidates = detector.findCandidates(bytes, options);
  if (!blob.hasNoEncodedNeedle) {
    const plainStarts = new Set(candidates.map((c) => c.start));
    candidates.push(...findEncodedCandidates(bytes, detector, options).filter((c) => !plainStarts.has(c.start)));
  }
  if (transcoded) for (const candidate of candidates) candidate.encoding ??= 'utf16';
  return { candidates, bytes, transcoded: transcoded !== undefined };
}
