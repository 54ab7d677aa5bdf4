import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PatternSpec } from '../ruleset/schema.js';
import type { FileEntry, ScreenedBatch } from './screen-files.js';

/**
 * The built worker: beside this code in the Action's bundle (action/dist/), one folder up from it
 * as the library (dist/sources/) and in the CLI bundle (dist/chunks/). Run from the TypeScript
 * sources (tests in-process) there is none, and the scan reads files on one thread.
 */
const WORKER_SCRIPT = ['./scan-worker.js', '../scan-worker.js'].map((path) => new URL(path, import.meta.url)).find((url) => existsSync(fileURLToPath(url)));

/** Past 8, files come out of the page cache no faster here, and each worker costs ~10 MB (README "Performance"). */
const MAX_DEFAULT_THREADS = 8;

export const defaultThreads = () => Math.min(availableParallelism(), MAX_DEFAULT_THREADS);

/** A pool of worker threads screening batches of files; batches go to the worker with the least work queued. */
export interface FileWorkers {
  readonly size: number;
  /** Workers that have started (each takes ~30-60 ms to load its code). */
  readonly ready: number;
  screen(entries: FileEntry[]): Promise<ScreenedBatch>;
  close(): Promise<void>;
}

interface PoolWorker {
  worker: Worker;
  queued: number;
}

export function startFileWorkers(count: number, patterns: readonly PatternSpec[]): FileWorkers | undefined {
  if (!WORKER_SCRIPT) return undefined;
  const waiting = new Map<number, { resolve: (result: ScreenedBatch) => void; reject: (error: Error) => void; owner: PoolWorker }>();
  let nextId = 0;
  let ready = 0;
  let failure: Error | undefined;
  const failAll = (owner: PoolWorker, error: Error) => {
    failure ??= error;
    for (const [id, job] of waiting) {
      if (job.owner !== owner) continue;
      waiting.delete(id);
      job.reject(error);
    }
  };
  const pool: PoolWorker[] = Array.from({ length: count }, () => {
    const member: PoolWorker = { worker: new Worker(WORKER_SCRIPT, { workerData: { patterns } }), queued: 0 };
    member.worker.on('message', ({ id, result, error, ready: started }: { id: number; result?: ScreenedBatch; error?: string; ready?: true }) => {
      if (started) {
        ready += 1;
        return;
      }
      const job = waiting.get(id)!;
      waiting.delete(id);
      member.queued -= 1;
      if (error !== undefined) job.reject(new Error(`worker thread: ${error}`));
      else job.resolve(result!);
    });
    member.worker.on('error', (error) => failAll(member, error));
    member.worker.on('exit', (code) => failAll(member, new Error(`worker thread exited (code ${code})`)));
    return member;
  });
  return {
    size: count,
    get ready() {
      return ready;
    },
    screen(entries) {
      if (failure) return Promise.reject(failure);
      const member = pool.reduce((least, candidate) => (candidate.queued < least.queued ? candidate : least));
      member.queued += 1;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, owner: member });
        member.worker.postMessage({ id, entries });
      });
    },
    async close() {
      for (const member of pool) member.worker.removeAllListeners('exit');
      await Promise.all(pool.map((member) => member.worker.terminate()));
    },
  };
}
