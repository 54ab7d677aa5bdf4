import type { Readable } from 'node:stream';
import { sourceError } from './errors.js';

/**
 * Server-side push protection: git runs a repository's `hooks/pre-receive` before it updates any
 * ref, with one `<old> <new> <ref>` line per ref on standard input and the pushed objects already
 * readable (quarantined); a non-zero exit rejects the whole push, and what the hook prints reaches
 * the pusher as `remote:` lines.
 */
export interface RefUpdate {
  oldSha: string;
  newSha: string;
  ref: string;
}

/** The push option (`git push -o caibo-scan.skip`) that skips the check where the hook allows it. */
export const SKIP_PUSH_OPTION = 'caibo-scan.skip';

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const isZero = (sha: string) => /^0+$/.test(sha);

export async function readAll(input: Readable | Buffer): Promise<string> {
  if (Buffer.isBuffer(input)) return input.toString('utf8');
  const parts: Buffer[] = [];
  for await (const part of input) parts.push(Buffer.isBuffer(part) ? part : Buffer.from(part as string));
  return Buffer.concat(parts).toString('utf8');
}

export function parseRefUpdates(input: string): RefUpdate[] {
  return input
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line !== '')
    .map((line, index) => {
      const [oldSha, newSha, ref, ...rest] = line.split(' ');
      if (!oldSha || !newSha || !ref || rest.length || !OBJECT_ID.test(oldSha) || !OBJECT_ID.test(newSha)) {
        throw sourceError(`pre-receive: standard input line ${index + 1} is not "<old> <new> <ref>" as git passes it to the hook`);
      }
      return { oldSha, newSha, ref };
    });
}

/** `git push -o X`: git hands push options to the hook as GIT_PUSH_OPTION_COUNT and GIT_PUSH_OPTION_<i>. */
export function pushOptions(env: NodeJS.ProcessEnv): string[] {
  const count = Number(env.GIT_PUSH_OPTION_COUNT ?? 0);
  return Array.from({ length: Number.isInteger(count) && count > 0 ? count : 0 }, (_, i) => env[`GIT_PUSH_OPTION_${i}`] ?? '');
}

export interface PushPlan {
  /** New tips to scan (deleted refs have none); each update is scanned against what no ref reaches yet. */
  tips: string[];
  /** Set when the pusher skipped the check with the push option and the hook allows it. */
  skippedBy?: string;
  notes: string[];
}

export function planPush(updates: RefUpdate[], env: NodeJS.ProcessEnv, allowSkip: boolean): PushPlan {
  const notes: string[] = [];
  const updated = updates.filter((u) => !isZero(u.newSha));
  const deleted = updates.length - updated.length;
  if (deleted) notes.push(`${deleted} deleted ref${deleted === 1 ? '' : 's'}: nothing to scan`);
  if (pushOptions(env).includes(SKIP_PUSH_OPTION)) {
    const refs = updated.map((u) => u.ref).join(', ') || 'no refs';
    if (allowSkip) return { tips: [], skippedBy: `push option ${SKIP_PUSH_OPTION} (${refs}): not scanned`, notes };
    notes.push(`push option ${SKIP_PUSH_OPTION} is not allowed on this server; scanning`);
  }
  return { tips: [...new Set(updated.map((u) => u.newSha))], notes };
}
