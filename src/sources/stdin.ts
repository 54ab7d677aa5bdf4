import type { Readable } from 'node:stream';
import type { Blob } from '../types.js';
import type { Source } from './source.js';

/** Standard input as one blob, named by --stdin-filename so context rules still apply. */
export function stdinSource(input: Readable | Buffer, path: string): Source {
  return {
    async *blobs(): AsyncGenerator<Blob> {
      let bytes: Buffer;
      if (Buffer.isBuffer(input)) bytes = input;
      else {
        const parts: Buffer[] = [];
        for await (const part of input) parts.push(Buffer.isBuffer(part) ? part : Buffer.from(part as string));
        bytes = Buffer.concat(parts);
      }
      yield { provenance: { kind: 'stdin', path }, bytes };
    },
  };
}
