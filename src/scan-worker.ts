/**
 * A worker thread of a parallel files scan (sources/file-workers.ts): reads and searches the files
 * it is handed with its own buffers and posts back only what it found (screen-files.ts). It lives at
 * the top of src/ so the built file sits at dist/scan-worker.js for both the library and the CLI bundle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createDetector } from './detect/detector.js';
import type { PatternSpec } from './ruleset/schema.js';
import { FileScreen, type FileEntry } from './sources/screen-files.js';

const screen = new FileScreen(createDetector((workerData as { patterns: PatternSpec[] }).patterns));
const port = parentPort!;
port.postMessage({ ready: true });

port.on('message', ({ id, entries }: { id: number; entries: FileEntry[] }) => {
  screen.screen(entries).then(
    (result) => port.postMessage({ id, result }),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
